"""Who holds a view when the role comes after the verb ("said museum director Clare Hutton"),
a quotation with no figure as the speaker's own judgement, and a projected count ("would be
affected") as no stakeholder position. Invented text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen import sections
from briefgen.notes import features


def test_role_after_the_verb_names_the_speaker() -> None:
    found = features.find_speaker('"Keeping these maps was no longer defensible," said archive director Mara Quell.')
    assert found is not None and found.name == "Mara Quell" and "director" in found.role


def test_agent_noun_role_after_the_verb() -> None:
    found = features.find_speaker('"Each quarry studies its own pit. No one studies the valley," said the '
                                  "coalition's river campaigner, Tomas Verhoef.")
    assert found is not None and found.name == "Tomas Verhoef"


def test_quotation_with_a_figure_is_no_judgement() -> None:
    assert features.find_speaker('"The kiln fired 4,200 tiles last week," said plant supervisor Ines Dorr.') is None


def test_plain_report_after_the_verb_stays_no_speaker() -> None:
    assert features.find_speaker("The ferry left at noon, said harbour master Olaf Brenn.") is None


def test_projected_count_is_no_position() -> None:
    assert not sections.position("About 1,900 farms would be affected by the levy, the water board said.")
    assert not sections.position("The fishers' cooperative said the weir would be the fourth on the river's 3 arms.")


def test_own_predicted_state_is_a_position() -> None:
    assert sections.position("The guild said it would be open to a 4% fee.")
    assert sections.position("The guild said the fee would be unfair to 300 members.")


@given(st.integers(min_value=2, max_value=99_000), st.sampled_from(["schools", "farms", "clinics", "homes"]),
       st.sampled_from(["would be affected", "will be closed", "would be covered"]))
def test_any_projected_count(count: int, noun: str, verb: str) -> None:
    assert not sections.position(f"About {count:,} {noun} {verb} by the levy, the agency said.")
