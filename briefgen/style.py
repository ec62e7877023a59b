"""Your own look: ``[style]`` of briefgen.toml made into what the renderers use.

    look(config) -> Look      the logo read and checked, fonts checked, the stylesheets
                              with their workspace images inlined, and warnings
    css(look, for_print=...)  the stylesheet of the HTML and PDF: brief.css (the workspace's
                              or the default), then a small override written from [style]

Images are read only from inside the workspace and go into the outputs as data (a data: URL
in HTML and PDF, a picture part in DOCX); nothing is ever fetched. A logo that cannot be used
is an error naming briefgen.toml and the line; an image a workspace stylesheet names that
cannot be used is a warning naming the stylesheet and line (the rest of the style still applies).
"""

from __future__ import annotations

import base64
import functools
import io
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from briefgen.audiences import find_file, read_text
from briefgen.errors import ConfigError
from briefgen.workspace import CONFIG_NAME, DEFAULT_TEMPLATES, Config

MAX_IMAGE_BYTES = 2 * 1024 * 1024
#: Pixels high of the PNG an SVG logo is drawn as for the DOCX (a 10 mm logo at 600 dpi).
SVG_FALLBACK_HEIGHT = 240
#: Font families CSS always has; never looked up.
GENERIC_FONTS = frozenset({"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"})


@dataclass(frozen=True)
class Image:
    """An image read from the workspace, checked."""

    data: bytes
    """The file's bytes."""
    mime: str
    """image/png, image/jpeg or image/svg+xml."""

    @property
    def data_url(self) -> str:
        """The image as a ``data:`` URL (for HTML and PDF)."""
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


@dataclass(frozen=True)
class Look:
    """What the renderers need of the workspace's look."""

    page_size: str
    """A4 or Letter."""
    margins: tuple[float, float, float, float] | None
    """Page margins in mm (top, right, bottom, left); None: the stylesheet's."""
    accent: str
    """"#rrggbb" for headings and links; "": the stylesheet's."""
    body_font: str
    """Font family of the text, installed; "": the stylesheet's."""
    heading_font: str
    """Font family of headings, installed; "": the stylesheet's."""
    logo: Image | None
    """The logo, or None."""
    toc: str
    """auto, always or never."""
    print_css: str
    """brief.css (the workspace's or the default), workspace images inlined."""
    screen_css: str
    """brief-screen.css likewise (HTML files only)."""
    warnings: tuple[str, ...]
    """Fonts not installed, stylesheet images left out."""


class _Refused(Exception):
    """An image that cannot be used; the message says why and what to do."""


def look(config: Config) -> Look:
    """The workspace's look; ConfigError (briefgen.toml:line) when the logo cannot be used."""
    style = config.style
    warnings: list[str] = []
    logo = None
    if style.logo:
        try:
            logo = _image(config.root, _inside(config.root, style.logo), style.logo)
        except _Refused as exc:
            raise ConfigError(f"style.logo: {exc}; give the path, from the workspace folder, of a PNG, JPEG or SVG "
                              'file of at most 2 MB inside the workspace, like "templates/logo.png"',
                              path=CONFIG_NAME, line=style.line("logo")) from None
    fonts = {}
    for key in ("body_font", "heading_font"):
        name = getattr(style, key)
        if name and not font_installed(name):
            warnings.append(f"{CONFIG_NAME}:{style.line(key)}: style.{key}: no font {name!r} is installed here, so "
                            "the default font is used; install it (`fc-list : family` lists the fonts) or choose another")
            name = ""
        fonts[key] = name
    print_css = _stylesheet(config, "brief.css", warnings)
    screen_css = _stylesheet(config, "brief-screen.css", warnings)
    return Look(page_size=config.page_size, margins=style.margins, accent=style.accent,
                body_font=fonts["body_font"], heading_font=fonts["heading_font"], logo=logo, toc=style.toc,
                print_css=print_css, screen_css=screen_css, warnings=tuple(warnings))


def css(look: Look, *, for_print: bool) -> str:
    """The stylesheet of a brief: brief.css (and brief-screen.css on screen), then the rules
    [style] asks for, which win over the stylesheet's for the same property."""
    out = [look.print_css] if for_print else [look.print_css, look.screen_css]
    rules = ["/* [style] in briefgen.toml */"]
    if look.body_font:
        rules.append(f'html {{ font-family: "{look.body_font}", serif; }}')
    if look.heading_font:
        rules.append(f'h1, h2, h3, h4, th, nav.toc, figure.chart svg {{ font-family: "{look.heading_font}", sans-serif; }}')
    if look.accent:
        rules.append(f"h1, h2, h3, h4, a {{ color: {look.accent}; }}")
    if look.logo is not None:
        if for_print:
            # A running element: the logo stands in the top-right corner of every page, as in the DOCX header.
            rules.append(".masthead { position: running(masthead); text-align: right; }")
            rules.append(".masthead img { height: 10mm; width: auto; max-width: 60mm; }")
        else:
            rules.append(".masthead { max-width: 46em; margin: 0 auto; padding: 1em 1em 0; text-align: right; }")
            rules.append(".masthead img { height: 3.2em; width: auto; max-width: 40%; }")
    if for_print:
        page = [f"size: {look.page_size};"]
        if look.margins:
            page.append("margin: " + " ".join(f"{length:g}mm" for length in look.margins) + ";")
        if look.logo is not None:
            page.append("@top-right { content: element(masthead); vertical-align: middle; }")
        rules.append("@page { " + " ".join(page) + " }")
    return "\n".join([*out, "\n".join(rules)]) + "\n"


# -- images ------------------------------------------------------------------------------------


def _inside(root: Path, relative: str) -> Path:
    """*relative* (a path a workspace file gives) as a path inside *root*; _Refused when it is
    absolute or climbs out. Symlinks are checked when the file is read."""
    if os.path.isabs(relative) or relative.startswith("~") or re.match(r"[A-Za-z]:[\\/]", relative):
        raise _Refused(f"{relative} is an absolute path")
    candidate = Path(os.path.normpath(root / relative))
    if not candidate.is_relative_to(root):
        raise _Refused(f"{relative} leads outside the workspace")
    return candidate


def _image(root: Path, path: Path, shown: str) -> Image:
    """The image at *path* (inside *root*), checked: a regular file reached without leaving the
    workspace, at most 2 MB, a PNG, JPEG or SVG image. _Refused saying what is wrong."""
    if not os.path.lexists(path):
        raise _Refused(f"no file {shown}")
    try:
        resolved = path.resolve(strict=True)
        mode = resolved.stat().st_mode
    except (OSError, RuntimeError):
        raise _Refused(f"{shown} is a broken symlink or a symlink loop") from None
    if not resolved.is_relative_to(root):
        raise _Refused(f"{shown} is a symlink to a file outside the workspace")
    if not stat.S_ISREG(mode):
        raise _Refused(f"{shown} is not a regular file")
    try:
        with open(resolved, "rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        raise _Refused(f"cannot read {shown} ({exc.strerror})") from None
    if len(data) > MAX_IMAGE_BYTES:
        raise _Refused(f"{shown} is over 2 MB (a logo needs a few hundred KB at most)")
    mime = _image_type(data)
    if mime is None:
        raise _Refused(f"{shown} is not a PNG, JPEG or SVG image")
    return Image(data=data, mime=mime)


_SVG_START = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>\[]*>)\s*)*<svg[\s>]", re.DOTALL)


def _image_type(data: bytes) -> str | None:
    """The MIME type of a PNG, JPEG or SVG image that decodes; None for anything else (an
    SVG with a DTD's entity declarations counts as anything else)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff"):
        from PIL import Image as PILImage

        try:
            with PILImage.open(io.BytesIO(data)) as picture:
                picture.verify()
                kind = picture.format
        except Exception:  # noqa: BLE001 - Pillow raises many kinds for a damaged file
            return None
        return {"PNG": "image/png", "JPEG": "image/jpeg"}.get(kind or "")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if not _SVG_START.match(text) or "<!ENTITY" in text:
        return None
    import xml.etree.ElementTree as ElementTree

    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return None
    return "image/svg+xml" if root.tag in ("svg", "{http://www.w3.org/2000/svg}svg") else None


@functools.lru_cache(maxsize=4)
def svg_as_png(data: bytes, height: int = SVG_FALLBACK_HEIGHT) -> bytes | None:
    """The SVG image *data* drawn as a PNG *height* pixels high (for readers of a format that
    cannot show SVG: LibreOffice's and older Word's DOCX), by CairoSVG; None when CairoSVG or
    the cairo library it needs is not installed, or it cannot draw this image. Nothing is fetched:
    an image the SVG links to is left out unless it is a data: URL inside the SVG."""
    try:
        import cairosvg.surface
        import cairosvg.url
    except (ImportError, OSError):  # OSError: cairocffi finds no libcairo
        return None

    def data_urls_only(url: str, resource_type: str) -> bytes:
        if url.startswith("data:"):
            return bytes(cairosvg.url.fetch(url, resource_type))
        return b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'

    try:
        png = cairosvg.surface.PNGSurface.convert(bytestring=data, output_height=height, unsafe=False,
                                                  url_fetcher=data_urls_only)
    except Exception:  # noqa: BLE001 - CairoSVG raises many kinds for an image it cannot draw
        return None
    return png if isinstance(png, bytes) and png.startswith(b"\x89PNG") else None


# -- fonts -------------------------------------------------------------------------------------


def font_installed(name: str) -> bool:
    """Whether fontconfig (what WeasyPrint lays text out with) knows the family *name*; True
    for a generic family and when fontconfig cannot be asked (nothing to compare with)."""
    if name.casefold() in GENERIC_FONTS:
        return True
    families = installed_fonts()
    return families is None or name.casefold() in families


@functools.cache
def installed_fonts() -> frozenset[str] | None:
    """The font families fontconfig lists, case-folded (as ``fc-list : family`` prints them,
    through the library itself, offline); None when the library is not there."""
    import ctypes
    import ctypes.util

    names = ["libfontconfig.so.1", ctypes.util.find_library("fontconfig")]
    lib = None
    for lib_name in names:
        if lib_name:
            try:
                lib = ctypes.CDLL(lib_name)
                break
            except OSError:
                continue
    if lib is None:
        return None

    class FontSet(ctypes.Structure):
        _fields_ = [("nfont", ctypes.c_int), ("sfont", ctypes.c_int), ("fonts", ctypes.POINTER(ctypes.c_void_p))]

    lib.FcPatternCreate.restype = ctypes.c_void_p
    lib.FcObjectSetCreate.restype = ctypes.c_void_p
    lib.FcObjectSetAdd.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.FcFontList.restype = ctypes.POINTER(FontSet)
    lib.FcFontList.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    lib.FcPatternGetString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_char_p)]
    lib.FcPatternDestroy.argtypes = [ctypes.c_void_p]
    lib.FcObjectSetDestroy.argtypes = [ctypes.c_void_p]
    lib.FcFontSetDestroy.argtypes = [ctypes.POINTER(FontSet)]
    pattern, objects = lib.FcPatternCreate(), lib.FcObjectSetCreate()
    lib.FcObjectSetAdd(objects, b"family")
    fonts = lib.FcFontList(None, pattern, objects)
    families: set[str] = set()
    try:
        if fonts:
            for index in range(fonts.contents.nfont):
                value = ctypes.c_char_p()
                number = 0
                while lib.FcPatternGetString(fonts.contents.fonts[index], b"family", number, ctypes.byref(value)) == 0:
                    families.add((value.value or b"").decode("utf-8", "replace").casefold())
                    number += 1
    finally:
        if fonts:
            lib.FcFontSetDestroy(fonts)
        lib.FcObjectSetDestroy(objects)
        lib.FcPatternDestroy(pattern)
    return frozenset(families)


# -- the workspace's stylesheets -----------------------------------------------------------------

_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""", re.IGNORECASE)
_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?["']?([^"')\s;]*)""", re.IGNORECASE)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def _stylesheet(config: Config, name: str, warnings: list[str]) -> str:
    """Stylesheet *name* from the search path. In the workspace's own, ``url(...)`` of an image
    inside the workspace (relative to the stylesheet's folder, as in CSS) becomes a data:
    URL; any other url() and @import are left to the renderer, which fetches nothing, with a
    warning naming the line, so nothing is dropped silently."""
    text = read_text(config, name)
    path = find_file(config, name).resolve()
    if path.is_relative_to(DEFAULT_TEMPLATES.resolve()) or not path.is_relative_to(config.root):
        return text  # the default stylesheet names no files
    shown = config.rel(path)
    folder = path.parent.relative_to(config.root).as_posix()

    def line(offset: int) -> int:
        return text.count("\n", 0, offset) + 1

    for found in _IMPORT.finditer(text):
        warnings.append(f"{shown}:{line(found.start())}: @import {found.group(1)} is not followed (briefgen "
                        "fetches nothing); paste its rules into the stylesheet")

    def inline(found: re.Match[str]) -> str:
        url = next((group for group in found.groups() if group is not None), "")
        if not url or url.startswith(("data:", "#")):
            return found.group()
        if _SCHEME.match(url) or url.startswith(("/", "\\")):
            warnings.append(f"{shown}:{line(found.start())}: url({url}) is left out: briefgen fetches nothing from "
                            "the network or outside the workspace; put the image in the workspace and give its path "
                            f"from {folder}/")
            return found.group()
        relative = re.split(r"[?#]", url, maxsplit=1)[0]
        try:
            image = _image(config.root, _inside(config.root, f"{folder}/{relative}"), f"{folder}/{relative}")
        except _Refused as exc:
            warnings.append(f"{shown}:{line(found.start())}: url({url}) is left out: {exc}; put a PNG, JPEG or SVG "
                            f"image of at most 2 MB in the workspace and give its path from {folder}/, the stylesheet's "
                            "folder")
            return found.group()
        return f'url("{image.data_url}")'

    return _URL.sub(inline, text)
