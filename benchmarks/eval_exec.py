"""How much of a human reference summary the executive brief's body carries, next to a
lead-sentences baseline of the same length.

For each workspace given that has a reference (`reference.txt`: one summary of about 100
words, the dev workspaces' way; or `summary.txt`: one or more separated by a line `---`, the
benchmarks/eval clusters' way), the workspace is copied to a temporary folder (its notes, output
and history left behind), the executive brief is built (`briefgen build --audience executive
--format md`, laid out for its page limit as a real build is) and its body is scored: the text a
reader reads from the first section to the evidence list (Bottom line, Key figures rows, Timeline,
disagreements, ...), without headings, citation markers, the evidence and the sources.

Figures per workspace (and their mean):

    r1, r2     ROUGE-1/2 recall of the reference(s) by the body (as eval_rouge.py: lower-cased
               words and numbers, no stemming, no stop-word removal)
    words      the body's length in words
    r2/100w    ROUGE-2 recall per 100 body words: a longer brief does not win by length
    lead r1, lead r2   the lead baseline (first sentence of each source, then the second of
               each, ...) cut to the body's length in words: what the same room holds when
               filled with the sources' opening sentences

A reference's own furniture is left out before scoring: a first line naming it ("Reference
summary ...", "Key facts ...", "... written before any output ..."), and item labels ("1.",
"F3.", "G1."). Amounts written short ("C$610m", "$4.2bn") are spelt out as the sources spell them
("610 million", "4.2 billion") in both texts.

Run: python benchmarks/eval_exec.py WORKSPACE... [--json]
     python benchmarks/eval_exec.py /tmp/devr/* benchmarks/eval/*
Runs `python -m briefgen` of the environment (set PYTHONPATH to score a worktree).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_rouge import cluster_sentences, recall  # noqa: E402

_FURNITURE = re.compile(r"(?i)^\s*(reference summary|key facts|.*written before any output)")
_LABEL = re.compile(r"(?m)^\s*(?:[A-Z]{0,2}\d{1,2}[.):]|[-*•])\s+")
_SHORT = re.compile(r"(\d(?:[\d.,]*\d)?)\s?(bn|m|k)\b", re.IGNORECASE)
_UNITS = {"bn": "billion", "m": "million", "k": "thousand"}


def spelt(text: str) -> str:
    """"C$610m" as "C$610 million": the short and the long form count as the same words."""
    return _SHORT.sub(lambda m: f"{m.group(1)} {_UNITS[m.group(2).lower()]}", text)


def references(workspace: Path) -> list[str]:
    """The workspace's reference summaries, their furniture left out; [] when it has none."""
    path = workspace / "reference.txt"
    if not path.is_file():
        path = workspace / "summary.txt"
    if not path.is_file():
        return []
    out = []
    for part in path.read_text(encoding="utf-8").split("\n---\n"):
        lines = part.strip().splitlines()
        if lines and _FURNITURE.match(lines[0]):
            lines = lines[1:]
        out.append(spelt(_LABEL.sub("", "\n".join(lines))).strip())
    return [ref for ref in out if ref]


_MARKER = re.compile(r"\[\[\d+\]\]\(#[^)]*\)|\*\(\d+ sources?\)\*|<!--.*?-->|<[^>]+>")


def body(markdown: str) -> str:
    """The brief's text a reader reads as its content: from the first section heading to the
    evidence list, headings, table headers, citation markers and markup left out."""
    start = markdown.find("\n## ")
    end = markdown.find("\n## Evidence")
    text = markdown[start:end if end > start else None]
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or re.fullmatch(r"\|?[-| :]+\|?", stripped):
            continue
        if stripped.startswith("| Figure |"):
            continue
        line = _MARKER.sub(" ", line)
        line = line.replace("|", " ").replace("**", "").replace("\\", " ").replace("—", " ")
        lines.append(" ".join(line.split()))
    return "\n".join(line for line in lines if line)


def lead(per_doc: list[list[str]], words: int) -> str:
    """The sources' first sentences, then their second ..., up to *words* words (the last
    sentence cut to fit: the same room exactly)."""
    order = [doc[depth] for depth in range(max((len(d) for d in per_doc), default=0))
             for doc in per_doc if depth < len(doc)]
    out: list[str] = []
    for sentence in order:
        room = words - sum(len(s.split()) for s in out)
        if room <= 0:
            break
        out.append(" ".join(sentence.split()[:room]))
    return " ".join(out)


def evaluate(workspace: Path) -> dict[str, float]:
    refs = references(workspace)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / workspace.name
        if (workspace / "briefgen.toml").is_file():
            shutil.copytree(workspace, copy, ignore=shutil.ignore_patterns(
                "output", "notes", "history", ".briefgen-cache", "digest.txt"))
        else:  # a benchmarks/eval cluster: its sources only
            subprocess.run([sys.executable, "-m", "briefgen", "init", str(copy)], check=True, capture_output=True)
            for path in (workspace / "sources").iterdir():
                shutil.copy(path, copy / "sources" / path.name)
        run = subprocess.run([sys.executable, "-m", "briefgen", "-w", str(copy), "build", "--audience", "executive",
                              "--format", "md"], capture_output=True, text=True)
        if run.returncode != 0:
            raise SystemExit(f"{workspace}: build failed: {run.stderr.strip().splitlines()[-1:]}")
        text = spelt(body((copy / "output" / "executive.md").read_text(encoding="utf-8")))
        per_doc = cluster_sentences(copy)
    words = len(text.split())
    baseline = spelt(lead(per_doc, words))

    def mean(candidate: str, n: int) -> float:
        return sum(recall(candidate, ref, n) for ref in refs) / len(refs)

    r2 = mean(text, 2)
    return {"r1": round(mean(text, 1), 4), "r2": round(r2, 4), "words": words,
            "r2/100w": round(100 * r2 / words, 4) if words else 0.0,
            "lead r1": round(mean(baseline, 1), 4), "lead r2": round(mean(baseline, 2), 4)}


COLUMNS = ("r1", "r2", "words", "r2/100w", "lead r1", "lead r2")


def main() -> None:
    args = sys.argv[1:]
    as_json = "--json" in args
    workspaces = [Path(a) for a in args if a != "--json" and Path(a).is_dir() and references(Path(a))]
    if not workspaces:
        raise SystemExit(__doc__)
    results = {ws.name: evaluate(ws) for ws in workspaces}
    results["mean"] = {c: round(sum(r[c] for r in results.values()) / len(workspaces), 4) for c in COLUMNS}
    if as_json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'workspace':<20}" + "".join(f"{c:>10}" for c in COLUMNS))
    for name, scores in results.items():
        print(f"{name:<20}" + "".join(f"{scores[c]:>10.4f}" if c != "words" else f"{scores[c]:>10.0f}"
                                      for c in COLUMNS))


if __name__ == "__main__":
    main()
