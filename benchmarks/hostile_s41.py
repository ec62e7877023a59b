"""Hostile inputs of stop 41 (trust22) for hostile_inputs.py: templates that try to read files,
import or reach attributes; sources that are FIFOs, devices or symlink loops; a huge single line;
NUL bytes; a zip-bomb DOCX; deeply nested HTML and Markdown; PDFs with a broken xref.
Run only these: python benchmarks/hostile_inputs.py --only t41_
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import Any

from hostile_more import canary_intact


def s41_cases(h: Any) -> None:
    case, src, template, good_pdf, docx, word_body = h.case, h.src, h.template, h.good_pdf, h.docx, h.word_body
    good = h.GOOD

    # -- templates -------------------------------------------------------------------------
    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t41_template_attr_filter_dunders(ws: Path, canary: Path) -> None:
        template(ws, '{{ brief|attr("__class__")|attr("__mro__") }}{{ (brief|attr("__init__"))|attr("__globals__") }}')

    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t41_template_import_os(ws: Path, canary: Path) -> None:
        template(ws, '{% import "os" as os %}{{ os.system("touch ' + str(canary) + '/pwned") }}')

    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t41_template_namespace_and_joiner_globals(ws: Path, canary: Path) -> None:
        template(ws, "{{ namespace.__init__.__globals__.os.popen('touch " + str(canary) + "/pwned').read() }}"
                     "{{ joiner.__init__.__globals__ }}")

    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t41_template_str_format_reaches_attributes(ws: Path, canary: Path) -> None:
        template(ws, '{{ "{0.__class__.__init__.__globals__}".format(brief) }}{{ "%s"|format(brief.__class__) }}')

    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t41_template_include_canary_absolute(ws: Path, canary: Path) -> None:
        template(ws, '{% include "' + str(canary) + '/secret.txt" %}{% include "file://' + str(canary) + '/secret.txt" %}')

    @case("template", "executive.md.j2", formats="md")
    def t41_template_extends_itself(ws: Path, canary: Path) -> None:
        template(ws, '{% extends "audiences/executive.md.j2" %}{% block x %}y{% endblock %}')

    @case("template", "executive.md.j2", formats="md")
    def t41_template_macro_recursion(ws: Path, canary: Path) -> None:
        template(ws, "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}")

    @case("template", "executive.md.j2", formats="md")
    def t41_template_nested_loops_ten_billion(ws: Path, canary: Path) -> None:
        template(ws, "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}done")

    @case("template", "executive.md.j2", formats="md")
    def t41_template_string_doubling(ws: Path, canary: Path) -> None:
        template(ws, '{% set ns = namespace(s="ab") %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}'
                     "{% endfor %}{{ ns.s|length }}")

    # -- sources that are not files ------------------------------------------------------------
    @case("text", "pipe.txt")
    def t41_source_is_a_fifo(ws: Path, canary: Path) -> None:
        os.mkfifo(ws / "sources" / "pipe.txt")

    @case("sources.toml", "pipe.txt")
    def t41_sources_toml_names_a_fifo(ws: Path, canary: Path) -> None:
        os.mkfifo(ws / "sources" / "pipe.txt")
        (ws / "sources" / "sources.toml").write_text('["pipe.txt"]\ntitle = "Live feed"\n', encoding="utf-8")

    @case("text", "zero.txt")
    def t41_source_symlink_to_dev_zero(ws: Path, canary: Path) -> None:
        (ws / "sources" / "zero.txt").symlink_to("/dev/zero")

    @case("sources.toml", "sources/sources.toml")
    def t41_sources_toml_names_dev_urandom(ws: Path, canary: Path) -> None:
        (ws / "sources" / "sources.toml").write_text('["/dev/urandom"]\ntitle = "x"\n["../../../../dev/zero"]\n'
                                                      'title = "y"\n', encoding="utf-8")

    @case("text", "loop")
    def t41_sources_subfolder_symlink_loop(ws: Path, canary: Path) -> None:
        (ws / "sources" / "loop").symlink_to(".")
        (ws / "sources" / "self.txt").symlink_to("self.txt")

    @case("text", "outside")
    def t41_sources_subfolder_symlink_to_root(ws: Path, canary: Path) -> None:
        (ws / "sources" / "outside").symlink_to("/")

    # -- text ---------------------------------------------------------------------------------
    @case("text", "")
    def t41_text_thirty_megabytes_without_a_space(ws: Path, canary: Path) -> None:
        src(ws, "oneword.txt", good + "x" * 30_000_000 + "\n")

    @case("text", "nul.txt")
    def t41_text_all_nul_bytes(ws: Path, canary: Path) -> None:
        src(ws, "nul.txt", b"\x00" * 2_000_000)

    @case("html", "")
    def t41_html_nul_bytes_inside_tags(ws: Path, canary: Path) -> None:
        src(ws, "nul.html", b"<html><bo\x00dy><p>" + good.encode() + b"</p><p\x00>\x00\x00</p></body></html>")

    # -- DOCX ---------------------------------------------------------------------------------
    @case("docx", "bomb.docx")
    def t41_docx_zip_bomb_document(ws: Path, canary: Path) -> None:
        base = zipfile.ZipFile(io.BytesIO(docx()))
        out = ws / "sources" / "bomb.docx"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
            for name in base.namelist():
                if name != "word/document.xml":
                    target.writestr(name, base.read(name))
            with target.open("word/document.xml", "w", force_zip64=True) as member:
                member.write(word_body(b"")[:-len(b"</w:t></w:r></w:p></w:body></w:document>")])
                chunk = b" " * 1_000_000
                for _ in range(1500):  # 1.5 GB of spaces, about 1.5 MB on disk
                    member.write(chunk)
                member.write(b"</w:t></w:r></w:p></w:body></w:document>")

    @case("docx", "dup.docx")
    def t41_docx_duplicate_member_names(ws: Path, canary: Path) -> None:
        data = docx()
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
            for name in source.namelist():
                target.writestr(name, source.read(name))
            target.writestr("word/document.xml", word_body(b"A second document with other words."))
        src(ws, "dup.docx", out.getvalue())

    @case("docx", "nested.docx")
    def t41_docx_inside_a_docx_inside_a_docx(ws: Path, canary: Path) -> None:
        inner = docx()
        for _ in range(5):
            inner = docx(add={"word/embeddings/inner.docx": inner})
        src(ws, "nested.docx", inner)

    # -- nesting --------------------------------------------------------------------------------
    @case("html", "")
    def t41_html_nested_lists_50000_deep(ws: Path, canary: Path) -> None:
        src(ws, "lists.html", "<html><body><p>" + good + "</p>" + "<ul><li>" * 50_000 + "deep" + "</li></ul>" * 50_000
            + "</body></html>")

    @case("html", "")
    def t41_html_misnested_inline_100000(ws: Path, canary: Path) -> None:
        src(ws, "misnested.html", "<html><body><p>" + good + "</p><p>" + "<b><i>" * 50_000 + "x" + "</b></i>" * 50_000
            + "</p></body></html>")

    @case("markdown", "")
    def t41_markdown_blockquotes_100000_deep(ws: Path, canary: Path) -> None:
        src(ws, "quotes.md", good + "\n" + ">" * 100_000 + " deep\n\n" + "- " * 50_000 + "item\n")

    # -- PDFs with a broken xref ---------------------------------------------------------------
    @case("pdf", "")
    def t41_pdf_startxref_past_the_end(ws: Path, canary: Path) -> None:
        data = good_pdf()
        at = data.rindex(b"startxref\n") + len(b"startxref\n")
        src(ws, "far.pdf", data[:at] + b"99999999999\n%%EOF\n")

    @case("pdf", "")
    def t41_pdf_xref_prev_loops_to_itself(ws: Path, canary: Path) -> None:
        data = good_pdf()
        xref = int(data[data.rindex(b"startxref\n") + 10:].split()[0])
        src(ws, "loop.pdf", data.replace(b"/Root 1 0 R", b"/Root 1 0 R /Prev %d" % xref))

    @case("pdf", "")
    def t41_pdf_xref_entries_garbled(ws: Path, canary: Path) -> None:
        data = good_pdf()
        at = data.index(b"xref\n")
        src(ws, "garbled.pdf", data[:at] + b"xref\n0 999999999\n" + b"zz" * 40 + data[data.index(b"trailer"):])

    @case("pdf", "")
    def t41_pdf_object_is_its_own_length(ws: Path, canary: Path) -> None:
        src(ws, "selflen.pdf", good_pdf(stream_extra=b"/Filter /FlateDecode /DecodeParms 4 0 R").replace(
            b"<< /Length", b"<< /Length 4 0 R /L", 1))
