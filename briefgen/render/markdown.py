"""Brief -> Markdown through Jinja templates found on the workspace's search path.

Templates receive a copy of the Brief in which every string is already
Markdown-escaped (``escaped``), so source text can never inject links, images,
HTML, headings or table breaks into a brief. Filters that build markup
(``cite``, ``anchor``, ``link``) return ``Markup``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from briefgen import __version__
from briefgen.audiences import contained, search_path
from briefgen.errors import TemplateError
from briefgen.ingest.clean import LINE_END_HYPHEN, displayable, typeset
from briefgen.models import Brief
from briefgen.workspace import Config

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>|~])")
_LEADING_MARK = re.compile(r"^([#>+=-])")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])(?=\s|$)")  # "21. " opens a list; "21.6" does not
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
    bidirectional characters are dropped, wire copy's typewriter quotes and dashes are typeset
    (`clean.typeset`), a word hyphenated across a hard-wrapped line is joined ("Reilly-Vance") and a
    token over 200 characters is elided ("…")."""
    if value is None:
        return ""
    text = typeset(re.sub(r"\s+", " ", LINE_END_HYPHEN.sub("", displayable(str(value)))).strip())
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


_OPENING_QUOTE = re.compile(r'(^|(?<=[\s(\[\u2014\u2013/-]))"')


def _nested(quote: Any) -> Markup:
    """An (already escaped) quotation's own double quotes as single ones, for printing it
    inside “...”: a source's "We will not sign," she said reads ‘We will not sign,’ she
    said, as print nests quotations, instead of “"We will not sign," she said”."""
    text = str(quote)
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return Markup(text)
    text = _OPENING_QUOTE.sub("\u2018", text)
    text = text.replace('"', "\u2019").replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    return Markup(text)


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


def _numerals(text: Any) -> str:
    """A figure as a table shows it: a count written in words in digits ("Three people" -> "3 people")."""
    from briefgen.notes.figures import in_numerals

    return in_numerals(str(text))


class _WorkspaceLoader(jinja2.BaseLoader):
    """Templates from the search path, workspace first; ``!default/NAME`` reaches a default
    directly. A template file is checked before it is read: a symlink leading outside the
    workspace, a FIFO or a non-UTF-8 file is a one-line TemplateError naming it."""

    def __init__(self, config: Config | None) -> None:
        self.config = config
        self.folders = search_path(config)

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        folders = self.folders
        name = template
        if template.startswith("!default/"):
            folders, name = self.folders[-1:], template.removeprefix("!default/")
        pieces = split_template_path(name)
        for folder in folders:
            candidate = folder.joinpath(*pieces)
            found = contained(self.config, folder, candidate)
            if found is None:
                continue
            shown = _shown(self.config, str(candidate))
            try:
                source = found.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                raise TemplateError("not UTF-8 text; re-save it as UTF-8", path=shown) from None
            except OSError as exc:
                raise TemplateError(f"cannot read the template ({exc.strerror})", path=shown) from None
            mtime = found.stat().st_mtime
            return source, str(candidate), lambda found=found, mtime=mtime: found.exists() and found.stat().st_mtime == mtime
        raise jinja2.TemplateNotFound(template)


#: Parse trees and code of templates compiled in this process (see _Sandbox), at most _COMPILED_MAX.
_COMPILED: dict[tuple[Any, ...], Any] = {}
_COMPILED_MAX = 256


def _kept(key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
    """_COMPILED[key], made (and kept) when missing; an error while making it is not kept."""
    found = _COMPILED.get(key)
    if found is None:
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.clear()
        found = _COMPILED.setdefault(key, make())
    return found

#: Largest string or list a template may build with ``*`` and largest power with ``**``:
#: far above anything a brief needs, far below what would exhaust memory.
_MAX_REPEAT = 1_000_000
_MAX_EXPONENT_BITS = 4096
#: Largest text one template may give (characters): briefs are a few hundred kilobytes.
_MAX_OUTPUT = 50_000_000
#: A width or precision in a format string (``%9999999d``, ``{:>9999999}``): its digits.
_FORMAT_WIDTHS = re.compile(r"%[-#0 +]*(\d*)(?:\.(\d+))?|\{[^{}]*?:[^{}]*?(\d+)(?:\.(\d+))?[^{}]*\}")
#: Methods of str whose integer argument is the length of the text they make.
_PADDING = frozenset({"ljust", "rjust", "center", "zfill", "expandtabs"})


def _check_widths(fmt: Any) -> None:
    """Refuses a format string that pads a value to more than _MAX_REPEAT characters."""
    if isinstance(fmt, str):
        for match in _FORMAT_WIDTHS.finditer(fmt):
            if any(group and int(group) > _MAX_REPEAT for group in match.groups()):
                raise SecurityError(f"a format width over {_MAX_REPEAT:,} characters")


def _check_counts(args: Any, kwargs: Any) -> None:
    """Refuses an integer argument that asks for more than _MAX_REPEAT characters."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and value > _MAX_REPEAT:
            raise SecurityError(f"a width over {_MAX_REPEAT:,} characters")


def _bounded_filter(filter_: Callable[..., Any], width_args: bool, fmt: bool = False) -> Callable[..., Any]:
    """A text filter (center, indent, format) refusing widths that would exhaust memory."""
    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        if width_args:
            _check_counts(args, kwargs)
        if fmt:
            _check_widths(value)
        return filter_(value, *args, **kwargs)
    return bounded


class _OutputTooLong(SecurityError):
    """Raised when a template's text passes _MAX_OUTPUT characters."""


def _bounded_output(parts: Iterator[str]) -> str:
    """The template's pieces joined, stopping once they pass _MAX_OUTPUT characters."""
    out: list[str] = []
    size = 0
    for part in parts:
        size += len(part)
        if size > _MAX_OUTPUT:
            raise _OutputTooLong(f"output over {_MAX_OUTPUT:,} characters")
        out.append(part)
    return "".join(out)

#: Seconds one template may take to render: a brief renders in well under a second, so only a
#: template that loops without end (nested loops over large ranges) reaches it.
RENDER_SECONDS = 10.0


class _TooLong(Exception):
    """Raised inside a template's rendering when it has run longer than RENDER_SECONDS."""


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Stop what runs inside with _TooLong after *seconds* (a timer signal; in the main thread
    only, where Python delivers signals; elsewhere nothing is limited)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise _TooLong

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox (no access to Python internals, so no code run and no file read from a
    workspace template) with ``*`` and ``**`` bounded.

    A template's parse tree and compiled code are kept for the process (keyed by its source,
    name, file and the settings that shape the code): every build makes a fresh environment,
    and compiling the same templates again for each audience and each build was a fifth of a
    warm build. Code is made from the template's text only, so the same text gives the same code."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def _shape(self) -> tuple[Any, ...]:
        return (type(self), self.block_start_string, self.block_end_string, self.variable_start_string,
                self.variable_end_string, self.comment_start_string, self.comment_end_string,
                self.line_statement_prefix, self.line_comment_prefix, self.trim_blocks, self.lstrip_blocks,
                self.newline_sequence, self.keep_trailing_newline, self.optimized, self.autoescape, self.finalize,
                frozenset(self.filters), frozenset(self.tests), frozenset(self.extensions))

    def parse(self, source: str, name: str | None = None, filename: str | None = None) -> nodes.Template:
        key = ("parse", source, name, filename, self._shape())
        return _kept(key, lambda: super(_Sandbox, self).parse(source, name, filename))  # type: ignore[no-any-return]

    def compile(  # type: ignore[override]
        self, source: str | nodes.Template, name: str | None = None, filename: str | None = None,
        raw: bool = False, defer_init: bool = False,
    ) -> Any:
        if raw or not isinstance(source, str):
            return super().compile(source, name, filename, raw, defer_init)  # type: ignore[call-overload]
        key = ("code", source, name, filename, defer_init, self._shape())
        return _kept(key, lambda: super(_Sandbox, self).compile(source, name, filename, raw, defer_init))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(count, int) and len(seq) * count > _MAX_REPEAT:
                    raise SecurityError(f"a repetition over {_MAX_REPEAT:,} items")
        if operator == "%" and isinstance(left, str):
            _check_widths(left)
            if "*" in left:  # a width given as an argument: '%*d' % (width, value)
                _check_counts(right if isinstance(right, tuple) else (right,), {})
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and abs(left) > 1 and right * max(abs(left).bit_length(), 1) > _MAX_EXPONENT_BITS:
                raise SecurityError("a power too large to compute")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's own signature
        """Refuses str padding to a width, or a format string with a width, that would exhaust memory."""
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            name = getattr(__obj, "__name__", "")
            if name in _PADDING:
                _check_counts(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` as Jinja sandboxes it, refusing a width that would exhaust memory."""
        fmt = getattr(value, "__self__", None) if getattr(value, "__name__", "") in ("format", "format_map") else None
        _check_widths(fmt)
        wrapped = super().wrap_str_format(value)
        if wrapped is None or not re.search(r"\{[^{}]*:[^{}]*\{", str(fmt)):
            return wrapped
        inner = wrapped

        def nested(*args: Any, **kwargs: Any) -> str:  # a width given as an argument: {0:>{1}}
            mapping = args[0] if args and isinstance(args[0], dict) else {}
            _check_counts((*args, *mapping.values()), kwargs)
            return inner(*args, **kwargs)
        return nested


def _long_date(iso: Any) -> str:
    """An ISO date as "6 March 2026" (the text unchanged when it is not one)."""
    from briefgen.window import long_date

    return long_date(str(iso)) if iso else ""


def environment(config: Config | None) -> jinja2.Environment:
    """Sandboxed Jinja environment: workspace templates first, then defaults; `!default/`
    reaches a default directly."""
    env = _Sandbox(
        loader=_WorkspaceLoader(config),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(cite=_cite, anchor=_anchor, link=_link, unknown=_or_unknown, md=escaped,
                       figure=_figure_value, long_date=_long_date, nested=_nested,
                       numerals=_numerals)
    env.filters.update(center=_bounded_filter(env.filters["center"], True),
                       indent=_bounded_filter(env.filters["indent"], True),
                       format=_bounded_filter(env.filters["format"], False, fmt=True))
    env.globals["briefgen_version"] = __version__
    return env


def render_markdown(config: Config | None, brief: Brief) -> str:
    """The brief as Markdown; a one-line TemplateError naming template:line on any template
    problem (syntax, undefined value, forbidden access, a runtime error, endless recursion)."""
    view = escaped(brief)
    return render_template(config, brief.template, brief=view, meta=view.meta)


def render_template(config: Config | None, name: str, **context: Any) -> str:
    """Template *name* rendered with *context* (values already escaped) as Markdown; a one-line
    TemplateError naming template:line on any template problem."""
    env = environment(config)
    try:
        _check_inheritance(config, env, name)
        template = env.get_template(name)
        with _time_limit(RENDER_SECONDS):
            text = _bounded_output(template.generate(**context))
    except TemplateError:
        raise
    except _TooLong as exc:
        raise _at_line(config, exc, f"the template ran for over {RENDER_SECONDS:g} s; remove the loop that runs without end") from exc
    except jinja2.TemplateNotFound as exc:
        if _template_line(exc)[0] is not None:  # an include, import or extends inside a template
            raise _at_line(config, exc, f"includes {str(exc.name)[:120]!r}, which is not a template in the templates "
                           "folder (names leading out of it are never read); fix the name") from exc
        where = ", ".join(str(p) for p in search_path(config))
        raise TemplateError(f"template {exc.name!r} not found (looked in {where}); add it or fix the profile's `template`") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template syntax error: {exc.message}",
                            path=_shown(config, exc.filename or exc.name), line=exc.lineno) from exc
    except _OutputTooLong as exc:
        raise TemplateError(f"refused by the template sandbox ({exc}); remove the loop or value that prints so much",
                            path=_shown(config, template.filename or name)) from exc
    except SecurityError as exc:
        raise _at_line(config, exc, f"refused by the template sandbox ({str(exc).rstrip('.')}); a template may only read the brief's values") from exc
    except jinja2.UndefinedError as exc:
        raise _at_line(config, exc, f"template uses an undefined value: {exc.message}") from exc
    except RecursionError as exc:
        compiling = _compiling(exc)
        if compiling is not None:  # the parser or compiler, not the template's own calls, ran out of stack
            raise TemplateError(_TOO_DEEP, path=_shown(config, compiling)) from exc
        raise _at_line(config, exc, "a template or macro calls itself without end; remove the recursion") from exc
    except MemoryError as exc:
        raise _at_line(config, exc, "the template ran out of memory; remove what builds huge values") from exc
    except Exception as exc:  # noqa: BLE001 - any error a template's own expressions raise
        raise _at_line(config, exc, f"template error: {type(exc).__name__}: {exc}; fix the expression") from exc
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _check_inheritance(config: Config | None, env: jinja2.Environment, name: str) -> None:
    """Two mistakes in a template's ``{% extends %}`` chain, as one line naming template:line,
    before rendering: a chain that comes back to itself (an override extending its own name
    instead of ``!default/NAME``; Jinja would recurse until Python's stack runs out), and a
    block the parents do not define (Jinja would ignore it silently: a misspelled block name
    left the brief unchanged)."""
    assert env.loader is not None
    chain: list[tuple[str, nodes.Template]] = []  # (file, parsed) from the template up
    while True:
        source, filename, _ = env.loader.get_source(env, name)
        try:
            tree = env.parse(source, name, filename)
        except jinja2.TemplateSyntaxError:
            break  # reported with its line when the template is loaded
        except RecursionError as exc:
            raise TemplateError(_TOO_DEEP, path=_shown(config, filename)) from exc
        chain.append((str(filename), tree))
        extends = next(iter(_find_all(config, str(filename), tree, nodes.Extends)), None)
        if extends is None or not isinstance(extends.template, nodes.Const):
            break
        parent = str(extends.template.value)
        try:
            _, parent_file, _ = env.loader.get_source(env, parent)
        except jinja2.TemplateNotFound:
            break  # reported when the template is loaded
        if parent_file in [f for f, _ in chain]:
            hint = (f'write {{% extends "!default/{parent}" %}} to build on the default'
                    if not parent.startswith("!default/") else "remove the cycle")
            raise TemplateError(f"the template extends itself ({parent!r}); {hint}",
                                path=_shown(config, filename), line=extends.lineno)
        name = parent
    for index, (filename, tree) in enumerate(chain[:-1]):
        offered = {block.name for parent_file, parent_tree in chain[index + 1:]
                   for block in _find_all(config, parent_file, parent_tree, nodes.Block)}
        try:
            top = _top_blocks(tree)
        except RecursionError as exc:
            raise TemplateError(_TOO_DEEP, path=_shown(config, filename)) from exc
        for block in top:
            if block.name not in offered:
                raise TemplateError(
                    f"block {block.name!r} is not a block of the template it extends, so it would change "
                    f"nothing; use one of: {', '.join(sorted(offered))} (`briefgen templates` lists them)",
                    path=_shown(config, filename), line=block.lineno)


_TOO_DEEP = "template nested too deeply to read (blocks, brackets or filters inside one another); flatten it"


def _find_all(config: Config | None, filename: str, tree: nodes.Node, kind: type[nodes.Node]) -> list[Any]:
    """Every node of *kind* in *tree* (template *filename*); a TemplateError naming the file when
    the tree is nested too deeply to walk."""
    try:
        return list(tree.find_all(kind))
    except RecursionError as exc:
        raise TemplateError(_TOO_DEEP, path=_shown(config, filename)) from exc


def _top_blocks(tree: nodes.Node) -> list[nodes.Block]:
    """The blocks of *tree* not nested in another block (those are the overrides)."""
    found: list[nodes.Block] = []
    for child in tree.iter_child_nodes():
        if isinstance(child, nodes.Block):
            found.append(child)
        else:
            found.extend(_top_blocks(child))
    return found


def _shown(config: Config | None, filename: str | None) -> str | None:
    """A template file as the analyst knows it: relative to the workspace when it is there."""
    if filename is None or config is None:
        return filename
    path = Path(filename)
    for folder in search_path(config)[:1]:
        if path.is_relative_to(folder) and folder != search_path(None)[-1]:
            return "templates/" + path.relative_to(folder).as_posix()
    return filename


def _at_line(config: Config | None, exc: BaseException, message: str) -> TemplateError:
    filename, line = _template_line(exc)
    return TemplateError(message.replace("\n", " "), path=_shown(config, filename), line=line)


def _compiling(exc: BaseException) -> str | None:
    """The file (else the name) of the template Jinja was parsing or compiling when *exc* was
    raised; None when it was raised while rendering."""
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        # Jinja drops its own frames from a traceback raised while rendering, so _Sandbox's count too.
        if frame.f_code.co_name in ("compile", "parse") and frame.f_code.co_filename in (jinja2.environment.__file__,
                                                                                         __file__):
            return str(frame.f_locals.get("filename") or frame.f_locals.get("name") or "")
        tb = tb.tb_next
    return None


def _template_line(exc: BaseException) -> tuple[str | None, int | None]:
    tb = exc.__traceback__
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found
