"""A signed piece's byline is furniture, never a statement, also when it describes its writer at length
("By Prof. Chiara Lombardi, professor of competition economics at Bocconi University and a former adviser
to ...") or names the kind of piece ("Analysis by Dr Elena Castro, marine ecologist, University of Vigo");
the writer's affiliation is not the publisher, and a "Published on X, date" line under it names the
publisher (reader42: such a byline was printed as an investor bullet)."""

from __future__ import annotations

import pytest

from briefgen.ingest.clean import byline, clean

BODY = "\n\nThe regulator's decision to let the reactor run again was right, but the price promise is not.\n"


@pytest.mark.parametrize(("header", "author", "publisher", "kind"), [
    ("By Prof. Chiara Lombardi, professor of competition economics at Bocconi University and a former adviser "
     "to the European Commission's competition directorate", "Chiara Lombardi", "", ""),
    ("Analysis by Dr Elena Castro, marine ecologist, University of Vigo\n\nThe Conversation, 18 November 2026",
     "Elena Castro", "The Conversation", "analysis"),
    ("Opinion by Dr. Helena Sarmento, historian at the University of Lisbon", "Helena Sarmento", "", "opinion"),
    ("By Prof. Chiara Lombardi, professor of industrial economics at Bocconi University\n\n"
     "Published on LaVoce Economia, 20 October 2026", "Chiara Lombardi", "LaVoce Economia", ""),
])
def test_a_described_or_signed_byline_is_furniture(header: str, author: str, publisher: str, kind: str) -> None:
    text = "Why the restart is a bet\n\n" + header + BODY
    cleaned = clean(text)
    assert (cleaned.author, cleaned.publisher, cleaned.kind) == (author, publisher, kind)
    first = header.split("\n")[0]
    assert any(text[r.start:r.end] == first for r in cleaned.removed), cleaned.removed


def test_prose_opening_on_by_is_no_byline() -> None:
    assert byline("By the way, the council met on Monday and voted to close the pool.") is None
    assert byline("By Monday, officials at the harbour authority in Kelso had counted more than four hundred "
                  "damaged boats and closed the channel to shipping") is None
