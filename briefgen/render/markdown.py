"""Brief -> Markdown through Jinja templates found on the workspace's search path.

Templates receive a copy of the Brief in which every string is already
Markdown-escaped (``escaped``), so source text can never inject links, images,
HTML, headings or table breaks into a brief. Filters that build markup
(``cite``, ``anchor``, ``link``) return ``Markup``.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import jinja2
from markupsafe import Markup

from briefgen.audiences import search_path
from briefgen.errors import TemplateError
from briefgen.ingest.clean import displayable
from briefgen.models import Brief
from briefgen.workspace import Config

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>|~])")
_LEADING_MARK = re.compile(r"^([#>+=-])")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LONG_WORD = 60
_LONG_TOKEN = re.compile(r"\S{201,}")
_URL_START = re.compile(r"https?://", re.IGNORECASE)
_MAX_URL = 2000


def _shorten(match: re.Match[str]) -> str:
    """A token too long to lay out (a PDF takes minutes over one of 20,000 characters) with its
    middle visibly elided; the citation still locates the full quote. Web addresses up to the
    common 2,000-character limit stay whole, so links keep working."""
    token = match.group()
    if len(token) <= _MAX_URL and _URL_START.match(token):
        return token
    return f"{token[:120]}…{token[-40:]}"


def escape_md(value: Any) -> str:
    """Plain text -> Markdown that renders as exactly that text, on one line; control and
    bidirectional characters are dropped and a token over 200 characters is elided ("…")."""
    if value is None:
        return ""
    text = re.sub(r"\s+", " ", displayable(str(value))).strip()
    text = _LONG_TOKEN.sub(_shorten, text)
    text = _INLINE_SPECIALS.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    text = re.sub(r"(https?|ftp|file|www)(:|\.)", r"\1\\\2", text, flags=re.IGNORECASE)
    text = _LEADING_MARK.sub(r"\\\1", text)
    return _LEADING_NUMBER.sub(r"\1\\\2", text)


def escaped(value: Any) -> Any:
    """A copy of a Brief (or any dataclass tree) with every string Markdown-escaped.

    Templates receive only this copy, so no template, default or user-written,
    can print source text unescaped."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return Markup(escape_md(value))
    if isinstance(value, tuple):
        return tuple(escaped(v) for v in value)
    if isinstance(value, dict):
        return {k: escaped(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value, **{f.name: escaped(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        )
    return value


def _cite(numbers: Any) -> Markup:
    return Markup("".join(f"[[{int(n)}]](#ev-{int(n)})" for n in numbers))


def _anchor(number: Any) -> Markup:
    return Markup(f'<a id="ev-{int(number)}"></a>')


_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _link(text: Any, url: Any) -> Markup:
    """*text* (already escaped) as a Markdown link to *url* when that is a plain http(s)
    URL; otherwise the text alone. The URL's Markdown-significant characters are
    percent-encoded, so it cannot end the link early or add markup."""
    raw = _UNESCAPE.sub(r"\1", str(url or "")).strip()
    if not _SAFE_URL.fullmatch(raw):
        return Markup(text)
    encoded = raw.replace("(", "%28").replace(")", "%29").replace("[", "%5B").replace("]", "%5D").replace("|", "%7C")
    return Markup(f"[{text}]({encoded})")


def _or_unknown(value: Any) -> str:
    return str(value) if value else "unknown"


def _figure_value(figure: Any) -> str:
    return figure.text if figure else ""


def environment(config: Config | None) -> jinja2.Environment:
    """Jinja environment: workspace templates first, then defaults; `!default/` reaches a default directly."""
    folders = [str(p) for p in search_path(config)]
    default_folder = folders[-1]
    loader = jinja2.ChoiceLoader(
        [
            jinja2.PrefixLoader({"!default": jinja2.FileSystemLoader(default_folder)}, delimiter="/"),
            jinja2.FileSystemLoader(folders),
        ]
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(cite=_cite, anchor=_anchor, link=_link, unknown=_or_unknown, md=escaped,
                       figure=_figure_value)
    return env


def render_markdown(config: Config | None, brief: Brief) -> str:
    """The brief as Markdown; TemplateError naming template:line on a template problem."""
    env = environment(config)
    try:
        template = env.get_template(brief.template)
        view = escaped(brief)
        text = template.render(brief=view, meta=view.meta)
    except jinja2.TemplateNotFound as exc:
        where = ", ".join(str(p) for p in search_path(config))
        raise TemplateError(f"template {exc.name!r} not found (looked in {where}); add it or fix the profile's `template`") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template syntax error: {exc.message}", path=exc.filename or exc.name, line=exc.lineno) from exc
    except jinja2.UndefinedError as exc:
        frame_line = _template_line(exc)
        raise TemplateError(f"template uses an undefined value: {exc.message}", path=frame_line[0], line=frame_line[1]) from exc
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _template_line(exc: BaseException) -> tuple[str | None, int | None]:
    tb = exc.__traceback__
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found
