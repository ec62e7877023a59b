"""A participle with its agent inside a subject ("a pack of the kind released by X is ...") is no main verb:
a generic statement about a kind tells no happening and is never a story's central event."""
from briefgen.sections import main_event


def test_reduced_relative_with_agent_is_not_the_main_verb() -> None:
    assert main_event("A grey wolf pack of the kind released by NatureScot is a highly territorial unit.") is None
    assert main_event("Porcelain of the sort collected by the Habsburgs is fragile and costly to insure.") is None


def test_reduced_relative_before_a_past_clause_gives_that_clause() -> None:
    found = main_event("The ferry chartered by the county was towed to port on Sunday.")
    assert found is not None and found[0] == "towed"


def test_active_verb_is_still_read() -> None:
    found = main_event("Wildlife officials released six grey wolves into a fenced reserve on Tuesday.")
    assert found is not None and found[0] == "released"
