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
from briefgen.coverage import (
    CONCEPT_LEAD_DECAY,
    Coverage,
    concepts,
    lazy_greedy,
    lead_weight,
    overtaken,
    source_weights,
)
from briefgen.models import Figure, Note, NoteSet, Sentence, SourceDoc, SourceMeta, Span
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


def _story(doc_id: str, sentences: list[str]) -> SourceDoc:
    """A source of one sentence per paragraph, its sentences located."""
    text, located = "", []
    for number, sentence in enumerate(sentences, 1):
        start = len(text)
        text += sentence + "\n\n"
        located.append(Sentence(start=start, end=start + len(sentence), para=number, sent=1, line=2 * number - 1))
    return SourceDoc(id=doc_id, path=f"sources/{doc_id}.txt", format="text", sha256="", text=text,
                     sentences=tuple(located), meta=SourceMeta())


def test_with_the_lead_a_concept_weighs_less_the_later_it_first_appears_in_each_source() -> None:
    a = _story("a", ["Ferry crews went on strike on Monday.", "The union met on Sunday.", "Fuel costs rose."])
    b = _story("b", ["Fuel costs rose sharply this year.", "Ferry crews went on strike."])
    plain, lead = source_weights([a, b]), source_weights([a, b], lead=True)
    assert plain["ferri crew"] == plain["fuel cost"] == 2.0
    decay = CONCEPT_LEAD_DECAY
    assert lead["ferri crew"] == 1.0 + lead_weight(1, decay) and lead["fuel cost"] == lead_weight(2, decay) + 1.0
    assert lead["ferri crew"] > lead["fuel cost"]
    assert lead["union"] == lead_weight(1, decay)
    # A word pair across two sentences is in no sentence: it counts as if after the last.
    assert lead["monday the"] == lead_weight(3, decay) and plain["monday the"] == 1.0
    duplicate = replace(b, id="c", duplicate_of="b")
    assert source_weights([a, b, duplicate], lead=True) == lead


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Crews struck.", "Fuel costs rose.", "The union met.", "Talks failed."]),
                         min_size=1, max_size=5), min_size=1, max_size=4))
def test_lead_weights_never_exceed_the_count_of_sources(stories: list[list[str]]) -> None:
    docs = [_story(f"s{i}", sentences) for i, sentences in enumerate(stories)]
    plain, lead = source_weights(docs), source_weights(docs, lead=True)
    assert plain.keys() == lead.keys()
    assert all(0 < lead[c] <= plain[c] <= len(docs) for c in plain)


def test_the_digest_states_what_the_sources_lead_with_before_their_background() -> None:
    lead_fact = "Ferry crews on the island network went on strike on Monday morning."
    background = "Rising fuel prices squeezed ferry operator profits, forcing higher island fares."
    middle = [f"Update {number} followed." for number in range(20)]  # the background comes late in each
    docs = (_story("a", [lead_fact, *middle, background]), _story("b", [lead_fact, *middle, background]))
    notes = []
    for doc in docs:
        for number, sentence in enumerate((background, lead_fact)):  # ties go to the first: the background
            start = doc.text.index(sentence)
            notes.append(Note(id=f"{doc.id}-{number}", kind="event", quote=sentence, score=0.5,
                              span=Span(source=doc.id, start=start, end=start + len(sentence))))
    chosen, _ = digest(NoteSet(notes=tuple(notes), sources=docs), len(lead_fact.split()))
    assert [text for text, _ in chosen] == [lead_fact]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Harbour pilots vote on pay deal", "By Ann Moss, Island Post, 9 October 2024",
                                 "# Analysis", "Updated 14:05 GMT", "Exclusive"]), max_size=3),
       st.lists(st.sampled_from(["Crews struck on Monday.", "Fuel costs rose sharply!", "The union met on Sunday.",
                                 "Talks failed again.", "Why did talks fail?"]), min_size=1, max_size=5))
def test_a_headline_or_byline_above_the_lead_does_not_move_the_body_down(furniture: list[str],
                                                                          body: list[str]) -> None:
    # A headline, byline or label above the story is no sentence of its body: the lead stays the lead
    # (the concepts of the lines above are the furniture's own, and count as the lead's).
    bare = source_weights([_story("a", body)], lead=True)
    dressed = source_weights([_story("a", [*furniture, *body])], lead=True)
    own = {concept for line in furniture for concept in source_weights([_story("f", [line])])}
    assert all(dressed[concept] == weight for concept, weight in bare.items() if concept not in own)
    assert all(dressed[concept] == 1.0 for concept in own)


def test_the_digest_weighs_a_source_s_lead_the_same_with_or_without_a_byline() -> None:
    lead = "The island ferry service will stop its night crossings from March, the operator said on Tuesday."
    later = "Night crossings carried about 400 passengers a week last winter, according to the operator."
    byline = "By Ann Moss, Island Post, 9 October 2024"
    plain = source_weights([_story("a", [lead, later])], lead=True)
    signed = source_weights([_story("a", [byline, lead, later])], lead=True)
    assert plain["night cross"] == signed["night cross"] == 1.0
    assert plain["400 passeng"] == signed["400 passeng"] == lead_weight(1, CONCEPT_LEAD_DECAY)
