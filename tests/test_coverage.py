"""Selection by coverage: the lazy greedy, statements a later source overtook, and a digest
that says each fact once and tells a developing story by its latest state."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import briefgen
from briefgen.compose import _similar, digest, readable_notes, statement
from briefgen.coverage import Coverage, concepts, lazy_greedy, overtaken
from briefgen.models import Figure, Note, SourceDoc, SourceMeta, Span
from briefgen.workspace import init_workspace

DEVELOPING = Path(__file__).resolve().parent / "fixtures" / "developing"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from("abcdefghij"), max_size=5), min_size=1, max_size=8),
       st.dictionaries(st.sampled_from("abcdefghij"), st.integers(1, 5)))
def test_lazy_greedy_picks_what_an_eager_greedy_picks(sets: list[frozenset[str]], weights: dict[str, int]) -> None:
    items = [str(i) for i in range(len(sets))]
    coverage = Coverage(weights=Counter(weights), covered=set())

    def priority(item: str) -> float:
        return coverage.gain(sets[int(item)])

    lazy = []
    for item in lazy_greedy(items, priority):
        lazy.append(item)
        coverage.add(sets[int(item)])
    coverage.covered.clear()
    eager, left = [], list(items)
    while left:
        best = max(left, key=lambda i: (priority(i), -int(i)))
        eager.append(best)
        left.remove(best)
        coverage.add(sets[int(best)])
    assert lazy == eager


def _doc(doc_id: str, date: str) -> SourceDoc:
    return SourceDoc(id=doc_id, path=f"sources/{doc_id}.txt", format="text", sha256="", text="", sentences=(),
                     meta=SourceMeta(date=date))


def _note(note_id: str, source: str, quote: str, value: float) -> Note:
    figure = Figure(text=f"{value:,.0f} people", value=value, unit="people")
    return Note(id=note_id, kind="figure", quote=quote, span=Span(source=source, start=0, end=len(quote)),
                figures=(figure,))


def test_a_later_source_with_other_figures_overtakes_the_earlier_statement() -> None:
    early = _note("n-1", "a", "About 650 people remain unable to return to their homes in the old town.", 650)
    late = _note("n-2", "b", "About 2,100 people remain unable to return home, most of them in the old town.", 2100)
    other = _note("n-3", "b", "The council paid 2,100 people compensation for damaged cars.", 2100)
    docs = {"a": _doc("a", "2026-03-10"), "b": _doc("b", "2026-03-12")}
    assert overtaken([early, late, other], docs, _similar) == {"n-1"}
    undated = {"a": _doc("a", ""), "b": _doc("b", "2026-03-12")}
    assert overtaken([early, late], undated, _similar) == set()  # no date, no order: both stay
    same_day = {"a": _doc("a", "2026-03-12"), "b": _doc("b", "2026-03-12")}
    assert overtaken([early, late], same_day, _similar) == set()


def test_a_later_source_restating_one_of_its_numbers_does_not_overtake() -> None:
    early = _note("n-1", "a", "About 22,000 people have been left homeless by the floods, up from 18,000.", 22000)
    early = replace(early, figures=early.figures + (Figure(text="18,000", value=18000, unit="people"),))
    late = _note("n-2", "b", "Aid reached most of the 22,000 people left homeless by the floods.", 22000)
    docs = {"a": _doc("a", "2026-03-10"), "b": _doc("b", "2026-03-12")}
    assert overtaken([early, late], docs, _similar) == set()
    later = _note("n-3", "b", "About 25,000 people have been left homeless by the floods.", 25000)
    assert overtaken([early, later], docs, _similar) == {"n-1"}  # a number the earlier note did not give


def test_concepts_are_word_pairs_and_content_words() -> None:
    found = concepts("The ferries stopped running on Monday.")
    assert {"ferri", "ferri stop", "stop"} <= concepts("The ferry stopped.") & found  # plural and tense alike
    assert concepts("on Monday") <= found and len(concepts("on Monday")) == 2  # "on Monday" and "Monday"
    assert "the" not in found and "on" not in found and not concepts("on the")


def test_the_digest_of_a_developing_story_says_each_fact_once_and_its_latest_state(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    init_workspace(ws, today="2026-03-23")
    for path in DEVELOPING.iterdir():
        if path.suffix == ".txt" or path.name == "sources.toml":
            shutil.copy(path, ws / "sources" / path.name)
    noteset = briefgen.open_workspace(ws).notes()
    for words in (100, 250):
        chosen, total = digest(noteset, words)
        texts = [text for text, _ in chosen]
        assert total <= words and len(texts) >= 3
        assert not any(_similar(a, b) for i, a in enumerate(texts) for b in texts[i + 1:])
        docs = {doc.id: doc for doc in noteset.sources}
        gone = overtaken(readable_notes(noteset), docs, _similar)
        assert gone and not {note.id for _, note in chosen} & gone
        assert all(statement(note) in text for text, note in chosen)


def test_a_fact_retold_in_other_words_is_one_fact_in_a_brief_but_not_in_the_digest() -> None:
    first = "Nvidia is contemplating ramping up production of its H200 chips due to a surge in demand from Chinese companies."
    retold = "[Nvidia] is considering increasing output as demand from Chinese clients has surpassed current capacity."
    assert _similar(first, retold, paraphrase=True)  # ramp up ~ increase, production ~ output, contemplate ~ consider
    assert not _similar(first, retold)  # the digest's stricter test: words as written
    other = "Nvidia is considering cutting prices of its H200 chips as demand from Chinese companies has fallen."
    assert not _similar(retold, other, paraphrase=True)  # cutting prices is not increasing output
