"""A Key figures row's figure in its source's own words (`figures.own_words`): invented text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.notes.figures import OWN_WORDS_MAX, OWN_WORDS_SLACK, own_words


def _in_order(fragment: str, source: str) -> bool:
    """Whether every piece of *fragment* between "…" stands in *source*, in order."""
    at = 0
    for piece in (p.strip() for p in fragment.split("…")):
        if not piece:
            continue
        found = source.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def test_whole_clause_when_short() -> None:
    text = "Kestrel shares rose 3.1 percent on Tuesday after the bid was announced."
    assert own_words(text, "3.1 percent") == "Kestrel shares rose 3.1 percent on Tuesday after the bid was announced"


def test_attribution_is_another_segment() -> None:
    text = "There is perhaps a 40 per cent chance of a one-notch downgrade within a year, in my view."
    got = own_words(text, "40 per cent")
    assert got is not None and got.startswith("There is perhaps a 40 per cent chance of a one-notch downgrade")
    assert "view" not in got


def test_coordinate_verb_phrase_takes_the_subject() -> None:
    text = "Marrow Dairy has lost about 38 per cent of its herd since 2019 and carries $96 million in debt."
    assert own_words(text, "$96 million") == "Marrow Dairy … carries $96 million in debt"


def test_pointing_back_is_left_out() -> None:
    assert own_words("It forecast a harvest of 290,000 tonnes.", "290,000 tonnes") is None
    assert own_words("The lake is low. Its level fell 2 metres in June.", "2 metres") is None
    assert own_words("Sales rose, and its margin reached $4 million last year.", "$4 million") is None


def test_one_sentence_of_a_two_sentence_quote_and_wrapped_lines() -> None:
    text = "The pier reopened.\nTolls on the\npier rose to 6 euros a car on Friday."
    assert own_words(text, "6 euros") == "Tolls on the pier rose to 6 euros a car on Friday"


def test_long_clause_keeps_subject_and_the_figures_phrase() -> None:
    text = ("The population of the Brenna valley fell by 4.1 per cent over the past decade to 612,000, "
            "the office said.")
    assert own_words(text, "612,000") == "The population of the Brenna valley fell … to 612,000"


def test_not_found_keeps_the_label() -> None:
    assert own_words("Nothing to count here.", "12 per cent") == ""


_WORD = st.sampled_from("the council said harbour tolls rose fell by to of in on Tuesday and its it "
                        "which up from boats a year, per cent share".split())


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, min_size=0, max_size=25), st.lists(_WORD, min_size=0, max_size=25),
       st.sampled_from(["12 per cent", "$4 million", "310 boats"]))
# a tail carried to a list's end ("year, by and by") runs past OWN_WORDS_MAX, within the slack
@example("cent from per by fell up boats fell which up in fell the per per council by of".split(),
         "it up the year, by and by".split(), "310 boats")
def test_fragment_is_the_source_in_order_and_short(before: list[str], after: list[str], figure: str) -> None:
    text = " ".join(before + [figure] + after) + "."
    got = own_words(text, figure)
    if got:
        assert figure in got
        assert _in_order(got, " ".join(text.split()))
        assert len([w for w in got.split() if w != "…"]) <= OWN_WORDS_MAX + OWN_WORDS_SLACK
        assert not re.search(r"…\s*…", got)


def test_relative_clause_keeps_the_label_and_a_pronoun_subject_is_left_out() -> None:
    text = "Officials named Corran Mills, which shipped 8,000 sacks this week."
    assert own_words(text, "8,000 sacks") == ""
    assert own_words("On Monday it shipped 900 sacks and on Tuesday 50.", "900 sacks") is None


def test_participle_and_noun_phrase_opening_take_the_subject() -> None:
    text = "Pilots at Dunmore went on strike on Monday, grounding all 36 daily flights to the islands."
    assert own_words(text, "36 daily flights") == "Pilots at Dunmore … grounding all 36 daily flights to the islands"
    text = "The dredging, which began in May, is expected to cost about 9 million euros."
    assert own_words(text, "9 million euros") == "The dredging … is expected to cost about 9 million euros"


def test_a_cut_fragment_does_not_end_on_a_word_that_promises_more() -> None:
    """The example's row read "… pushed its valuation above $4 trillion and …"."""
    sentence = ("Orlen Systems’ chip dominance and supporting software ecosystem pushed its valuation above "
                "$4 trillion and makes competition difficult despite cheaper alternatives.")
    words = own_words(sentence, "$4 trillion")
    assert words is not None and "$4 trillion" in words
    assert not re.search(r"\b(?:and|of|the|to)\s*…?$", words)


def test_a_quotation_opening_the_sentence_is_no_subject_of_its_appositions() -> None:
    """A held-out row read “"This … the harbour's largest tenant with 41 percent of its berths”: the words of a
    quotation the sentence opens with taken for the subject of an apposition about the speaker's company."""
    sentence = ('"We have waited a decade for this," said Ana Ruiz, head of Marlin Lines, the harbour\'s largest '
                "tenant with 41 percent of its berths.")
    words = own_words(sentence, "41 percent")
    assert not words or not words.startswith(('"', "“")), words
    assert not words or "We have" not in words
    sentence = "Marlin Lines, the harbour's largest tenant with 41 percent of its berths, welcomed the plan."
    assert own_words(sentence, "41 percent") == "Marlin Lines … the harbour's largest tenant with 41 percent of its berths"
