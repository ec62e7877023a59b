"""Elided and bracketed quotes: "Voss ... ordered a review", "[Lena Voss] said ...".

`briefgen check`, the build and the notes store verify them fragment by fragment; the
extraction turns a sentence opening on "She" or "The company" into a bracketed quote when its
referent is unambiguous, and leaves out a long attribution prefix by elision."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.ingest.segment import sentences
from briefgen.models import SourceDoc, SourceMeta
from briefgen.notes.verify import Mismatch, find_quote, locate

TEXT = (
    "Skylark Airways cancelled 420 flights on Monday after a fault in its booking system.\n\n"
    "Chief executive Lena Voss apologised to passengers on Tuesday. She said there was no evidence "
    "of a cyberattack and that the airline would refund every cancelled ticket in full.\n\n"
    "The Civil Aviation Authority said it would not open an inquiry yet.\n"
)


def doc_of(text: str, doc_id: str = "s") -> SourceDoc:
    return SourceDoc(id=doc_id, path=f"sources/{doc_id}.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(), sentences=sentences(text))


DOC = doc_of(TEXT)


@pytest.mark.parametrize("quote", [
    "Skylark Airways cancelled 420 flights ... after a fault in its booking system.",
    "Skylark Airways cancelled 420 flights \u2026 after a fault in its booking system.",
    "Skylark Airways cancelled 420 flights [...] after a fault in its booking system.",
    "Skylark Airways cancelled 420 flights [\u2026] on Monday ...",
    "... there was no evidence of a cyberattack ...",
    "[Lena Voss] said there was no evidence of a cyberattack",
    "[Voss] said there was no evidence of a cyberattack ... the airline would refund every cancelled ticket in full.",
    "She said there was no evidence of a cyberattack and that [Skylark Airways] would refund every cancelled ticket",
    "[T]he Civil Aviation Authority said it would not open an inquiry yet.",
    "The Civil Aviation Authority said it would not open an inquiry [into the fault] yet.",
    "Chief executive Lena Voss apologised to passengers ... . She said there was no evidence",
])
def test_elided_and_bracketed_quotes_verify(quote: str) -> None:
    assert not isinstance(find_quote(DOC, quote), Mismatch), quote


def test_span_covers_first_to_last_fragment_and_the_words_a_bracket_stands_for() -> None:
    start, end = find_quote(DOC, "Skylark Airways cancelled 420 flights ... booking system.")  # type: ignore[misc]
    assert TEXT[start:end] == "Skylark Airways cancelled 420 flights on Monday after a fault in its booking system."
    start, end = find_quote(DOC, "[Lena Voss] said there was no evidence")  # type: ignore[misc]
    assert TEXT[start:end] == "She said there was no evidence"


@pytest.mark.parametrize(("quote", "kind", "detail"), [
    ("Skylark Airways cancelled 420 trains ... booking system.", "fragment", "Skylark Airways cancelled 420 trains"),
    ("booking system ... Skylark Airways cancelled 420 flights", "order", ""),
    ("[Marco Bell] said there was no evidence of a cyberattack", "bracket", "Marco Bell"),
    ("[The Civil Aviation Authority] said there was no evidence", "bracket", "The Civil Aviation Authority"),
    ("Skylark Airways [did not cancel] 420 flights on Monday", "negation", "did not cancel"),
    ("Skylark Airways cancel ... booking system.", "order", ""),  # a fragment cut inside a word
    ("Skylark Airways said 420 flights were cancelled.", "absent", ""),
])
def test_what_does_not_verify_says_why(quote: str, kind: str, detail: str) -> None:
    found = find_quote(DOC, quote)
    assert isinstance(found, Mismatch) and found.kind == kind and found.detail == detail
    assert "sources/s.txt" in found.message("sources/s.txt")
    assert locate(DOC, quote) is None


def test_an_elision_stays_within_a_paragraph_or_a_short_stretch() -> None:
    filler = " ".join(["Engineers worked through the night to restore the system."] * 12)
    doc = doc_of(TEXT.replace("\n\nChief", f"\n\n{filler}\n\nChief"))
    assert locate(doc, "Skylark Airways cancelled ... Engineers worked") is not None  # the next paragraph, near
    found = find_quote(doc, "Skylark Airways cancelled ... there was no evidence of a cyberattack")
    assert isinstance(found, Mismatch) and found.kind == "order"
    assert "within one paragraph" in found.message("sources/s.txt")


def test_quotes_that_hold_brackets_or_ellipses_verbatim_still_verify() -> None:
    doc = doc_of("The minister said [sic] that the plan... would work. It costs $4 [estimated].\n")
    assert locate(doc, "the plan... would work") is not None
    assert locate(doc, "It costs $4 [estimated].") is not None


# ---------------------------------------------------------------- properties

_WORDS = st.sampled_from("river council flood levels rose sharply after storm Delta hit the coast on "
                         "Friday morning and officials said 1,200 homes lost power".split())
_SENTENCE = st.lists(_WORDS, min_size=6, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")


@st.composite
def _elided(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A one-paragraph source and an ordered subset of its word-aligned fragments."""
    paragraph = " ".join(draw(st.lists(_SENTENCE, min_size=1, max_size=4)))
    words = paragraph.split()
    cuts = sorted(set(draw(st.lists(st.integers(1, len(words) - 1), max_size=6))))
    fragments = [" ".join(words[a:b]) for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True)]
    keep = draw(st.lists(st.booleans(), min_size=len(fragments), max_size=len(fragments)))
    kept = [f for f, k in zip(fragments, keep, strict=True) if k] or fragments[:1]
    return paragraph, kept


@settings(max_examples=150, deadline=None)
@given(_elided(), st.sampled_from([" ... ", " \u2026 ", " [...] ", "... ", " [\u2026] "]))
def test_any_ordered_subset_of_fragments_joined_by_an_elision_verifies(case: tuple[str, list[str]],
                                                                       mark: str) -> None:
    paragraph, kept = case
    doc = doc_of(paragraph + "\n")
    found = find_quote(doc, mark.join(kept))
    assert not isinstance(found, Mismatch)
    start, end = found
    assert paragraph[start:end].startswith(kept[0]) and paragraph[start:end].endswith(kept[-1])


@settings(max_examples=150, deadline=None)
@given(_elided(), st.data())
def test_changing_a_fragments_letters_does_not_verify(case: tuple[str, list[str]], data: st.DataObject) -> None:
    paragraph, kept = case
    which = data.draw(st.sampled_from([i for i, f in enumerate(kept) if any(c.isalpha() for c in f)] or [-1]))
    if which < 0:
        kept, which = [*kept, "river"], len(kept)  # only figures kept: elide to a word of the source
        paragraph += " The river rose."
    fragment = kept[which]
    at = data.draw(st.sampled_from([i for i, c in enumerate(fragment) if c.isalpha()]))
    # q, x, z and j are in none of the source's words, so the changed fragment stands nowhere in it.
    replacement = data.draw(st.sampled_from("qxzjQXZJ"))
    changed = fragment[:at] + replacement + fragment[at + 1:]
    quote = " ... ".join([*kept[:which], changed, *kept[which + 1:]])
    assert locate(doc_of(paragraph + "\n"), quote) is None


def test_check_reports_elided_and_bracketed_quotes_by_note_and_line(example: Path) -> None:
    """The CLI as an analyst uses it: shorten quotes in a notes file, `briefgen check`, build."""
    from click.testing import CliRunner

    from briefgen.cli import main

    runner = CliRunner()
    assert runner.invoke(main, ["-w", str(example), "notes"]).exit_code == 0
    path = next(p for p in sorted((example / "notes").glob("001-*.yaml")))
    text = path.read_text(encoding="utf-8")
    original = "Nvidia is contemplating ramping up production of its H200 chips due to a surge in demand"
    assert original in text
    text = text.replace(original, "Nvidia is contemplating ramping up production ... due to a surge in demand")
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["-w", str(example), "check"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["-w", str(example), "build", "--audience", "investor", "--format", "md"]).exit_code == 0

    bracketed = re.sub(r"quote: Nvidia is contemplating ramping up production \.\.\.(.*)",
                       lambda m: f'quote: "[Intel] is contemplating ramping up production ...{m.group(1)}"', text)
    assert bracketed != text
    path.write_text(bracketed, encoding="utf-8")
    result = runner.invoke(main, ["-w", str(example), "check"])
    assert result.exit_code == 1
    line = next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "[Intel]" in row)
    assert f"notes/{path.name}:{line}: note " in result.output
    assert "the bracket [Intel] names nothing in sources/001_c2c38b3dfa3e33cc.txt before this quote" in result.output


# ---------------------------------------------------------------- extraction: statements that stand alone

from briefgen.notes.context import Named, standalone_quote  # noqa: E402

VOSS = ("Chief executive Lena Voss apologised to passengers on Tuesday.", (Named("Lena Voss", "person"),))
DRAVIK = ("Dravik has halted all production at the mine.", ())
NAMES = frozenset({"Dravik", "Voss", "Nordbank", "Reuters"})


@pytest.mark.parametrize(("sentence", "earlier", "expected"), [
    ("She said there was no evidence of a cyberattack.", [VOSS],
     "[Lena Voss] said there was no evidence of a cyberattack."),
    ("The company said it was too early to say.", [DRAVIK], "[Dravik] said it was too early to say."),
    ("The company's shares fell 11 percent.", [DRAVIK], "[Dravik's] shares fell 11 percent."),
    # "The group" is the name titled Group, not the subsidiary the sentence before opens on.
    ("The group said the order book would rise.",
     [("Halvik Yard is wholly owned by Halvik Group ASA, which is listed in Oslo.", (Named("Halvik Yard", "organisation"),))],
     "[Halvik Group ASA] said the order book would rise."),
    ("According to a report by Reuters, local time on the 12th, the company is considering more output.",
     [DRAVIK], "... [Dravik] is considering more output."),
    ("According to a filing by Dravik with the Valmark stock exchange on Friday, output fell 5 percent.",
     [], "... output fell 5 percent."),
])
def test_a_sentence_with_one_certain_referent_becomes_a_bracketed_quote(
        sentence: str, earlier: list[tuple[str, tuple[Named, ...]]], expected: str) -> None:
    made = standalone_quote(sentence, earlier, NAMES)
    assert made is not None and made.quote == expected
    assert "[" not in made.reads and "..." not in made.reads


@pytest.mark.parametrize(("sentence", "earlier"), [
    # Two people, or a name shaped like a person's beside the one known: who is "she"?
    ("She said the talks would resume.", [VOSS, ("Union leader Marta Keel walked out.", (Named("Marta Keel", "person"),))]),
    ("She said the talks would resume.", [("Lena Voss met Omar Haddad on Monday.",
                                           (Named("Lena Voss", "person"), Named("Omar Haddad", "other")))]),
    ("He said the talks would resume.", [DRAVIK]),  # no person at all
    ("The company said it was too early.", [VOSS]),  # a person, no organisation
    ("The company said it was too early.", [DRAVIK, ("Nordbank cut its forecast.", ())]),  # two companies
    ("The group said it was too early.", [("Halvik Group and Nordbank Group agreed.", ())]),  # two named groups
    ("The company said it was too early.", [("Analysts at Nordbank were surprised.", ())]),  # no subject name
    ("It was fined in 2023.", [DRAVIK]),  # "it" could be anything: left out as before
    ("According to the ministry, 40 people were hurt.", []),  # a short attribution stays
    # An unnamed holder marks the claim as unconfirmed: the attribution stays.
    ("According to two workers who asked not to be named, cracks had been reported weeks before.", []),
    ("However, he noted that the plan failed.", [VOSS]),  # a connective answers a sentence the reader lacks
])
def test_uncertain_referents_are_left_as_they_are(sentence: str, earlier: list[tuple[str, tuple[Named, ...]]]) -> None:
    assert standalone_quote(sentence, earlier, NAMES) is None


HARBOR = {
    "01-wire.txt": (
        "Port crane collapses at Eastmere container terminal\n\n"
        "EASTMERE (Reuters) - A ship-to-shore crane collapsed at the Eastmere container terminal on Sunday, "
        "injuring three dock workers and halting operations at the busiest berth of the port, which is run by "
        "Harwick Logistics.\n\n"
        "Harwick Logistics suspended all crane work at the terminal pending an inspection. "
        "The company said the crane had passed its last safety check in March and that it was cooperating "
        "with investigators.\n\n"
        "Harbour master Ines Corda told reporters the collapse happened during a change of shift. "
        "She said the three injured workers should be able to leave Eastmere General Hospital within a week.\n\n"
        "According to two dock workers who asked not to be named because they feared losing their jobs, "
        "cracks in the crane's boom had been reported to supervisors weeks before the collapse.\n"
    ),
    "02-local.txt": (
        "Dock union demands answers after crane collapse\n\n"
        "The Eastmere Dockworkers Union called on Monday for an independent inquiry into the crane collapse "
        "at the container terminal.\n\n"
        "Union secretary Paul Brenner met terminal managers and port officials on Monday morning. "
        "He said members would refuse to work under the remaining cranes of the same model until they were inspected.\n\n"
        "Brenner and harbour master Ines Corda are due to meet again on Wednesday. "
        "She said the berth would stay closed for at least two weeks while engineers examined the wreckage.\n"
    ),
}


def test_briefs_print_bracketed_quotes_as_text_and_check_verifies_them(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefgen.cli import main

    runner = CliRunner()
    ws = tmp_path / "ws"
    assert runner.invoke(main, ["init", str(ws)]).exit_code == 0
    for name, text in HARBOR.items():
        (ws / "sources" / name).write_text(text, encoding="utf-8")
    assert runner.invoke(main, ["-w", str(ws), "notes"]).exit_code == 0
    notes_text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ws / "notes").glob("0*.yaml")))
    assert "[Harwick Logistics] said the crane had passed its last safety check" in notes_text
    assert "[Ines Corda] said the three injured workers" in notes_text
    assert "[Paul Brenner] said members would refuse" in notes_text
    assert "... cracks in the crane's boom" not in notes_text  # an unnamed holder's claim keeps its attribution
    # Two people named just before "She said the berth would stay closed": left as it was.
    assert "[Ines Corda] said the berth" not in notes_text and "[Brenner] said the berth" not in notes_text
    result = runner.invoke(main, ["-w", str(ws), "check"])
    assert result.exit_code == 0 and "failed" not in result.output, result.output
    result = runner.invoke(main, ["-w", str(ws), "build", "--audience", "all", "--format", "md,html"])
    assert result.exit_code == 0, result.output
    md = "\n".join((ws / "output" / f"{a}.md").read_text(encoding="utf-8") for a in ("executive", "investor", "policy"))
    html = "\n".join((ws / "output" / f"{a}.html").read_text(encoding="utf-8") for a in ("executive", "investor", "policy"))
    assert "\\[Ines Corda\\] said" in md or "\\[Harwick Logistics\\] said" in md or "\\[Paul Brenner\\] said" in md
    # The brackets are text: never a link, whatever follows them.
    for name in ("Ines Corda", "Harwick Logistics", "Paul Brenner"):
        assert f">{name}</a>" not in html and f"[{name}](" not in md.replace("\\", "")
    assert "[Ines Corda] said" in html or "[Harwick Logistics] said" in html or "[Paul Brenner] said" in html
