"""A demand's or a plan's list item with no subject ("Appoint an independent firm ...") is no
statement, and "i.e." never ends a sentence. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest import read_source
from briefgen.ingest.segment import sentence_spans
from briefgen.notes.extract import draft_notes
from briefgen.notes.features import imperative_verb
from briefgen.workspace import init_workspace, load_config

LETTER = """# Shareholder letter to the board of Corlan Mutual

**Vestry Capital, 2 June 2026**

Vestry Capital, which owns 6 percent of Corlan Mutual, wrote to the board on Monday to demand three changes:

- Commission an outside review of the claims reserves before the half-year results.
- Add two independent directors to the audit committee by the end of September.
- Publish the actuarial assumptions behind the reserve release in full.

Corlan Mutual said it would reply to the letter within two weeks, and that its reserves were prudent.

Analysts at Dunmore put the shortfall at 90 million to 140 million, i.e. Corlan would need new capital if the top of the range held.
"""


def _drafts(tmp_path: Path) -> list[str]:
    init_workspace(tmp_path)
    (tmp_path / "sources" / "letter.md").write_text(LETTER, encoding="utf-8")
    config = load_config(tmp_path)
    doc = read_source(config, config.sources_dir / "letter.md", {})
    return [" ".join(d["quote"].split()) for d in draft_notes(doc, ())]


def test_instruction_items_are_not_notes_but_the_reply_is(tmp_path: Path) -> None:
    quotes = _drafts(tmp_path)
    assert not any(q.startswith(("Commission ", "Add two", "Publish the")) for q in quotes), quotes
    assert any(q.startswith("Corlan Mutual said") for q in quotes), quotes


def test_a_sentence_runs_on_past_ie(tmp_path: Path) -> None:
    quotes = _drafts(tmp_path)
    assert any(q.startswith("Analysts at Dunmore") and q.endswith("if the top of the range held.") for q in quotes), quotes


@pytest.mark.parametrize("text", [
    "The cap is 100m, i.e. EUR 15-65m falls on the owner. The board met.",
    "Several costs rose, e.g. Fuel and wages went up by a third. The board met.",
])
def test_introducing_abbreviations_do_not_end_a_sentence(text: str) -> None:
    spans = sentence_spans(text)
    assert [text[a:b].strip() for a, b in spans][-1] == "The board met."
    assert len(spans) == 2


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Appoint an independent firm to review the accounts.", "Appoint"),
    ("Train 300 nurses in the new procedure by March.", "Train"),
    ("Despite the delay, the council kept its target.", ""),
    ("Following the vote, the union called off the strike.", ""),
    ("Brackley two years ago sold the site to a developer.", ""),
    ("Last year 40 people were treated for burns.", ""),
    ("Officials said the plan was sound.", ""),
])
def test_imperative_verb(sentence: str, verb: str) -> None:
    assert imperative_verb(sentence) == verb


def test_a_headline_is_never_paired_with_the_standfirst_under_it() -> None:
    from briefgen.compose import _paired
    from briefgen.ingest import segment
    from briefgen.models import Note, SourceDoc, SourceMeta, Span

    for head, paired in (("Ferry operator says the refit bill is closer to 9m", False),
                         ("Ferry operator says the refit bill is closer to 9m.", True)):
        text = f"{head}\nThe operator's largest lender wants an outside review of the yard's books.\n"
        doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text,
                        meta=SourceMeta(kind="news report"), sentences=segment.sentences(text, blocks=True))
        last = doc.sentences[-1]
        note = Note(id="n1", kind="claim", quote=text[last.start:last.end],
                    span=Span(source="s0", start=last.start, end=last.end, para=last.para, sent=last.sent))
        assert (_paired(note, doc, brief=True) is not None) is paired, head


def test_a_capitalised_title_before_a_number_is_a_subject_when_a_finite_verb_follows() -> None:
    # "World 200 metres champion X has been suspended": a title, not "World" as an order
    from briefgen.notes.features import imperative_verb
    assert imperative_verb("World 400 metres champion Tomas Reid has been provisionally suspended, the agency said.") == ""
    assert imperative_verb("Regional 12-member panel chair Ada Moss told the hearing on Friday that it was unlawful.") == ""
    assert imperative_verb("Train 300 specialist nurses who have worked in paediatric wards.") == "Train"
    assert imperative_verb("Appoint an independent firm, which will report by March, to review the reserves.") == "Appoint"
