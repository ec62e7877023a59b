"""The cross-source step's speed-ups (perf10) give what the plain forms they replace give."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from briefgen.notes import counterclaims, disputes, extract, links, outlooks

SENTENCES = [
    "The harbour board blamed the pilots' union for the delays, a charge the union rejected.",
    "Analysts at Kestrel Partners expect tonnage to fall next year, while the port expects it to rise.",
    "The council called the silt build-up a serious risk to the berths.",
    "Forty-one members voted for the dredging levy and 29 against it.",
    "The dredger Albatros arrived in Ostmark on Tuesday.",
    "A spokeswoman for the ministry denied that the survey had been suppressed.",
    "The union said the cuts were not a problem for safety.",
    "",
]


@given(st.lists(st.sampled_from(SENTENCES), min_size=0, max_size=6))
@settings(max_examples=30, deadline=None)
def test_quick_looks_are_the_quick_looks(quotes: list[str]) -> None:
    bits = [extract.quick_looks(q) for q in quotes]
    for quote, b in zip(quotes, bits, strict=True):
        assert bool(b & extract.MAY_BLAME) == counterclaims.may_blame(quote)
        assert bool(b & extract.MAY_ASSESS) == counterclaims.may_assess(quote)
        assert bool(b & extract.MAY_REBUT) == disputes.may_rebut(quote)
        assert bool(b & extract.MAY_VIEW) == outlooks.may_view(quote)
        assert bool(b & extract.MAY_SPLIT) == outlooks.may_split(quote)


def test_quick_looks_are_taken_with_the_looks() -> None:
    drafts = [{"quote": q, "figures": []} for q in SENTENCES]
    seen = extract.looks(drafts)  # type: ignore[arg-type]
    assert seen.quick == tuple(extract.quick_looks(q) for q in SENTENCES)
    assert any(b & extract.MAY_BLAME for b in seen.quick) and any(b & extract.MAY_VIEW for b in seen.quick)


def _codes_bucket_by_bucket(members: np.ndarray, starts: np.ndarray, sizes: np.ndarray, cap: int,
                            groups: np.ndarray) -> set[int]:
    """The pair codes as candidate_pairs made them before perf10: one bucket at a time."""
    out: set[int] = set()
    for start, size in zip(starts, sizes, strict=True):
        if size < 2 or size > cap:
            continue
        bucket = members[start:start + size]
        for i in range(size):
            for j in range(i + 1, size):
                if groups[bucket[i]] != groups[bucket[j]]:
                    out.add(int(bucket[i]) * len(groups) + int(bucket[j]))
    return out


@given(st.lists(st.lists(st.integers(0, 39), min_size=0, max_size=9, unique=True), max_size=30),
       st.lists(st.integers(0, 6), min_size=40, max_size=40), st.integers(2, 9))
def test_bucket_codes_are_those_of_each_bucket(buckets: list[list[int]], groups: list[int], cap: int) -> None:
    members = np.array([m for bucket in buckets for m in sorted(bucket)], dtype=np.int64)
    sizes = np.array([len(b) for b in buckets], dtype=np.int64)
    starts = np.r_[0, np.cumsum(sizes)[:-1]].astype(np.int64) if len(buckets) else np.zeros(0, dtype=np.int64)
    group_array = np.array(groups, dtype=np.int64)
    codes = links._bucket_codes(members, starts, sizes, cap, group_array)
    assert set(codes.tolist()) == _codes_bucket_by_bucket(members, starts, sizes, cap, group_array)


@given(st.integers(2, 300), st.integers(3, 200), st.integers(0, 10_000))
@settings(max_examples=20, deadline=None)
def test_candidate_pairs_come_from_two_sources(rows: int, terms: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    matrix = sparse.random(rows, terms, density=min(1.0, 6 / terms), format="csr", random_state=seed)
    groups = [int(g) for g in rng.integers(0, max(1, rows // 5), rows)]
    found = links.candidate_pairs(matrix, groups)
    assert len({(a, b) for a, b, _ in found}) == len(found)
    for a, b, sim in found:
        assert a < b and groups[a] != groups[b]
        assert abs(sim - float(matrix[a].multiply(matrix[b]).sum())) < 1e-9
