"""A later update's own revised count keeps its note though the update's other sentences rank above
it (`extract._revised`): "sick passengers had climbed to about 240" revises "more than 90 sick
passengers" an earlier-dated report gave."""

from __future__ import annotations

from typing import Any

from briefgen.notes import extract

_FIRST = """Ferry Orlan held at Caldy after outbreak

CALDY, May 4 (Northgate Wire) - Health officials held the ferry Orlan at
Caldy harbour on Monday after more than 90 sick passengers reported
vomiting during the crossing from Tessel, the port authority said.

The ferry operator, Westline, said the vessel would stay in port while
cabins were cleaned and that about 600 passengers had been asked to
remain on board until doctors had seen them.

"We are taking every precaution," said Westline spokeswoman Ada Brill.
"""

_UPDATE = """UPDATE 1-Orlan outbreak grows; passengers allowed ashore

CALDY, May 6 (Northgate Wire) - Passengers on the ferry Orlan were
allowed ashore on Wednesday after health officials finished their
checks, the port authority said.

Westline said it had cancelled the next three sailings from Caldy and
would refund every ticket on the affected crossing in full.

Doctors from the regional hospital spent two days on board examining
passengers and crew, and took samples for testing at a laboratory.

The harbour master said the berth would be disinfected before any other
vessel used it, and that cargo handling on the quay had been moved.

Local hotels said they had taken in several hundred passengers who had
missed onward connections, and the council opened a sports hall.

Westline said a full cleaning of the vessel would take about a week,
and that the crew would stay on board during the work.

Tessel port officials said they had stepped up checks on food served
in the ferry terminal restaurant while the cause was investigated.

Travel agents in Tessel said bookings for the summer season had held up,
and that most customers had asked to move their trips, not cancel them.

The ferry was built in 2009 and carries up to 1,200 passengers on the
four-hour crossing, which runs twice a day in the summer months.

The sick passengers had climbed to about 240, officials said.
"""


def _quotes(news_workspace: Any, name: str, update: str) -> list[str]:
    ws = news_workspace(name, {"01-wire.txt": _FIRST, "02-update.txt": update}, title="Ferry Orlan outbreak")
    return [note.quote for note in ws.notes().notes]


def test_an_updates_revised_count_becomes_a_note(news_workspace: Any) -> None:
    quotes = _quotes(news_workspace, "a", _UPDATE)
    assert any("climbed to about 240" in q for q in quotes)


def test_revised_is_read_from_the_counted_noun_and_a_change_cue() -> None:
    class _Doc:
        def __init__(self, day: str) -> None:
            self.meta = type("M", (), {"date": day, "updated": None})()

    def draft(quote: str, figures: list[dict[str, Any]]) -> dict[str, Any]:
        return {"quote": quote, "figures": figures}

    earlier = [draft("More than 90 sick passengers reported vomiting.",
                     [{"unit": "passengers", "value": 90.0}])]
    later = [draft("The number of sick passengers had climbed to about 240.", [{"unit": "", "value": 240.0}]),
             draft("About 240 hotel rooms were booked.", [{"unit": "", "value": 240.0}]),
             draft("The number of sick passengers was 90 again, unchanged.", [{"unit": "", "value": 90.0}]),
             draft("Fares rose by 240 dollars for passengers.", [{"unit": "USD", "value": 240.0}])]
    corpus: Any = type("C", (), {"docs": [_Doc("2026-05-04"), _Doc("2026-05-06")]})()
    assert extract._revised(corpus, [earlier, later]) == [set(), {1}]
