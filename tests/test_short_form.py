"""A subject that is the short form of a name its source gave in full earlier ("The Alliance said ..."
after "the Irish Motorists Alliance") is named in a verified bracket in the audience briefs: a reader of
the statement alone cannot tell which alliance. Recognised by structure (one capitalised word after
"The", before a lower-case word; a name of two or more capitalised words holding it, earlier in the same
source), not by a list of names."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.notes.context import name_for, short_form

Build = Callable[..., tuple[Path, dict[str, str]]]
"""The `cli_build` fixture (conftest)."""

EARLIER = ["The Lowland Beekeepers Guild said it would appeal the pesticide ruling on Monday."]


def test_a_short_form_of_an_earlier_full_name() -> None:
    found = short_form("The Guild said the ruling ignored hive losses.", EARLIER)
    assert found is not None and found.phrase == "The Guild" and found.head == "Guild"
    assert name_for(found, EARLIER) == "Lowland Beekeepers Guild"
    possessive = short_form("The Guild's lawyers filed papers.", EARLIER)
    assert possessive is not None and possessive.phrase == "The Guild's"
    # A name joined by "of" and a possessive full name are found as well.
    earlier = ["The court heard the Society of Tidal Engineers' objection."]
    found = short_form("The Society said the barrage was unsafe.", earlier)
    assert found is not None and name_for(found, earlier) == "Society of Tidal Engineers"


def test_what_is_no_short_form() -> None:
    # No longer name before it; the same one-word name; a title; a headline is no antecedent.
    assert short_form("The Guild said the ruling was wrong.", ["Bees die in heat."]) is None
    assert short_form("The Guardian said the ruling was wrong.", ["The Guardian reported the ruling."]) is None
    assert short_form("The Minister said the ruling stood.", ["Farm Minister Ana Holt spoke on Monday."]) is None
    assert short_form("The Guild said the ruling was wrong.", ["Lowland Beekeepers Guild appeals"]) is None
    assert short_form("The guild said the ruling was wrong.", EARLIER) is None  # lower case: `back_reference`


def test_two_names_with_the_word_name_none() -> None:
    earlier = ["The Lowland Beekeepers Guild and the Upland Cider Guild both objected."]
    found = short_form("The Guild said the ruling was wrong.", earlier)
    assert found is not None and name_for(found, earlier) is None


@given(st.sampled_from(["Alliance", "Federation", "Council", "Union", "Institute", "Collective"]),
       st.lists(st.sampled_from(["Northern", "Tidal", "Orchard", "Glass", "Valley", "Civic"]), min_size=1,
                max_size=3, unique=True),
       st.sampled_from(["said", "warned", "has asked", "will appeal"]))
@settings(max_examples=60, deadline=None)
def test_the_one_earlier_full_name_is_found(head: str, words: list[str], verb: str) -> None:
    full = " ".join([*words, head])
    earlier = [f"The {full} opposed the plan on Monday."]
    found = short_form(f"The {head} {verb} the plan was rushed.", earlier)
    assert found is not None and name_for(found, earlier) == full


def _doc(text: str):  # type: ignore[no-untyped-def]
    from briefgen.models import Sentence, SourceDoc, SourceMeta

    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text, meta=SourceMeta(),
                     sentences=tuple(Sentence(start=a, end=b, para=i + 1, sent=1, line=1 + 2 * i)
                                     for i, (a, b) in enumerate(bounds)))


def test_briefs_bracket_the_full_name_and_the_digest_reads_as_before() -> None:
    from briefgen.compose import in_context
    from briefgen.models import Note, Span

    text = ("The Lowland Beekeepers Guild said on Monday it would appeal the pesticide ruling.\n\n"
            "The ruling allows spraying in flowering season.\n\n"
            "The Guild said hive losses of 30 percent were ignored.")
    doc = _doc(text)
    start = text.index("The Guild")
    note = Note(id="n1", kind="quote", quote=text[start:], span=Span(source="s0", start=start, end=len(text)))
    assert in_context(note, doc) == note
    shown = in_context(note, doc, brief=True)
    assert shown is not None
    assert shown.quote == "[The Lowland Beekeepers Guild] said hive losses of 30 percent were ignored."
    # Under a title that names the guild, the short form stands.
    assert in_context(note, doc, story="Beekeepers Guild appeal", brief=True) == note


BEES = {
    "bees.txt": "Beekeepers to appeal pesticide ruling\n\n"
    "The Lowland Beekeepers Guild said on Monday it would appeal a High Court ruling that allows "
    "farmers to spray neonicotinoids on flowering oilseed rape.\n\n"
    "The court found that the spraying rules were lawful.\n\n"
    "The Guild said the ruling ignored hive losses of 30 percent recorded last summer across the county.\n",
    "farm.txt": "Farmers welcome ruling\n\n"
    "The Eastern Growers Association said on Tuesday the ruling would protect 4,000 jobs on arable farms.\n",
}
"""An invented story whose last sentence opens on the short form ("The Guild said ...") of a name its
first sentence gives in full."""


def test_a_build_names_the_short_form_and_check_passes_on_a_second_run(cli_build: Build) -> None:
    """End to end on an invented story, built twice (the second run reads the notes the first one wrote):
    the bracket verifies each time, and the notes keep the source's own words."""
    sources = BEES
    for _ in range(2):
        ws, briefs = cli_build(sources, "2026-06-10", check=True)
        body = re.sub(r"\\(.)", r"\1", "\n".join(briefs.values()))
        # Named in a bracket, or (its sentence leaning on "the ruling" its source's first sentence tells) taken as
        # written right under that sentence's bullet, which names the guild in full (compose: "as written").
        for match in re.finditer(r"^- (?:\*\*[^*]+\*\* (?:— )?)?The Guild\b.*$", body, re.M):
            before = body[:match.start()].rstrip().rsplit("\n", 1)[-1]
            assert "The Lowland Beekeepers Guild said" in before, body
        assert "said the ruling ignored" in body, body
        assert "The Guild said" in (ws / "notes" / "bees.yaml").read_text(encoding="utf-8")  # the bracket is the brief's


def test_a_capitalised_modifier_or_a_person_is_no_short_form() -> None:
    # "The Trump administration": the capitalised word modifies the noun after it; and a person's name ending
    # in that word ("Although President Donald Trump") is no body's full name. A bracket here once read
    # "[The Although President Donald Trump] administration aimed to ...".
    earlier = ["Although President Donald Trump approved the sale, doubts remain.",
               "The Lowland Beekeepers Guild objected."]
    assert short_form("The Trump administration aimed to sell older chips.", earlier) is None
    assert short_form("The Trump said the sale would go ahead.", earlier) is None
    assert short_form("The Guild argues the ruling ignored hive losses.", earlier) is not None


def test_the_evidence_gives_the_sources_own_words_where_the_brief_bracketed(
        news_workspace: Callable[..., object]) -> None:
    """The bullet names the short form in a bracket; its evidence entry quotes the source as written ("The
    Guild said ..."), the words a reader checks the bracket against."""
    ws = news_workspace("bees", BEES)
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)  # type: ignore[attr-defined]
        shown = [item.text for section in brief.sections for item in section.items]
        quotes = [citation.quote for citation in brief.citations]
        if any("[The Lowland Beekeepers Guild] said the ruling ignored" in text for text in shown):
            assert any(q.startswith("The Guild said the ruling ignored") for q in quotes), quotes
        assert not any("[The Lowland" in q for q in quotes), quotes
