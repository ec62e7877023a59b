"""The opening section: the story's central event, the latest news report's lede after it when the
lead comes from an earlier source, each fact once (a clause that retells a printed statement is left
out visibly), and a going-on verb tells the event's state only of the event's own thing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes.glosses import person_gloss

FIRST = """Varlo harbour ferry tender draws one offer for three routes

VARLO, March 3 (Baltwire) - The Varlo regional council's ferry tender drew a single offer when it
closed on Monday, leaving two of the three island routes on offer without an operator and putting
the council's 2028 timetable in doubt.

The council said it had offered contracts for three routes worth about 60 million euros in total.
Only one offer was received, for the northern route, from the operator Nordfjell Line.

The transport committee chair, Anja Lepp, said the council remained committed to year-round service
on all three routes.
"""
SECOND = """Why nobody bid: the fuel arithmetic behind the Varlo ferry tender

When the Varlo ferry tender closed last week with a single offer for three routes, operators were
quick to point to one number: the subsidy ceiling of 4.1 million euros a year per route.

Fuel for a 600-passenger ferry now costs about 2.3 million euros a year, compared with 1.4 million
euros in 2021, the operators' association said.
"""
THIRD = """UPDATE 1-Varlo raises ferry subsidy ceiling, sets new tender dates

VARLO, March 24 (Baltwire) - The Varlo regional council will raise the ferry subsidy ceiling by 20
percent to 4.9 million euros a year per route and will reopen the two routes that drew no offers,
transport committee chair Anja Lepp said on Tuesday.

The new tender will open on May 4 and close on June 15, the council said.

Operators welcomed the higher ceiling.
"""
TOML = """["01-first.txt"]
publisher = "Baltwire"
kind = "news report"
date = "2026-03-03"

["02-second.txt"]
publisher = "Harbour Weekly"
kind = "news report"
date = "2026-03-10"

["03-third.txt"]
publisher = "Baltwire"
kind = "news report"
date = "2026-03-24"
"""


Build = Callable[..., tuple[Path, dict[str, str]]]


def _sections(cli_build: Build, files: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The executive brief built by the CLI (and checked by `briefgen check`: every quote verbatim),
    as its sections: (heading, the text of each item)."""
    _workspace, briefs = cli_build(files, "2026-03-25", audience="executive", check=True)
    found: list[tuple[str, list[str]]] = []
    for line in briefs["executive"].splitlines():
        if line.startswith("## "):
            found.append((line[3:].strip(), []))
        elif line.startswith("- ") and found:
            found[-1][1].append(line[2:])
    return found


def _all() -> dict[str, str]:
    return {"01-first.txt": FIRST, "02-second.txt": SECOND, "03-third.txt": THIRD, "sources.toml": TOML}


def test_the_opening_section_tells_the_latest_reports_lede_after_the_event(cli_build: Build) -> None:
    opening = _sections(cli_build, _all())[0][1]
    assert "drew a single offer" in opening[0]
    assert any("will raise the ferry subsidy ceiling" in text for text in opening[1:])


def test_without_a_later_report_no_lede_is_added(cli_build: Build) -> None:
    files = _all()
    del files["03-third.txt"]
    sections = _sections(cli_build, files)
    assert sections and not any("will raise" in item for _heading, items in sections for item in items)


def test_a_clause_retelling_the_lead_is_left_out_visibly(cli_build: Build) -> None:
    # (a Timeline entry quotes only a told event's clause, elided: it names the event by design)
    texts = [item for heading, items in _sections(cli_build, _all()) if heading not in ("Key figures", "Timeline")
             for item in items]
    told = [text for text in texts if "quick to point to one number" in text]
    for text in told:  # the fact of the single offer once: its retelling left out with "..."
        assert text.startswith("... operators were quick")
    assert sum("single offer" in text for text in texts) == 1


def test_briefs_keep_every_quote_verbatim(cli_build: Build) -> None:
    _workspace, briefs = cli_build(_all(), "2026-03-25", audience="all", check=True)  # `briefgen check` passes
    assert set(briefs) == {"executive", "investor", "policy"} and all("[[1]]" in text for text in briefs.values())


def test_a_possessive_is_no_given_name_and_a_gloss_stays_in_its_paragraph() -> None:
    text = ("Ferry fares climb in Norway's Hitra, island families priced out\n\nTRONDHEIM, Norway (Baltwire) - "
            "The ferry to Hitra will run twice a day.")
    assert person_gloss(text, "Hitra", len(text)) is None
    said = "The plan was backed by Anja Lepp, the transport committee chair, on Monday."
    gloss = person_gloss(said, "Anja Lepp", len(said))
    assert gloss is not None and gloss.text == "the transport committee chair"


@given(st.sampled_from(["Austria's", "Norway's", "Kenya’s", "the island's"]), st.sampled_from(["Hitra", "Styria", "Nyeri"]))
def test_no_possessive_place_reads_as_a_person(owner: str, place: str) -> None:
    text = f"Water bills climb in {owner} {place}, older residents hit hardest\n\nCITY (Wire) - Officials in {place} met."
    assert person_gloss(text, place, len(text)) is None
