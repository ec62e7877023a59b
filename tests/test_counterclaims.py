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
