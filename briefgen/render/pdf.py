"""HTML -> PDF with WeasyPrint: tagged (PDF/UA-1) by default, nothing fetched.

The laid-out pages are looked at before they are written, and laid out once more when a reader
would see a hole or a stray page (`relayout`): a page left more than a quarter empty because a table
kept whole (brief.css `table.whole`) went over to the next page lets that table break between its
rows (its head repeats); a last page holding only a few lines (the end of the Method paragraph) is
tried again with tighter spacing and the back matter (evidence, Sources, Method) in smaller print,
the body's type unchanged. The second layout is kept only when it is
better by that measure.

WeasyPrint is imported here only, so `--help` and Markdown-only builds stay fast.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.errors import RenderError

VARIANTS = {"ua-1": "pdf/ua-1", "a-3b": "pdf/a-3b", "none": None}


def _refusing_fetcher() -> Any:
    from weasyprint.urls import URLFetcher

    class RefusingFetcher(URLFetcher):  # type: ignore[misc]
        """Serves data: URLs only; every other request (network or file) is refused."""

        blocked: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            RefusingFetcher.blocked.append(url)
            raise ValueError(f"briefgen does not fetch {url!r}")

    return RefusingFetcher()


def _weasyprint() -> Any:
    """The weasyprint module, imported with library look-ups answered from the linker cache.

    WeasyPrint loads Pango & co. through cffi, which asks ctypes.util.find_library for each
    of several names per library; every name that is not the one installed (Windows and
    macOS spellings are tried first) costs a gcc and an ld run: about 20 processes and
    most of a second per build. Here a name is looked up in `ldconfig -p` only, ctypes'
    own first step. Should that leave WeasyPrint without a library (one installed outside
    the linker cache), the import is redone with ctypes' full search, as WeasyPrint does it."""
    import ctypes.util
    import sys

    if "weasyprint" in sys.modules:
        return sys.modules["weasyprint"]
    full = ctypes.util.find_library
    cached = getattr(ctypes.util, "_findSoname_ldconfig", None)
    if cached is None:  # not Linux: ctypes searches its own way
        import weasyprint

        return weasyprint
    ctypes.util.find_library = cached
    try:
        import weasyprint
    except OSError:
        for name in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
            del sys.modules[name]
        ctypes.util.find_library = full
        import weasyprint
    finally:
        ctypes.util.find_library = full
    return weasyprint


#: A page (not the last) whose content ends more than this share of its height above its foot has a hole.
HOLE_SHARE = 0.25
#: A last page whose content takes less than this share of its height is a stray page.
STRAY_SHARE = 0.2
#: A last page holding only back matter (headings with these ids and what follows them) and
#: less than this share of its height is a stray page too.
BACK_MATTER_SHARE = 0.55
BACK_MATTER_IDS = frozenset({"sec-evidence", "sec-sources", "sec-method"})
#: Tighter print when the last page is stray: the space between paragraphs, list items, tables and
#: under headings closes up everywhere; the back matter (the evidence list, Sources and Method) is
#: also set a little smaller, as endnotes are. The body's statements, tables and headings keep their
#: type: a page is never bought with a smaller body, and content is cut (render.fit) only when
#: this is not enough for the profile's max_pages.
TIGHT_TAIL_CSS = (
    "<style>h1 { margin: 0 0 0.15em; } h2 { margin: 0.7em 0 0.25em; } p { margin: 0.4em 0; }"
    " li { margin: 0.1em 0; } ul { margin: 0.15em 0; } table { margin: 0.25em 0 0.5em; }"
    " section.evidence p { font-size: 7.5pt; line-height: 1.2; margin: 0.1em 0; }"
    " section.sources li, section.sources td, h2#sec-sources + ul li { font-size: 8pt; line-height: 1.25; margin: 0.1em 0; }"
    " h2#sec-method ~ p { font-size: 7.5pt; line-height: 1.25; }"
    " h2#sec-evidence, h2#sec-sources, h2#sec-method { margin: 0.6em 0 0.25em; }</style>"
)
_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "p", "ul", "ol", "table", "figure", "nav", "pre", "blockquote", "div"})


@dataclass(frozen=True)
class _Block:
    """A block a page holds, in reading order."""

    tag: str
    """Its element's tag name."""
    element: Any
    """Its element in the parsed document."""
    bottom: float
    """Where its border box ends on the page (CSS px)."""


@dataclass(frozen=True)
class _Page:
    """What one laid-out page holds."""

    blocks: tuple[_Block, ...]
    """Its outermost blocks of the listed kinds, in reading order."""
    top: float
    """Where its content area starts (CSS px)."""
    height: float
    """Its content area's height (CSS px)."""

    def filled(self) -> float:
        """The share of the content area above the foot of its lowest block."""
        if not self.blocks:
            return 0.0
        return (max(block.bottom for block in self.blocks) - self.top) / self.height


def _blocks_of(parent: Any, blocks: list[_Block]) -> None:
    """Add the outermost blocks of the listed kinds under box *parent* to *blocks*, in order."""
    for child in getattr(parent, "children", ()):
        tag = getattr(child, "element_tag", "")
        if tag in _BLOCKS and child.element is not None and not child.is_absolutely_positioned():
            bottom = child.position_y + child.margin_height() - child.margin_bottom
            if not blocks or blocks[-1].element is not child.element:
                blocks.append(_Block(tag, child.element, bottom))
        elif tag not in _BLOCKS:
            _blocks_of(child, blocks)


def _pages(document: Any) -> list[_Page]:
    pages = []
    for page in document.pages:
        box = page._page_box
        blocks: list[_Block] = []
        _blocks_of(box, blocks)
        pages.append(_Page(tuple(blocks), box.content_box_y(), box.height))
    return pages


def holes(pages: list[_Page]) -> int:
    """Pages before the last with more than HOLE_SHARE of their height empty at the foot."""
    return sum(1 for page in pages[:-1] if page.blocks and 1 - page.filled() > HOLE_SHARE)


def _back_matter(block: _Block) -> bool:
    """Whether *block* opens the back matter (the evidence list, Sources or Method)."""
    return block.tag == "h2" and block.element.get("id") in BACK_MATTER_IDS


def stray_end(pages: list[_Page]) -> bool:
    """True when the last of several pages holds under STRAY_SHARE of a page, or holds only
    back matter (it opens with the evidence list, Sources or Method, or they began on an earlier
    page) and under BACK_MATTER_SHARE of a page: a page a reader turns to for no statement."""
    if len(pages) < 2:
        return False
    filled = pages[-1].filled()
    if filled < STRAY_SHARE:
        return True
    if filled >= BACK_MATTER_SHARE or not pages[-1].blocks:
        return False
    return _back_matter(pages[-1].blocks[0]) or any(_back_matter(block) for page in pages[:-1] for block in page.blocks)


def _whole_tables_moved(pages: list[_Page]) -> list[Any]:
    """The tables kept whole that open a page after a page with a hole (under their heading)."""
    moved = []
    for before, page in zip(pages, pages[1:], strict=False):
        if not page.blocks or 1 - before.filled() <= HOLE_SHARE:
            continue
        opening = [block for block in page.blocks[:3] if block.tag in ("table", "h2", "h3", "h4")]
        for block in opening:
            if block.tag == "table":
                if "whole" in (block.element.get("class") or "").split():
                    moved.append(block.element)
                break
    return moved


def _unwhole(html: str, indices: set[int]) -> str:
    """*html* with the class "whole" taken from its tables at *indices* (in document order)."""
    count = -1

    def one(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count not in indices:
            return match.group(0)
        return re.sub(r'\sclass="whole"|(?<=class=")whole\s+|\s+whole(?=[\s"])', "", match.group(0), count=1)

    return re.sub(r"<table\b[^>]*>", one, html)


@dataclass(frozen=True)
class Relayout:
    """What the second layout of a page set changes (`relayout`)."""

    unwhole: tuple[int, ...]
    """Tables (their indices in document order) that lose the class "whole" and may break."""
    tight: bool
    """Whether the spacing is tightened and the back matter set smaller (TIGHT_TAIL_CSS)."""

    def apply(self, html: str) -> str:
        """*html* changed so."""
        if self.unwhole:
            html = _unwhole(html, set(self.unwhole))
        if self.tight:
            html = html.replace("</head>", TIGHT_TAIL_CSS + "</head>", 1)
        return html


def relayout(root: Any, pages: list[_Page]) -> Relayout | None:
    """The change to try for a layout of *pages* (of the document *root*) that a reader would
    see with a hole or a stray last page, or None: tables kept whole that left a hole may break;
    a stray last page tightens the spacing and the back matter's print."""
    moved = _whole_tables_moved(pages)
    stray = stray_end(pages)
    if not moved and not stray:
        return None
    tables = list(root.iter("table")) if moved else []
    return Relayout(tuple(sorted({tables.index(table) for table in moved if table in tables})), stray)


def _score(pages: list[_Page]) -> tuple[int, int, int]:
    return len(pages), holes(pages), int(stray_end(pages))


def _lay_out(html: str, options: dict[str, Any]) -> tuple[Any, Relayout | None, bool]:
    """The WeasyPrint document of *html* or of its relaid HTML when that leaves fewer pages,
    holes or stray last pages; the change kept (None: none), and whether a second layout was tried."""
    weasyprint = _weasyprint()
    fetcher = _refusing_fetcher()
    source = weasyprint.HTML(string=html, base_url=None, url_fetcher=fetcher)
    document = source.render(**options)
    pages = _pages(document)
    change = relayout(source.etree_element, pages)
    if change is None:
        return document, None, False
    second = weasyprint.HTML(string=change.apply(html), base_url=None, url_fetcher=fetcher).render(**options)
    if _score(_pages(second)) < _score(pages):
        return second, change, True
    return document, None, True


def lay_out(html: str, **options: Any) -> Any:
    """The WeasyPrint document of *html*, laid out again (`relayout`) when that leaves fewer pages,
    holes or stray last pages."""
    return _lay_out(html, options)[0]


#: The layout choices remembered in a workspace's cache folder: for an HTML whose first layout
#: was tried again (`relayout`), which of the two was kept, so that an unchanged rebuild lays the
#: brief out once, as the one kept (the same document, so the same PDF bytes).
LAYOUT_CACHE = "pdf-layout.json"
LAYOUT_CACHE_SIZE = 200


def layout_key(html: str, options: dict[str, Any]) -> str:
    """What decides the layout: the HTML (stylesheet inlined), the PDF options, the versions
    of WeasyPrint and its PDF writer, and the second layout's rules (TIGHT_TAIL_CSS)."""
    import hashlib
    import json

    payload = json.dumps([html, sorted(options.items(), key=str), _renderer_versions(), TIGHT_TAIL_CSS,
                          STRAY_SHARE, BACK_MATTER_SHARE], default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


@functools.lru_cache(maxsize=1)
def _renderer_versions() -> list[str]:
    """The versions of WeasyPrint and pydyf, read once per process (a build asks per layout)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return [version("weasyprint"), version("pydyf")]
    except PackageNotFoundError:  # pragma: no cover - not installed as a distribution
        return [getattr(_weasyprint(), "__version__", "")]


def _read_choices(path: Path) -> dict[str, Any]:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remembered(entry: Any) -> Relayout | None | bool:
    """The change an entry remembers (None: the first layout was kept), or False when it is not one."""
    if entry is False:
        return False
    if entry is None:
        return None
    if (isinstance(entry, dict) and isinstance(entry.get("tight"), bool) and isinstance(entry.get("unwhole"), list)
            and all(isinstance(i, int) and not isinstance(i, bool) for i in entry["unwhole"])):
        return Relayout(tuple(entry["unwhole"]), entry["tight"])
    return False


def remembered(cache_dir: Path | None, key: str) -> Any:
    """What *remember* stored under *key* in *cache_dir* (LAYOUT_CACHE); False when nothing is."""
    if cache_dir is None:
        return False
    return _read_choices(cache_dir / LAYOUT_CACHE).get(key, False)


def remember(cache_dir: Path | None, key: str, value: Any) -> None:
    """Store *value* (JSON) under *key* in *cache_dir* (LAYOUT_CACHE), the newest of its
    LAYOUT_CACHE_SIZE entries; a cache only: a folder that cannot be written is passed over."""
    if cache_dir is None:
        return
    import json

    from briefgen.workspace import atomic_write

    path = cache_dir / LAYOUT_CACHE
    choices = _read_choices(path)  # as it is now (another build may have written it)
    choices.pop(key, None)
    choices[key] = value
    try:
        atomic_write(path, json.dumps(dict(list(choices.items())[-LAYOUT_CACHE_SIZE:])))
    except OSError:
        pass


def _laid_out(html: str, options: dict[str, Any], cache_dir: Path | None) -> Any:
    """`lay_out`, remembering in *cache_dir* (LAYOUT_CACHE) which layout was kept when two were
    tried, and laying out only that one when the same HTML comes again."""
    key = layout_key(html, options)
    known = _remembered(remembered(cache_dir, key))
    if known is not False:
        again = known.apply(html) if isinstance(known, Relayout) else html
        return _weasyprint().HTML(string=again, base_url=None, url_fetcher=_refusing_fetcher()).render(**options)
    document, change, tried = _lay_out(html, options)
    if tried:
        remember(cache_dir, key, None if change is None else {"unwhole": list(change.unwhole), "tight": change.tight})
    return document


def render_pdf_pages(html: str, *, standard: str = "ua-1", cache_dir: Path | None = None) -> tuple[bytes, int]:
    """PDF bytes for *html* and its number of pages; deterministic for the same input (dates
    come from the HTML's meta). With *cache_dir* (a workspace's cache folder), which layout was
    kept is remembered there, so the same HTML is laid out once next time (the same bytes)."""
    try:
        _weasyprint()
    except ImportError as exc:  # pragma: no cover - install problem
        raise RenderError("WeasyPrint is not installed; run `make setup` (see README)") from exc
    options: dict[str, Any] = {"pdf_tags": standard == "ua-1", "custom_metadata": True}
    variant = VARIANTS.get(standard)
    if variant:
        options["pdf_variant"] = variant
    try:
        document = _laid_out(html, options, cache_dir)
        data = document.write_pdf(pdf_identifier=b"briefgen", **options)
    except Exception as exc:
        raise RenderError(f"PDF rendering failed: {exc}") from exc
    if not isinstance(data, bytes):
        raise RenderError("PDF rendering returned no data")
    return data, len(document.pages)
