"""Audience-brief statements that open on what the reader never saw, recognised by structure: the Penn
Discourse Treebank's connectives, a preposition governing an anaphor, an indefinite comparative, an ordinal
picking one of a set, and a definite description whose head noun its source introduced earlier (named in
brackets, paired or left out). The digest's reading (`needs_antecedent`, `in_context(brief=False)`) stays
as it was: its choice of summary sentences depends on it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.notes.context import (
    _PDTB_ADVERBIAL,
    _PDTB_SUBORDINATING,
    back_reference,
    name_for,
    opens_on_earlier,
    renames,
)

CLAUSES = ["the trust approved the budget.", "a lighthouse keeper found the wreck.", "fares will rise by 4%.",
           "the glacier lost 12 metres of ice.", "Orla Byrne won the seat."]


@given(st.sampled_from(_PDTB_ADVERBIAL), st.sampled_from(CLAUSES))
@settings(max_examples=60, deadline=None)
def test_a_discourse_adverbial_opening_a_sentence_needs_what_came_before(connective: str, clause: str) -> None:
    assert opens_on_earlier(f"{connective[0].upper()}{connective[1:]}, {clause}")


@given(st.sampled_from([c for c in _PDTB_SUBORDINATING if " " not in c and c not in ("either", "neither", "for")]),
       st.sampled_from(CLAUSES))
@settings(max_examples=60, deadline=None)
def test_a_subordinate_clause_opening_a_sentence_keeps_both_arguments_in_it(connective: str, clause: str) -> None:
    sentence = f"{connective.capitalize()} the harbour reopened in May, {clause}"
    assert not opens_on_earlier(sentence)


@pytest.mark.parametrize("sentence", [
    "Separately, Atlas Re raised its capital by 200 million.",
    "Conversely, the smaller ports lost trade.",
    "Thereafter the lighthouse stood empty.",
    "Later, the trust sold the island.",
    "Then the trust sold the island.",
    "Despite this, the trust sold the island.",
    "Under that scheme, crofters pay no rent.",
    "Because of them, the sale was delayed.",
    "A larger share went to the fishing fleet.",
    "A further 40 moorings will be built.",
    "The second, by the Holm Trust in 2022, failed.",
    "The remaining two went to auction.",
    "However, the trust sold the island.",
])
def test_openers_that_need_an_antecedent(sentence: str) -> None:
    assert opens_on_earlier(sentence)


@pytest.mark.parametrize("sentence", [
    "In addition to the levy, crofters pay a harbour fee.",
    "Instead of waiting, the trust sold the island.",
    "By comparison with 2019, landings fell by a third.",
    "Later this month the trust will vote.",
    "Further talks are planned for June.",
    "Overall landings fell by a third.",
    "Because the harbour silted up, the ferry moved.",
    "A larger share than last year went to the fleet.",
    "By that time the ferry had left.",
    "Elsewhere in Shetland, landings rose.",
    "The first time the trust bid, it lost.",
    "However much it costs, the pier will be rebuilt.",
])
def test_openers_that_stand_alone(sentence: str) -> None:
    assert not opens_on_earlier(sentence)


SOURCE = ["Trust buys island", "The Skerry Island Heritage Trust bought the island of Holm for 1.2 million pounds.",
          "Its chair, Orla Byrne, said crofters would keep their leases."]


def test_a_description_the_source_introduced_before_refers_back() -> None:
    found = back_reference("The trust will also repair the pier, which collapsed in 2019.", SOURCE)
    assert found is not None and found.head == "trust"
    assert name_for(found, SOURCE) == "Skerry Island Heritage Trust"
    possessive = back_reference("The trust's surveyor said the pier could be saved.", SOURCE)
    assert possessive is not None and possessive.phrase == "The trust's"


def test_a_description_new_to_the_source_introduces_its_referent() -> None:
    # A news lead: "The county harbour authority" is new to its source (the headline is no antecedent).
    assert back_reference("The county harbour authority said the pier was unsafe.", ["Authority warns on pier"]) is None
    assert back_reference("The pier collapsed in 2019.", SOURCE) is None
    assert back_reference("The island has 40 residents.", SOURCE[:1] + ["Holm is remote."]) is None


def test_no_name_when_two_could_be_meant() -> None:
    earlier = ["The Skerry Island Heritage Trust and the Holm Landowners Trust both bid."]
    found = back_reference("The trust said the sale was fair.", earlier)
    assert found is not None and name_for(found, earlier) is None


def test_briefs_name_a_body_the_source_referred_back_to(tmp_path: Path) -> None:
    """End to end on an invented story: "The trust ..." is printed as "[The Skerry Island Heritage
    Trust] ...", the check verifies it, and no statement opens on a bare back-reference."""
    from click.testing import CliRunner

    from briefgen.cli import main
    from briefgen.workspace import init_workspace

    ws = tmp_path / "ws"
    init_workspace(ws, today="2026-06-10")
    (ws / "sources" / "island.txt").write_text(
        "Trust buys island for 1.2 million pounds\n\n"
        "The Skerry Island Heritage Trust bought the island of Holm for 1.2 million pounds on Tuesday, ending "
        "a two-year campaign by its 40 residents.\n\n"
        "The trust will spend a further 300,000 pounds repairing the island's pier, which collapsed in 2019.\n\n"
        "Its chair, Orla Byrne, said crofters would keep their leases for at least 25 years.\n",
        encoding="utf-8")
    (ws / "sources" / "ferry.txt").write_text(
        "Ferry to return to Holm\n\n"
        "The Northern Isles Ferry Company said on Wednesday it would restore a weekly sailing to Holm once "
        "the pier is repaired.\n\n"
        "Orla Byrne said the ferry would let children attend school on the mainland.\n",
        encoding="utf-8")
    runner = CliRunner()
    build = runner.invoke(main, ["build", "-w", str(ws), "--audience", "all", "--format", "md"])
    assert build.exit_code == 0, build.output
    text = re.sub(r"\\(.)", r"\1", "\n".join(p.read_text(encoding="utf-8") for p in (ws / "output").glob("*.md")))
    bullets = re.findall(r"^- (?:\*\*[^*]+\*\* (?:— )?)?(.+)$", text.split("## Evidence")[0], flags=re.MULTILINE)
    assert not any(b.startswith("The trust ") for b in bullets), bullets
    # Told as a bullet, the trust is named in brackets; the brief may instead give the 300,000 pounds as a
    # Key figures row (its clause in the source's words), which the bullet would only repeat.
    assert "[The Skerry Island Heritage Trust] will spend" in text or re.search(r"^\| 300,000 pounds \|", text, re.M)
    check = runner.invoke(main, ["check", "-w", str(ws)])
    assert check.exit_code == 0, check.output


def test_a_description_new_to_its_source_after_a_named_body_renames_it() -> None:
    named = "The Coastal Lighthouse Board said on Monday it would sell the Holm light."
    assert renames("The board said the sale would raise 2 million pounds.", named)
    assert renames("The regulator said the lease broke no rules.", named)
    # Not after a sentence that names no body, nor when the brief's own title uses the noun.
    assert not renames("The regulator said the lease broke no rules.", "The Holm retractions should change that.")
    assert not renames("The regulator said the lease broke no rules.", named, story="Lighthouse regulator rules")
    assert not renames("The Coastal Lighthouse Board said no more.", named)


def test_the_digest_reads_statements_as_before() -> None:
    """The wider reading is the briefs' only: `in_context` for the digest (brief=False) keeps a statement
    the briefs name, pair or leave out, as it did before."""
    from briefgen.compose import in_context
    from briefgen.models import Note, Sentence, SourceDoc, SourceMeta, Span

    text = ("The Skerry Island Heritage Trust bought the island of Holm on Tuesday.\n\n"
            "The trust will repair the pier.\n\nSeparately, the ferry company raised fares.")
    starts = [0, text.index("The trust"), text.index("Separately")]
    ends = [text.index("\n\nThe trust"), text.index("\n\nSeparately"), len(text)]
    doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text, meta=SourceMeta(),
                    sentences=tuple(Sentence(start=a, end=b, para=i + 1, sent=1, line=1 + 2 * i)
                                    for i, (a, b) in enumerate(zip(starts, ends, strict=True))))
    notes = [Note(id=f"n{i}", kind="fact", quote=text[a:b], span=Span(source="s0", start=a, end=b))
             for i, (a, b) in enumerate(zip(starts, ends, strict=True))]
    assert [in_context(n, doc) for n in notes] == notes
    briefs = [in_context(n, doc, brief=True) for n in notes]
    assert briefs[0] == notes[0]
    assert briefs[1] is not None and briefs[1].quote == "[The Skerry Island Heritage Trust] will repair the pier."
    # An additive connective is left out, the capital bracketed: the rest stands alone (tests/test_shown_antecedent.py).
    assert briefs[2] is not None and briefs[2].quote == "[T]he ferry company raised fares."


def test_the_analysts_own_words_and_a_pinned_note_are_never_dropped_for_context() -> None:
    """A note the analyst paraphrased stands as they wrote it; a pinned one that leans on an unquotable
    sentence is shown as it is rather than left out: what the analyst chose is never lost."""
    from dataclasses import replace

    from briefgen.compose import in_context
    from briefgen.models import Note, Sentence, SourceDoc, SourceMeta, Span

    text = "However, the vote was final."  # its first sentence: nothing to pair it with
    doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text, meta=SourceMeta(),
                    sentences=(Sentence(start=0, end=len(text), para=1, sent=1, line=1),))
    leaning = Note(id="n1", kind="fact", quote=text, span=Span(source="s0", start=0, end=len(text)))
    for brief in (False, True):
        assert in_context(leaning, doc, brief=brief) is None
        edited = replace(leaning, text="The dockers' union calls the vote final.", status="edited")
        assert in_context(edited, doc, brief=brief) == edited
        pinned = replace(leaning, status="pinned")
        assert in_context(pinned, doc, brief=brief) == pinned
