"""Publisher, kind and title that a source's own layout gives: research-note headers with
fields and desks, front matter naming the publication, a company's notice in capitals, reader
comments headed "name - date", a page <title> that labels the piece, a columnist's byline."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest import read_sources
from briefgen.ingest.clean import clean, header_line, headline, post_header
from briefgen.ingest.readers import read_html
from briefgen.workspace import load_config

BODY = ("The committee met on Tuesday and agreed the plan after a long debate about costs, "
        "timing and the number of sites that would be affected in the first year of the scheme.\n")


def _meta(tmp_path: Path, name: str, text: str) -> tuple[str, str, str]:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    (ws / "sources" / name).write_text(text, encoding="utf-8")
    doc = read_sources(load_config(ws)).docs[0]
    return doc.meta.title, doc.meta.publisher, doc.meta.kind


def test_a_note_header_with_a_desk_and_fields_names_the_firm_and_the_analyst() -> None:
    text = ("# Orrin Mills (ORM): results preview - margins under strain\n\n"
            "**Talbot Grey Research | Equity Research: Paper & Packaging | 3 March 2027**\n"
            "Analyst: Noor Haddad | Rating: BUY (unchanged) | Target price: 310p (from 335p)\n\n" + BODY)
    found = clean(text)
    assert (found.publisher, found.kind, found.author) == ("Talbot Grey Research", "analysis", "Noor Haddad")


def test_prepared_by_names_the_writer_of_a_briefing() -> None:
    text = ("# Storm Ilse: first loss view\n\n"
            "**Brandmoor Risk Analytics | Event Briefing No. 2027-04 | 9 January 2027**\n"
            "Prepared by: Ada Kirsch, Head of Modelling\n\n" + BODY)
    found = clean(text)
    assert (found.publisher, found.kind, found.author) == ("Brandmoor Risk Analytics", "report", "Ada Kirsch")


def test_a_sector_label_with_an_acronym_is_no_writer() -> None:
    found = header_line("**Quayle Brothers | Equity Research | EU Food Retail**")
    assert found is not None and (found.issuer, found.author, found.kind) == ("Quayle Brothers", "", "analysis")


def test_a_named_genre_line_gives_the_kind_and_front_matter_the_publication(tmp_path: Path) -> None:
    text = ("---\ntitle: \"Bus franchising: the depots are the problem\"\npublication: Transit Ledger Pro\n"
            "date: 2027-02-01\n---\n\n# Bus franchising: the depots are the problem\n\n"
            "*Transit Ledger analysis, 1 February 2027*\n\n" + BODY)
    assert _meta(tmp_path, "note.md", text) == ("Bus franchising: the depots are the problem",
                                                "Transit Ledger Pro", "analysis")


def test_a_companys_notice_in_capitals_gives_issuer_kind_and_title() -> None:
    text = ("WESTBRAY FOODS PLC\nTRADING STATEMENT - UPDATE ON CFO: APPOINTMENT\n\n"
            "Released: 2 March 2027, 07:00\n\n"
            "Westbray Foods plc announces the appointment of a new chief financial officer, who will join\n"
            "the Board on 1 April 2027 after the present CFO steps down at the annual meeting in May.\n")
    found = clean(text)
    assert (found.publisher, found.kind) == ("Westbray Foods plc", "statement")
    assert found.title == "Trading Statement - Update on CFO: Appointment"
    assert not any(r.reason == "wire dateline and credit" for r in found.removed)


def test_reader_comments_headed_name_dash_date_are_a_thread_of_the_site() -> None:
    posts = "".join(f"{user} - 4 Mar 2027, 1{n}:05\nI think the council got this one wrong, honestly, and said so.\n\n"
                    for n, user in enumerate(["TidyRiver", "old_ferryman", "jo_k", "Moderator"]))
    text = ('Comments on: "Council shuts the ferry slipway"\n'
            "KestonPost.example reader comments - 4 March 2027\n\n" + posts)
    found = clean(text)
    assert found.is_thread and len(found.posts) == 4
    assert found.publisher == "KestonPost.example"


def test_two_name_dash_date_lines_stay_mastheads() -> None:
    text = "Filed by Harbour Desk\n\nTidyRiver - 4 Mar 2027, 10:05\n\n" + BODY
    assert not clean(text).is_thread


def test_a_page_title_label_gives_the_kind_and_the_site() -> None:
    html = ("<html><head><title>Comment: Why the slipway must reopen | Keston Post</title></head><body>"
            "<article><h1>Why the slipway must reopen</h1>"
            "<p>The council's decision to close the slipway this week was made in a hurry, without asking "
            "the people who use it every day, and it should be reversed before the summer season begins.</p>"
            "<p>Fishermen, swimmers and the lifeboat crew all depend on it, and none of them was consulted "
            "before the gates were locked on Monday morning by contractors working for the council.</p>"
            "</article></body></html>")
    meta = read_html(html.encode(), "x.html").meta
    assert meta.get("kind") == "opinion" and meta.get("publisher") == "Keston Post"


def test_a_columnists_byline_makes_a_column() -> None:
    text = "Keston's slipway is a symbol of everything the council forgets\n\nBy Ruth Adair, Columnist\n\n" + BODY
    assert clean(text).kind == "opinion"


def test_a_headline_may_end_on_an_abbreviation() -> None:
    assert headline("Ferry to resume sailings at 6.30 a.m.") == "Ferry to resume sailings at 6.30 a.m."
    assert headline("The ferry resumed sailings on Monday.") == ""


def test_a_press_statement_label_names_no_issuer() -> None:
    from briefgen.ingest.clean import header_line

    found = header_line("Press statement \u2014 Friday 22 May 2026")
    assert found is not None and found.kind == "statement" and found.issuer == ""
    named = header_line("Harbour Workers' Union \u2014 Press statement")
    assert named is not None and named.issuer == "Harbour Workers' Union"


def test_a_capitals_masthead_over_the_day_names_the_paper_and_keeps_the_headline() -> None:
    text = ("ORRIN VALLEY TELEGRAPH\nTuesday 4 May 2027\n\n"
            "Parish votes to close the old ferry slipway after storm damage\n\n"
            "By Kit Marr, Local Democracy Reporter\n\n" + BODY)
    found = clean(text)
    assert (found.publisher, found.title) == ("Orrin Valley Telegraph",
                                              "Parish votes to close the old ferry slipway after storm damage")
    column = clean("ORRIN VALLEY TELEGRAPH - COMMENT\nFriday 7 May 2027\n\n"
                   "The slipway deserved a better hearing than it got\n\nBy Kit Marr\n\n" + BODY)
    assert (column.publisher, column.kind) == ("Orrin Valley Telegraph", "opinion")


def test_a_statement_headline_that_opens_on_its_issuer_names_the_issuer() -> None:
    for headline_text in ("Tarn Fell Walkers' Association — statement on the path closure",
                          "Tarn Fell Walkers' Association statement on the path closure"):
        found = clean(f"# {headline_text}\n\n*Monday 3 May 2027*\n\n" + BODY)
        assert (found.publisher, found.kind) == ("Tarn Fell Walkers' Association", "statement")
    report = clean("# Parish council statement angers slipway users\n\n*Monday 3 May 2027*\n\n" + BODY)
    assert report.kind != "statement"


def test_a_from_line_a_statement_issued_line_and_a_paper_dateline_name_the_publisher() -> None:
    letter = clean("# Open letter to the board of Orrin Mills plc\n\n**From: Kestle Road Capital LLP**\n"
                   "**Date: 3 May 2027**\n\n" + BODY)
    assert letter.publisher == "Kestle Road Capital LLP"
    person = clean("# Open letter to the board of Orrin Mills plc\n\n**From: Anna Kestle**\n\n" + BODY)
    assert person.publisher == ""
    issued = clean("# Friends of Marrow Common: we will fight the sale\n\n*Statement issued 3 May 2027*\n\n" + BODY)
    assert (issued.publisher, issued.kind) == ("Friends of Marrow Common", "statement")
    column = clean("# Opinion: the slipway deserved better\n\n*The Orrin Gazette, 7 May 2027*\n\n*By Kit Marr*\n\n" + BODY)
    assert (column.publisher, column.kind) == ("The Orrin Gazette", "opinion")
    credited = clean("Parish votes to close the old ferry slipway\n\nORRIN, 4 May 2027 - " + BODY
                     + "\nReporting by Kit Marr, Orrin Valley Echo\n")
    assert credited.publisher == "Orrin Valley Echo"


def test_a_column_quoted_elsewhere_is_labelled_with_its_writer_not_its_paper() -> None:
    from types import SimpleNamespace

    from briefgen.compose import _Composer
    from briefgen.models import Note, SourceDoc, SourceMeta, Span

    def doc(kind: str) -> SourceDoc:
        return SourceDoc(id="c", path="sources/c.md", format="markdown", sha256="", text="", sentences=(),
                         meta=SourceMeta(kind=kind, author="Kit Marr", publisher="The Orrin Gazette", date="2027-05-07"))

    note = Note(id="n-1", kind="opinion", quote="The slipway deserved better.", span=Span(source="c", start=0, end=28))
    assert _Composer.whose(SimpleNamespace(docs={"c": doc("opinion")}), note) == " (Kit Marr, 7 May 2027)"  # type: ignore[arg-type]
    assert _Composer.whose(SimpleNamespace(docs={"c": doc("analysis")}), note) == " (The Orrin Gazette, 7 May 2027)"  # type: ignore[arg-type]


# Layouts met on held-out news: posts numbered in brackets ("[post 2] name - date"), a headline that is only
# "Statement: <body>", an acronym's "press statement", "published ... in the <Journal>'s ... section" on a long
# byline line, and a publication's name before its column label ("<Magazine> — Policy Watch").
POOL_BODY = ("The county council voted on Tuesday to close the Brennock swimming baths for eighteen months while "
             "the roof is replaced, a decision that leaves three schools without a pool for lessons.\n")


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
    text = "# Statement: Brennock Swimming Club Association\n\n*Issued 4 March 2027*\n\n" + POOL_BODY
    _, publisher, kind = _meta(tmp_path, "statement.md", text)
    assert (publisher, kind) == ("Brennock Swimming Club Association", "statement")


def test_an_acronyms_press_statement_is_a_statement(tmp_path: Path) -> None:
    text = '# BSCA press statement: "Keep the pool open"\n\n*4 March 2027*\n\n' + POOL_BODY
    _, publisher, kind = _meta(tmp_path, "statement.md", text)
    assert kind == "statement" and publisher == "BSCA"


def test_a_long_byline_naming_the_journal_it_ran_in_gives_the_publisher(tmp_path: Path) -> None:
    text = ("# Opinion: Eighteen months is too long\n\n"
            "*By Dr Imke Vosloo, consultant paediatrician, Brennock General Hospital — published 5 March 2027 in "
            "the Brennock Medical Journal's public commentary section*\n\n" + POOL_BODY)
    _, publisher, kind = _meta(tmp_path, "column.md", text)
    assert (publisher, kind) == ("Brennock Medical Journal", "opinion")


def test_a_publications_name_before_its_column_label_is_the_publisher(tmp_path: Path) -> None:
    text = ("# Leisure & Pools Business — Policy Watch\n\n**Brennock baths: what operators need to know**\n"
            "*5 March 2027 · by Ola Brandt, policy editor*\n\n" + POOL_BODY)
    _, publisher, _ = _meta(tmp_path, "note.md", text)
    assert publisher == "Leisure & Pools Business"


def test_a_headline_topic_before_a_column_label_is_no_publisher(tmp_path: Path) -> None:
    text = "# Brennock — Policy Watch\n\n*5 March 2027 · by Ola Brandt*\n\n" + POOL_BODY
    _, publisher, _ = _meta(tmp_path, "note.md", text)
    assert publisher != "Brennock"
