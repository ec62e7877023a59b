"""A pronoun subject goes back to the subject of the sentence before, not to a name inside its predicate:
no bracket is written when an untyped name opens that sentence and another person is named in it
(context.referent); a person told by a role in a body only a pronoun names, and a fronted arrangement with
no comma, leave the statement to its sentence before (context.unseen_referent). Invented text."""

from __future__ import annotations

from briefgen.notes.context import Named, standalone_quote, unseen_referent

SUING = ("Kettering is suing the weekly's owner, Marl Press Ltd, and its reporter, Joan Ruddock, over a "
         "column printed in May.", (Named("Marl Press Ltd", "organisation"), Named("Joan Ruddock", "person")))


def test_he_after_a_subject_not_typed_as_a_person_gets_no_bracket_of_the_name_in_the_predicate() -> None:
    assert standalone_quote("He wants 80,000 pounds in damages.", [SUING], set()) is None


def test_the_subject_herself_is_still_named() -> None:
    earlier = [("Joan Ruddock told the court the column was fair comment.", (Named("Joan Ruddock", "person"),))]
    made = standalone_quote("She is asking for her costs.", earlier, set())
    assert made is not None and made.quote == "[Joan Ruddock] is asking for her costs."
    titled = [("Councillor Joan Ruddock told the court the column was fair.", (Named("Joan Ruddock", "person"),))]
    made = standalone_quote("She is asking for her costs.", titled, set())
    assert made is not None and made.quote == "[Joan Ruddock] is asking for her costs."


def test_a_body_typed_as_one_opening_the_sentence_does_not_compete() -> None:
    earlier = [("Marl Press said it would appeal, according to Joan Ruddock.",
                (Named("Marl Press", "organisation"), Named("Joan Ruddock", "person")))]
    made = standalone_quote("She is asking for her costs.", earlier, set())
    assert made is not None and made.quote == "[Joan Ruddock] is asking for her costs."


def test_a_role_in_a_body_only_a_pronoun_names_is_unseen() -> None:
    assert unseen_referent("Tomas Berg, its site manager, said the tank had been inspected in June.")
    assert unseen_referent("Tomas Berg, their spokesman, said the tank had been inspected.")
    assert not unseen_referent("Tomas Berg, site manager at Oreland Tanks, said the tank had been inspected.")


def test_a_fronted_arrangement_without_a_comma_is_unseen() -> None:
    assert unseen_referent("Under the settlement the club will not sell the ground before 2030.")
    assert not unseen_referent("Under the settlement signed on Friday the club will not sell the ground.")
    assert not unseen_referent("Under the settlement the club signed, ground sales stop.", "club ground settlement")


def test_a_person_after_a_role_opening_the_sentence_is_its_subject() -> None:
    earlier = [("Harbour master Joan Ruddock told reporters the quay was shut.", (Named("Joan Ruddock", "person"),))]
    made = standalone_quote("She said the quay would reopen on Friday.", earlier, set())
    assert made is not None and made.quote == "[Joan Ruddock] said the quay would reopen on Friday."
