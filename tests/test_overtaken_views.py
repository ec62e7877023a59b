"""Nothing overtaken is shown as current: an event a later report moves "to X in <place> from Y"
leaves every section and its report is the calendar's entry; a step whose every time ahead is
past is no policy lever; a view its holder later revises, and a forecast whose expected act a
later report tells done, are history (supersede.changed_events, revised_views, fulfilled_forecasts;
sections.left_days; compose.overdue). Invented text only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

import briefgen
from briefgen import sections as holds

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_DAY = dt.date(2025, 2, 20)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["Geneva", "Port", "Louis", "New", "Delhi", "Saint", "Albans", "Town", "Hall"]),
                min_size=1, max_size=3), st.sampled_from(["in", "at", "at the"]))
def test_the_day_a_move_left_is_read_across_a_place(place: list[str], at: str) -> None:
    text = f"The next round of talks has been postponed to March 15-16 {at} {' '.join(place)} from March 2, the ministry said."
    assert holds.left_days(text, _DAY) == {dt.date(2025, 3, 2)}
    watch = holds.catalyst(text, "fact", _DAY, _DAY)
    assert watch is not None and watch.day == dt.date(2025, 3, 15)


def test_a_move_told_old_day_first_needs_a_verb_of_moving() -> None:
    assert holds.left_days("The ministry moved the talks from March 2 to March 9.", _DAY) == {dt.date(2025, 3, 2)}
    assert holds.left_days("The talks will run from March 2 to March 4 in Geneva.", _DAY) == set()


def test_a_schedule_left_behind_with_a_new_day_is_an_event_to_watch() -> None:
    moved = "The auction, which had been scheduled for March 2, will now take place on April 10, the agency said."
    watch = holds.catalyst(moved, "fact", _DAY, _DAY)
    assert watch is not None and watch.day == dt.date(2025, 4, 10)
    assert holds.catalyst("The auction had been scheduled for March 2.", "fact", _DAY, _DAY) is None


_TALKS = """Whaling commission talks end without deal

Published 28 January 2025

VIENNA - Talks between the four states that share the southern krill stock ended in Vienna on Wednesday without an agreement on catch limits for next season.

The science committee had advised a catch of no more than 410,000 tonnes, a cut of 12 percent.

The Norland fisheries ministry said it would study the quota advice before the coastal states meet in Vienna on Feb. 10-11.

The states agreed to meet again in Lisbon on March 2.
"""

_MOVED = """Krill talks postponed as Norland threatens sanctions

Published 20 February 2025

OSLO - The next round of talks on the southern krill stock has been postponed to March 15-16 in Lisbon from March 2, the Norland fisheries ministry said on Saturday, as the commission threatened sanctions against states that overfish the stock.

The science committee now advises a catch of 395,000 tonnes.
"""


def test_a_meeting_a_later_report_moves_leaves_the_briefs_and_its_move_is_the_catalyst(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("ws", {"01-talks.txt": _TALKS, "02-moved.txt": _MOVED})
    assert not any("meet again in Lisbon on March 2" in text for text in printed(ws))
    investor = ws.compose("investor")
    catalysts = next(s for s in investor.sections if s.id == "catalysts")
    assert any("postponed to March 15-16" in item.text for item in catalysts.items)
    # alone, the earlier report's meeting is still the story's next step
    alone = news_workspace("alone", {"01-talks.txt": _TALKS.replace("Published 28 January 2025", "Published 20 February 2025")})
    assert any("meet again in Lisbon on March 2" in text for text in printed(alone))


def test_a_step_whose_time_is_past_is_no_lever(news_workspace: NewsWorkspace) -> None:
    from briefgen.compose import _Composer

    def lever(ws: briefgen.Workspace) -> bool:
        noteset = ws.notes()
        composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                             docs={doc.id: doc for doc in noteset.sources})
        study = next(n for n in noteset.notes if "would study the quota advice" in n.quote)
        return composer.on_theme(study, "regulation_policy")

    assert lever(news_workspace("before", {"01-talks.txt": _TALKS}))  # read on 28 January, the meeting is ahead
    assert not lever(news_workspace("after", {"01-talks.txt": _TALKS, "02-moved.txt": _MOVED}))


_NOTE = """# Orbis/Telvia: will remedies be enough?

*Analysis by Marta Ruiz, Harbour Equity Research, 3 March 2025*

The competition authority opened an in-depth probe into the Orbis takeover of Telvia in February. We expect the authority to ask Orbis to sell spectrum in the 700 MHz band and to offer network access to smaller operators for five years.

Not everyone agrees. Jonas Weller, telecoms analyst at Northgate Capital, told clients that he does not believe spectrum remedies will satisfy the regulator. He puts the chance of a block at 40 percent.

Laura Pineda of the consumer group Fairtel said the deal would leave only two large networks.
"""

_OFFER = """Orbis offers spectrum sale to win approval for Telvia deal

Published 20 March 2025

MADRID - Orbis has offered to sell spectrum in the 700 MHz band and its budget brand to a new entrant to win approval for its takeover of Telvia, the company said on Friday.

Jonas Weller of Northgate Capital said the remedies went further than expected and lowered his estimate of the chance of a block to 25 percent from 40 percent.

Laura Pineda of Fairtel said the offer was a first step but not enough.
"""


def test_a_view_its_holder_revises_and_a_forecast_told_done_are_history(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("ws", {"01-note.md": _NOTE, "02-offer.txt": _OFFER, "sources.toml":
                               '["01-note.md"]\nkind = "analysis"\ndate = "2025-03-03"\npublisher = "Harbour Equity Research"\n'})
    texts = printed(ws)
    assert not any("does not believe spectrum remedies will satisfy" in text for text in texts)
    assert not any("We expect the authority to ask Orbis" in text for text in texts)


def test_views_stay_without_a_revision_or_a_matching_act() -> None:
    from briefgen import supersede

    # "kept ... unchanged" answers no "expect ... to raise": the verb of the act must be told
    assert supersede._expected_act("Most economists expect the central bank to raise interest rates again.") == \
        "raise interest rates again."
    assert not supersede._REVISED.search("Laura Pineda of Fairtel said the offer was a first step but not enough.")
    assert supersede._REVISED.search("He lowered his estimate of the chance of a block to 25 percent.")


def test_a_view_the_user_pinned_stays_through_later_runs(news_workspace: NewsWorkspace) -> None:
    from briefgen.compose import _Composer

    sources = {"01-note.md": _NOTE, "02-offer.txt": _OFFER,
               "sources.toml": '["01-note.md"]\nkind = "analysis"\ndate = "2025-03-03"\npublisher = "Harbour Equity Research"\n'}
    ws = news_workspace("ws", sources)

    def overtaken() -> set[str]:
        noteset = ws.notes()
        composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                             docs={doc.id: doc for doc in noteset.sources})
        by_id = {n.id: n for n in noteset.notes}
        return {by_id[j.note].quote.split()[0] for j in composer.overtaken_events}

    assert {"Jonas", "We"} <= overtaken()  # the revised view and the forecast told done
    path = next(ws.config.notes_dir.glob("01-note*.yaml"))
    text = path.read_text(encoding="utf-8")
    at = text.index("quote: \"Jonas Weller") if "quote: \"Jonas Weller" in text else text.index("Jonas Weller")
    head = text.rindex("status: auto", 0, at)
    path.write_text(text[:head] + "status: pinned" + text[head + len("status: auto"):], encoding="utf-8")
    assert "Jonas" not in overtaken()  # the user's pin holds, run after run
    assert "Jonas" not in overtaken()
    assert "We" in overtaken()
