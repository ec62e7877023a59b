"""A hyphenated title before a name ("Secretary-General", "Director-General") is the role, not the name's first word."""
from briefgen.notes.features import attribution


def test_hyphenated_title_is_role() -> None:
    found = attribution('"Fares must rise," ILO Director-General Amara Okonkwo told delegates in Geneva.')
    assert found is not None
    assert found[0].name == "Amara Okonkwo"
    assert found[0].role == "ILO Director-General"


def test_hyphenated_first_name_stays() -> None:
    found = attribution('"We are ready," Jean-Pierre Dumas said.')
    assert found is not None and found[0].name == "Jean-Pierre Dumas"
