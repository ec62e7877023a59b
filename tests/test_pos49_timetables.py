"""Stakeholder rows (pos49): a timetable -- the holder will tell, answer or settle something at a
stated time -- is no position; a stance, an act or a dispute move beside a date still is (invented text)."""
from __future__ import annotations

import pytest

from briefgen import sections


@pytest.mark.parametrize("text", [
    "Brandvik Foods, which employs 2,300 people, said it would update shareholders on a call on June 11.",
    "Corran Ratings said it would resolve the review within 60 days.",
    "Finance director Ola Nyberg said the board would revisit the dividend with half-year results in August.",
    "The trust said it would give further details at its meeting on Thursday.",
    "The ministry said it would respond to the auditors by March 31.",
])
def test_a_timetable_is_no_position(text: str) -> None:
    assert sections.logistics(text)
    assert not sections.position(text)


@pytest.mark.parametrize("text", [
    "The dockers' union said it would decide on a strike ballot by Friday.",
    "The watchdog said it had opened an inquiry into the charges and would report by May 2.",
    "Nyberg said the group must cut its debt and would update investors on progress in May.",
    "The ministry said it would not review the licence before 2027.",
    'The trust said it would announce on Monday that the wing "will close, whatever the cost".',
])
def test_a_stance_or_an_act_beside_a_timetable_stays_a_position(text: str) -> None:
    assert not sections.logistics(text)
    assert sections.position(text)
