"""Rank sentences across the whole corpus and pick non-redundant ones.

Score = reliability x (centrality to the corpus + centrality to its own
source + position in the source + a length prior). Centrality is cosine
similarity of TF-IDF vectors to centroids, which is linear in the number of
sentences (no all-pairs matrix). Redundancy is removed with a greedy
maximal-marginal-relevance pass that compares each pick only with the picks
already made.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from briefgen.coverage import lead_weight
from briefgen.words import STOP_WORDS

#: How much a source's notes count, by reliability tier. Reporting weighs alike whether its kind
#: is known or not: when "news report" (1.0) outweighed "unrated" (0.85), recognising more
#: sources as news (stop 22) reshuffled every cluster's ranking and cost the digest .010 of
#: ROUGE-2 at 250 words (benchmarks/eval_rouge.py); comment weighs less, being comment.
RELIABILITY_WEIGHT = {
    "news report": 1.0,
    "analysis": 1.0,
    "unrated": 1.0,
    "opinion": 0.7,
    "forum comment": 0.55,
}


_TOKEN = re.compile(r"(?u)\b[A-Za-z][A-Za-z0-9'-]+\b")


def vectorize(texts: Sequence[str], ngrams: int = 2) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows (unigrams, and bigrams when ngrams=2; briefgen.words stop words removed).

    Terms are lower-cased tokens of two or more characters starting with a letter; a bigram
    joins two neighbouring tokens left after stop words are removed. tf is 1 + ln(count), idf
    is ln((1 + n) / (1 + df)) + 1. Columns are numbered in order of first appearance, so the
    result is exact (no hashing collisions) and the same on every run. Written here rather
    than taken from scikit-learn, whose import alone cost about a second of every refresh."""
    if not texts:
        return sparse.csr_matrix((0, 0))
    stop = STOP_WORDS
    columns: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    counts: list[int] = []
    for text in texts:
        tokens = [t for t in _TOKEN.findall(text.lower()) if t not in stop]
        terms = tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)] if ngrams == 2 else tokens
        row = Counter(columns.setdefault(term, len(columns)) for term in terms)
        indices.extend(row)
        counts.extend(row.values())
        indptr.append(len(indices))
    if not columns:  # only stop words
        return sparse.csr_matrix((len(texts), 1))
    column = np.asarray(indices, dtype=np.int64)
    tf = 1.0 + np.log(np.asarray(counts, dtype=np.float64))
    df = np.bincount(column, minlength=len(columns))
    idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    matrix = sparse.csr_matrix((tf * idf[column], column, np.asarray(indptr, dtype=np.int64)),
                               shape=(len(texts), len(columns)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    normalised = (sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ matrix).tocsr()
    normalised.sort_indices()
    return normalised


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique(values) by sorting: NumPy 2's hash-based np.unique took a second on the
    million pair codes of 1,000 sources (links.candidate_pairs), ten times a sort."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def _centroid_similarity(matrix: sparse.csr_matrix, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Cosine of each row to the corpus centroid (sources weighed equally) and to its own source's centroid."""
    n_groups = int(groups.max()) + 1 if len(groups) else 0
    membership = sparse.csr_matrix(
        (np.ones(len(groups)), (groups, np.arange(len(groups)))), shape=(n_groups, len(groups))
    )
    sums = membership @ matrix
    counts = np.asarray(membership.sum(axis=1)).ravel()
    centroids = sparse.diags(1.0 / np.maximum(counts, 1)) @ sums
    corpus = np.asarray(centroids.mean(axis=0)).ravel()
    norm = np.linalg.norm(corpus)
    to_corpus = matrix @ (corpus / norm) if norm else np.zeros(matrix.shape[0])
    centroid_norms = np.sqrt(np.asarray(centroids.multiply(centroids).sum(axis=1)).ravel())
    own = np.asarray(matrix.multiply(centroids[groups]).sum(axis=1)).ravel()
    to_own = own / np.maximum(centroid_norms[groups], 1e-12)
    return np.asarray(to_corpus).ravel(), to_own


def _scaled(values: np.ndarray) -> np.ndarray:
    top = values.max() if len(values) else 0.0
    return values / top if top > 0 else values


def score(
    matrix: sparse.csr_matrix,
    groups: Sequence[int],
    positions: Sequence[int],
    lengths: Sequence[int],
    reliability: Sequence[float],
) -> np.ndarray:
    """Rank scores in 0..1 for each row."""
    if matrix.shape[0] == 0:
        return np.zeros(0)
    group_array = np.asarray(groups, dtype=np.int64)
    to_corpus, to_own = _centroid_similarity(matrix, group_array)
    position = np.array([lead_weight(p) for p in positions])
    length = np.array([min(1.0, n / 18.0) * (1.0 if n <= 45 else math.exp(-(n - 45) / 30.0)) for n in lengths])
    raw = (
        0.45 * _scaled(to_corpus)
        + 0.2 * _scaled(to_own)
        + 0.25 * position
        + 0.10 * length
    ) * np.asarray(reliability)
    return np.round(_scaled(raw), 4)


def pick_diverse(
    matrix: sparse.csr_matrix,
    order: Sequence[int],
    *,
    limit: int,
    max_similarity: float = 0.5,
) -> list[int]:
    """Greedy selection in *order*, skipping rows too similar to one already picked.

    *order* holds one source's rows (tens), so their pairwise similarities are one small
    dense product."""
    if not order:
        return []
    rows = np.asarray(order)
    low = int(rows.min())
    if int(rows.max()) - low + 1 == len(rows):  # one source's rows: a slice, far cheaper than fancy indexing
        block = matrix[low:low + len(rows)]
        product = (block @ block.T).toarray()[np.ix_(rows - low, rows - low)]
    else:
        chosen = matrix[rows]
        product = (chosen @ chosen.T).toarray()
    similar = product > max_similarity
    np.fill_diagonal(similar, False)
    picked: list[int] = []
    blocked = np.zeros(len(rows), dtype=bool)
    for position, index in enumerate(order):
        if len(picked) >= limit:
            break
        if blocked[position]:
            continue
        picked.append(index)
        blocked |= similar[position]
    return picked
