"""Key-figure rows a reader understands: a price takes its security, a percentage its "of" phrase, a value
ranked "in the group at" its own measure, and a date's comma never cuts a row's words (invented text)."""

from briefgen.keyfigures import complement_measure, holder_label, price_of, scope_label, security_told_before
from briefgen.notes.figures import find_figures, own_words


def _figure(sentence: str, text: str):
    return next(f for f in find_figures(sentence) if f.text == text)


def test_price_takes_its_security_from_its_clause():
    s = "Shares in Brenmoor Textiles fell 3.1% to 2.84 pounds in London"
    assert holder_label(s, _figure(s, "2.84 pounds")) == "shares in Brenmoor Textiles"
    s = "Kestrel Air shares closed at 9.10 euros"
    assert holder_label(s, _figure(s, "9.10 euros")) == "Kestrel Air shares"


def test_price_of_an_unnamed_stock_has_no_holder():
    s = "The stock fell 1.4% to 7.35 euros"
    figure = _figure(s, "7.35 euros")
    assert price_of(s, figure)
    assert holder_label(s, figure) == ""
    s = "Analysts cut their price target on the stock to 5.20 euros"
    assert holder_label(s, _figure(s, "5.20 euros")) == ""


def test_percentage_holder_is_what_it_is_of():
    s = "The union said 23% of members had voted"
    assert holder_label(s, _figure(s, "23%")) == "of members"


def test_ranked_value_is_its_measure_not_the_group():
    s = "Tarsk had the highest occupancy in the chain at 91%"
    figure = _figure(s, "91%")
    assert scope_label("chain", s, figure) == "highest occupancy"
    assert scope_label("occupancy", s, figure) is None


def test_revised_estimate_names_its_measure():
    s = "The ministry revised its estimate of flood damage to about 420 million euros"
    assert complement_measure(s, _figure(s, "420 million euros")) == "flood damage"
    s = "The province said its grant of up to 30 million euros stood"
    assert complement_measure(s, _figure(s, "30 million euros")) == "grant"


def test_date_comma_is_never_a_cut():
    s = "The fare will rise to 3.20 euros on March 1, 2027, and to 3.50 euros a year later."
    assert own_words(s, "3.20 euros") == "The fare will rise to 3.20 euros on March 1, 2027"


def test_a_price_referring_back_takes_the_one_security_told_just_before():
    s = "Shares in Marrick Dairies fell 4% to 310p, while brokers at Onslow cut their target price for the company to 360p"
    assert security_told_before(s, "", _figure(s, "360p")) == "Marrick Dairies"
    s = "Tilde Asset cut its price target on the stock to 5.20 euros"
    figure = _figure(s, "5.20 euros")
    assert security_told_before(s, "Shares in Pellworth Foods rose 3% on Monday.", figure) == "Pellworth Foods"
    # a quote in between, two securities, or a named security in the clause itself: no referring back
    assert security_told_before(s, '"We will raise prices," the chief executive said.', figure) == ""
    assert security_told_before(s, "Shares in Pellworth Foods rose 3% and Garran Mills stock fell 2%.", figure) == ""
    s = "Kestrel Air shares closed at 9.10 euros"
    assert security_told_before(s, "Shares in Pellworth Foods rose 3% on Monday.", _figure(s, "9.10 euros")) == ""
