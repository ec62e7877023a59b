"""Metadata a text gives in layouts met on held-out news: posts numbered in brackets ("[post 2] name - date",
"[#271] name - date"), a statement headline that is only "Statement: <body>", an acronym's "press statement",
a column's "published ... in the <Journal>'s ... section" on a long byline line, and a publication's name
before its column label in the headline ("<Magazine> — Policy Watch")."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest import read_sources
from briefgen.ingest.clean import post_header
from briefgen.workspace import load_config

BODY = ("The county council voted on Tuesday to close the Brennock swimming baths for eighteen months while "
        "the roof is replaced, a decision that leaves three schools without a pool for lessons.\n")


def _meta(tmp_path: Path, name: str, text: str) -> tuple[str, str, str]:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    (ws / "sources" / name).write_text(text, encoding="utf-8")
    doc = read_sources(load_config(ws)).docs[0]
    return doc.meta.title, doc.meta.publisher, doc.meta.kind


def test_bracketed_post_numbers_before_a_dash_header_are_post_headers() -> None:
    assert post_header("[post 2] lane_swimmer - 3 Mar 2027 09:30") == ("lane_swimmer", "3 Mar 2027 09:30")
    assert post_header("[#88] poolside_pat - 3 Mar 2027, 10:02") == ("poolside_pat", "3 Mar 2027, 10:02")
    assert post_header("[2] Reuters - 3 Mar 2027") is None  # a reference list's entry, not a post


def test_a_breadcrumb_thread_with_bracketed_posts_is_a_forum_thread(tmp_path: Path) -> None:
    text = ("SwimTalk Forum > Local Pools > Brennock baths - closed till 2028?\n"
            "Thread started 3 Mar 2027\n\n"
            "[post 1] lane_swimmer - 3 Mar 2027 09:12\nEighteen months is a long time for the schools.\n\n"
            "[post 2] poolside_pat - 3 Mar 2027 09:30\nThe roof was patched in 2019 and nobody listened then.\n\n"
            "[post 3] lane_swimmer - 3 Mar 2027 09:41\nThe council says the budget is 4m. I'd bet on more.\n")
    title, publisher, kind = _meta(tmp_path, "thread.txt", text)
    assert (publisher, kind) == ("SwimTalk Forum", "forum thread")


def test_a_statement_headline_naming_only_its_issuer_gives_the_issuer(tmp_path: Path) -> None:
    text = "# Statement: Brennock Swimming Club Association\n\n*Issued 4 March 2027*\n\n" + BODY
    _, publisher, kind = _meta(tmp_path, "statement.md", text)
    assert (publisher, kind) == ("Brennock Swimming Club Association", "statement")


def test_an_acronyms_press_statement_is_a_statement(tmp_path: Path) -> None:
    text = '# BSCA press statement: "Keep the pool open"\n\n*4 March 2027*\n\n' + BODY
    _, publisher, kind = _meta(tmp_path, "statement.md", text)
    assert kind == "statement" and publisher == "BSCA"


def test_a_long_byline_naming_the_journal_it_ran_in_gives_the_publisher(tmp_path: Path) -> None:
    text = ("# Opinion: Eighteen months is too long\n\n"
            "*By Dr Imke Vosloo, consultant paediatrician, Brennock General Hospital — published 5 March 2027 in "
            "the Brennock Medical Journal's public commentary section*\n\n" + BODY)
    _, publisher, kind = _meta(tmp_path, "column.md", text)
    assert (publisher, kind) == ("Brennock Medical Journal", "opinion")


def test_a_publications_name_before_its_column_label_is_the_publisher(tmp_path: Path) -> None:
    text = ("# Leisure & Pools Business — Policy Watch\n\n**Brennock baths: what operators need to know**\n"
            "*5 March 2027 · by Ola Brandt, policy editor*\n\n" + BODY)
    _, publisher, _ = _meta(tmp_path, "note.md", text)
    assert publisher == "Leisure & Pools Business"


def test_a_headline_topic_before_a_column_label_is_no_publisher(tmp_path: Path) -> None:
    text = "# Brennock — Policy Watch\n\n*5 March 2027 · by Ola Brandt*\n\n" + BODY
    _, publisher, _ = _meta(tmp_path, "note.md", text)
    assert publisher != "Brennock"
