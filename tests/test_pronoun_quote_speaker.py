"""A whole quotation whose speaker is only a pronoun ('"...," she said.') is named by the one person the
sentences just before name (context.quoted_pronoun_speaker, context.standalone_quote)."""

from __future__ import annotations

from briefgen.notes.context import Named, quoted_pronoun_speaker, standalone_quote


def test_a_quotation_then_a_pronoun_speaker_is_found() -> None:
    sentence = '"The harbour will reopen in May," she said.'
    where = quoted_pronoun_speaker(sentence)
    assert where is not None and sentence[where[0]:where[1]] == "she"
    assert quoted_pronoun_speaker('"The harbour will reopen in May," he told reporters on Monday.') is not None
    assert quoted_pronoun_speaker('"The harbour will reopen in May," Vera Lund said.') is None
    assert quoted_pronoun_speaker("The harbour will reopen in May, she said.") is None  # trailing_pronoun_speaker's
    assert quoted_pronoun_speaker('"The harbour will reopen," she said, "and the ferry with it."') is None


def test_the_pronoun_of_a_quotation_is_named_by_the_one_person_just_named() -> None:
    earlier = [("Harbour master Vera Lund said on Monday the quay would be rebuilt.", (Named("Vera Lund", "person"),))]
    made = standalone_quote('"The harbour will reopen in May," she said.', earlier, set())
    assert made is not None and made.quote == '"The harbour will reopen in May," [Vera Lund] said.'
    assert made.reads == '"The harbour will reopen in May," Vera Lund said.'
    two = [("Vera Lund and Omar Tell met on Monday.", (Named("Vera Lund", "person"), Named("Omar Tell", "person")))]
    assert standalone_quote('"The harbour will reopen in May," she said.', two, set()) is None
    assert standalone_quote('"The harbour will reopen in May," she said.', [], set()) is None
