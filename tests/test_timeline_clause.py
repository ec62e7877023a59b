"""Each fact once: an event another section printed (the ruling a Bottom line opens with) is not
told again in the Timeline, not even by its clause; the Timeline dates the story's other events, on
full dates (`dates.event_clause` still finds the clause of an overtaken statement's event)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import dates
from briefgen.pipeline import build
from briefgen.workspace import init_workspace, load_config

ANCHOR = dt.date(2026, 5, 14)  # a Thursday
TUESDAY = dt.date(2026, 5, 12)


def test_the_clause_of_the_event_is_its_words_to_the_first_break_after_the_day() -> None:
    sentence = ("The city council on Tuesday approved a 40 million euro tram line to the port, "
                "ending a dispute that began in 2019.")
    assert dates.event_clause(sentence, ANCHOR, TUESDAY) == (
        "The city council on Tuesday approved a 40 million euro tram line to the port")


def test_a_sentence_of_one_clause_has_no_clause_to_elide() -> None:
    assert dates.event_clause("The city council on Tuesday approved a tram line to the port.", ANCHOR, TUESDAY) is None


def test_a_report_is_no_event_clause() -> None:
    assert dates.event_clause("The mayor said on Tuesday that the line was approved, and that work would start.",
                              ANCHOR, TUESDAY) is None


def test_a_clause_of_another_day_is_not_the_event() -> None:
    assert dates.event_clause("The city council on Tuesday approved a tram line to the port, ending a dispute.",
                              ANCHOR, dt.date(2026, 5, 11)) is None


def test_the_comma_of_a_number_is_no_break() -> None:
    clause = dates.event_clause("Shareholders on Tuesday backed the 1,300 pence offer for the ferry operator, "
                                "clearing the last hurdle.", ANCHOR, TUESDAY)
    assert clause == "Shareholders on Tuesday backed the 1,300 pence offer for the ferry operator"


@given(st.sampled_from(["approved", "rejected", "passed", "blocked"]),
       st.sampled_from(["a tram line to the port", "the budget for the new library", "a ban on night flights"]),
       st.sampled_from(["ending a long dispute", "which opponents had fought for years", "and set a vote for June"]))
def test_the_clause_is_a_piece_of_its_sentence_and_dates_its_day(verb: str, what: str, rest: str) -> None:
    sentence = f"The regional assembly on Tuesday {verb} {what}, {rest}."
    clause = dates.event_clause(sentence, ANCHOR, TUESDAY)
    assert clause is not None and sentence.startswith(clause) and len(clause) < len(sentence)
    assert dates.event_day(clause, ANCHOR) == TUESDAY


WIRE = """Assembly approves Kessel tram line

KESSELBURG, May 14, 2026 (Rhine Wire) - The regional assembly on Tuesday approved a 40 million euro tram
line linking the old town to the port, ending a dispute over the route that began in 2019.

The line will carry about 18,000 passengers a day, the transport office said.

Shop owners on the harbour road on May 4 filed an objection to the route, saying the works would close
their street for two years.

The transport office said construction would start in the autumn and take three years.
"""

UPDATE = """Court halts Kessel tram works

KESSELBURG, June 2, 2026 (Rhine Wire) - The administrative court on Monday suspended the tender for the
Kessel tram line, ruling that the assembly had not published the noise study before its vote.

The assembly said it would publish the study and hold the vote again in July. The cost of the line is now
put at 46 million euros, up from 40 million euros, the transport office said.
"""


def _timeline(workspace: Path, audience: str) -> list[str]:
    brief = (workspace / "output" / f"{audience}.md").read_text(encoding="utf-8")
    part = brief.split("## Timeline", 1)[1].split("\n## ", 1)[0] if "## Timeline" in brief else ""
    return [line for line in part.splitlines() if line.startswith("- **")]


def test_an_event_another_section_told_is_not_retold_in_the_timeline(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01-wire.txt").write_text(WIRE, encoding="utf-8")
    (workspace / "sources" / "02-update.txt").write_text(UPDATE, encoding="utf-8")
    for audience in ("executive", "policy"):
        build(load_config(workspace), audience, "md")
        entries = _timeline(workspace, audience)
        brief = (workspace / "output" / f"{audience}.md").read_text(encoding="utf-8")
        body = brief.split("## Evidence", 1)[0]
        assert body.count("suspended the tender") == 1, body  # the ruling told once, in its statement
        assert not any("suspended the tender" in entry for entry in entries)
        days = [re.match(r"- \*\*(\d{1,2} [A-Z][a-z]+ \d{4})\*\* — ", entry) for entry in entries]
        assert all(days), entries  # every entry starts with its full date
        parsed = [dt.datetime.strptime(day.group(1), "%d %B %Y").date() for day in days if day]
        assert parsed == sorted(parsed)


def test_a_since_clause_dates_the_span_not_the_news() -> None:
    """"They have lost 12% since the fine was announced on Nov 3", read on 20 November: the 3rd starts
    the span the loss is measured over; the news is the report's day (a Timeline entry is never put on
    the 3rd). "since Monday" alone and "the first fine since 2019" are no such clause."""
    import datetime as dt

    from briefgen.notes.dates import event_when

    day = dt.date(2026, 11, 20)
    assert event_when("They have lost about 12% since the fine was announced on Nov 3.", day) == (day, False)
    assert event_when("Prices have doubled since the ban took effect on Monday.", day) == (day, False)
    assert event_when("The regulator fined the company on Nov 3, the first fine since 2019.", day) == (
        dt.date(2026, 11, 3), True)
