"""A happening told by a verb in one source and named again by a definite noun phrase in another."""

from briefgen.compose import _event_noun, _names_again, _stems


def test_indefinite_object_is_the_event_noun() -> None:
    assert _event_noun("Norland signed a fishing accord with Vesterhavn on Friday after long talks.") == "accord"
    assert _event_noun("The mill halted production at its plant on Monday.") is None  # no indefinite article


def test_definite_reference_with_shared_words_names_it_again() -> None:
    args = _stems("Norland fishing accord with Vesterhavn on") - {"sign"}
    assert _names_again("Critics said the fishing accord gives Vesterhavn too much.", "accord", args)
    assert _names_again("Boats must follow its new accord with Vesterhavn from May.", "accord", args)
    assert not _names_again("An accord on pensions was also discussed.", "accord", args)  # no definite reference
    assert not _names_again("The accord was praised.", "accord", args)  # one shared word only
