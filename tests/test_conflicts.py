"""Disagreements: real ones found, look-alikes left out (briefgen.notes.conflicts), and how a
brief shows a disagreement that one sentence states whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.notes.conflicts import claim, contrast, directions, disagreements, pair_conflict
from briefgen.notes.features import find_figures


def conflict(a: str, b: str, sim: float = 0.5) -> str:
    return pair_conflict(claim(a), claim(b), find_figures(a), find_figures(b), sim)


# ------------------------------------------------------------- two moments of one story

@pytest.mark.parametrize(("a", "b"), [
    ("The sailing club opened a boathouse shelter at Lake Orvik, where 60 people spent Friday night.",
     "The sailing club closed its boathouse shelter at Lake Orvik on Tuesday afternoon."),
    ("The tram depot reopened on Wednesday after the flood.",
     "The tram depot was shut again on Saturday when the river rose."),
    ("The bank raised its deposit rate to 3 percent in February.",
     "The bank cut its deposit rate to 2.5 percent in October."),
    ("Organisers expected about 8,000 visitors at the harbour festival on Sunday.",
     "About 5,200 visitors came to the harbour festival on Sunday, organisers said."),
    ("Firefighters said 9 homes were damaged in the blaze.",
     "Firefighters later said 14 homes had been damaged in the blaze."),
])
def test_a_thing_done_then_undone_or_a_figure_restated_is_no_conflict(a: str, b: str) -> None:
    assert not conflict(a, b)
    assert not conflict(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("The tram depot was open on Sunday, the transport office said.",
     "The tram depot remained closed on Sunday, drivers said."),
    ("The harbour festival will open in May, the council said.",
     "The harbour festival will not open before August, organisers said."),
    ("Firefighters said 9 homes were damaged in the blaze.",
     "Residents said 14 homes were damaged in the blaze."),
])
def test_one_moment_told_two_ways_still_conflicts(a: str, b: str) -> None:
    assert conflict(a, b)


# ------------------------------------------------------------- look-alikes that are not conflicts

def test_two_different_things_measured_the_same_way_do_not_conflict() -> None:
    assert not conflict("The new Kestrel train reached a top speed of 320 km/h in trials.",
                        "The older Falcon service runs at a top speed of 250 km/h in trials.")
    assert not conflict("Waiting times at the county hospital rose to 14 weeks.",
                        "Waiting times at the children's hospital fell to 6 weeks.")
    assert not conflict("Turnout in the northern district rose to 61 percent.",
                        "Turnout in the southern district fell to 39 percent.")


def test_a_public_appeal_and_a_government_pledge_do_not_conflict() -> None:
    assert not conflict("A weekend telethon for flood victims raised 4.2 million euros, organisers said.",
                        "The government pledged 25 million euros in emergency aid for flood victims.")
    assert not conflict("A year of treatment will cost $18,000 per patient.",
                        "The trial itself cost $250 million to run.")


def test_two_companies_share_moves_do_not_conflict() -> None:
    assert not conflict("Shares of Halvorsen Shipping rose 6 percent after the results.",
                        "Shares of Brightline Freight fell 4 percent after the results.")
    assert not conflict("Halvorsen's net profit fell 8 percent in the third quarter.",
                        "Brightline's net profit fell 15 percent in the third quarter.")


def test_different_quantities_of_one_company_do_not_conflict() -> None:
    assert not conflict("Medinova's shares rose 11 percent after the approval.",
                        "Medinova's revenue fell 3 percent in the quarter.")
    assert not conflict("The airport's passenger numbers rose 9 percent last year.",
                        "The airport's cargo volumes fell 4 percent last year.")
    assert not conflict("Copper output at the Karst mine rose 5 percent in the first half.",
                        "Copper prices fell 5 percent in the first half.")
    # The holder opening both sentences ("Tarrow's ...") is not what the figures measure.
    assert not conflict("Tarrow's quarterly revenue rose 14 percent to 2.1 billion crowns.",
                        "Tarrow's operating costs rose 8 percent over the quarter.", sim=0.4)


def test_what_moves_is_the_head_of_its_noun_phrase() -> None:
    # "Bookings at hotels in the region fell": bookings fall, not the region; claims rise.
    assert not conflict("Insurers expect claims to rise sharply after the storm.",
                        "Bookings at hotels on the coast fell sharply after the storm.", sim=0.4)
    assert not conflict("Ticket sales at the county museum rose after the exhibition opened.",
                        "Staff numbers at the county museum fell after the exhibition opened.", sim=0.6)


def test_a_notice_issued_and_a_notice_lifted_are_two_events() -> None:
    issued = "The water company issued a boil-water notice for 18,000 residents of Hollin on Monday."
    lifted = "The water company lifted the boil-water notice for about 14,000 residents of Hollin."
    assert not conflict(issued, lifted, sim=0.7)
    texts = [issued, lifted]
    pairs = [(0, 1, 0.7)]
    for dates in (["2026-04-06", "2026-04-09"], ["2026-04-09", "2026-04-09"], ["", ""]):
        assert disagreements(pairs, texts, [find_figures(t) for t in texts], ["a", "b"], [0.5, 0.5],
                             dates=dates) == []


def test_a_denial_of_the_opposite_claim_agrees() -> None:
    assert not conflict("The mine had passed its last safety inspection, the owner said.",
                        "The company denied that the mine had failed its last safety inspection.")


def test_a_turn_within_one_holders_account_is_no_contrast() -> None:
    assert contrast("Skyreach said bookings were strong, but warned that fuel costs would weigh on profits.") is None
    assert contrast("The foreign minister said talks would continue while the crew remained in custody.") is None
    assert contrast("The health minister said the strike was regrettable, while hospital managers said they "
                    "had contingency plans in place.") is None


def test_background_clauses_and_open_questions_point_no_way() -> None:
    assert directions("Despite the U.S. approval, officials are still deliberating on whether to permit it.")[0] == ""
    assert directions("The drug cut the risk of a second stroke.")[1] == "-cut"  # "risk" is not "rise"


# ------------------------------------------------------------- real conflicts

def test_different_values_for_the_same_quantity_conflict() -> None:
    reason = conflict("The fire has burned 12,000 hectares of forest since Monday, the fire service said.",
                      "Satellite data show the fire has burned about 7,500 hectares of forest since Monday.")
    assert "12,000 hectares" in reason and "7,500 hectares" in reason
    # Near-identical sentences with different figures conflict too.
    assert conflict("The drug cut the risk of a second stroke by 30 percent in the trial.",
                    "In the trial the drug cut the risk of a second stroke by only 12 percent.", sim=0.99)


def test_opposite_directions_for_the_same_actor_conflict() -> None:
    # A rise against a fall of the same measure is told as opposite directions, not two figures.
    reason = conflict("Halvorsen Shipping shares rose 6 percent in Oslo trading on Tuesday.",
                      "Halvorsen Shipping shares fell 2 percent in Oslo trading on Tuesday.", sim=0.9)
    assert reason == "opposite directions: \u201crose\u201d vs \u201cfell\u201d"
    assert "opposite directions" in conflict("Barley output in the region rose 8 percent this year, officials said.",
                                             "Barley output in the region fell 3 percent this year, traders said.")
    assert conflict("The city council approved the new housing plan by 31 votes to 20.",
                    "The city council rejected the new housing plan on Tuesday night.")
    # A negation turns the word round: "did not accept" against "accepted".
    assert conflict("The pilots' union accepted the new pay offer on Sunday.",
                    "The pilots' union did not accept the new pay offer, a union spokesman said on Sunday.")


def test_a_denial_of_what_another_source_states_conflicts() -> None:
    assert "denies" in conflict("The trawler's crew were beaten during questioning, relatives of the sailors said.",
                                "The interior ministry denied that any of the crew had been beaten during questioning.")


@pytest.mark.parametrize(("sentence", "sides"), [
    ("Iran says the sailors were in Iranian waters while the UK insists they were in Iraqi waters.",
     ("Iran", "the UK")),
    ("The union says 2,000 nurses joined the walkout, while the trust puts the number at fewer than 900.",
     ("The union", "the trust")),
    ("The coast guard disputed the captain's account of the boarding, saying no shots were fired.",
     ("The coast guard", "the captain")),
    ("Hospital managers rejected the union's claim that wards were dangerously understaffed.",
     ("Hospital managers", "the union")),
    ("Contrary to the company's statement, the union says no agreement on job cuts has been reached.",
     ("The union", "the company")),
])
def test_one_sentence_holding_two_accounts_names_both_holders(sentence: str, sides: tuple[str, str]) -> None:
    found = contrast(sentence)
    assert found is not None and found.sides == sides


def test_each_statement_is_in_one_disagreement_and_a_contrast_stands_alone() -> None:
    texts = ["Iran says the sailors were in Iranian waters while the UK insists they were in Iraqi waters.",
             "Halvorsen Shipping shares rose 6 percent in Oslo trading on Tuesday.",
             "Halvorsen Shipping shares fell 2 percent in Oslo trading on Tuesday.",
             "Halvorsen Shipping shares fell 3 percent in Oslo trading on Tuesday."]
    found = disagreements([(1, 2, 0.9), (1, 3, 0.9)], texts, [find_figures(t) for t in texts],
                          ["a", "b", "c", "d"], [0.5, 0.9, 0.8, 0.1])
    assert [(c.a, c.b) for c in found] == [(1, 2), (0, -1)]
    assert found[1].sides == ("Iran", "the UK")


def test_a_later_source_updating_a_figure_is_no_disagreement_but_a_denial_is() -> None:
    texts = ["About 650 people remain unable to return to their homes, the crisis staff said on Friday.",
             "About 400 people remain unable to return to their homes, the crisis staff said.",
             "The crew were beaten during questioning, relatives of the sailors said.",
             "The interior ministry denied that any of the crew had been beaten during questioning."]
    pairs = [(0, 1, 0.8), (2, 3, 0.5)]
    args = (pairs, texts, [find_figures(t) for t in texts], ["a", "b", "c", "d"], [0.5] * 4)
    same_day = disagreements(*args, dates=["2026-03-06"] * 4)
    assert {(c.a, c.b) for c in same_day} == {(0, 1), (2, 3)}
    later = disagreements(*args, dates=["2026-03-06", "2026-03-13", "2026-03-06", "2026-03-13"])
    assert [(c.a, c.b) for c in later] == [(2, 3)]
    # "rejected her account" disputes a claim; it points no way.
    assert directions("Seldewerk, which operates the dam, rejected her account.")[0] == ""


def test_lifted_against_still_in_force_is_a_disagreement_on_the_same_day_only() -> None:
    texts = ["The curfew in Dunmore was lifted on Wednesday, the regional council said.",
             "The curfew in Dunmore remains in force, police said on Wednesday.",
             "The curfew in Dunmore was extended on Wednesday, the interior ministry said."]
    pairs = [(0, 1, 0.6), (0, 2, 0.6)]
    args = (pairs, texts, [find_figures(t) for t in texts], ["a", "b", "c"], [0.9, 0.5, 0.4])
    same_day = disagreements(*args, dates=["2026-06-03"] * 3)
    assert [(c.a, c.b) for c in same_day] == [(0, 1)]
    assert "lifted" in same_day[0].reason and "remains in force" in same_day[0].reason
    # Two days apart, the later source tells how things stand now: an update.
    assert disagreements(*args, dates=["2026-06-03", "2026-06-05", "2026-06-05"]) == []
    # "will stay closed" against "will reopen": the same thing moves both ways.
    assert conflict("The ferry terminal will reopen on Monday, the port authority said.",
                    "The ferry terminal will stay closed until further notice, the operator said.", sim=0.12)


def test_only_the_strongest_conflicts_are_kept_and_tested_in_that_order() -> None:
    texts = [f"Copper output at the Rensby mine rose {4 + i} percent in May, the company said." for i in range(3)] + [
        f"Copper output at the Rensby mine fell {2 + i} percent in May, the union said." for i in range(3)]
    pairs = [(i, j, 0.8) for i in range(3) for j in range(3, 6)]
    found = disagreements(pairs, texts, [find_figures(t) for t in texts], [str(i) for i in range(6)],
                          [0.9, 0.2, 0.5, 0.1, 0.8, 0.3], limit=2)
    assert [(c.a, c.b) for c in found] == [(0, 4), (2, 5)]


# ------------------------------------------------------------- in a brief

_STORY = {
    "a-wire.txt": "Marovia says the trawler was fishing inside its exclusive economic zone, while Tessaly "
                  "insists the boat never left international waters.\n\nThe crew of the trawler have been held "
                  "at the port of Ravel since Tuesday, officials said.\n",
    "b-paper.txt": "The trawler and its crew of fourteen were seized by a Marovian patrol boat on Tuesday "
                   "morning.\n\nFamilies of the crew gathered outside the foreign ministry in the capital.\n",
}


def test_a_brief_shows_a_one_sentence_disagreement_with_both_holders(tmp_path: Path) -> None:
    from briefgen.workspace import init_workspace

    workspace = tmp_path / "ws"
    init_workspace(workspace, today="2026-10-05")
    for name, text in _STORY.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(workspace), "--audience", "policy", "--format", "md,json"])
    assert result.exit_code == 0, result.output
    md = (workspace / "output" / "policy.md").read_text(encoding="utf-8")
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "**Marovia vs Tessaly:** Marovia says the trawler" in section
    assert "Why they conflict" not in section  # the sentence says it; the reason stays in the JSON
    assert CliRunner().invoke(main, ["check", "-w", str(workspace)]).exit_code == 0


def test_one_negation_vocabulary_for_directions_and_stances() -> None:
    from briefgen.notes.disputes import stance

    # "cannot" turns a direction round as it turns a stance round: one list, in conflicts.
    assert directions("The regulator cannot approve the merger of the two dairies.")[0].startswith("-")
    held = stance("The farmers' union cannot accept the merger, its leader Ola Berg said.")
    assert held is not None and held.sign == -1


@pytest.mark.parametrize(("a", "b", "found"), [
    # a party bounding its own figure is no second account of it
    ("Nordair said 12 flights were cancelled on Friday.",
     "Nordair denied that more than 20 flights were cancelled on Friday.", False),
    # a denial of what the other statement also denies agrees with it
    ("The launch was not delayed by the weather, the agency said.",
     "The space agency denied that the weather had delayed the launch.", False),
    # unless the denial takes the negation in ("without warning")
    ("The dam operator opened the spillway without warning residents, the council said.",
     "The dam operator denied that it had opened the spillway without warning residents.", True),
    # two bodies' forecasts compared without who forecasts
    ("The weather service expects the Moselle at Trier to crest at 7.4 metres on Thursday.",
     "The river authority expects the Moselle at Trier to crest at 6.5 metres on Thursday.", True),
])
def test_denials_and_forecasts_between_parties(a: str, b: str, found: bool) -> None:
    assert bool(conflict(a, b)) == found


# ------------------------------------------------------------- updates are not disagreements

def test_the_old_value_of_a_revision_is_not_what_the_sentence_claims() -> None:
    revised = "The fire service revised the number of people hurt in the blaze from 14 to 11, saying three were counted twice."
    assert not conflict(revised, "Eleven people were hurt in the blaze.")
    assert not conflict("Eleven people were hurt in the blaze.", revised)
    # The new value still meets another party's count.
    assert "11 vs 18" in conflict(revised, "Ambulance crews said 18 people were hurt in the blaze.").replace(
        "18 people", "18")


def test_the_figure_a_later_statement_says_it_replaces_is_the_earlier_report() -> None:
    earlier = "The union said 900 workers at the Dunmore plant would be put on short-time work."
    later = ("The union said short-time work at the Dunmore plant has been extended to 1,150 workers, "
             "up from the 900 announced earlier.")
    assert not conflict(earlier, later)
    assert not conflict(later, earlier)
    assert conflict(later, "The works council said 1,600 workers at the Dunmore plant were on short-time work.")


def test_one_party_revising_its_own_figure_is_an_update_but_another_party_still_disagrees() -> None:
    revised = "Police revised the number of people injured in the stadium crush to 27."
    assert not conflict(revised, "Police said 31 people were injured in the stadium crush.")
    assert not conflict("The council lowered its estimate of the town hall repair bill to £3.1 million.",
                        "The council said the town hall repair bill would be about £4.5 million.")
    assert conflict("The health board raised the number of patients affected by the data breach to 58.",
                    "A patients' group said at least 90 patients had been affected by the data breach.")
    # A revision of something else does not make a figure an update.
    assert conflict("The ministry, which revised its flood guidance on Tuesday, said 340 homes were flooded in the valley.",
                    "The county said 520 homes were flooded in the valley.")


def test_a_date_the_same_party_pushes_back_is_an_update_and_a_reason_names_the_negation() -> None:
    first = "The railway said services on the coast line would resume on Thursday."
    assert not conflict(first, "The railway said services on the coast line would not resume until Sunday, "
                               "pushing back the date it gave on Monday.")
    reason = conflict(first, "Drivers said services on the coast line would not resume until Sunday.")
    assert reason == "opposite directions: \u201cresume\u201d vs \u201cnot resume\u201d"


# ------------------------------------------------------------- a figure referred to is not claimed

@pytest.mark.parametrize(("a", "b"), [
    ('Finance director Omar Qadri said the $640 million figure "assumes the new berths open on time '
     'and fill up within a year."',
     "We think 8 times earnings is fairer for a port whose new berths are still unbuilt, which gives "
     "about $430 million."),
    ('Transport minister Jo Kerr said that 14 percent estimate "counts the fares that nobody on the '
     'line actually pays."',
     "Passenger watchdog chief Ana Silva said the fares that nobody on the line actually pays had risen "
     "about 9 percent."),
])
def test_a_figure_named_as_one_already_given_is_not_set_against_another(a: str, b: str) -> None:
    assert not conflict(a, b, 0.6)
    assert not conflict(b, a, 0.6)


def test_a_figure_that_is_claimed_still_conflicts() -> None:
    a = ("Finance director Omar Qadri said the port, with its new berths on time and full within a year, "
         "was worth $640 million.")
    b = ("We think 8 times earnings is fairer for a port whose new berths are still unbuilt, which gives "
         "about $430 million.")
    assert conflict(a, b, 0.6)
