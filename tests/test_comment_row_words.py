"""A Key-figures row that only comment gives shows its figure's clause after the comment's label
(`keyfigures.comment_words`), not the whole statement, when the clause keeps what the value is of."""

from __future__ import annotations

from briefgen.keyfigures import comment_words
from briefgen.notes.figures import own_words


def test_a_clause_cut_after_a_list_word_keeps_its_subject() -> None:
    sentence = ("Second, the rebate for short-sea shipping will cost about 20 million euros a year, which the ministry "
                "nets off only partly in its headline figure.")
    words = own_words(sentence, "20 million euros a year")
    assert words and words.startswith("… the rebate"), words  # the cut "Second," is marked
    assert comment_words(words) == words


def test_a_clause_cut_inside_keeps_no_words() -> None:
    assert comment_words("… to 55 million euros a year by 2029") == ""
    assert comment_words("… raises 55 million euros a year") == ""


def test_whole_clauses_and_names_keep_their_words() -> None:
    assert comment_words("the levy raises 55 million euros a year") == "the levy raises 55 million euros a year"
    assert comment_words("… Harbour Economics puts the cost at 55 million euros") != ""
