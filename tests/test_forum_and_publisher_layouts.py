"""Forum threads in common layouts ("r/Board — Thread: ...", numbered posts, "u/name (day, time):",
a comments box under an article, a breadcrumb over "Thread: ...") and publishers a text names in its
own layout (a tab title with a reworded headline, a masthead with a desk or issue and a date, an
outlet's name before the headline, a body's letterhead with its short form, "<Body> statement:")."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest import read_sources
from briefgen.ingest.clean import clean, masthead, post_header
from briefgen.ingest.readers import read_html
from briefgen.workspace import load_config

PROSE = ("The parish council voted on Monday to close the footbridge for repairs after an inspection found "
         "rot in three of its main beams, a decision that will add a mile to the walk for many residents.\n")


def _meta(tmp_path: Path, name: str, text: str) -> tuple[str, str, str, str]:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    (ws / "sources" / name).write_text(text, encoding="utf-8")
    doc = read_sources(load_config(ws)).docs[0]
    return doc.meta.title, doc.meta.publisher, doc.meta.kind, doc.meta.reliability


def test_numbered_and_bracketed_post_headers_are_read() -> None:
    assert post_header("#3 · pebble_dash · 2h") == ("pebble_dash", "2h")
    assert post_header("14 · riverlane77 · 5 days ago") == ("riverlane77", "5 days ago")
    assert post_header("u/owl_at_noon (4 Mar, 09:15):") == ("u/owl_at_noon", "4 Mar, 09:15")
    assert post_header("1 · The council said") is None
    assert post_header("Post #88 by marsh_hen | 04/03/2027 10:02") is not None  # the forum's own form stays read


def test_a_board_dash_thread_title_is_a_forum_of_that_board(tmp_path: Path) -> None:
    text = ('r/Hollowmere — Thread: "Footbridge shut for a year — anyone know the diversion?"\n'
            "Posted 4 March 2027\n\n"
            "u/owl_at_noon (4 Mar, 09:15):\nThey say a year. I walk it daily so that's a mile each way extra for me.\n\n"
            "u/kettle_drum (4 Mar, 09:40):\nA year is what they always say. Budget is 80k apparently.\n\n"
            "u/owl_at_noon (4 Mar, 10:02):\nWell I'd bet it runs to two years once they find more rot.\n")
    title, publisher, kind, reliability = _meta(tmp_path, "thread.txt", text)
    assert (title, publisher, kind, reliability) == (
        "Footbridge shut for a year — anyone know the diversion?", "r/Hollowmere", "forum thread", "forum comment")


def test_an_articles_numbered_comments_are_a_thread_of_the_site() -> None:
    text = ("Hollowmere Evening Star — Comments (3)\n\n"
            "#1 · pebble_dash · 2h\nA year for a footbridge is absurd.\n\n"
            "#2 · riverlane77 · 1h\nThey found rot in three beams, it's not a paint job.\n\n"
            "#3 · pebble_dash · 40m\nStill absurd.\n")
    found = clean(text)
    assert found.is_thread and found.publisher == "Hollowmere Evening Star"


def test_a_breadcrumb_over_a_thread_line_takes_the_thread_title() -> None:
    text = ("MereTalk Forums > Village Life > Getting About\n"
            "Thread: Footbridge closure - any news on the ferry?\n\n"
            "1 · riverlane77 · 3 days ago\nThe ferry man says he'll run Saturdays.\n\n"
            "2 · pebble_dash · 2 days ago\nOnly Saturdays? Not much use for work.\n")
    found = clean(text)
    assert found.is_thread and found.title == "Footbridge closure - any news on the ferry?"
    assert found.publisher == "MereTalk Forums"


def test_a_tab_title_with_a_reworded_headline_names_the_site() -> None:
    html = ("<html><head><title>Footbridge shut for repairs as beams rot | Hollowmere Evening Star</title></head>"
            "<body><h1>Footbridge shut for a year as inspectors find beams rotten</h1><p>By Ann Lee, 4 March 2027</p>"
            f"<p>{PROSE}</p><p>{PROSE}</p></body></html>")
    meta = read_html(html.encode(), "page.html").meta
    assert meta.get("publisher") == "Hollowmere Evening Star"


def test_a_tab_title_about_something_else_names_no_site() -> None:
    html = ("<html><head><title>Weather warnings for the weekend | Hollowmere Evening Star</title></head>"
            "<body><h1>Footbridge shut for a year as inspectors find beams rotten</h1>"
            f"<p>{PROSE}</p><p>{PROSE}</p></body></html>")
    assert read_html(html.encode(), "page.html").meta.get("publisher", "") == ""


def test_a_statement_tab_names_its_issuer() -> None:
    html = ("<html><head><title>MWA statement: the footbridge must reopen by summer</title></head>"
            "<body><h1>The footbridge must reopen by summer</h1><p>Press statement, 5 March 2027</p>"
            f"<p>{PROSE}</p></body></html>")
    meta = read_html(html.encode(), "page.html").meta
    assert (meta.get("publisher"), meta.get("kind")) == ("MWA", "statement")


def test_a_masthead_with_a_desk_or_an_issue_and_a_date_names_the_publication() -> None:
    assert masthead("*Mere Valley Weekly — Roads & Rivers Desk, 6 March 2027*") is not None
    assert masthead("Parish Pump Review — issue 48, 6 March 2027").publisher == "Parish Pump Review"  # type: ignore[union-attr]


def test_an_outlets_name_before_the_headline_is_the_publisher(tmp_path: Path) -> None:
    text = ("# Bridges Monitor — Hollowmere closure: what a year out costs\n\n"
            "**6 March 2027** · Structures desk\n\n" + PROSE + "\n" + PROSE)
    title, publisher, _, _ = _meta(tmp_path, "note.md", text)
    assert (title, publisher) == ("Hollowmere closure: what a year out costs", "Bridges Monitor")


def test_a_headline_with_a_dash_is_no_outlet(tmp_path: Path) -> None:
    text = "# Hollowmere footbridge — a year of detours ahead\n\n" + PROSE + "\n" + PROSE
    _, publisher, _, _ = _meta(tmp_path, "note.md", text)
    assert publisher != "Hollowmere footbridge"


def test_a_bodys_letterhead_with_its_short_form_names_the_issuer() -> None:
    text = ("Mere Walkers Association (MWA)\n\nStatement on the footbridge closure\n6 March 2027\n\n"
            "We ask the council to publish the inspection report and to set a date for the reopening. " + PROSE)
    found = clean(text)
    assert found.publisher.startswith("Mere Walkers Association")


def test_an_analysts_own_judgements_make_an_analysis(tmp_path: Path) -> None:
    text = ("# What the footbridge closure costs\n\n*Parish Pump Review — Budgets Desk, 6 March 2027*\n\n"
            "The closure adds a mile to the walk. We expect repair costs to exceed the 80,000 pound budget, "
            "and our estimate of the lost trade at the market is about 5,000 pounds a month.\n\n" + PROSE)
    _, publisher, kind, _ = _meta(tmp_path, "note.md", text)
    assert (publisher, kind) == ("Parish Pump Review", "analysis")


def test_we_inside_quotes_is_no_analysts_voice() -> None:
    text = ("HOLLOWMERE, March 4 (Mere Wire) - " + PROSE +
            '"We expect it to take a year," the clerk said. "We think the beams can be saved," she added.\n')
    assert clean(text).kind != "analysis"


def test_a_dated_line_over_posts_without_a_year_dates_the_thread() -> None:
    text = ("r/Hollowmere — Thread: Footbridge shut\nPosted 4 March 2027\n\n"
            "u/owl_at_noon (4 Mar, 09:15):\nThey say a year. That's a mile each way extra for me.\n\n"
            "u/kettle_drum (4 Mar, 09:40):\nA year is what they always say.\n\n"
            "u/owl_at_noon (4 Mar, 10:02):\nI'd bet it runs to two years.\n")
    assert clean(text).date == "2027-03-04"


def test_posts_headed_by_a_bracketed_name_and_time_are_a_thread() -> None:
    text = ("Kessmoor Residents Forum > Transport > Quay bus lane - council vote\n"
            "Thread started 4 March 2026\n\n"
            "[tidal_tom] 4 Mar 2026, 21:10\nJust back from the chamber. Lane approved 19 votes to 14.\n\n"
            "[HarbourGran] 4 Mar 2026, 21:32\nThat is the end of parking on the quay then.\n\n"
            "[tidal_tom] 5 Mar 2026, 07:05\nWork starts in June, the leader said.\n")
    found = clean(text)
    assert found.is_thread and found.publisher == "Kessmoor Residents Forum"
    assert post_header("[HarbourGran] 4 Mar 2026, 21:32") == ("HarbourGran", "4 Mar 2026, 21:32")
    assert post_header("[Updated] 4 Mar 2026, 21:32") is None  # an editor's mark, no poster
    assert post_header("[12] 4 Mar 2026") is None  # a footnote's number
