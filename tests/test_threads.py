"""Forum and discussion threads recognised from their layout, whatever the site: reddit-like,
phpBB-like, Discourse-like, link-aggregator and mailing-list archives, and a board whose posts
open "**name** wrote:". Each becomes a forum thread of posts with their authors; its page head,
statistics, message headers and quoted earlier posts are no statements."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.clean import breadcrumb, clean, post_header, thread_stats
from briefgen.ingest.segment import sentences

THREADS = Path(__file__).parent / "fixtures" / "threads"

EXPECTED = {
    "reddit-lane.md": ["u/spokewise", "u/hillclimber_22", "u/spokewise", "u/bramble_and_bell"],
    "phpbb-reservoir.txt": ["tench_tom", "carpmad", "old_ghillie"],
    "discourse-ferry.txt": ["mairi_b", "dougal.mc", "islay_nurse"],
    "hn-outage.txt": ["lisp_ninja", "throwaway_ops", "kvstore_fan"],
    "list-rezoning.txt": ["Ruth Okafor", "Tomas Berg", "Ruth Okafor"],
    "wrote-board.md": ["runner_bean_ray", "compost_carol", "runner_bean_ray"],
}


def _said(text: str) -> list[str]:
    found = clean(text)
    return [" ".join(text[s.start:s.end].split())
            for s in sentences(text, found.removed, (), [(p.start, p.end) for p in found.posts])]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_thread_of_any_layout_is_a_thread_of_posts_by_their_authors(name: str) -> None:
    text = (THREADS / name).read_text(encoding="utf-8")
    found = clean(text)
    assert found.is_thread, name
    assert [p.author for p in found.posts] == EXPECTED[name]
    said = _said(text)
    # No header, statistic, message field, page head or title is a statement of the thread.
    for line in said:
        assert not line.startswith(("From:", "Date:", "Subject:", "Post by", "Posts:", "Re:", "Board index")), line
        assert "points" not in line and "wrote:" not in line and "Likes" not in line, line
        assert line != found.title
    # Every post's words are kept.
    assert len(said) >= 2 * len(found.posts) - 1


def test_a_thread_without_dated_headers_is_dated_by_its_start_line() -> None:
    found = clean((THREADS / "wrote-board.md").read_text(encoding="utf-8"))
    assert (found.date, found.publisher) == ("2026-03-02", "GardenTalk")
    assert found.title == "Millbrook allotment rent rise, are we being squeezed?"
    assert clean((THREADS / "list-rezoning.txt").read_text(encoding="utf-8")).date == "2026-03-04"
    assert clean((THREADS / "phpbb-reservoir.txt").read_text(encoding="utf-8")).date == "2026-03-03"


def test_a_quoted_earlier_post_is_the_earlier_posters_not_the_quoters() -> None:
    for name, quoted in (("phpbb-reservoir.txt", "Season tickets will be extended"),
                         ("list-rezoning.txt", "Written comments are now due")):
        text = (THREADS / name).read_text(encoding="utf-8")
        assert sum(line.startswith(quoted) for line in _said(text)) == 1, name


@pytest.mark.parametrize(("line", "expected"), [
    ("**kidneybull_88** wrote:", ("kidneybull_88", "")),
    ("Post by tench_tom » Tue Mar 03, 2026 8:14 pm", ("tench_tom", "Tue Mar 03, 2026 8:14 pm")),
    ("lisp_ninja 4 hours ago | next [–]", ("lisp_ninja", "4 hours ago")),
    ("143 points by pgw 5 hours ago | hide | 88 comments", ("pgw", "5 hours ago")),
    ("From: Ruth Okafor <ruth.okafor@example.org>", ("Ruth Okafor", "")),
    ("From: tberg@example.org (Tomas Berg)", ("Tomas Berg", "")),
    ("r/Boating • Posted by u/keelhaul • 2d", ("u/keelhaul", "2d")),
    # Prose is no header.
    ("Flooding 3 days ago closed the road.", None),
    ("From: the mayor's office, a statement.", None),
    ("She wrote: the plan is dead.", None),
])
def test_post_headers_of_other_sites(line: str, expected: tuple[str, str] | None) -> None:
    assert post_header(line) == expected


def test_thread_statistics_lines() -> None:
    assert thread_stats("*Posts: 9 | Views: 4,812 | Last reply: February 14, 2026*") == ""
    assert thread_stats("412 points · 96 comments") == ""
    assert thread_stats("Thread started February 14, 2026") == "2026-02-14"
    assert thread_stats("3 Likes") == ""
    assert thread_stats("The council counted 412 votes.") is None
    assert thread_stats("Turnout was 40 percent | Results at 10pm") is None


def test_breadcrumbs_as_heading_and_ending_in_a_question() -> None:
    assert breadcrumb("# Board > Cars > Is the recall worth it?") == ("Board", "Is the recall worth it?")
    assert breadcrumb("Board index ‹ Local waters ‹ Kessel reservoir") == ("", "Kessel reservoir")
    assert breadcrumb("Prices > costs > wages, the report said.") is None


def test_a_news_report_with_a_from_line_and_ages_is_no_thread() -> None:
    text = ("Ferry operator cuts winter sailings\n\nBy Mairi Bell\n\n"
            "The operator said on Tuesday it would run four sailings a day instead of seven until June.\n\n"
            "Residents said the first boat, 7:40, was too late for commuters. A petition has 600 names.\n\n"
            "From: the operator's statement, the cuts follow a shortage of crew.\n")
    assert not clean(text).is_thread
