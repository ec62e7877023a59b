"""Two sides whose amounts add up agree ("NZ$1.45 billion, up from NZ$1.1 billion" and "the extra NZ$350
million"); a side that gives the other's amount itself besides its own is no sum of them (a 9 percent claim
against a 4.5 percent offer is a dispute, though 9 - 4.5 is 4.5)."""

from __future__ import annotations

from briefgen.notes.extract import _adds_up


def _f(value: float, unit: str) -> dict[str, object]:
    return {"value": value, "unit": unit}


def test_an_extra_amount_that_is_the_difference_of_the_other_sides_two_agrees() -> None:
    assert _adds_up([_f(1.45e9, "NZD"), _f(1.1e9, "NZD")], [_f(3.5e8, "NZD")])
    assert _adds_up([_f(3.5e8, "NZD")], [_f(1.45e9, "NZD"), _f(1.1e9, "NZD")])


def test_a_side_that_gives_the_other_amount_itself_is_no_sum() -> None:
    union = [_f(9.0, "%"), _f(4.5, "%")]  # "wants a 9 percent pay rise ..., while Bluewake has offered 4.5 percent"
    company = [_f(4.5, "%")]  # "the company's offer of 4.5 percent ... was fair"
    assert not _adds_up(union, company) and not _adds_up(company, union)
    assert not _adds_up([_f(1.45e9, "NZD"), _f(1.1e9, "EUR")], [_f(3.5e8, "NZD")])  # another unit
