"""A key figure's history joins values of one measure of one subject (place, body) only."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.keyfigures import other_subjects, subject_names
from briefgen.models import Item
from briefgen.notes.figures import earlier_values, find_figures
from briefgen.workspace import init_workspace

ROWS = Path(__file__).parent / "fixtures" / "rows.toml"

FIRST = """Library lending climbs in the north

By Ruth Okafor

LEEDS, Feb 2 (Northern Wire) - The number of e-books lent by libraries
in Yorkshire has risen to 410,000, up from 350,000 a year ago, the
regional library board said on Monday.

Borrowers queued for the new reading rooms, the board said.
"""

SECOND = """<html><head><title>Lending rises in Cumbria</title></head><body><article>
<h1>Lending rises in Cumbria</h1>
<p>In Cumbria, the number of e-books lent by libraries has risen to 530,000, the county council said on Tuesday.</p>
<p>The council said it would extend opening hours in Carlisle.</p>
</article></body></html>
"""

META = """["01-yorkshire.txt"]
publisher = "Northern Wire"
kind = "news report"
date = "2026-02-02"
["02-cumbria.html"]
publisher = "Cumbria Gazette"
kind = "news report"
date = "2026-02-10"
"""


def _rows(target: Path) -> dict[str, Item]:
    brief = briefgen.open_workspace(target).compose("rows")
    return {item.figure.text: item for section in brief.sections if section.style == "figures"
            for item in section.items if item.figure is not None}


def _figure(sentence: str, text: str):  # type: ignore[no-untyped-def]
    return next(f for f in find_figures(sentence) if f.text.startswith(text))


def test_another_places_count_is_no_later_value() -> None:
    target = Path(tempfile.mkdtemp()) / "lending"
    init_workspace(target, today="2026-02-12")
    (target / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    (target / "templates" / "audiences" / "rows.toml").write_text(ROWS.read_text())
    (target / "sources" / "sources.toml").write_text(META)
    (target / "sources" / "01-yorkshire.txt").write_text(FIRST)
    first = _rows(target)
    assert "410,000" in first
    (target / "sources" / "02-cumbria.html").write_text(SECOND)
    rows = _rows(target)
    # Cumbria's count is no later value of Yorkshire's: both stay, neither is the other's history
    assert "410,000" in rows
    assert not any("410,000" in e.text for e in rows["530,000"].earlier)


def test_subject_names_read_the_clause_not_the_speaker() -> None:
    said = "South Harbour's register rose to 73 moorings, the harbour board of Westmere said."
    assert subject_names(said, _figure(said, "73")) == {"south harbour"}
    said = "Attendance among Breton pupils is 91 percent, the rector said."
    assert subject_names(said, _figure(said, "91")) == {"breton"}
    said = "In neighbouring Galicia, the cooperative expects a crop of 2.1 million tonnes."
    assert subject_names(said, _figure(said, "2.1")) == {"galicia"}
    said = "Attendance is 91 percent, Rector Yves Morvan of Rennes said on Monday."
    assert subject_names(said, _figure(said, "91")) == frozenset()


def test_two_subjects_by_name_or_by_a_source_that_never_names_one() -> None:
    assert other_subjects(frozenset({"south harbour"}), frozenset({"harbour"}))
    assert not other_subjects(frozenset({"lusatian"}), frozenset({"lusatia"}))
    assert not other_subjects(frozenset({"breton"}), frozenset())
    assert other_subjects(frozenset({"breton"}), frozenset(), b_texts=["Our region's attendance is 84 percent."])
    assert not other_subjects(frozenset({"lusatian"}), frozenset(), b_texts=["Lusatia's schools opened late."])


@given(st.sampled_from(["Arden", "Velmar", "Ostrava", "Kessel Valley"]),
       st.sampled_from(["Brindle", "Coriander Bay", "Tamsk"]))
def test_a_place_is_its_own_subject_and_never_anothers(one: str, two: str) -> None:
    said = f"{one}'s count rose to 120 boats."
    names = subject_names(said, _figure(said, "120"))
    other = subject_names(f"The number of boats in {two} rose to 90.", _figure(f"The number of boats in {two} rose to 90.", "90"))
    assert not other_subjects(names, subject_names(f"Boats in {one} rose to 80.", _figure(f"Boats in {one} rose to 80.", "80")))
    assert other_subjects(names, other)


def test_a_revision_of_ones_own_count_gives_the_earlier_value() -> None:
    said = "The board said 52 kilns now operate in the district, revising its March count of 47 after an audit."
    assert [f.text for f in earlier_values(said)] == ["47"]
