"""Whether a brief opens on the story's central event: reference fact 1.

For every cluster (a folder with `sources/` and a `reference.txt` whose numbered fact 1 is the
story's central event) the executive brief is composed (the cluster's briefgen.toml title kept)
and scored by the content-word recall of reference fact 1 (its words that are not stop words,
numbers included) in the first bullet of the brief's first section ("first") and in that
whole section ("lead"). "hit" counts clusters whose first bullet recalls at least HIT of it.

Run: python benchmarks/eval_fact1.py [--audience executive] [--show] CLUSTER_DIR...
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_rouge import _STOP, _option, tokens  # noqa: E402

HIT = 0.3


def fact1(cluster: Path) -> str:
    text = (cluster / "reference.txt").read_text(encoding="utf-8")
    match = re.search(r"^\s*1[.)]\s*(.+?)(?=^\s*2[.)]|\Z)", text, re.M | re.S)
    return " ".join((match.group(1) if match else text.strip().splitlines()[0]).split())


def content(text: str) -> set[str]:
    return {t for t in tokens(text) if t not in _STOP}


def lead_items(cluster: Path, audience: str) -> list[str]:
    import briefgen

    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "ws"
        subprocess.run([sys.executable, "-m", "briefgen", "init", str(workspace)], check=True, capture_output=True)
        for path in (cluster / "sources").iterdir():
            if path.is_file():
                shutil.copy(path, workspace / "sources" / path.name)
        if (cluster / "briefgen.toml").is_file():
            shutil.copy(cluster / "briefgen.toml", workspace / "briefgen.toml")
        sections = [dataclasses.asdict(s) for s in briefgen.open_workspace(workspace).compose(audience).sections]
    first = next((s for s in sections if s["style"] != "figures"), None)
    return [item["text"] for item in first["items"]] if first else []


def main() -> None:
    args = sys.argv[1:]
    show = "--show" in args
    args = [a for a in args if a != "--show"]
    audience, args = _option(args, "--audience")
    clusters = [Path(a) for a in args if (Path(a) / "reference.txt").is_file() and (Path(a) / "sources").is_dir()]
    if not clusters:
        raise SystemExit(__doc__)
    print(f"{'cluster':<26} {'first':>6} {'lead':>6}")
    firsts, leads = [], []
    for cluster in clusters:
        ref = content(fact1(cluster))
        items = lead_items(cluster, audience or "executive")
        first = len(ref & content(items[0])) / len(ref) if items and ref else 0.0
        whole = len(ref & content(" ".join(items))) / len(ref) if ref else 0.0
        firsts.append(first)
        leads.append(whole)
        name = f"{cluster.parent.name}/{cluster.name}"[-26:]
        print(f"{name:<26} {first:6.3f} {whole:6.3f}")
        if show:
            print(f"    fact 1: {fact1(cluster)}")
            for item in items:
                print(f"    - {item}")
    n = len(clusters)
    print(f"{'mean':<26} {sum(firsts) / n:6.3f} {sum(leads) / n:6.3f}   first >= {HIT}: "
          f"{sum(f >= HIT for f in firsts)}/{n}")


if __name__ == "__main__":
    main()
