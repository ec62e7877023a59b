"""Who a brief says acts or speaks, on invented text: a day or a clock time is never an actor
(conflicts.party_name, counterclaims.ties), a speaker given only by a trailing pronoun is named or the
statement is left out (context.trailing_pronoun_speaker, context.standalone_quote), and a body's "our"
is bracketed with its name only where the thing is its own (compose.shared_matter, compose._voice_named)."""

from __future__ import annotations

from briefgen.compose import _voice_named, shared_matter, standalone
from briefgen.ingest import segment
from briefgen.models import Note, SourceDoc, SourceMeta, Span
from briefgen.notes.conflicts import party_name
from briefgen.notes.context import Named, standalone_quote, trailing_pronoun_speaker
from briefgen.notes.counterclaims import Parties, ties


def test_a_clock_time_opening_a_side_is_no_part_of_its_name() -> None:
    # a sentence cut at "6:" leaves "41 a.m." before the subject of the next one
    assert party_name("41 a.m. Tenants on Marlow Street") == "Tenants on Marlow Street"
    assert party_name("At 9 p.m. the harbour board") == "the harbour board"
    assert party_name("Saturday Holdings") == "Saturday Holdings"  # a day word before a capital names a firm
    assert party_name("12 Marlow Street") == "12 Marlow Street"  # a number that is no clock time stays


def test_a_weekday_before_a_role_is_no_body() -> None:
    found = ties("Late on Friday transport secretary Olwen Petrie had paused the tender.")
    assert found.bodies == ()
    assert not any("friday" in words for _, words in found.known)
    parties = Parties(["Late on Friday transport secretary Olwen Petrie had paused the tender.",
                       "Petrie said the tender would restart in spring."], [0, 0])
    assert "Friday" not in parties.bodies.get("petrie", ("", ""))[0]
    # a named body before the role is still the body
    assert ties("Harbourside chief executive Olwen Petrie said so.").bodies == (
        ("petrie", "Harbourside", "chief executive"),)


def test_a_trailing_pronoun_speaker_is_found_outside_quotation_marks_only() -> None:
    assert trailing_pronoun_speaker("The count will end on June 3, and the results follow a week later, she said.")
    assert trailing_pronoun_speaker("The depot reopens at noon, he told reporters on Monday.")
    assert trailing_pronoun_speaker('"The depot reopens at noon," he said.') is None  # points_back's case
    assert trailing_pronoun_speaker("He said the depot reopens at noon.") is None
    assert trailing_pronoun_speaker("The depot reopens at noon, Marta Quist said.") is None


def test_a_trailing_pronoun_speaker_is_named_by_the_one_person_just_named() -> None:
    earlier = [('"We have done what we can," Quist said.', (Named("Quist", "person"),))]
    made = standalone_quote("The count will end on June 3, she said.", earlier, set())
    assert made is not None and made.quote == "The count will end on June 3, [Quist] said."
    two = [("Quist and Oyelaran met on Monday.", (Named("Marta Quist", "person"), Named("Ben Oyelaran", "person")))]
    assert standalone_quote("The count will end on June 3, she said.", two, set()) is None


def test_an_unnamed_trailing_speaker_does_not_stand_alone_in_a_brief() -> None:
    note = Note(id="n1", kind="claim", quote="The count will end on June 3, she said.",
                span=Span(source="s0", start=0, end=39))
    assert not standalone(note, brief=True)
    named = Note(id="n2", kind="claim", quote="The count will end on June 3, [Quist] said.",
                 span=Span(source="s0", start=0, end=39))
    assert standalone(named, brief=True)


def _shown(quote: str, story: str, publisher: str) -> str | None:
    head = f"By Staff | {publisher}\n\n"
    doc = SourceDoc(id="s0", path="sources/s0.md", format="markdown", sha256="", text=head + quote,
                    meta=SourceMeta(publisher=publisher, kind="press release"),
                    sentences=segment.sentences(head + quote))
    note = Note(id="n1", kind="claim", quote=quote, span=Span(source="s0", start=len(head),
                                                               end=len(head) + len(quote)))
    found = _voice_named(note, doc, story)
    return None if found is None else found.quote


def test_a_possessive_of_the_storys_own_matter_is_not_the_commenting_bodys() -> None:
    assert shared_matter(" harbours, and", "Coastal Parents Network", "Harbour Pilots' Strike")
    assert not shared_matter(" members are", "Coastal Parents Network", "Harbour Pilots' Strike")
    # the body the story is about owns what it calls its own
    assert not shared_matter(" harbours are", "Harbour Pilots' Guild", "Harbour Pilots' Strike")
    quote = ("The Coastal Parents Network welcomes the end of the strike. But the week showed how stretched "
             "our harbours are.")
    assert _shown(quote, "Harbour Pilots' Strike", "Coastal Parents Network") == (
        "The Coastal Parents Network welcomes the end of the strike.")
    assert _shown("Our harbours are stretched.", "Harbour Pilots' Strike", "Coastal Parents Network") is None
    # what is the body's own is still named in a bracket
    assert _shown("Our members are tired.", "Harbour Pilots' Strike", "Coastal Parents Network") == (
        "[Coastal Parents Network's] members are tired.")


def test_an_occurrence_only_taken_part_in_is_unseen_until_a_sentence_before_tells_it() -> None:
    from briefgen.notes.context import unseen_event

    assert unseen_event("The council said about 200 residents were involved and that roads reopened at noon.")
    assert unseen_event("Wardens said about 200 residents were involved.", "") == "were involved"
    told = "Residents blocked the bypass with tractors on Friday. Police said about 200 people were involved."
    assert unseen_event(told) is None
    assert unseen_event("Four councils were involved in the tender.") is None  # says in what
    assert unseen_event("A data firm said the newly released ledgers showed 3,000 transfers.")
    assert unseen_event("The bank released its ledgers; the newly released ledgers showed 3,000 transfers.") is None
    assert unseen_event("Wardens said the incident closed the bypass.") == "the incident"
    assert unseen_event("A lorry crashed into the barrier, and wardens said the incident closed the bypass.") is None


def test_a_sentence_whose_speaker_is_a_bare_pronoun_is_not_the_first_of_a_pair() -> None:
    from briefgen.compose import _paired

    text = ("Marta Quist chairs the tenants' panel.\n\nThe count will end on June 3, she said. "
            "The panel also cut its list of sites to four.")
    doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text,
                    meta=SourceMeta(kind="news report"), sentences=segment.sentences(text))
    last = doc.sentences[-1]
    note = Note(id="n1", kind="claim", quote=text[last.start:last.end],
                span=Span(source="s0", start=last.start, end=last.end, para=last.para, sent=last.sent))
    assert _paired(note, doc, brief=True) is None
    assert _paired(note, doc, brief=False) is not None  # the digest's reading is unchanged


def test_a_trailing_pronoun_speaker_is_named_by_the_surname_that_ends_the_quotation_before_it() -> None:
    earlier = [('"The tests tell you what was in the water. They do not tell you where it came from," '
                'Okafor said.', (Named("Okafor", "other"),))]
    made = standalone_quote("A second survey of the outfalls is due in March, she said.", earlier, frozenset())
    assert made is not None and made.quote == "A second survey of the outfalls is due in March, [Okafor] said."
    # a sentence before that names no speaker leaves "she" unnamed
    assert standalone_quote("A second survey of the outfalls is due in March, she said.",
                            [("The utility said it would appeal.", ())], frozenset()) is None
