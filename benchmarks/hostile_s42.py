"""Hostile inputs of stop 42 (trust24) for hostile_inputs.py: floods of Markdown link definitions
and of figures, encodings a decoder may choke on (UTF-16 without a BOM, overlong UTF-8, codecs
that are not text encodings), deep nesting in HTML, DOCX XML, PDF objects, TOML and templates,
notes files as Windows editors save them, sources.toml oddities, symlinks of the cache and lock
out of the workspace, a template that takes its name from a source's metadata, and builds that
overlap an analyst's save.
Run only these: python benchmarks/hostile_inputs.py --only t42_
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from hostile_more import BACKGROUND, EDIT, both, briefgen, canary_intact, edit_text, kept


def s42_cases(h: Any) -> None:
    case, src, template, good_pdf, docx, word_body, notes_file = (h.case, h.src, h.template, h.good_pdf, h.docx,
                                                                   h.word_body, h.notes_file)
    good = h.GOOD

    # -- floods that made figures quadratic ---------------------------------------------------------
    @case("markdown")
    def t42_markdown_3000_reference_definitions_with_titles(ws: Path, canary: Path) -> None:
        src(ws, "refs.md", "The harbour board approved the plan on Monday [a][1].\n\n"
            + "".join(f"[{i}]: http://127.0.0.1:9/{i} 'Report {i}'\n" for i in range(3000)))

    @case("markdown")
    def t42_markdown_definitions_each_their_own_paragraph(ws: Path, canary: Path) -> None:
        src(ws, "refs2.md", "# Links\n\n" + good + "\n"
            + "".join(f"[r{i}]: <http://127.0.0.1:9/{i}>\n   \"Filing {i}, page {i % 40}\"\n\n" for i in range(3000)))

    @case("text")
    def t42_text_3000_definition_lines_run_together(ws: Path, canary: Path) -> None:
        src(ws, "refs.txt", good + "\n" + "".join(f"[{i}]: http://127.0.0.1:9/{i} 'Report {i}'\n" for i in range(3000)))

    @case("text")
    def t42_text_table_of_amounts_one_paragraph(ws: Path, canary: Path) -> None:
        src(ws, "table.txt", good + "\n" + "".join(f"Row {i} | ${i}.5 million | {i % 90}.2% | 4,{i % 1000:03d}\n"
                                                   for i in range(4000)))

    @case("text")
    def t42_text_sentences_of_amounts_just_under_any_bound(ws: Path, canary: Path) -> None:
        sentence = "Costs were " + " ".join(f"${i}.5 million" for i in range(1, 120)) + ", the chair said.\n\n"
        src(ws, "amounts.txt", good + "\n" + sentence * 40)

    # -- encodings --------------------------------------------------------------------------------
    @case("text")
    def t42_text_utf16le_without_a_bom(ws: Path, canary: Path) -> None:
        src(ws, "utf16.txt", (good * 3).encode("utf-16-le"))

    @case("text")
    def t42_text_overlong_utf8_and_encoded_surrogates(ws: Path, canary: Path) -> None:
        src(ws, "overlong.txt", good.encode() + b"The chair \xc0\xaf said \xed\xa0\x80\xed\xb0\x80 and \xf8\x88\x80\x80\x80 "
            b"left \xf4\x90\x80\x80 early on Tuesday, officials said.\n")

    @case("sources.toml", "bytes.txt")
    def t42_sources_toml_encoding_is_a_bytes_codec(ws: Path, canary: Path) -> None:
        src(ws, "bytes.txt", good)
        src(ws, "zipped.txt", good)
        (ws / "sources" / "sources.toml").write_text('["bytes.txt"]\nencoding = "base64"\n["zipped.txt"]\n'
                                                      'encoding = "zlib_codec"\n', encoding="utf-8")

    @case("sources.toml", "escaped.txt")
    def t42_sources_toml_encoding_unicode_escape(ws: Path, canary: Path) -> None:
        src(ws, "escaped.txt", good + "The chair said \\N{NOT A NAME} and \\U0011ffff and \\x on Friday.\n")
        (ws / "sources" / "sources.toml").write_text('["escaped.txt"]\nencoding = "unicode_escape"\n', encoding="utf-8")

    @case("text")
    def t42_text_a_million_combining_marks(ws: Path, canary: Path) -> None:
        src(ws, "marks.txt", good + "The chair said the vote was a" + "\u0301" * 1_000_000 + " success on Friday.\n")

    # -- deep nesting -------------------------------------------------------------------------------
    @case("html")
    def t42_html_100000_unclosed_divs_and_tables(ws: Path, canary: Path) -> None:
        src(ws, "deep.html", "<html><body><p>" + good + "</p>" + "<div><table><tr><td>" * 25_000 + "deep</body></html>")

    @case("docx", "deep.docx")
    def t42_docx_xml_nested_200000_deep(ws: Path, canary: Path) -> None:
        body = word_body(good.strip().encode())
        deep = b"<w:sdt><w:sdtContent>" * 200_000 + b"</w:sdtContent></w:sdt>" * 200_000
        src(ws, "deep.docx", docx(replace={"word/document.xml": body.replace(b"<w:body>", b"<w:body>" + deep, 1)}))

    @case("pdf")
    def t42_pdf_dictionaries_nested_100000_deep(ws: Path, canary: Path) -> None:
        src(ws, "dicts.pdf", good_pdf(catalog_extra=b"/X " + b"<< /A " * 100_000 + b"1" + b" >>" * 100_000))

    @case("sources.toml", "sources.toml")
    def t42_sources_toml_inline_tables_nested_5000_deep(ws: Path, canary: Path) -> None:
        (ws / "sources" / "sources.toml").write_text('["harbor-council.txt"]\ntitle = ' + "{a = " * 5000 + "1"
                                                      + "}" * 5000 + "\n", encoding="utf-8")

    @case("config", "briefgen.toml")
    def t42_config_inline_tables_nested_5000_deep(ws: Path, canary: Path) -> None:
        h.set_key(ws, "brief", "title = " + "{a = " * 5000 + "1" + "}" * 5000)

    @case("template", "executive.md.j2", formats="md")
    def t42_template_ifs_nested_5000_deep(ws: Path, canary: Path) -> None:
        template(ws, "{% if true %}" * 5000 + "x" + "{% endif %}" * 5000)

    @case("template", "executive.md.j2", formats="md")
    def t42_template_parentheses_nested_20000_deep(ws: Path, canary: Path) -> None:
        template(ws, "{{ " + "(" * 20_000 + "1" + ")" * 20_000 + " }}")

    @case("template", "executive.md.j2", formats="md")
    def t42_template_filters_chained_20000(ws: Path, canary: Path) -> None:
        template(ws, "{{ brief.title" + "|lower" * 20_000 + " }}")

    # -- template names from data; templates folder tricks ------------------------------------------
    @case("template", "", formats="md", check=canary_intact)
    def t42_template_includes_a_name_a_source_chose(ws: Path, canary: Path) -> None:
        (ws / "sources" / "sources.toml").write_text(
            f'["harbor-council.txt"]\ntitle = "../../../../{str(canary).lstrip("/")}/secret.txt"\n', encoding="utf-8")
        template(ws, "{% for s in brief.sources %}{% include s.title ignore missing %}{% endfor %}x")

    # -- notes files as editors save them ----------------------------------------------------------
    @case("notes", check=kept(EDIT))
    def t42_notes_edit_saved_with_bom_and_crlf(ws: Path, canary: Path) -> None:
        path = notes_file(ws)
        edit_text(path, EDIT)
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))

    def unchanged_utf16(ws: Path, canary: Path) -> list[str]:
        data = notes_file(ws).read_bytes()
        return [] if data.startswith(b"\xff\xfe") and EDIT.encode("utf-16-le") in data else ["lost"]

    @case("notes", "harbor-council.yaml", check=unchanged_utf16)
    def t42_notes_edit_saved_as_utf16(ws: Path, canary: Path) -> None:
        path = notes_file(ws)
        edit_text(path, EDIT)
        path.write_bytes(b"\xff\xfe" + path.read_text(encoding="utf-8").encode("utf-16-le"))

    @case("notes", "harbor-council.yaml", check=kept(EDIT))
    def t42_notes_file_of_two_yaml_documents(ws: Path, canary: Path) -> None:
        path = notes_file(ws)
        edit_text(path, EDIT)
        path.write_text(path.read_text(encoding="utf-8") + "---\nsource: other\nnotes: []\n", encoding="utf-8")

    @case("notes", check=kept(EDIT))
    def t42_notes_ids_that_look_like_paths_and_huge(ws: Path, canary: Path) -> None:
        path = notes_file(ws)
        edit_text(path, EDIT)
        h.add_line(path, f"  - id: ../../../..{canary}/written\n    status: edited\n    text: {EDIT} mine\n"
                         f"  - id: {'n' * 100_000}\n    status: edited\n    text: long id\n")

    # -- cache and lock out of the workspace -------------------------------------------------------
    @case("cache", ".briefgen-cache/", check=canary_intact)
    def t42_cache_folder_is_symlink_outside(ws: Path, canary: Path) -> None:
        import shutil
        shutil.rmtree(ws / ".briefgen-cache")
        (ws / ".briefgen-cache").symlink_to(canary)

    @case("cache", ".briefgen-cache/lock", check=canary_intact)
    def t42_cache_lock_is_symlink_outside(ws: Path, canary: Path) -> None:
        lock = ws / ".briefgen-cache" / "lock"
        lock.unlink(missing_ok=True)
        lock.symlink_to(canary / "secret.txt")

    @case("cache", ".briefgen-cache/notes-base", check=both(canary_intact, kept(EDIT)))
    def t42_cache_notes_base_is_symlink_outside(ws: Path, canary: Path) -> None:
        import shutil
        edit_text(notes_file(ws), EDIT)
        base = ws / ".briefgen-cache" / "notes-base"
        shutil.rmtree(base, ignore_errors=True)
        base.symlink_to(canary)

    @case("cache", ".briefgen-cache/drafts/added.json", check=canary_intact)
    def t42_cache_draft_file_is_symlink_to_a_missing_file_outside(ws: Path, canary: Path) -> None:
        src(ws, "added.txt", good)  # a new source: its drafts are written to drafts/added.json
        (ws / ".briefgen-cache" / "drafts").mkdir(parents=True, exist_ok=True)
        (ws / ".briefgen-cache" / "drafts" / "added.json").symlink_to(canary / "written")

    # -- builds that overlap ----------------------------------------------------------------------
    def wait_all(ws: Path, canary: Path) -> list[str]:
        failures: list[str] = []
        for key in [k for k in BACKGROUND if k.startswith(str(ws))]:
            process = BACKGROUND.pop(key)
            try:
                _, err = process.communicate(timeout=120)
            except Exception:
                process.kill()
                failures.append("hang")
                continue
            if "Traceback" in err:
                failures.append("traceback")
        return failures + kept(EDIT)(ws, canary)

    @case("sequence", check=wait_all)
    def t42_seq_three_builds_and_a_refresh_at_once(ws: Path, canary: Path) -> None:
        edit_text(notes_file(ws), EDIT)
        for number, args in enumerate((("build", "--audience", "all", "--format", "md"), ("notes",),
                                       ("build", "--audience", "executive", "--format", "md,html"))):
            process = briefgen(ws, *args, wait=False)
            assert process is not None
            BACKGROUND[f"{ws}#{number}"] = process

    @case("sequence", check=wait_all)
    def t42_seq_analyst_saves_while_a_build_runs(ws: Path, canary: Path) -> None:
        src(ws, "added.txt", good)  # the build has notes to write
        process = briefgen(ws, "build", "--audience", "all", "--format", "md", wait=False)
        assert process is not None
        BACKGROUND[f"{ws}#0"] = process
        time.sleep(1.5)
        edit_text(notes_file(ws), EDIT)  # the analyst saves mid-build: the next run must keep it

    # -- sources that change under the build -------------------------------------------------------
    @case("docx", "swap.docx")
    def t42_docx_whose_zip_directory_lies_about_sizes(ws: Path, canary: Path) -> None:
        data = bytearray(docx())
        at = data.rfind(b"PK\x01\x02")  # the last central directory entry: claim 4 GB unpacked
        data[at + 24:at + 28] = (0xFFFFFFF0).to_bytes(4, "little")
        src(ws, "swap.docx", bytes(data))

    @case("markdown")
    def t42_markdown_front_matter_then_definitions_only(ws: Path, canary: Path) -> None:
        src(ws, "only-refs.md", "---\ntitle: Links only\n---\n" + "".join(f"[{i}]: http://127.0.0.1:9/{i}\n"
                                                                          for i in range(2000)))

