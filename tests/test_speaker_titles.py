"""A speaker's capitalised title before their name is their role, not part of the name: "Chief
Executive Rita Valadares said" is Rita Valadares, Chief Executive (never "Executive Rita Valadares",
role "Chief Chief"); the body before the title belongs to the role ("Meridian Chief Executive");
words of a quote before the title are never the role."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes.features import attribution


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ('"We have put forward a package that creates a credible rival," Chief Executive Rita Valadares said.',
     "Rita Valadares", "Chief Executive"),
    ("Meridian Chief Executive Rita Valadares said the deal would cost jobs.", "Rita Valadares",
     "Meridian Chief Executive"),
    ('"It is a fair price," Executive Anne Park said.', "Anne Park", "Executive"),
    ("Acme Chief Executive Officer Jane Doe said the plan was flawed.", "Jane Doe", "Acme Chief Executive Officer"),
    ("Finance Minister Bjarni Olafsson said the rise was needed.", "Bjarni Olafsson", "Finance Minister"),
    ("President Joe Biden said the plan was flawed.", "Joe Biden", "President"),
])
def test_title_before_a_name_is_the_role(sentence: str, name: str, role: str) -> None:
    found = attribution(sentence)
    assert found is not None
    assert (found[0].name, found[0].role) == (name, role)


@given(st.sampled_from(["Chief Executive", "Finance Minister", "Chief Executive Officer", "Director", "Mayor"]),
       st.sampled_from(["Rita Valadares", "Tomas Brito", "Ana Lopes"]),
       st.sampled_from(["It is a fair deal", "We have listened to the authority", "Nobody saw this coming"]))
def test_a_title_never_stays_in_the_name(title: str, name: str, quote: str) -> None:
    found = attribution(f'"{quote}," {title} {name} said.')
    assert found is not None
    assert found[0].name == name
    assert found[0].role == title
