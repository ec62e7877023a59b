"""One rule for a hyphenated word that hard-wrapped copy broke ("short-\\nlet"): what a brief shows
(`clean.rejoin_hyphens`), what compose reads (`compose._one_line`), what `verify` finds and the names
speakers are given all agree, and a suspended hyphen ("short- and long-term") stays open where shown."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.compose import _one_line
from briefgen.ingest.clean import rejoin_hyphens
from briefgen.ingest.segment import sentences
from briefgen.models import SourceDoc, SourceMeta
from briefgen.notes.features import find_speaker
from briefgen.notes.verify import locate
from briefgen.render.markdown import escape_md


def doc_of(text: str) -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date="2031-05-02"), sentences=sentences(text))


def test_compose_reads_a_suspended_hyphen_as_the_brief_shows_it() -> None:
    text = "The fund backs short-\nand long-term loans to growers in the cross-\nborder valleys."
    assert _one_line(text) == "The fund backs short- and long-term loans to growers in the cross-border valleys."
    assert escape_md(text) == _one_line(text)


def test_compose_reads_a_word_broken_with_a_space_whole() -> None:
    assert _one_line("Councillor Ines Marl- Okafor said the  plan  stands.") == (
        "Councillor Ines Marl-Okafor said the plan stands.")


def test_a_speaker_name_broken_before_a_conjunction_is_not_glued() -> None:
    speaker = find_speaker("The cut was wrong, said Tomas Brenn-\nAldous, the river warden.")
    assert speaker is not None and speaker.name == "Tomas Brenn-Aldous"


def test_verify_finds_a_suspended_hyphen_quote_either_way() -> None:
    doc = doc_of("The fund backs short-\nand long-term loans to growers.")
    assert locate(doc, "The fund backs short- and long-term loans to growers.") is not None
    assert locate(doc, "The fund backs short-and long-term loans to growers.") is not None


def test_verify_closes_a_break_with_a_space_before_the_line_end() -> None:
    # Hard-wrapped copy often keeps a space at the end of a line: "short- \nlet" is still one word.
    doc = doc_of("The council backed a cap on short- \nlet homes on Monday.")
    assert locate(doc, "The council backed a cap on short-let homes on Monday.") is not None


_WORD = st.text(alphabet="abcdeXYZ", min_size=1, max_size=6)
_GAP = st.sampled_from(["\n", " \n", "\n  ", " "])


@given(st.lists(st.tuples(_WORD, st.sampled_from(["-", " "]), _GAP, _WORD), min_size=1, max_size=6))
def test_every_shown_text_verifies_and_reads_as_compose_reads_it(parts: list[tuple[str, str, str, str]]) -> None:
    source = " ".join(a + joint + gap + b for a, joint, gap, b in parts) + "."
    shown = escape_md(source)
    # What a brief shows is what compose reads, and a quote copied from the brief is found in the source.
    assert shown == _one_line(source)
    assert locate(doc_of(source), shown) is not None
    assert rejoin_hyphens(shown) == shown
