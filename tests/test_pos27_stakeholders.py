"""Stakeholder rows (pos27): logistics are no position; pronouns that name no one are no actor
or side; a name keeps its hyphenated parts, also across a hard-wrapped line (invented text)."""
from __future__ import annotations

import pytest

from briefgen import compose, sections
from briefgen.models import Sentence, SourceDoc, SourceMeta
from briefgen.notes import counterclaims, features
from briefgen.notes.verify import locate
from briefgen.render.markdown import escape_md


@pytest.mark.parametrize("text", [
    'Dr Ines Vaughan said the inquiry\'s findings would be published "in full, next week".',
    "Harlow Grammar School said it would open at 11am for boarders until further notice.",
    "A ministry spokeswoman said the consultation papers would be posted on its website on Friday.",
    "The museum trust said it would run the summer programme as planned and that the decision was for the board.",
    "Mayor Ilse Korhonen said the town would hold a public meeting on March 9.",
])
def test_logistics_are_no_position(text: str) -> None:
    assert sections.logistics(text)
    assert not sections.position(text)


@pytest.mark.parametrize("text", [
    "The nurses' union said it would hold a strike ballot on Monday.",
    "The council said it would publish the audit on Friday and that the depot must close.",
    'Korhonen said the town would "fight this plan with every tool we have" from Monday.',
    "The ferry operator said it would open the route on May 2 only if the subsidy was restored.",
])
def test_a_move_or_a_stance_beside_a_date_stays_a_position(text: str) -> None:
    assert not sections.logistics(text)
    assert sections.position(text)


@pytest.mark.parametrize("holder", ["Nobody at the ministry", "No one", "No-one at the depot", "Someone close to the board",
                                    "Anyone", "None of the growers"])
def test_pronouns_that_name_no_one_are_no_actor(holder: str) -> None:
    assert features.names_no_one(holder)
    parties = counterclaims.Parties([f"{holder} has said what happens to the drivers."], [0])
    assert parties.of(0, holder) is None


def test_names_no_one_leaves_real_names() -> None:
    for holder in ("Noble Foods", "Someday Records", "Nonna's Kitchen", "the Norwegian ministry", "Anyway Ltd"):
        assert not features.names_no_one(holder), holder


def test_a_pronoun_is_no_speaker() -> None:
    assert features.find_speaker("Nobody at the ministry has argued that the tariff should stay.") is None
    found = features.find_speaker("The growers' council has argued that the tariff should stay.")
    assert found is not None and "council" in found.name.lower()


@pytest.mark.parametrize("sentence,name", [
    ('"The depot must stay open," said Councillor Maya\nOkafor-Bright, the deputy leader.', "Councillor Maya Okafor-Bright"),
    ('"The depot must stay open," said Councillor Maya Okafor-Bright, the deputy leader.', "Councillor Maya Okafor-Bright"),
    ('"We oppose the closure," said Anton Lisle-\nWarrender, the branch chair.', "Anton Lisle-Warrender"),
    ("Chief Executive Petra Hollis-Dunn said the board would reject the bid.", "Petra Hollis-Dunn"),
])
def test_a_name_keeps_its_hyphenated_parts(sentence: str, name: str) -> None:
    found = features.find_speaker(sentence)
    assert found is not None and found.name == name


def _doc(text: str) -> SourceDoc:
    return SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text, meta=SourceMeta(),
                     sentences=(Sentence(start=0, end=len(text), para=1, sent=1, line=1),))


def test_a_word_hyphenated_across_a_line_is_shown_whole_and_still_verifies() -> None:
    text = 'The slope is moving," said Anton Lisle-\nWarrender, and the short-\nterm plan is a convoy.'
    shown = compose._one_line(text)
    assert "Lisle-Warrender" in shown and "short-term" in shown
    assert escape_md(text).count("Lisle-Warrender") == 1
    doc = _doc(text)
    assert locate(doc, shown) is not None
    assert locate(doc, 'said Anton Lisle-\nWarrender, and') is not None
    assert compose._one_line("a well- and ill-kept road") == "a well- and ill-kept road"  # no line break: as written



_WRAPPED = """Depot plan splits Harwick

Published 2 March 2026

Harwick council will close its 90-year-old bus depot in May and move 140 drivers to a new site at
Colley Lane, the council's deputy leader, Maya Okafor-
Bright, said on Monday.

The drivers' branch said the closure was wrong and urged the council to keep the depot open.
"""


def test_the_evidence_quote_shows_a_hyphen_broken_name_whole(news_workspace) -> None:  # type: ignore[no-untyped-def]
    ws = news_workspace("a", {"01-wire.txt": _WRAPPED}, title="Harwick depot")
    quotes = [c.quote for audience in ("executive", "policy") for c in ws.compose(audience).citations
              if "Okafor" in c.quote]
    assert quotes and all("Okafor-Bright" in q for q in quotes), quotes
