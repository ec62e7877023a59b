"""The mechanical defect counter (benchmarks/defects.py) sees what a reader sees."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("defects", Path(__file__).parents[1] / "benchmarks" / "defects.py")
assert _SPEC and _SPEC.loader
defects = importlib.util.module_from_spec(_SPEC)
sys.modules["defects"] = defects  # its dataclass looks itself up there
_SPEC.loader.exec_module(defects)


def test_a_pronoun_before_any_name_dangles_outside_quotations() -> None:
    assert defects.dangling("According to figures he obtained from the office, the cost could reach $3.1 million.")
    assert defects.dangling("From their perspective, not having the chips is still painful.")
    assert not defects.dangling("Whitcombe said her office had not refused any information.")
    assert not defects.dangling("[T]he harbour board meets on Thursday at 7 p.m. in the library annex.")
    assert defects.dangling("[H]e said the harbour board meets on Thursday.")
    assert not defects.dangling('Okafor said: "He never answered us," and left.')
    assert not defects.dangling("Some experts have their concerns, including Dario Amodei.")


def test_datelines_timestamps_and_source_markup_are_clutter_as_printed() -> None:
    assert defects.clutter("PORT ELLERY, Ohio - The agency on Tuesday ordered the plant closed.")
    assert defects.clutter("18:32 - Summary: Skylark cancelled another 95 flights today.")
    assert defects.clutter("> Reminder: the council meets on Tuesday.")
    assert defects.clutter("**Moderator note:** The city has set up a phone line.")
    assert not defects.clutter("``We have run out of road,'' the chief executive said.")  # printed as “...”
    assert not defects.clutter("The plant, in Port Ellery, Ohio, was closed at 18:32 on Monday.")


def _fig(text: str, value: float, unit: str, measures: str, earlier: tuple[float, ...] = ()) -> dict:
    return {"text": text, "value": value, "unit": unit, "measures": measures, "period": "",
            "earlier": [{"text": str(v), "value": v} for v in earlier]}


def test_labels_that_name_no_measure() -> None:
    quote = "About 400 workers walked out on Monday, leaving 12 trucks stuck at the border and 9 trains idle."
    assert "verb" in defects.label_problem(_fig("12 trucks", 12, "trucks", "trucks left"), quote)
    assert "function word" in defects.label_problem(_fig("12 trucks", 12, "trucks", "trucks at"), quote)
    assert defects.label_problem(_fig("12 trucks", 12, "trucks", ""), quote) == "empty label"
    assert "leftover" in defects.label_problem(_fig("90 posts", 90, "posts", "posts sayed"), "It cut 90 posts.")
    assert "not near" in defects.label_problem(_fig("9 trains", 9, "trains", "strike"), "The strike began. " + "Then " * 25
                                               + "9 trains stood idle.")
    assert "noun short" in defects.label_problem(_fig("4 percent", 4, "%", "wage"),
                                                 "The nurses want a 4 percent wage increase over two years.")
    assert "starts on a verb" in defects.label_problem(_fig("$9,000", 9000, "USD", "face fines"),
                                                       "The firm could face fines of up to $9,000 a day.")
    assert "object left out" in defects.label_problem(_fig("20 mg pills", 20, "pills", "mg pills contained"),
                                                      "The 20 mg pills contained benzene at high levels.")
    assert defects.label_problem(_fig("1.4 million tablets", 1.4e6, "tablets", "tablets returned"),
                                 "Wholesalers had returned roughly 1.4 million tablets to the maker.") == ""
    assert "starts on a verb" in defects.label_problem(_fig("$5 million", 5e6, "USD", "seeks damages"),
                                                       "The suit was filed on Monday. It seeks damages of $5 million.")
    assert "counts patients" in defects.label_problem(
        _fig("9,000", 9000, "batches", "recalled batches"),
        "The agency raised its estimate of the number of patients given the recalled batches to 9,000.")
    assert "bare name" in defects.label_problem(_fig("5 ppm", 5, "ppm", "Lakeside Water Board's"),
                                                "The Lakeside Water Board's limit is 5 ppm.")
    assert "place" in defects.label_problem(_fig("8,000 people", 8000, "people", "town"),
                                            "The town of 8,000 people lost power.")
    assert "time" in defects.label_problem(_fig("6 a.m.", 6, "a.m.", "return"), "Staff return at 6 a.m.")
    assert "age" in defects.label_problem(_fig("54", 54, "", "driver"), "The driver, 54-year-old Ana Ruiz, died.")
    assert "ordinal" in defects.label_problem(_fig("12th", 12, "", "day"), "On the 12th day talks resumed.")
    assert "coordinate" in defects.label_problem(_fig("41.2°N", 41.2, "°N", "position"), "It sank at 41.2°N.")
    for good in (_fig("12 trucks", 12, "trucks", "trucks stuck"), _fig("€3 million", 3e6, "EUR", "relief fund"),
                 _fig("29 ppb", 29, "ppb", "peak level")):
        assert defects.label_problem(good, "A €3 million relief fund; 12 trucks stuck; the peak level near "
                                           "the school was 29 ppb.") == "", good


def test_the_same_value_twice_in_key_figures() -> None:
    rows = [_fig("$2.4 million", 2.4e6, "USD", "ransom"), _fig("$2,410,000", 2.41e6, "USD", "payment demanded"),
            _fig("2.4 million", 2.4e6, "people", "residents")]
    assert len(defects.twice_rows(rows)) == 1
    assert "payment demanded" in defects.twice_rows(rows)[0]


def test_one_measure_in_two_key_figure_rows_is_stale() -> None:
    rows = [(_fig("11 ships", 11, "ships", "container ships left"), ""),
            (_fig("19", 19, "ships", "container ships stranded"), "2025-03-04"),
            (_fig("31", 31, "ships", "container ships"), "2025-03-06")]
    hits = defects.stale_rows(rows)
    assert [h.split(" |")[0] for h in hits] == ["11 ships", "19"]
    # Different label heads, or neither label within the other, are different measures.
    levels = [(_fig("29 ppb", 29, "ppb", "peak level"), "2025-09-16"),
              (_fig("9 ppb", 9, "ppb", "short-term screening level"), "2025-09-15"),
              (_fig("300 people", 300, "people", "people spent"), ""),
              (_fig("2,200 people", 2200, "people", "people allowed to go home"), "2025-09-16")]
    assert defects.stale_rows(levels) == []


def test_a_later_or_corrected_value_in_the_sources_makes_a_row_stale() -> None:
    from briefgen.notes.figures import find_figures

    row = _fig("€6 million a day", 6e6, "EUR a day", "cost of the strike")
    correction = [("s/04.txt", "", "It said the figure of 6 million euros a day had included cargo values, and that "
                   "the correct estimate was 4.2 million euros a day.")]
    assert "4.2 million" in defects.superseded(row, "2025-03-04", correction, find_figures)
    ships = _fig("19 ships", 19, "ships", "container ships stranded")
    later = [("s/06.txt", "2025-03-07", "The council said 34 container ships were stranded on Friday.")]
    assert "34" in defects.superseded(ships, "2025-03-04", later, find_figures)
    assert defects.superseded(ships, "2025-03-08", later, find_figures) == ""  # the row is the later one
    other = [("s/06.txt", "2025-03-07", "Some 34 container ships were built at the yard last year.")]
    assert defects.superseded(_fig("19 ships", 19, "ships", "ships stranded at anchor"), "2025-03-04", other,
                              find_figures) == ""
    # A later sentence giving the row's value beside another of the unit confirms the row (a limit and a speed).
    limit = _fig("50 mph", 50, "mph", "line speed")
    both = [("s/05.txt", "2025-03-07", "The tram was travelling at 46 mph, within the line speed of 50 mph.")]
    assert defects.superseded(limit, "2025-03-04", both, find_figures) == ""
    raised = [("s/05.txt", "2025-03-07", "The line speed was raised to 60 mph from 50 mph on Friday.")]
    assert "60 mph" in defects.superseded(limit, "2025-03-04", raised, find_figures)
    # A threshold in a condition is no value of the story.
    sale = _fig("60 stores", 60, "stores", "sale")
    clause = [("s/06.txt", "2025-03-07", "The deal lets it walk away if the regulator demands the sale of more than "
               "100 stores.")]
    assert defects.superseded(sale, "2025-03-04", clause, find_figures) == ""


def test_a_chart_mixing_measures_or_units() -> None:
    offer, demand = _fig("5.5 percent", 5.5, "%", "pay offer"), _fig("9 percent", 9, "%", "pay rise demanded")
    svg = ('<svg role="img" aria-label="Pay offer (%)"><text>union</text><text>5.5 percent</text>'
           '<text>9 percent</text></svg>')
    assert defects.chart_problems(svg, [offer, demand])
    same = _fig("6 percent", 6, "%", "pay offer")
    assert defects.chart_problems(svg.replace("9 percent", "6 percent"), [offer, same]) == []
    points = _fig("6", 6, "points", "pay offer")
    assert "units" in defects.chart_problems(svg.replace("9 percent", "6"), [offer, points])[0]


def _record(items: list[dict], sources: list[dict], section: tuple[str, str, str] = ("d", "Disputes", "disagreements"),
            as_of: str = "2025-05-01") -> dict:
    cites = sorted({n for item in items for side in (item, item.get("other") or {}) for n in side.get("citations", [])})
    return {"as_of": as_of, "sources": sources,
            "citations": [{"number": n, "quote": "", "path": f"s/{n}.txt"} for n in cites],
            "sections": [{"id": section[0], "title": section[1], "style": section[2], "items": items}]}


def _item(text: str, citations: list[int], **extra: object) -> dict:
    return {"text": text, "citations": citations, "label": "", "support": 1, "speaker": "", "other": None,
            "sides": [], "see": [], "change": "", "date": "", **extra}


def _src(n: int, date: str = "", kind: str = "", reliability: str = "") -> dict:
    return {"path": f"s/{n}.txt", "title": "T", "publisher": "P", "date": date, "kind": kind,
            "reliability": reliability}


def test_false_disagreements() -> None:
    sources = [_src(1, "2025-04-01"), _src(2, "2025-04-03")]
    sequence = _item("The county closed the bridge to lorries on Tuesday.", [1],
                     other=_item("The county reopened the bridge to lorries on Thursday.", [2]))
    assert "sequence" in defects.brief_defects(_record([sequence], sources))["dispute"][0]
    same = _item("Ruiz said the plan was sound.", [1], speaker="Ana Ruiz",
                 other=_item("Ruiz said the plan had flaws.", [2], speaker="Ana Ruiz"))
    assert "same actor" in defects.brief_defects(_record([same], sources))["dispute"][0]
    one_source = _item("The mill will close.", [1], other=_item("The mill will stay open.", [1]))
    assert "same source" in defects.brief_defects(_record([one_source], sources))["dispute"][0]
    reported = _item("The union says 400 jobs will go.", [1], sides=["Union", "Authority"],
                     other=_item("The authority disputes that, saying only 120 roles will go.", [1]))
    assert defects.brief_defects(_record([reported], sources))["dispute"] == []  # one article gives both parties
    nobody = _item("A lawsuit was filed.", [1], sides=["A", "The"], other=_item("The dispute matters.", [2]))
    assert "no actor" in defects.brief_defects(_record([nobody], sources))["dispute"][0]
    real = _item("The union says 400 jobs will go.", [1], speaker="union",
                 other=_item("The authority says only 120 roles will be affected.", [2], speaker="authority"))
    assert defects.brief_defects(_record([real], sources))["dispute"] == []


def test_corroboration_counted_from_forum_posts_or_opinion() -> None:
    sources = [_src(1), _src(2, kind="forum thread", reliability="forum comment"), _src(3, kind="opinion")]
    item = _item("The board says two more batches are over the limit.", [1, 2], support=2)
    assert defects.brief_defects(_record([item], sources, ("s", "Summary", "bullets")))["corroboration"]
    hidden = _item("The council voted 5-2.", [1], support=3)  # three sources claimed, one linked
    assert defects.brief_defects(_record([hidden], sources, ("s", "Summary", "bullets")))["corroboration"]
    sources.append(_src(4))
    fine = _item("The council voted 5-2.", [1, 4], support=2)
    assert defects.brief_defects(_record([fine], sources, ("s", "Summary", "bullets")))["corroboration"] == []


def test_misfiled_items_are_suspect() -> None:
    sources = [_src(1)]

    def hits(text: str, section: tuple[str, str, str], date: str = "") -> list[str]:
        return defects.brief_defects(_record([_item(text, [1], date=date)], sources, section))["misfiled"]

    watch, outlook, risks = ("c", "Catalysts to watch", "watch"), ("o", "Outlook", "bullets"), ("r", "Risks", "bullets")
    assert hits("My view is simple: the board got it wrong.", watch)
    assert hits("The hearing will resume on 12 May.", watch) == []
    assert hits("The ferry operator said the route is scheduled to reopen.", watch) == []
    assert hits("The strike was called after talks broke down on Sunday.", outlook)
    assert hits("Analysts expect the line to reopen in June.", outlook) == []
    assert hits("The council opened a new library in 2019.", risks)
    assert hits("A second outage could cost the operator its licence.", risks) == []


def test_sources_table_cells_the_text_gives() -> None:
    row = {"path": "s/1.md", "title": "", "publisher": "", "date": ""}
    raw = ("# Harbour fees to double next year\n\n**By Jo Lane** | *Coastal Courier* | April 3, 2025\n\n"
           "The harbour board voted on Tuesday to double mooring fees.\n")
    found = " ".join(defects.source_problems(row, raw))
    assert "headline" in found and "April 3, 2025" in found and "Coastal Courier" in found
    wire = "Ferry line halts service\n\nPORTLAND, Maine (Northern Wire) - The ferry line halted service on Monday.\n"
    assert "Northern Wire" in " ".join(defects.source_problems({**row, "title": "Ferry line halts service"}, wire))
    plain = "The ferry line halted service on Monday after a storm.\nIt said service would resume.\n"
    assert defects.source_problems({**row, "title": "Ferry"}, plain) == []
    undated = "PORTLAND, Maine (Northern Wire) - The ferry line halted service on Monday after a storm\n"
    assert defects.source_problems({**row, "date": "2025-04-03", "publisher": "Northern Wire"}, undated) == []


def test_what_no_earlier_statement_stated_dangles() -> None:
    seen = ["The ferry operator cut its profit forecast on Monday."]
    assert "not stated before" in defects.unseen_reference(
        "Finance chief Ruth Amsel said the revised range reflected charter costs.", seen)
    assert defects.unseen_reference("Finance chief Ruth Amsel said the revised range reflected charter costs.",
                                    seen + ["It expects profit in a range of 42 to 46 million pounds."]) == ""
    assert defects.unseen_reference("The operator also corrected the passenger figure it gave last week.", seen)
    assert defects.unseen_reference("Maybe so. But one ferry for 40,000 islanders was always a gamble.", seen)
    assert defects.unseen_reference("What does not end so easily is the islanders' distrust.", seen)
    assert defects.unseen_reference("\"We would rather wait a month,\" she said.", seen) == \
        "the speaker is only a pronoun"
    assert defects.unseen_reference("\"We would rather wait a month,\" Ines Varga said.", seen) == ""
    role = "\"The harbour must learn from this,\" said Ines Varga, the authority's chief inspector."
    assert "which one" in defects.unseen_reference(role, seen)
    assert defects.unseen_reference(role, seen, speaker="Ines Varga") == ""  # a Stakeholder row names the body
    assert defects.unseen_reference("The union says the new cranes will cut 400 jobs.", seen) == ""
    assert defects.unseen_reference("Passenger numbers were 9% below the same period last year.", seen) == ""


def test_a_figure_told_again_and_a_change_row_beside_its_level_are_repeats() -> None:
    statements = ["The union agreed to talks, sending the operator's shares up 6.4%.",
                  "Calder shares rose 6.4% to 212 pence in early trading."]
    quote = "Calder shares rose 6.4% to 212 pence in early trading."
    rows = [(_fig("212 pence", 212, "pence", "calder shares"), quote),
            (_fig("6.4%", 6.4, "%", "rise in shares"), quote)]
    found = defects.figure_repeats(statements, rows)
    assert any(hit.startswith("Calder shares rose 6.4%") for hit in found)
    assert any("one sentence gives the change and the level" in hit for hit in found)
    assert defects.figure_repeats(statements[:1], rows[:1]) == []  # 6.4% once in a statement, 212 once in a row
    assert defects.figure_repeats(["Harbour dues rose 3% on ferries sailing at night from the island."], rows[:1]) == []


def test_a_disputed_claim_told_again_elsewhere_is_a_repeat() -> None:
    dispute = ("The port has said the collapse was caused by a faulty weld in the boom, while Velde Cranes blames "
               "an overload it says the port allowed.")
    again = "The port authority said the collapse was caused by a faulty weld in the crane's boom."
    assert defects.dispute_repeats([(again, "situation")], [dispute])
    assert defects.dispute_repeats([("Two ships were diverted to Rotterdam.", "situation")], [dispute]) == []
