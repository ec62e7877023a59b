"""Markdown -> one self-contained HTML file (styles inline, nothing fetched)."""

from __future__ import annotations

import html as html_lib

from markdown_it import MarkdownIt

from briefgen.audiences import read_text
from briefgen.models import Brief
from briefgen.render.charts import place_charts
from briefgen.workspace import Config


def markdown_to_html_body(markdown: str) -> str:
    """CommonMark + tables. Raw HTML is allowed because source text reaching the
    Markdown is escaped; only briefgen's own anchors are raw HTML."""
    md = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False}).enable("table")
    return md.render(markdown)


def stylesheet(config: Config | None, *, for_print: bool = False) -> str:
    """brief.css, plus brief-screen.css for the HTML file (WeasyPrint warns on screen media queries)."""
    css = read_text(config, "brief.css")
    if not for_print:
        css += "\n" + read_text(config, "brief-screen.css")
    return css


def render_html(config: Config, brief: Brief, markdown: str, *, for_print: bool = False) -> str:
    """A complete HTML document with metadata (title, author, subject, keywords, date, language)."""
    body = place_charts(markdown_to_html_body(markdown), brief)
    meta = brief.meta
    esc = html_lib.escape
    keywords = ", ".join(s.title for s in brief.sections)
    page = f"@page {{ size: {config.page_size}; }}" if for_print else ""
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
        f"<style>\n{stylesheet(config, for_print=for_print)}\n{page}\n</style>\n</head>\n"
        f'<body class="audience-{esc(meta.audience)}">\n<main>\n{body}</main>\n</body>\n</html>\n'
    )
