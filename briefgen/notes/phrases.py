"""Key phrases learnt from the corpus: the multi-word terms its notes keep coming back to.

A candidate is a run of two or three words that neither starts nor ends with a stop
word, is not a number and does not cut a capitalised name short ("transport minister
helen" of "Transport Minister Helen Varga") ("water rates", "cost of living"). A phrase counts when
several sources use it (two or more notes when there is one source). Phrases are
ranked by how many sources use them, then notes, then length; a phrase inside a
better-ranked phrase sharing two words with it ("large language models" before
"training large language") is left out. Only the best-ranked
notes are read (MAX_NOTES), which keeps this fast for very large corpora.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from briefgen.words import STOP_WORDS

MAX_NOTES = 20_000
LIMIT = 15
_WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’-]*[A-Za-z0-9])?")
_LOWER = re.compile("[a-z]")
_STOP = STOP_WORDS | {"said", "says", "year", "years", "percent", "cent",
                      "hundred", "thousand", "million", "billion", "trillion"}
"""Stop words, the words of reporting and of time, and the words of numbers ("per cent cut",
"million euros" are figures): never a phrase's edge."""


def _candidates(text: str) -> set[str]:
    tokens = list(_WORD.finditer(text))
    words = [m.group().lower().replace("’", "'") for m in tokens]
    # name[i]: token i and the next are one capitalised run ("Helen Varga", "Transport Minister"),
    # not a sentence's capitalised first word before one ("The Chinese government").
    name = [tokens[i].group()[0].isupper() and tokens[i + 1].group()[0].isupper() and words[i] not in _STOP
            and not text[tokens[i].end():tokens[i + 1].start()].strip() for i in range(len(tokens) - 1)] + [False]
    # edge[i]: word i may open or close a phrase: no stop word, three letters or more, and a
    # word, not a number ("12 percent", "2026 budget": numbers are figures, not phrases).
    edge = [word not in _STOP and len(word) >= 3 and _LOWER.search(word) is not None for word in words]
    found = set()
    for size in (2, 3):
        for start in range(len(words) - size + 1):
            end = start + size - 1
            if name[end] or (start and name[start - 1]):
                continue  # "transport minister helen": a name cut short is a fragment, not a term
            if not (edge[start] and edge[end]):
                continue
            if size == 3 and words[start + 1] in _STOP and words[start + 1] not in {"of", "and", "for", "on", "in"}:
                continue
            found.add(" ".join(words[start:end + 1]))
    return found


def learn(texts: Sequence[str], groups: Sequence[int], scores: Sequence[float], limit: int = LIMIT) -> list[str]:
    """The corpus's key phrases, best first."""
    order = sorted(range(len(texts)), key=lambda i: (-scores[i], i))[:MAX_NOTES]
    sources: dict[str, set[int]] = defaultdict(set)
    notes: dict[str, int] = defaultdict(int)
    for index in order:
        for phrase in _candidates(texts[index]):
            sources[phrase].add(groups[index])
            notes[phrase] += 1
    several_sources = len({groups[i] for i in order}) > 1
    ranked = sorted(
        (p for p in notes if (len(sources[p]) >= 2 if several_sources else notes[p] >= 2)),
        key=lambda p: (-len(sources[p]), -notes[p], -len(p.split()), p),
    )
    chosen: list[str] = []
    for phrase in ranked:
        if any(_overlap(phrase, other) for other in chosen):
            continue  # "training large language" after "large language models"
        chosen.append(phrase)
        if len(chosen) >= limit:
            break
    return chosen


def _pairs(phrase: str) -> set[tuple[str, str]]:
    words = phrase.split()
    return set(zip(words, words[1:], strict=False))


def _overlap(a: str, b: str) -> bool:
    """The two phrases share a run of two words, or one runs into the other ("training
    large" + "large language models"): fragments of one longer expression."""
    first, second = a.split(), b.split()
    return bool(_pairs(a) & _pairs(b)) or first[-1] == second[0] or second[-1] == first[0]


def tag(texts: Sequence[str], phrases: Sequence[str]) -> list[tuple[str, ...]]:
    """For each text, the key phrases it contains (in the phrases' order)."""
    if not phrases:
        return [() for _ in texts]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b",
                         re.IGNORECASE)
    position = {p: i for i, p in enumerate(phrases)}
    out = []
    for text in texts:
        hits = {" ".join(m.group(0).lower().replace("’", "'").split()) for m in pattern.finditer(text)}
        out.append(tuple(sorted((h for h in hits if h in position), key=position.__getitem__)))
    return out


def as_written(phrase: str, texts: Iterable[str]) -> str:
    """*phrase* (a learnt key phrase, lower case) as the *texts* write it most often ("Dev
    Bhatt", "Halvorsen Build Ltd", but "water rates"), the first such form on a tie; the
    phrase itself when no text has it."""
    words = [re.escape(word).replace("'", "['’]") for word in phrase.split()]
    pattern = re.compile(r"(?<![A-Za-z0-9])" + r"\s+".join(words) + r"(?![A-Za-z0-9])", re.IGNORECASE)
    forms: Counter[str] = Counter()
    for text in texts:
        for match in pattern.finditer(text):
            form = " ".join(match.group(0).split())
            opens = not text[:match.start()].strip() or re.search(r"[.!?][\"'”’)]*\s+$", text[:match.start()])
            if opens and not all(word[0].isupper() for word in form.split()[1:]):
                form = form[0].lower() + form[1:]  # "Water rates rose.": capital only as the sentence opens
            forms[form] += 1
    return forms.most_common(1)[0][0] if forms else phrase
