"""Section anchors and the contents list of long briefs, shared by the HTML, PDF and DOCX.

    tokens(config, markdown, toc=...) -> markdown-it tokens: every section heading (levels 2
        and 3) carries an id; with *toc*, templates/toc.md.j2's list of them comes before the
        first section
    wanted(mode, pages=..., markdown=...) -> whether a brief gets the list

The rule: a brief gets a contents list when it is longer than two pages. When the build makes
a PDF (or fits the brief to pages), that PDF decides: it has the list exactly when it runs past
two pages (laid out with the list when the words say the brief is long, again without it if it
then fits in two, or with it if a brief the words called short runs past two). Otherwise (HTML
or DOCX alone) the words of the Markdown decide, at WORDS_PER_PAGE a page. ``[style] toc =
"always"`` or ``"never"`` overrides the rule. The Markdown brief never carries the list (its
readers have their own outline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefgen.workspace import Config

LONGER_THAN_PAGES = 2
#: Words of a brief's Markdown that fill an A4 page in the default stylesheet, measured on the
#: example briefs (statements, evidence entries and the sources table together).
WORDS_PER_PAGE = 430
TOC_LEVELS = (2, 3)
#: The key in ``Token.meta`` marking the tokens of the contents list.
LISTING = "toc"


@dataclass(frozen=True)
class Heading:
    """A section heading, as the contents list shows it."""

    title: str
    """Its text."""
    id: str
    """Its anchor (sec-...)."""
    level: int
    """2 for a section, 3 for a part of one."""


def parser() -> MarkdownIt:
    """CommonMark with tables; raw HTML passes (source text reaching the Markdown is escaped;
    only briefgen's own markup is raw HTML)."""
    return MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False}).enable("table")


def tokens(config: Config | None, markdown: str, *, toc: bool) -> list[Token]:
    """*markdown* parsed, section headings given ids, and with *toc* the contents list
    (templates/toc.md.j2) before the first section."""
    md = parser()
    parsed = md.parse(markdown)
    headings = mark_headings(parsed)
    if not toc or not headings:
        return parsed
    from briefgen.render.markdown import escaped, render_template

    listing = md.parse(render_template(config, "toc.md.j2", headings=escaped(tuple(headings))))
    for token in listing:
        token.meta[LISTING] = True  # the DOCX writes a Word contents field in place of the list
    first = next(i for i, token in enumerate(parsed) if token.type == "heading_open" and token.attrGet("id"))
    return parsed[:first] + listing + parsed[first:]


def mark_headings(parsed: list[Token]) -> list[Heading]:
    """Give each heading of TOC_LEVELS an id (``sec-`` and its words, unique) and return them."""
    headings: list[Heading] = []
    taken: set[str] = set()
    for index, token in enumerate(parsed):
        if token.type != "heading_open" or int(token.tag[1:]) not in TOC_LEVELS:
            continue
        title = _plain(parsed[index + 1])
        slug = "sec-" + (re.sub(r"[^\w]+", "-", title.casefold(), flags=re.ASCII).strip("-")[:40].strip("-") or "part")
        anchor, number = slug, 2
        while anchor in taken:
            anchor, number = f"{slug}-{number}", number + 1
        taken.add(anchor)
        token.attrSet("id", anchor)
        headings.append(Heading(title=title, id=anchor, level=int(token.tag[1:])))
    return headings


def marked_headings(parsed: list[Token]) -> list[Heading]:
    """The headings mark_headings gave ids, in order (not those of the contents list itself)."""
    return [Heading(title=_plain(parsed[index + 1]), id=str(token.attrGet("id")), level=int(token.tag[1:]))
            for index, token in enumerate(parsed)
            if token.type == "heading_open" and token.attrGet("id") and not token.meta.get(LISTING)
            and int(token.tag[1:]) in TOC_LEVELS]


def _plain(inline: Token) -> str:
    return "".join(child.content for child in inline.children or [] if child.type in ("text", "code_inline")).strip()


_MARKUP = re.compile(r"<[^>]*>|\]\([^)]*\)")
_WORD = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*")


def estimated_pages(markdown: str) -> float:
    """Pages the brief would fill, from its words (tags and link targets not counted)."""
    return len(_WORD.findall(_MARKUP.sub(" ", markdown))) / WORDS_PER_PAGE


def wanted(mode: str, *, pages: int, markdown: str) -> bool:
    """Whether the brief gets a contents list: *mode* always/never, or (auto) when it is longer
    than two pages: *pages* of its PDF, or when no PDF was laid out (pages 0), as estimated from
    *markdown*."""
    if mode != "auto":
        return mode == "always"
    return (pages or estimated_pages(markdown)) > LONGER_THAN_PAGES
