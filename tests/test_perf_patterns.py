"""Patterns compiled once for speed (perf4) match as the inline ones they replace."""

import re

from hypothesis import given
from hypothesis import strategies as st

from briefgen.ingest.clean import _plain
from briefgen.notes.links import names


@given(st.text(alphabet=" *_ab\t", max_size=12))
def test_plain_is_the_regex_it_short_cuts(line: str) -> None:
    assert _plain(line) == re.sub(r"^[*_]+\s*|\s*[*_]+$", "", line.strip())


def test_plain_strips_emphasis_around_a_byline() -> None:
    assert _plain("**By Mirjam Kool** | *Veldhaven Gazette* | 11 October 2024") == \
        "By Mirjam Kool** | *Veldhaven Gazette* | 11 October 2024"
    assert _plain("  *Published: 3 May*  ") == "Published: 3 May"


def test_names_drop_possessives_and_a_lone_first_word() -> None:
    assert names("Orlen Energy's board met Tarvo") == frozenset({"Orlen", "Energy", "Tarvo"})
    assert names("Yesterday the board met") == frozenset()
