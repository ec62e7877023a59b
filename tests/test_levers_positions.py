"""A threat held over a public body is no lever; a row's position before its logistics (invented text)."""
from hypothesis import given
from hypothesis import strategies as st

from briefgen import sections

BODIES = ["The nurses' association", "The Fishermen's Cooperative", "Ghana's Trades Union Congress (TUC)",
          "The growers' federation", "The KMU"]


@given(st.sampled_from(BODIES), st.sampled_from(["the ministry", "the government", "the commission"]),
       st.sampled_from(["threatened", "has threatened", "threatened on Tuesday"]))
def test_members_threat_is_no_lever(body: str, target: str, verb: str) -> None:
    text = f"{body} {verb} to strike from Dec. 8 unless {target} drops plans to raise the levy."
    assert not sections.lever(text)


def test_a_body_in_office_threatening_is_a_lever() -> None:
    assert sections.lever("The ministry threatened to revoke the licence unless the operator pays the fine.")
    assert sections.lever("The senate has threatened to block the budget unless the government cuts spending.")
    assert sections.lever("The union said the government must withdraw the levy.")


def test_condition_is_no_quantity_of_supply() -> None:
    text = "The farmers' union threatened to block roads unless the government drops plans to raise fuel prices."
    assert not sections.about_demand_supply(text)
    assert sections.about_demand_supply("Sales of heat pumps rose 40% in October.")


def test_arrangement() -> None:
    assert sections.arrangement("The minister said the door was \"open\" and that talks with the growers "
                                "would resume on Thursday.")
    assert sections.arrangement("A spokeswoman said hearings would begin on Nov. 20.")
    assert not sections.arrangement("The minister told parliament the accord was \"the start of recovery\".")
    assert not sections.arrangement("The minister said the ban would take effect on Monday.")


def test_a_public_bodys_estimate_is_no_lever() -> None:
    """A ministry's estimate of what something else will do acts on nothing: it is a view, not a
    lever; what it judges is one only if that clause is ("expects that the regulator will block")."""
    assert not sections.acts("The transport ministry estimates that the bypass will cut journey times by 9 to 12 minutes.")
    assert not sections.acts("The finance ministry forecasts growth of 2.1% next year.")
    assert not sections.acts("The regulator believes the merger would raise fares on six routes.")
    assert sections.acts("The ministry expects that the regulator will block the takeover.")
    assert sections.acts("The ministry expects to approve the plan by May.")  # its own plan
    assert sections.acts("The competition authority fined the carrier 40 million euros.")


def test_a_what_if_worked_out_is_no_position() -> None:
    """A supposed case and its cost ("A 30% overrun would take the cost to ...") is a sensitivity,
    not a stance a Stakeholder row can show; a spokesman's "would" stays a position."""
    assert not sections.position("A 20% overrun would take the bill to roughly 900 million euros and cut our "
                                 "valuation by about 1.20 euros per share.")
    assert not sections.position("Every month of delay could cost the operator 40 million euros.")
    assert sections.position("A spokesman said the company would appeal the ruling.")
    assert sections.position("A spokesman said the levy would cost 30 jobs.")


def test_a_what_if_is_no_writers_thesis() -> None:
    from briefgen.notes import features
    assert features.writers_thesis("A 20% overrun would take the bill to 900 million euros and cut our valuation by 1.20 euros.") == 0
    assert features.writers_thesis("In our view the overrun risk is underpriced.") == 2
