"""A list's entries that are no statements: a verbless wish ("- A shuttle bus for every ..."), an entry
among instructions ("- Begin ..." beside "- Close the ..."), a labelled run of dated entries ("Milestones:
...; ..."). Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest import read_source
from briefgen.notes.extract import draft_notes
from briefgen.notes.features import imperative_verb, labelled_list, list_entry, verbless
from briefgen.workspace import init_workspace, load_config

PETITION = """# Petition of the Fernhollow Parents' Group

**Fernhollow Parents' Group, 9 May 2027**

The parents' group handed a petition with 2,300 signatures to the district on Thursday, asking for:

- A shuttle bus for every pupil who lives beyond the ring road, not only the youngest.
- Begin the evening classes at the old library from 1 September 2027.
- Close the second car park to through traffic at school hours.

Milestones: district vote 20 May 2027; works tender 3 June 2027; opening 1 September 2027.

The district said it would answer the petition within a month, and that the budget for transport was fixed.
"""


def _drafts(tmp_path: Path) -> list[str]:
    init_workspace(tmp_path)
    (tmp_path / "sources" / "petition.md").write_text(PETITION, encoding="utf-8")
    config = load_config(tmp_path)
    doc = read_source(config, config.sources_dir / "petition.md", {})
    return [" ".join(d["quote"].split()) for d in draft_notes(doc, ())]


def test_list_entries_are_no_notes_but_the_reply_is(tmp_path: Path) -> None:
    quotes = _drafts(tmp_path)
    assert not any(q.startswith(("A shuttle bus", "Begin the", "Close the", "Milestones")) for q in quotes), quotes
    assert any(q.startswith("The district said") for q in quotes), quotes


def test_an_ordinal_after_an_article_is_no_time_unit() -> None:
    assert imperative_verb("Restore the second rest break on night shifts.") == "Restore"
    assert imperative_verb("Brackley two years ago sold the site to a developer.") == ""


@pytest.mark.parametrize(("sentence", "listed"), [
    ("Milestones: district vote 20 May 2027; works tender 3 June 2027; opening 1 September 2027.", True),
    ("Key dates: hearing 4 March; ruling 30 April, when the court is expected to decide.", True),
    ("Worst case: a slip beyond March forces the operator to borrow early; bonds fall to 40 cents.", False),
    ("Update: the council has voted; the union is angry.", False),
    ("The mayor said: the plan stands; the budget is fixed.", False),
])
def test_labelled_list(sentence: str, listed: bool) -> None:
    assert labelled_list(sentence) is listed


def test_verbless_reads_the_main_clause_only() -> None:
    assert verbless("A shuttle bus for every pupil who lives beyond the ring road.")
    assert not verbless("The plant has been closed since June.")


def test_a_list_entry_needs_a_list_line() -> None:
    text = "Intro:\n\n- A new bridge over the river by 2030.\n\nA new bridge over the river by 2030 was promised.\n"
    assert list_entry(text, text.index("A new"), "A new bridge over the river by 2030.")
    later = text.rindex("A new")
    assert not list_entry(text, later, text[later:].strip())
    text = "Plan:\n- Open the depot in May.\n- Staff shortages across all sites.\n"
    assert list_entry(text, text.index("Staff"), "Staff shortages across all sites.")
    text = "Notes:\n- Staff shortages across all sites.\n- Fares unchanged.\n"
    assert not list_entry(text, text.index("Staff"), "Staff shortages across all sites.")
