"""Precision and recall of the disagreement finder on a labelled set.

Each line of the set (JSON) is a pair of statements from two sources
({"kind": "pair", "a": ..., "b": ...}), one sentence ({"kind": "sentence", "text": ...}), both
labelled "disagree" or "not", or a passage: consecutive sentences of one source
({"kind": "passage", "sentences": [...], "pairs": [[claim, answer], ...]}, label "disagree" when it
has pairs), where each pair names the sentence (or a list of sentences, any of which will do)
whose claim the answer disputes; with a "split" (dev: written while building the finder;
heldout, heldout-s16: written before a round of work on it and not tuned to; disputes-s17: disputes
between parties and their near misses, written before the dispute finder; disputes-s19: explicit
dispute verbs (deny, dispute, reject, contest, call ... inaccurate) against another party's claim, and
denials nobody's claim answers, written before the work on them; disputes-s20: a demand and an offer of
one quantity by two parties, an account and the rebuttal of the party it blames, a denial and the
nearest claim it answers, written before the work on them; estimates-s27: a source's own estimate set
against another party's figure, and a body revising its own, from fresh clusters written before the
work on them; estimates-s34: two holders' values of one quantity in two sources, and one holder's
revision of its own, from fresh clusters written before the work on them; statuses-s35: two named
holders stating opposite states of one subject, complete / not complete, within / over budget, on
track / behind schedule, and their near misses: one holder updating itself, a pronoun subject, a
hedged or future state, different subjects; revisions-s36: a holder's latest value after it revised
itself against another holder's, a later report giving the old value as replaced (no side), from fresh
clusters a and b written before the work and c after it; fresh-s38: one holder disputing another's named claim in the first person ("I disagree with the museum's claim that ...", its speaker named by the speech tag), two holders' values or states of one thing, a demand against an offer, and near misses, from fresh clusters a and b written before the work on them; puts-s50: a holder putting the figure higher or lower than the value
just given, written after the work on it; aliases-s51: an acronym and the name it spells or a source introduces it as, one party whose
values or stances are no disagreement, and two different bodies' counts, written before the work on them; targets-s52: a party's stance on one thing (what its verb of stance is on) against another's on a different thing that their sentences share words of the topic with, and stances on one thing, written after the work on it; kinds-s51: a party's own count, cost or rate set
against "the other's figure", which answers a figure of that kind only, written before the work on it) and a "subject". A passage may name its "writer" (the source's author).
A pair may carry "dates" (its two sources' dates, ISO): the finder then judges it as the notes
stage does two sources with those dates (different dates: a developing story).

Every statement goes through what the notes stage does to a sentence (its figures) and
`briefgen.notes.conflicts.disagreements`, the pair through the same similarity gate: the similarity is the cosine of unigram
TF-IDF fitted on all statements of the set, as the notes stage fits it on a corpus.
A pair counts as found when the finder, or the dispute finder (`briefgen.notes.disputes`: parties'
opposite stances, one party disputing another's claim, two parties' amounts for one quantity), reports a conflict between its two statements; a
sentence when the finder reports it as a disagreement on its own. A passage's sentences go through
the same finders as one source's sentences (each sentence's previous one is the sentence before it);
each of its pairs is an item, found when a conflict joins its two sentences, and each conflict
found that joins none of its pairs is a false disagreement.

Run: python benchmarks/eval_disagreements.py [--errors] [--errors-in SPLIT] [SET.jsonl]
     (default set: benchmarks/eval/disagreements*.jsonl, e.g. disagreements-updates.jsonl, split
     updates-s20: stated revisions, earlier values and slipped dates that are updates, and the
     disagreements between parties that look like them; --errors lists every split's errors,
     --errors-in only that split's, so a held-out split can stay unseen while developing)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from briefgen.notes import conflicts, counterclaims, disputes, estimates, features, outlooks, rank, statuses

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled import read_jsonl  # noqa: E402

DEFAULT = sorted((Path(__file__).parent / "eval").glob("disagreements*.jsonl"))


def load(path: Path) -> list[dict[str, str]]:
    def problem(row: dict[str, Any]) -> str | None:
        if row.get("label") not in ("disagree", "not") or row.get("kind") not in ("pair", "sentence", "passage"):
            return "needs kind pair|sentence|passage and label disagree|not"
        if row["kind"] == "passage":
            sentences, pairs = row.get("sentences"), row.get("pairs")
            if not isinstance(sentences, list) or not isinstance(pairs, list) or not all(
                    isinstance(p, list) and len(p) == 2 and all(0 <= i < len(sentences) for i in _claims(p) + [p[1]])
                    for p in pairs):
                return 'a passage needs "sentences" (a list) and "pairs": [[claim or [claims], answer], ...] by position'
            if (row["label"] == "disagree") != bool(pairs):
                return 'a passage is labelled "disagree" exactly when it has pairs'
            return None
        dates = row.get("dates")
        if dates is not None and (row["kind"] != "pair" or not isinstance(dates, list) or len(dates) != 2
                                  or not all(isinstance(d, str) for d in dates)):
            return '"dates" is for a pair only: a list of two ISO dates ("" when unknown)'
        return None

    return read_jsonl(path, problem)


def _claims(pair: list[Any]) -> list[int]:
    return pair[0] if isinstance(pair[0], list) else [pair[0]]


def _statements(row: dict[str, Any]) -> list[str]:
    return {"pair": lambda: [row["a"], row["b"]], "sentence": lambda: [row["text"]],
            "passage": lambda: list(row["sentences"])}[row["kind"]]()


def _passage(row: dict[str, Any], matrix: Any, where: dict[str, int]) -> list[tuple[bool, bool, str]]:
    """(gold, found, what) per item of a passage: its pairs, then the conflicts found beyond them."""
    statements = _statements(row)
    rows = [where[s] for s in statements]
    pairs = [(i, j, float(matrix[rows[i]].multiply(matrix[rows[j]]).sum()))
             for i in range(len(statements)) for j in range(i + 1, len(statements))]
    ones = [1.0] * len(statements)
    found = [(c.a, c.b, c.reason) for c in conflicts.disagreements(
        pairs, statements, [features.find_figures(s) for s in statements], [str(k) for k in range(len(statements))],
        ones) if c.b >= 0]
    apart = counterclaims.Parties(statements, [0] * len(statements)).apart
    found += [(d.a, d.b, f"dispute: {' vs '.join(d.sides)}")
              for one in _parties(statements, [0] * len(statements))
              + disputes.rebuttals(statements, ones, previous=list(range(-1, len(statements) - 1)))
              + disputes.positions(statements, [features.find_figures(s) for s in statements], ones)
              + disputes.counts_apart(statements, [features.find_figures(s) for s in statements],
                                      list(range(-1, len(statements) - 1)))
              if (d := apart(one.a, one.b, one)) is not None]
    # A source's own estimate set against another named party's (the notes stage's `_estimates`;
    # the passage's "writer" is its source's author, "" when none).
    for one in estimates.set_against(statements, [features.find_figures(s) for s in statements],
                                     [0] * len(statements), features.find_figures):
        holders = estimates.holders(statements, one, row.get("writer", ""))
        if one.b >= 0 and all(holders) and apart(one.a, one.b, disputes.Dispute(one.a, one.b, holders, ())):
            found.append((one.a, one.b, one.reason))
    # Holders who expect different ways for one thing, and a split of views stated whole (`outlooks`;
    # the notes stage's `_views_apart` and `_splits`).
    taken = {i for a, b, _ in found for i in (a, b)}
    for k, text in enumerate(statements):
        if k not in taken and (held := outlooks.split(text, statements[max(0, k - 2):k])) is not None:
            found.append((k, k, f"{held[0]}: {' vs '.join(held[1])}"))
        elif k not in taken and (sides := disputes.disputed_whole(text)) is not None:  # `_disputed_whole`
            found.append((k, k, f"{sides[1]} disputes {sides[0]}"))
    found += [(one.a, one.b, f"{' vs '.join(one.sides)}: expect differently")
              for one in outlooks.views_apart(statements, [0] * len(statements), ones)]
    taken = {i for a, b, _ in found for i in (a, b)}
    found += [one for one in _states_apart(statements, [0] * len(statements)) if not {one[0], one[1]} & taken]
    # Two holders' values of one quantity (the notes stage's `_held_apart`: each sentence reads the one
    # before it for what "the figure" or "the increase" measures).
    taken = {i for a, b, _ in found for i in (a, b)}
    found += [(i, j, reason) for i, j, held, reason in estimates.held_apart(
        statements, [features.find_figures(s) for s in statements], [0] * len(statements), [""],
        row.get("owners", [""]), lambda i, hi, j, hj: bool(
            counterclaims.name_words(hi) & counterclaims.name_words(hj)) or hi.lower() == hj.lower(),
        before=[""] + statements[:-1]) if not {i, j} & taken]
    joined = {frozenset((a, b)): reason for a, b, reason in found}
    out = []
    matched: set[frozenset[int]] = set()
    for pair in row["pairs"]:
        options = {frozenset((claim, pair[1])) for claim in _claims(pair)}
        hit = next((o for o in options if o in joined), None)
        out.append((True, hit is not None, f"{sorted(_claims(pair))}-{pair[1]}" + (f" [{joined[hit]}]" if hit else "")))
        matched |= options
    out += [(False, True, f"{min(k)}-{max(k)} [{reason}]") for k, reason in joined.items() if k not in matched]
    return out or [(False, False, "")]


def _states_apart(statements: list[str], groups: list[int]) -> list[tuple[int, int, str]]:
    """Two named holders stating opposite states of one subject (the notes stage's `_states_apart`)."""
    said = counterclaims.speakers([" ".join(s.split()) for s in statements], groups, list(range(len(statements))))
    found = [statuses.status(s) if statuses.may_state(s) else None for s in statements]
    apart = counterclaims.Parties(statements, groups).apart
    return [(one.a, one.b, f"state it differently: {one.reason}")
            for one in statuses.apart(found, [1.0] * len(statements), [said[i][0] for i in range(len(statements))])
            if apart(one.a, one.b, disputes.Dispute(one.a, one.b, (said[one.a][0], said[one.b][0]), one.shared))]


def _parties(statements: list[str], groups: list[int]) -> list[disputes.Dispute]:
    """Parties at odds as the notes stage finds them among *statements* (of the sources *groups*):
    opposite stances (a person the statements tie to a body speaking for it), the party held
    responsible holding another responsible back or denying it, a risk against none (a party against
    itself or nobody is dropped by the caller: `counterclaims.Parties.apart`, as the notes stage does)."""
    ones = [1.0] * len(statements)
    known = counterclaims.affiliations(statements)
    roles = counterclaims.aliases(statements)
    stances = [disputes.stance(s) for s in statements]
    stances = [disputes.speaking_for(found, statements[max(0, i - disputes.BODY_LOOKBACK):i]) if found is not None
               and found.body and len(set(groups)) == 1 else found for i, found in enumerate(stances)]
    stances = [counterclaims.affiliated(found, known) if found is not None else None for found in stances]
    said = counterclaims.speakers(statements, groups, range(len(statements)))
    blamed = [counterclaims.blame(s, said[i], known, roles) if counterclaims.may_blame(s) else None
              for i, s in enumerate(statements)]
    judged = [counterclaims.assessment(s, said[i], known) if counterclaims.may_assess(s) else None
              for i, s in enumerate(statements)]
    places = list(zip(groups, range(len(statements)), strict=True))
    return (disputes.disputes(statements, ones, stances=stances, places=places) + counterclaims.blames(statements, ones, blamed)
            + counterclaims.assessments(statements, ones, judged, places=places))


def predict(rows: list[dict[str, Any]]) -> list[list[tuple[bool, bool, str]]]:
    """(gold, found, what) per item of each row: a pair's or a sentence's one item, a passage's
    pairs and the conflicts found beyond them."""
    texts = sorted({t for row in rows for t in _statements(row)})
    matrix = rank.vectorize(texts, ngrams=1)
    where = {t: i for i, t in enumerate(texts)}
    out: list[list[tuple[bool, bool, str]]] = []
    for row in rows:
        if row["kind"] == "passage":
            out.append(_passage(row, matrix, where))
            continue
        statements = _statements(row)
        pairs = []
        if len(statements) == 2:
            i, j = where[statements[0]], where[statements[1]]
            pairs = [(0, 1, float(matrix[i].multiply(matrix[j]).sum()))]
        found = conflicts.disagreements(
            pairs, statements, [features.find_figures(s) for s in statements],
            [str(k) for k in range(len(statements))], [1.0] * len(statements), dates=row.get("dates"),
        )
        # A pair counts only as a conflict between its two statements, not as a contrast inside one.
        hits = [c for c in found if (c.b >= 0) == (len(statements) == 2)]
        if len(statements) == 2:  # two parties taking opposite stances (same source or not)
            apart = counterclaims.Parties(statements, [0, 1]).apart
            hits += [conflicts.Conflict(d.a, d.b, f"dispute: {' vs '.join(d.sides)}")
                     for one in _parties(statements, [0, 1]) + disputes.rebuttals(statements, [1.0, 1.0])
                     + disputes.positions(statements, [features.find_figures(s) for s in statements], [1.0, 1.0])
                     if (d := apart(one.a, one.b, one)) is not None]
            # a statement answering a party it names, against that party's own (`counterclaims.answer_pairs`;
            # "owners": each source's publisher and author, when a side speaks in first person)
            hits += [conflicts.Conflict(d.a, d.b, f"answers: {' vs '.join(d.sides)}")
                     for one in counterclaims.answer_pairs(statements, [0, 1], row.get("owners", ["", ""]), [1.0, 1.0])
                     for d in [one[2]] if apart(d.a, d.b, d) is not None]
        if len(statements) == 2:  # two holders' values of one quantity (`estimates.held_apart`)
            hits += [conflicts.Conflict(i, j, reason) for i, j, _, reason in estimates.held_apart(
                statements, [features.find_figures(s) for s in statements], [0, 1], row.get("dates") or ["", ""],
                row.get("owners", ["", ""]), lambda i, hi, j, hj: bool(
                    counterclaims.name_words(hi) & counterclaims.name_words(hj)) or hi.lower() == hj.lower())]
        if len(statements) == 2:  # two named holders stating opposite states of one subject
            hits += [conflicts.Conflict(a, b, reason) for a, b, reason in _states_apart(statements, [0, 1])]
        if len(statements) == 2:  # two holders expecting different ways for one thing
            hits += [conflicts.Conflict(one.a, one.b, f"{' vs '.join(one.sides)}: expect differently")
                     for one in outlooks.views_apart(statements, [0, 1], [1.0, 1.0])]
        elif (held := outlooks.split(statements[0])) is not None:  # a split of views stated whole
            hits.append(conflicts.Conflict(0, -1, held[0], held[1]))
        elif (sides := disputes.disputed_whole(statements[0])) is not None:  # a claim and its rebuttal whole
            hits.append(conflicts.Conflict(0, -1, f"{sides[1]} disputes {sides[0]}", sides))
        if len(statements) == 1:  # one sentence setting two named holders' values against each other (`_estimates`)
            hits += [one for one in estimates.set_against(statements, [features.find_figures(statements[0])], [0],
                                                         features.find_figures)
                     if one.b < 0 and all(estimates.holders(statements, one, row.get("writer", "")))]
        out.append([(row["label"] == "disagree", bool(hits), hits[0].reason if hits else "")])
    return out


def scores(pairs: list[tuple[bool, bool]]) -> str:
    tp = sum(1 for gold, found in pairs if gold and found)
    fp = sum(1 for gold, found in pairs if not gold and found)
    fn = sum(1 for gold, found in pairs if gold and not found)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return f"precision {precision:.2f} ({tp}/{tp + fp})  recall {recall:.2f} ({tp}/{tp + fn})  items {len(pairs)}"


def main() -> None:
    args = sys.argv[1:]
    if any(a in ("-h", "--help") for a in args):
        print(__doc__)
        return
    show_errors = "--errors" in args
    only: str | None = None
    if "--errors-in" in args:
        at = args.index("--errors-in")
        if at + 1 >= len(args):
            raise SystemExit("--errors-in needs a split name (dev, heldout, heldout-s16)")
        only = args[at + 1]
        del args[at:at + 2]
        show_errors = True
    unknown = [a for a in args if a.startswith("-") and a != "--errors"]
    if unknown:
        raise SystemExit(f"eval_disagreements.py: unknown option {unknown[0]}; see --help")
    paths = [Path(a) for a in args if a != "--errors"] or DEFAULT
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f"eval_disagreements.py: {missing[0]}: no such file; give a labelled JSONL set")
    rows = [row for path in paths for row in load(path)]
    results = predict(rows)
    groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for row, items in zip(rows, results, strict=True):
        for key in ("all", f"split {row['split']}", f"kind {row['kind']}", f"split {row['split']}, kind {row['kind']}"):
            groups[key] += [(gold, found) for gold, found, _ in items]
    for key in sorted(groups, key=lambda k: (k != "all", k)):
        print(f"{key:<32} {scores(groups[key])}")
    if show_errors:
        for row, items in zip(rows, results, strict=True):
            for gold, found, reason in items:
                if found == gold or only is not None and row["split"] != only:
                    continue
                what = "false disagreement" if found else "missed"
                if row["kind"] == "passage":
                    shown = f"sentences {reason}: " + " | ".join(row["sentences"])
                    reason = ""
                else:
                    shown = row["text"] if row["kind"] == "sentence" else f"{row['a']} | {row['b']}"
                print(f"{row['id']} {what}: {shown}" + (f"  [{reason}]" if reason else ""))


if __name__ == "__main__":
    main()
