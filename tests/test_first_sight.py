"""A brief statement whose subject is a description another sentence introduced is no reader's first sight of it."""
from briefgen.notes.context import additive_opening, definite_descriptions, introduces


def test_a_described_subject_and_its_introduction():
    assert definite_descriptions("The ferry contract's penalty clause was dropped.") == [("contract", ("ferry",))]
    assert definite_descriptions("The harbour levy funds the dredging of the channel.") == [("levy", ("harbour",))]
    assert ("plan", ()) in definite_descriptions("The mayor's adviser said the plan would cost less.")
    assert introduces("The city signed a ten-year ferry contract with Vestlink.", "contract", ("ferry",))
    assert not introduces("The ferry contract was signed.", "contract", ("ferry",))


def test_in_a_separate_development_is_additive():
    assert additive_opening("In a separate development, the port reopened.") == len("In a separate development, ")
    assert additive_opening("In a statement, the port said it reopened.") == 0
