"""Counter-claims between parties: affiliations, blame answered with blame, a risk against none."""

from __future__ import annotations

from briefgen.notes import counterclaims as cc
from briefgen.notes import disputes
from briefgen.notes.conflicts import _measure_label, claim, figures_conflict
from briefgen.notes.features import find_figures


def _blames(texts: list[str], groups: list[int]) -> list[disputes.Dispute]:
    known, roles = cc.affiliations(texts), cc.aliases(texts)
    said = cc.speakers(texts, groups, range(len(texts)))
    return cc.blames(texts, [1.0] * len(texts),
                     [cc.blame(t, said[i], known, roles) if cc.may_blame(t) else None for i, t in enumerate(texts)])


def _judged(texts: list[str], groups: list[int]) -> list[disputes.Dispute]:
    known = cc.affiliations(texts)
    said = cc.speakers(texts, groups, range(len(texts)))
    return cc.assessments(texts, [1.0] * len(texts),
                          [cc.assessment(t, said[i], known) if cc.may_assess(t) else None for i, t in enumerate(texts)],
                          places=list(zip(groups, range(len(texts)), strict=True)))


def test_a_spokesperson_is_never_set_against_her_own_group() -> None:
    texts = ["Rosa Lind, spokesperson for the Elm Street Friends, said the group backed the library.",
             "Spokesperson Rosa Lind said the group would fight any closure of the library branch.",
             "The Elm Street Friends said they would refuse to back the library cuts."]
    known = cc.affiliations(texts)
    assert known["lind"] >= {"elm", "street", "friends"}
    stances = [cc.affiliated(s, known) if (s := disputes.stance(t)) is not None else None for t in texts]
    assert not disputes.disputes(texts, [1.0] * 3, stances=stances)


def test_the_party_blamed_blaming_the_other_back_is_a_dispute() -> None:
    texts = ["The main contractor, Brookfield Civil, signed a fixed-price deal in 2023.",
             "The health trust maintains that the extra cost is the contractor's responsibility.",
             "\"The trust changed the layout twice and the trust must pay for that,\" Brookfield Civil director Ilse "
             "Varga said."]
    found = _blames(texts, [0, 0, 0])
    assert [(d.a, d.b) for d in found] == [(1, 2)]
    # Both hold the same party responsible: no dispute.
    same = ["\"The council is responsible for the embankment,\" said Jo Amari, the council's head of works.",
            "Council leader Rita Holm said the council was responsible for the embankment."]
    assert not _blames(same, [0, 1])


def test_blame_answered_in_a_quotation_that_runs_on() -> None:
    texts = ["\"We made a mistake in the sums,\" Kellan Yards chief executive Otto Brandt said.",
             "\"But the port authority ordered every change and the port authority must pay for them.\"",
             "The port authority said the shipyard, Kellan Yards, was liable for the delay."]
    assert _blames(texts, [0, 0, 1])


def test_a_risk_against_none_by_two_parties() -> None:
    texts = ["\"The cracks are cosmetic and are not a structural problem,\" highways director Sean Poole said.",
             "Professor Lena Ortiz of Kestrel University, who inspected the span, disagreed.",
             "\"Cracks of that width in a load-bearing beam are a serious problem,\" she said."]
    found = _judged(texts, [0, 0, 0])
    assert [(d.a, d.b) for d in found] == [(2, 0)]
    one_side = ["Residents' chair Nina Cole said night flights were a serious problem for families.",
                "\"Night flights are not a problem for the airport,\" said Nina Cole, chair of the residents' group."]
    assert not _judged(one_side, [0, 1])
    agree = ["The regulator said the valve fault was not a safety risk.",
             "Plant operator Norvek said the valve fault posed no risk."]
    assert not _judged(agree, [0, 1])


def test_two_holders_figures_are_a_spread_not_a_conflict() -> None:
    a = "Lindell Securities has a 420p target on the shares."
    b = "Lindell Securities kept its 420p target price, while Garrow Partners cut its target to 350p."
    assert not figures_conflict(find_figures(a), find_figures(b), claim(a), claim(b))
    assert _measure_label("target from Morgan Hale.") == "target"
    assert _measure_label("fall in shares of Veltrana") == "fall in shares of Veltrana"


def _apart(texts: list[str], groups: list[int], a: int, b: int, sides: tuple[str, str]) -> disputes.Dispute | None:
    return cc.Parties(texts, groups).apart(a, b, disputes.Dispute(a, b, sides, ()))


def test_the_firm_is_the_body_the_source_named_and_its_partner_speaks_for_it() -> None:
    texts = ["Harlow Foods rejected a bid from investment firm Quarry Lane Capital on Monday.",
             "The firm said it would not raise its offer.",
             "\"We will walk away,\" Quarry Lane partner Nadia Osei said."]
    assert _apart(texts, [0, 0, 0], 1, 2, ("Firm", "Nadia Osei")) is None
    texts = ["Voltan Semiconductor said it would build the plant with its own cash.",
             "The company said it did not expect to need state aid.",
             "\"We do not need a subsidy,\" Voltan vice president Hana Ito said."]
    assert _apart(texts, [0, 0, 0], 1, 2, ("Company", "Hana Ito")) is None


def test_a_quotation_after_a_bodys_statement_is_that_bodys() -> None:
    texts = ["The Northern Miners Union, which represents most of the pit's workers, said it rejected the closure.",
             "\"We want every job protected until 2030,\" regional secretary Frank Doyle said."]
    assert _apart(texts, [0, 0], 0, 1, ("Northern Miners Union", "Frank Doyle")) is None
    texts = ["Severn Vale Water said it would oppose the cap on bills.",
             "\"We cannot invest under this cap,\" finance director Karen Lowe said."]
    assert _apart(texts, [0, 0], 0, 1, ("Severn Vale Water", "Karen Lowe")) is None


def test_two_bodies_stay_two_parties_and_each_side_is_named_by_its_body() -> None:
    texts = ["\"Our bid is fully costed,\" Halden Marine director Petra Sund said.",
             "\"We see no safety issue,\" Norvik Yards chief executive Aron Feld said."]
    kept = _apart(texts, [0, 1], 0, 1, ("Petra Sund", "Aron Feld"))
    assert kept is not None and kept.sides == ("Halden Marine (Petra Sund, director)",
                                               "Norvik Yards (Aron Feld, chief executive)")
    # "the club" and "the trust": two bodies by what they are, never the one that spoke before
    texts = ["The supporters' trust said 800 fans had signed its petition.", "The club said the trust's figure was wrong."]
    assert _apart(texts, [0, 0], 0, 1, ("Supporters' trust", "Club")) is not None
    # ... and a capitalised bare common noun ("Club") takes the name a source gives it (stop 33)
    named = [*texts, "The Ashby Town Football Club plays at Mill Lane."]
    kept = _apart(named, [0, 0, 0], 0, 1, ("Supporters' trust", "Club"))
    assert kept is not None and kept.sides[1] == "Ashby Town Football Club"


def test_something_of_a_kind_is_no_party() -> None:
    texts = ["A scheme needs the approval of two thirds of the councils.", "Eastline Rail said it opposed the scheme."]
    assert _apart(texts, [0, 1], 0, 1, ("Scheme", "Eastline Rail")) is None
    texts = ["A merger requires three quarters of the votes cast.", "Pelham Capital said it would vote against the merger."]
    assert _apart(texts, [0, 1], 0, 1, ("Merger", "Pelham Capital")) is None


def test_one_party_calling_the_others_move_a_risk_and_the_other_saying_it_is_none() -> None:
    assert _judged(["\"Our bid is fully costed. Norvik's design carries serious safety risk,\" said Halden Marine "
                    "director Petra Sund.",
                    "\"We see no safety issue with the hull,\" Norvik Yards chief executive Aron Feld said."], [0, 1])
    assert _judged(["\"The second runway is fully funded. The council's alternative carries huge delivery risk,\" "
                    "Skyport chief executive Ben Arran said.",
                    "Hesketh council leader Dana Moor said the council saw no delivery risk in its plan."], [0, 1])
    # one party's two warnings are no dispute
    assert not _judged(["\"These cuts carry a real risk for children's reading,\" said Abel Ness, head of the Kirkby "
                        "Libraries Trust.",
                        "The Kirkby Libraries Trust said the cuts were a serious risk to literacy."], [0, 1])


def test_a_price_judged_too_low_against_one_judged_fair() -> None:
    assert _judged(["Supporters' trust chair Eamon Gill said the bid undervalued the club and its ground.",
                    "\"We believe the bid is fair and gives the club a future,\" said Lena Brock of Corvane Holdings."],
                   [0, 1])
    assert _judged(["The transport union said the 3 per cent offer was inadequate after two years of inflation.",
                    "\"This is a generous offer,\" said Tom Reyes, a director at Caldera Rail."], [0, 1])
    # two judgements of fairness that share nothing but the verb of saying
    assert not _judged(["Meridian said both proposals undervalued the company.",
                        "\"The festival is a fair deal for fans,\" said Jo Parr, founder of Brightfield Festival."], [0, 1])


def test_an_accusation_answered_by_the_accused_partys_denial() -> None:
    found = _blames(["Parents and teachers accused Redline Coaches, the operator of the school service, of ignoring "
                     "complaints about its brakes.",
                     "Redline Coaches managing director Sam Okoye denied the company was at fault."], [0, 1])
    assert [(d.a, d.b) for d in found] == [(0, 1)]
    found = _blames(["Residents blamed Orvel Chemicals for the smell.",
                     "Orvel Chemicals chief executive Ana Brum again denied that the company bore any responsibility."],
                    [0, 1])
    assert [(d.a, d.b) for d in found] == [(0, 1)]
    # a denial nobody's blame answers, and a party denying someone else's fault
    assert not _blames(["Residents blamed Orvel Chemicals for the smell.",
                        "Tarn Logistics director Ivo Pell denied the company was at fault."], [0, 1])


def test_a_price_judgement_never_answers_a_risk() -> None:
    assert not _judged(["\"Our bid is fully funded. Norvik's plan carries significant regulatory risk,\" Halden partner "
                        "Petra Sund said.",
                        "\"The board has concluded that the proposal does not reflect the value of our yards,\" chairman "
                        "Ivo Marsh said."], [0, 1])


_TIED = ["Mara Quist, a spokesperson for the Lindqvist Orchestra, said the tour would go ahead.",
         "Odell Finance chief executive Tomas Berg said the loan was sound.",
         "Priya Raman of Morgan Hale said the deal was fair.",
         "Later, Mara Quist of the City Arts Board said funding was cut."]


def test_ties_read_once_per_text_give_the_corpus_affiliations_and_bodies() -> None:
    """Each text's ties (read with its drafts, cached) merge into what reading every text gives:
    bodies of one surname accumulate, the first body a surname is written with stays."""
    found = [cc.ties(text) for text in _TIED]
    expected = {"quist": frozenset({"arts", "city", "orchestra", "board", "lindqvist"}),
                "berg": frozenset({"odell", "finance"}), "raman": frozenset({"morgan", "hale"})}
    assert cc.affiliations(_TIED) == expected
    assert cc.affiliations(_TIED, found) == expected
    bodies = {"quist": ("Lindqvist Orchestra", "spokesperson"), "berg": ("Odell Finance", "chief executive"),
              "raman": ("Morgan Hale", "")}
    assert cc.Parties(_TIED, [0, 0, 1, 1]).bodies == bodies
    assert cc.Parties(_TIED, [0, 0, 1, 1], found=found).bodies == bodies
    # the order of the texts decides which body a surname keeps
    assert cc.Parties(_TIED[::-1], [0, 0, 1, 1], found=found[::-1]).bodies["quist"] == (
        "City Arts Board", "")
