"""The indexes that keep the later-report judgements and the "introduced before" check linear in the
sources: they find what a scan of every sentence finds, in the same order (`context.Introductions`,
`supersede._Overlaps`, `supersede.DatedSources.unquoted`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.ingest import segment
from briefgen.models import Figure, Note, SourceDoc, SourceMeta, Span
from briefgen.notes.context import Introductions, introduces
from briefgen.notes.figures import comparable, stance, unit_class
from briefgen.supersede import DatedSources, _Overlaps, later_reports

# Words an introduction is made of, with the letters outside ASCII a case-blind search takes for ASCII ones
# ("İ", "ı", "ſ", the Kelvin sign), hyphens, quotes and punctuation that end a word.
_WORDS = st.sampled_from(["a", "an", "A", "AN", "new", "loan", "LOAN", "Loan-", "ſcheme", "scheme", "SCHEMES",
                          "schemees", "scheme-wide", "scheme,", "schemed", "“scheme", "cross-border", "Cross-Border",
                          "deal", "deals.", "ıce", "İce", "ice", "\u212ailn", "kiln", "the", "fund", "bus", "buses"])
_SENTENCES = st.lists(st.lists(_WORDS, min_size=1, max_size=9).map(" ".join), max_size=6)


@given(st.dictionaries(st.sampled_from(["s1", "s2", "s3"]), _SENTENCES, max_size=3),
       st.sampled_from(["scheme", "schemes", "ice", "kiln", "cross-border", "deal", "bus", "buses", "fund"]),
       st.sampled_from([(), ("loan",), ("new", "loan"), ("cross-border",)]))
def test_introductions_index_finds_what_a_scan_finds(texts: dict[str, list[str]], head: str,
                                                     modifiers: tuple[str, ...]) -> None:
    scanned = [(source, i) for source, sentences in texts.items() for i, text in enumerate(sentences)
               if introduces(text, head, modifiers)]
    assert Introductions(texts).of(head, modifiers) == scanned


def test_introductions_match_a_head_whatever_its_case_and_number() -> None:
    texts = {"wire": ["The ministry set up a state-backed LOAN SCHEMES fund in May.", "The scheme opened."],
             "note": ["Officials described an ambitious new loan ſcheme-wide plan.", "A loan is due."]}
    assert Introductions(texts).of("scheme", ("loan",)) == [("wire", 0), ("note", 0)]
    assert Introductions(texts).of("loan", ()) == [("wire", 0), ("note", 0), ("note", 1)]
    assert Introductions(texts).of("plan", ("wide",)) == []


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=8),
       st.integers(0, 40), st.integers(0, 12))
def test_overlaps_agree_with_comparing_every_span(spans: list[tuple[int, int]], start: int, length: int) -> None:
    spans = [(s, s + n) for s, n in spans]
    end = start + length
    # one starts inside the other, an empty one taken as one character long
    expected = any(s <= start < max(e, s + 1) or start <= s < max(end, start + 1) for s, e in spans)
    assert _Overlaps(spans).any(start, end) == expected


def _doc(source: str, text: str, day: str) -> SourceDoc:
    return SourceDoc(id=source, path=f"sources/{source}.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date=day, kind="news report"), sentences=segment.sentences(text))


def _note(doc: SourceDoc, number: int, kind: str = "claim") -> Note:
    sentence = doc.sentences[number]
    return Note(id=f"{doc.id}-{number}", kind=kind, quote=doc.text[sentence.start:sentence.end],
                span=Span(doc.id, sentence.start, sentence.end, sentence.para, sentence.sent, sentence.line))


def test_later_reports_leave_out_quoted_sentences_and_follow_each_reading_of_the_notes() -> None:
    early = _doc("early", "The port board will vote on the dredging plan on Friday.\n\nThe chair backs it.\n", "2024-06-03")
    late = _doc("late", "The port board approved the plan on Friday.\n\nThe vote was 7 to 2.\n\n"
                "Work starts in August, the chair said.\n", "2024-06-08")
    notes = [_note(early, 0), _note(late, 1, kind="figure")]
    docs = {doc.id: doc for doc in (early, late)}
    known = DatedSources(notes, docs)

    def quote(note: Note) -> str:
        return note.quote

    def figures(note: Note) -> bool:
        return note.kind == "figure"

    def claims(note: Note) -> bool:
        return note.kind == "claim"

    # the late report's two sentences no note quotes (its second is a note's), each note as *reports* says
    unquoted = ["late#1", "late#3"]
    assert [t.id for t in later_reports(notes, docs, known, text_of=quote, reports=figures)] == ["late-1", *unquoted]
    # in date order (then by id), each *reports* its own list
    assert [t.id for t in known.later(notes, docs, text_of=quote, reports=figures)] == [*unquoted, "late-1"]
    assert [t.id for t in known.later(notes, docs, text_of=quote, reports=claims)] == ["early-0", *unquoted]


_MEASURES = st.sampled_from(["", "cost", "total cost", "expected cost", "cost target", "rise in cost", "share of cost",
                             "people injured", "passengers injured", "cases", "measles cases", "pledged by Japan"])
_UNITS = st.sampled_from(["", "USD", "EUR", "%", "people", "passengers", "cases", "USD a day"])


@given(_MEASURES, _UNITS, _MEASURES, _UNITS)
def test_only_rows_of_one_unit_class_and_stance_are_comparable(measures_a: str, unit_a: str, measures_b: str,
                                                               unit_b: str) -> None:
    # Key figures ranks a row against the rows of its own unit and stance only (compose.figure_groups)
    a, b = Figure("1", 1.0, unit_a, measures_a), Figure("2", 2.0, unit_b, measures_b)
    if comparable(a, b):
        assert unit_class(a) == unit_class(b) and stance(a) == stance(b)
