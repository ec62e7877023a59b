"""Speakers of a quotation attributed after it: a bare surname ("...," Marr said) keeps the
quotation's closing mark in what the speaker says, so a first-person quotation is a position;
and a described role before the name ("...," said the guild's secretary, Ida Vell) names its speaker."""
from briefgen.notes import features


def test_surname_after_quotation_keeps_the_closing_mark():
    found = features.attribution('"Nine is a number I can defend to my members," Marr said.')
    assert found is not None
    speaker, verb, clause, _ = found
    assert speaker.name == "Marr" and verb == "said"
    assert clause.startswith('"Nine is a number I can defend to my members,"')


def test_first_person_quotation_then_surname_is_a_position():
    found = features.find_speaker('"Nine is a number I can defend to my members," Marr said.')
    assert found is not None and found.name == "Marr"


def test_surname_after_a_plain_fact_is_still_no_position():
    assert features.find_speaker('"The kiln is forty years old," Marr said.') is None


def test_described_role_then_name_after_the_verb():
    found = features.find_speaker('"Our members will not accept it," said the guild\'s secretary, Ida Vell.')
    assert found is not None
    assert found.name == "Ida Vell"
    assert found.role == "guild's secretary"


def test_described_role_then_name_keeps_the_relative_clause_out_of_the_name():
    found = features.attribution("Orders fell, said the firm's chief executive, Ida Vell, who joined in May.")
    assert found is not None
    assert found[0].name == "Ida Vell" and found[0].role == "firm's chief executive"
    assert "who joined in May" in found[2]


def test_a_name_in_apposition_to_a_subject_is_not_taken():
    # "the mayor, Ann Lee, would visit": the council speaks; the mayor is what it said
    found = features.attribution("The council said the mayor, Ann Lee, would visit on Friday.")
    assert found is None or found[0].name != "Ann Lee"
