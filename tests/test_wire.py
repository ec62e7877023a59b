"""Hard-wrapped wire copy: sentences as written, wire clutter left out (and listed), typewriter
quotes and dashes typeset for display only, and the metadata the text gives (date, publisher,
title) in the Sources table."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest import read_sources
from briefgen.ingest.clean import byline, clean, date_line, dateline, dateline_end, headline, typeset, wire_service
from briefgen.ingest.segment import paragraphs, sentences
from briefgen.notes.features import find_entities
from briefgen.workspace import init_workspace, load_config

WIRE = Path(__file__).parent / "fixtures" / "wire"


def _sentences(text: str) -> list[str]:
    found = clean(text)
    return [" ".join(text[s.start:s.end].split()) for s in sentences(text, found.removed)]


# ---------------------------------------------------------------- datelines and credits

DATELINES = {
    "LONDON (AP) _ Three men were arrested on Tuesday.": ("Three men", "Associated Press"),
    "LONDON (AP) — Three men were arrested on Tuesday.": ("Three men", "Associated Press"),
    "LONDON (AP) -- Three men were arrested on Tuesday.": ("Three men", "Associated Press"),
    "KYIV, Ukraine (AP) — Officials said the bridge would reopen.": ("Officials said", "Associated Press"),
    "NAIROBI, Kenya (Reuters) - Kenyan farmers planted early this year.": ("Kenyan farmers", "Reuters"),
    "BALTIMORE, Maryland, March 15 (Reuters) - A comet fragment will pass.": ("A comet", "Reuters"),
    "Paris (AFP) - French unions called a strike for Thursday.": ("French unions", "Agence France-Presse"),
    "WASHINGTON, March 14 (UPI) -- The Senate passed the bill.": ("The Senate", "United Press International"),
    "NEW YORK, Mar. 14, 2006 (Bloomberg) -- Stocks rose for a third day.": ("Stocks rose", "Bloomberg News"),
    "BEIJING, 14 March (Xinhua) -- Exports rose in February.": ("Exports rose", "Xinhua"),
    "ST. LOUIS (AP) _ A jury awarded the family $2 million.": ("A jury", "Associated Press"),
    "SAN FRANCISCO, March 14 /PRNewswire/ -- Acme Corp. said it would hire.": ("Acme Corp.", "PRNewswire"),
    "(CNN) — The storm hit the coast overnight.": ("The storm", "CNN"),
    "HARBOR CITY (Harbor Wire) - The council met.": ("The council", "Harbor Wire"),
    "WASHINGTON _ A Senate committee voted 14-7 on Thursday.": ("A Senate", ""),
    "NEW YORK -- The city's budget gap widened.": ("The city", ""),
    "BRENHEIM — The River Selde burst its banks.": ("The River", ""),
    "HARBOR CITY, March 4, 2026 - The council met on Tuesday.": ("The council", ""),
    "PORT ELLERY, Ohio - The state ordered the plant closed.": ("The state", ""),
    "OSLO (Nordic Wire), Nov. 19, 2026 - The bank held its rate.": ("The bank", "Nordic Wire"),
    "LIMA, Peru (Andes Wire) 19 November 2026 -- Miners marched.": ("Miners marched", "Andes Wire"),
    "Nov. 10, 2026 (Iberia Press) - The court suspended the permit.": ("The court", "Iberia Press"),
    "BOGOTA, Colombia (Andes Wire) - March 3, 2026 - Coffee exports fell.": ("Coffee exports", "Andes Wire"),
}


@pytest.mark.parametrize("line", list(DATELINES))
def test_every_common_dateline_and_credit_is_clutter(line: str) -> None:
    start, publisher = DATELINES[line]
    assert line[dateline_end(line):].startswith(start)
    text = f"Headline for the test story here\n\n{line}\n\nA second paragraph follows the first one here.\n"
    found = clean(text)
    assert [r.reason for r in found.removed] == ["wire dateline and credit"]
    assert _sentences(text)[1].startswith(start)
    assert found.publisher == (wire_service(publisher) if publisher else "")


@pytest.mark.parametrize("line", [
    "U.S. - China talks resumed on Monday in Geneva.",
    "NATO - the alliance - said it would meet.",
    "The Senate (AP) said nothing.",
    "Three Arrested Over East London Warehouse Fire",
    "Officials said the bridge - closed since May - would reopen.",
])
def test_sentences_that_only_look_like_datelines_are_kept(line: str) -> None:
    assert dateline_end(line) == 0
    assert not clean(f"{line}\n").removed


def test_a_bare_capitals_dateline_counts_only_at_the_top() -> None:
    line = "WASHINGTON _ A Senate committee voted on Thursday."
    assert dateline_end(line, first_lines=True) and not dateline_end(line, first_lines=False)


def test_wire_services_are_named_in_full_and_unknown_credits_as_printed() -> None:
    assert wire_service("AP") == "Associated Press" and wire_service("Reuters") == "Reuters"
    assert wire_service("AFP") == "Agence France-Presse" and wire_service("UPI") == "United Press International"
    assert wire_service("Harbor Wire") == "Harbor Wire"


@pytest.mark.parametrize("line,expected", [
    ("By JANE DOE, Associated Press Writer", ("Jane Doe", "Associated Press")),
    ("By JANE DOE and JOHN ROE, AP Science Writers", ("Jane Doe", "Associated Press")),
    ("By Jane Doe | Reuters", ("Jane Doe", "Reuters")),
    ("By Jane Doe", ("Jane Doe", "")),
    ("By DANIEL OKAFOR, Meridian News Service", ("Daniel Okafor", "Meridian News Service")),
    ("By Li Wen, Staff Reporter", ("Li Wen", "")),
    ("By Tuesday evening the river had risen by a metre.", None),
    ("By the end of the year, prices had doubled.", None),
])
def test_bylines_give_author_and_publisher(line: str, expected: tuple[str, str] | None) -> None:
    assert byline(line) == expected


@pytest.mark.parametrize("line", [
    "Copyright 2006 The Associated Press. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Associated Press writer Jane Roe in Leeds contributed to this report.",
    "On the Net: http://www.example.org/fire",
    "AP-ES-03-14-06 1612EST",
    "(Reporting by Li Wen; Editing by Paul Marlow)",
    "By MARGARET HOLLIS, Associated Press Writer",
    "Tue Mar 14, 2006 6:12 PM ET",
])
def test_wire_credits_and_notices_are_clutter(line: str) -> None:
    text = f"Fire Destroys Riverside Warehouse In East London\n\n{line}\n\nThe fire burned for nine hours, officials said.\n"
    removed = [text[r.start:r.end] for r in clean(text).removed]
    assert removed == [line]


def test_a_wrapped_notice_is_clutter_whole() -> None:
    text = (WIRE / "ap-warehouse-fire.txt").read_text(encoding="utf-8")
    assert not any("material may not" in s for s in _sentences(text))


@pytest.mark.parametrize("notice", [
    "(Updates with minister's comment in paragraph 6)",
    "(Adds analyst's note (paragraph 4), share price)",
    "(Recasts, adds union reaction, new hearing date)",
])
def test_newsroom_update_notices_are_clutter_and_no_statement(notice: str) -> None:
    text = ("Harbour Fee Cut After Appeal\n\nDOVER, England (Reuters) - The port cut its fee to 9 pounds\n"
            "on Friday, officials said.\n\n" + notice + "\n")
    removed = {r.reason: " ".join(text[r.start:r.end].split()) for r in clean(text).removed}
    assert removed.get("update notice") == notice
    assert not any("paragraph" in s or "adds" in s.lower() or "Updates" in s for s in _sentences(text))


@pytest.mark.parametrize("paragraph", [
    "(The company declined to comment.)",
    "(Updated figures were not available.)",
    "Updates to the timetable will follow in March, the authority said.",
    "Adds to the pressure on the port, the union said.",
    # a correction is kept as text: the value it says was wrong marks that value (tests/test_corrections_read.py)
    "(Corrects paragraph 3 to say the fee was cut to 9 pounds,\nnot 12 pounds, as originally stated.)",
    "(Adds union comment; corrects paragraph 2 to show the fee was 9 pounds, not 12)",
])
def test_paragraphs_that_are_no_update_notice_are_kept(paragraph: str) -> None:
    text = "Harbour Fee Cut After Appeal\n\nThe port cut its fee on Friday.\n\n" + paragraph + "\n"
    assert not any(r.reason == "update notice" for r in clean(text).removed)


# ---------------------------------------------------------------- dates and titles

@pytest.mark.parametrize("header", [
    "2006-03-14",
    "March 14, 2006",
    "14 March 2006",
    "Tue Mar 14 2006",
    "Tue Mar 14, 2006 6:12 PM ET",
    "Mar. 14, 2006",
    "Tuesday, March 14, 2006",
    "Published: 14/03/2006",
    "Updated 3/14/2006 10:41 a.m.",
    "2006/03/14",
    "March 14, 2006 -- Senate Panel Backs River Clean-Up Bill",
])
def test_dates_from_header_lines_in_any_common_format(header: str) -> None:
    text = f"{header}\n\nThe council voted on Tuesday to raise water rates by 12 percent, officials said.\n"
    assert dateline(text) == "2006-03-14"


@pytest.mark.parametrize("line", [
    "OSLO (Nordic Wire), Nov. 14, 2006 - The bank held its rate.",
    "OSLO, Norway (Nordic Wire) 14 March 2006 -- The bank held its rate.",
    "Mar. 14, 2006 (Iberia Press) - The court suspended the permit.",
    "MADRID, March 14, 2006 (Iberia Press) - The court suspended the permit.",
    "BOGOTA, Colombia (Andes Wire) - March 14, 2006 - Coffee exports fell.",
    "BOGOTA (Andes Wire) -- 14 March 2006 -- Coffee exports fell.",
])
def test_dates_from_wire_datelines_with_the_credit_before_or_after(line: str) -> None:
    text = f"Court halts the mine\n\n{line} Farmers had sued.\n\nA second paragraph follows here.\n"
    assert dateline(text) == ("2006-11-14" if "Nov." in line else "2006-03-14")
    assert not any(s.startswith(("Nov.", "Mar.", "14 March", "(")) for s in _sentences(text))


def test_no_date_from_an_ambiguous_or_impossible_date_or_an_event() -> None:
    assert dateline("03/04/2006\n\nThe council met.\n") == ""
    assert dateline("2006-02-30\n\nThe council met.\n") == ""
    # A date in the first sentence that hard wrapping left on a short line is an event.
    wrapped = ("The water authority said on Tuesday that its new treatment plant, which\n"
               "was approved by the council after two years of public hearings, would\n"
               "open later than planned because of a shortage of parts from suppliers\n"
               "abroad, and that the first water would flow on or after\n"
               "March 3, 2007.\n\nA second paragraph follows here with more news.\n")
    assert dateline(wrapped) == ""


@pytest.mark.parametrize("first,title", [
    ("March 16, 2006 -- Senate Panel Backs River Clean-Up Bill", "Senate Panel Backs River Clean-Up Bill"),
    ("2006-03-16: Senate panel backs river bill", "Senate panel backs river bill"),
    ("China tries its hand at advanced chips: will it succeed?", "China tries its hand at advanced chips: will it succeed?"),
    ("# Council approves the new water rates", "Council approves the new water rates"),
    ("Quick Read", ""),
    ("By JANE DOE, Associated Press Writer", ""),
    ("The council met on Tuesday and raised the rates.", ""),
])
def test_titles_from_headlines(first: str, title: str) -> None:
    assert headline(first) == title


def test_date_lines_are_only_dates() -> None:
    assert date_line("Tue Mar 14, 2006 6:12 PM ET") and date_line("Published: 14 March 2006")
    assert not date_line("The council met on March 14, 2006.")


# ---------------------------------------------------------------- sentences as written

HARD_WRAPPED = """\
Police question three over dockyard blaze

LONDON (AP) _ Three men were questioned on Tuesday after a two-day
joint investigation into the dockyard fire carried out by the
British police and the fire brigade, officials said. The Prime Minister
Tony Blair visited the site. Astronomers using NASA's Hubble Space
Telescope watched a comet on the same night. Its director at the Space
Telescope Science Institute said so. He spoke about the United
Kingdom. Tony Blair thanked the firefighters.

``We are confident we have the right people,'' said a spokeswoman for
the Metropolitan Police. The fire _ the worst in a decade _ destroyed
the warehouse.
"""


def test_hard_wrapped_text_is_segmented_by_paragraphs_not_lines() -> None:
    assert _sentences(HARD_WRAPPED) == [
        "Police question three over dockyard blaze",
        "Three men were questioned on Tuesday after a two-day joint investigation into the dockyard fire "
        "carried out by the British police and the fire brigade, officials said.",
        "The Prime Minister Tony Blair visited the site.",
        "Astronomers using NASA's Hubble Space Telescope watched a comet on the same night.",
        "Its director at the Space Telescope Science Institute said so.",
        "He spoke about the United Kingdom.",
        "Tony Blair thanked the firefighters.",
        "``We are confident we have the right people,'' said a spokeswoman for the Metropolitan Police.",
        "The fire _ the worst in a decade _ destroyed the warehouse.",
    ]


def test_names_never_run_across_a_wrapped_line_into_the_next_sentence() -> None:
    names = {e.name for s in _sentences(HARD_WRAPPED) for e in find_entities(s)}
    assert {"Space Telescope Science Institute", "Tony Blair"} <= names
    assert any(n.endswith("Hubble Space Telescope") for n in names), names
    assert not any(n.startswith(("Telescope", "Kingdom", "British police")) for n in names), names
    assert "Kingdom Tony Blair" not in names and "United Kingdom Tony Blair" not in names


def test_indented_paragraphs_and_unbroken_e_mail_text() -> None:
    reuters = _sentences((WIRE / "reuters-comet.txt").read_text(encoding="utf-8"))
    assert reuters[1] == ("A fragment of a comet that broke apart in 1995 will pass within 7.3 million miles of "
                          "Earth in May, astronomers working with images from NASA's Hubble Space Telescope said "
                          "on Wednesday.")
    email = _sentences((WIRE / "meridian-rivers.txt").read_text(encoding="utf-8"))
    assert email[0] == "March 16, 2006 -- Senate Panel Backs River Clean-Up Bill"
    assert email[1].startswith("A Senate committee voted 14-7") and email[1].endswith("to the full Senate.")
    assert email[-1] == "The full Senate is expected to take up the measure in April."


def test_layout_breaks_survive_wrapping() -> None:
    text = ("# Water rates\n\n"
            "The council approved the new water rates on Tuesday after a long debate\n"
            "about the cost of replacing the oldest pipes in the town centre. It\n"
            "listed three reasons:\n"
            "- the pipes are more than a century old and leak badly every winter\n"
            "- repairs cost more each year than the council had budgeted for them\n"
            "- the regulator has ordered the work to be finished by the end of 2030\n")
    paras = [" ".join(text[a:b].split()) for a, b in paragraphs(text)]
    assert paras[0] == "# Water rates"
    assert paras[1].startswith("The council") and paras[1].endswith("three reasons:")
    assert [p[:6] for p in paras[2:]] == ["- the ", "- repa", "- the "]


def test_unwrapped_text_joins_a_line_that_stops_on_a_word_no_sentence_ends_on() -> None:
    text = ("Three men were questioned on Tuesday after a long inquiry carried out by the\n"
            "British police and the fire brigade, officials said.\nWhat comes next\n"
            "The council will meet again in a week to discuss the rebuilding of the old warehouse.\n")
    assert _sentences(text)[0].endswith("by the British police and the fire brigade, officials said.")
    assert "What comes next" in _sentences(text)


# ---------------------------------------------------------------- typography, for display only

def test_typewriter_quotes_and_dashes_are_typeset_but_paths_and_addresses_are_not() -> None:
    assert typeset("``We are sure,'' he said _ and left -- quickly.") == "“We are sure,” he said — and left — quickly."
    assert typeset("a well--known case") == "a well—known case"
    for kept in ("sources/a--b.txt", "https://example.org/a--b", "run it with --strict", "snake_case _x"):
        assert typeset(kept) == kept


# ---------------------------------------------------------------- the whole pipeline

CLUTTER = re.compile(r"^(?:[A-Z][A-Za-z.' ]{1,40}(?:,[^()]{1,40})?\s*)?\([A-Z][A-Za-z]{1,12}\)|"
                     r"^[A-Z][A-Z.' ]{2,40}(?:,[^_]{1,40})?\s+(?:_|--|—|-)\s|^By [A-Z]|^Copyright")


def _wire_workspace(tmp_path: Path) -> Path:
    ws = init_workspace(tmp_path / "wire", today="2006-03-20")
    for path in WIRE.glob("*.txt"):
        shutil.copy(path, ws / "sources" / path.name)
    return ws


def _statements(md: str) -> list[str]:
    body = md.split("## Evidence")[0]
    found = []
    for line in body.splitlines():
        cells = line.split(" | ")
        if line.startswith("- "):
            found.append(re.sub(r"^\*\*(?:\d{1,2} )?[A-Z][a-z]+ \d{4}(?: \([a-z ]+\))?\*\* — ", "", line[2:]))  # an entry's day or month
        elif line.startswith("| ") and len(cells) >= 3 and not line.startswith("| Actor"):
            found.append(cells[-2])  # a stakeholder position
    return [re.sub(r"\s*\[\[\d+\]\]\(#ev-\d+\).*$", "", s).replace("\\", "") for s in found
            if "[[" in s and len(s.split()) > 6]


def test_wire_copy_builds_whole_sentences_without_clutter(tmp_path: Path) -> None:
    ws = _wire_workspace(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["build", "-w", str(ws), "--audience", "all", "--format", "md"])
    assert result.exit_code == 0, result.output
    check = runner.invoke(main, ["check", "-w", str(ws)])
    assert check.exit_code == 0 and "verified" in check.output, check.output
    seen = nested = 0
    for audience in ("executive", "investor", "policy"):
        md = (ws / "output" / f"{audience}.md").read_text(encoding="utf-8")
        for statement in _statements(md):
            seen += 1
            assert not CLUTTER.search(statement), statement
            assert "``" not in statement and "''" not in statement and " _ " not in statement, statement
            assert re.match(r"[A-Z“\"]", statement) and re.search(r"[.!?”\"]$", statement), statement
        for quote in re.findall(r'<a id="ev-\d+"></a>\*\*\[\d+\]\*\* “(.+?)” — ', md):
            assert "``" not in quote and " _ " not in quote and " -- " not in quote
            # Quotation marks inside a quotation are nested as print nests them.
            assert not re.search(r'["“”]', quote), quote
            nested += "‘" in quote
    assert seen >= 10 and nested >= 1
    # The notes keep the text as read: `check` verified them against it.
    notes = (ws / "notes" / "ap-warehouse-fire.yaml").read_text(encoding="utf-8")
    assert "``We believe" in notes and "LONDON (AP)" not in notes


def test_sources_show_the_metadata_the_wire_text_gives(tmp_path: Path) -> None:
    ws = _wire_workspace(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["build", "-w", str(ws), "--audience", "investor", "--format", "md"]).exit_code == 0
    md = (ws / "output" / "investor.md").read_text(encoding="utf-8")
    table = md.split("## Sources")[1].split("<!--")[0]
    # Wire copy (a dateline with its credit, a byline) is a news report; no analyst rated a
    # source, so there is no Reliability column repeating the kind.
    assert "| Source | Publisher | Date | Kind | Notes cited |" in table
    for row in ("| Three Arrested Over East London Warehouse Fire | Associated Press | 14 March 2006 |",
                "| Comet fragment to pass close to Earth in May, astronomers say | Reuters | 15 March 2006 |",
                "| Senate Panel Backs River Clean-Up Bill | Meridian News Service | 16 March 2006 |"):
        assert row + " news report |" in table
    assert "Untitled source" not in md

    listed = runner.invoke(main, ["sources", "-w", str(ws), "--show-removed"])
    assert listed.exit_code == 0
    for shown in ("removed (wire dateline and credit): LONDON (AP) _",
                  "removed (wire dateline and credit): BALTIMORE, Maryland, March 15 (Reuters) -",
                  "removed (wire dateline and credit): WASHINGTON _",
                  "removed (byline): By MARGARET HOLLIS, Associated Press Writer",
                  "removed (date line): Wed Mar 15, 2006 6:12 PM ET"):
        assert shown in listed.output
    docs = {d.path: d for d in read_sources(load_config(ws)).docs}
    assert docs["sources/ap-warehouse-fire.txt"].meta.author == "Margaret Hollis"


def test_the_analysts_sidecar_wins_over_what_the_text_suggests(tmp_path: Path) -> None:
    ws = _wire_workspace(tmp_path)
    sidecar = ws / "sources" / "sources.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + '\n["ap-warehouse-fire.txt"]\n'
                       'title = "Warehouse fire: three held"\npublisher = "Evening Courier"\ndate = "2006-03-15"\n'
                       'kind = "news report"\n', encoding="utf-8")
    docs = {d.path: d for d in read_sources(load_config(ws)).docs}
    meta = docs["sources/ap-warehouse-fire.txt"].meta
    assert (meta.title, meta.publisher, meta.date) == ("Warehouse fire: three held", "Evening Courier", "2006-03-15")
    assert CliRunner().invoke(main, ["build", "-w", str(ws), "--audience", "investor", "--format", "md"]).exit_code == 0
    table = (ws / "output" / "investor.md").read_text(encoding="utf-8").split("## Sources")[1]
    assert "| Source | Publisher | Date | Kind | Notes cited |" in table
    assert "| Warehouse fire: three held | Evening Courier | 15 March 2006 | news report |" in table


def test_a_quote_copied_from_a_brief_is_found_in_the_text_as_read() -> None:
    from briefgen.models import SourceDoc, SourceMeta
    from briefgen.notes.verify import locate

    text = (WIRE / "meridian-rivers.txt").read_text(encoding="utf-8")
    doc = SourceDoc(id="m", path="sources/m.txt", format="text", sha256="", text=text, meta=SourceMeta(), sentences=())
    shown = typeset("it would ``finally put real money behind the promises we made in 1990.''")
    start, end = locate(doc, shown) or (0, 0)
    assert text[start:end] == "it would ``finally put real money behind the promises we made in\n1990.''"
    start, end = locate(doc, "four other rivers — the largest such program") or (0, 0)
    assert text[start:end] == "four other rivers -- the\nlargest such program"


def test_the_digest_shows_wire_quotes_typeset(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    (ws / "sources" / "a.txt").write_text(
        "LONDON (AP) _ The ferry operator said on Monday that ``we have run out of road,'' and cancelled 40 "
        "sailings across the strait this week.\n\nThe union said the strike would continue until pay talks "
        "resume with the operator next month.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "digest", "-w", str(ws), "--words", "100"])
    assert result.exit_code == 0, result.output
    assert "\u201cwe have run out of road,\u201d" in result.output
    assert "``" not in result.output and "''" not in result.output
