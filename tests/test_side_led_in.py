"""A party's side of a disagreement is never shown opening on the other party's words: "Verde Mar:
[Spain's National Court] said the group had not shown ... The group argues ..." put the court's finding
under the group's name (reader42). And a bracket that names a body by a possessive name has no article
("[Spain's National Court]", not "[The Spain's National Court]")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

WIRE = """Regulator clears Almenara reactor to restart

MADRID, Sept 14 (Iberia Press) - Spain's nuclear regulator on Monday
approved the restart of the 1,050-megawatt Almenara reactor, shut since
2019, after a 1.4 billion euro refurbishment by its operator Iberenergia.

Energy Minister Laura Sanz said the restart would lower wholesale power
prices and cut gas imports.

The environmental group Verde Mar said it would challenge the approval in
court.
"""
UPDATE = """Court refuses to halt Almenara restart

MADRID, Nov 18 (Iberia Press) - Spain's National Court on Wednesday refused
a request by the environmental group Verde Mar to suspend the restart of the
Almenara reactor while its lawsuit is heard.

The court said the group had not shown that the restart posed an imminent
risk to the public.

The group argues that the regulator should have required a full
environmental impact assessment before approving the restart.

Iberenergia said it expected the reactor to return to the grid in
September 2027.
"""
TOML = """["01-wire.txt"]
publisher = "Iberia Press"
date = "2026-09-14"

["02-update.txt"]
publisher = "Iberia Press"
date = "2026-11-18"
"""


def test_no_side_opens_on_the_other_party_s_words(news_workspace: Callable[..., Any], tmp_path: Path) -> None:
    ws = news_workspace("court", {"01-wire.txt": WIRE, "02-update.txt": UPDATE, "sources.toml": TOML},
                        title="Almenara reactor restart")
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        for section in brief.sections:
            for item in section.items:
                if item.sides:
                    own = item.sides[0]
                    assert not (own == "Verde Mar" and "said the group had not shown" in item.text), item.text
                assert "[The Spain's" not in item.text, item.text


def test_a_possessive_name_in_a_bracket_takes_no_article() -> None:
    from briefgen.compose import in_context
    from briefgen.models import Note, Sentence, SourceDoc, SourceMeta, Span

    text = ("Spain's National Court on Wednesday refused a request by the environmental group Verde Mar.\n\n"
            "The court said the group had not shown that the restart posed an imminent risk.")
    second = text.index("The court")
    doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text, meta=SourceMeta(),
                    sentences=(Sentence(start=0, end=second - 2, para=1, sent=1, line=1),
                               Sentence(start=second, end=len(text), para=2, sent=1, line=3)))
    note = Note(id="n1", kind="fact", quote=text[second:], span=Span(source="s0", start=second, end=len(text)))
    shown = in_context(note, doc, brief=True)
    assert shown is not None
    assert shown.quote.startswith("[Spain's National Court] said the group"), shown.quote
