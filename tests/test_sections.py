"""Sections that hold what they say: kinds by what a sentence states (risk, upcoming event,
forecast), events no longer ahead left out, dates normalised against the source's date, and
the timeline section (tests/fixtures/developing: ten dated articles on an invented flood)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen import sections
from briefgen.audiences import load_profile
from briefgen.cli import main
from briefgen.compose import _Composer
from briefgen.models import Disagreement, Note, NoteSet, SectionSpec, Sentence, SourceDoc, SourceMeta, Span
from briefgen.notes import features
from briefgen.notes.dates import ahead, event_day, mentions
from briefgen.sections import same_actor as holds_same
from briefgen.sections import within
from briefgen.workspace import init_workspace

DEVELOPING = Path(__file__).resolve().parent / "fixtures" / "developing"
MONDAY = dt.date(2026, 3, 2)  # a Monday
WEDNESDAY = dt.date(2026, 9, 16)


def day_of(sentence: str, anchor: dt.date) -> list[str]:
    return [w.first.isoformat() for w in mentions(sentence, anchor) if w.precision == "day"]


@pytest.mark.parametrize(("sentence", "anchor", "expected"), [
    ("Police said on Tuesday that divers had found the body.", dt.date(2026, 3, 10), ["2026-03-10"]),
    ("Vossberg laid a wreath in Tiefenfurt on Sunday.", dt.date(2026, 3, 23), ["2026-03-22"]),
    ("Schools in Brenheim will stay closed on Tuesday, the office said.", MONDAY, ["2026-03-03"]),
    ("The review would be published on Friday, the authority said.", dt.date(2026, 3, 17), ["2026-03-20"]),
    ("The government said it would decide on aid at Tuesday's cabinet meeting.", dt.date(2026, 3, 8),
     ["2026-03-10"]),
    ("It expected to reopen the line on Monday, March 16, once engineers had checked it.", dt.date(2026, 3, 10),
     ["2026-03-16"]),
    ("The committee will review the plan at its meeting next Thursday.", WEDNESDAY, ["2026-09-24"]),
    ("According to a report by Reuters, local time on the 12th, the company is considering it.",
     dt.date(2026, 3, 14), ["2026-03-12"]),
    ("Bids must be submitted by January 15, the authority said.", WEDNESDAY, ["2027-01-15"]),
    ("The road reopened on March 5 and was closed again two days later.", dt.date(2026, 3, 10),
     ["2026-03-05", "2026-03-07"]),
    ("Aid was raised to 60 million from the 25 million approved a week ago.", dt.date(2026, 3, 17), ["2026-03-10"]),
    ("The line reopened four days after March 5, the operator said.", dt.date(2026, 3, 12),
     ["2026-03-09", "2026-03-05"]),
])
def test_dates_are_normalised_against_the_source_date(sentence: str, anchor: dt.date, expected: list[str]) -> None:
    assert sorted(day_of(sentence, anchor)) == sorted(expected)


def test_vague_or_unanchored_references_give_no_day() -> None:
    assert event_day("In the old town, where the dyke broke last week, nobody has returned.", MONDAY) is None
    assert event_day("This comes just four days after the administration announced its decision.", MONDAY) is None
    assert event_day("It crested two days later than forecasters had predicted.", MONDAY) is None
    # a date that names an earlier state is not the day of the news
    assert event_day("The estimate reflects 2,050 homes, up from 1,850 in the estimate of March 12.",
                     dt.date(2026, 3, 23)) is None
    # nor is the day an earlier figure was reported, which the sentence corrects or updates
    saturday = dt.date(2025, 3, 8)
    assert event_day("After a review of the stolen files, the city now believes records of about 64,000 residents "
                     "were copied, not 40,000 as announced on Wednesday.", saturday) is None
    assert event_day("Aid was raised to 60 million from the 25 million approved a week ago.", saturday) is None
    assert event_day("Kevin Tran told a briefing on Wednesday that 19 departments are offline, up from the 12 "
                     "reported on Tuesday.", saturday) == dt.date(2025, 3, 5)
    assert event_day("The county announced on Tuesday that 340 students were excluded.", saturday) == dt.date(2025, 3, 4)


def test_periods_ahead_of_the_source() -> None:
    (report,) = ahead("The water authority's final report is due in May.", dt.date(2026, 3, 20))
    assert (report.first, report.last, report.precision) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31), "month")
    (week,) = ahead("It expected to publish preliminary findings next week.", dt.date(2026, 3, 12))
    assert (week.first, week.last) == (dt.date(2026, 3, 16), dt.date(2026, 3, 22))
    assert ahead("The dyke was rebuilt after the floods of 2013.", MONDAY) == ()


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The strike could cost exporters up to 40 million pounds a day if it continues, the chamber warned.", "risk"),
    ("Residents fear that tunnelling could damage the foundations of older buildings.", "risk"),
    ("The airport operator said the link was long overdue and pledged 50 million towards the station.", "quote"),  # a pledge is no risk
    ("Shareholders will vote on the offer at an extraordinary meeting on January 14.", "upcoming"),
    ("The company's annual results are due on March 3, the exchange said.", "upcoming"),
    ("Temperatures are forecast to stay above 38C until at least Wednesday across the region.", "forecast"),
    ("The bank workers' union said it would oppose any compulsory redundancies at the branches.", "quote"),
    # what a speaker argues would happen, without a time: a position, not an outlook
    ("The finance minister, Karl Weber, said the merger would harm competition in rural lending.", "quote"),
    ("The finance minister, Karl Weber, said the merger would cut 2,000 jobs by 2028.", "forecast"),
    ("Wholesale gas prices could triple if the pipeline stays shut, traders said.", "risk"),
    # the speaker's own intention in their words, and an ability in the past: no outlook
    ("\"This should never have happened. We will find out why the alarm was off,\" Berger said.", "quote"),
    ("When the update failed on Friday, there was no backup that could check passengers in at scale.", "fact"),
    ("On Wednesday the service had forecast a crest of about 6.80 metres on Friday at the gauge.", "figure"),
    ("Two hydrologists said the river could plausibly have added more water than the gauge showed.", "fact"),
])
def test_kinds_say_what_a_sentence_states(sentence: str, kind: str) -> None:
    speaker = features.find_speaker(sentence)
    figures = features.find_figures(sentence)
    assert features.classify(sentence, source_kind="news report", speaker=speaker, has_figures=bool(figures)) == kind


@pytest.mark.parametrize(("sentence", "ahead"), [
    # what is only mentioned: a plan as a thing, a schedule or plan denied, a deadline missed, a
    # state held pending something, what a guarantee would say; the statement is past or present
    ("Nurses walked out on Monday after talks broke down over a plan to close two night wards.", False),
    ("Ferry crossings stayed cancelled on Thursday, with no sailings scheduled before the storm passed.", False),
    ("The transport ministry said it had no plans to take over the line from the operator.", False),
    ("A tribunal on Monday ordered the airline to reinstate the pilots by June 1, pending a full hearing on July 9.",
     False),
    ("The zoo was closed to visitors pending an inspection by the veterinary service.", False),
    ("Tenants are seeking a rent freeze and a guarantee that the blocks will not be sold to developers.", False),
    ("The council said the deadline for appeals had passed two weeks earlier.", False),
    # and what is to come stays so
    ("The airline plans to cut 300 pilot jobs next year.", True),
    ("The tribunal will hear the case on July 9.", True),
    ("The ferry operator said sailings would not resume before next week.", True),
    ("The inspection is pending and the zoo is scheduled to reopen on Friday.", True),
])
def test_a_past_or_present_statement_is_not_drafted_as_one_to_come(sentence: str, ahead: bool) -> None:
    """What a statement only mentions does not make it an event to come or a forecast, so that
    "What happened" (facts and figures) can hold it."""
    speaker = features.find_speaker(sentence)
    kind = features.classify(sentence, source_kind="news report", speaker=speaker,
                             has_figures=bool(features.find_figures(sentence)))
    assert (kind in ("upcoming", "forecast")) == ahead, kind


def test_what_happened_holds_the_cause_and_the_order() -> None:
    composer = _composer([
        ("Cabin crew at Norvale Air walked out on Friday after talks broke down over a plan to cut rest breaks.",
         "2026-06-05"),
        ("A labour court on Saturday ordered the crew back to work by Monday, pending a full hearing on June 20.",
         "2026-06-06"),
    ], as_of="2026-06-06", audience="executive")
    spec = next(s for s in composer.profile.sections if s.id == "what_happened")
    section = composer.section(spec)
    assert section is not None and {i.note_id for i in section.items} == {"n0", "n1"}


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Seldewerk rejected the findings and said its inspections met every legal requirement.", "Seldewerk", ""),
    ("The ministry said the rules should apply to every private clinic from next year.", "Ministry", ""),
    ("Unions argue that the new rota leaves wards without enough night staff.", "Unions", ""),
    ("The nurses' union said it would ballot members on strike action.", "Nurses' union", ""),
    ("Brannock's board unanimously recommended the offer to shareholders.", "Brannock's board", ""),
    ("Tolls on the bridge should be scrapped for local drivers, the chamber of commerce said.",
     "Chamber of commerce", ""),
    ("A second delay would put the whole programme at risk, the patients' group Carewatch warned.",
     "Carewatch", "patients' group"),
    ("Chief executive Amira Haddad said the hospital would not pay any ransom.", "Amira Haddad", ""),
    ("The operator, Marlinvia, said the rise was needed to pay for resurfacing work.", "Marlinvia", "operator"),
    ("Cyclists' groups called the plan reckless and demanded a separate lane.", "Cyclists' groups", ""),
])
def test_a_position_has_an_actor_who_holds_it(sentence: str, name: str, role: str) -> None:
    speaker = features.find_speaker(sentence)
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize("sentence", [
    "The fire destroyed 23 houses and a hotel in the old town, the council said.",  # a reported fact
    "Chief executive Amira Haddad said staff had switched to paper records on Monday.",
    "Heat-related admissions to hospitals rose by a third last week, the health ministry said.",
    "Talks between the two sides will resume on Wednesday, the mediation service said.",  # a schedule
    "Analysts expect the outage to shave about 20 million pounds off quarterly profits.",  # an outlook
    "Economists warned that the cap could reduce the supply of rental homes over time.",  # a risk
    "Cases are likely to rise for three more weeks, epidemiologists at the national institute said.",
    "Electricity demand hit a record 61 gigawatts on Monday as temperatures passed 40C.",  # "demand" a noun
])
def test_a_reported_fact_or_an_assessment_is_no_position(sentence: str) -> None:
    assert features.find_speaker(sentence) is None


def test_stakeholder_positions_hold_views_not_reports() -> None:
    composer = _composer([
        ("The opposition Labour group said the council should publish the full inspection report.", "2026-05-02"),
        ("The regional council said 40 families had been moved out of the damaged blocks.", "2026-05-02"),
        ("The tenants' association demanded that the landlord pay for temporary housing.", "2026-05-03"),
    ], as_of="2026-05-04", audience="policy")
    section = composer.section(SectionSpec(id="positions", title="Stakeholder positions", style="positions"))
    assert section is not None and [(i.note_id, i.speaker) for i in section.items] == [
        ("n0", "Opposition Labour group"), ("n2", "Tenants' association")]


def test_role_before_name_is_a_speaker() -> None:
    speaker = features.find_speaker("The regional president, Marta Olivares, said the fire was probably started "
                                    "deliberately.")
    assert speaker is not None and speaker.name == "Marta Olivares" and "regional president" in speaker.role


LEXICON = Path(__file__).resolve().parent.parent / "templates" / "themes.toml"


def _composer(sentences: list[tuple[str, str]], as_of: str, audience: str = "investor") -> _Composer:
    """A composer over one note per (sentence, source date), as the notes stage drafts them
    (themes from the shipped lexicon)."""
    lexicon = features.load_lexicon(LEXICON)
    docs, notes = [], []
    for index, (text, date) in enumerate(sentences):
        doc = SourceDoc(id=f"s{index}", path=f"sources/s{index}.txt", format="text", sha256="", text=text,
                        meta=SourceMeta(date=date, kind="news report", reliability="news report"),
                        sentences=(Sentence(start=0, end=len(text), para=1, sent=1, line=1),))
        speaker = features.find_speaker(text)
        kind = features.classify(text, source_kind="news report", speaker=speaker,
                                 has_figures=bool(features.find_figures(text)))
        docs.append(doc)
        notes.append(Note(id=f"n{index}", kind=kind, quote=text, span=Span(source=doc.id, start=0, end=len(text)),
                          speaker=speaker.name if speaker else "", score=1.0 - index / 100,
                          themes=features.find_themes(text, lexicon)))
    noteset = NoteSet(notes=tuple(notes), sources=tuple(docs))
    return _Composer(noteset=noteset, profile=load_profile(None, audience), docs={d.id: d for d in docs},
                     as_of=as_of, lexicon=lexicon)


def test_events_before_the_brief_date_are_not_to_watch_and_an_empty_section_is_left_out() -> None:
    composer = _composer([
        ("Talks between the union and the port authority will resume on Wednesday, the mediation service said.",
         "2026-04-06"),
        ("A ballot on the port authority's revised offer will close on April 20, the union said.", "2026-04-13"),
        ("Dockworkers at the port walked off the job on Monday, halting the loading of container ships.",
         "2026-04-06"),
    ], as_of="2026-04-14")
    catalysts = SectionSpec(id="catalysts", title="Catalysts to watch", kinds=("upcoming",))
    section = composer.section(catalysts)
    assert section is not None and [i.note_id for i in section.items] == ["n1"]
    assert composer.section(SectionSpec(id="risks", title="Risks", kinds=("risk",))) is None


def test_a_forecast_whose_date_a_later_source_passed_is_no_outlook() -> None:
    composer = _composer([
        ("The service said it expected the river to crest in Brenheim on Friday at about 6.80 metres.", "2026-03-04"),
        ("Forecasters expect the river to keep falling next week as the rain moves east of the valley.", "2026-03-06"),
        ("The Selde crested in Brenheim on Sunday at 7.42 metres, the highest level since records began.",
         "2026-03-08"),
    ], as_of="2026-03-08", audience="policy")
    section = composer.section(SectionSpec(id="outlook", title="Outlook", kinds=("forecast",)))
    assert section is not None and [i.note_id for i in section.items] == ["n1"]


@pytest.fixture(scope="module")
def developing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("developing") / "ws"
    init_workspace(ws, today="2026-03-23")
    for path in DEVELOPING.iterdir():
        if path.suffix == ".txt" or path.name == "sources.toml":
            shutil.copy(path, ws / "sources" / path.name)
    result = CliRunner().invoke(main, ["build", "-w", str(ws), "-a", "policy", "--format", "md,json"])
    assert result.exit_code == 0, result.output
    return ws


def test_the_policy_brief_has_a_timeline_in_date_order(developing: Path) -> None:
    import json

    text = (developing / "output" / "policy.md").read_text(encoding="utf-8")
    timeline = text.split("## Timeline\n", 1)[1].split("\n## ", 1)[0]
    entries = re.findall(r"^- \*\*(\d{1,2} [A-Z][a-z]+ 2026)\*\* — (.+)$", timeline, re.M)
    assert len(entries) >= 5
    days = [dt.datetime.strptime(day, "%d %B %Y").date() for day, _ in entries]
    assert days == sorted(days)
    record = json.loads((developing / "output" / "policy.json").read_text(encoding="utf-8"))
    section = next(s for s in record["sections"] if s["style"] == "timeline")
    citations = {c["number"]: c for c in record["citations"]}
    for item in section["items"]:
        first = citations[item["citations"][0]]
        assert item["date"] <= first["date"]  # it happened by the time its source was written
        # each entry cites its own quote: whole, or (a central event another section told) its opening clause, elided
        text = item["text"]
        assert first["quote"] == text or (text.endswith(" ...") and first["quote"].startswith(text[:-4])), text
    # a weekday the text names is dated against the source's own date: an event "on Tuesday" reported by a later
    # article is entered on the day it happened (the R12 single-lane reopening of article 8 is one such event, but
    # an earlier section of the brief states it, and a fact appears once per brief)
    weekday = re.compile(r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
    assert any(item["date"] < citations[item["citations"][0]]["date"] and weekday.search(item["text"])
               for item in section["items"])


# -- what to watch, competition, outlook, positions, intros (issue 10, item 4) ------------------

WATCH = SectionSpec(id="catalysts", title="Catalysts to watch", style="watch", kinds=("upcoming",), max_items=4)


def test_catalysts_are_events_after_the_newest_source_in_date_order() -> None:
    # the brief is built two weeks after the newest source: what is to come is dated against that source
    composer = _composer([
        ("Ms Lindqvist said the board had a firm deadline.", "2026-10-14"),
        ("The competition authority is due to publish its review of supplier terms on November 3.", "2026-10-14"),
        ("Fernmart will report its half-year results on October 29.", "2026-10-13"),
        ("The offer for the cheese plant remains open until noon on Friday.", "2026-10-14"),
        ("The regulator will hold a hearing on the reserve prices on October 12.", "2026-10-08"),
    ], as_of="2026-10-28")
    section = composer.section(WATCH)
    assert section is not None
    assert [(i.note_id, i.date) for i in section.items] == [
        ("n3", "2026-10-16"), ("n2", "2026-10-29"), ("n1", "2026-11-03")]  # no vague deadline, no past hearing


def test_undated_or_pending_events_only_when_nothing_is_dated() -> None:
    pending = ("The opposition group said it would challenge the council's decision in the administrative court.",
               "2026-06-02")
    only = _composer([pending], as_of="2026-06-05").section(WATCH)
    assert only is not None and [(i.note_id, i.date) for i in only.items] == [("n0", "")]
    dated = _composer([pending, ("Bids for the franchise must be lodged by 5 p.m. on Friday, the department said.",
                                 "2026-06-02")], as_of="2026-06-03").section(WATCH)
    assert dated is not None and [(i.note_id, i.date) for i in dated.items] == [("n1", "2026-06-05")]


def test_a_past_schedule_is_no_event_to_watch() -> None:
    section = _composer([("The district council was due to discuss funding for the campaign on Tuesday.",
                          "2026-04-29")], as_of="2026-04-30").section(WATCH)
    assert section is None


def test_a_past_inspection_or_a_state_that_goes_on_is_no_event_to_watch() -> None:
    for text in ("On Monday the agency published its audit, which shows the dam was scheduled for repairs in 2021.",
                 "The shelters will stay open at the sports hall and the library until power is back.",
                 "Shuttle coaches will run every 15 minutes between the two stations."):
        assert _composer([(text, "2026-04-29")], as_of="2026-04-30").section(WATCH) is None, text


def test_a_weekday_of_an_undated_source_is_no_pending_event() -> None:
    doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text="",
                    meta=SourceMeta(kind="news report"), sentences=())
    note = Note(id="n0", kind="upcoming", quote="Inspectors said their report was expected on Thursday.",
                span=Span(source="s0", start=0, end=10), score=1.0)
    dated = SourceDoc(id="s1", path="sources/s1.txt", format="text", sha256="", text="",
                      meta=SourceMeta(date="2026-03-12", kind="news report"), sentences=())
    composer = _Composer(noteset=NoteSet(notes=(note,), sources=(doc, dated)), profile=load_profile(None, "investor"),
                         docs={"s0": doc, "s1": dated}, as_of="2026-03-12")
    assert composer.section(WATCH) is None


def test_advice_to_the_reader_is_no_statement_of_what_happened() -> None:
    spec = SectionSpec(id="what_happened", title="What happened", kinds=("fact", "figure"))
    advice = _composer([("If in doubt, keep your children indoors and close your windows.", "2026-06-02")],
                       as_of="2026-06-03")
    assert advice.section(spec) is None
    quoted = _composer([("\"Your safety comes first,\" the fire chief, Hanna Berg, said on Tuesday.", "2026-06-02")],
                       as_of="2026-06-03")
    assert quoted.section(replace(spec, kinds=("fact", "figure", "quote"))) is not None


def test_a_regulator_named_competition_is_no_competitor() -> None:
    spec = SectionSpec(id="competition", title="Competition", themes=("competition",))
    for text in ("A decision by the Competition and Consumer Authority is expected by 14 July.",
                 "The Competition Council said it would examine the merger.",
                 "Veltra has lodged an appeal with the Competition Appeal Tribunal against the ruling."):
        assert _composer([(text, "2026-06-02")], as_of="2026-06-03").section(spec) is None, text


def test_competition_holds_only_statements_about_competitors() -> None:
    spec = SectionSpec(id="competition", title="Competition", themes=("competition",))
    leftover = _composer([
        ("The corrected figure is 412 million euros, said Sofie Berger, the partner leading the engagement.",
         "2026-11-04"),
    ], as_of="2026-11-06")
    assert leftover.section(spec) is None
    rivals = _composer([
        ("Fernmart cut the price of 400 own-brand products by 8 percent, undercutting its two largest rivals.",
         "2026-10-12"),
        ("The competition authority is due to publish its review on November 3.", "2026-10-12"),
        ("Telvia, the market leader, lost 120,000 subscribers to cheaper challengers in the second quarter.",
         "2026-10-12"),
    ], as_of="2026-10-14")
    section = rivals.section(spec)
    assert section is not None and sorted(i.note_id for i in section.items) == ["n0", "n2"]


def test_what_someone_said_would_follow_is_an_outlook_but_a_commitment_is_not() -> None:
    spec = SectionSpec(id="outlook", title="Outlook", kinds=("forecast",))
    composer = _composer([
        ("Mayor Elena Ruiz said the extension would cut the journey from the airport to 22 minutes.", "2026-05-02"),
        ("Union president Dana Reyes said her members would not accept any wage cut.", "2026-05-02"),
        ("The finance minister, Karl Weber, said the government would not block the deal.", "2026-05-02"),
    ], as_of="2026-05-03", audience="policy")
    section = composer.section(spec)
    assert section is not None and [i.note_id for i in section.items] == ["n0"]


@pytest.mark.parametrize("text", [
    "Chief executive Omar Haddad said the group did not plan to sell any of its hotels after the merger.",
    "The club's owner said it still backed the manager and would fund two new signings.",
    "Finance director Ana Lutz told councillors the repairs would be paid for from the reserve fund.",
    "Extra trains will run every 20 minutes on the coast line, the operator said.",
])
def test_a_pledge_an_arrangement_or_a_service_notice_is_no_outlook(text: str) -> None:
    spec = SectionSpec(id="outlook", title="Outlook", kinds=("forecast",))
    assert _composer([(text, "2026-05-02")], as_of="2026-05-03", audience="policy").section(spec) is None


def _two_sentence_doc(text: str, date: str, speaker: str, second_start: int) -> tuple[SourceDoc, Note]:
    doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text,
                    meta=SourceMeta(date=date, kind="news report", reliability="news report"),
                    sentences=(Sentence(start=0, end=second_start - 1, para=1, sent=1, line=1),
                               Sentence(start=second_start, end=len(text), para=1, sent=2, line=1)))
    quote = text[second_start:]
    note = Note(id="n0", kind="quote", quote=quote, span=Span(source="s0", start=second_start, end=len(text)),
                speaker=speaker, score=1.0)
    return doc, note


def test_positions_name_a_reader_recognises_one_row_per_actor_and_one_sentence_each() -> None:
    first = "Families First filed a petition in the county court on Tuesday."
    text = first + " The group argues that the order exceeds the county's authority."
    doc, glued = _two_sentence_doc(text, "2026-11-04", "Group", len(first) + 1)
    others = [
        ("Dr. Priya Raman, the county health officer, said the order should stay in place.", "Priya Raman"),
        ("Dr. Raman said the order would have to stay until no new cases were found.", "Dr. Raman"),
        ("The group said the ban should be limited to children with known contact.", "Group"),
        ("The government said the county should publish its data.", "Government"),
    ]
    docs, notes = [doc], [glued]
    for index, (sentence, speaker) in enumerate(others, 1):
        docs.append(SourceDoc(id=f"s{index}", path=f"sources/s{index}.txt", format="text", sha256="", text=sentence,
                              meta=SourceMeta(date="2026-11-05", kind="news report", reliability="news report"),
                              sentences=(Sentence(start=0, end=len(sentence), para=1, sent=1, line=1),)))
        notes.append(Note(id=f"n{index}", kind="quote", quote=sentence, speaker=speaker, score=1.0 - index / 100,
                          span=Span(source=f"s{index}", start=0, end=len(sentence))))
    noteset = NoteSet(notes=tuple(notes), sources=tuple(docs))
    composer = _Composer(noteset=noteset, profile=load_profile(None, "policy"), docs={d.id: d for d in docs},
                         as_of="2026-11-06")
    assert "n0" in composer.paired  # "The group argues" leans on the sentence before: quoted as two sentences
    section = composer.section(SectionSpec(id="positions", title="Stakeholder positions", style="positions"))
    assert section is not None
    # no glued row, Dr. Raman once, a group no source names has no row, the one government of the story has one
    assert [(i.note_id, i.speaker) for i in section.items] == [("n1", "Priya Raman"), ("n4", "Government")]


def test_a_bare_noun_is_named_from_its_source_when_it_names_one() -> None:
    from briefgen.sections import named_actor

    assert named_actor("Group", "A parents' group, Families First, went to court.") == "Families First"
    assert named_actor("Ministry", "Talks at the Transport Ministry ended late.") == "Transport Ministry"
    assert named_actor("Ministry", "The Finance Ministry and the Transport Ministry met.") is None
    assert named_actor("Velmont", "Velmont said the plant would reopen.") == "Velmont"


@pytest.mark.parametrize("audience", ["policy", "investor"])
def test_the_intro_names_only_sections_the_brief_has(developing: Path, audience: str) -> None:
    if audience != "policy":
        result = CliRunner().invoke(main, ["build", "-w", str(developing), "-a", audience, "--format", "md"])
        assert result.exit_code == 0, result.output
    text = (developing / "output" / f"{audience}.md").read_text(encoding="utf-8")
    lede = next(line for line in text.splitlines() if line.startswith("*For "))
    headings = set(re.findall(r"^## (.+)$", text, re.M))
    promises = {"where sources disagree": "Where sources disagree", "the outlook": "Outlook",
                "who holds which position": "Stakeholder positions", "catalysts": "Catalysts to watch",
                "competition": "Competition", "risks": "Risks", "demand and supply": "Demand and supply"}
    for words, heading in promises.items():
        assert (words in lede) == (heading in headings), (words, lede, sorted(headings))


def test_a_bare_noun_several_sources_name_differently_has_no_row() -> None:
    composer = _composer([
        ("The ministry has said it should tender the routes separately.", "2026-11-06"),
        ("Talks at the Transport Ministry ended late on Monday.", "2026-11-03"),
        ("Finance Ministry officials questioned the loan.", "2026-11-04"),
    ], as_of="2026-11-06", audience="policy")
    section = composer.section(SectionSpec(id="positions", title="Stakeholder positions", style="positions"))
    assert section is None or all(item.speaker != "Ministry" for item in section.items)


def test_an_undated_source_is_dated_by_its_calendar_dates() -> None:
    composer = _composer([
        ("The county will hold a free vaccination clinic at the community center on Saturday, Nov. 7.", ""),
        ("The board will vote on the budget on Tuesday, November 17.", ""),
        ("Health officials confirmed 23 cases, the department said.", "2026-11-09"),
    ], as_of="2026-11-23", audience="executive")
    watch = composer.section(SectionSpec(id="w", title="What to watch", style="watch", kinds=("upcoming",)))
    assert watch is not None and [(i.note_id, i.date) for i in watch.items] == [("n1", "2026-11-17")]
    lead = composer.section(SectionSpec(id="b", title="Bottom line", kinds=("forecast", "upcoming")))
    assert lead is None or "n0" not in [i.note_id for i in lead.items]


def test_half_a_quotation_is_no_statement() -> None:
    composer = _composer([
        ("\"Students may return once the nurse has proof of one dose of vaccine.", "2026-11-05"),
        ("Excluded students may return on November 24 if no new cases are identified.\"", "2026-11-05"),
        ("\"We will reopen the school on Monday,\" the principal said.", "2026-11-05"),
    ], as_of="2026-11-05", audience="policy")
    section = composer.section(SectionSpec(id="all", title="All", max_items=5))
    assert section is not None and [i.note_id for i in section.items] == ["n2"]


def test_a_name_inside_a_description_is_another_actor_and_a_role_the_name_says_is_dropped() -> None:
    assert not holds_same("Harwood", "Union representing Harwood staff")
    assert holds_same("Harwood", "Harwood Group") and holds_same("Dr. Lin", "Dr. Mei Lin")
    assert within("Transport Workers", "Transport Workers Federation") and not within("chair", "Transport Workers")
    union = "The union representing Harwood staff welcomed the ruling. "
    text = union + "Harwood said its board still backed the sale."
    doc, note = _two_sentence_doc(text, "2026-05-02", "Harwood", len(union))
    other = Note(id="n1", kind="quote", quote=union.strip(), span=Span(source="s0", start=0, end=len(union) - 1),
                 speaker="Union representing Harwood staff", score=0.5)
    assert _position_rows((note, other), doc)[0] == ("n0", "Harwood")


def _position_rows(notes: tuple[Note, ...], doc: SourceDoc) -> list[tuple[str, str]]:
    """The policy brief's Stakeholder rows (note id, actor) from *notes* of one source *doc*."""
    composer = _Composer(noteset=NoteSet(notes=notes, sources=(doc,)), profile=load_profile(None, "policy"),
                         docs={doc.id: doc}, as_of="2026-05-03")
    spec = next(s for s in composer.profile.sections if s.style == "positions")
    section = composer.section(spec)
    assert section is not None
    return [(i.note_id, i.speaker) for i in section.items]


def test_an_acronym_is_the_actor_whose_name_it_spells_one_row_under_the_full_name() -> None:
    """A reader saw both "Western Valleys Rail" and "WVR" rows in one Stakeholder table."""
    assert holds_same("WVR", "Western Valleys Rail") and holds_same("the CCA", "Competition and Consumer Authority")
    assert not holds_same("KFS", "Western Valleys Rail") and not holds_same("WV", "Western Valleys Rail")
    full = "Kestrel Ferry Services said the crossing would resume once the ramp was repaired. "
    text = full + "KFS said the ramp had passed its last inspection in May."
    doc, short = _two_sentence_doc(text, "2026-05-02", "KFS", len(full))
    first = Note(id="n1", kind="quote", quote=full.strip(), span=Span(source="s0", start=0, end=len(full) - 1),
                 speaker="Kestrel Ferry Services", score=0.4)
    assert _position_rows((short, first), doc) == [("n0", "Kestrel Ferry Services")]


WHAT_HAPPENED = SectionSpec(id="what_happened", title="What happened", kinds=("fact", "figure"))


@pytest.mark.parametrize("text", [
    "Sandbags can be collected free of charge from the Orrin Sports Hall between 8am and 8pm daily.",
    "Passengers whose flights were cancelled are entitled to a refund of up to £250 under the airline's charter.",
    "Under the terms of the agreement, Veltra can walk away without paying a break fee if the sale is blocked.",
    "Under the county's rules, the bridge cannot reopen until two inspections are passed.",
    "Orrin Dairies, the region's second-largest milk processor with 14 plants, employs about 3,000 people.",
    "The Harbour Pilots Association represents more than 1,200 pilots in 14 ports.",
])
def test_what_is_rather_than_what_happened_fits_no_section_of_events(text: str) -> None:
    composer = _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="executive")
    assert composer.section(WHAT_HAPPENED) is None, text  # the section is left out
    risks = SectionSpec(id="risks", title="Risks", kinds=("risk",))
    assert composer.section(risks) is None, text


def test_an_event_still_fits_what_happened() -> None:
    text = "Orrin Dairies, the region's second-largest milk processor, said on Tuesday it had closed two plants."
    composer = _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="executive")
    assert composer.section(WHAT_HAPPENED) is not None


LEVERS = SectionSpec(id="levers", title="Policy levers", themes=("regulation_policy", "security"))
DEMAND = SectionSpec(id="demand_supply", title="Demand and supply", themes=("demand_supply",))


@pytest.mark.parametrize(("spec", "text"), [
    (LEVERS, "Harbour Street was closed on Sunday and police diverted traffic along the quay."),
    (LEVERS, "Veltra has secured a £1.2bn loan from four banks to fund the purchase."),
    (LEVERS, "Kestrel Print went into administration on Monday, and the administrators laid off 90 staff."),
    (DEMAND, "Veltra appealed on Monday against the regulator's demand that it sell 30 depots."),
    (DEMAND, "The regulator now demands the sale of the Linton plant, the company said on Friday."),
    (DEMAND, "If the authority demands more than 30 depots, Veltra can walk away, the company said."),
])
def test_a_theme_word_in_another_sense_puts_no_statement_in_the_theme_section(spec: SectionSpec, text: str) -> None:
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03").section(spec) is None, text


@pytest.mark.parametrize(("spec", "text"), [
    (LEVERS, "The transport ministry on Monday banned lorries over 18 tonnes from the bridge."),
    (LEVERS, "The police watchdog opened an investigation into the handling of the protest under new policy rules."),
    (DEMAND, "Demand for heating oil rose 12 percent in March as the cold spell went on."),
])
def test_a_theme_word_in_its_sense_still_fits(spec: SectionSpec, text: str) -> None:
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03").section(spec) is not None, text


def test_a_service_told_by_its_provider_is_no_stakeholder_position() -> None:
    composer = _composer([
        ("The operator said each household could collect up to four bottles a day.", "2026-04-02"),
        ("The operator said it would not charge customers for the repair.", "2026-04-02"),
    ], as_of="2026-04-03", audience="policy")
    section = composer.section(SectionSpec(id="positions", title="Stakeholder positions", style="positions"))
    assert section is not None and [i.note_id for i in section.items] == ["n1"]


def test_a_purpose_clause_is_no_forecast() -> None:
    outlook = SectionSpec(id="outlook", title="Outlook", kinds=("forecast",))
    text = "\"We did not build this line so that it could be sold off,\" said Ivo Brandt, head of the drivers' union."
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="policy").section(outlook) is None
    ahead = "\"The line could be sold off within a year,\" said Ivo Brandt, head of the drivers' union."
    assert _composer([(ahead, "2026-04-02")], as_of="2026-04-03", audience="policy").section(outlook) is not None


def test_today_from_a_source_with_no_date_is_no_statement_of_what_happened() -> None:
    text = "The Harbour Pilots Association today restates its opposition to the closure of the Linton station."
    assert _composer([(text, "")], as_of="2026-04-03", audience="executive").section(WHAT_HAPPENED) is None
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="executive").section(WHAT_HAPPENED)


def test_a_forum_row_holds_the_commenters_own_view_not_someone_elses_words() -> None:
    text = "On Monday Veltra said 3,000 customers."
    doc = SourceDoc(id="f", path="sources/f.html", format="html", sha256="", text=text,
                    meta=SourceMeta(date="2026-04-02", kind="forum thread", reliability="forum comment"),
                    sentences=(Sentence(start=0, end=len(text), para=1, sent=1, line=1),))
    own = "Veltra is hiding the real number."
    other = SourceDoc(id="g", path="sources/g.html", format="html", sha256="", text=own,
                      meta=SourceMeta(date="2026-04-02", kind="forum thread", reliability="forum comment"),
                      sentences=(Sentence(start=0, end=len(own), para=1, sent=1, line=1),))
    notes = tuple(Note(id=f"n{i}", kind="opinion", quote=q, span=Span(source=d.id, start=0, end=len(q), author="kit"),
                       score=1.0) for i, (q, d) in enumerate(((text, doc), (own, other))))
    composer = _Composer(noteset=NoteSet(notes=notes, sources=(doc, other)), profile=load_profile(None, "policy"),
                         docs={"f": doc, "g": other}, as_of="2026-04-03")
    section = composer.section(SectionSpec(id="positions", title="Stakeholder positions", style="positions"))
    assert section is not None and [i.note_id for i in section.items] == ["n1"]


def test_a_side_label_that_runs_into_its_verb_names_no_party() -> None:
    """A reader saw "**The trust has vs Ardent:**" and "**Northwind Airways has raised its pay against
    Independent Pilots' Union.**": a fragment is no party's name. The notes stage names the sides
    (auxiliaries left off, a clause no name); compose shows a one-sentence contrast's label only when
    both sides are names."""
    from briefgen.notes.conflicts import contrast
    from briefgen.notes.disputes import position

    one = "The trust has blamed the update, while Ardent insists a network change caused the outage."
    held = contrast(one)
    assert held is not None and held.sides == ("The trust", "Ardent")
    raised = "Northwind Airways has raised its pay offer to pilots to 8%."
    assert position(raised, features.find_figures(raised)) is None  # "Northwind Airways has raised its pay" is no party
    claim = "The union says the new cranes will eliminate about 400 jobs at the port within three years."
    answer = "Port chief Lars Dahl said the union's figure for lost jobs was simply not true."
    text = f"{one}\n\n{claim}\n\n{answer}\n"
    doc = SourceDoc(id="a", path="sources/a.txt", format="text", sha256="", text=text, sentences=(),
                    meta=SourceMeta(date="2026-03-06", kind="news report", reliability="news report"))
    notes = tuple(Note(id=f"n-{i}", kind="statement", quote=q, score=0.9 - i / 10,
                       span=Span(source="a", start=text.index(q), end=text.index(q) + len(q)))
                  for i, q in enumerate((one, claim, answer)))

    def shown(*pairs: Disagreement) -> list[tuple[str, ...]]:
        composer = _Composer(noteset=NoteSet(notes=notes, sources=(doc,), disagreements=pairs),
                             profile=load_profile(None, "policy"), docs={"a": doc}, as_of="2026-03-07")
        spec = next(s for s in composer.profile.sections if s.style == "disagreements")
        section = composer.section(spec)
        return [item.sides for item in section.items] if section else []

    assert shown(Disagreement(a="n-0", b="", reason="contrast", sides=held.sides)) == [("The trust", "Ardent")]
    assert shown(Disagreement(a="n-0", b="", reason="contrast", sides=("", "Ardent"))) == [()]
    assert shown(Disagreement(a="n-1", b="n-2", reason="disputed", sides=("Union", "Lars Dahl"))) == \
        [("Union", "Lars Dahl")]


def test_demand_supply_is_a_quantity_not_a_party() -> None:
    assert sections.about_demand_supply("Advance orders for the new model were 25% above plan, the maker said.")
    assert sections.about_demand_supply("A shortage of welders has slowed work at the yard.")
    assert not sections.about_demand_supply("The audit will look at the council and its supplier, Brent Systems.")
    assert not sections.about_demand_supply("Brent Systems, which supplies the software, employed 300 people.")
    assert not sections.about_demand_supply("The shares remain well below the 310p offer price.")


def test_outlook_is_no_notice_preference_or_past_measurement() -> None:
    assert sections.outlook("Analysts expect rents in the city to rise by 4% next year.", "forecast")
    assert not sections.outlook("Staff are answering calls on weekday evenings and will log every complaint.", "forecast")
    assert not sections.outlook('"We would rather wait a month than open a ward that is not safe," she said.', "forecast")
    assert not sections.outlook("Figures from the registry showed rents fell 3% in the month to 2 May.", "forecast")


def test_a_position_states_a_stance_not_a_report() -> None:
    assert not sections.position("The council said residents could again use the library's online catalogue.")
    assert not sections.position("The brewer said it now expected operating profit of about £40 million.")
    assert sections.position("The brewer said it now expected profit of £40 million but urged the regulator to act.")
    assert sections.position("The union said the closure was unfair.")


def test_an_undertaking_is_no_risk() -> None:
    assert sections.risk("The strike could halt deliveries for a week, the hauliers warned.", "risk")
    assert not sections.risk("The operator has promised to tell customers a week ahead if a delivery is cancelled.", "risk")


SECURITY = SectionSpec(id="security", title="Security considerations", themes=("security",))
POLICY_LEVERS = SectionSpec(id="levers", title="Policy levers", themes=("regulation_policy",))
OUTLOOK = SectionSpec(id="outlook", title="Outlook", kinds=("forecast",))
COMPETITION = SectionSpec(id="competition", title="Competition", themes=("competition",))


@pytest.mark.parametrize("text", [
    "Italy offered €2 million and sent 30 military engineers with generators to the flooded towns.",
    "The charity pledged 100,000 euros and deployed an army field hospital team to the valley.",
    "Japan dispatched two air force transport planes carrying tents and water purifiers.",
])
def test_a_force_sent_as_aid_is_no_security_consideration(text: str) -> None:
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="policy").section(SECURITY) is None, text


@pytest.mark.parametrize("text", [
    "Police said two substations had been sabotaged overnight, cutting power to 40,000 homes.",
    "Investigators said hackers had gained access to the dam's control system a week before the failure.",
    "Troops were deployed to the border after militia fighters fired on a checkpoint, the military said.",
])
def test_a_threat_to_people_or_systems_is_a_security_consideration(text: str) -> None:
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="policy").section(SECURITY), text


@pytest.mark.parametrize("text", [
    "Shares in Orrin Dairies rose 9.9 percent to 2.55 euros on Wednesday, suggesting investors see little chance "
    "of a rival bid.",
    "Harlow shares jumped 18 percent in early trading, hinting that traders expect a competing offer.",
])
def test_a_share_price_move_read_as_a_sign_is_neither_competition_nor_outlook(text: str) -> None:
    composer = _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="policy")
    assert composer.section(COMPETITION) is None and composer.section(OUTLOOK) is None, text


def test_a_move_caused_by_a_rival_is_still_competition() -> None:
    text = "Shares in Holloway Foods fell 6 percent after it said it would match a rival's prices on milk and bread."
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03").section(COMPETITION) is not None


@pytest.mark.parametrize("text", [
    "\"The board has unanimously concluded that the offer does not reflect the value of our sites or the "
    "recovery we expect in housing,\" chairman Ada Lind said.",
    "The club's directors have decided that the bid undervalues the growth that analysts forecast for the ground.",
    "The fund's largest investor said it will not support any offer below 3 euros a share.",
])
def test_a_decision_taken_or_a_refusal_is_no_outlook(text: str) -> None:
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="policy").section(OUTLOOK) is None, text


def test_a_forecast_is_still_an_outlook() -> None:
    for text in ("Analysts expect the auction to raise between 2 billion and 3 billion euros.",
                 "Forecasters said temperatures would fall to around 30C from Saturday."):
        assert _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="policy").section(OUTLOOK), text


@pytest.mark.parametrize("text", [
    "A spokesperson for Velmont said the firm was \"considering its position\" and that its bid did not need "
    "CCA approval.",
    "Chief executive Rui Moura denied the company was at fault, saying the regulator had been told at 2 a.m.",
    "If the buyer agrees to a larger break fee, the regulatory risk is largely priced in.",
])
def test_a_company_account_of_itself_is_no_policy_lever(text: str) -> None:
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="policy").section(POLICY_LEVERS) is None, text


@pytest.mark.parametrize("text", [
    "The energy regulator ordered all refineries to inspect their pressure valves within 30 days.",
    "Environment groups said the government must ban logging in burned forests.",
    "Parliament passed a law last year capping any one operator's holdings at 40 percent.",
])
def test_what_a_public_body_does_or_is_asked_to_is_a_lever(text: str) -> None:
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="policy").section(POLICY_LEVERS), text


@pytest.mark.parametrize("text", [
    "\"We will look closely at whether the merger would let the combined firm raise cement prices,\" the regulator's "
    "chair said.",
    "Analysts asked if orders for the new trains could recover before the summer.",
])
def test_an_open_question_is_no_quantity_of_demand_or_supply(text: str) -> None:
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03").section(DEMAND) is None, text


def test_a_state_named_by_its_own_name_can_act() -> None:
    text = ("The Harbour Ledger reported that Norway is considering an incentive package worth up to $5 billion to "
            "support its domestic shipbuilding industry.")
    assert _composer([(text, "2026-04-02")], as_of="2026-04-03", audience="policy").section(POLICY_LEVERS)


def test_a_body_and_the_people_who_speak_for_it_are_one_stakeholder_row() -> None:
    composer = _composer([
        ("Halden Ports said it would oppose any cap on berthing fees.", "2026-05-02"),
        ("Halden Ports chief executive Mira Santos said a cap would force the company to cut investment.",
         "2026-05-03"),
        ("The shippers' council demanded that the regulator cap berthing fees this year.", "2026-05-03"),
        ("The Transport Ministry said it would not set fees for private ports.", "2026-05-03"),
        ("The Finance Ministry said it would review the ports' tax treatment.", "2026-05-03"),
    ], as_of="2026-05-04", audience="policy")
    section = composer.section(SectionSpec(id="positions", title="Stakeholder positions", style="positions"))
    assert section is not None
    # Halden Ports' own statement gives way to its chief executive's, ranked higher; two ministries stay two.
    assert [i.speaker for i in section.items] == ["Mira Santos", "Transport Ministry", "Finance Ministry",
                                                   "Shippers' council"]


def test_who_speaks_for_whom() -> None:
    from briefgen.notes.counterclaims import affiliations, one_party
    known = affiliations(["Halden Ports chief executive Mira Santos said so.",
                          "Tomas Berg, a partner at Ruvo Capital, said so."])
    assert one_party(("Mira Santos", ""), ("Halden Ports", ""), known)
    assert one_party(("Lena Ortiz", "chief executive, AzorLink"), ("AzorLink", ""), known)
    assert one_party(("Lena Ortiz", "chief executive, AzorLink"), ("Piet Vos", "spokesman, AzorLink"), known)
    assert not one_party(("Mira Santos", ""), ("Ruvo Capital", ""), known)
    assert not one_party(("Tomas Berg", ""), ("Mira Santos", ""), known)
    assert not one_party(("Finance Ministry", ""), ("Transport Ministry", ""), known)
    assert not one_party(("Ana Ruiz", ""), ("Halden Ports", ""), known)  # tied to no body


@pytest.mark.parametrize(("sentence", "source_kind", "kind"), [
    ("We value Corvida on its own at $46 a share.", "", "opinion"),
    ("In our view the deal is dead.", "news report", "opinion"),
    ("We see the fine as a ceiling rather than a floor.", "analysis", "opinion"),
    ("Our base case is a ruling by March.", "", "opinion"),
    # the issuer's own voice, someone's reported words, a quotation: not the author's view
    ("In our view the merger serves patients.", "statement", "fact"),
    ("We believe this is the right deal for shareholders, the chairman said.", "", "fact"),
    ('"In our view the deal is dead," the analyst said.', "", "quote"),
    ("Shares in Corvida fell 4 per cent.", "", "figure"),
])
def test_the_authors_own_judgement_in_the_first_person_plural_is_a_view(sentence: str, source_kind: str,
                                                                         kind: str) -> None:
    speaker = features.find_speaker(sentence)
    assert features.classify(sentence, source_kind=source_kind, speaker=speaker,
                             has_figures=bool(features.find_figures(sentence))) == kind


def test_a_comparison_of_two_costs_is_no_risk() -> None:
    """"would cost more than X" compares two ways of doing something (a reason, no outcome); a cost
    to come stays a risk, and "more than" a quantity is a quantity."""
    from briefgen.notes import features
    assert not features.is_risk("The retailers' association said its members used the platform because building "
                                "their own shop would cost more than the fee.")
    assert not features.is_risk("A new bridge would cost far more than the repair.")
    assert features.is_risk("The association said the delay would cost shoppers tens of millions of euros.")
    assert features.is_risk("The closure could cost the port more than 20 million euros.")
    assert features.is_risk("The strike could cost more than a billion euros.")


def test_a_forum_post_retelling_figures_is_no_forum_row() -> None:
    """A reader saw "Forum commenter x | Halden (Nandakumar) has 260m base case and 380m bear." as a
    stakeholder position: a commenter's row must hold a stance, as any speaker's must."""
    posts = ("Ostvik (Marr) has a 260m base case and a 380m bear case.", "Veltra is hiding the real number.")
    docs = [SourceDoc(id=k, path=f"sources/{k}.html", format="html", sha256="", text=q,
                      meta=SourceMeta(date="2026-04-02", kind="forum thread", reliability="forum comment"),
                      sentences=(Sentence(start=0, end=len(q), para=1, sent=1, line=1),))
            for k, q in zip("fg", posts, strict=True)]
    notes = tuple(Note(id=f"n{i}", kind="opinion", quote=d.text, span=Span(source=d.id, start=0, end=len(d.text),
                                                                             author="kit"), score=1.0)
                  for i, d in enumerate(docs))
    composer = _Composer(noteset=NoteSet(notes=notes, sources=tuple(docs)), profile=load_profile(None, "policy"),
                         docs={d.id: d for d in docs}, as_of="2026-04-03")
    section = composer.section(SectionSpec(id="positions", title="Stakeholder positions", style="positions"))
    assert section is not None and [i.note_id for i in section.items] == ["n1"]
