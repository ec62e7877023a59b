"""Who speaks and for whom: an issuer's header with its short form and a series number, an outlet line
under an op-ed writer's byline, a dateline under a report's headline, and a text's own first person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from briefgen.compose import own_voice
from briefgen.ingest.clean import clean, header_line

BODY = ("The valley's orchards lost a third of their bees over the winter, the growers' board said, and "
        "pollination fees rose to 210 euros a hive.\n\nThe board will publish its spring count in June.\n")


def test_issuer_with_short_form_and_series_number() -> None:
    found = header_line("Alpine Institute for Farm Economics (AIFE) - Briefing Paper No. 9")
    assert found is not None and (found.issuer, found.genre) == ("Alpine Institute for Farm Economics", True)
    found = header_line("Tarn Rural Studies Centre (TRSC) - Policy Note 2026/11")
    assert found is not None and (found.issuer, found.kind) == ("Tarn Rural Studies Centre", "analysis")


def test_dotted_header_with_title_and_university() -> None:
    line = ("Farm economics note by Prof. Ilse Varga, Pollination Research Unit, University of Graz. "
            "Published 4 May 2026.")
    found = header_line(line)
    assert found is not None
    assert (found.kind, found.author, found.issuer) == ("analysis", "Ilse Varga", "Pollination Research Unit")


def test_outlet_line_under_the_writers_byline_is_the_publisher() -> None:
    text = ("Opinion: Pay the beekeepers, not the sprayers\n\nBy Mara Kolb, chair of the Valley Growers' Board\n\n"
            "Alpenland Kurier, 6 May 2026\n\n" + BODY)
    found = clean(text)
    assert (found.publisher, found.author, found.kind) == ("Alpenland Kurier", "Mara Kolb", "opinion")


def test_without_an_outlet_line_the_byline_is_read_as_before() -> None:
    text = "Opinion: Pay the beekeepers\n\nBy Mara Kolb, chair of the Valley Growers' Board\n\n6 May 2026\n\n" + BODY
    assert clean(text).publisher == "Valley Growers' Board"


def test_dateline_under_a_report_headline_is_not_part_of_it() -> None:
    text = ("Styrian Court of Audit\nInspection report: Subsidies for orchard pollination\nGraz, 4 May 2026\n\n"
            + BODY)
    found = clean(text)
    assert found.title == "Inspection report: Subsidies for orchard pollination"
    assert found.kind == "report"


def test_own_voice_outside_quotation_marks() -> None:
    assert own_voice("Hives. We expect losses to ease next year.").group() == "We"  # type: ignore[union-attr]
    assert own_voice("Our count puts losses at 31 percent.").group() == "Our"  # type: ignore[union-attr]
    assert own_voice("I see no case for a levy.").group() == "I"  # type: ignore[union-attr]
    assert own_voice('"We will replant," said Jana Hofer, the board\'s chair.') is None
    assert own_voice("After World War I the orchards were replanted.") is None
    assert own_voice("The board said losses rose to 31 percent.") is None


@given(st.text(alphabet="abcdefgh WeIOur,.", max_size=60))
def test_quoted_words_are_never_the_texts_own_voice(words: str) -> None:
    quoted = words.replace('"', "").replace("“", "").replace("”", "")
    assert own_voice(f'“{quoted}”, the grower said.') is None


def test_a_columnists_we_is_no_one_the_brief_can_name(voice_shown: Callable[..., str | None]) -> None:
    """An opinion column's "we" (the country, the project) is not its writer: the statement is left out."""
    column = {"kind": "opinion", "author": "Viengkham Sisouk", "publisher": "Vientiane Economic Review"}
    assert voice_shown("The overrun is above 15%, and we are already past that.", **column) is None


def test_a_bracket_never_leaves_the_writers_voice_half_told(tmp_path: Path) -> None:
    """A note's "we" is named in a bracket only when it is the writer's one first-person word:
    "[Halden Research] expect ... and we cut our estimates" reads as a broken sentence, so such a
    statement is left out; with one "we" it is named."""
    from briefgen.cli import main
    from briefgen.compose import _voice_named
    from briefgen.ingest import read_sources
    from briefgen.models import Note, Span
    from briefgen.workspace import load_config

    assert CliRunner().invoke(main, ["init", str(tmp_path / "ws")]).exit_code == 0
    one, both = ("We expect the regulator to charge peers about $900 million.",
                 "We expect the regulator to charge peers about $1 billion, and we cut our 2027 estimates.")
    (tmp_path / "ws" / "sources" / "note.md").write_text(
        f"# Lenders face a bill\n\n**Halden Research | Bank equity note | 12 November 2026**\n\n{one} {both}\n",
        encoding="utf-8")
    doc = read_sources(load_config(tmp_path / "ws")).docs[0]
    assert doc.meta.publisher == "Halden Research"

    def shown(quote: str) -> str | None:
        start = doc.text.index(quote)
        found = _voice_named(Note(id="n1", kind="claim", quote=quote,
                                  span=Span(source=doc.id, start=start, end=start + len(quote))), doc)
        return None if found is None else found.quote

    assert shown(one) == "[Halden Research] expect the regulator to charge peers about $900 million."
    assert shown(both) is None
