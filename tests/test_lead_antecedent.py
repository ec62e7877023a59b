"""The story's lead is not dropped for a later comment that restates it, and a statement opening on
a definite noun phrase it never defines ("The rival approach ...") leans on the sentence that names it."""

from __future__ import annotations

from briefgen.compose import _similar
from briefgen.coverage import overtaken
from briefgen.models import Figure, Note, SourceDoc, SourceMeta, Span
from briefgen.notes.context import needs_antecedent


def _doc(doc_id: str, date: str, kind: str = "news") -> SourceDoc:
    return SourceDoc(id=doc_id, path=f"sources/{doc_id}.txt", format="text", sha256="", text="", sentences=(),
                     meta=SourceMeta(date=date, kind=kind))


def _note(note_id: str, source: str, quote: str, *figures: Figure) -> Note:
    return Note(id=note_id, kind="figure", quote=quote, span=Span(source=source, start=0, end=len(quote)),
                figures=figures)


def test_a_later_sentence_giving_the_same_value_in_another_unit_does_not_overtake_the_lead() -> None:
    lead = _note("n-1", "a", "The contest for the football club Harwick Rovers became a bidding war after a consortium "
                 "led by Mara Vance offered 41 euros a share, valuing the club at 310 million euros.",
                 Figure(text="41 euros a share", value=41, unit="EUR a share"),
                 Figure(text="310 million euros", value=310e6, unit="EUR"))
    restated = _note("n-2", "b", "The Vance consortium's 41 euros offer for the club shows what Harwick Rovers is worth.",
                     Figure(text="41 euros", value=41, unit="EUR"))
    docs = {"a": _doc("a", "2026-02-02"), "b": _doc("b", "2026-02-05")}
    assert overtaken([lead, restated], docs, _similar) == set()
    raised = _note("n-3", "b", "The Vance consortium raised its offer for the club Harwick Rovers to 44 euros.",
                   Figure(text="44 euros", value=44, unit="EUR"))
    assert overtaken([lead, raised], docs, _similar) == {"n-1"}  # a new value still updates


def test_a_comment_on_the_story_updates_no_reported_statement() -> None:
    early = _note("n-1", "a", "About 1,200 households in the valley remain without drinking water after the pipe burst.",
                  Figure(text="1,200 households", value=1200, unit="households"))
    column = _note("n-2", "b", "Some 1,500 households in the valley remain without drinking water, and nobody is sorry.",
                   Figure(text="1,500 households", value=1500, unit="households"))
    docs = {"a": _doc("a", "2026-04-01"), "b": _doc("b", "2026-04-03", kind="opinion")}
    assert overtaken([early, column], docs, _similar) == {"n-1"}  # without a test of who reports
    comment = {"a": False, "b": True}
    assert overtaken([early, column], docs, _similar,
                     reports=lambda n: not comment[n.span.source]) == set()


def test_a_definite_noun_phrase_that_says_which_one_stands_alone() -> None:
    assert not needs_antecedent("The annual report of the water board, published on Monday, shows a loss.")
    assert not needs_antecedent("The city council voted 30-2 to close the pool.")
    assert not needs_antecedent("The national weather service issued a red warning for the coast.")
    assert not needs_antecedent("The regional health agency, Saude Norte, closed two wards.")
    assert not needs_antecedent("The raised proposal is 7.5 percent above the first approach of 40 euros.")
