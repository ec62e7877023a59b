"""Commentary (an analysis, a column) is labelled with its holder and date and never stands as news
or as a current view it cannot be: it fills no section that admits only facts and figures
(compose._Composer.matches), its line names whose piece it is and when (_Composer.label), a view
counts no report of the facts it weighs as a second source (_Composer.cite_all), and its forecast
is history once a later report tells the event (supersede.overtaken_views)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.supersede import _expected_words, _told_done
from briefgen.words import stem

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace

_PLAN = """Harlow zoo agrees loan of two pandas from Chengdu

Published 4 March 2026

HARLOW - Harlow Zoo said on Wednesday it had agreed to borrow two giant pandas from the Chengdu research base for ten years, at a fee of 1 million dollars a year.

The zoo will build a new enclosure costing 14 million pounds before the animals arrive, chief executive Mara Quist said.

The city council, which owns the zoo, must still approve a loan of 6 million pounds towards the enclosure.
"""

_NOTE = """Pandas will not pay for themselves

Visitors to Harlow Zoo fell to 410,000 last year from 455,000 in 2024.

The council is likely to approve the loan, because the zoo has no other lender, but the pandas are a costly gamble for a zoo of this size.

We estimate that visitor numbers would have to rise by a third for the enclosure to pay back within ten years.
"""

_LATER = """Harlow council backs zoo loan for panda enclosure

Published 2 April 2026

HARLOW - Harlow's councillors on Tuesday approved 6 million pounds of lending to Harlow Zoo for its new panda enclosure, by 31 votes to 12.

Building work will start in May, the zoo said.
"""

_META = """
["02-note.txt"]
kind = "analysis"
publisher = "Kestrel Leisure Research"
date = "2026-03-11"
"""


def _workspace(news_workspace: NewsWorkspace, name: str, later: bool = True, meta: str = _META) -> briefgen.Workspace:
    sources = {"01-plan.txt": _PLAN, "02-note.txt": _NOTE, **({"03-later.txt": _LATER} if later else {})}
    ws = news_workspace(name, sources)
    toml = Path(ws.config.root) / "sources" / "sources.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + meta, encoding="utf-8")
    return briefgen.open_workspace(ws.config.root)


def _items(ws: briefgen.Workspace) -> list[tuple[str, tuple[str, ...], briefgen.models.Item]]:
    found = []
    for audience in ("executive", "investor", "policy"):
        profile = briefgen.audiences.load_profile(ws.config, audience)
        kinds = {spec.id: tuple(spec.kinds) for spec in profile.sections}
        brief = ws.compose(audience)
        found += [(section.id, kinds.get(section.id, ()), item) for section in brief.sections
                  if section.style != "figures" for item in section.items]
    return found


def _from_note(item: briefgen.models.Item) -> bool:
    return any(part in item.text for part in ("410,000", "likely to approve", "We estimate", "costly gamble"))


def test_commentary_fills_no_event_section_and_names_its_holder_and_date(news_workspace: NewsWorkspace) -> None:
    items = _items(_workspace(news_workspace, "a", later=False))
    shown = [(section, kinds, item) for section, kinds, item in items if _from_note(item)]
    assert shown  # the analysis is in the briefs, where comment belongs
    for _section, kinds, item in shown:
        assert not (kinds and set(kinds) <= {"fact", "figure"})
        assert "Kestrel Leisure Research" in item.label and "11 March 2026" in item.label
        assert item.support == 1  # the zoo's own report of the loan backs no view of it


def test_a_view_a_later_report_overtakes_is_left_out(news_workspace: NewsWorkspace) -> None:
    before = [item.text for _s, _k, item in _items(_workspace(news_workspace, "a", later=False))]
    after = [item.text for _s, _k, item in _items(_workspace(news_workspace, "b"))]
    assert any("likely to approve the loan" in text for text in before)
    assert not any("likely to approve the loan" in text for text in after)
    assert any("approved 6 million pounds of lending" in text for text in after)


def test_the_users_metadata_names_the_holder_on_the_next_build(news_workspace: NewsWorkspace) -> None:
    # The user first gives only the kind, then adds the publisher and date: the label follows.
    first = _workspace(news_workspace, "a", later=False, meta='\n["02-note.txt"]\nkind = "analysis"\n')
    labels = {item.label for _s, _k, item in _items(first) if _from_note(item)}
    assert labels and not any("Kestrel" in label for label in labels)
    toml = Path(first.config.root) / "sources" / "sources.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('kind = "analysis"\n', 'kind = "analysis"\n'
                    'publisher = "Kestrel Leisure Research"\ndate = "2026-03-11"\n'), encoding="utf-8")
    again = briefgen.open_workspace(first.config.root)
    labels = {item.label for _s, _k, item in _items(again) if _from_note(item)}
    assert labels and all("Kestrel Leisure Research" in label and "11 March 2026" in label for label in labels)


def test_expected_event_is_the_verb_after_the_cue_or_after_a_causing_verb_and_its_object() -> None:
    assert _expected_words("The council is likely to approve the loan.") == {stem("approve")}
    assert _expected_words("A budget deal could let the bank pause.") == {stem("pause")}
    assert _expected_words("Visitor numbers fell last year.") == set()


def test_an_adverb_between_the_cue_and_the_verb_is_not_the_expected_event() -> None:
    # "will probably be reopened" expects a reopening, not a "probably"; a later "reopened" tells it done
    expected = _expected_words("If the repairs pass inspection, the footbridge will probably be reopened by May.")
    assert expected == {stem("reopened")}
    assert _told_done("The council reopened the footbridge on Thursday.", expected) == {stem("reopened")}
    assert _expected_words("Legal costs would largely follow the verdict.") == {stem("follow")}
    assert _expected_words("The harbour board will soon vote on the fees.") == {stem("vote")}
    # a verb in -ly is the event, not an adverb
    assert _expected_words("The regulator will apply the new cap.") == {stem("apply")}
    assert _expected_words("The union will reply to the offer.") == {stem("reply")}


_VERBS = ["approve", "reject", "delay", "sell", "pause", "close", "merge", "appeal"]


@given(st.sampled_from(_VERBS), st.sampled_from(["will", "could", "is expected to", "may"]))
def test_a_clause_that_still_sets_the_event_ahead_never_tells_it_done(verb: str, cue: str) -> None:
    assert _told_done(f"The regional board {cue} {verb} the scheme in June.", {stem(verb)}) == set()
    past = verb + ("d" if verb.endswith("e") else "ed")
    assert _told_done(f"The regional board {past} the scheme on Tuesday.", {stem(verb)}) == {stem(verb)}


_TOLL_PLAN = """Island council proposes bridge toll

Published 2 February 2026

SKARVA - The Skarva island council on Monday proposed a toll of 4 euros a crossing on the Skarva bridge, saying the toll would raise about 30 million euros a year for new ferries.

Council leader Britt Lund said the council would vote on the toll in March.
"""

_TOLL_NOTE = """Skarva's toll buys little

At 30 million euros a year, a toll like Skarva's would pay for perhaps one new ferry, against the six the island needs.

Commuters will bear most of the cost.
"""

_TOLL_LATER = """Skarva council passes smaller bridge toll

Published 18 March 2026

SKARVA - The Skarva island council on Tuesday passed a toll of 2 euros a crossing, half the rate it had proposed, after protests from commuters.

The toll is expected to raise about 14 million euros a year, the council's finance office said.
"""

_TOLL_META = """
["02-note.txt"]
kind = "analysis"
publisher = "Norland Transport Review"
date = "2026-02-20"
"""


def test_a_view_weighing_a_value_a_later_report_replaced_is_stale(news_workspace: NewsWorkspace) -> None:
    from briefgen.compose import _Composer, said

    def stale(name: str, sources: dict[str, str]) -> list[str]:
        ws = news_workspace(name, sources)
        toml = Path(ws.config.root) / "sources" / "sources.toml"
        toml.write_text(toml.read_text(encoding="utf-8") + _TOLL_META, encoding="utf-8")
        noteset = briefgen.open_workspace(ws.config.root).notes()
        composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                             docs={doc.id: doc for doc in noteset.sources})
        return [said(n) for n in noteset.notes if n.id in composer.stale]

    assert not any("perhaps one new ferry" in text for text in stale("a", {"01-plan.txt": _TOLL_PLAN,
                                                                         "02-note.txt": _TOLL_NOTE}))
    after = stale("b", {"01-plan.txt": _TOLL_PLAN, "02-note.txt": _TOLL_NOTE, "03-later.txt": _TOLL_LATER})
    assert any("perhaps one new ferry" in text for text in after)
