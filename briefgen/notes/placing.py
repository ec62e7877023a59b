"""Placing a source that states no date, and names none, among the dated ones by the figures it
shares with them.

A situation report that says "at least 19 people have died and 10 remain missing" has no date,
but the dated reports of the same story tell the count it shares: 14 missing on the first day,
11 on the second, 8 on the third. When the dated values of a measure move one way only (a toll
that only rises, a count of missing that only falls, every dated source in date order), an
undated value of the same measure has a place in that sequence: after the last dated report its
value has passed, before the first it has not reached (10 missing: after the 11, before the 8).
Its source is placed on the day of that last report (an estimate, as `notes.dates.estimate`
gives from the days a text names), so a later report's value overtakes it as it overtakes any
earlier one.

Conservative: a measure counts only when at least two dated sources give it with different
values, all in one direction; every measure the source shares must agree (the latest day any of
them places it after must come before the earliest day any places it before); a value past every
dated value places the source on the newest of them (never later: a tie overtakes nothing); a
value equal to a dated one says nothing of order. Structure only: the figures' measures as the
figure reader finds them (`figures.comparable`), their values and their sources' dates; no
subject's words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefgen.models import Figure, SourceDoc
from briefgen.notes.figures import comparable, find_figures, named_earlier, near_value

MIN_DATED = 2
"""Dated sources with distinct values a measure needs before it can place anything."""


def _figures(doc: SourceDoc) -> list[Figure]:
    """The figures with a measure that the source's sentences give as values of the story
    (not ones a measure names as earlier: "the previous estimate of 12")."""
    out: list[Figure] = []
    for sentence in doc.sentences:
        said = " ".join(doc.text[sentence.start:sentence.end].split())
        out += [f for f in find_figures(said) if f.measures and f.value > 0 and not named_earlier(f)]
    return out


def _bounds(value: Figure, series: list[tuple[dt.date, float]]) -> tuple[dt.date, dt.date | None] | None:
    """Where *value* falls in a dated *series* of one measure (day, value), when the series
    moves one way only: the day of the last report it has passed, and the day of the first it
    has not reached (None: past them all). None when the series tells no order or the value
    sits before the first report or equals a dated value."""
    by_day: dict[dt.date, float] = {}
    for day, amount in series:
        if by_day.setdefault(day, amount) != amount:
            return None  # two values on one day (two counts, two holders): no single sequence
    days = sorted(by_day)
    values = [by_day[d] for d in days]
    if len(set(values)) < MIN_DATED:
        return None
    rising = all(a <= b for a, b in zip(values, values[1:], strict=False))
    falling = all(a >= b for a, b in zip(values, values[1:], strict=False))
    if rising == falling:  # both: constant (excluded above); neither: no single direction
        return None
    if any(near_value(v, value.value) for v in values):
        return None
    passed = [d for d, v in zip(days, values, strict=True) if (v < value.value if rising else v > value.value)]
    if not passed:
        return None  # before every dated report: an early count, but not placed before the story began
    after = max(passed)
    ahead = [d for d in days if d > after]
    return after, (min(ahead) if ahead else None)


def dated_figures(dated: Sequence[tuple[dt.date, SourceDoc]]) -> list[tuple[dt.date, Figure]]:
    """The figures of the *dated* sources (day, doc), each with its source's day: read once and
    given to `placed` for every undated source (reading them again per undated source made
    placing quadratic in the corpus)."""
    return [(day, figure) for day, other in dated for figure in _figures(other)]


def placed(doc: SourceDoc, dated: Sequence[tuple[dt.date, SourceDoc]],
           theirs: Sequence[tuple[dt.date, Figure]] | None = None) -> dt.date | None:
    """The day an undated *doc* falls on among the *dated* sources (day, doc) by the measures
    it shares with them (see the module's docstring); None when nothing places it. *theirs*:
    `dated_figures(dated)` when the caller has read them already."""
    if not dated:
        return None  # no dated source: no series to place anything in (and no figure need be read)
    own = _figures(doc)
    if not own:
        return None
    if theirs is None:
        theirs = dated_figures(dated)
    after: dt.date | None = None
    before: dt.date | None = None
    for figure in own:
        series = [(day, f.value) for day, f in theirs if comparable(figure, f)]
        found = _bounds(figure, series)
        if found is None:
            continue
        low, high = found
        after = low if after is None else max(after, low)
        if high is not None:
            before = high if before is None else min(before, high)
    if after is None or (before is not None and before <= after):
        return None  # placed by nothing, or by measures that disagree
    return after
