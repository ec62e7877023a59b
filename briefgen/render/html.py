"""Markdown -> one self-contained HTML file (styles and images inline, nothing fetched)."""

from __future__ import annotations

import html as html_lib

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
    return str(parser.renderer.render(contents.tokens(config, markdown, toc=toc), parser.options, {}))


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
