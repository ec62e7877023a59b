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


# ---------------------------------------------------------------- whole builds

_REPORT = """Ferry operator extends winter timetable to June

The Northern Isles ferry operator said on Tuesday it would keep its winter timetable of four
sailings a day until the end of June, instead of returning to seven sailings in April.

Chief executive Alan Reid said the company was short of 14 qualified engineers and could not crew
the second vessel. "We will not sail a ship we cannot crew safely," Reid said.

The island council said the cuts would cost local businesses about £2 million over the spring,
according to its own estimate, and called on the government to fund extra crew training.
"""
_LATER = """Council says ferry cuts will cost island £3 million

The island council said on Friday that the ferry timetable cuts would cost local businesses about
£3 million, revising its earlier estimate after a survey of 220 firms.

Council leader Morag Innes said the operator had "no plan" to restore the summer service and
called for the timetable to be reviewed in May.

The operator said it had hired six engineers since January and expected to hire more, according
to a statement issued on Friday afternoon.
"""
_BLOG = """What the ferry cuts mean for my guesthouse

I have run a guesthouse on the island for eleven years and I have never seen bookings fall like
this. We lost 40 bookings in a week after the timetable was announced, the operator said nothing.

My guests told me they would come back when the boats do. I said I hoped that would be soon, and
the council said it was working on it, but we have heard that before.

Our season depends on April. If the seven sailings do not come back by then, I will close early.
"""
_THREAD = """Ferry cuts - what the council is not telling you
Transport

mairi_b
Mar 4

The council told us the cuts would cost businesses about £9 million, not two. The operator said four sailings until June.

dougal.mc
Mar 4

Nine million is nonsense, the operator said it has 30 engineers short. The council said two million.
"""


def test_a_forum_thread_backs_nothing_and_takes_no_side(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from briefgen.cli import main

    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    for name, text in (("01-report.txt", _REPORT), ("02-later.txt", _LATER), ("03-blog.txt", _BLOG),
                       ("04-thread.txt", _THREAD)):
        (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["-w", str(tmp_path), "build", "--audience", "all", "--format", "json,md"])
    assert result.exit_code == 0, result.output
    for path in (tmp_path / "output").glob("*.json"):
        brief = json.loads(path.read_text(encoding="utf-8"))
        kinds = {s["id"]: s["kind"] for s in brief["sources"]}
        # Undated reports with a headline and attributed prose are news; a first-person post is not.
        assert kinds == {"01-report": "news report", "02-later": "news report", "03-blog": "",
                         "04-thread": "forum thread"}, kinds
        source = {c["number"]: c["source_id"] for c in brief["citations"]}
        for section in brief["sections"]:
            for item in section["items"]:
                cited = [source[n] for n in item["citations"]]
                if item.get("other") or section["style"] == "disagreements":
                    sides = cited + [source[n] for n in (item.get("other") or {}).get("citations", [])]
                    assert "04-thread" not in sides, item
                if "04-thread" in cited:
                    assert cited == ["04-thread"] and item["support"] == 1, item
        markdown = path.with_suffix(".md").read_text(encoding="utf-8")
        table = markdown.split("## Sources")[1]
        assert "Reliability" not in table and "unrated" not in table and "forum comment |" not in table
    # The analyst's own rating is shown, and only then.
    (tmp_path / "sources" / "sources.toml").write_text('["03-blog.txt"]\nreliability = "first-hand, one business"\n',
                                                       encoding="utf-8")
    assert runner.invoke(main, ["-w", str(tmp_path), "build", "--audience", "all", "--format", "md"]).exit_code == 0
    for path in (tmp_path / "output").glob("*.md"):
        table = path.read_text(encoding="utf-8").split("## Sources")[1]
        if "What the ferry cuts mean" in table:
            assert "first-hand, one business" in table, path.name
        if "| Source |" in table:
            assert "| Reliability |" in table and "not rated" in table, path.name


@pytest.mark.parametrize("sides", [(), ("Reid", "islay_nurse")])
def test_a_forum_post_is_no_side_of_a_disagreement(sides: tuple[str, ...]) -> None:
    from briefgen.audiences import load_profile
    from briefgen.compose import _Composer
    from briefgen.models import Disagreement, Note, NoteSet, Sentence, SourceDoc, SourceMeta, Span

    said = {"news": ("The operator said on Tuesday it was short of 14 qualified engineers.", "news report", ""),
            "other": ("The council said on Wednesday the operator was short of 20 engineers.", "news report", ""),
            "forum": ("The operator is short of 30 engineers, whatever it says.", "forum thread", "forum comment")}
    docs = {key: SourceDoc(id=key, path=f"sources/{key}.txt", format="text", sha256="", text=text,
                           meta=SourceMeta(date="2026-03-04", kind=kind, reliability=tier or kind),
                           sentences=(Sentence(start=0, end=len(text), para=1, sent=1, line=1),))
            for key, (text, kind, tier) in said.items()}
    notes = tuple(Note(id=f"n-{key}", kind="statement", quote=text, score=0.9,
                       span=Span(source=key, start=0, end=len(text), author="islay_nurse" if key == "forum" else ""))
                  for key, (text, _, _) in said.items())

    def shown(*pairs: Disagreement) -> list[str]:
        composer = _Composer(noteset=NoteSet(notes=notes, sources=tuple(docs.values()), disagreements=pairs),
                             profile=load_profile(None, "policy"), docs=docs, as_of="2026-03-05")
        spec = next(s for s in composer.profile.sections if s.style == "disagreements")
        section = composer.section(spec)
        return [item.note_id for item in section.items] if section else []

    reason = "different figures for engineers short"
    # Between two reports, the disagreement is shown; with a forum post on a side, it is not.
    assert shown(Disagreement(a="n-news", b="n-other", reason=reason, sides=sides)) == ["n-news"]
    assert shown(Disagreement(a="n-news", b="n-forum", reason=reason, sides=sides)) == []
    assert shown(Disagreement(a="n-forum", b="n-news", reason=reason, sides=sides)) == []


@pytest.mark.parametrize(("line", "expected"), [
    ("u/quayside_kit · 19 Oct 2026, 21:14", ("u/quayside_kit", "19 Oct 2026, 21:14")),
    ("    u/ferry_regular · 2026-10-19 21:31", ("u/ferry_regular", "2026-10-19 21:31")),
    ("**u/harbour_mod** · 12 Oct 2026", ("u/harbour_mod", "12 Oct 2026")),
    ("@kate_r · 3 hours ago", ("@kate_r", "3 hours ago")),
])
def test_a_reddit_like_post_header_with_a_dated_line_names_its_poster(line: str, expected: tuple[str, str]) -> None:
    assert post_header(line) == expected


def test_a_nested_reddit_like_thread_with_dated_headers_is_a_forum_thread() -> None:
    from briefgen.ingest.clean import title_kind

    text = ("r/Quayside · Harbour board delays dredging to March, depth limit 9 m. Thoughts?\n"
            "Posted by u/quayside_kit · 19 Oct 2026\n\n"
            "u/quayside_kit · 19 Oct 2026, 21:14\n"
            "So it's March now, and the board says the channel stays at 9 metres until then.\n\n"
            "  u/ferry_regular · 19 Oct 2026, 21:31\n"
            "  The pilots told us the bar is silting faster than that. Two groundings last month.\n\n"
            "    u/quayside_kit · 19 Oct 2026, 21:40\n"
            "    The survey says 14 of 60 ships were delayed, so most got in fine.\n")
    found = clean(text)
    assert found.is_thread
    assert [p.author for p in found.posts if p.author] == ["u/quayside_kit", "u/ferry_regular", "u/quayside_kit"]
    assert title_kind(text.splitlines()[0]) == "forum thread"


def _composer_with_a_post(post_kind: str, post_tier: str, sections: tuple[object, ...] = ()) -> object:
    from dataclasses import replace

    from briefgen.audiences import load_profile
    from briefgen.compose import _Composer
    from briefgen.models import Note, NoteSet, Sentence, SourceDoc, SourceMeta, Span

    said = {"news": ("The harbour board said on Tuesday it had delayed dredging of the channel to March.",
                     "news report", "news report", ""),
            "post": ("The dredging contract was worth 4.8 million pounds before the board cut it.",
                     post_kind, post_tier, "quayside_kit")}
    docs = {key: SourceDoc(id=key, path=f"sources/{key}.txt", format="text", sha256="", text=text,
                           meta=SourceMeta(date="2026-10-20", kind=kind, reliability=tier, title=f"{key} title"),
                           sentences=(Sentence(start=0, end=len(text), para=1, sent=1, line=1),))
            for key, (text, kind, tier, _) in said.items()}
    notes = tuple(Note(id=f"n-{key}", kind="fact", quote=text, score=0.9 if key == "news" else 0.95,
                       span=Span(source=key, start=0, end=len(text), author=author))
                  for key, (text, _, _, author) in said.items())
    profile = load_profile(None, "policy")
    if sections:
        profile = replace(profile, sections=sections)
    return _Composer(noteset=NoteSet(notes=notes, sources=tuple(docs.values())), profile=profile, docs=docs,
                     as_of="2026-10-21")


@pytest.mark.parametrize(("kind", "tier"), [("forum thread", "forum comment"), ("news report", "news report")])
def test_a_post_is_labelled_as_a_forum_comment_whatever_page_carries_it(kind: str, tier: str) -> None:
    composer = _composer_with_a_post(kind, tier)
    post = composer.by_id["n-post"]  # type: ignore[attr-defined]
    assert composer.label(post) == "Forum comment by quayside_kit"  # type: ignore[attr-defined]
    assert composer.forum(post) and not composer.reports(post)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("kind", "tier"), [("forum thread", "forum comment"), ("news report", "news report")])
def test_a_post_is_no_statement_of_a_section_of_facts(kind: str, tier: str) -> None:
    from briefgen.models import SectionSpec

    lead = SectionSpec(id="lead", title="Lead", kinds=("fact",), max_items=1)
    facts = SectionSpec(id="money", title="Money")
    composer = _composer_with_a_post(kind, tier, (lead, facts))
    shown = []
    for spec in (lead, facts):
        section = composer.section(spec)  # type: ignore[attr-defined]
        shown += [item.note_id for item in section.items] if section else []
    assert "n-news" in shown and "n-post" not in shown
