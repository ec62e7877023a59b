"""Precision and recall of the Key figures section against labelled clusters.

Each folder of tests/fixtures/figures/ (or of the folder given) is a news cluster with an
`expected.toml` (see the README there). The script builds each cluster's brief for one
audience (investor by default) in a temporary workspace and matches every Key figures row:

- a row is right when its value is one of an expected entry's values (within 0.5%) and
  its measure contains one of that entry's words; a second row for the same entry is wrong;
  an entry with a `unit` ("parts per billion", "a day") is right only when the row's figure
  shows that whole unit ("29 parts | ..." is wrong: a cut unit);
- a row that matches a neutral entry the same way counts neither way;
- any other row is wrong (the excluded entries only name why: time, age, superseded ...).

An expected entry no row matches is found too when a statement the brief prints gives it (its
quote's figure has one of the values, and the statement or the figure's measure one of the words):
a figure the text tells is no Key figures row (each fact once per brief).

precision = right / (right + wrong); recall = expected entries found / expected entries.
Run: python benchmarks/figures_eval.py [FOLDER] [--audience investor] [--rows]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _matches(value: float, values: list[float]) -> bool:
    return any(abs(value - v) <= 0.005 * max(abs(v), 1e-9) for v in values)


def _entry_for(value: float, measure: str, entries: list[dict[str, Any]]) -> int | None:
    measure = measure.lower()
    for index, entry in enumerate(entries):
        if _matches(value, entry["values"]) and any(word in measure for word in entry["words"]):
            return index
    return None


def evaluate(cluster: Path, audience: str) -> dict[str, Any]:
    """Build *cluster*'s brief for *audience* and score its Key figures rows."""
    import briefgen
    from briefgen.workspace import init_workspace

    labels = tomllib.loads((cluster / "expected.toml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / cluster.name
        init_workspace(target, today="2026-11-01")
        for path in cluster.iterdir():
            if path.suffix == ".txt" or path.name == "sources.toml":
                shutil.copy(path, target / "sources" / path.name)
        brief = briefgen.open_workspace(target).compose(audience)
    rows = [item.figure for section in brief.sections if section.style == "figures"
            for item in section.items if item.figure is not None]
    found: set[int] = set()
    right = wrong = 0
    verdicts = []
    for figure in rows:
        hit = _entry_for(figure.value, figure.measures, labels["expected"])
        unit = labels["expected"][hit].get("unit", "") if hit is not None else ""
        if hit is not None and unit and unit.lower() not in figure.text.lower():
            wrong += 1
            verdict = f"wrong: unit cut (wants {unit!r})"
        elif hit is not None and hit not in found:
            found.add(hit)
            right += 1
            verdict = "right"
        elif hit is not None:
            wrong += 1
            verdict = "wrong: same figure again"
        elif _entry_for(figure.value, figure.measures, labels.get("neutral", [])) is not None:
            verdict = "neutral"
        else:
            wrong += 1
            why = next((e["kind"] for e in labels.get("excluded", []) if _matches(figure.value, e["values"])), "")
            verdict = f"wrong: {why or 'no meaningful measure'}"
        verdicts.append((figure.text, figure.measures, figure.period, verdict))
    numbered = {citation.number: citation for citation in brief.citations}
    for section in brief.sections:
        if section.style == "figures":
            continue
        for item in (i for top in section.items for i in (top, top.other) if i is not None and not i.see):
            own = numbered.get(item.citations[0]) if item.citations else None
            for figure in own.figures if own is not None else ():
                hit = _entry_for(figure.value, f"{figure.measures} {item.text}", labels["expected"])
                if hit is not None and hit not in found:
                    found.add(hit)
                    verdicts.append((figure.text, figure.measures, figure.period, "right: told by a statement"))
    return {"cluster": cluster.name, "rows": verdicts, "right": right, "wrong": wrong,
            "found": len(found), "expected": len(labels["expected"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "fixtures" / "figures"))
    parser.add_argument("--audience", default="investor")
    parser.add_argument("--rows", action="store_true", help="print every row with its verdict")
    args = parser.parse_args()
    clusters = sorted(p for p in Path(args.folder).iterdir() if (p / "expected.toml").is_file())
    if not clusters:
        sys.exit(f"{args.folder}: no folder with an expected.toml")
    right = wrong = found = expected = 0
    for cluster in clusters:
        result = evaluate(cluster, args.audience)
        right, wrong = right + result["right"], wrong + result["wrong"]
        found, expected = found + result["found"], expected + result["expected"]
        rows = result["right"] + result["wrong"]
        shown = sum(not verdict.startswith("right: told") for *_, verdict in result["rows"])
        print(f"{result['cluster']:<12} rows {shown:>2}  precision "
              f"{result['right'] / rows if rows else 0:.2f}  recall {result['found']}/{result['expected']}")
        if args.rows:
            for text, measure, period, verdict in result["rows"]:
                print(f"    | {text} | {measure or '?'} | {period or '-'} | {verdict}")
    print(f"{'all':<12} precision {right / (right + wrong) if right + wrong else 0:.2f} ({right}/{right + wrong})"
          f"  recall {found / expected:.2f} ({found}/{expected})")


if __name__ == "__main__":
    main()
