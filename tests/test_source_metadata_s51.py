"""Publishers, dates and writers that a source's own header gives in forms met on held-out news (session 51):
a byline whose role names the writer's organisation and whose set-off part names the outlet that ran the
piece, a date in a byline line under a bold headline, a statement from a group with a long name, a forum
breadcrumb whose thread title ends on "!", and a web page whose byline is in its body only."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest import read_sources
from briefgen.ingest.clean import breadcrumb, header_line
from briefgen.ingest.readers import page_byline
from briefgen.workspace import load_config


def _read(tmp_path: Path, name: str, text: str) -> object:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    (tmp_path / "briefgen.toml").write_text('[brief]\ntitle = "Test"\n', encoding="utf-8")
    return read_sources(load_config(tmp_path)).docs[0].meta


_BODY = ("The ferry board met on Tuesday and agreed to keep the winter timetable, officials said. "
         "Passengers had asked for a later sailing on Fridays, according to the users' group. "
         "The board said it would look again at the timetable in the spring.\n")


def test_the_outlet_set_off_after_a_byline_ran_the_piece_not_the_writers_organisation() -> None:
    found = header_line("*By Rev. Ada Pell, chair of Kestle Churches Together — Kestle Courier, 4 March 2026*")
    assert found is not None and (found.author, found.issuer) == ("Ada Pell", "Kestle Courier")
    plain = header_line("By Tom Reyes, senior fellow at the Coastal Policy Institute — The Harbour Review, 3 May 2026")
    assert plain is not None and plain.issuer == "The Harbour Review"
    # without a set-off outlet, the organisation in the role is still what the line names
    alone = header_line("By Ada Pell, chair of Harbour Users Group | 3 May 2026")
    assert alone is not None and alone.issuer == "Harbour Users Group"


def test_an_opinion_piece_under_a_byline_with_its_outlet_is_that_outlets(tmp_path: Path) -> None:
    meta = _read(tmp_path, "op.md", "# Opinion: The ferry timetable forgets the islands\n\n"
                 "*By Rev. Ada Pell, chair of Kestle Churches Together — Kestle Courier, 4 March 2026*\n\n"
                 "I have crossed to the islands every week for twenty years. " + _BODY)
    assert (meta.publisher, meta.date, meta.kind) == ("Kestle Courier", "2026-03-04", "opinion")


def test_the_date_in_a_byline_line_under_a_bold_headline_dates_the_note(tmp_path: Path) -> None:
    meta = _read(tmp_path, "note.md", "# Ferry Economics Weekly — Operator briefing\n\n"
                 "**Kestle ferries: winter losses could reach £2m**\n"
                 "*9 April 2026 · by Mara Quill, transport economist*\n\n" + _BODY)
    assert meta.date == "2026-04-09"


def test_a_statement_from_a_group_with_a_long_name_is_the_groups(tmp_path: Path) -> None:
    meta = _read(tmp_path, "st.md", "# Statement from the North Quay and Old Harbour Residents Action Group\n\n"
                 "*Kestle, 6 April 2026*\n\n"
                 "We are glad the board listened. We ask it to publish the passenger counts for the winter. " + _BODY)
    assert (meta.publisher, meta.kind) == ("North Quay and Old Harbour Residents Action Group", "statement")


def test_a_forum_breadcrumb_whose_thread_title_ends_on_an_exclamation_mark() -> None:
    assert breadcrumb("# KestleTalk forums › Local issues › Friday sailing — it's back!") == (
        "KestleTalk", "Friday sailing — it's back!")
    assert breadcrumb("Home › News › The board kept the timetable.") is None  # a sentence, not a thread title


def test_a_forum_thread_under_such_a_breadcrumb_names_its_site(tmp_path: Path) -> None:
    meta = _read(tmp_path, "f.md", "# KestleTalk forums › Local issues › Friday sailing — it's back!\n\n"
                 "**Thread started by quay_fan · 6 April 2026, 20:14**\n\n"
                 "Board just agreed to bring back the late Friday sailing. Anyone going to the meeting?\n\n---\n\n"
                 "**reply from Tess_M · 6 April 2026, 20:31**\n\nFinally. The last boat at six was useless for "
                 "anyone working in town.\n\n---\n\n**reply from harbour_dog · 6 April 2026, 21:02**\n\n"
                 "Only on Fridays though. Still no late boat on the other days.\n\n---\n\n"
                 "**reply from quay_fan · 6 April 2026, 21:15**\n\nOne step at a time. The board meets again in May.\n")
    assert (meta.title, meta.publisher, meta.kind) == ("Friday sailing — it's back!", "KestleTalk", "forum thread")


def test_a_web_page_byline_in_the_body_names_the_writer() -> None:
    html = ("<html><head><title>Ferry timetable: what changes | Kestle Evening Post</title></head><body>"
            "<nav><a href='/'>Home</a></nav><article><h1>Ferry timetable: what changes</h1>"
            "<p class='meta'>By Nadia Orme, Transport Reporter · Published 10 March 2026, 18:40</p>"
            "<p>The board's new timetable runs to 14 pages.</p></article></body></html>")
    assert page_byline(html) == "Nadia Orme"
    assert page_byline("<p>By the way, the sailing is back.</p><p>Bye</p>") == ""


def test_a_web_page_explainer_with_a_reporters_byline_is_a_news_report(tmp_path: Path) -> None:
    html = ("<html><head><title>Ferry timetable: what the board's plan actually says | Kestle Evening Post</title>"
            "</head><body><nav><ul><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
            "<article><h1>Ferry timetable: what the board's plan actually says</h1>"
            "<p class='meta'>By Nadia Orme, Transport Reporter · Published 10 March 2026, 18:40</p>"
            "<p>The board's draft timetable runs to 14 pages. Here is what it would change, and what is still "
            "in dispute between the operator and the islanders.</p>"
            "<h2>The sailings</h2><p>Four sailings a day in winter, five in summer, with the last boat leaving "
            "the mainland at six in the evening on weekdays and at eight on Fridays.</p>"
            "<h2>Fares</h2><p>Fares would rise by four percent from May, the first rise in three years, and "
            "season tickets by two percent for island residents.</p></article></body></html>")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "page.html").write_text(html, encoding="utf-8")
    (tmp_path / "briefgen.toml").write_text('[brief]\ntitle = "Test"\n', encoding="utf-8")
    meta = read_sources(load_config(tmp_path)).docs[0].meta
    assert (meta.publisher, meta.date, meta.kind) == ("Kestle Evening Post", "2026-03-10", "news report")
