"""Markdown -> a Word document (python-docx), built from the same Markdown as HTML and PDF.

The templates stay the one source of layout: the brief's Markdown is parsed with
markdown-it-py (as for HTML) and its tokens are written as Word paragraphs with real
heading styles (so Word's navigation pane lists them), bullet lists, tables, and citation
numbers as internal hyperlinks to bookmarks on the evidence entries. Only text reaches the
document: raw HTML is dropped (briefgen's own ``<a id="...">`` anchors become bookmarks),
images keep their alt text and nothing is fetched. The same brief gives the same bytes.

python-docx is imported here only, so builds without DOCX do not load it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from markdown_it.token import Token

from briefgen.ingest.clean import displayable, rejoin_hyphens
from briefgen.models import Brief
from briefgen.render import toc as contents
from briefgen.style import Image, Look, svg_as_png
from briefgen.style import look as look_of
from briefgen.workspace import Config

_ANCHOR = re.compile(r"""<a\s+(?:name|id)\s*=\s*["']([^"'<>]{1,200})["']\s*/?>""", re.IGNORECASE)
_EXTERNAL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)
#: Characters XML 1.0 cannot carry at all (lxml refuses them); dropped from every run.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_PAGE_SIZES_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
#: brief.css's @page margins (top/bottom, left/right), so the Word pages look like the PDF's.
_MARGINS_MM = (20, 18)
_MONOSPACE = "DejaVu Sans Mono"
_LINK_COLOUR = "1F4E79"
_LOGO_HEIGHT_MM = 10
#: The page header's and footer's text, as brief.css's @page margin boxes have it.
_MARGIN_TEXT_PT = 8
_MARGIN_TEXT_COLOUR = "666666"
_MARGIN_FONT = "DejaVu Sans"
#: The width of an average character of the body text (10-11 pt), to share a table's width out.
_CHARACTER_PT = 5.5
_SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
#: The contents list's field: heading levels 2-3 (the sections; level 1 is the brief's title), as
#: hyperlinks (\\h), without page numbers on the web layout (\\z), with outline levels (\\u).
_CONTENTS_FIELD = ' TOC \\o "2-3" \\h \\z \\u '
_CONTENTS_STYLE = "TOC {level}"


def text_only(value: str) -> str:
    """*value* as it may go into a Word run: shown characters only (no control or bidi
    characters, nothing XML cannot hold)."""
    return _NOT_XML.sub("", rejoin_hyphens(displayable(value)))


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for an HTML anchor id (letters, digits and ``_``, starting with a
    letter, at most 40 characters): ``ev-3`` -> ``ev_3``."""
    name = re.sub(r"\W", "_", anchor, flags=re.ASCII)
    return (name if name[:1].isalpha() else "a_" + name)[:40]


def render_docx(config: Config, brief: Brief, markdown: str, *, look: Look | None = None, toc: bool = False) -> bytes:
    """The brief as DOCX bytes: *markdown* (the rendered brief) laid out in Word, with the
    brief's title (and the logo) in the page header, page numbers in the footer, the document
    properties (title, author, subject, keywords, dates) set from the brief, the workspace's
    look (*look*, read from the workspace when not given: accent colour and fonts in the
    styles, page size, margins) and, with *toc*, a contents list linked to the sections.
    Byte-reproducible."""
    import docx

    look = look or look_of(config)
    tokens = contents.tokens(config, markdown, toc=toc)
    document = docx.Document()
    _drop_thumbnail(document)
    _set_page(document, look, brief)
    _set_properties(document, config, brief)
    _hyperlink_style(document, look)
    _set_fonts_and_colours(document, look)
    _Writer(document, anchors=_anchors(tokens), headings=contents.marked_headings(tokens),
            contents_styles=_contents_styles(document, look)).blocks(tokens)
    if toc:  # Word offers to update the fields on opening (adding the page numbers); LibreOffice does not ask
        _update_fields_on_opening(document.settings.element)
    buffer = io.BytesIO()
    document.save(buffer)
    return _reproducible_zip(buffer.getvalue(), dt.date.fromisoformat(brief.meta.as_of))


def _anchors(tokens: list[Token]) -> set[str]:
    """Every anchor id the Markdown defines with raw ``<a id="...">``: internal links to
    these become hyperlinks, others stay plain text."""
    pieces = [piece for token in tokens for piece in [token, *(token.children or [])]]
    headings = {str(token.attrGet("id")) for token in tokens if token.type == "heading_open" and token.attrGet("id")}
    return headings | {a for p in pieces if p.type in ("html_inline", "html_block") for a in _ANCHOR.findall(p.content)}


@dataclass
class _Writer:
    """Walks markdown-it block tokens into a python-docx Document."""

    document: Any
    anchors: set[str]
    headings: list[contents.Heading]
    """The sections the contents list lists."""
    contents_styles: dict[int, Any]
    """The contents list's paragraph style for each heading level."""
    lists: list[list[Any]] = field(default_factory=list)
    """Open lists, innermost last: [ordered?, next number]."""
    quote_depth: int = 0
    item_started: bool = False
    """The current list item has had its first paragraph."""
    pending: list[str] = field(default_factory=list)
    """Anchors from an HTML block, placed on the next paragraph."""
    bookmarks: set[str] = field(default_factory=set)
    bold: int = 0
    italic: int = 0
    link: Any = None

    def blocks(self, tokens: list[Token]) -> None:
        """Write the block tokens in order."""
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                level = min(int(token.tag[1:]), 9)
                if token.attrGet("id"):
                    self.pending.append(str(token.attrGet("id")))  # a bookmark the contents list links to
                self.inline(self.document.add_paragraph(style=f"Heading {level}"), tokens[index + 1])
                index += 2
            elif kind == "paragraph_open":
                inline = tokens[index + 1]
                if all(child.type == "html_inline" for child in inline.children or []):
                    self.pending.extend(_ANCHOR.findall(inline.content))  # no empty paragraph for an anchor
                else:
                    self.inline(self.paragraph(), inline)
                index += 2
            elif kind == "bullet_list_open" and token.meta.get(contents.LISTING) and not self.lists:
                index = next(i for i in range(index + 1, len(tokens))
                             if tokens[i].type == "bullet_list_close" and tokens[i].level == token.level)
                self.contents_field()
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append([kind == "ordered_list_open", int(token.attrGet("start") or 1)])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                self.item_started = False
            elif kind == "blockquote_open":
                self.quote_depth += 1
            elif kind == "blockquote_close":
                self.quote_depth -= 1
            elif kind == "table_open":
                close = next(i for i in range(index, len(tokens)) if tokens[i].type == "table_close")
                self.table(tokens[index:close])
                index = close
            elif kind in ("fence", "code_block"):
                for line in token.content.rstrip("\n").split("\n"):
                    self.paragraph().add_run(text_only(line)).font.name = _MONOSPACE
            elif kind == "html_block":
                self.pending.extend(_ANCHOR.findall(token.content))
            index += 1

    def contents_field(self) -> None:
        """The contents list as a Word TOC field over the sections' headings. Its shown result
        is the current list, each entry linked to its heading's bookmark, without page numbers:
        they are not known until Word lays the pages out, and LibreOffice shows a field's stored
        result as it is. Word adds them when it updates the field (it offers to on opening)."""
        for number, heading in enumerate(self.headings):
            paragraph = self.document.add_paragraph(style=self.contents_styles[heading.level])
            if number == 0:
                _field_start(paragraph._p, _CONTENTS_FIELD)
            link = _element("w:hyperlink", {"w:anchor": bookmark_name(heading.id), "w:history": "1"})
            link.append(_text_run(text_only(heading.title)))
            paragraph._p.append(link)
            if number == len(self.headings) - 1:
                paragraph._p.append(_field_char("end"))

    def paragraph(self) -> Any:
        """A new paragraph styled for where it stands (list item, its continuation, quote, body)."""
        if not self.lists:
            return self.document.add_paragraph(style="Quote" if self.quote_depth else None)
        depth = min(len(self.lists), 3)
        suffix = "" if depth == 1 else f" {depth}"
        ordered, number = self.lists[-1]
        if self.item_started:
            return self.document.add_paragraph(style="List Continue" + suffix)
        self.item_started = True
        # Ordered items carry their number as text: Word's "List Number" would continue
        # one numbering across every list in the document.
        paragraph = self.document.add_paragraph(style=("List" if ordered else "List Bullet") + suffix)
        if ordered:
            paragraph.add_run(f"{number}. ")
            self.lists[-1][1] = number + 1
        return paragraph

    def inline(self, paragraph: Any, token: Token) -> None:
        """Write an inline token's children into *paragraph*: text, emphasis, breaks, links;
        raw HTML is dropped except briefgen's anchors, which become bookmarks."""
        opened: list[int] = []
        for anchor in self.pending:
            opened += self.bookmark(paragraph, anchor)
        self.pending = []
        for child in token.children or []:
            kind = child.type
            if kind == "text" and child.content:
                self.run(paragraph, child.content)
            elif kind == "softbreak":
                self.run(paragraph, " ")
            elif kind == "hardbreak":
                paragraph.add_run().add_break()
            elif kind == "code_inline":
                self.run(paragraph, child.content).font.name = _MONOSPACE
            elif kind in ("strong_open", "strong_close"):
                self.bold += 1 if kind == "strong_open" else -1
            elif kind in ("em_open", "em_close"):
                self.italic += 1 if kind == "em_open" else -1
            elif kind == "link_open":
                self.link = self.hyperlink(paragraph, str(child.attrGet("href") or ""))
            elif kind == "link_close":
                self.link = None
            elif kind == "image":
                self.run(paragraph, "".join(c.content for c in child.children or [] if c.type == "text"))
            elif kind == "html_inline":
                for anchor in _ANCHOR.findall(child.content):
                    opened += self.bookmark(paragraph, anchor)
        self.bold = self.italic = 0
        self.link = None
        for number in opened:
            paragraph._p.append(_element("w:bookmarkEnd", {"w:id": str(number)}))

    def run(self, paragraph: Any, text: str) -> Any:
        """A run of *text* in the current emphasis, inside the current hyperlink if any."""
        run = paragraph.add_run(text_only(text))
        if self.bold:
            run.bold = True
        if self.italic:
            run.italic = True
        if self.link is not None:
            run.style = "Hyperlink"
            self.link.append(run._r)
        return run

    def hyperlink(self, paragraph: Any, href: str) -> Any:
        """A ``w:hyperlink`` for *href* appended to *paragraph*: to a bookmark for a ``#id`` the
        brief defines, to the address for a plain http(s) URL; None (plain text) otherwise."""
        from docx.opc.constants import RELATIONSHIP_TYPE

        if href.startswith("#") and href[1:] in self.anchors:
            attributes = {"w:anchor": bookmark_name(href[1:]), "w:history": "1"}
        elif _EXTERNAL.fullmatch(href):
            rel = paragraph.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            attributes = {"r:id": rel, "w:history": "1"}
        else:
            return None
        element = _element("w:hyperlink", attributes)
        paragraph._p.append(element)
        return element

    def bookmark(self, paragraph: Any, anchor: str) -> list[int]:
        """Start a bookmark named after *anchor* here; its id, to end it with the paragraph
        (nothing when a bookmark of that name already exists)."""
        name = bookmark_name(anchor)
        if name in self.bookmarks:
            return []
        self.bookmarks.add(name)
        number = len(self.bookmarks)
        paragraph._p.append(_element("w:bookmarkStart", {"w:id": str(number), "w:name": name}))
        return [number]

    def table(self, tokens: list[Token]) -> None:
        """A Markdown table as a Word table (grid style, columns as wide as their text asks, bold
        header row repeated on each page, rows not split across pages)."""
        rows: list[list[Token]] = []
        for token in tokens:
            if token.type == "tr_open":
                rows.append([])
            elif token.type == "inline" and rows:
                rows[-1].append(token)
        columns = max(len(row) for row in rows) if rows else 0
        if not columns:
            return
        table = self.document.add_table(rows=len(rows), cols=columns)
        table.style = "Table Grid"
        _column_widths(table, self.document.sections[0], [[_inline_text(cell) for cell in row] for row in rows])
        for r, row in enumerate(rows):
            for c, cell_token in enumerate(row):
                self.bold = 1 if r == 0 else 0
                self.inline(table.cell(r, c).paragraphs[0], cell_token)
        for row in table.rows:  # a row stays on one page, as in the PDF
            row._tr.get_or_add_trPr().append(_element("w:cantSplit", {}))
        table.rows[0]._tr.get_or_add_trPr().append(_element("w:tblHeader", {}))


def _inline_text(token: Token) -> str:
    return "".join(child.content for child in token.children or [] if child.type in ("text", "code_inline"))


_TWIP = 635
"""EMU in a twip, Word's unit of table widths."""


def _column_widths(table: Any, section: Any, cells: list[list[str]]) -> None:
    from docx.shared import Pt

    """Columns as wide as their text asks, as a browser lays out the HTML table (Word and
    LibreOffice otherwise give every column the same width): each column at least as wide as its
    longest word, and the rest of the width shared by how much more its longest cell asks."""
    columns = len(table.columns)
    least, most = [1] * columns, [1] * columns
    for row in cells:
        for number, text in enumerate(row[:columns]):
            # A word as wide as the bold header's, and the cell's padding (about 3 characters).
            least[number] = max(least[number], round(max((len(w) for w in text.split()), default=1) * 1.2) + 3)
            most[number] = max(most[number], len(text) + 2, least[number])
    width = section.page_width - section.left_margin - section.right_margin
    room = width / Pt(_CHARACTER_PT) - sum(least)  # characters to share out beyond the longest words
    extra = [m - n for m, n in zip(most, least, strict=True)]
    if room <= 0 or not sum(extra):
        chars = [float(n) for n in least]
    else:
        chars = [n + min(e, room * e / sum(extra)) for n, e in zip(least, extra, strict=True)]
    table.autofit = False
    # Word stores widths in twips (635 EMU): shares in whole twips, the rounding's remainder given
    # to the columns it cut most, so that the columns fill the text width exactly.
    twips = int(width) // _TWIP
    exact = [twips * c / sum(chars) for c in chars]
    shares = [int(x) for x in exact]
    for number in sorted(range(columns), key=lambda n: shares[n] - exact[n])[:twips - sum(shares)]:
        shares[number] += 1
    for number, column in enumerate(table.columns):
        share = shares[number] * _TWIP
        column.width = share
        for cell in column.cells:
            cell.width = share


def qn(tag: str) -> str:
    """"w:name" as lxml's "{namespace}name"."""
    from docx.oxml.ns import qn as docx_qn

    return str(docx_qn(tag))


def _element(tag: str, attributes: dict[str, str]) -> Any:
    from docx.oxml import OxmlElement

    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(key), value)
    return element


def _text_run(text: str) -> Any:
    run, element = _element("w:r", {}), _element("w:t", {})
    element.text = text
    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(element)
    return run


def _field_char(kind: str) -> Any:
    """A run holding a complex field's begin, separate or end mark."""
    run = _element("w:r", {})
    run.append(_element("w:fldChar", {"w:fldCharType": kind}))
    return run


def _field_start(parent: Any, instruction: str) -> None:
    """Open a complex field with *instruction* in *parent*, up to where its shown result starts."""
    parent.append(_field_char("begin"))
    run, text = _element("w:r", {}), _element("w:instrText", {})
    text.text = instruction
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(text)
    parent.append(run)
    parent.append(_field_char("separate"))


def _contents_styles(document: Any, look: Look) -> dict[int, Any]:
    """Word's built-in "toc 2" and "toc 3" paragraph styles (python-docx's template lacks them),
    the titles in the heading font with dot leaders to the page number at the right margin."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Mm, Pt

    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    styles = {}
    for level in contents.TOC_LEVELS:
        style = document.styles.add_style(_CONTENTS_STYLE.format(level=level), WD_STYLE_TYPE.PARAGRAPH)
        style.element.name_val = f"toc {level}"  # Word's own name for it, so Word's TOC update uses it
        style.base_style = document.styles["Normal"]
        style.next_paragraph_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Mm(5 * (level - 2))
        style.paragraph_format.space_after = Pt(2)
        style.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if look.heading_font:
            _font(style, look.heading_font)
        styles[level] = style
    return styles


#: What follows w:updateFields in w:settings (ECMA-376 CT_Settings); Word refuses a file whose
#: settings are out of order.
_AFTER_UPDATE_FIELDS = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
                        "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
                        "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
                        "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
                        "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")


def _update_fields_on_opening(settings: Any) -> None:
    """``<w:updateFields w:val="true"/>`` in its place among the settings."""
    element = _element("w:updateFields", {"w:val": "true"})
    later = {qn(tag) for tag in _AFTER_UPDATE_FIELDS}
    following = next((child for child in settings if child.tag in later), None)
    if following is None:
        settings.append(element)
    else:
        following.addprevious(element)


def _drop_thumbnail(document: Any) -> None:
    """python-docx's template carries a thumbnail of some other document; file browsers would show it."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    rels = document.part.package.rels
    for rel_id in [k for k, rel in rels.items() if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL]:
        del rels[rel_id]


def _set_page(document: Any, look: Look, brief: Brief) -> None:
    """Page size and margins as in the PDF; as in its page margins, the brief's title (small,
    grey) and the logo in the header, "Page N of M" at the right of the footer, each centred in
    its margin so that neither crowds the text."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt, RGBColor

    width, height = _PAGE_SIZES_MM.get(look.page_size, _PAGE_SIZES_MM["A4"])
    top, right, bottom, left = look.margins or (_MARGINS_MM[0], _MARGINS_MM[1], _MARGINS_MM[0], _MARGINS_MM[1])
    section = document.sections[0]
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    for name in ("Header", "Footer"):
        style = document.styles[name]
        style.font.size = Pt(_MARGIN_TEXT_PT)
        style.font.color.rgb = RGBColor.from_string(_MARGIN_TEXT_COLOUR)
        _font(style, look.heading_font or _MARGIN_FONT)
    text_mm = _MARGIN_TEXT_PT * 0.3528
    top_content = _LOGO_HEIGHT_MM if look.logo is not None else text_mm
    section.header_distance = Mm(max(3.0, (top - top_content) / 2))
    section.footer_distance = Mm(max(3.0, (bottom - text_mm) / 2))
    header = section.header.paragraphs[0]
    title = header.add_run(text_only(brief.meta.title))
    if look.logo is not None:
        # Raised to the middle of the logo, as the PDF's margin box centres it (half-points).
        raise_pt = (_LOGO_HEIGHT_MM / 0.3528 - _MARGIN_TEXT_PT * 0.7) / 2
        title._r.get_or_add_rPr().append(_element("w:position", {"w:val": str(round(raise_pt * 2))}))
        stops = header.paragraph_format.tab_stops
        for inherited in header.style.paragraph_format.tab_stops:  # the Header style's centre and right stops
            stops.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Mm(width - left - right), WD_TAB_ALIGNMENT.RIGHT)
        header.add_run("\t")
        _add_logo(header.add_run(), look.logo, Mm(_LOGO_HEIGHT_MM))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Page ")
    footer._p.append(_field("PAGE"))
    footer.add_run(" of ")
    footer._p.append(_field("NUMPAGES"))


def _add_logo(run: Any, logo: Image, height: Any) -> None:
    """The logo as an inline picture in *run*, *height* high. PNG and JPEG go in as they are; an
    SVG goes in as Word's SVG picture (Word 2016 and later) over a PNG drawing of it, which
    LibreOffice and older Word show (when CairoSVG cannot draw it, a transparent PNG of its
    proportions: the build has warned)."""
    if logo.mime != "image/svg+xml":
        run.add_picture(io.BytesIO(logo.data), height=height)
        return
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    drawn = svg_as_png(logo.data)
    run.add_picture(io.BytesIO(drawn or _blank_png(_svg_ratio(logo.data))), height=height)
    part = run.part
    svg_part = Part(PackURI(f"/word/media/logo-{hashlib.sha256(logo.data).hexdigest()[:12]}.svg"),
                    "image/svg+xml", logo.data, part.package)
    rel = part.relate_to(svg_part, RELATIONSHIP_TYPE.IMAGE)
    blip = run._r.xpath(".//a:blip")[0]
    extensions = _element("a:extLst", {})
    extension = _element("a:ext", {})
    extension.set("uri", "{96DAC541-7B7A-43D3-8B79-37D633B846F1}")  # Office's SVG extension
    from lxml import etree

    svg_blip = etree.SubElement(extension, f"{{{_SVG_NS}}}svgBlip", nsmap={"asvg": _SVG_NS})
    svg_blip.set(qn("r:embed"), rel)
    extensions.append(extension)
    blip.append(extensions)


def _svg_ratio(data: bytes) -> float:
    """Width over height of an SVG image (from width/height, else viewBox; 3 when neither says)."""
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.fromstring(data.decode("utf-8-sig"))
    sizes = [re.match(r"\s*([\d.]+)", root.get(key) or "") for key in ("width", "height")]
    if all(sizes) and not (root.get("width") or "").strip().endswith("%"):
        width, height = (float(m.group(1)) for m in sizes if m)
    else:
        box = [float(n) for n in re.findall(r"-?[\d.]+", root.get("viewBox") or "")]
        width, height = (box[2], box[3]) if len(box) == 4 else (3.0, 1.0)
    return width / height if width > 0 and height > 0 else 3.0


def _blank_png(ratio: float) -> bytes:
    """A transparent PNG of proportions *ratio* (the SVG logo's stand-in for older readers)."""
    from PIL import Image as PILImage

    height = 100
    width = max(1, min(2000, round(height * ratio)))
    out = io.BytesIO()
    PILImage.new("RGBA", (width, height), (255, 255, 255, 0)).save(out, "PNG")
    return out.getvalue()


def _field(instruction: str) -> Any:
    """A simple Word field (PAGE, NUMPAGES) whose shown value Word and LibreOffice compute."""
    element = _element("w:fldSimple", {"w:instr": instruction})
    run, text = _element("w:r", {}), _element("w:t", {})
    text.text = "1"
    run.append(text)
    element.append(run)
    return element


def _set_properties(document: Any, config: Config, brief: Brief) -> None:
    """Title, author, subject, keywords, language and dates (the as-of date, so a rebuild
    gives the same file)."""
    meta = brief.meta
    when = dt.datetime.fromisoformat(meta.as_of).replace(tzinfo=dt.UTC)
    props = document.core_properties
    props.title = text_only(meta.title)
    props.subject = text_only(meta.subject)
    props.author = props.last_modified_by = text_only(meta.author or meta.organisation)
    props.keywords = text_only(", ".join(section.title for section in brief.sections))
    props.category = text_only(f"{meta.audience} brief")
    props.comments = "Generated by briefgen"
    props.language = text_only(config.language)
    props.created = props.modified = when
    props.revision = 1


def _hyperlink_style(document: Any, look: Look) -> None:
    """Word's built-in "Hyperlink" character style, which python-docx's template lacks, in the
    accent colour when [style] gives one."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    style = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = RGBColor.from_string(look.accent[1:].upper() if look.accent else _LINK_COLOUR)
    style.font.underline = True


def _set_fonts_and_colours(document: Any, look: Look) -> None:
    """[style]'s fonts and accent colour in the Word styles (so the analyst's later edits in Word
    follow them): the body font in Normal, the heading font and accent in the Title and heading styles."""
    from docx.shared import RGBColor

    if look.body_font:
        _font(document.styles["Normal"], look.body_font)
    for name in ("Title", *(f"Heading {level}" for level in range(1, 10))):
        style = document.styles[name]
        if look.heading_font:
            _font(style, look.heading_font)
        if look.accent:
            style.font.color.rgb = RGBColor.from_string(look.accent[1:].upper())
            style.font.color.element.rPr.color.attrib.pop(qn("w:themeColor"), None)
            style.font.color.element.rPr.color.attrib.pop(qn("w:themeShade"), None)


def _font(style: Any, family: str) -> None:
    """*family* for every script of *style*, replacing the theme fonts python-docx's template names
    (which Word would otherwise prefer)."""
    style.font.name = family
    fonts = style.element.rPr.rFonts
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:eastAsia"), family)
    fonts.set(qn("w:cs"), family)


def _reproducible_zip(data: bytes, date: dt.date) -> bytes:
    """*data* (a DOCX) rewritten with its members in sorted order, all dated *date*: python-docx
    stamps each member with the time of saving."""
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in sorted(source.namelist()):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()
