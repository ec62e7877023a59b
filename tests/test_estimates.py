"""Parties as named actors, 'against' as a stance, and estimates set against another party's (invented text)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import estimates, features
from briefgen.notes.conflicts import directions
from briefgen.notes.counterclaims import Parties
from briefgen.notes.disputes import Dispute


def _find(texts: list[str]) -> list[tuple[int, int, str]]:
    figures = [features.find_figures(t) for t in texts]
    return [(c.a, c.b, c.reason) for c in estimates.set_against(texts, figures, [0] * len(texts),
                                                                  features.find_figures)]


def test_own_estimate_set_against_a_held_figure() -> None:
    texts = ["The port authority says the dredging will cost 80 million dollars.",
             "That figure is too low.",
             "Our own review of the contracts suggests the bill will be closer to 130 million dollars."]
    found = _find(texts)
    assert [(a, b) for a, b, _ in found] == [(0, 2)]
    assert "80 million dollars vs 130 million dollars" in found[0][2]
    one = estimates.set_against(texts, [features.find_figures(t) for t in texts], [0, 0, 0], features.find_figures)[0]
    assert estimates.holders(texts, one, "Lena Ortiz") == ("Port authority", "Lena Ortiz")
    assert estimates.holders(texts, one, "") == ("Port authority", "")  # no writer named: no second side


def test_no_judgement_no_dispute() -> None:
    texts = ["The port authority says the dredging will cost 80 million dollars.",
             "Our own review covers the contracts signed since 2019 and 130 million dollars of other works."]
    assert _find(texts) == []


def test_a_body_revising_its_own_figure_names_no_second_holder() -> None:
    texts = ["The ministry said in March the scheme would cost 40 million euros.",
             "It now expects the bill to be closer to 52 million euros."]
    found = estimates.set_against(texts, [features.find_figures(t) for t in texts], [0, 0], features.find_figures)
    assert all(not all(estimates.holders(texts, one, "Jo Writer")) for one in found)


def test_other_source_is_not_answered() -> None:
    texts = ["The port authority says the dredging will cost 80 million dollars.",
             "Our own review suggests the bill will be closer to 130 million dollars."]
    figures = [features.find_figures(t) for t in texts]
    assert estimates.set_against(texts, figures, [0, 1], features.find_figures) == []


def test_one_sentence_against_another_holders_estimate() -> None:
    text = ("The growers hired consultancy Brightwater, which put the share of the crop lost to frost at about "
            "4 percent, against the inspectorate's estimate of 12 to 20 percent.")
    found = estimates.set_against([text], [features.find_figures(text)], [0], features.find_figures)
    assert [(c.a, c.b) for c in found] == [(0, -1)]
    assert estimates.holders([text], found[0], "") == ("Brightwater", "inspectorate")


def test_against_as_a_preposition_is_no_stance() -> None:
    assert "-against" not in directions("The bond is secured against the port's cranes and warehouses, she said.")
    assert "-against" in directions("The harbour board voted against the dredging plan.")
    assert "-against" in directions("The fishermen's guild is against the dredging plan.")


@given(st.sampled_from(["secured", "insured", "hedged", "guaranteed", "weighed", "protected"]))
def test_against_after_other_verbs_points_nowhere(verb: str) -> None:
    assert not any(way.endswith("against") for way in directions(f"The loan is {verb} against the fleet."))


def test_cut_name_is_the_whole_body() -> None:
    texts = ["The Federation of Growers and Pickers said it would accept the new contract terms.",
             '"We will not accept cuts to picking rates," federation president Ola Berg said.']
    parties = Parties(texts, [0, 0])
    side = parties.of(0, "Pickers")
    assert side is not None and "federation" in side.words
    assert parties.apart(0, 1, Dispute(0, 1, ("Pickers", "Federation"), ())) is None


def test_adjective_is_no_body_and_possessive_noun_no_party() -> None:
    texts = ["Provincial governor Dara Lenz accused the water board of hoarding supplies.",
             "The cooperative filed a challenge against the order, its lawyers said."]
    parties = Parties(texts, [0, 1])
    lenz = parties.of(0, "Dara Lenz")
    assert lenz is not None and lenz.label == "Dara Lenz (provincial governor)"
    assert parties.of(1, "Lawyers") is None


def test_a_speakers_own_estimate_named_as_his_answers_a_held_figure() -> None:
    texts = ["The port authority said the cost of the new quay had risen to 410 million euros.",
             "Harbour pilot union leader Dirk Mol said the new figure was still too low and repeated his estimate "
             "of 520 million euros."]
    assert [(a, b) for a, b, _ in _find(texts)] == [(0, 1)]


def test_an_own_estimate_given_instead_of_a_held_value_far_back() -> None:
    texts = ["The agency says its new tolls will raise 900 million crowns a year.",
             "That counts every lorry that crosses today.",
             "Hauliers have said they will reroute through the valley.",
             "Two depots have already moved.",
             "Put together, our central estimate of the revenue is 520 million crowns a year, not 900 million crowns."]
    assert [(a, b) for a, b, _ in _find(texts)] == [(0, 4)]
    # the same value repeated, not refused: nothing set against
    assert _find(["The agency says its new tolls will raise 900 million crowns a year.",
                  "Our own estimate is also 900 million crowns a year."]) == []


def _against(texts: list[str], groups: list[int] | None = None) -> list:
    return estimates.set_against(texts, [features.find_figures(t) for t in texts], groups or [0] * len(texts),
                                 features.find_figures)


def test_a_bare_own_value_answers_the_holders_value_before_it() -> None:
    texts = ["The regional board assumes traffic recovers to 9.6 million passengers in 2028 from 7 million now.",
             "We see 8.1 million."]
    found = _against(texts)
    assert [(c.a, c.b) for c in found] == [(0, 1)] and "9.6 million passengers" in found[0].reason
    assert estimates.holders(texts, found[0], "Lena Voss") == ("The regional board", "Lena Voss")


def test_a_bare_own_value_after_a_semicolon_is_a_second_holder() -> None:
    text = "The port authority puts annual throughput at 4.4 million containers; we see 3.9 million."
    found = _against([text])
    assert [(c.a, c.b) for c in found] == [(0, -1)]
    assert estimates.holders([text], found[0], "Harbour Analytics") == ("The port authority", "Harbour Analytics")


@given(st.sampled_from(["for the north wing alone", "of which the north wing takes"]))
def test_a_part_is_not_the_whole(part: str) -> None:
    texts = [f"The council puts the cost {part} at 2.4 million euros.", "We see 1.9 million euros."]
    assert _against(texts) == []


@given(st.floats(min_value=0.96, max_value=1.04))
def test_a_bare_own_value_within_rounding_or_a_longer_clause_is_no_conflict(ratio: float) -> None:
    value = round(50 * ratio, 1)
    assert _against(["The ministry estimates the harvest at 50 million tonnes.", f"We see {value} million tonnes."]) == []
    assert _against(["The ministry estimates the harvest at 50 million tonnes.",
                     "We see 40 million tonnes of exports."]) == []
    assert _against(["The ministry said the harvest was good.", "We see 40 million tonnes."]) == []


def test_an_own_value_by_think_and_a_sized_unit_are_held() -> None:
    texts = ["The roads agency said the repair would cost NOK 310 million.",
             "I think the repair will cost between NOK 450 million and NOK 500 million."]
    held = estimates.held_value(texts[1], features.find_figures(texts[1]), "Kari Moe")
    assert held is not None and held.holder == "Kari Moe" and (held.low, held.high) == (450e6, 500e6)
    text = "The growers' union said it expected members to harvest 2.2 million 50-kg sacks this season."
    held = estimates.held_value(text, features.find_figures(text))
    assert held is not None and held.figure.unit == "sacks"


def _answers(texts: list[str]) -> list[tuple[int, int]]:
    figures = [features.find_figures(t) for t in texts]
    return [(c.a, c.b) for c in estimates.set_against(texts, figures, [0] * len(texts), features.find_figures)]


def test_a_heading_that_judges_another_holders_figure_sets_the_writers_value_against_it() -> None:
    texts = ["The saving is smaller than the water board says.",
             "The water board estimates that the new filters will cut household bills by 40 to 50 kronor a month.",
             "Our tariff model puts the saving at 15 to 20 kronor a month, because fixed charges rise in 2028."]
    assert _answers(texts) == [(1, 2)]


def test_the_writers_model_puts_a_value_on_the_quantity_another_holder_gave_without_a_kept_judgement() -> None:
    texts = ["The ferry line expects 1,900 passengers a day in its first season.",
             "Comparable routes have reached about half of their forecasts in the first season.",
             "Our demand model puts first-season traffic at 900 to 1,100 passengers a day."]
    assert _answers(texts) == [(0, 2)]


def test_the_writers_value_of_another_quantity_in_the_same_unit_answers_nothing() -> None:
    texts = ["The ministry expects exports of 3 million tonnes this year.",
             "Our model puts imports at 1.2 million tonnes."]
    assert _answers(texts) == []


@given(st.sampled_from(["imports", "stocks", "consumption", "output of the mills"]))
def test_a_named_quantity_absent_from_the_held_sentence_is_never_answered(what: str) -> None:
    texts = ["The agency expects exports of 40,000 tonnes a month.", f"Our model puts {what} at 25,000 tonnes a month."]
    assert _answers(texts) == []


def test_a_figure_named_as_one_already_given_is_not_the_speakers_value() -> None:
    referred = 'Chief planner Ines Varga said the €46 million figure "counts roads that have no funding yet."'
    assert estimates.held_values(referred, features.find_figures(referred)) == []
    kept = "Chief planner Ines Varga said the council's plan would need about 3,400 homes, a figure she estimated in May."
    assert [h.figure.value for h in estimates.held_values(kept, features.find_figures(kept))] == [3400.0]


def test_a_holder_putting_the_figure_higher_answers_the_value_before() -> None:
    texts = ["Repairs to the flooded depot will cost the operator an estimated 3.5 million crowns a month.",
             "The work should end in spring.",
             "The Tram Users' League puts the figure far higher, at 6 million crowns a month, counting lost fares."]
    found = _find(texts)
    assert [(a, b) for a, b, _ in found] == [(0, 2)]
    assert "3.5 million crowns a month vs 6 million crowns a month" in found[0][2]
    one = estimates.set_against(texts, [features.find_figures(t) for t in texts], [0, 0, 0], features.find_figures)[0]
    assert estimates.holders(texts, one, "Nordbank Research") == ("Nordbank Research", "Tram Users' League")
    assert estimates.holders(texts, one, "") == ("", "Tram Users' League")  # a news report: no side of its own


def test_putting_the_figure_higher_needs_a_value_on_that_side_of_the_same_rate() -> None:
    lower = ["Repairs will cost an estimated 3.5 million crowns a month.",
             "The Tram Users' League puts the figure higher, at 2 million crowns a month."]
    assert _find(lower) == []  # "higher" but a smaller value: not the figure before
    other_rate = ["Repairs will cost an estimated 3.5 million crowns a month.",
                  "The Tram Users' League puts the figure higher, at 6 million crowns a year."]
    assert _find(other_rate) == []
