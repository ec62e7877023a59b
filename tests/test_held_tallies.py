"""Two named parties' running counts of one thing at about the same time (estimates.held_apart
with `held_values(tallies=True)`): invented text."""

from __future__ import annotations

from briefgen.notes import estimates, features


def _same(i, hi, j, hj):
    return hi.lower().removeprefix("the ") == hj.lower().removeprefix("the ")


def _apart(texts, groups, dates, before=None):
    owners = [""] * (max(groups) + 1)
    return estimates.held_apart(texts, [features.find_figures(t) for t in texts], groups, dates, owners, _same,
                                before=before)


PARK = "The parks department says 212 trees were felled in the storm."
GROUP = "The Tree Wardens Network says 340 trees were felled in the storm."


def test_two_parties_plain_counts_on_one_day_are_a_dispute():
    found = _apart([PARK, GROUP], [0, 1], ["2026-02-03", "2026-02-04"])
    assert [(i, j) for i, j, _, _ in found] == [(0, 1)]
    assert found[0][2] == ("The parks department", "The Tree Wardens Network")


def test_running_counts_a_week_apart_may_have_grown_and_are_no_dispute():
    assert not _apart([PARK, GROUP], [0, 1], ["2026-02-03", "2026-02-10"])
    assert not _apart([PARK, GROUP], [0, 1], ["", ""])  # no dates: not shown as a dispute


def test_one_party_updating_its_own_count_is_no_dispute():
    later = "The parks department said 260 trees were felled in the storm."
    assert not _apart([PARK, later], [0, 1], ["2026-02-03", "2026-02-04"])


def test_a_plain_count_is_held_only_with_tallies():
    figures = features.find_figures(PARK)
    assert not estimates.held_values(PARK, figures)
    held = estimates.held_values(PARK, figures, tallies=True)
    assert [(h.holder, h.figure.value, h.tally) for h in held] == [("The parks department", 212.0, True)]


def test_a_count_nobody_says_is_not_held():
    plain = "Some 212 trees were felled in the storm."
    assert not estimates.held_values(plain, features.find_figures(plain), tallies=True)


def test_a_bare_number_a_party_says_answers_the_count_before_it():
    texts = [PARK, "The wardens' network says 340."]
    found = _apart(texts, [0, 0], ["2026-02-03"], before=["", PARK])
    assert [(i, j) for i, j, _, _ in found] == [(0, 1)]
    assert "340" in found[0][3]


def test_a_bare_number_going_on_is_not_read_as_the_count():
    texts = [PARK, "The wardens' network says 340 volunteers will help replant."]
    assert not _apart(texts, [0, 0], ["2026-02-03"], before=["", PARK])


def test_the_holder_is_read_from_its_own_sentence():
    text = "Gates stayed shut after Saturday. The council said 64 burials had been postponed."
    held = estimates.held_values(text, features.find_figures(text), tallies=True)
    assert [h.holder for h in held] == ["The council"]
