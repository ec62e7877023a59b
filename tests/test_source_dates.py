"""Source dates and publishers read from the text: a date line a wire story ends with (written
out or numeric, the order of a numeric one judged from the text's other dates), a section label
beside the publisher's name, and dates estimated only from what the text reports as past."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.ingest.clean import clean, closing_date, masthead, numeric_order
from briefgen.ingest.segment import sentences
from briefgen.notes import dates

_WIRE_BODY = """KESTREL BAY, Canada (Northline) - Ferry services across the Kestrel
strait were cancelled for a second day on {weekday} after a storm damaged
the main pier, the operator said, stranding about 600 travellers.

The operator said repairs to the pier, first damaged on {earlier}, would take
at least a week and that a replacement timetable would be published soon.

Travellers waited in the terminal building overnight, and local hotels
said they had no rooms left. The town's mayor asked the provincial
government to send buses to take passengers to the next crossing, a
four-hour drive along the coast road.

Freight operators said lorries carrying fish and timber were queuing on
the approach road, and that some loads would spoil if the crossing did
not reopen within days.

(Reporting by Ana Pereira; Editing by Tom Blake)
"""


@pytest.mark.parametrize(("weekday", "earlier", "ending", "expected"), [
    ("Tuesday", "October 13", "Tuesday, October 14, 2025", "2025-10-14"),  # Reuters-like
    ("Tuesday", "13 October", "14 October 2025", "2025-10-14"),
    ("Tuesday", "Oct. 13", "10/14/2025 09:30 ET", "2025-10-14"),  # AP-like, US numeric
    ("Friday", "3 October", "Ends\n10/10/2025 16:05", "2025-10-10"),  # PA-like, British numeric
    ("Friday", "October 3", "Ends\n10/03/2025 16:05", "2025-10-03"),  # the same digits, US order
])
def test_a_date_line_at_the_end_of_a_wire_story_dates_it(weekday: str, earlier: str, ending: str,
                                                          expected: str) -> None:
    text = _WIRE_BODY.format(weekday=weekday, earlier=earlier) + "\n" + ending + "\n"
    cleaned = clean(text)
    assert cleaned.date == expected
    last = text.rstrip().splitlines()[-1]
    start = text.rindex(last)
    assert any(r.start == start and r.reason == "date line" for r in cleaned.removed)  # no sentence of the text


def test_a_numeric_date_the_text_gives_no_order_for_stays_unknown() -> None:
    text = _WIRE_BODY.format(weekday="Friday", earlier="Thursday") + "\nEnds\n07/03/2025 16:05\n"
    assert numeric_order(text) == ""
    assert clean(text).date == ""
    assert clean(text.replace("07/03/2025", "17/03/2025")).date == "2025-03-17"  # only 17 can be the day


def test_the_order_of_a_texts_dates() -> None:
    assert numeric_order("It opened on 3 March and closed on 31 March.") == "dm"
    assert numeric_order("It opened on March 3 and closed on March 31, 2025.") == "md"
    assert numeric_order("Shares rose 4% in May 2025.") == ""


def test_a_date_in_the_last_sentence_is_no_date_line() -> None:
    text = _WIRE_BODY.format(weekday="Tuesday", earlier="October 13") + "\nThe pier reopens on October 30, 2025.\n"
    assert closing_date(text) is None


def test_the_date_a_text_opens_with_wins_over_its_closing_one() -> None:
    text = "Published 12 October 2025\n\n" + _WIRE_BODY.format(weekday="Sunday", earlier="11 October") + "\n14 October 2025\n"
    assert clean(text).date == "2025-10-12"


@pytest.mark.parametrize(("line", "publisher", "kind"), [
    ("*Comment | Harbour Gazette | Thursday 6 March 2025*", "Harbour Gazette", "opinion"),
    ("Opinion | The Daily Post", "The Daily Post", "opinion"),
    ("*Freight Matters Europe | Supply chain*", "Freight Matters Europe", ""),
    ("**By Gloria Ferreira** | *Brenmoor Ledger* | March 9, 2025", "Brenmoor Ledger", ""),
    ("**By Rev. Thomas Aldana** | *Ohio Valley Herald* | September 18, 2025", "Ohio Valley Herald", ""),
    ("By Dr Ana Silva | Coastal Times | Analysis", "Coastal Times", "analysis"),
])
def test_a_section_label_beside_the_publishers_name_is_no_publisher(line: str, publisher: str, kind: str) -> None:
    head = masthead(line)
    assert head is not None and (head.publisher, head.kind) == (publisher, kind)


def test_a_column_under_a_section_label_names_its_publisher() -> None:
    text = ("# The harbour needs a plan, not a press release\n\n*Comment | Harbour Gazette | Thursday 6 March 2025*\n\n"
            "Every storm season the same arguments return, and every season the council promises a review that "
            "never arrives. This year the pier failed, the ferries stopped and six hundred people waited in the rain.\n")
    cleaned = clean(text)
    assert (cleaned.publisher, cleaned.kind, cleaned.date) == ("Harbour Gazette", "opinion", "2025-03-06")


_LATEST = dt.date(2026, 1, 1)
_ANCHOR = dt.date(2025, 10, 14)


@pytest.mark.parametrize("sentence", [
    "The regulator said its report remained on course for publication on 2 November.",  # set for a day
    "The crew union has called a members' meeting in Kestrel Bay for 28 October.",
    "The operator had earlier given dates of 20 October and then 27 October.",  # dates named, nothing done
    "The ferry union says a captain reported damage to the pier on 29 September.",  # a present-tense claim
    "Passenger groups claim the timetable was cut on 30 September.",
])
def test_no_estimate_from_a_schedule_or_a_claim_in_the_present_tense(sentence: str) -> None:
    assert dates.reported_past(sentence, _ANCHOR, frozenset(), latest=_LATEST) == []


@pytest.mark.parametrize(("sentence", "day"), [
    ("The operator said on 13 October that the pier had been inspected on 30 September.", dt.date(2025, 10, 13)),
    ("The union said a captain reported damage on 29 September.", dt.date(2025, 9, 29)),  # told in the past tense
    ("The ferry was arrested for inspection on 12 October.", None),  # "for ...ion on" is a schedule's shape
])
def test_past_dates_the_text_reports_still_estimate(sentence: str, day: dt.date | None) -> None:
    found = dates.reported_past(sentence, _ANCHOR, frozenset(), latest=_LATEST)
    assert (max(found) if found else None) == day


def test_an_undated_wire_story_is_estimated_from_its_news_not_its_schedule() -> None:
    text = ("Ferry services resumed on 13 October, the operator said. Inspectors passed the pier on 10 October. "
            "The regulator said its report remained on course for publication on 2 November, and the union "
            "has called a meeting for 28 October.")
    assert dates.estimate(sentences_of(text), _ANCHOR, _LATEST) == dt.date(2025, 10, 13)


def sentences_of(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize(("sentence", "day"), [
    # the news has no day of its own: it was done on the source's date, not the aside's day
    ("Harbour shares rose 5% to 12.40 on the news, although they remain below the level at which they closed "
     "on Monday, before the storm.", dt.date(2025, 10, 17)),
    ("The operator of the ferry that ran aground on Monday, stranding 600 people, has said early evidence points "
     "to a fault in the steering gear.", dt.date(2025, 10, 17)),
    # a day the news itself is told on stays the event's
    ("The operator said on Wednesday that the ferry, which was built in 1998, ran aground on Monday.",
     dt.date(2025, 10, 15)),
    ("The ferry that ran aground on Monday was carrying 600 people.", dt.date(2025, 10, 13)),
    ("The pier, which opened on 3 May 2019, employs 40 people.", dt.date(2019, 5, 3)),
])
def test_a_day_told_in_an_aside_does_not_date_the_news(sentence: str, day: dt.date) -> None:
    assert dates.event_day(sentence, dt.date(2025, 10, 17)) == day


@pytest.mark.parametrize(("sentence", "day"), [
    # a target the speaker gives ("by Wednesday") is no day: what was said, was said on the source's date
    ("The harbour master said crews were still working towards reopening the pier by Wednesday but warned "
     "that ferries would run late.", dt.date(2025, 10, 17)),
    # a relative clause with no relative word dates its noun, not the news ("the figures it gave on Monday")
    ("The operator also revised the passenger figures it gave on Monday.", dt.date(2025, 10, 17)),
    # a claim in the present tense names a date a side holds, no day the text asserts
    ("The council blames a repair it says the contractor made on 9 October.", None),
    # a clause that opens with the day tells the state at that day; a weekday's possessive is its day
    ("By Wednesday evening, the operator had cancelled 40 sailings.", dt.date(2025, 10, 15)),
    ("The ferry was delayed by Monday's storm.", dt.date(2025, 10, 13)),
    ("The operator said it raised its offer on Monday.", dt.date(2025, 10, 13)),
    # the day an earlier figure was given, with who gave it, dates that figure: the news is the report's day
    ("The ministry said repairs would cost at least 90 million, compared with the 40 million first estimate "
     "given by the port authority last Wednesday.", dt.date(2025, 10, 17)),
    ("Organisers said they expected 12,000 visitors, up from the 8,000 forecast by the tourist board on Monday.",
     dt.date(2025, 10, 17)),
])
def test_a_target_an_earlier_report_or_a_claim_does_not_date_the_news(sentence: str, day: dt.date | None) -> None:
    assert dates.event_day(sentence, dt.date(2025, 10, 17)) == day


def test_from_an_estimate_an_aside_gives_no_day() -> None:
    sentence = "The operator of the ferry that ran aground on 13 October has said the pier is safe."
    assert dates.event_day(sentence, dt.date(2025, 10, 17), relative=False) is None


def test_a_lists_last_item_is_no_date_line() -> None:
    text = _WIRE_BODY.format(weekday="Tuesday", earlier="October 13") + "\nKey dates:\n\n- 13 October 2025\n- 14 October 2025\n"
    assert closing_date(text) is None


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)), day_first=st.booleans(),
       separator=st.sampled_from(["/", "."]))
def test_a_numeric_closing_date_is_read_in_the_order_the_text_writes_dates(day: dt.date, day_first: bool,
                                                                          separator: str) -> None:
    earlier = f"{day.day} {day.strftime('%B')}" if day_first else f"{day.strftime('%B')} {day.day}"
    numbers = (day.day, day.month) if day_first else (day.month, day.day)
    ending = f"Ends\n{numbers[0]:02d}{separator}{numbers[1]:02d}{separator}{day.year} 16:05"
    text = _WIRE_BODY.format(weekday="Friday", earlier=earlier) + "\n" + ending + "\n"
    assert clean(text).date == day.isoformat()


_CLUSTER = {
    "01-wire-storm.txt": """Storm shuts Kestrel Bay ferry pier, 600 stranded

KESTREL BAY, Canada (Reuters) - A storm damaged the main ferry pier in
Kestrel Bay on Monday, cancelling all sailings across the strait and
stranding about 600 travellers, the operator said.

The operator said engineers would inspect the pier on Tuesday and that
it expected to publish a repair plan on 30 October.

(Reporting by Ana Pereira; Editing by Tom Blake)

Monday, October 13, 2025
""",
    "02-pa-update.txt": """Kestrel Bay pier to stay shut for weeks, operator says

KESTREL BAY, Canada (PA Media) - The Kestrel Bay ferry pier will stay
closed until at least 3 November, the operator said on Friday, after
inspectors found damage to two of its piles on 15 October.

The regulator said its report remained on course for publication on
20 November.

Ends
17/10/2025 16:05
""",
    "03-column.md": """# The pier failed because we stopped paying for it

*Comment | Harbour Gazette | Thursday 16 October 2025*

Every storm season the same arguments return. This year the pier failed, the ferries stopped and six hundred
people waited in the rain while the operator and the council traded blame over who should have paid for repairs.
""",
    "04-explainer.md": """# What engineers will look for at the Kestrel Bay pier

*Coastal Engineering Review | Analysis*

The ferry union says a captain reported movement in the pier's piles on 29 September. Engineers will want to see
the inspection records and the load data from the last survey, and the report is due on 20 November.
""",
}


def test_a_cluster_of_wire_stories_columns_and_explainers_lists_what_the_texts_say(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(workspace)]).exit_code == 0
    for name, text in _CLUSTER.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["-w", str(workspace), "sources", "--json"])
    assert result.exit_code == 0, result.output
    listed = {Path(s["path"]).name: s for s in json.loads(result.output)["sources"]}
    assert {name: (s["publisher"], s["date"], s["estimated"], s["kind"]) for name, s in listed.items()} == {
        "01-wire-storm.txt": ("Reuters", "2025-10-13", "", "news report"),  # a wire dateline: news
        "02-pa-update.txt": ("PA Media", "2025-10-17", "", "news report"),
        "03-column.md": ("Harbour Gazette", "2025-10-16", "", "opinion"),
        "04-explainer.md": ("Coastal Engineering Review", "", "", "analysis"),  # no day of its own: unknown
    }
    assert json.loads(result.output)["as_of"] == "2025-10-17"
    for name, line in (("01-wire-storm.txt", "Monday, October 13, 2025"), ("02-pa-update.txt", "17/10/2025 16:05")):
        assert {"reason": "date line", "text": line} in [{"reason": r["reason"], "text": r["text"]}
                                                         for r in listed[name]["removed"]]


@pytest.mark.parametrize(("text", "day"), [
    # the text's own now: a weekday told in the past tense, on or after the latest day written out
    ("A storm damaged the pier early on Monday, October 13. Officials said on Wednesday that 600 people were stranded.",
     dt.date(2025, 10, 15)),
    ("The operator had promised to reopen the pier by October 13. The council voted on Tuesday to fund repairs.",
     dt.date(2025, 10, 14)),
    # a weekday to come, one a schedule names, or a present-tense claim's, moves nothing
    ("A storm damaged the pier on Monday, October 13. The council will vote on Thursday.", dt.date(2025, 10, 13)),
    ("A storm damaged the pier on Monday, October 13. The union says the pier moved on Thursday.",
     dt.date(2025, 10, 13)),
])
def test_an_estimate_moves_on_to_the_weekday_the_text_tells_as_past(text: str, day: dt.date) -> None:
    assert dates.estimate(sentences_of(text), _ANCHOR, _LATEST) == day
