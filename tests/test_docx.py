"""`--format docx`: the Word brief says what the Markdown brief says, with Word headings,
citation numbers linked to bookmarked evidence, Word tables and document properties; the
same inputs give the same bytes; source text reaches it as text only; LibreOffice opens it."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefgen.cli import main
from briefgen.workspace import init_workspace

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "other"
AUDIENCES = ("investor", "executive")  # executive: a profile with max_pages, fitted through the PDF


def build(ws: Path, audiences: str, formats: str) -> None:
    result = CliRunner().invoke(main, ["build", "-w", str(ws), "--audience", audiences, "--format", formats])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture workspace built as Markdown and DOCX for investor and executive."""
    ws = tmp_path_factory.mktemp("docx") / "ws"
    init_workspace(ws, today="2026-10-05")
    for path in FIXTURES.iterdir():
        shutil.copy(path, ws / "sources" / path.name)
    config = ws / "briefgen.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('subject = ""', 'subject = "Harbour water rates"')
                      .replace('author = ""', 'author = "Harbour Desk"'), encoding="utf-8")
    build(ws, ",".join(AUDIENCES), "md,docx")
    return ws


def plain(inline: Token) -> str:
    """The text a reader sees for an inline token (raw HTML is not shown)."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def markdown_blocks(md: str) -> tuple[list[tuple[str, str]], list[list[list[str]]]]:
    """The Markdown's headings and paragraphs outside tables as (kind, text), and its tables."""
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(md)
    blocks: list[tuple[str, str]] = []
    tables: list[list[list[str]]] = []
    in_table = False
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            in_table = True
            tables.append([])
        elif token.type == "table_close":
            in_table = False
        elif in_table and token.type == "tr_open":
            tables[-1].append([])
        elif in_table and token.type == "inline":
            tables[-1][-1].append(plain(token))
        elif token.type == "inline":
            opener = tokens[index - 1]
            blocks.append((opener.tag if opener.type == "heading_open" else "p", plain(token)))
    return blocks, tables


def open_docx(ws: Path, audience: str) -> Any:
    return docx.Document(str(ws / "output" / f"{audience}.docx"))


def all_paragraphs(document: Any) -> list[Any]:
    """Body paragraphs and those in table cells."""
    cells = [p for table in document.tables for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return list(document.paragraphs) + cells


@pytest.mark.parametrize("audience", AUDIENCES)
def test_headings_and_paragraphs_read_back_as_in_the_markdown(built: Path, audience: str) -> None:
    md = (built / "output" / f"{audience}.md").read_text(encoding="utf-8")
    blocks, _ = markdown_blocks(md)
    document = open_docx(built, audience)
    shown = []
    for paragraph in document.paragraphs:
        style = paragraph.style.name
        shown.append((f"h{style.split()[-1]}" if style.startswith("Heading") else "p", paragraph.text))
    assert shown == blocks
    headings = [text for kind, text in shown if kind != "p"]
    assert headings[0] == "Ws" and "Evidence" in headings and "Sources" in headings
    assert document.paragraphs[0].style.name == "Heading 1"
    assert {p.style.name for p in document.paragraphs if p.text == "Evidence"} == {"Heading 2"}


@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_citation_number_links_to_a_bookmark_on_its_evidence_entry(built: Path, audience: str) -> None:
    md = (built / "output" / f"{audience}.md").read_text(encoding="utf-8")
    document = open_docx(built, audience)
    body = document.element.body
    bookmarks = {b.get(qn("w:name")): b.getparent() for b in body.iter(qn("w:bookmarkStart"))
                 if b.get(qn("w:name")).startswith("ev_")}  # not the sections' (sec_...), which a contents list links to
    evidence = sorted(int(n) for n in re.findall(r'<a id="ev-(\d+)"></a>', md))
    assert evidence and sorted(bookmarks) == sorted(f"ev_{n}" for n in evidence)
    for number in evidence:
        entry = docx.text.paragraph.Paragraph(bookmarks[f"ev_{number}"], document.part)
        assert entry.text.startswith(f"[{number}] "), entry.text
    links = Counter()
    for paragraph in all_paragraphs(document):
        for link in paragraph.hyperlinks:
            assert link.fragment in bookmarks and link.text == f"[{link.fragment[3:]}]", (link.fragment, link.text)
            links[link.text] += 1
        # every citation number outside the evidence entries themselves is a link
        outside = re.sub(r"^\[\d+\] ", "", paragraph.text) if paragraph._p in bookmarks.values() else paragraph.text
        assert len(re.findall(r"\[\d+\]", outside)) == len(paragraph.hyperlinks), paragraph.text
    assert links == Counter(f"[{n}]" for n in re.findall(r"\]\(#ev-(\d+)\)", md))
    assert sum(links.values()) >= len(evidence)


def test_evidence_quotes_appear_in_the_entries(built: Path) -> None:
    md = (built / "output" / "investor.md").read_text(encoding="utf-8")
    quotes = [q.replace("\\", "") for q in re.findall(r"\*\*\[\d+\]\*\* “(.+?)” — ", md)]
    assert len(quotes) >= 5
    texts = [p.text for p in open_docx(built, "investor").paragraphs]
    for quote in quotes:
        assert any(f"“{quote}”" in text for text in texts), quote


@pytest.mark.parametrize("audience", AUDIENCES)
def test_tables_read_back_with_the_markdown_cells_and_a_bold_header(built: Path, audience: str) -> None:
    _, tables = markdown_blocks((built / "output" / f"{audience}.md").read_text(encoding="utf-8"))
    document = open_docx(built, audience)
    assert tables and [[[cell.text for cell in row.cells] for row in t.rows] for t in document.tables] == tables
    for table in document.tables:
        header = [run for cell in table.rows[0].cells for p in cell.paragraphs for run in p.runs if run.text]
        assert header and all(run.bold for run in header)
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on each page
        assert not any(run.bold for cell in table.rows[1].cells for p in cell.paragraphs for run in p.runs)


def test_properties_header_footer_and_page(built: Path) -> None:
    document = open_docx(built, "investor")
    props = document.core_properties
    assert props.title == "Ws" and props.category == "investor brief" and props.language == "en"
    assert props.created.date().isoformat() == "2026-10-05" == props.modified.date().isoformat()
    assert "Investment summary" in props.keywords
    assert props.author == "Harbour Desk" and props.subject == "Harbour water rates"  # from briefgen.toml
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "Ws"
    footer = section.footer.paragraphs[0]._p
    assert [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))] == ["PAGE", "NUMPAGES"]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297  # A4, as configured


def test_building_twice_gives_the_same_bytes(built: Path) -> None:
    first = (built / "output" / "investor.docx").read_bytes()
    time.sleep(2.1)  # zip timestamps have two-second steps
    build(built, "investor", "docx")
    assert (built / "output" / "investor.docx").read_bytes() == first
    with zipfile.ZipFile(built / "output" / "investor.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 10, 5, 0, 0, 0)}
        assert "docProps/thumbnail.jpeg" not in archive.namelist()


def test_the_python_api_renders_the_same_docx_as_the_build(built: Path) -> None:
    import briefgen

    ws = briefgen.open_workspace(built)
    payload = ws.render(ws.compose("investor"), "docx")
    assert isinstance(payload, bytes)
    assert payload == (built / "output" / "investor.docx").read_bytes()


def test_source_markup_and_control_characters_reach_the_docx_as_text_only(other: Path) -> None:
    title = "<script>alert(1)</script><a id=\\\"ev-1\\\"></a>[x](http://e.invalid/) ![i](file:///etc/passwd)"
    sidecar = other / "sources" / "sources.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + (
        f'\n["harbor-council.txt"]\ntitle = "{title} bell\\u0007 esc\\u001b[31m rtl\\u202e end"\n'
        'url = "https://example.org/council"\n'
        '\n["harbor-critics.txt"]\nurl = "javascript:alert(1)"\n'), encoding="utf-8")
    build(other, "investor", "md,docx")
    document = open_docx(other, "investor")
    shown = "<script>alert(1)</script><a id=\"ev-1\"></a>[x](http://e.invalid/) ![i](file:///etc/passwd) bell esc rtl end"
    assert shown in [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any(shown in p.text for p in document.paragraphs)  # the evidence entries name the source
    names = [b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))]
    assert len(names) == len(set(names)) and all(re.fullmatch(r"ev_\d+|sec_[a-z0-9_]+", n) for n in names)
    addresses = [link.address for p in all_paragraphs(document) for link in p.hyperlinks if link.address]
    assert addresses == ["https://example.org/council"]
    with zipfile.ZipFile(other / "output" / "investor.docx") as archive:
        xml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith((".xml", ".rels")))
        names_in_zip = archive.namelist()
    assert b"e.invalid" not in xml.replace(b"[x](http://e.invalid/)", b"") and b"javascript" not in xml
    assert b"<script" not in xml and b"file:///" not in xml.replace(b"(file:///etc/passwd)", b"")
    assert not [n for n in names_in_zip if n.startswith("word/media")]
    for char in ("\x07", "\x1b", "\u202e"):
        assert char.encode() not in xml


def test_a_workspace_template_cannot_put_markup_links_or_images_in_the_docx(other: Path) -> None:
    (other / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    (other / "templates" / "audiences" / "investor.md.j2").write_text(
        '{% extends "!default/audiences/investor.md.j2" %}\n{% block lede %}\n'
        "Read [this](ftp://e.invalid/f), [that](mailto:x@e.invalid), [the site](https://example.org/a) "
        "and [the list](#nowhere) <script>alert(1)</script><b>bold?</b> ![the logo](http://e.invalid/logo.png) "
        "bell\x07 rtl\u202e end.\n\n<div onclick=\"x()\">raw block</div>\n{% endblock %}\n", encoding="utf-8")
    build(other, "investor", "docx")
    document = open_docx(other, "investor")
    lede = next(p for p in document.paragraphs if p.text.startswith("Read "))
    assert lede.text == "Read this, that, the site and the list alert(1)bold? the logo bell rtl end."
    assert [(link.text, link.address, link.fragment) for link in lede.hyperlinks] == [("the site", "https://example.org/a", "")]
    assert not any("raw block" in p.text for p in document.paragraphs)
    with zipfile.ZipFile(other / "output" / "investor.docx") as archive:
        xml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith((".xml", ".rels")))
        assert not [n for n in archive.namelist() if n.startswith("word/media")]
    for needle in (b"e.invalid", b"&lt;script", b"onclick", b"\x07", "\u202e".encode()):
        assert needle not in xml, needle


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")), reason="LibreOffice not installed")
def test_libreoffice_opens_the_docx_and_prints_its_headings(built: Path, tmp_path: Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office and shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed with LibreOffice"
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(built / "output" / "investor.docx")],
                   check=True, capture_output=True, timeout=240)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "investor.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout
    blocks, _ = markdown_blocks((built / "output" / "investor.md").read_text(encoding="utf-8"))
    headings = [heading for kind, heading in blocks if kind != "p"]
    positions = [text.find(f"\n{heading}\n") for heading in headings[1:]]
    assert -1 not in positions and positions == sorted(positions), list(zip(headings[1:], positions, strict=True))
    assert "Page 1 of " in text


def test_the_contents_list_is_a_word_toc_field_showing_the_current_list(other: Path) -> None:
    config = other / "briefgen.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text[: text.index("[style]")] + '[style]\ntoc = "always"\n', encoding="utf-8")
    build(other, "investor", "docx")
    document = open_docx(other, "investor")
    body = document.element.body
    marks = [(el.get(qn("w:fldCharType")) if el.tag == qn("w:fldChar") else el.text.strip(), el)
             for el in body.iter(qn("w:fldChar"), qn("w:instrText"))]
    assert [kind for kind, _ in marks] == ["begin", 'TOC \\o "2-3" \\h \\z \\u', "separate", "end"]
    begin, end = marks[0][1].getparent().getparent(), marks[-1][1].getparent().getparent()
    paragraphs = list(body.iter(qn("w:p")))
    entries = [docx.text.paragraph.Paragraph(p, document.part)
               for p in paragraphs[paragraphs.index(begin): paragraphs.index(end) + 1]]
    # Its shown result, before Word updates it: one linked entry per section heading, in order.
    headings = [(p.text, int(p.style.name[-1])) for p in document.paragraphs if p.style.name in ("Heading 2", "Heading 3")]
    assert len(headings) >= 5
    assert [(p.text, int(p.style.name[-1])) for p in entries] == headings
    assert {p.style.name for p in entries} <= {"toc 2", "toc 3"}  # Word's own names, which its update uses
    bookmarks = {b.get(qn("w:name")): b.getparent() for b in body.iter(qn("w:bookmarkStart"))}
    for entry in entries:
        [link] = entry.hyperlinks
        assert link.text == entry.text
        target = docx.text.paragraph.Paragraph(bookmarks[link.fragment], document.part)
        assert target.text == entry.text and target.style.name.startswith("Heading")
    settings = document.settings.element
    [update] = settings.findall(qn("w:updateFields"))
    assert update.get(qn("w:val")) == "true"
    order = [child.tag for child in settings]
    assert order.index(qn("w:updateFields")) < order.index(qn("w:compat"))  # CT_Settings order, which Word checks
    # Without a contents list: no field, and Word does not offer to update fields.
    config.write_text(text[: text.index("[style]")] + '[style]\ntoc = "never"\n', encoding="utf-8")
    build(other, "investor", "docx")
    document = open_docx(other, "investor")
    assert not list(document.element.body.iter(qn("w:fldChar")))
    assert not document.settings.element.findall(qn("w:updateFields"))


def test_table_columns_are_as_wide_as_their_text_asks_and_rows_stay_whole(built: Path) -> None:
    document = open_docx(built, "investor")
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    for table in document.tables:
        widths = [column.width for column in table.columns]
        assert abs(sum(widths) - text_width) < len(widths)  # the whole text width, rounding aside
        for number, column in enumerate(table.columns):
            longest = max(len(cell.text) for cell in column.cells)
            word = max(len(w) for cell in column.cells for w in cell.text.split() or [""])
            # Never narrower than its longest word; the column with the longest cell is the widest.
            assert widths[number] >= docx.shared.Pt(5.5 * word)
            if longest == max(len(cell.text) for row in table.rows for cell in row.cells):
                assert widths[number] == max(widths)
        longest_cells = [max(len(cell.text) for cell in column.cells) for column in table.columns]
        if max(longest_cells) > 2 * min(longest_cells):  # not the same width for all (Word's default)
            assert max(widths) > 1.5 * min(widths), (longest_cells, widths)
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
