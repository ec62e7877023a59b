"""A quantity told on two days is one row with its history; a trading venue is no subject."""
from briefgen.keyfigures import other_subjects, subject_names
from briefgen.notes.figures import find_figures


def _fig(sentence: str, text: str):
    return next(f for f in find_figures(sentence) if f.text == text)


def test_level_after_a_move_told_where_traded_keeps_its_measure() -> None:
    said = "Corvana shares rose 4.4 percent in Oslo trading to 88.20 crowns."
    assert _fig(said, "88.20 crowns").measures == "corvana shares"


def test_trading_venue_names_no_subject() -> None:
    said = "Corvana shares rose 4.4 percent in Oslo trading to 88.20 crowns."
    assert subject_names(said, _fig(said, "88.20 crowns")) == frozenset()
    later = "Corvana shares fell 2.1 percent to 86.35 crowns."
    assert not other_subjects(subject_names(said, _fig(said, "88.20 crowns")),
                              subject_names(later, _fig(later, "86.35 crowns")), [said], [later])


def test_place_counted_in_is_still_a_subject() -> None:
    said = "Turnout in Upper Vellin reached 61 percent."
    assert subject_names(said, _fig(said, "61 percent")) == frozenset({"upper vellin"})
