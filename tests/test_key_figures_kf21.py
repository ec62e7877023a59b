"""A Key-figures row says what its figure measures, for when, as first reported (kf21; invented text)."""
from briefgen.keyfigures import (
    FigureGroup,
    complement_measure,
    gerund_subject,
    own_deadline,
    saying_period,
)
from briefgen.models import Figure, Note, Span
from briefgen.notes.figures import find_figures


def _fig(sentence: str, text: str) -> Figure:
    return next(f for f in find_figures(sentence) if f.text == text)


def _note(i: str, quote: str) -> Note:
    return Note(id=i, kind="figure", quote=quote, span=Span(source=i, start=0, end=len(quote)),
                figures=find_figures(quote))


def test_money_labelled_by_the_measure_it_is_the_amount_of() -> None:
    cases = [
        ("The province offered 45 million euros of support to keep the mill open.", "45 million euros", "support"),
        ("The carrier expects annual savings of 19 million pounds from the merger.", "19 million pounds", "annual savings"),
        ("Halvard Bank raised its price target on Ostrel to 212 crowns from 190 crowns.", "212 crowns", "price target"),
        ("The ministry is lifting the weekly allowance from 31.50 pesos to 36.20 pesos by June 2028.", "36.20 pesos",
         "weekly allowance"),
    ]
    for said, text, label in cases:
        assert complement_measure(said, _fig(said, text)) == label


def test_no_label_where_no_phrase_gives_the_measure() -> None:
    said = "Revenue at Ostrel rose to 4.1 billion crowns."
    assert complement_measure(said, _fig(said, "4.1 billion crowns")) == ""
    share = "The ferry ran at 41% of capacity last year."
    assert complement_measure(share, _fig(share, "41%")) == ""  # a share is not "capacity"


def test_period_of_the_figure_own_clause() -> None:
    said = "The council voted on Wednesday to lift the floor from 14.10 euros to 16.40 euros in three steps by January 2029."
    assert own_deadline(said, _fig(said, "16.40 euros")) == "by January 2029"
    plain = "The council said on Wednesday the floor would be 16.40 euros."
    assert own_deadline(plain, _fig(plain, "16.40 euros")) == ""
    assert saying_period("this week") and saying_period("on Tuesday") and not saying_period("2029")


def test_row_takes_no_other_source_week() -> None:
    own = "The ministry is lifting the weekly allowance from 31.50 pesos to 36.20 pesos in two steps by June 2028."
    other = "The ministry, which set the allowance at 36.20 pesos this week, met unions on Friday."
    group = FigureGroup()
    group.add(_fig(own, "36.20 pesos"), _note("a", own), "2026-05-04", 0)
    group.add(_fig(other, "36.20 pesos"), _note("b", other), "2026-05-06", 1)
    assert group.shown().period in ("", "by June 2028")
    plain = "The ministry said the weekly allowance will rise to 36.20 pesos."
    alone = FigureGroup()
    alone.add(_fig(plain, "36.20 pesos"), _note("a", plain), "2026-05-04", 0)
    alone.add(_fig(other, "36.20 pesos"), _note("b", other), "2026-05-06", 1)
    assert alone.shown().period != "this week"  # the week the other source said it in


def test_gerund_subject_is_rhetoric_not_a_level() -> None:
    said = "Stacking a 7% levy on growers who already sell at a loss will not save the orchards."
    assert gerund_subject(said, _fig(said, "7%"))
    for plain, text in [("Funding of 4 million euros was approved on Monday.", "4 million euros"),
                        ("Having said that, exports rose 7% and will rise again.", "7%"),
                        ("The levy of 7.2% will apply from July.", "7.2%")]:
        assert not gerund_subject(plain, _fig(plain, text))


def test_earlier_value_dated_by_the_first_source_that_states_it() -> None:
    first = "The growers' federation forecast 3,400 job losses in the region."
    again = "The federation, which has forecast 3,400 job losses, met the minister on Friday."
    later = "The federation now forecasts 2,900 job losses in the region."
    a, b, c = FigureGroup(), FigureGroup(), FigureGroup()
    a.add(_fig(first, "3,400 job losses"), _note("a", first), "2026-05-07", 0)
    b.add(_fig(again, "3,400 job losses"), _note("b", again), "2026-05-09", 0)
    c.add(_fig(later, "2,900 job losses"), _note("c", later), "2026-05-12", 0)
    b.replaced_by = c  # only the repetition was linked to the new value
    history = c.earlier([a, b, c])
    assert [(e.value, e.date) for e in history] == [(3400.0, "2026-05-07")]


def test_verb_label_gives_way_to_the_measure_it_moves() -> None:
    from briefgen.keyfigures import verb_label
    said = "We estimate the merger lifts Ostrel's operating margin to 5.1% in 2027 from 4.2% this year."
    assert verb_label("lifts") and not verb_label("operating margin")
    assert complement_measure(said, _fig(said, "5.1%")) == "operating margin"
