"""Disputes, session 47: a claim and its rebuttal told in one sentence, a third party's act told as
background, and a party's own count of what another party counted (quoted, with what it counts)."""

from __future__ import annotations

from briefgen.notes import disputes, features


def test_a_claim_and_its_rebuttal_in_one_sentence_are_one_dispute_not_a_pair_with_the_sentence_before() -> None:
    texts = ["Mayor Ruth Calder said a relief fund of $2 million would open for applications on Monday.",
             "Calder repeated that the siren sounded at 9:10 p.m. Residents of Hill Street have disputed that, "
             "saying it sounded nearer 9:25."]
    assert disputes.rebuttals(texts, [1.0, 1.0], previous=[-1, 0]) == []
    assert disputes.disputed_whole(texts[1]) == ("Calder", "Residents of Hill Street")


def test_a_clause_of_the_same_party_is_no_dispute_told_whole() -> None:
    assert disputes.disputed_whole("The operator said on Tuesday that 212 passengers had been on board, and the "
                                   "coastguard disputed that, citing its own boarding records.") == ("Operator", "Coastguard")
    assert disputes.disputed_whole("The operator said on Tuesday that 212 passengers had been on board, and it later "
                                   "denied that the ramp had failed.") is None
    assert disputes.disputed_whole("The coastguard disputed that, citing its own boarding records.") is None


def test_an_act_told_as_the_time_of_an_event_is_no_stance_of_who_reports_it() -> None:
    text = ("Extra guards were sent to Norbury jail on Sunday night after inmates on two landings refused to return "
            "to their cells, the Interior Ministry confirmed.")
    assert disputes.stance(text) is None
    held = disputes.stance("The ministry said it rejected the claim after the union refused to meet.")
    assert held is not None and held.holder == "Ministry"


def test_a_partys_quoted_count_of_what_another_party_counted_answers_it_across_a_sentence() -> None:
    texts = ["Stewards said about 60 fans were treated at the ground and that the concourse was cleared by 10pm.",
             "Three people were taken to hospital.",
             "The supporters' trust put the number of fans hurt at \"closer to 150\"."]
    found = disputes.rebuttals(texts, [1.0, 1.0, 1.0], previous=[-1, 0, 1])
    assert [(d.a, d.b) for d in found] == [(0, 2)]
    same = [texts[0], "The supporters' trust put the number of fans hurt at about 60."]
    assert disputes.rebuttals(same, [1.0, 1.0], previous=[-1, 0]) == []


def test_two_holders_counts_of_one_thing_in_consecutive_sentences_are_a_dispute() -> None:
    texts = ["The wildlife agency said its wardens had counted about 300 dead seabirds on the beaches.",
             "The local birdwatching club said its volunteers had counted nearly 900."]
    figures = [features.find_figures(t) for t in texts]
    assert [(d.a, d.b) for d in disputes.counts_apart(texts, figures, [-1, 0])] == [(0, 1)]
    other = [texts[0], "The local birdwatching club said 40 volunteers had joined the clean-up."]
    assert disputes.counts_apart(other, [features.find_figures(t) for t in other], [-1, 0]) == []
    own = [texts[0], "The agency said on Wednesday it had counted 420 in total."]
    assert disputes.counts_apart(own, [features.find_figures(t) for t in own], [-1, 0]) == []
    shares = ["Grid operators said demand for electricity fell 3 percent in the quarter.",
              "The water company said it would raise its charges for business customers by 6 percent in April."]
    assert disputes.counts_apart(shares, [features.find_figures(t) for t in shares], [-1, 0]) == []
    background = ["The earlier count of about 300 had covered only the north beaches, the agency said.",
                  "The birdwatching club, which had put the toll above 900, welcomed the revision."]
    assert disputes.counts_apart(background, [features.find_figures(t) for t in background], [-1, 0]) == []
