"""links._written_capitalised is the regex it replaced, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.notes.links import _written_capitalised

_TEXT = st.text(alphabet=st.sampled_from(list("Aab_1 '’-.éÉ²\u00a0")), max_size=30)


@settings(max_examples=2000, deadline=None)
@given(word=st.text(alphabet=st.sampled_from(list("Aabé_1'")), min_size=1, max_size=3), clause=_TEXT)
def test_same_as_the_regex(word: str, clause: str) -> None:
    expected = re.search(r"(?<![\w'’])" + re.escape(word) + r"(?![\w])", clause) is not None
    assert _written_capitalised(word, clause) is expected


def test_examples() -> None:
    assert _written_capitalised("Dalby", "Martin Dalby welcomed it")
    assert _written_capitalised("Dalby", "Dalby's plan")
    assert not _written_capitalised("Port", "the Portland deal")
    assert not _written_capitalised("Port", "O’Port said")
    assert _written_capitalised("Port", "(Port) said")
