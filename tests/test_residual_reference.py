"""A statement that takes a part of a whole only an earlier sentence states ("... A$1.2 billion of that",
"the rest", "The two remaining launches ...") does not stand alone in an audience brief."""

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes.context import residual_reference, unseen_referent
from briefgen.notes.figures import own_words

LEANING = [
    "Ticket sales account for about 2.1 million pounds of that, catering for 0.4 million and parking for the rest.",
    "The hospital will spend roughly €30m of this, with the rest coming from donors.",
    '"We will decide in March. The three remaining ferries stay in service for now," she said.',
    "Road repairs will still get 3.5 million euros, and the rest will go to the harbour.",
    "The remaining grants will be paid in October.",
]
STANDING = [
    "For the rest of the season, the museum will close on Mondays.",
    "Of the 46 million euros, the region pays 30 million and the rest comes from sponsors.",
    "The ferry line will refit 14 boats by May and the remaining 6 over the winter.",
    "The remaining 12 of the 40 stalls will reopen in June.",
    "The budget totals $5m, and $2m of that, the mayor said, goes to libraries.",
    "Visitor numbers fell 18% from last year.",
]


def test_parts_of_an_unstated_whole_lean_on_an_earlier_sentence() -> None:
    for sentence in LEANING:
        assert residual_reference(sentence), sentence
        assert unseen_referent(sentence), sentence


def test_a_whole_or_the_parts_stated_in_the_sentence_stand() -> None:
    for sentence in STANDING:
        assert not residual_reference(sentence), sentence


def test_the_previous_sentence_gives_the_whole_for_a_pair() -> None:
    pair = "The library's budget is 9 million pounds. Staff account for about 6 million pounds of that, and books for the rest."
    assert not residual_reference(pair)
    assert residual_reference(pair.split(". ", 1)[1])


def test_key_figure_words_do_not_elide_what_a_residue_is_left_from() -> None:
    sentence = "The operator said it would now replace 1,600 scooters by May and the remaining 800 over the summer."
    words = own_words(sentence, "800")
    assert words is None or "1,600" in words


@given(st.sampled_from(["rest", "remainder"]), st.integers(min_value=2, max_value=999))
def test_an_uncounted_residue_needs_a_whole_in_the_sentence(noun: str, total: int) -> None:
    assert not residual_reference(f"Of the {total} seats, the party won {total // 2} and the {noun} went to independents.")
    assert residual_reference(f"The party won {total // 2} seats, and the {noun} went to independents.")
