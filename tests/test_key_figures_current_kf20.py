"""A row shows the quantity's current value: a later price for a body named short, a moved date, and no
row for a reference back to an overtaken value (kf20; invented text)."""
import datetime as dt

from briefgen.keyfigures import FigureGroup, names_value, other_subjects, refer_to_overtaken, subject_names
from briefgen.models import Figure
from briefgen.notes.figures import find_figures
from briefgen.supersede import moved_date


def _fig(sentence: str, text: str) -> Figure:
    return next(f for f in find_figures(sentence) if f.text == text)


def test_short_name_a_source_introduced_is_the_same_body() -> None:
    first = ("Kestrel Harbour is 40 percent owned by Valmont Shipping Holdings, which is listed in Oslo. "
             "Shares in Valmont rose 3.1 percent to 212 crowns.")
    later = "Shares in Valmont Shipping Holdings fell 2.0 percent to 204 crowns."
    a = subject_names(first, _fig(first, "212 crowns"))
    b = subject_names(later, _fig(later, "204 crowns"))
    assert not other_subjects(a, b, [first], [later])


def test_a_prefix_no_text_writes_whole_stays_another_body() -> None:
    first = "Shares in Valmont rose 3.1 percent to 212 crowns."
    later = "Shares in Valmont Shipping Holdings fell 2.0 percent to 204 crowns."
    a = subject_names(first, _fig(first, "212 crowns"))
    b = subject_names(later, _fig(later, "204 crowns"))
    assert other_subjects(a, b, [first], [later])


def test_last_words_are_no_short_form() -> None:
    text = "South Tyrol counted 63 wolves; Tyrol counted 40."
    assert other_subjects(frozenset({"south tyrol"}), frozenset({"tyrol"}), [text], [text])


def test_later_sentence_moves_the_value_date() -> None:
    figure = _fig("The pension age rises to 67 from 66.", "67")
    said = "The pension age will now reach 67 in March 2034 rather than March 2033, the ministry said."
    assert moved_date(said, figure, "March 2033", dt.date(2026, 2, 1), dt.date(2026, 6, 1)) == "March 2034"


def test_no_move_without_the_old_date_named_or_for_another_value() -> None:
    figure = _fig("The pension age rises to 67 from 66.", "67")
    assert moved_date("The pension age will reach 67 in March 2034.", figure, "March 2033",
                      dt.date(2026, 2, 1), dt.date(2026, 6, 1)) is None
    assert moved_date("It will reach 68 in March 2034 rather than March 2033.", figure, "March 2033",
                      dt.date(2026, 2, 1), dt.date(2026, 6, 1)) is None


def test_reference_back_names_a_value() -> None:
    said = "Investors still treat the 3.4 billion euro figure as final."
    assert names_value(said, find_figures(said)[0])
    plain = "The bridge will cost 3.4 billion euros."
    assert not names_value(plain, find_figures(plain)[0])


def test_reference_back_to_an_overtaken_value_is_its_history() -> None:
    from briefgen.models import Note, Span

    def note(i: str, quote: str) -> Note:
        return Note(id=i, kind="figure", quote=quote, span=Span(source=i, start=0, end=len(quote)), figures=find_figures(quote))

    old_q, new_q = "The bridge will cost 3.4 billion euros.", "The bridge will now cost 3.9 billion euros."
    ref_q = "Investors still treat the 3.4 billion euro figure as final."
    old, new, ref = FigureGroup(), FigureGroup(), FigureGroup()
    old.add(_fig(old_q, "3.4 billion euros"), note("a", old_q), "2026-01-01", 0)
    new.add(_fig(new_q, "3.9 billion euros"), note("b", new_q), "2026-03-01", 0)
    ref.add(find_figures(ref_q)[0], note("c", ref_q), "2026-02-01", 0)
    old.replaced_by = new
    refer_to_overtaken([old, new, ref])
    assert ref.replaced_by is new
    assert new.replaced_by is None
