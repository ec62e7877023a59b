"""Hand briefgen hostile or broken workspaces and print how each run ended.

Each case copies a small workspace (``briefgen init`` + tests/fixtures/other, notes made), breaks
one thing, and runs ``briefgen build --audience all --format md,html`` (some cases: pdf) under
``strace`` with a time limit. A case fails when the run

- prints a traceback, or takes more than 20 s of CPU (``slow``), or 60 s on the clock (``hang``);
- opens a file under the canary folder outside the workspace, or copies the canary's text into
  notes/ or output/ (``leak``); tries a network connection (``net``); starts a program (``exec``);
- ends non-zero without one ``briefgen: error:`` line naming the file the case broke, or ends
  with 0 but the broken file is named nowhere (``message``), or prints a line over 500
  characters (``long``).

Usage: python benchmarks/hostile_inputs.py [--only NAME ...] [--jobs N] [--keep DIR]
Prints one line per case and a tally by kind of failure; exits 1 when any case failed.
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "CANARY-7f3a9c-SECRET"
LIMIT = 20.0
WALL = [60.0]
"""Seconds on the clock before a run counts as a hang (--wall: raise it on a loaded machine)."""
GOOD = ("The harbour board approved the new dredging plan for the eastern channel on Monday after "
        "a long debate, chair Ruth Okafor said.\n")


@dataclass
class Case:
    name: str
    kind: str
    setup: Callable[[Path, Path], None]
    """Breaks the workspace (first argument); the second is the canary folder."""
    names: str = ""
    """Text that a warning or error must name ('' = the run must simply succeed)."""
    formats: str = "md,html"
    command: tuple[str, ...] = ()
    check: Callable[[Path, Path], list[str]] | None = None
    """After the run: more failures (``lost`` edit, ``inject``ed markup, ``escape``) from the workspace and canary."""


CASES: list[Case] = []


def case(kind: str, names: str = "", formats: str = "md,html", command: tuple[str, ...] = (),
         check: Callable[[Path, Path], list[str]] | None = None,
         ) -> Callable[[Callable[[Path, Path], None]], Callable[[Path, Path], None]]:
    def register(setup: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
        CASES.append(Case(setup.__name__, kind, setup, names, formats, command, check))
        return setup
    return register


def src(ws: Path, name: str, data: bytes | str) -> None:
    path = ws / "sources" / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


# -- builders for broken files ---------------------------------------------------------------


def pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, trailer_extra, xref))
    return out.getvalue()


def stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


PAGE = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>")
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 12 Tf 72 700 Td (" + GOOD.strip().encode() + b") Tj ET"


def good_pdf(catalog_extra: bytes = b"", content: bytes = TEXT, stream_extra: bytes = b"") -> bytes:
    return pdf([b"<< /Type /Catalog /Pages 2 0 R %s >>" % catalog_extra,
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE, stream(content, stream_extra), FONT])


def docx(replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    import docx as python_docx

    doc = python_docx.Document()
    doc.add_paragraph(GOOD)
    buffer = io.BytesIO()
    doc.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, (replace or {}).get(name, source.read(name)))
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return out.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_body(paragraph: bytes, doctype: bytes = b"") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + b"<w:document " + W + b"><w:body><w:p><w:r><w:t>"
            + paragraph + b"</w:t></w:r></w:p></w:body></w:document>")


def png(width: int, height: int) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = zlib.compress(b"\x00" * (width // 8 + 1) * min(height, 64))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def add_line(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def set_key(ws: Path, table: str, line: str) -> None:
    """Puts *line* in [table] of briefgen.toml (adding the table when missing)."""
    config = ws / "briefgen.toml"
    text = config.read_text(encoding="utf-8")
    key = line.split("=")[0].strip()
    text = re.sub(rf"(?m)^#?\s*{re.escape(key)}\s*=.*\n", "", text)
    if f"[{table}]" in text:
        text = text.replace(f"[{table}]", f"[{table}]\n{line}", 1)
    else:
        text += f"\n[{table}]\n{line}\n"
    config.write_text(text, encoding="utf-8")


def template(ws: Path, body: str, name: str = "audiences/executive.md.j2") -> None:
    path = ws / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")


# -- sources: PDF ------------------------------------------------------------------------------


@case("pdf", "truncated.pdf")
def pdf_truncated(ws: Path, canary: Path) -> None:
    data = good_pdf()
    src(ws, "truncated.pdf", data[: len(data) // 3])


@case("pdf", "header-only.pdf")
def pdf_header_only(ws: Path, canary: Path) -> None:
    src(ws, "header-only.pdf", b"%PDF-1.7\n")


@case("pdf", "zero-pages.pdf")
def pdf_zero_pages(ws: Path, canary: Path) -> None:
    src(ws, "zero-pages.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))


@case("pdf", "encrypted.pdf")
def pdf_encrypted(ws: Path, canary: Path) -> None:
    src(ws, "encrypted.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                  PAGE, stream(TEXT), FONT,
                                  b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <" + b"00" * 32
                                  + b"> /U <" + b"00" * 32 + b"> >>"],
                                 b"/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]"))


@case("pdf")
def pdf_javascript_and_launch(ws: Path, canary: Path) -> None:
    actions = (b"/OpenAction << /S /JavaScript /JS (app.launchURL\\('http://127.0.0.1:9/x'\\)) >> "
               b"/AA << /WC << /S /Launch /F (" + str(canary / "run.sh").encode() + b") >> >> "
               b"/URI << /Base (file://" + str(canary).encode() + b"/) >>")
    src(ws, "actions.pdf", good_pdf(actions))


@case("pdf", "pagecycle.pdf")
def pdf_page_tree_cycle(ws: Path, canary: Path) -> None:
    src(ws, "pagecycle.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                  b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", PAGE, stream(TEXT), FONT]))


@case("pdf", "count.pdf")
def pdf_claims_a_billion_pages(ws: Path, canary: Path) -> None:
    src(ws, "count.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                              b"<< /Type /Pages /Kids [3 0 R 3 0 R 3 0 R] /Count 1000000000 >>", PAGE,
                              stream(TEXT), FONT]))


@case("pdf", "flatebomb.pdf")
def pdf_flate_bomb(ws: Path, canary: Path) -> None:
    packed = zlib.compressobj(9)
    body = b"".join(packed.compress(b"0 0 Td " * (1 << 20)) for _ in range(60)) + packed.flush()  # 420 MB
    src(ws, "flatebomb.pdf", good_pdf(content=body, stream_extra=b"/Filter /FlateDecode"))


@case("pdf", "deeparray.pdf")
def pdf_deeply_nested_array(ws: Path, canary: Path) -> None:
    src(ws, "deeparray.pdf", good_pdf(content=b"[" * 100_000 + b"]" * 100_000 + b" " + TEXT))


@case("pdf")
def pdf_deeply_nested_catalog(ws: Path, canary: Path) -> None:
    src(ws, "deepdict.pdf", good_pdf(catalog_extra=b"/X " + b"<< /A " * 50_000 + b"1" + b" >>" * 50_000))


@case("pdf")
def pdf_xref_points_nowhere(ws: Path, canary: Path) -> None:
    data = good_pdf()
    data = re.sub(rb"startxref\n\d+", b"startxref\n99999999999999", data)
    src(ws, "badxref.pdf", data)


@case("pdf", "garbage.pdf")
def pdf_random_bytes(ws: Path, canary: Path) -> None:
    src(ws, "garbage.pdf", b"%PDF-1.4\n" + os.urandom(200_000))


# -- sources: Word --------------------------------------------------------------------------


@case("docx")
def docx_external_relationships(ws: Path, canary: Path) -> None:
    import docx as python_docx

    doc = python_docx.Document()
    doc.add_paragraph(GOOD)
    buffer = io.BytesIO()
    doc.save(buffer)
    rels = zipfile.ZipFile(io.BytesIO(buffer.getvalue())).read("word/_rels/document.xml.rels")
    extra = (f'<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
             f'Target="file://{canary}/secret.txt" TargetMode="External"/>'
             '<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'attachedTemplate" Target="http://127.0.0.1:9/evil.dotm" TargetMode="External"/>'
             '<Relationship Id="rIdX3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             f'subDocument" Target="file://{canary}/secret.docx" TargetMode="External"/></Relationships>').encode()
    src(ws, "external.docx", docx({"word/_rels/document.xml.rels": rels.replace(b"</Relationships>", extra)}))


@case("docx", "xxe.docx")
def docx_xxe_file_entity(ws: Path, canary: Path) -> None:
    doctype = f'<!DOCTYPE d [<!ENTITY x SYSTEM "file://{canary}/secret.txt">]>'.encode()
    src(ws, "xxe.docx", docx({"word/document.xml": word_body(b"Leak: &x; " + GOOD.encode(), doctype)}))


@case("docx", "laughs.docx")
def docx_billion_laughs(ws: Path, canary: Path) -> None:
    entities = b'<!ENTITY a0 "lol">' + b"".join(b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1)) * 10)
                                                 for i in range(1, 10))
    src(ws, "laughs.docx", docx({"word/document.xml": word_body(b"&a9;", b"<!DOCTYPE d [" + entities + b"]>")}))


@case("docx", "bigimage.docx")
def docx_huge_image(ws: Path, canary: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx())) as good, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in good.namelist():
            target.writestr(name, good.read(name))
        with target.open("word/media/image1.png", "w", force_zip64=True) as handle:
            handle.write(png(60000, 60000)[:100])
            for _ in range(40):
                handle.write(b"\x00" * (1 << 23))  # 320 MB
    src(ws, "bigimage.docx", out.getvalue())


@case("docx")
def docx_fifty_thousand_parts(ws: Path, canary: Path) -> None:
    src(ws, "manyparts.docx", docx(add={f"customXml/extra{i}.xml": b"<a/>" for i in range(50_000)}))


@case("docx")
def docx_member_names_leave_the_folder(ws: Path, canary: Path) -> None:
    src(ws, "traversal.docx", docx(add={"../../../../tmp/evil.txt": b"x", f"/{canary}/abs.txt": b"x"}))


@case("docx", "notcontent.docx")
def docx_without_content_types(ws: Path, canary: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx())) as good, zipfile.ZipFile(out, "w") as target:
        for name in good.namelist():
            if name != "[Content_Types].xml":
                target.writestr(name, good.read(name))
    src(ws, "notcontent.docx", out.getvalue())


@case("docx", "encrypted.docx")
def docx_encrypted_ole(ws: Path, canary: Path) -> None:
    src(ws, "encrypted.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)


# -- sources: HTML --------------------------------------------------------------------------


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head><title>Board</title>{head}</head><body><article><p>{GOOD}</p>{body}</article></body></html>"


@case("html")
def html_base_and_refresh(ws: Path, canary: Path) -> None:
    src(ws, "base.html", page('<img src="secret.txt"><a href="secret.txt">more</a>',
                              f'<base href="file://{canary}/"><meta http-equiv="refresh" content="0; url=file://{canary}/secret.txt">'))


@case("html")
def html_srcset_css_url_iframe(ws: Path, canary: Path) -> None:
    src(ws, "urls.html", page(f'<img srcset="file://{canary}/secret.txt 1x, http://127.0.0.1:9/a.png 2x">'
                              f'<div style="background:url(file://{canary}/secret.txt)">x</div>'
                              f'<iframe src="file://{canary}/secret.txt"></iframe>'
                              f'<object data="file://{canary}/secret.txt"></object><link rel="stylesheet" href="http://127.0.0.1:9/s.css">',
                              f'<style>@import url("file://{canary}/secret.css");</style>'))


@case("html")
def html_inline_svg_external_entity(ws: Path, canary: Path) -> None:
    src(ws, "svg.html", f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{canary}/secret.txt">]>'
        + page('<svg><image href="file://' + str(canary) + '/secret.txt"/><text>&x;</text></svg>'))


@case("html")
def html_ten_megabyte_data_uri(ws: Path, canary: Path) -> None:
    blob = base64.b64encode(os.urandom(7_500_000)).decode()
    src(ws, "datauri.html", page(f'<img src="data:image/png;base64,{blob}"><p>{GOOD}</p>'))


@case("html")
def html_nested_100000_deep(ws: Path, canary: Path) -> None:
    src(ws, "deep.html", page("<div>" * 100_000 + GOOD + "</div>" * 100_000))


@case("html")
def html_100000_unclosed_tags(ws: Path, canary: Path) -> None:
    src(ws, "unclosed.html", page("<b><i><span>" * 35_000 + GOOD))


@case("html")
def html_script_and_event_handlers(ws: Path, canary: Path) -> None:
    src(ws, "script.html", page(f'<p onclick="fetch(\'http://127.0.0.1:9\')">Click</p><script>location="file://{canary}"</script>'
                                "<p>The &#x202e;reversed&#x200b;name and &#0; and &#xD800; and &#99999999; stand here.</p>"))


@case("html", "binaryhtml.html")
def html_that_is_binary(ws: Path, canary: Path) -> None:
    src(ws, "binaryhtml.html", b"<html><body>" + os.urandom(50_000) + b"</body></html>")


# -- sources: text and markdown ----------------------------------------------------------------


@case("text")
def text_fifty_megabyte_line(ws: Path, canary: Path) -> None:
    src(ws, "oneline.txt", GOOD.strip() + " " + "word " * 10_000_000)


@case("text")
def text_nul_bytes_midway(ws: Path, canary: Path) -> None:
    src(ws, "nul.txt", (GOOD * 40).encode() + b"\x00" * 20 + (GOOD * 3).encode())


@case("text")
def text_mixed_encodings(ws: Path, canary: Path) -> None:
    src(ws, "mixed.txt", GOOD.encode() + "Café board".encode("latin-1") + b" " + "Zürich — 5 €".encode() + b"\n" + GOOD.encode())


@case("text")
def text_utf32_and_double_bom(ws: Path, canary: Path) -> None:
    src(ws, "utf32.txt", (GOOD * 3).encode("utf-32"))
    src(ws, "doublebom.txt", b"\xef\xbb\xbf\xef\xbb\xbf" + (GOOD * 3).encode())
    src(ws, "utf16-odd.txt", b"\xff\xfe" + (GOOD * 3).encode("utf-16-le") + b"\x00")


@case("text")
def text_cr_only_and_crlf(ws: Path, canary: Path) -> None:
    src(ws, "cr.txt", (GOOD.strip() + "\r\r") * 5)
    src(ws, "crlf.txt", (GOOD.strip() + "\r\n\r\n") * 5)
    src(ws, "ls.txt", (GOOD.strip() + "\u2028\u2029\x0c\x85") * 5)


@case("text")
def text_empty_and_blank(ws: Path, canary: Path) -> None:
    src(ws, "empty.txt", b"")
    src(ws, "blank.txt", " \n\t\n" * 1000)


@case("text")
def text_zero_width_and_bidi_everywhere(ws: Path, canary: Path) -> None:
    src(ws, "zw.txt", "".join(ch + "\u200b\u202e\u2066" for ch in GOOD))


@case("text")
def text_half_a_million_short_lines(ws: Path, canary: Path) -> None:
    src(ws, "lines.txt", GOOD + "a.\n" * 500_000)


@case("markdown")
def markdown_links_to_local_files(ws: Path, canary: Path) -> None:
    src(ws, "links.md", f"# Board\n\n{GOOD}\n![chart](file://{canary}/secret.png) ![x]({canary}/secret.png) "
        f'[more](file://{canary}/secret.txt) <img src="file://{canary}/secret.txt"> '
        f'<iframe src="http://127.0.0.1:9/"></iframe>\n\n[ref]: file://{canary}/secret.txt\n')


@case("markdown", "pytag.md")
def markdown_front_matter_python_tag(ws: Path, canary: Path) -> None:
    src(ws, "pytag.md", f"---\ntitle: !!python/object/apply:os.system ['touch {canary}/pwned']\n---\n{GOOD}")


@case("markdown", "types.md")
def markdown_front_matter_wrong_types(ws: Path, canary: Path) -> None:
    src(ws, "types.md", f"---\ntitle: [1, 2]\ndate: {{a: 1}}\npublisher: 12\nkind: null\nauthor: true\n---\n{GOOD}")


@case("markdown", "frontlist.md")
def markdown_front_matter_not_a_mapping(ws: Path, canary: Path) -> None:
    src(ws, "frontlist.md", f"---\n- a\n- b\n---\n{GOOD}")


@case("markdown", "hugeint.md")
def markdown_front_matter_huge_numbers(ws: Path, canary: Path) -> None:
    src(ws, "hugeint.md", f"---\ntitle: {'9' * 5000}\ndate: {'9' * 50}\n---\n{GOOD}")


@case("markdown")
def markdown_nested_quotes_and_lists(ws: Path, canary: Path) -> None:
    src(ws, "nested.md", GOOD + "> " * 50_000 + "deep\n\n" + "".join("  " * i + "- item\n" for i in range(3000)))


# -- sources: file names and kinds of file ----------------------------------------------------


@case("names")
def names_rtl_zero_width_newline_quotes(ws: Path, canary: Path) -> None:
    for name in ("evil\u202etxt.exe.txt", "zero\u200bwidth.txt", "new\nline.txt", "quote\"s'.txt",
                 "..txt", "...", "-rf.txt", "$(touch x).txt", "back\\slash.txt"):
        src(ws, name, GOOD * 2)


@case("names", "leak.txt")
def names_symlink_to_a_file_outside(ws: Path, canary: Path) -> None:
    (ws / "sources" / "leak.txt").symlink_to(canary / "secret.txt")


@case("names", "outside")
def names_symlinked_folder_outside(ws: Path, canary: Path) -> None:
    (ws / "sources" / "outside").symlink_to(canary)


@case("names", "sub")
def names_subfolder_with_symlink_outside(ws: Path, canary: Path) -> None:
    (ws / "sources" / "sub").mkdir()
    (ws / "sources" / "sub" / "inner.txt").symlink_to(canary / "secret.txt")
    (ws / "sources" / "sub" / "ok.txt").write_text(GOOD * 2, encoding="utf-8")


@case("names", "loop")
def names_symlink_loop(ws: Path, canary: Path) -> None:
    (ws / "sources" / "loop").symlink_to("loop")
    (ws / "sources" / "dangling.txt").symlink_to("/nonexistent/x.txt")


@case("names", "pipe.txt")
def names_fifo(ws: Path, canary: Path) -> None:
    os.mkfifo(ws / "sources" / "pipe.txt")


@case("names", "devzero.txt")
def names_symlink_to_a_device(ws: Path, canary: Path) -> None:
    (ws / "sources" / "devzero.txt").symlink_to("/dev/zero")


@case("names", "sources")
def names_sources_is_a_file(ws: Path, canary: Path) -> None:
    shutil.rmtree(ws / "sources")
    (ws / "sources").write_text("not a folder", encoding="utf-8")


@case("names")
def names_deep_folders(ws: Path, canary: Path) -> None:
    folder = ws / "sources"
    for _ in range(60):
        folder = folder / "d"
    folder.mkdir(parents=True)
    (folder / "deep.txt").write_text(GOOD * 2, encoding="utf-8")


# -- workspace: briefgen.toml and sources.toml ----------------------------------------------------


@case("config", "briefgen.toml")
def config_wrong_types(ws: Path, canary: Path) -> None:
    set_key(ws, "brief", "title = 5")
    set_key(ws, "build", 'audiences = "executive"')
    set_key(ws, "build", "formats = [1, 2]")


@case("config", "briefgen.toml")
def config_huge_integers_and_dates(ws: Path, canary: Path) -> None:
    set_key(ws, "brief", "as_of = 9223372036854775807")
    set_key(ws, "style", "margins = 99999999999999999")


@case("config")
def config_as_of_far_dates(ws: Path, canary: Path) -> None:
    set_key(ws, "brief", "as_of = 0001-01-01")


@case("config", "")
def config_unknown_keys_and_tables(ws: Path, canary: Path) -> None:
    add_line(ws / "briefgen.toml", f'\n[include]\nfiles = ["{canary}/secret.toml", "briefgen.toml"]\n[brief.extra]\nx = 1\n')


@case("config", "briefgen.toml")
def config_not_toml_at_all(ws: Path, canary: Path) -> None:
    (ws / "briefgen.toml").write_bytes(b"\xff\xfe\x00[brief]\n" + os.urandom(200))


@case("config", "briefgen.toml")
def config_symlinked_outside(ws: Path, canary: Path) -> None:
    (ws / "briefgen.toml").unlink()
    (ws / "briefgen.toml").symlink_to(canary / "secret.toml")


@case("config", "briefgen.toml")
def config_deeply_nested_arrays(ws: Path, canary: Path) -> None:
    add_line(ws / "briefgen.toml", "\n[deep]\nx = " + "[" * 5000 + "]" * 5000 + "\n")


@case("config", "sources.toml")
def sources_toml_paths_outside(ws: Path, canary: Path) -> None:
    add_line(ws / "sources" / "sources.toml",
             f'\n["../../../../{canary}/secret.txt"]\ntitle = "x"\n["{canary}/secret.txt"]\ntitle = "y"\n'
             f'["../briefgen.toml"]\ntitle = "z"\n')


@case("config", "sources.toml")
def sources_toml_wrong_types_and_codecs(ws: Path, canary: Path) -> None:
    add_line(ws / "sources" / "sources.toml", '\n["harbor-council.txt"]\ntitle = [1]\ndate = 5\nencoding = "zlib_codec"\n'
                                              '["harbor-critics.txt"]\nencoding = "rot13"\npublisher = {a = 1}\n')


@case("config", "sources.toml")
def sources_toml_is_binary(ws: Path, canary: Path) -> None:
    (ws / "sources" / "sources.toml").write_bytes(os.urandom(300))


@case("config", "logo")
def style_logo_outside(ws: Path, canary: Path) -> None:
    set_key(ws, "style", f'logo = "{canary}/evil.svg"')


@case("config", "logo")
def style_logo_dotdot(ws: Path, canary: Path) -> None:
    set_key(ws, "style", f'logo = "../../../..{canary}/evil.svg"')


@case("config", "", formats="md,html,pdf")
def style_logo_svg_with_entities_and_links(ws: Path, canary: Path) -> None:
    (ws / "templates" / "logo.svg").write_text(
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file://{canary}/secret.txt">]>'
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">'
        f'<image xlink:href="file://{canary}/secret.png" width="5" height="5"/><image href="http://127.0.0.1:9/a.png"/>'
        f'<style>@import url(file://{canary}/secret.css);</style><text>&x;</text></svg>', encoding="utf-8")
    set_key(ws, "style", 'logo = "templates/logo.svg"')


@case("config", "logo", formats="md,html,pdf")
def style_logo_svg_billion_laughs(ws: Path, canary: Path) -> None:
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    (ws / "templates" / "logo.svg").write_text(
        f'<?xml version="1.0"?><!DOCTYPE svg [{entities}]><svg xmlns="http://www.w3.org/2000/svg"><text>&a9;</text></svg>',
        encoding="utf-8")
    set_key(ws, "style", 'logo = "templates/logo.svg"')


@case("config", "logo", formats="md,html,pdf")
def style_logo_png_decompression_bomb(ws: Path, canary: Path) -> None:
    (ws / "templates" / "logo.png").write_bytes(png(100_000, 100_000))
    set_key(ws, "style", 'logo = "templates/logo.png"')


@case("config", "logo")
def style_logo_is_a_fifo(ws: Path, canary: Path) -> None:
    os.mkfifo(ws / "templates" / "logo.png")
    set_key(ws, "style", 'logo = "templates/logo.png"')


@case("config", "briefgen.toml", formats="md,html,pdf")
def style_values_that_inject_css(ws: Path, canary: Path) -> None:
    set_key(ws, "style", f'accent = "red; }} body {{ background: url(file://{canary}/secret.png) }} a {{ color: red"')
    set_key(ws, "style", f"body_font = \"x'; }} @import url(file://{canary}/secret.css); p {{ font-family: 'y\"")
    set_key(ws, "style", 'margins = "1mm; background: url(http://127.0.0.1:9/x.png)"')


# -- workspace: templates and stylesheets ------------------------------------------------------


SANDBOX = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].system('id') }}",
    "{{ ''|attr('__class__')|attr('__mro__') }}",
    "{{ self._TemplateReference__context }}",
    "{{ config.__class__.__init__.__globals__ }}",
    "{{ range.__self__ }}",
    "{% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ '{0.__class__.__mro__}'.format('') }}",
    "{{ '%s'|format(cycler.__init__) }}",
    "{{ dict.fromkeys.__self__ }}",
]


def _sandbox_case(number: int, payload: str) -> None:
    def setup(ws: Path, canary: Path) -> None:
        template(ws, payload)
    setup.__name__ = f"template_sandbox_{number}"
    case("template", "executive.md.j2")(setup)


for _number, _payload in enumerate(SANDBOX):
    _sandbox_case(_number, _payload)


@case("template", "executive.md.j2")
def template_include_absolute(ws: Path, canary: Path) -> None:
    template(ws, f"{{% include '{canary}/secret.txt' %}}")


@case("template", "executive.md.j2")
def template_include_dotdot(ws: Path, canary: Path) -> None:
    template(ws, f"{{% include '../../../../../..{canary}/secret.txt' %}}{{% include '../briefgen.toml' %}}")


@case("template", "executive.md.j2")
def template_import_outside(ws: Path, canary: Path) -> None:
    template(ws, f"{{% from '{canary}/secret.txt' import x %}}{{% import '..%2f..%2fsecret' as y %}}")


@case("template", "executive.md.j2")
def template_billion_iterations(ws: Path, canary: Path) -> None:
    template(ws, "{% for i in range(10**9) %}{% endfor %}")


@case("template", "executive.md.j2")
def template_nested_loops(ws: Path, canary: Path) -> None:
    template(ws, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}")


@case("template", "executive.md.j2")
def template_recursive_macro(ws: Path, canary: Path) -> None:
    template(ws, "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}")


@case("template", "executive.md.j2")
def template_recursive_loop(ws: Path, canary: Path) -> None:
    template(ws, "{% for x in [[1]] recursive %}{{ loop([x]) }}{% endfor %}")


@case("template", "executive.md.j2")
def template_growing_string(ws: Path, canary: Path) -> None:
    template(ws, "{% set s = namespace(v='x') %}{% for i in range(64) %}{% set s.v = s.v ~ s.v %}{% endfor %}{{ s.v|length }}")


@case("template", "executive.md.j2")
def template_big_join_and_format(ws: Path, canary: Path) -> None:
    template(ws, "{{ range(10**7)|join(',') }}{{ '%999999999d'|format(1) }}{{ 'x'|center(10**9) }}")


@case("template", "executive.md.j2")
def template_huge_power(ws: Path, canary: Path) -> None:
    template(ws, "{{ (10**100)**(10**100) }}{{ 9**9**9 }}")


@case("template", "executive.md.j2")
def template_include_itself(ws: Path, canary: Path) -> None:
    template(ws, "{% include 'audiences/executive.md.j2' %}")


@case("template", "executive.md.j2")
def template_syntax_error_and_nul(ws: Path, canary: Path) -> None:
    template(ws, "{% if %}\x00{{ }}")


@case("template", "brief.css", formats="md,html,pdf")
def stylesheet_imports_and_urls(ws: Path, canary: Path) -> None:
    (ws / "templates" / "brief.css").write_text(
        f'@import url("file://{canary}/secret.css");\n@import "http://127.0.0.1:9/x.css";\n'
        f'@import "../../../..{canary}/secret.css";\n'
        f'body {{ background: url(file://{canary}/secret.png); }}\n'
        f'@font-face {{ font-family: X; src: url(http://127.0.0.1:9/f.woff) , url({canary}/font.ttf); }}\n'
        f'h1 {{ background-image: url("../../../..{canary}/secret.png"); }}\n', encoding="utf-8")


@case("template", "audiences", formats="md")
def audience_profile_wrong_types(ws: Path, canary: Path) -> None:
    template(ws, 'description = 5\ntemplate = "../../../../etc/passwd"\nmax_words = -1\nmax_pages = 1e308\n'
                 "[[sections]]\nid = 5\n", "audiences/executive.toml")


@case("template", "themes.toml", formats="md")
def themes_toml_garbage(ws: Path, canary: Path) -> None:
    template(ws, "[markets]\nwords = 5\n" + "x = [" * 3000, "themes.toml")


# -- workspace: notes, history, cache --------------------------------------------------------


def notes_file(ws: Path) -> Path:
    return ws / "notes" / "harbor-council.yaml"


@case("notes", "harbor-council.yaml")
def notes_python_tag(ws: Path, canary: Path) -> None:
    path = notes_file(ws)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "source: harbor-council", f"source: !!python/object/apply:os.system ['touch {canary}/pwned']", 1), encoding="utf-8")


@case("notes", "harbor-council.yaml")
def notes_nested_100000_deep(ws: Path, canary: Path) -> None:
    add_line(notes_file(ws), "extra: " + "[" * 100_000 + "]" * 100_000 + "\n")


@case("notes", "harbor-council.yaml")
def notes_wrong_types(ws: Path, canary: Path) -> None:
    path = notes_file(ws)
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^    status: auto", "    status: [1, 2]", text, count=1)
    text = re.sub(r"(?m)^    score: .*", "    score: {a: 1}", text, count=1)
    text = re.sub(r"(?m)^    at: .*", "    at: {start: -5, end: 99999999999999999999, para: x}", text, count=1)
    path.write_text(text, encoding="utf-8")


@case("notes", "")
def notes_duplicate_ids(ws: Path, canary: Path) -> None:
    path = notes_file(ws)
    text = path.read_text(encoding="utf-8")
    ids = re.findall(r"(?m)^  - id: (\S+)", text)
    text = text.replace(f"id: {ids[1]}", f"id: {ids[0]}", 1)
    other = ws / "notes" / "harbor-critics.yaml"
    other_ids = re.findall(r"(?m)^  - id: (\S+)", other.read_text(encoding="utf-8"))
    other.write_text(other.read_text(encoding="utf-8").replace(f"id: {other_ids[0]}", f"id: {ids[0]}", 1), encoding="utf-8")
    path.write_text(text, encoding="utf-8")


@case("notes", "harbor-council.yaml")
def notes_source_path_outside(ws: Path, canary: Path) -> None:
    path = notes_file(ws)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "path: sources/harbor-council.txt", f"path: {canary}/secret.txt", 1).replace(
        "source: harbor-council", "source: ../../../../" + str(canary).lstrip("/") + "/secret", 1), encoding="utf-8")


@case("notes", "harbor-council.yaml")
def notes_analyst_note_quotes_another_file(ws: Path, canary: Path) -> None:
    add_line(notes_file(ws), f"  - id: a-mine\n    status: edited\n    text: mine\n    evidence: [{{quote: \"not in the source\", "
                             f"source: \"../../../..{canary}/secret\", path: \"{canary}/secret.txt\"}}]\n")


@case("notes", "_links.yaml")
def notes_links_garbage(ws: Path, canary: Path) -> None:
    (ws / "notes" / "_links.yaml").write_bytes(b"key_phrases: 5\nclusters: {a: b}\ndisagreements: [[[\n\x00")


@case("notes", "harbor-council.yaml")
def notes_file_is_binary(ws: Path, canary: Path) -> None:
    notes_file(ws).write_bytes(os.urandom(4000))


@case("notes", "huge.yaml")
def notes_unknown_file_that_is_huge(ws: Path, canary: Path) -> None:
    (ws / "notes" / "huge.yaml").write_text("source: huge\nnotes:\n" + "  - {id: n-x, quote: y}\n" * 400_000, encoding="utf-8")


@case("history", "")
def history_corrupt(ws: Path, canary: Path) -> None:
    for path in (ws / "history").rglob("*.json"):
        path.write_bytes(b"{\"format\": \"briefgen-brief\", \"version\": 1, \"sections\": [" + b"[" * 100_000)


@case("history", "")
def history_wrong_shapes(ws: Path, canary: Path) -> None:
    folder = ws / "history" / "executive"
    (folder / "2026-09-01.json").write_text('{"format": "briefgen-brief", "version": 1, "sections": 5, "as_of": 7}', encoding="utf-8")
    (folder / "2026-09-02.json").write_text("[1, 2]", encoding="utf-8")
    (folder / "9999-99-99.json").write_text("{}", encoding="utf-8")
    (folder / "2026-09-03.json").symlink_to(canary / "secret.json")


@case("history", "", command=("changes", "--audience", "executive"))
def history_changes_with_garbage(ws: Path, canary: Path) -> None:
    history_wrong_shapes(ws, canary)


@case("cache", "")
def cache_corrupt(ws: Path, canary: Path) -> None:
    cache = ws / ".briefgen-cache"
    for path in cache.rglob("*"):
        if path.is_file() and path.name != "lock":
            path.write_bytes(b"\x00garbage" + os.urandom(100))
    (cache / "notes-base" / "evil.json").symlink_to(canary / "secret.json") if (cache / "notes-base").is_dir() else None


from hostile_more import more_cases  # noqa: E402  (new kinds, stop 35: sequences, edits, injection)

more_cases(case, src, set_key, template, good_pdf, docx, notes_file, TOKEN)

from hostile_s41 import s41_cases  # noqa: E402  (stop 41: FIFOs, devices, zip bombs, broken xref)

s41_cases(sys.modules[__name__])

from hostile_s42 import s42_cases  # noqa: E402  (stop 42: floods of definitions, encodings, nesting, overlaps)

s42_cases(sys.modules[__name__])


# -- running ---------------------------------------------------------------------------------


def run_case(item: Case, base: Path, canary: Path, scratch: Path) -> tuple[list[str], str, float]:
    ws = scratch / item.name / "ws"
    shutil.copytree(base, ws, symlinks=True)
    try:
        item.setup(ws, canary)
    except Exception as exc:  # a broken case must not stop the others
        return ["setup"], f"setup failed: {exc!r}"[:160], 0.0
    trace = scratch / item.name / "trace"
    command = item.command or ("build", "--audience", "all", "--format", item.formats)
    env = dict(os.environ, PYTHONPATH=str(ROOT), http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9")
    cpu_file = scratch / item.name / "cpu"
    try:
        done = subprocess.run(["/usr/bin/time", "-f", "%U %S", "-o", str(cpu_file), "strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=open,openat,connect,execve",
                               "-o", str(trace), sys.executable, "-m", "briefgen", "-w", str(ws), *command],
                              capture_output=True, text=True, errors="replace", timeout=WALL[0], env=env)
    except subprocess.TimeoutExpired:
        return ["hang"], f"(killed after {WALL[0]:.0f} s)", WALL[0]
    # CPU seconds (strace's included): other work on a shared machine does not count.
    took = sum(float(part) for part in cpu_file.read_text().split()[-2:])
    failures = []
    output = done.stdout + done.stderr
    if "Traceback" in output:
        failures.append("traceback")
    if took > LIMIT:
        failures.append("slow")
    calls = trace.read_text(errors="replace") if trace.exists() else ""
    if re.search(r'open(at)?\(.*"' + re.escape(str(canary)), calls):
        failures.append("leak")
    if re.search(r"connect\(\d+, \{sa_family=AF_INET6?", calls):
        failures.append("net")
    started_programs = re.findall(r'execve\("([^"]*)".*= 0$', calls, re.MULTILINE)[1:]
    if any(not re.search(r"/(python[\d.]*|ldconfig|gcc|collect2|ld)$", program) for program in started_programs):
        failures.append("exec")  # ctypes.util.find_library (WeasyPrint's loader) runs ldconfig and gcc
    for folder in ("output", "notes"):
        for path in (ws / folder).rglob("*") if (ws / folder).is_dir() and not (ws / folder).is_symlink() else ():
            if path.is_file() and not path.is_symlink() and TOKEN.encode() in path.read_bytes():
                failures.append("leak")
    if (canary / "pwned").exists():
        failures.append("exec")
    errors = [line for line in done.stderr.splitlines() if "error:" in line]
    if done.returncode not in (0, 1, 2):
        failures.append(f"exit {done.returncode}")
    if done.returncode != 0:
        if len(errors) != 1 or (item.names and item.names not in errors[0]):
            failures.append("message")
    elif item.names and not any(item.names in line for line in done.stderr.splitlines()):
        failures.append("message")
    if any(len(line) > 500 for line in output.splitlines()):
        failures.append("long")
    if item.check is not None:
        failures.extend(item.check(ws, canary))
    shown = (errors[0] if errors else (done.stderr.strip().splitlines() or ["(quiet)"])[-1])
    shown = shown if done.returncode else f"ok; {sum('warning' in line for line in done.stderr.splitlines())} warnings"
    return sorted(set(failures)), f"rc={done.returncode} {took:4.1f}s {shown[:160]!r}", took


def make_base(scratch: Path) -> Path:
    base = scratch / "base"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "briefgen", "init", str(base)], check=True, capture_output=True, env=env)
    for path in (ROOT / "tests" / "fixtures" / "other").iterdir():
        shutil.copy(path, base / "sources" / path.name)
    subprocess.run([sys.executable, "-m", "briefgen", "-w", str(base), "build", "--audience", "all", "--format", "md"],
                   check=True, capture_output=True, env=env)
    return base


def make_canary(scratch: Path) -> Path:
    canary = scratch / "canary"
    canary.mkdir()
    for name in ("secret.txt", "secret.css", "secret.toml", "secret.json", "secret.html", "run.sh"):
        (canary / name).write_text(f"{TOKEN}\n", encoding="utf-8")
    (canary / "secret.toml").write_text(f'[brief]\ntitle = "{TOKEN}"\n', encoding="utf-8")
    (canary / "secret.css").write_text(f'body::before {{ content: "{TOKEN}" }}\n', encoding="utf-8")
    (canary / "evil.svg").write_text(f'<svg xmlns="http://www.w3.org/2000/svg"><text>{TOKEN}</text></svg>', encoding="utf-8")
    (canary / "secret.png").write_bytes(png(10, 10))
    return canary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", default=[], help="run only the cases whose name contains one of these")
    parser.add_argument("--jobs", type=int, default=2, help="cases run at once (default 2)")
    parser.add_argument("--keep", help="leave the workspaces in this folder (default: a temporary one, removed)")
    parser.add_argument("--wall", type=float, default=60.0, help="seconds on the clock before a run is a hang (default 60)")
    options = parser.parse_args()
    WALL[0] = options.wall
    if shutil.which("strace") is None:
        print("strace is needed (apt-get install strace)", file=sys.stderr)
        return 2
    scratch = Path(options.keep or tempfile.mkdtemp(prefix="briefgen-hostile-"))
    scratch.mkdir(parents=True, exist_ok=True)
    cases = [c for c in CASES if not options.only or any(word in c.name for word in options.only)]
    try:
        canary, base = make_canary(scratch), make_base(scratch)
        tally: Counter[str] = Counter()
        failed = 0
        with ThreadPoolExecutor(options.jobs) as pool:
            results = pool.map(lambda item: (item, *run_case(item, base, canary, scratch)), cases)
            for item, failures, shown, _ in results:
                tally.update(failures)
                failed += bool(failures)
                print(f"{'FAIL ' + ','.join(failures) if failures else 'ok':22} {item.kind:9} {item.name:44} {shown}",
                      flush=True)
        print(f"\n{len(cases)} hostile inputs, {failed} failed; by kind of failure: "
              + (", ".join(f"{kind} {count}" for kind, count in tally.most_common()) or "none"))
    finally:
        if not options.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
