"""Precision and recall of the disagreement finder on a labelled set.

Each line of the set (JSON) is either a pair of statements from two sources
({"kind": "pair", "a": ..., "b": ...}) or one sentence ({"kind": "sentence", "text": ...}),
labelled "disagree" or "not", with a "split" (dev: written while building the finder;
heldout, heldout-s16: written before a round of work on it and not tuned to; disputes-s17: disputes
between parties and their near misses, written before the dispute finder; disputes-s19: explicit
dispute verbs (deny, dispute, reject, contest, call ... inaccurate) against another party's claim, and
denials nobody's claim answers, written before the work on them) and a "subject".
A pair may carry "dates" (its two sources' dates, ISO): the finder then judges it as the notes
stage does two sources with those dates (different dates: a developing story).

Every statement goes through what the notes stage does to a sentence (its figures) and
`briefgen.notes.conflicts.disagreements`, the pair through the same similarity gate: the similarity is the cosine of unigram
TF-IDF fitted on all statements of the set, as the notes stage fits it on a corpus.
A pair counts as found when the finder, or the dispute finder (`briefgen.notes.disputes`: parties'
opposite stances, or one party disputing another's claim), reports a conflict between its two statements; a
sentence when the finder reports it as a disagreement on its own.

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

from briefgen.notes import conflicts, disputes, features, rank

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelled import read_jsonl  # noqa: E402

DEFAULT = sorted((Path(__file__).parent / "eval").glob("disagreements*.jsonl"))


def load(path: Path) -> list[dict[str, str]]:
    def problem(row: dict[str, str]) -> str | None:
        if row.get("label") not in ("disagree", "not") or row.get("kind") not in ("pair", "sentence"):
            return "needs kind pair|sentence and label disagree|not"
        dates = row.get("dates")
        if dates is not None and (row["kind"] != "pair" or not isinstance(dates, list) or len(dates) != 2
                                  or not all(isinstance(d, str) for d in dates)):
            return '"dates" is for a pair only: a list of two ISO dates ("" when unknown)'
        return None

    return read_jsonl(path, problem)


def predict(rows: list[dict[str, str]]) -> list[tuple[bool, str]]:
    """(found, reason) per row."""
    texts = sorted({t for row in rows for t in ((row["a"], row["b"]) if row["kind"] == "pair" else (row["text"],))})
    matrix = rank.vectorize(texts, ngrams=1)
    where = {t: i for i, t in enumerate(texts)}
    out = []
    for row in rows:
        statements = [row["a"], row["b"]] if row["kind"] == "pair" else [row["text"]]
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
            hits += [conflicts.Conflict(d.a, d.b, f"dispute: {' vs '.join(d.sides)}")
                     for d in disputes.disputes(statements, [1.0, 1.0]) + disputes.rebuttals(statements, [1.0, 1.0])]
        out.append((bool(hits), hits[0].reason if hits else ""))
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
    for row, (found, _) in zip(rows, results, strict=True):
        gold = row["label"] == "disagree"
        for key in ("all", f"split {row['split']}", f"kind {row['kind']}", f"split {row['split']}, kind {row['kind']}"):
            groups[key].append((gold, found))
    for key in sorted(groups, key=lambda k: (k != "all", k)):
        print(f"{key:<32} {scores(groups[key])}")
    if show_errors:
        for row, (found, reason) in zip(rows, results, strict=True):
            if found != (row["label"] == "disagree") and (only is None or row["split"] == only):
                what = "false disagreement" if found else "missed"
                shown = row["text"] if row["kind"] == "sentence" else f"{row['a']} | {row['b']}"
                print(f"{row['id']} {what}: {shown}" + (f"  [{reason}]" if reason else ""))


if __name__ == "__main__":
    main()
