"""Disagreements framed on the right statements and two holders' values found (session 45)."""

from briefgen.notes import disputes, estimates, features


def _held(text: str) -> list[estimates.Held]:
    return estimates.held_values(text, features.find_figures(text), "")


def test_rejected_that_answers_a_coordinated_claim_not_an_older_one() -> None:
    texts = ["The port authority said its count of 40 sailings stood.",
             "Transport Secretary Mira Okafor opened an inquiry into the timetable and said the backlog was clearing.",
             "The dockers' union rejected that, saying ships had queued for two days on Monday."]
    found = disputes.rebuttals(texts, [1.0, 1.0, 1.0], previous=[-1, 0, 1])
    assert [(d.a, d.b) for d in found] == [(1, 2)]
    assert found[0].sides[0] == "Transport Secretary Mira Okafor"


def test_engaged_expert_holds_a_value_against_the_owner() -> None:
    owner = _held("The Larkholm Mill Trust said on Monday that restoring the weir would cost about 2.2 million "
                  "pounds, up from its first estimate of 1.5 million pounds.")
    expert = _held("A surveyor appointed by Larkholm Parish Council put the cost at at least 5 million pounds.")
    assert expert and expert[0].holder == "A surveyor appointed by Larkholm Parish Council"
    assert estimates.same_quantity(owner[0], expert[0]) and estimates.values_apart(owner[0], expert[0])


def test_measured_average_held_by_a_body_named_after_it() -> None:
    held = _held("Callers waited an average of 31 minutes to reach an operator in May, the Dunmore Helpline Service "
                 "said on Friday, three times the 10-minute goal.")
    assert [(h.holder, h.figure.text) for h in held] == [("the Dunmore Helpline Service", "31 minutes")]


def test_range_printed_as_two_values_is_one_estimate() -> None:
    held = _held("\"Our estimate for the clean-up is EUR 3m to EUR 5m, and the town cannot pay it,\" said Ilse Varga, "
                 "a partner at Ostrand Consulting.")
    assert held and (held[0].low, held[0].high) == (3_000_000.0, 5_000_000.0)
