"""Markdown -> one self-contained HTML file (styles and images inline, nothing fetched)."""

from __future__ import annotations

import html as html_lib
import math

from markdown_it.token import Token

from briefgen.models import Brief
from briefgen.render import toc as contents
from briefgen.render.charts import place_charts
from briefgen.style import Look, css
from briefgen.style import look as look_of
from briefgen.workspace import Config


def markdown_to_html_body(markdown: str, config: Config | None = None, *, toc: bool = False) -> str:
    """CommonMark + tables, section headings with ids, and with *toc* the contents list. Raw
    HTML is allowed because source text reaching the Markdown is escaped; only briefgen's own
    anchors are raw HTML."""
    parser = contents.parser()
    tokens = contents.tokens(config, markdown, toc=toc)
    mark_short_tables(tokens)
    keep_citations_with_text(tokens)
    return str(parser.renderer.render(tokens, parser.options, {}))


def _citation(token: Token) -> bool:
    return token.type == "link_open" and str(token.attrGet("href") or "").startswith("#ev-")


def keep_citations_with_text(tokens: list[Token]) -> None:
    """Join a statement's last word and the citation marks after it ("plan. [8][9]") so that no line
    breaks between them: a no-break space and a word joiner before the first mark, a word joiner
    between marks. A mark never opens a line on its own. (A span that did not wrap did the same but
    made WeasyPrint break the line before it far too early: "would pay 18" / "cents" / "per unit ...";
    without either, WeasyPrint broke "The" / "new $300 million loan ... plan. [8]".)"""
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        out = list[Token]()
        for kid in token.children:
            before = out[-1] if out else None
            if _citation(kid) and before is not None:
                if before.type == "text" and before.content.endswith(" ") and before.content.strip():
                    before.content = before.content.rstrip(" ") + CITATION_JOIN
                elif before.type == "link_close" and len(out) >= 3 and _citation(out[-3]):
                    joiner = Token("text", "", 0)
                    joiner.content = WORD_JOINER  # "[8]" and "[9]" stay on one line
                    out.append(joiner)
            out.append(kid)
        token.children = out


WORD_JOINER = "\u2060"
CITATION_JOIN = "\u00a0" + WORD_JOINER
"""What joins a statement's last word to its first citation mark: a no-break space (a space a reader
sees) and a word joiner."""


#: Estimating a table's height on the printed page (brief.css: 8.8pt text at line-height 1.4,
#: 3pt padding and a 1pt rule per row, on an A4 page of 257mm of text): points per row and per
#: further line of a wrapped row, characters of a row that fill one line across the table, and the
#: height under which a table counts as short.
ROW_PT = 19.3
LINE_PT = 12.3
CHARS_PER_LINE = 70
SHORT_PT = 728 * 0.5


def table_height(rows: list[list[str]]) -> float:
    """Points a table of *rows* (each a list of its cells' text) takes at least, roughly: a row
    is as tall as its text wraps (its characters over the table's width, generously)."""
    return sum(ROW_PT + LINE_PT * (max(1, math.ceil(sum(len(cell) for cell in row) / CHARS_PER_LINE)) - 1)
               for row in rows)


def mark_short_tables(tokens: list[Token]) -> None:
    """Give each table short enough to sit whole on part of a page the class "whole" (brief.css
    keeps it on one page: a Key figures table is read as one); a longer one may break between its
    rows, under its repeated head (a long table pushed whole to the next page would leave a gap)."""
    start: Token | None = None
    rows: list[list[str]] = []
    for token in tokens:
        if token.type == "table_open":
            start, rows = token, []
        elif token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and start is not None and rows:
            rows[-1].append(token.content)
        elif token.type == "table_close" and start is not None:
            if table_height(rows) <= SHORT_PT:
                start.attrJoin("class", "whole")
            start = None


def stylesheet(config: Config, *, for_print: bool = False, look: Look | None = None) -> str:
    """brief.css, plus brief-screen.css for the HTML file (WeasyPrint warns on screen media
    queries), then the rules [style] in briefgen.toml asks for."""
    return css(look or look_of(config), for_print=for_print)


def render_html(config: Config, brief: Brief, markdown: str, *, for_print: bool = False, look: Look | None = None,
                toc: bool = False) -> str:
    """A complete HTML document with metadata (title, author, subject, keywords, date, language),
    the workspace's look (*look*, read from the workspace when not given) and, with *toc*, a
    contents list."""
    look = look or look_of(config)
    body = place_charts(markdown_to_html_body(markdown, config, toc=toc), brief)
    meta = brief.meta
    esc = html_lib.escape
    keywords = ", ".join(s.title for s in brief.sections)
    masthead = ""
    if look.logo is not None:
        masthead = (f'<header class="masthead"><img src="{look.logo.data_url}" '
                    f'alt="{esc(meta.organisation or "Logo")}"></header>\n')
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(config.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(meta.title)} \u2014 {esc(meta.audience)} brief</title>\n"
        f'<meta name="author" content="{esc(meta.author or meta.organisation)}">\n'
        f'<meta name="description" content="{esc(meta.subject)}">\n'
        f'<meta name="keywords" content="{esc(keywords)}">\n'
        '<meta name="generator" content="briefgen">\n'
        f'<meta name="dcterms.created" content="{esc(meta.as_of)}T00:00:00Z">\n'
        f'<meta name="dcterms.modified" content="{esc(meta.as_of)}T00:00:00Z">\n'
        f"<style>\n{css(look, for_print=for_print)}</style>\n</head>\n"
        f'<body class="audience-{esc(meta.audience)}">\n{masthead}<main>\n{body}</main>\n</body>\n</html>\n'
    )
