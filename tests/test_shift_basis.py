"""A move told by its size overtakes the period it left; a share of another basis backs nothing."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from briefgen import supersede
from briefgen.notes import corroborate

LATER = dt.date(2026, 11, 20)


def test_shift_by_months_names_the_old_month() -> None:
    moves = supersede._period_moves(
        "The opening of the Vila Nova ferry terminal has been pushed back by six months to September 2027, "
        "the port authority said on Friday.", LATER)
    assert any(("2027-03", 2027) in old for _, old in moves)


def test_brought_forward_by_weeks_names_the_later_day() -> None:
    moves = supersede._period_moves("The referendum was brought forward by two weeks to 3 May, the council said.",
                                    dt.date(2026, 4, 2))
    assert any(("2026-05-17", 2026) in old for _, old in moves)


def test_shift_without_size_names_no_old_period() -> None:
    moves = supersede._period_moves("The opening has been pushed back to September 2027, the authority said.", LATER)
    assert moves and all(not old and new for new, old in moves)


def test_a_move_left_open_is_no_move() -> None:
    for text in ("The board said it would delay the launch to 2029.", "The opening may be postponed to 2029 if funds run short.",
                 "Output grew to 2029 tonnes."):
        assert not supersede._period_moves(text, LATER)


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12))
def test_month_shift_round_trips(n: int, month: int) -> None:
    months = "January February March April May June July August September October November December".split()
    moves = supersede._period_moves(
        f"The launch has been delayed by {n} months to {months[month - 1]} 2029, the agency said.", LATER)
    total = 2029 * 12 + month - 1 - n
    assert any((f"{total // 12:04d}-{total % 12 + 1:02d}", total // 12) in old for _, old in moves)


def test_share_of_another_basis_is_no_corroboration() -> None:
    first = "The penalty is equal to 2.7 percent of Ardent's global revenue, the regulator said."
    second = "The reduced penalty still equals 2.7 percent of the relevant revenue, the tribunal said."
    assert corroborate.other_basis(first, second)
    assert corroborate.overtaken(first, (), second, ())


def test_share_of_the_same_basis_agrees() -> None:
    assert not corroborate.other_basis("The levy equals 2.7 percent of its revenue.",
                                       "a levy of 2.7 percent of annual revenue, the ministry said")
    assert not corroborate.other_basis("2.7 percent of them", "2.7 percent of the relevant revenue")
