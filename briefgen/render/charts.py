"""Small SVG charts for the HTML and PDF briefs, written directly (no plotting library).

A template asks for a chart with an HTML comment on a line of its own, which
Markdown readers do not show:

    <!-- briefgen:chart sources -->

and render/html.py puts the chart there. Charts:

    sources   how many of the brief's citations each source supplied, by reliability tier
    figures   key figures of one measure and unit, side by side (when there are two or more)

Every text in a chart comes from the Brief and is XML-escaped here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from briefgen.ingest.clean import displayable
from briefgen.models import Brief, Figure, SourceRow
from briefgen.notes.figures import comparable, holder, quantity
from briefgen.window import long_date

MARKER = re.compile(r"<!-- briefgen:chart (\w+) -->\n?")

#: Fill colour per reliability tier (colour-blind-safe, and labelled in text as well).
TIER_COLOURS = {
    "news report": "#1f4e79",
    "analysis": "#2e75b6",
    "opinion": "#c55a11",
    "forum comment": "#7f6000",
}
_OTHER_COLOUR = "#7f7f7f"
_WIDTH = 640
_LABEL_WIDTH = 250
_ROW = 22
_CHAR = 7.5
"""Width of an average character at the charts' 12px sans-serif, for fitting labels."""
_LINE = 14
"""Height of a second line of a wrapped label."""


def _esc(text: str) -> str:
    return html.escape(displayable(text), quote=True)


def _lines(text: str, limit: int) -> list[str]:
    """*text* in lines of about *limit* characters, broken between words: a label that does not
    fit on one line wraps onto more (a bar is never labelled with a cut phrase). A word is never
    cut; one longer than *limit* has a line of its own."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _bars(title: str, rows: list[tuple[str, float, str, str]], caption: str) -> str:
    """A horizontal bar chart: rows of (label, value, value text, colour)."""
    top = max((value for _, value, _, _ in rows), default=0) or 1
    # Leave room right of the longest bar for its value text.
    span = _WIDTH - _LABEL_WIDTH - 10 - _CHAR * max(len(shown) for _, _, shown, _ in rows)
    labels = [_lines(label, int((_LABEL_WIDTH - 12) / _CHAR)) for label, _, _, _ in rows]
    heights = [_ROW + _LINE * (len(lines) - 1) for lines in labels]
    height = sum(heights) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_esc(title)}" '
        f'viewBox="0 0 {_WIDTH} {height}" width="100%" class="chart">',
        f"<title>{_esc(title)}</title>",
    ]
    y = 5
    for (_, value, shown, colour), lines, row in zip(rows, labels, heights, strict=True):
        length = max(2.0, span * value / top)
        middle = y + (row - _ROW) / 2  # the bar and its value sit level with the middle of the label
        spans = "".join(f'<tspan x="{_LABEL_WIDTH - 8}" dy="{0 if i == 0 else _LINE}">{_esc(line)}</tspan>'
                        for i, line in enumerate(lines))
        parts.append(
            f'<text x="{_LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end" font-size="12">{spans}</text>'
            f'<rect x="{_LABEL_WIDTH}" y="{middle + 3:.1f}" width="{length:.1f}" height="{_ROW - 8}" fill="{colour}"/>'
            f'<text x="{_LABEL_WIDTH + length + 6:.1f}" y="{middle + 15:.1f}" font-size="12">{_esc(shown)}</text>'
        )
        y += row
    parts.append("</svg>")
    return (f'<figure class="chart">\n{"".join(parts)}\n'
            f"<figcaption>{_esc(caption)}</figcaption>\n</figure>\n")


def sources_chart(brief: Brief) -> str:
    """Citations per source, coloured by reliability tier (the analyst's rating, else the source's
    kind, and the caption says which); "" when nothing is cited. Every bar is named the same way:
    by publisher and date when each cited source has a publisher and those names tell them apart,
    otherwise as the Sources table's first column names it (title, else file)."""
    rows = []
    cited = [source for source in brief.sources if source.notes_used and not source.duplicate_of]
    short = [_source_label(source) for source in cited]
    if not all(short) or len(set(short)) < len(short):
        short = [source.title or source.label or source.path for source in cited]
    for source, label in zip(cited, short, strict=True):
        tier = source.reliability or "unrated"
        rows.append((label, float(source.notes_used), f"{source.notes_used} \u00b7 {tier}",
                     TIER_COLOURS.get(tier, _OTHER_COLOUR)))
    if not rows:
        return ""
    rows.sort(key=lambda row: (-row[1], row[0]))
    total = sum(int(row[1]) for row in rows)
    # Without the analyst's ratings the tier is only the source's kind: say so, promise no rating.
    tiers = ", with its reliability tier" if any(source.rated for source in cited) else ", with its kind"
    return _bars("Where the cited statements come from", rows,
                 f"Where the {total} cited statements come from: citations per source{tiers}.")


def _source_label(source: SourceRow) -> str:
    """A source named short, as the Sources table shows it: its publisher and, when known, its
    date ("Pacific Wire, 3 March 2025"); "" when it has no publisher (its title names it then)."""
    if not source.publisher:
        return ""
    return ", ".join(part for part in (source.publisher, source.date and long_date(source.date)) if part)


def figures_chart(brief: Brief) -> str:
    """The key figures that measure the same thing in the same unit (pledges by several
    donors, revenue by quarter), side by side, each bar named by what tells them apart;
    "" unless at least two such figures are in the brief: unlike amounts are never set
    side by side."""
    figures = [item.figure for section in brief.sections for item in section.items
               if item.figure is not None and item.figure.measures and item.figure.value > 0]
    best: list[Figure] = []
    for first in figures:
        alike = [f for f in figures if f.unit == first.unit and comparable(first, f)]
        labels = [_bar_label(f, alike) for f in alike]
        if len(alike) > len(best) and len(set(labels)) == len(labels) and all(labels):
            best = alike
    if len(best) < 2:
        return ""
    what = quantity(best[0])
    rows = [(_bar_label(f, best), f.value, f.text, "#1f4e79") for f in best]
    title = f"{what[:1].upper()}{what[1:]} ({best[0].unit})"
    return _bars(title, rows, f"{title}, side by side, as the sources give them.")


def _bar_label(figure: Figure, alike: list[Figure]) -> str:
    """What tells a figure apart from the others of its kind: who holds it, else its period,
    else its measure."""
    if any(holder(f) for f in alike):
        return holder(figure)
    if len({f.period for f in alike}) == len(alike):
        return figure.period
    return figure.measures


CHARTS: dict[str, Callable[[Brief], str]] = {"sources": sources_chart, "figures": figures_chart}


def place_charts(body: str, brief: Brief) -> str:
    """Replace each chart marker in the HTML body with its chart (or nothing)."""

    def chart(match: re.Match[str]) -> str:
        make = CHARTS.get(match.group(1))
        return make(brief) if make else ""

    return MARKER.sub(chart, body)
