"""Reader-visible defects in the briefs of a workspace, counted mechanically.

Builds every audience's brief (in a copy: the workspace is not touched) and counts, per brief:

    repeat     the same fact twice: two statements whose content words mostly recur
               (stems shared / the shorter's stems >= 0.6, at least 4 shared), the two
               sides of one disagreement excepted; a dispute's side shown by reference
               ("as stated above [3]") prints no statement
    dangling   a statement opening on an antecedent the reader has not seen: a pronoun or
               demonstrative subject ("He said", "This follows"), a connective answering an
               earlier sentence ("However", "In comparison"), an ordinal or pointing noun
               phrase ("The second", "The company"); or, outside a quotation, a personal
               pronoun before any name ("According to figures he obtained, ...")
    fragment   no verb-like word, no final punctuation, or a lower-case start
    clutter    wire conventions printed as they are: "(AP)", "(Reuters)", `` '' quote pairs,
               " _ " dashes, an upper-case dateline ("LONDON -", "PORT ELLERY, Ohio -"),
               a live blog's timestamp ("18:32 - "), Markdown markup of the source ("> ", "**")
    figure     a Key figures row whose label (what the figure measures) is empty or has
               only stop words ("15 sailors | if")
    stale      two Key figures rows of one measure (same unit, a content word of the label
               shared) with different values, or one value in two rows: a superseded or
               repeated figure shown as a fact of its own
    forum      a statement quoted from a forum or comment thread without a label saying so

The lists are general English cues, independent of the code that composes the briefs, so
they can disagree with it. A folder of sources without briefgen.toml is built in a fresh
workspace.

Run: python benchmarks/defects.py [--list] WORKSPACE_OR_SOURCES [...]
     python benchmarks/defects.py . tests/fixtures/developing
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

KINDS = ("repeat", "dangling", "fragment", "clutter", "figure", "stale", "forum")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_STOP = frozenset("""a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my no nor not now of off on
once only or other our ours out over own same she should so some such than that the their theirs them then there these
they this those through to too under until up very was we were what when where which while who whom why will with
would you your said says say told according per cent percent mr ms mrs""".split())


def stems(text: str) -> set[str]:
    words = (w.lower().strip("'’-.,") for w in _WORD.findall(text))
    return {re.sub(r"(?:'s|’s|ing|ed|es|s)$", "", w) or w for w in words if w and w not in _STOP and len(w) > 2}


def repeats(texts: list[str]) -> list[tuple[str, str]]:
    bags = [stems(t) for t in texts]
    found = []
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            shared = len(bags[i] & bags[j])
            if shared >= 4 and shared / max(1, min(len(bags[i]), len(bags[j]))) >= 0.6:
                found.append((texts[i], texts[j]))
    return found


_DANGLING = re.compile(
    r"^[\"'“‘(]*(?:(?:he|she|it|they|we|his|her|its|their|our|this|these|those|that|such|both|another|"
    r"however|but|and|also|yet|meanwhile|moreover|furthermore|additionally|instead|still|thus|therefore|"
    r"nevertheless|nonetheless|likewise|similarly|besides|otherwise|then)\b(?![-'’])|"
    r"in (?:comparison|contrast|addition|response|turn|particular)\b|by (?:comparison|contrast)\b|"
    r"on the other hand\b|as a result\b|for (?:its|their) part\b|"
    r"the (?:second|third|fourth|latter|former|same|other|company|firm|move|decision|report|statement|"
    r"announcement|development|agency|group|official|spokesman|spokeswoman|spokesperson|two|three|man|woman|"
    r"plan|measure|deal)\b(?! (?:of|by|from|for|on|in|at|that|which|who)\b))",
    re.IGNORECASE)
_IMPERSONAL = re.compile(r"^it (?:is|was|has been|will be|would be|remains|remained|seems|appears)\b", re.IGNORECASE)
_THIS_TIME = re.compile(r"^(?:this|that|these) (?:year|week|month|morning|afternoon|evening|weekend|season|quarter|"
                        r"spring|summer|autumn|winter|time)\b", re.IGNORECASE)


_PERSONAL = re.compile(r"\b(?:he|she|him|his|her)\b|^(?:\S+\s+){0,2}(?:they|them|their)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def dangling(text: str) -> bool:
    text = re.sub(r"\[(\w)\]", r"\1", text)  # an editorial capital ("[T]he council") reads as the letter
    if text.lstrip()[:1] in "\"“‘«":
        return False  # a quotation: its "we" and "it" are the speaker's, named in the sentence
    body = text.lstrip("\"'“‘( ")
    if _IMPERSONAL.match(body) or _THIS_TIME.match(body):
        return False
    if _DANGLING.match(text.strip()):
        return True
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), text.strip())  # a quotation's pronouns are the speaker's
    pronoun = _PERSONAL.search(plain)
    if pronoun is None:
        return False
    name = next((m for m in _CAPITALISED.finditer(plain) if m.group().lower() not in _STOP), None)
    return name is None or name.start() > pronoun.start()


_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|"
    r"should|said|says|told|made|took|gave|went|came|rose|fell|grew|won|lost|left|found|got|saw|began|became|"
    r"set|cut|put|hit|led|held|kept|met|paid|sold|built|brought|thought|spent|sent|stood|ran|remain|continue|expect|"
    r"plan|face|need|want|make|take|say|show|hold|stay|include|appear|seem|warn|live|work|wait|return|die|go|come|"
    r"get|give|keep|know|see|think|look|use|find|tell|ask|feel|try|leave|call|run|move|pay|lead|believe|bring|"
    r"begin|allow|lose|add|spend|open|close|\w{2,}ed|\w{3,}s)\b",
    re.IGNORECASE)


def fragment(text: str) -> bool:
    body = text.strip().lstrip("\"'“‘(")
    if not body:
        return True
    if body[0].islower():
        return True
    if not re.search(r"[.!?][\"'”’)]*$", text.strip()):
        return True
    return not _VERBISH.search(text)


_CLUTTER = re.compile(r"\((?:AP|Reuters|AFP|UPI|dpa)\)|``|''| _ |^[A-Z][A-Z .,'-]{2,}(?: \([^)]*\))? ?[-—_–] "
                      r"|^[A-Z][A-Z .'-]{2,}, [A-Z][A-Za-z .]+ [-—–] |^\d{1,2}[:.]\d\d\s*[-—–]\s|^>\s|\*\*")


def clutter(text: str) -> bool:
    from briefgen.ingest.clean import typeset  # as printed: wire quote pairs and dashes are typeset

    return bool(_CLUTTER.search(typeset(text)))


def figure_label_bad(measures: str) -> bool:
    return not any(w.lower() not in _STOP for w in re.findall(r"[A-Za-z]+", measures))


def stale_rows(rows: list[tuple[str, float, str, str]]) -> list[str]:
    """Pairs of Key figures rows (text, value, unit, measures) that show one measure twice."""
    found = []
    for i, (text_a, value_a, unit_a, label_a) in enumerate(rows):
        for text_b, value_b, unit_b, label_b in rows[i + 1:]:
            if unit_a != unit_b:
                continue
            if value_a == value_b or stems(label_a) & stems(label_b):
                found.append(f"{text_a} | {label_a}  ||  {text_b} | {label_b}")
    return found


_FORUM_KINDS = frozenset({"forum", "forum comment", "comment", "comments", "thread", "social"})


def brief_defects(brief: object) -> dict[str, list[str]]:
    """Each defect kind's instances in one brief (a briefgen.models.Brief)."""
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    statements: list[str] = []
    pairs: set[frozenset[str]] = set()
    kinds = {row.path: {(row.kind or "").lower(), (row.reliability or "").lower()} for row in getattr(brief, "sources", ())}
    cited = {c.number: c for c in getattr(brief, "citations", ())}
    for section in brief.sections:  # type: ignore[attr-defined]
        rows = []
        for item in section.items:
            if section.style == "figures":
                if item.figure is not None and figure_label_bad(item.figure.measures):
                    found["figure"].append(f"{item.figure.text} | {item.figure.measures!r}")
                if item.figure is not None:
                    rows.append((item.figure.text, item.figure.value, item.figure.unit, item.figure.measures))
                continue
            first = cited.get(item.citations[0]) if item.citations else None
            if first is not None and kinds.get(first.path, set()) & _FORUM_KINDS and not item.label:
                found["forum"].append(item.text)
            shown = [side for side in (item, item.other) if side is not None and not getattr(side, "see", ())]
            sides = [side.text for side in shown]
            if len(sides) == 2:
                pairs.add(frozenset(sides))
            for text in sides:
                if item.change == "gone":
                    continue  # an earlier brief's statement, shown as such
                statements.append(text)
                if dangling(text):
                    found["dangling"].append(text)
                if fragment(text):
                    found["fragment"].append(text)
                if clutter(text):
                    found["clutter"].append(text)
        found["stale"].extend(stale_rows(rows))
    for a, b in repeats(statements):
        if frozenset((a, b)) not in pairs and a != b or statements.count(a) > 1:
            found["repeat"].append(f"{a}  ||  {b}")
    return found


def workspace_of(folder: Path, tmp: Path) -> Path:
    """A copy of the workspace, or a fresh workspace holding the folder's sources."""
    target = tmp / "ws"
    if (folder / "briefgen.toml").is_file():
        shutil.copytree(folder, target, ignore=shutil.ignore_patterns(".git", ".briefgen-cache", "output"))
        return target
    subprocess.run([sys.executable, "-m", "briefgen", "init", str(target)], check=True, capture_output=True)
    for path in folder.iterdir():
        if path.is_file() and path.suffix in (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".toml"):
            shutil.copy(path, target / "sources" / path.name)
    return target


def count(folder: Path, show: bool = False) -> dict[str, dict[str, int]]:
    import briefgen

    out: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        ws = briefgen.open_workspace(workspace_of(folder, Path(tmp)))
        noteset = ws.notes()
        for audience in ws.audiences():
            found = brief_defects(ws.compose(audience, noteset))
            out[audience] = {kind: len(items) for kind, items in found.items()}
            if show:
                for kind, items in found.items():
                    for text in items:
                        print(f"  [{audience}] {kind}: {text}")
    return out


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    args = sys.argv[1:]
    show = "--list" in args
    folders = [Path(a) for a in args if a != "--list"]
    if not folders:
        raise SystemExit(__doc__)
    missing = [f for f in folders if not f.is_dir()]
    if missing:
        raise SystemExit(f"defects.py: {missing[0]}: not a folder; give a workspace or a folder of sources")
    print("| workspace | brief | " + " | ".join(KINDS) + " | total |")
    print("|---" * (len(KINDS) + 3) + "|")
    for folder in folders:
        totals: Counter[str] = Counter()
        for audience, counts in count(folder, show).items():
            totals.update(counts)
            print(f"| {folder} | {audience} | " + " | ".join(str(counts[k]) for k in KINDS)
                  + f" | {sum(counts.values())} |")
        print(f"| {folder} | all | " + " | ".join(str(totals[k]) for k in KINDS) + f" | {sum(totals.values())} |")


if __name__ == "__main__":
    main()
