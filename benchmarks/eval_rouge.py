"""ROUGE-1/2 recall of `briefgen digest` at 100 and 250 words against human-written
summaries, next to four classic baselines on the same sentences and the same word budget:

    lead      first sentence of each source, then the second of each, ... (news lead baseline)
    centroid  sentences closest to the TF-IDF centroid of the cluster, skipping near-repeats
    textrank  PageRank over the graph of sentences sharing words (Mihalcea & Tarau's overlap
              similarity, normalised by log lengths), skipping near-repeats
    lexrank   continuous LexRank (Erkan & Radev): PageRank by power iteration over the TF-IDF
              cosine graph, edges below 0.1 dropped, skipping near-repeats
    bigrams   greedy coverage of the cluster's bigrams weighted by how many sources hold them
              (Gillick & Favre's concepts, greedy instead of an ILP)

A cluster is a folder with `sources/` (any format briefgen reads), `summary.txt` (one or
more human summaries of about 100 words separated by a line `---`) and optionally
`summary-250.txt` (the same for about 250 words; a budget of 250 words or more is scored
against it when present, else against `summary.txt`). Tokens are lower-cased
words and numbers; no stemming, no stop-word removal (as ROUGE's defaults).

Run: python benchmarks/eval_rouge.py [--words 100,250] [--table] [--split dev|heldout] [--pool notes|digest] CLUSTER_DIR...
     python benchmarks/eval_rouge.py benchmarks/eval/*      (the clusters shipped here)
--table prints a Markdown table of ROUGE-2 recall per cluster and system (JSON otherwise).
--split keeps the development clusters or only the held-out ones: the clusters named in
`heldout.txt` next to them (one name per line) are kept out of development, so that the
digest is tuned on one set and judged on another. Without it both sets are scored and
their means are reported apart ("mean dev", "mean heldout") as well as together.
--pool digest draws the baselines from the statements the digest chooses among (every candidate sentence
a reader can take on its own, or with the sentence before it) instead of every candidate sentence:
selection compared with selection on the same sentences. --pool notes draws them from the notes only
(briefgen's extraction keeps about 40% of a source's candidate sentences).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

WORDS = (100, 250)
_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def recall(candidate: str, reference: str, n: int) -> float:
    def grams(words: list[str]) -> Counter[tuple[str, ...]]:
        return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))

    cand, ref = grams(tokens(candidate)), grams(tokens(reference))
    total = sum(ref.values())
    return sum(min(count, cand[gram]) for gram, count in ref.items()) / total if total else 0.0


def _budget(sentences: list[str], order: list[int], words: int, skip_similar: bool = True) -> str:
    chosen: list[str] = []
    used = 0
    seen: list[set[str]] = []
    for index in order:
        text = sentences[index]
        length = len(text.split())
        if used + length > words:
            continue
        bag = set(tokens(text))
        if skip_similar and any(len(bag & other) / max(1, min(len(bag), len(other))) > 0.6 for other in seen):
            continue
        chosen.append(text)
        seen.append(bag)
        used += length
    return " ".join(chosen)


def note_sentences(workspace: Path, wider: bool = False) -> list[list[str]]:
    """Each source's notes as the digest may state them, in source order (notes must be made);
    *wider*: with the other candidate sentences the digest chooses among."""
    from dataclasses import replace

    from briefgen import notes as notes_stage
    from briefgen.compose import readable_notes, statement
    from briefgen.ingest import read_sources
    from briefgen.workspace import load_config

    config = load_config(workspace)
    docs = read_sources(config).docs
    noteset = notes_stage.load(config, docs)
    if wider:
        noteset = replace(noteset, notes=noteset.notes + notes_stage.candidates(config, docs, noteset))
    per_source: dict[str, list[tuple[int, str]]] = {}
    for note in readable_notes(noteset):
        per_source.setdefault(note.span.source, []).append((note.span.start, statement(note)))
    return [[text for _, text in sorted(per_source[doc.id])] for doc in noteset.sources if doc.id in per_source]


def cluster_sentences(workspace: Path) -> list[list[str]]:
    """Each source's candidate sentences in order, as briefgen reads and cleans them."""
    from briefgen.ingest import read_sources
    from briefgen.notes.features import is_candidate, trim_prefix
    from briefgen.workspace import load_config

    out = []
    for doc in read_sources(load_config(workspace)).docs:
        if doc.duplicate_of:
            continue
        sentences = []
        for sentence in doc.sentences:
            raw = doc.text[sentence.start:sentence.end]
            quote = raw[trim_prefix(raw):]
            if is_candidate(quote):
                sentences.append(" ".join(quote.split()))
        out.append(sentences)
    return out


_STOP = frozenset("a an the of to in on at for by with from and or but is are was were be been has have had "
                  "it its this that these those as said says will would could should may might not".split())


def _bigram_greedy(per_doc: list[list[str]], words: int) -> str:
    """Sentences chosen greedily for the weight of the new bigrams they cover per word, a
    bigram's weight being the number of sources that hold it (stop-word-only bigrams out)."""
    flat = [s for doc in per_doc for s in doc]

    def grams(text: str) -> set[tuple[str, str]]:
        toks = tokens(text)
        return {(a, b) for a, b in zip(toks, toks[1:], strict=False) if not (a in _STOP and b in _STOP)}

    weight: Counter[tuple[str, str]] = Counter()
    for doc in per_doc:
        weight.update(set().union(*(grams(s) for s in doc)) if doc else set())
    covered: set[tuple[str, str]] = set()
    chosen: list[int] = []
    used = 0
    while True:
        best, best_gain = -1, 0.0
        for index, text in enumerate(flat):
            length = len(text.split())
            if index in chosen or used + length > words:
                continue
            gain = sum(weight[g] for g in grams(text) - covered) / length
            if gain > best_gain:
                best, best_gain = index, gain
        if best < 0:
            break
        chosen.append(best)
        covered |= grams(flat[best])
        used += len(flat[best].split())
    return " ".join(flat[i] for i in chosen)


def _pagerank(weights: np.ndarray, damping: float = 0.85, steps: int = 100) -> np.ndarray:
    """Stationary scores of a random walk over the weighted graph (rows normalised; a row
    without edges jumps anywhere), by power iteration."""
    size = len(weights)
    rows = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, rows, out=np.full_like(weights, 1.0 / size), where=rows > 0)
    rank = np.full(size, 1.0 / size)
    for _ in range(steps):
        rank = (1 - damping) / size + damping * transition.T @ rank
    return rank


def baselines(per_doc: list[list[str]], words: int) -> dict[str, str]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    flat = [s for doc in per_doc for s in doc]
    lead_order = []
    for depth in range(max((len(d) for d in per_doc), default=0)):
        offset = 0
        for doc in per_doc:
            if depth < len(doc):
                lead_order.append(offset + depth)
            offset += len(doc)
    matrix = TfidfVectorizer(stop_words="english").fit_transform(flat)
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    centroid_scores = matrix @ centroid
    cosine = (matrix @ matrix.T).toarray()
    np.fill_diagonal(cosine, 0.0)
    lexrank = _pagerank(np.where(cosine >= 0.1, cosine, 0.0))
    bags = [set(tokens(s)) for s in flat]
    overlap = np.zeros((len(flat), len(flat)))
    for i, a in enumerate(bags):
        for j, b in enumerate(bags):
            if i != j and len(a) > 1 and len(b) > 1:
                overlap[i, j] = len(a & b) / (np.log(len(a)) + np.log(len(b)))
    textrank = _pagerank(overlap)
    return {
        "lead": _budget(flat, lead_order, words, skip_similar=False),
        "centroid": _budget(flat, list(np.argsort(-centroid_scores, kind="stable")), words),
        "textrank": _budget(flat, list(np.argsort(-textrank, kind="stable")), words),
        "lexrank": _budget(flat, list(np.argsort(-lexrank, kind="stable")), words),
        "bigrams": _bigram_greedy(per_doc, words),
    }


def ours(workspace: Path, words: int) -> str:
    run = subprocess.run([sys.executable, "-m", "briefgen", "digest", "--words", str(words), "--no-cite",
                          "-w", str(workspace)], capture_output=True, text=True, check=True)
    return run.stdout


def evaluate(cluster: Path, budgets: tuple[int, ...], pool: str = "sentences") -> dict[str, dict[str, float]]:
    """Scores per "system@words" for one cluster; the baselines choose among every candidate
    sentence, or among the notes (*pool* "notes"), or among what the digest chooses among
    (*pool* "digest")."""
    def references(words: int) -> list[str]:
        path = cluster / "summary-250.txt"
        if words < 250 or not path.is_file():
            path = cluster / "summary.txt"
        return [part.strip() for part in path.read_text(encoding="utf-8").split("\n---\n")]

    systems: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "ws"
        subprocess.run([sys.executable, "-m", "briefgen", "init", str(workspace)], check=True, capture_output=True)
        for path in (cluster / "sources").iterdir():
            shutil.copy(path, workspace / "sources" / path.name)
        per_doc = cluster_sentences(workspace)
        for words in budgets:
            systems[f"briefgen@{words}"] = ours(workspace, words)
            if pool in ("notes", "digest"):
                per_doc = note_sentences(workspace, wider=pool == "digest")
            systems.update({f"{name}@{words}": text for name, text in baselines(per_doc, words).items()})
    scores = {}
    for name, text in systems.items():
        refs = references(int(name.rsplit("@", 1)[1]))
        scores[name] = {
            "rouge1_recall": round(float(np.mean([recall(text, ref, 1) for ref in refs])), 4),
            "rouge2_recall": round(float(np.mean([recall(text, ref, 2) for ref in refs])), 4),
            "words": len(text.split()),
        }
    return scores


def markdown_table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    """ROUGE-2 recall per cluster (rows) and system@words (columns), the mean last."""
    systems = list(next(iter(results.values())).keys())
    lines = ["| cluster | " + " | ".join(systems) + " |", "|---" * (len(systems) + 1) + "|"]
    for cluster, scores in results.items():
        lines.append(f"| {cluster} | " + " | ".join(f"{scores[s]['rouge2_recall']:.4f}" for s in systems) + " |")
    return "\n".join(lines)


def held_out(cluster: Path) -> bool:
    """Whether the cluster is named in the `heldout.txt` of its folder."""
    listing = cluster.parent / "heldout.txt"
    names = listing.read_text(encoding="utf-8").split() if listing.is_file() else []
    return cluster.name in names


def _option(args: list[str], name: str) -> tuple[str | None, list[str]]:
    """The value of `name VALUE` in *args*, and the other arguments."""
    if name not in args:
        return None, args
    at = args.index(name)
    if at + 1 >= len(args):
        raise SystemExit(f"{name} needs a value\n\n{__doc__}")
    return args[at + 1], args[:at] + args[at + 2:]


def main() -> None:
    args = sys.argv[1:]
    table = "--table" in args
    args = [arg for arg in args if arg != "--table"]
    words, args = _option(args, "--words")
    budgets = tuple(int(w) for w in words.split(",")) if words else WORDS
    split, args = _option(args, "--split")
    if split not in (None, "dev", "heldout"):
        raise SystemExit(f"--split is dev or heldout, not {split!r}")
    pool, args = _option(args, "--pool")
    if pool not in (None, "sentences", "notes", "digest"):
        raise SystemExit(f"--pool is sentences, notes or digest, not {pool!r}")
    clusters = [Path(arg) for arg in args if (Path(arg) / "summary.txt").is_file()]  # other files are not clusters
    if split is not None:
        clusters = [c for c in clusters if held_out(c) == (split == "heldout")]
    if not clusters:
        raise SystemExit(__doc__)
    results = {cluster.name: evaluate(cluster, budgets, pool or "sentences") for cluster in clusters}
    systems = list(next(iter(results.values())).keys())
    groups = {"mean": clusters}
    if split is None and any(held_out(c) for c in clusters) and not all(held_out(c) for c in clusters):
        groups = {"mean dev": [c for c in clusters if not held_out(c)],
                  "mean heldout": [c for c in clusters if held_out(c)], "mean": clusters}
    for label, members in groups.items():
        results[label] = {
            system: {metric: round(float(np.mean([results[c.name][system][metric] for c in members])), 4)
                     for metric in ("rouge1_recall", "rouge2_recall", "words")}
            for system in systems
        }
    if table:
        print(markdown_table(results))
    else:
        print(json.dumps(results, indent=2))
    for label in groups:
        print(f"\n{label}: ROUGE-2 recall (ROUGE-1) [words]", file=sys.stderr)
        for system, score in results[label].items():
            print(f"  {system:<18} {score['rouge2_recall']:.4f} ({score['rouge1_recall']:.4f}) [{score['words']:.0f}]",
                  file=sys.stderr)


if __name__ == "__main__":
    main()
