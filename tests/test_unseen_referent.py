"""Audience-brief statements that name what only an earlier sentence of their source tells: a span of time
from an unseen event, a noun that only refers back, a body by its kind in the possessive, a title a press
release capitalises (invented text). The digest reads as before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.models import Note, Sentence, SourceDoc, SourceMeta, Span
from briefgen.notes.context import back_reference, name_for, unseen_referent


def _doc(paragraphs: list[str]) -> tuple[SourceDoc, list[Note]]:
    text = "\n\n".join(paragraphs)
    starts, at = [], 0
    for p in paragraphs:
        starts.append(at)
        at += len(p) + 2
    spans = [(a, a + len(p)) for a, p in zip(starts, paragraphs, strict=True)]
    doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text, meta=SourceMeta(),
                    sentences=tuple(Sentence(start=a, end=b, para=i + 1, sent=1, line=1 + 2 * i)
                                    for i, (a, b) in enumerate(spans)))
    notes = [Note(id=f"n{i}", kind="fact", quote=text[a:b], span=Span(source="s0", start=a, end=b))
             for i, (a, b) in enumerate(spans)]
    return doc, notes


@given(st.sampled_from(["Within hours", "Within days", "Two days later", "Hours later", "The next morning",
                        "That evening"]),
       st.sampled_from(["Chile announced a quota of 90,000 tonnes.", "the port authority closed the quay."]))
def test_a_span_from_an_unseen_event_leans_on_it(opening: str, clause: str) -> None:
    assert unseen_referent(f"{opening}, {clause}")
    assert not unseen_referent(clause[0].upper() + clause[1:])


def test_a_noun_that_only_refers_back_and_a_kind_possessive_without_a_name() -> None:
    assert unseen_referent("The matter will now go to the senate.")
    assert unseen_referent("The cabinet met on Monday to discuss the matter.")
    assert not unseen_referent("The senate will hear the matter of grazing rights in June.")
    assert unseen_referent("Wool sales were worth 40 million dollars, 6 percent of the country's exports.")
    assert not unseen_referent("Wool sales were worth 40 million dollars, 6 percent of Uruguay's exports and the country's third largest.")
    assert not unseen_referent("Within the next two years, the mill will double its output.")


def test_a_capitalised_title_is_named_from_the_release() -> None:
    earlier = ["The Government of Tonga has today set a tuna quota.", "Minister of Fisheries Sione Vea said:"]
    reference = back_reference("The Minister added that Tonga would talk to Fiji.", earlier)
    assert reference is not None and name_for(reference, earlier) == "Minister of Fisheries Sione Vea"


def test_briefs_leave_out_or_name_what_the_digest_keeps() -> None:
    from briefgen.compose import in_context

    doc, notes = _doc(["The Government of Tonga has today set a tuna quota of 9,000 tonnes.",
                       "Minister of Fisheries Sione Vea said:",
                       "The Minister added that Tonga is ready to talk to Fiji.",
                       "Within hours, Fiji set its own quota."])
    assert [in_context(n, doc) for n in notes] == notes
    # "The Minister added ...": the title is never left bare. An 'added' with nothing before it that it adds
    # to is no statement of its own (ctx21, tests/test_unseen_terms.py), so the minister is named by the
    # sentence quoted with it, whose speech it adds to, not by a bracket over a lone "added"; or it is left out.
    named = in_context(notes[2], doc, brief=True)
    assert named is None or named.quote == ("Minister of Fisheries Sione Vea said:\n\n"
                                            "The Minister added that Tonga is ready to talk to Fiji.")
    alone = in_context(notes[3], doc, brief=True)  # left out, or quoted after the sentence it follows
    assert alone is None or not alone.quote.startswith("Within hours")
    said, said_notes = _doc(["The Government of Tonga has today set a tuna quota of 9,000 tonnes.",
                             "Minister of Fisheries Sione Vea said:",
                             "The Minister said that Tonga is ready to talk to Fiji."])
    named = in_context(said_notes[2], said, brief=True)  # a bracket names the title when nothing else is missing
    assert named is not None and named.quote == "[Minister of Fisheries Sione Vea] said that Tonga is ready to talk to Fiji."


def test_a_kind_the_story_names_stands() -> None:
    text = "The bank's deposit rate had stood at 7 percent since May."
    assert unseen_referent(text)
    assert not unseen_referent(text, "Chile's central bank raises rates")
    assert not unseen_referent("Economists said the government's budget, due in June, will be decisive.")
