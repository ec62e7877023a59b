"""How much of a cluster's story an audience's brief carries, and whether it leads on it.

For every cluster (a folder with `sources/` and `summary.txt`, as for eval_rouge.py) the brief
of one audience (executive by default) is composed, and the statements it shows in its text
(every section but the Key figures table; not the evidence list, the sources or the method)
are scored by ROUGE-1/2 recall against the human summaries. "lead" says whether the first
bullet of the brief's first section (Bottom line) shares at least LEAD_BIGRAMS content
bigrams (not both stop words) with the first sentence of a reference summary: a rough test
that the brief opens on the story's central fact.

--fitted scores the brief a build writes instead: composed, rendered to PDF and composed again
with a smaller word budget until it fits the profile's max_pages (briefgen.render.fit), as
readers get it (the executive brief's 330 words are page-fitted to about 160-240); slower.

Run: python benchmarks/eval_lead.py [--audience executive] [--split dev|heldout] [--show] [--fitted] CLUSTER_DIR...
     python benchmarks/eval_lead.py benchmarks/eval/*
Development clusters and the held-out ones (named in heldout.txt) are reported apart.
--show prints each brief's statements under its scores.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_rouge import _STOP, _option, held_out, recall, tokens  # noqa: E402

LEAD_BIGRAMS = 2


def references(cluster: Path) -> list[str]:
    text = (cluster / "summary.txt").read_text(encoding="utf-8")
    return [part.strip() for part in text.split("\n---\n") if part.strip()]


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text.strip(), maxsplit=1)[0]


def content_bigrams(text: str) -> set[tuple[str, str]]:
    toks = tokens(text)
    return {(a, b) for a, b in zip(toks, toks[1:], strict=False) if not (a in _STOP and b in _STOP)}


def brief_statements(cluster: Path, audience: str, fitted: bool = False) -> list[tuple[str, str]]:
    """(section id, statement) of the brief's text, in printed order, Key figures aside: the
    brief as composed at the profile's word budget, or (*fitted*) as a build writes it, fitted
    to the profile's pages (read back from the record the build keeps in history/)."""
    import briefgen

    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "ws"
        subprocess.run([sys.executable, "-m", "briefgen", "init", str(workspace)], check=True, capture_output=True)
        for path in (cluster / "sources").iterdir():
            shutil.copy(path, workspace / "sources" / path.name)
        ws = briefgen.open_workspace(workspace)
        if fitted:
            (record,) = ws.build(audience, "pdf").records
            sections = json.loads((workspace / record.path).read_text(encoding="utf-8"))["sections"]
        else:
            sections = [dataclasses.asdict(section) for section in ws.compose(audience).sections]
    out = []
    for section in sections:
        if section["style"] == "figures":
            continue
        for item in section["items"]:
            out.append((section["id"], item["text"]))
            if item.get("other"):
                out.append((section["id"], item["other"]["text"]))
    return out


def evaluate(cluster: Path, audience: str, fitted: bool = False) -> dict[str, float | int | str]:
    statements = brief_statements(cluster, audience, fitted)
    refs = references(cluster)
    text = " ".join(s for _, s in statements)
    first_section = statements[0][0] if statements else ""
    lead = next((s for sid, s in statements if sid == first_section), "")
    shared = max(len(content_bigrams(lead) & content_bigrams(first_sentence(ref))) for ref in refs)
    return {
        "rouge1": sum(recall(text, ref, 1) for ref in refs) / len(refs),
        "rouge2": sum(recall(text, ref, 2) for ref in refs) / len(refs),
        "words": len(text.split()),
        "lead_bigrams": shared,
        "lead": int(shared >= LEAD_BIGRAMS),
        "first": lead,
        "statements": "\n".join(f"    [{sid}] {s}" for sid, s in statements),
    }


def main() -> None:
    args = sys.argv[1:]
    show, fitted = "--show" in args, "--fitted" in args
    args = [a for a in args if a not in ("--show", "--fitted")]
    audience, args = _option(args, "--audience")
    split, args = _option(args, "--split")
    if split not in (None, "dev", "heldout"):
        raise SystemExit(f"--split is dev or heldout, not {split!r}")
    clusters = [Path(a) for a in args if (Path(a) / "summary.txt").is_file()]
    if split is not None:
        clusters = [c for c in clusters if held_out(c) == (split == "heldout")]
    if not clusters:
        raise SystemExit(__doc__)
    groups = {"dev": [c for c in clusters if not held_out(c)], "heldout": [c for c in clusters if held_out(c)]}
    print(f"{audience or 'executive'} brief, {'page-fitted as a build writes it' if fitted else 'at the profile budget'}")
    print(f"{'cluster':<22} {'R-1':>6} {'R-2':>6} {'words':>5}  lead (shared bigrams)")
    for label, members in groups.items():
        if not members:
            continue
        results = {c.name: evaluate(c, audience or "executive", fitted) for c in sorted(members)}
        for name, r in results.items():
            print(f"{name:<22} {r['rouge1']:.4f} {r['rouge2']:.4f} {r['words']:>5}  {'yes' if r['lead'] else 'no '} "
                  f"({r['lead_bigrams']})")
            if show:
                print(r["statements"])
        n = len(results)
        print(f"{'mean ' + label:<22} {sum(float(r['rouge1']) for r in results.values()) / n:.4f} "
              f"{sum(float(r['rouge2']) for r in results.values()) / n:.4f} "
              f"{sum(int(r['words']) for r in results.values()) / n:>5.0f}  "
              f"{sum(int(r['lead']) for r in results.values())}/{n} lead\n")


if __name__ == "__main__":
    main()
