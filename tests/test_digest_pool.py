"""The digest draws on every clean candidate sentence of the sources, not only on the notes
extraction kept: each such statement is a verbatim quote where it stands, nothing the analyst
deleted or rewrote comes back through it, and reported speech goes before a quote."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen import notes as notes_stage
from briefgen.cli import main
from briefgen.compose import digest, statement
from briefgen.coverage import quoted_share
from briefgen.ingest import read_sources
from briefgen.models import Disagreement, Note, NoteSet, SourceDoc, SourceMeta, Span
from briefgen.notes.verify import normalise_quote
from briefgen.pipeline import refresh_notes
from briefgen.workspace import init_workspace, load_config

DEVELOPING = Path(__file__).resolve().parent / "fixtures" / "developing"


def _workspace(target: Path) -> Path:
    init_workspace(target, today="2026-03-23")
    for path in DEVELOPING.iterdir():
        if path.suffix == ".txt" or path.name == "sources.toml":
            shutil.copy(path, target / "sources" / path.name)
    refresh_notes(load_config(target))
    return target


def _loaded(ws: Path) -> tuple[NoteSet, tuple[Note, ...], dict[str, SourceDoc]]:
    config = load_config(ws)
    docs = read_sources(config).docs
    noteset = notes_stage.load(config, docs)
    return noteset, notes_stage.candidates(config, docs, noteset), {doc.id: doc for doc in docs}


def _statements(output: str) -> list[str]:
    return [re.sub(r"\s*\[\d+\]$", "", line) for line in output.split("\n\nSources:")[0].splitlines() if line]


def test_the_digest_states_sentences_beyond_the_notes_each_verbatim_where_it_stands(tmp_path: Path) -> None:
    noteset, more, docs = _loaded(_workspace(tmp_path / "ws"))
    assert more and not {n.id for n in more} & {n.id for n in noteset.notes}
    chosen, total = digest(noteset, 1000, more=more)  # room beyond what the notes cover best
    assert total <= 1000
    from_pool = [note for _, note in chosen if note.id in {n.id for n in more}]
    assert from_pool, "the wider pool was never drawn on"
    assert all(notes_stage.vetted(" ".join(note.quote.split())) for note in more)
    for text, note in chosen:
        doc = docs[note.span.source]
        assert normalise_quote(doc.text[note.span.start:note.span.end]) == normalise_quote(note.quote)
        assert statement(note) == text


def test_a_sentence_the_analyst_wrote_a_note_on_is_stated_once_in_the_analysts_words(tmp_path: Path) -> None:
    ws = _workspace(tmp_path / "ws")
    noteset, more, _ = _loaded(ws)
    chosen, _ = digest(noteset, 1000, more=more)
    picked = next(note for _, note in chosen if note.id in {n.id for n in more})
    path = ws / "notes" / f"{picked.span.source}.yaml"
    own = ("  - id: a-own\n    kind: fact\n    status: edited\n    text: Our own account of it.\n    evidence:\n"
           f"      - quote: {json.dumps(' '.join(picked.quote.split()), ensure_ascii=False)}\n")
    path.write_text(path.read_text(encoding="utf-8") + own, encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "digest", "-w", str(ws), "--words", "2000", "--no-cite"])
    assert result.exit_code == 0, result.output
    said = _statements(result.output)
    assert "Our own account of it." in said
    assert not any(normalise_quote(picked.quote) in normalise_quote(s) for s in said), "stated twice"


_PREPARED: dict[str, tuple[Path, dict[str, str]]] = {}


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_no_note_the_analyst_deleted_comes_back_in_the_digest(data: st.DataObject) -> None:
    """Deleted notes come back dropped; the wider pool must not state them either (a sentence
    stated with the one before it, as context, ends with its own words)."""
    if "ws" not in _PREPARED:
        prepared = _workspace(Path(tempfile.mkdtemp()) / "ws")
        _PREPARED["ws"] = (prepared, {n.id: n.quote for n in _loaded(prepared)[0].notes})
    prepared, quotes = _PREPARED["ws"]
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "ws"
        shutil.copytree(prepared, ws)
        files = sorted(p for p in (ws / "notes").glob("*.yaml") if not p.name.startswith("_"))
        deleted: list[str] = []
        for path in data.draw(st.lists(st.sampled_from(files), min_size=1, max_size=3, unique=True)):
            blocks = re.split(r"(?m)^(?=  - id: )", path.read_text(encoding="utf-8"))
            head, notes = blocks[0], blocks[1:]
            gone = set(data.draw(st.lists(st.integers(0, len(notes) - 1), min_size=1, unique=True)))
            deleted += [re.match(r"  - id: (\S+)", notes[i]).group(1) for i in gone]  # type: ignore[union-attr]
            path.write_text(head + "".join(b for i, b in enumerate(notes) if i not in gone), encoding="utf-8")
        result = CliRunner().invoke(main, ["-q", "digest", "-w", str(ws), "--words", "3000", "--no-cite"])
        assert result.exit_code == 0, result.output
        said = [normalise_quote(s) for s in _statements(result.output)]
        assert len(said) > 5
        for note_id in deleted:
            quote = normalise_quote(quotes[note_id])
            assert not any(s.endswith(quote) for s in said), quote


def test_a_sentence_no_analyst_has_seen_must_not_point_back_or_be_a_piece_of_a_quotation() -> None:
    assert not notes_stage.vetted("The airline has set up an online claims form.")
    assert not notes_stage.vetted("The child in intensive care is now in a stable condition, doctors said.")
    assert not notes_stage.vetted("These are the worst floods since 1954.")
    assert not notes_stage.vetted('That is not good enough," said the director, Paul Kessler.')
    assert not notes_stage.vetted("“We will rebuild every house,” she said, “and every bridge.")
    assert notes_stage.vetted("The regional transport minister, Ellen Doyle, said talks would resume.")
    assert notes_stage.vetted("The Harbor City Council voted 7-2 on Tuesday to raise water rates.")
    assert notes_stage.vetted('"We will rebuild," the mayor said on Friday.')
    assert notes_stage.vetted("Theatres in the old town reopened on Monday.")


def test_quoted_share_counts_words_in_quotation_marks() -> None:
    assert quoted_share("Water levels fell on Monday, the agency said.") == 0.0
    assert quoted_share('"We will rebuild every house on this street," the mayor said.') == 8 / 11
    assert quoted_share("``We will rebuild every house,'' he said.") == 5 / 7
    assert quoted_share("“Nobody expected the river to rise this fast.”") == 1.0
    assert quoted_share("") == 0.0


def _noted(text: str, quotes: tuple[str, ...], kind: str, scores: tuple[float, ...]) -> tuple[SourceDoc, tuple[Note, ...]]:
    """One source of *text* and a note of *kind* on each of *quotes*, scored *scores*."""
    doc = SourceDoc(id="a", path="sources/a.txt", format="text", sha256="", text=text, sentences=(),
                    meta=SourceMeta(date="2026-03-06"))
    return doc, tuple(Note(id=f"n-{i}", kind=kind, quote=quote, score=score,
                           span=Span(source="a", start=text.index(quote), end=text.index(quote) + len(quote)))
                      for i, (quote, score) in enumerate(zip(quotes, scores, strict=True)))


def test_of_two_statements_of_one_standing_the_digest_reports_rather_than_quotes() -> None:
    quoted = '"The dyke will hold through the weekend," the engineer Mara Lind said on Friday.'
    reported = "The engineer Mara Lind said on Friday that the dyke would hold through the weekend."
    doc, notes = _noted(f"{quoted}\n\n{reported}\n", (quoted, reported), "statement", (0.5, 0.5))
    chosen, _ = digest(NoteSet(notes=notes, sources=(doc,)), 20)
    assert [text for text, _ in chosen] == [reported]
    chosen, _ = digest(NoteSet(notes=notes[1:], sources=(doc,)), 20, more=notes[:1])
    assert [text for text, _ in chosen] == [reported]


def _sentences(note: Note, doc: SourceDoc) -> list[str]:
    return [" ".join(doc.text[x.start:x.end].split()) for x in doc.sentences
            if note.span.start <= x.start < note.span.end]


def test_a_pointing_sentence_comes_with_the_one_before_it_unless_the_analyst_wrote_on_that_one(tmp_path: Path) -> None:
    ws = _workspace(tmp_path / "ws")
    _, more, docs = _loaded(ws)
    pairs = [n for n in more if len(_sentences(n, docs[n.span.source])) == 2]
    assert pairs, "no sentence of the fixture was quoted with the one before it"
    for pair in pairs:
        first, second = _sentences(pair, docs[pair.span.source])
        assert notes_stage.vetted(first) and not notes_stage.vetted(second)
    pair = pairs[0]
    doc = docs[pair.span.source]
    own = ("  - id: a-own\n    kind: fact\n    status: edited\n    text: Our own account of it.\n    evidence:\n"
           f"      - quote: {json.dumps(_sentences(pair, doc)[0], ensure_ascii=False)}\n")
    path = ws / "notes" / f"{doc.id}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + own, encoding="utf-8")
    _, after, _ = _loaded(ws)
    assert pair.id not in {n.id for n in after}


def test_the_digest_never_states_a_piece_of_a_quotation_unless_the_analyst_vouches_for_it() -> None:
    piece = 'My daughter was supposed to have her second dose last year," said Agnes Moll, a mother of two.'
    plain = "Parents queued outside clinics across the region from before dawn on Tuesday."
    doc, notes = _noted(f'"I called three clinics and none had vaccine. {piece}\n\n{plain}\n', (piece, plain), "fact",
                        (0.9, 0.8))
    chosen, _ = digest(NoteSet(notes=notes, sources=(doc,)), 100)
    assert [text for text, _ in chosen] == [plain]
    pinned = (replace(notes[0], status="pinned"), notes[1])
    chosen, _ = digest(NoteSet(notes=pinned, sources=(doc,)), 100)
    assert piece in [text for text, _ in chosen]


def test_the_digest_reports_and_leaves_comment_out_unless_the_sources_are_all_comment() -> None:
    report = "The council voted 7-2 on Monday to close the Eastbank pool for repairs until June."
    post = "Regulars say the diving boards were already broken last summer and nobody fixed them."
    docs = (SourceDoc(id="news", path="sources/news.txt", format="text", sha256="", text=report, sentences=(),
                      meta=SourceMeta(date="2026-03-06")),
            SourceDoc(id="forum", path="sources/forum.txt", format="text", sha256="", text=post, sentences=(),
                      meta=SourceMeta(date="2026-03-07", reliability="forum comment", kind="forum thread")))
    notes = tuple(Note(id=f"n-{doc.id}", kind="statement", quote=doc.text, score=0.9 if doc.id == "forum" else 0.5,
                       span=Span(source=doc.id, start=0, end=len(doc.text))) for doc in docs)
    chosen, _ = digest(NoteSet(notes=notes, sources=docs), 100)
    assert [text for text, _ in chosen] == [report]  # the forum post, though ranked higher, reads as fact: out
    chosen, _ = digest(NoteSet(notes=notes[1:], sources=docs[1:]), 100)
    assert [text for text, _ in chosen] == [post]  # a thread alone: the digest has nothing else to state
    pinned = (notes[0], replace(notes[1], status="pinned"))
    assert {text for text, _ in digest(NoteSet(notes=pinned, sources=docs), 100)[0]} == {report, post}


def test_a_disagreements_answer_comes_right_after_the_claim_it_answers() -> None:
    claim = "The union says the new cranes will eliminate about 400 jobs at the port within three years."
    other = "Ships carrying 2,000 containers waited in the bay for a berth on Tuesday morning."
    answer = "Port chief Lars Dahl said the union's figure for lost jobs was simply not true."
    doc, notes = _noted(f"{claim}\n\n{other}\n\n{answer}\n", (claim, other, answer), "statement", (0.9, 0.8, 0.7))
    pair = Disagreement(a="n-0", b="n-2", reason="disputed", sides=("Union", "Lars Dahl"))
    chosen, _ = digest(NoteSet(notes=notes, sources=(doc,), disagreements=(pair,)), 100)
    assert [note.id for _, note in chosen] == ["n-0", "n-2", "n-1"]
    # no room for both: the claim is said, its answer left out rather than a statement cut
    chosen, _ = digest(NoteSet(notes=notes, sources=(doc,), disagreements=(pair,)), 30)
    assert [note.id for _, note in chosen] == ["n-0"]


def test_a_rejection_of_that_account_comes_with_the_account_or_not_at_all() -> None:
    account = "The utility's director said the burst had been caused by digging by Pellow Civil last week."
    answer = "Pellow rejected that account, saying the pipe laid in 1958 was badly corroded."
    doc, notes = _noted(f"{account}\n\n{answer}\n", (account, answer), "statement", (0.1, 0.9))
    pair = Disagreement(a="n-0", b="n-1", reason="disputed", sides=("Director", "Pellow"))
    chosen, _ = digest(NoteSet(notes=notes, sources=(doc,), disagreements=(pair,)), 30)
    assert [note.id for _, note in chosen] == ["n-0", "n-1"]
    chosen, _ = digest(NoteSet(notes=notes, sources=(doc,), disagreements=(pair,)), 14)
    assert chosen == []
