"""Publishers and kinds that a source's own header gives in forms met on held-out news (session 50):
a forum heading naming the site and the thread on one line with emphasised post headers, a blog
named in a long byline line, a brand's "?" inside an issuer's name, and an organisation's name with
"for" after a page title's headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest import read_sources
from briefgen.ingest.clean import _publisher_name, masthead, post_header, site_and_thread
from briefgen.ingest.readers import title_site
from briefgen.workspace import load_config


def _read(tmp_path: Path, name: str, text: str) -> object:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    (tmp_path / "briefgen.toml").write_text('[brief]\ntitle = "Test"\n', encoding="utf-8")
    return read_sources(load_config(tmp_path)).docs[0].meta


@pytest.mark.parametrize(("line", "header"), [
    ("**Reply from** *river_watch_7* · 3 Mar 2026, 09:10", ("river_watch_7", "3 Mar 2026, 09:10")),
    ("**Started by** *kayak.mum* · 2 Mar 2026, 21:40", ("kayak.mum", "2 Mar 2026, 21:40")),
    ("Started by kayak.mum · 2 Mar 2026", ("kayak.mum", "2 Mar 2026")),
])
def test_a_post_header_with_each_part_emphasised_is_a_post_header(line: str, header: tuple[str, str]) -> None:
    assert post_header(line) == header


@pytest.mark.parametrize("line", [
    "**The council** *said* on Monday that it would reply.",
    "Started work on the bridge in 2024.",
])
def test_emphasised_prose_is_no_post_header(line: str) -> None:
    assert post_header(line) is None


def test_a_heading_naming_the_site_and_the_thread_gives_both() -> None:
    assert site_and_thread('# HarbourTalk.net — Thread: "Is the ferry coming back?"') == (
        "HarbourTalk.net", "Is the ferry coming back?")
    assert site_and_thread("Quayside Forums | Topic: Harbour fees again") == ("Quayside", "Harbour fees again")
    assert site_and_thread("# why we left the town — Thread: ferries") is None
    assert site_and_thread("# HarbourTalk.net — the ferry question") is None


def test_a_forum_page_with_a_site_and_thread_heading_is_the_sites_thread(tmp_path: Path) -> None:
    page = ('# HarbourTalk.net — Thread: "Is the ferry coming back?"\n\n'
            "**Started by** *island_gran* · 2 Mar 2026, 10:42\n\n"
            "The ferry has not sailed for two weeks and nobody tells us anything about the repairs.\n\n"
            "---\n\n**Reply from** *skipper_dan* · 2 Mar 2026, 11:20\n\n"
            "The hull repair needs a dry dock slot, which the operator says it has booked for April.\n\n"
            "---\n\n**Reply from** *island_gran* · 2 Mar 2026, 12:05\n\n"
            "April is far too late for the lambing season deliveries, we need a replacement boat.\n")
    meta = _read(tmp_path, "thread.md", page)
    assert (meta.publisher, meta.kind, meta.title) == ("HarbourTalk.net", "forum thread", "Is the ferry coming back?")


def test_a_brands_question_mark_inside_a_name_but_not_at_its_end() -> None:
    assert _publisher_name("Which Way? Consumer Association")
    assert not _publisher_name("Is This Fair?")


def test_an_issuer_with_a_question_mark_in_its_name_issues_the_statement() -> None:
    head = masthead("Fair Deal? Tenants Union — press statement, 14 May 2026")
    assert head is not None and (head.publisher, head.kind) == ("Fair Deal? Tenants Union", "statement")


def test_a_blog_named_in_a_long_byline_line_is_the_publisher(tmp_path: Path) -> None:
    line = ('*Independent planning law blog "Rights of Way Review" — posted 4 May 2026 by Dr Sara Okonkwo, '
            "reader in planning law*")
    head = masthead(line)
    assert head is not None and (head.publisher, head.author, head.kind) == (
        "Rights of Way Review", "Sara Okonkwo", "blog")
    note = ("# The bypass inquiry: where it stands\n\n" + line + "\n\n"
            "With the inquiry's evidence closed, here is my assessment of the objectors' case against the "
            "council's bypass plan and of what the inspector is likely to recommend.\n")
    meta = _read(tmp_path, "blog.md", note)
    assert (meta.publisher, meta.kind, meta.date) == ("Rights of Way Review", "blog", "2026-05-04")


def test_an_organisation_named_with_for_after_the_tab_headline_is_the_site() -> None:
    html = "<html><head><title>Statement on the bypass - Campaign for Quiet Lanes</title></head><body></body></html>"
    assert title_site(html, "Statement on the bypass") == "Campaign for Quiet Lanes"


@pytest.mark.parametrize(("line", "publisher"), [
    ("**Analyst:** Jonas Berg, Fjord Equity Research", "Fjord Equity Research"),
    ("**Author:** Graham Oduya, Senior Market Analyst", ""),
    ("Analyst: Rina Oake, Transport", ""),
])
def test_a_labelled_writers_firm_is_the_publisher_and_a_role_is_not(line: str, publisher: str) -> None:
    head = masthead(line)
    assert head is not None and head.publisher == publisher
