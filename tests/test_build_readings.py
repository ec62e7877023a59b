"""What the sources' sentences tell is read once per build (`supersede.SourceReadings`): every audience's
brief and each of its passes judge their own notes against the same sources, so a sentence's reading is worked
out once, and sharing the readings changes no judgement and no brief."""

from __future__ import annotations

from briefgen import supersede
from briefgen.ingest import segment
from briefgen.models import Note, SourceDoc, SourceMeta, Span
from briefgen.supersede import DatedSources, SourceReadings, overtaken_events, restated_positions

_EARLY = ("The harbour trust said on Monday it will hold a public hearing on the quay extension on 12 June.\n\n"
          "Trust chair Mira Velanko said the extension would cost 40 million euros.\n")
_LATE = ("The harbour trust has postponed the public hearing on the quay extension to 3 July.\n\n"
         "Velanko said on Thursday the extension would now cost 52 million euros.\n\n"
         "Dock workers met the trust on Wednesday.\n")


def _doc(source: str, text: str, day: str) -> SourceDoc:
    return SourceDoc(id=source, path=f"sources/{source}.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date=day, kind="news report"), sentences=segment.sentences(text))


def _note(doc: SourceDoc, number: int, kind: str = "claim", speaker: str = "") -> Note:
    sentence = doc.sentences[number]
    return Note(id=f"{doc.id}-{number}", kind=kind, quote=doc.text[sentence.start:sentence.end], speaker=speaker,
                span=Span(doc.id, sentence.start, sentence.end, sentence.para, sentence.sent, sentence.line))


def _quote(note: Note) -> str:
    return note.quote


def _always(note: Note) -> bool:
    return True


def _sources() -> tuple[dict[str, SourceDoc], list[Note]]:
    early, late = _doc("early", _EARLY, "2025-05-05"), _doc("late", _LATE, "2025-05-15")
    return {d.id: d for d in (early, late)}, [_note(early, 0), _note(early, 1, "quote", "Mira Velanko")]


def _judgements(notes: list[Note], docs: dict[str, SourceDoc], readings: SourceReadings | None) -> tuple[object, ...]:
    known = DatedSources(notes, docs, readings)
    return (overtaken_events(notes, docs, text_of=_quote, reports=_always, known=known),
            restated_positions(notes, docs, text_of=_quote, known=known))


def test_shared_readings_judge_as_a_fresh_reading_does() -> None:
    docs, notes = _sources()
    alone = _judgements(notes, docs, None)
    assert alone[0] and alone[1]  # the hearing moved, the cost restated: something to agree on
    shared = SourceReadings(docs.values())
    for subset in (notes, notes[:1], notes):  # two briefs' notes, then the first again
        assert _judgements(subset, docs, shared) == _judgements(subset, docs, None)


def test_a_later_sentence_is_read_once_per_build(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    docs, notes = _sources()
    read: list[str] = []
    changed = supersede._changed

    def counting(text: str) -> dict[str, str]:
        read.append(text)
        return changed(text)  # type: ignore[return-value]

    monkeypatch.setattr(supersede, "_changed", counting)
    shared = SourceReadings(docs.values())
    for _brief in range(3):  # three audiences' briefs of one build
        _judgements(notes, docs, shared)
    assert read and len(read) == len(set(read))
    once = len(read)
    read.clear()
    for _brief in range(3):  # a brief that reads for itself reads again
        _judgements(notes, docs, None)
    assert len(read) == 3 * once


def test_readings_of_other_sources_are_not_used() -> None:
    docs, notes = _sources()
    other = SourceReadings([_doc("late", _LATE.replace("3 July", "9 July"), "2025-05-15")])
    assert not other.serves(docs)
    assert DatedSources(notes, docs, other).readings is not other
    assert SourceReadings(docs.values()).serves(docs)


def test_sentences_and_holders_follow_the_source() -> None:
    docs, _ = _sources()
    readings = SourceReadings(docs.values())
    late = docs["late"]
    assert readings.texts(late)[1] == "Velanko said on Thursday the extension would now cost 52 million euros."
    day = late.meta and supersede.written_day(late.meta)
    assert day is not None
    held = {sid: who for _source, sid, _day, _text, who in readings.attributed(late, day)}
    assert held["late#2"] == ["Velanko"] and held["late#1"] == []
    assert "postponed" in readings.lower_words and "Velanko" not in readings.lower_words


def test_telling_is_later_filtered_by_its_reading() -> None:
    docs, notes = _sources()
    shared = SourceReadings(docs.values())
    for subset in (notes, notes[1:]):
        known = DatedSources(subset, docs, shared)
        for reading in (supersede._change_told, supersede._period_moves, supersede._exits_told):
            later = known.later(subset, docs, text_of=_quote, reports=_always)
            expected = [(t, found) for t in later if (found := reading(t.text, t.day))]
            assert known.telling(subset, docs, reading, text_of=_quote, reports=_always) == expected
    # the move of the hearing is found in the later report's first sentence, which no note quotes
    changes = DatedSources(notes, docs, shared).telling(notes, docs, supersede._change_told, text_of=_quote,
                                                        reports=_always)
    assert [t.id for t, _ in changes] == ["late#1"]
