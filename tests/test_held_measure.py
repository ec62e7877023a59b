"""Two values are one quantity only when their measure agrees (estimates.held_apart): invented text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import estimates, features


def _same(i, hi, j, hj):
    return hi.lower().removeprefix("the ") == hj.lower().removeprefix("the ")


def _apart(texts, dates=None, owners=None):
    groups = list(range(len(texts)))
    dates = dates or [f"2026-04-{10 + i:02d}" for i in groups]
    owners = owners or [""] * len(texts)
    return estimates.held_apart(texts, [features.find_figures(t) for t in texts], groups, dates, owners, _same)


WHOLE = "About 96,000 nurses, or roughly a third of the health workforce, will get the new allowance, the ministry said."
PART = "Health Secretary Ona Brill said the delay would affect about 14,000 of the nurses covered by the allowance."


def test_a_count_of_a_part_is_not_the_whole_count():
    assert not _apart([WHOLE, PART])


def test_jobs_lost_and_jobs_added_are_two_quantities_but_losses_told_two_ways_are_one():
    added = "The Harbour Board said the terminal would add about 900 jobs by 2030."
    lost = "The Shippers' Federation estimates the levy could cost about 3,000 jobs."
    assert not _apart([added, lost])
    found = _apart([lost, "The Institute for Trade Studies said the levy would reduce employment by about 800 jobs."])
    assert [(i, j) for i, j, _, _ in found] == [(0, 1)]


def test_counts_at_two_places_are_two_quantities():
    port = "The Harbour Board said the terminal would add about 900 jobs at the port."
    region = "The Chamber of Commerce said the terminal would add about 1,500 jobs in the region."
    assert not _apart([port, region])


def test_a_value_a_later_sentence_replaces_drops_out_and_the_latest_value_is_set_against():
    first = "The harbour board said the dredging would cost about 310 million euros."
    other = "Consultancy Marlow puts the cost of the dredging at 420 million euros."
    later = "The Port of Tessel raised its estimate of the cost of the dredging to 355 million euros from 310 million."
    found = _apart([first, other, later])
    assert [(i, j) for i, j, _, _ in found] == [(1, 2)]


def test_a_third_holder_of_one_quantity_is_set_against_the_first_too():
    one = "The Retailers' Association estimates the tax would cost about 9,000 jobs."
    two = "The Budget Office said the tax would reduce employment by about 2,000 jobs."
    three = "The Labour Research Unit said the tax would reduce employment by about 1,500 jobs."
    pairs = {frozenset(h) for _, _, h, _ in _apart([one, two, three])}
    assert frozenset(("The Retailers' Association", "The Budget Office")) in pairs
    assert any("The Labour Research Unit" in p for p in pairs)


def test_it_after_a_body_named_by_its_common_noun_is_that_body():
    before = "The port authority said the plan was approved on Thursday."
    assert estimates.named_lead("It estimated 1.2 million extra containers a year.", before).startswith(
        "The port authority estimated")


@given(st.integers(min_value=2, max_value=60).map(lambda k: k * 1000))
def test_a_part_of_any_size_is_never_the_whole(part):
    text = f"Minister Ana Ruiz said the change would affect about {part:,} of the nurses covered by the allowance."
    assert not _apart([WHOLE, text])
