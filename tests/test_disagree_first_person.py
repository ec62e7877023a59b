"""One holder disputing another's named claim in the first person ("I disagree with X's view that ..."):
a sentence that names both sides, the speaker by its speech tag or, in a column, by its byline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes.conflicts import contrast


def test_column_writer_disputes_a_named_claim() -> None:
    found = contrast("I disagree with the water board's suggestion that the lake could reopen to swimmers by May.")
    assert found is not None
    assert found.sides == ("", "the water board")


def test_quoted_speaker_is_named_by_the_speech_tag() -> None:
    found = contrast("\u201cWe strongly dispute the surveyor\u2019s assumption that the bridge can carry trucks,\u201d "
                     "said Olu Adeyemi, the county engineer.")
    assert found is not None
    assert found.sides == ("Olu Adeyemi", "the surveyor")
    tagged = contrast("\"I disagree with the auditor's view that the canal is behind schedule,\" Minister Ruiz said.")
    assert tagged is not None and tagged.sides == ("Minister Ruiz", "the auditor")


def test_no_named_other_side_is_no_disagreement() -> None:
    assert contrast("I disagree with him.") is None
    assert contrast("\"I disagree,\" the mayor said when asked about the delay.") is None
    assert contrast("We question whether the tunnel will ever pay for itself.") is None
    assert contrast("I disagree with the group's view.") is None  # "the group": which? no label


@given(st.sampled_from(["the harbour authority", "the regional council", "Professor Lind"]),
       st.sampled_from(["claim", "suggestion", "forecast", "view", "assumption"]),
       st.sampled_from(["I disagree with", "We reject", "I dispute"]))
def test_first_person_dispute_names_the_other_side(holder: str, noun: str, verb: str) -> None:
    found = contrast(f"{verb} {holder}'s {noun} that the ferry will run again in March.")
    assert found is not None and found.sides[1] == holder and found.sides[0] == ""
