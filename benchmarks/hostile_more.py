"""More hostile inputs for hostile_inputs.py (stop 35): sequences of runs on a workspace the user
owns, hand-edited notes, markup injected through sources, metadata, config and notes, writes that
follow symlinks out of the workspace, and regex-hostile text.

Each case may add a check run after the build: ``lost`` (an analyst edit is gone), ``inject``
(raw markup from the input reached a brief), ``escape`` (a file outside the workspace changed).
Run only these: python benchmarks/hostile_inputs.py --only t13_
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EDIT = "ANALYST-EDIT-41"
EDIT2 = "ANALYST-EDIT-42"
EVIL = ('<script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src="http://127.0.0.1:9/"></iframe> '
        '[click](javascript:alert(3)) {{ 7*191 }} {% raw %}')
BACKGROUND: dict[str, subprocess.Popen[str]] = {}


def briefgen(ws: Path, *args: str, wait: bool = True) -> subprocess.Popen[str] | None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "briefgen", "-w", str(ws), *args]
    if not wait:
        return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    subprocess.run(command, capture_output=True, env=env, timeout=60)
    return None


def injected(ws: Path, canary: Path) -> list[str]:
    raw = r"(?<![\\`])<(script|iframe|img\b[^>]*onerror)|href=\"javascript:|1337"
    bad = {".html": re.compile(raw, re.I), ".md": re.compile(raw + r"|(?<!\\)\]\(\s*javascript:", re.I)}
    for path in (ws / "output").glob("*"):
        if path.suffix in bad and bad[path.suffix].search(path.read_text(encoding="utf-8", errors="replace")):
            return ["inject"]
    return []


CANARY_FILES = {"secret.txt", "secret.css", "secret.toml", "secret.json", "secret.html", "run.sh", "evil.svg", "secret.png"}


def canary_intact(ws: Path, canary: Path) -> list[str]:
    if {p.name for p in canary.iterdir()} - CANARY_FILES:
        return ["escape"]
    for path in canary.iterdir():
        if path.is_file() and b"CANARY" not in path.read_bytes() and path.suffix not in (".png", ".svg"):
            return ["escape"]
    return [] if not (canary / "written").exists() else ["escape"]


def kept(*words: str) -> Callable[[Path, Path], list[str]]:
    def check(ws: Path, canary: Path) -> list[str]:
        text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (ws / "notes").rglob("*.yaml")
                       if p.is_file() and not p.is_symlink())
        lost = [w for w in words if w not in text]
        return ["lost"] if lost else []
    return check


def both(*checks: Callable[[Path, Path], list[str]]) -> Callable[[Path, Path], list[str]]:
    return lambda ws, canary: [f for c in checks for f in c(ws, canary)]


def edit_text(path: Path, word: str, nth: int = 0) -> None:
    """Gives the nth note of a notes file the analyst's own text."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    seen = -1
    for i, line in enumerate(lines):
        if line.startswith("    text:"):
            seen += 1
            if seen == nth:
                lines[i] = f"    text: {word}\n"
                break
    path.write_text("".join(lines), encoding="utf-8")


def more_cases(case: Any, src: Any, set_key: Any, template: Any, good_pdf: Any, docx: Any,
               notes_file: Any, token: str) -> None:
    notes = notes_file

    # -- sources: regex-hostile and injected text ------------------------------------------
    @case("text")
    def t13_text_100000_digits(ws: Path, canary: Path) -> None:
        src(ws, "digits.txt", "The board said the figure was " + "9" * 100_000 + " dollars.\n")

    @case("text")
    def t13_text_100000_dots(ws: Path, canary: Path) -> None:
        src(ws, "dots.txt", "The board said " + "." * 100_000 + " and left.\n")

    @case("text")
    def t13_text_100000_thousands_groups(ws: Path, canary: Path) -> None:
        src(ws, "groups.txt", "Costs rose to $" + ",000" * 30_000 + " million, the chair said on Monday.\n")

    @case("text")
    def t13_text_alternating_case_quotes(ws: Path, canary: Path) -> None:
        src(ws, "quotes.txt", 'He said "' + '"a" ' * 40_000 + '" on Monday.\n')

    @case("text")
    def t13_text_date_like_flood(ws: Path, canary: Path) -> None:
        src(ws, "dates.txt", "On " + "Monday, 1 March 2026, " * 20_000 + "the board met.\n")

    @case("text")
    def t13_text_percent_and_ranges_flood(ws: Path, canary: Path) -> None:
        src(ws, "ranges.txt", "Rates rose " + "1-2-3% to " * 30_000 + "4% last year, the chair said.\n")

    @case("text")
    def t13_text_capitalised_names_flood(ws: Path, canary: Path) -> None:
        src(ws, "names.txt", "Chair " + "Ruth Okafor Of The Harbor " * 25_000 + "said on Monday.\n")

    @case("text")
    def t13_text_five_megabyte_one_sentence_of_words(ws: Path, canary: Path) -> None:
        src(ws, "words.txt", "The board " + "approved and " * 400_000 + "left on Monday.\n")

    @case("text")
    def t13_text_200_megabyte_source(ws: Path, canary: Path) -> None:
        with (ws / "sources" / "huge.txt").open("wb") as out:
            chunk = GOOD_LINE.encode() * 20_000
            while out.tell() < 200 * 1024 * 1024:
                out.write(chunk)

    @case("text", check=injected)
    def t13_text_with_markup_and_jinja(ws: Path, canary: Path) -> None:
        src(ws, "evil.txt", f"The harbour board approved {EVIL} the plan on Monday, chair Ruth Okafor said.\n"
                            f"\"{EVIL}\" said the mayor on Tuesday about the water rate plan and the council.\n")

    @case("markdown", check=injected)
    def t13_markdown_raw_html_and_links(ws: Path, canary: Path) -> None:
        src(ws, "evil.md", "# Board <script>x()</script>\n\nThe harbour board approved the [plan](javascript:alert(1)) "
                           "on Monday <img src=x onerror=alert(2)>, chair Ruth Okafor said.\n")

    @case("markdown", check=both(injected, canary_intact))
    def t13_markdown_images_point_outside(ws: Path, canary: Path) -> None:
        src(ws, "img.md", f"![a](file://{canary}/secret.png) ![b]({canary}/secret.png) ![c](../../../..{canary}/evil.svg)\n\n"
                          "The harbour board approved the new dredging plan on Monday, chair Ruth Okafor said.\n")

    @case("markdown")
    def t13_markdown_fifty_thousand_reference_links(ws: Path, canary: Path) -> None:
        src(ws, "refs.md", "The harbour board approved the plan on Monday [a][1].\n\n"
                           + "".join(f"[{i}]: http://127.0.0.1:9/{i}\n" for i in range(50_000)))

    @case("html", check=both(injected, canary_intact))
    def t13_html_stylesheet_and_image_links_outside(ws: Path, canary: Path) -> None:
        src(ws, "links.html", f'<html><head><link rel="stylesheet" href="file://{canary}/secret.css">'
                              f'<link rel="import" href="../../../..{canary}/secret.html"></head><body>'
                              f'<p>The harbour board approved the plan on Monday, chair Ruth Okafor said.</p>'
                              f'<img src="file://{canary}/secret.png"><object data="{canary}/secret.html"></object>'
                              f'<embed src="{canary}/secret.html"></body></html>')

    @case("html")
    def t13_html_unclosed_comment_five_megabytes(ws: Path, canary: Path) -> None:
        src(ws, "comment.html", "<html><body><p>The harbour board approved the plan on Monday.</p><!-- " + "x" * 5_000_000)

    @case("html")
    def t13_html_5000_nested_tables(ws: Path, canary: Path) -> None:
        src(ws, "tables.html", "<html><body>" + "<table><tr><td>" * 5000 + "The board approved the plan on Monday."
            + "</td></tr></table>" * 5000 + "</body></html>")

    @case("html")
    def t13_html_numeric_entity_flood(ws: Path, canary: Path) -> None:
        src(ws, "entities.html", "<html><body><p>The board " + "&#x1F600;&amp;&#0;&#99999999;" * 100_000 + " said.</p></body></html>")

    @case("html", check=injected)
    def t13_html_escaped_markup_in_text(ws: Path, canary: Path) -> None:
        src(ws, "escaped.html", "<html><body><p>The harbour board approved &lt;script&gt;alert(1)&lt;/script&gt; the plan "
                                "on Monday, chair Ruth Okafor said, [x](javascript:alert(1)).</p></body></html>")

    @case("html")
    def t13_html_bogus_charset_and_meta(ws: Path, canary: Path) -> None:
        src(ws, "charset.html", b'<html><head><meta charset="x-evil-\xff"><meta http-equiv="Content-Type" '
                                b'content="text/html; charset=utf-7"></head><body><p>The harbour board approved the '
                                b'plan +ADw-script+AD4- on Monday, chair Ruth Okafor said.</p></body></html>')

    @case("pdf")
    def t13_pdf_a_thousand_pages(ws: Path, canary: Path) -> None:
        from hostile_inputs import FONT, TEXT, pdf, stream
        count = 1000
        kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
                   stream(TEXT), FONT]
        objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                    b"/Resources << /Font << /F1 4 0 R >> >> >>"] * count
        src(ws, "thousand.pdf", pdf(objects))

    @case("pdf", check=injected)
    def t13_pdf_text_with_markup(ws: Path, canary: Path) -> None:
        src(ws, "markup.pdf", good_pdf(content=b"BT /F1 12 Tf 72 700 Td (The harbour board approved <script>alert\\(1\\)"
                                               b"</script> the plan on Monday, chair Ruth Okafor said.) Tj ET"))

    @case("docx")
    def t13_docx_200000_paragraphs(ws: Path, canary: Path) -> None:
        from hostile_inputs import word_body
        body = b"</w:t></w:r></w:p><w:p><w:r><w:t>".join([b"The board met."] * 200_000)
        src(ws, "paras.docx", docx({"word/document.xml": word_body(body)}))

    @case("docx")
    def t13_docx_deeply_nested_tables(ws: Path, canary: Path) -> None:
        from hostile_inputs import W
        inner = b"<w:p><w:r><w:t>The board approved the plan on Monday.</w:t></w:r></w:p>"
        for _ in range(3000):
            inner = b"<w:tbl><w:tr><w:tc>" + inner + b"</w:tc></w:tr></w:tbl>"
        src(ws, "tables.docx", docx({"word/document.xml": b'<?xml version="1.0"?><w:document ' + W + b"><w:body>"
                                     + inner + b"</w:body></w:document>"}))

    # -- file names and kinds ------------------------------------------------------------------
    @case("names")
    def t13_names_dash_and_dots(ws: Path, canary: Path) -> None:
        src(ws, "-rf --all.txt", GOOD_LINE)
        src(ws, "..txt", GOOD_LINE)
        src(ws, ".hidden.txt", GOOD_LINE)

    @case("names")  # a folder in sources/ is not a source: skipped quietly
    def t13_names_folder_named_like_a_source(ws: Path, canary: Path) -> None:
        (ws / "sources" / "folder.txt").mkdir()

    @case("names", check=injected)
    def t13_names_markup_in_file_name(ws: Path, canary: Path) -> None:
        src(ws, "<script>alert(1)</script>](javascript:x).txt".replace("/", "_"), GOOD_LINE)

    # -- sources.toml ------------------------------------------------------------------------
    @case("sources.toml", check=injected)
    def t13_sources_toml_markup_in_metadata(ws: Path, canary: Path) -> None:
        (ws / "sources" / "sources.toml").write_text(
            '["harbor-council.txt"]\ntitle = "<script>alert(1)</script>"\npublisher = "<img src=x onerror=alert(2)>"\n'
            'url = "javascript:alert(3)"\nreliability = "[x](javascript:alert(4))"\n', encoding="utf-8")

    @case("sources.toml", "sources.toml")
    def t13_sources_toml_bad_dates_and_kind(ws: Path, canary: Path) -> None:
        (ws / "sources" / "sources.toml").write_text(
            '["harbor-council.txt"]\ndate = "yesterday"\nupdated = 2026-02-30\nkind = 5\n', encoding="utf-8")

    @case("sources.toml", "sources.toml")
    def t13_sources_toml_entry_for_missing_file_and_duplicate(ws: Path, canary: Path) -> None:
        (ws / "sources" / "sources.toml").write_text(
            '["gone.txt"]\ntitle = "Gone"\n["harbor-council.txt"]\ntitle = "A"\n["harbor-council.txt"]\ntitle = "B"\n',
            encoding="utf-8")

    @case("sources.toml", check=canary_intact)
    def t13_sources_toml_encoding_and_url_file(ws: Path, canary: Path) -> None:
        (ws / "sources" / "sources.toml").write_text(
            f'["harbor-council.txt"]\nencoding = "rot13"\nurl = "file://{canary}/secret.txt"\n', encoding="utf-8")

    # -- briefgen.toml -------------------------------------------------------------------------
    @case("config", check=injected)
    def t13_config_markup_in_title_and_author(ws: Path, canary: Path) -> None:
        set_key(ws, "brief", 'title = "<script>alert(1)</script> {{ 7*191 }}"')
        set_key(ws, "brief", 'author = "[x](javascript:alert(1)) <iframe src=x>"')
        set_key(ws, "brief", 'distribution = "<img src=x onerror=alert(1)>"')

    @case("config", "briefgen.toml")
    def t13_config_unknown_audience_and_format(ws: Path, canary: Path) -> None:
        set_key(ws, "build", 'audiences = ["ceo", "../../etc"]')
        set_key(ws, "build", 'formats = ["exe"]')

    @case("config", "briefgen.toml", command=("build",))
    def t13_config_duplicate_key(ws: Path, canary: Path) -> None:
        path = ws / "briefgen.toml"
        path.write_text(path.read_text(encoding="utf-8").replace('[brief]\n', '[brief]\ntitle = "A"\ntitle = "B"\n', 1),
                        encoding="utf-8")

    @case("config", command=("build", "--format", "md"))
    def t13_config_bom_and_crlf(ws: Path, canary: Path) -> None:
        path = ws / "briefgen.toml"
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))

    @case("config", "briefgen.toml", command=("build", "--format", "md"))
    def t13_config_as_of_words(ws: Path, canary: Path) -> None:
        set_key(ws, "brief", 'as_of = "tomorrow"')

    @case("config", "briefgen.toml", command=("build", "--format", "md"))
    def t13_config_language_path(ws: Path, canary: Path) -> None:
        set_key(ws, "brief", 'language = "../../../etc/passwd"')

    @case("config", command=("build", "--format", "md"))
    def t13_config_empty_file(ws: Path, canary: Path) -> None:
        (ws / "briefgen.toml").write_text("", encoding="utf-8")

    @case("config", "briefgen.toml", command=("build", "--format", "md"))
    def t13_config_is_a_folder(ws: Path, canary: Path) -> None:
        (ws / "briefgen.toml").unlink()
        (ws / "briefgen.toml").mkdir()

    @case("config", "briefgen.toml", formats="md,pdf", check=injected)
    def t13_style_values_markup(ws: Path, canary: Path) -> None:
        set_key(ws, "style", 'accent = "red;}</style><script>alert(1)</script>"')
        set_key(ws, "style", 'body_font = "x\\"><script>alert(1)</script>"')

    # -- templates and profiles --------------------------------------------------------------
    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t13_template_mro_walk(ws: Path, canary: Path) -> None:
        template(ws, "{{ ''.__class__.__mro__[1].__subclasses__() }}")

    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t13_template_cycler_globals(ws: Path, canary: Path) -> None:
        template(ws, "{{ cycler.__init__.__globals__.os.system('touch " + str(canary) + "/written') }}")

    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t13_template_format_string_attribute(ws: Path, canary: Path) -> None:
        template(ws, "{{ '{0.__class__.__init__.__globals__}'.format(self) }}{{ '%s'|format(self.__init__) }}")

    @case("template", "executive.md.j2", formats="md")
    def t13_template_range_a_billion(ws: Path, canary: Path) -> None:
        template(ws, "{% for i in range(10**9) %}{{ i }}{% endfor %}")

    @case("template", "executive.md.j2", formats="md")
    def t13_template_string_multiplied(ws: Path, canary: Path) -> None:
        template(ws, "{{ 'x' * 10**10 }}")

    # stop 37: widths and output that would exhaust memory (each refused in one line naming the template)
    @case("template", "executive.md.j2", formats="md")
    def t15_template_padding_methods_and_filters(ws: Path, canary: Path) -> None:
        template(ws, "{{ 'x'.ljust(10**8) }}{{ 'x'.zfill(10**8) }}{{ 'x'|indent(10**8, true) }}{{ 'x'|center(10**8) }}")

    @case("template", "executive.md.j2", formats="md")
    def t15_template_format_widths(ws: Path, canary: Path) -> None:
        template(ws, "{{ '%0100000000d' % 1 }}{{ '%*d' % (10**8, 1) }}{{ '{:>100000000}'.format(1) }}"
                     "{{ '{0:>{1}}'.format(1, 10**8) }}")

    @case("template", "executive.md.j2", formats="md")
    def t15_template_prints_gigabytes_in_a_loop(ws: Path, canary: Path) -> None:
        template(ws, "{% for i in range(100000) %}{{ 'x' * 999999 }}{% endfor %}")

    @case("config", "briefgen.toml", formats="md")
    def t15_config_empty_audience_and_format_lists(ws: Path, canary: Path) -> None:
        set_key(ws, "build", "formats = []")

    @case("template", formats="md", check=canary_intact)
    def t13_template_file_is_symlink_outside(ws: Path, canary: Path) -> None:
        path = ws / "templates" / "audiences" / "executive.md.j2"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(canary / "secret.txt")

    @case("template", formats="md")
    def t13_profile_toml_symlink_outside(ws: Path, canary: Path) -> None:
        path = ws / "templates" / "audiences" / "executive.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(canary / "secret.toml")

    @case("template", formats="md")
    def t13_templates_folder_is_symlink_outside(ws: Path, canary: Path) -> None:
        (ws / "templates").rename(ws / "templates.old")
        (ws / "templates").symlink_to(canary)

    @case("template", "templates", formats="md")
    def t13_templates_is_a_file(ws: Path, canary: Path) -> None:
        import shutil
        shutil.rmtree(ws / "templates")
        (ws / "templates").write_text("x", encoding="utf-8")

    @case("template", "executive.toml", formats="md")
    def t13_profile_ten_thousand_sections(ws: Path, canary: Path) -> None:
        template(ws, "".join(f'[[sections]]\nid = "s{i}"\ntitle = "S{i}"\n' for i in range(10_000)), "audiences/executive.toml")

    @case("template", "ceo.md.j2", formats="md", command=("build", "--audience", "ceo", "--format", "md"))
    def t13_new_audience_template_without_profile_broken(ws: Path, canary: Path) -> None:
        template(ws, "{{ brief.title }\n", "audiences/ceo.md.j2")

    # -- notes edited by hand ------------------------------------------------------------------
    @case("notes", "harbor-council.yaml")
    def t13_notes_tab_indentation(ws: Path, canary: Path) -> None:
        path = notes(ws)
        path.write_text(path.read_text(encoding="utf-8").replace("    status: auto", "\tstatus: auto", 1), encoding="utf-8")

    @case("notes", "harbor-council.yaml", check=kept(EDIT))
    def t13_notes_edited_quote_no_longer_matches(ws: Path, canary: Path) -> None:
        path = notes(ws)
        edit_text(path, EDIT)
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("voted 7-2 on Tuesday", "voted 9-0 on Friday", 1), encoding="utf-8")

    @case("notes", "harbor-council.yaml")
    def t13_notes_unknown_status_and_kind(ws: Path, canary: Path) -> None:
        path = notes(ws)
        text = path.read_text(encoding="utf-8").replace("status: auto", "status: maybe", 1)
        path.write_text(text.replace("kind: figure", "kind: {x: 1}", 1), encoding="utf-8")

    @case("notes", check=both(injected, kept(EDIT)))
    def t13_notes_text_with_markup(ws: Path, canary: Path) -> None:
        path = notes(ws)
        edit_text(path, f"{EDIT} <script>alert(1)</script> [x](javascript:alert(1)) {{{{ 7*191 }}}}")
        path.write_text(path.read_text(encoding="utf-8").replace("status: auto", "status: pinned", 1), encoding="utf-8")
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(f"    text: {EDIT} <script>alert(1)</script> [x](javascript:alert(1)) {{{{ 7*191 }}}}",
                                     f"    text: '{EDIT} <script>alert(1)</script> [x](javascript:alert(1)) {{{{ 7*191 }}}}'"),
                        encoding="utf-8")

    @case("notes", "harbor-council.yaml")
    def t13_notes_empty_file(ws: Path, canary: Path) -> None:
        notes(ws).write_text("", encoding="utf-8")

    @case("notes", "harbor-council.yaml")
    def t13_notes_null_document(ws: Path, canary: Path) -> None:
        notes(ws).write_text("~\n", encoding="utf-8")

    @case("notes", "harbor-council.yaml")
    def t13_notes_alias_bomb(ws: Path, canary: Path) -> None:
        lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for i in range(1, 12):
            lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
        add_to = notes(ws)
        add_to.write_text("\n".join(lines) + "\n" + add_to.read_text(encoding="utf-8"), encoding="utf-8")

    @case("notes", "harbor-council.yaml")
    def t13_notes_infinite_and_huge_numbers(ws: Path, canary: Path) -> None:
        path = notes(ws)
        text = re.sub(r"(?m)^    score: .*", "    score: .inf", path.read_text(encoding="utf-8"), count=1)
        text = re.sub(r"(?m)^    at: .*", "    at: {start: 1e400, end: .nan, para: 10e10, sent: -1, line: 1e9}", text, count=1)
        path.write_text(text, encoding="utf-8")

    @case("notes", "harbor-council.yaml")
    def t13_notes_evidence_wrong_types(ws: Path, canary: Path) -> None:
        add_line = notes(ws)
        add_line.write_text(add_line.read_text(encoding="utf-8")
                            + "  - id: a-x\n    status: edited\n    text: mine\n    evidence: 5\n"
                            + "  - id: a-y\n    status: edited\n    text: [1]\n    evidence: [{quote: 7}, 9, null]\n",
                            encoding="utf-8")

    @case("notes", check=both(canary_intact, kept(EDIT)))
    def t13_notes_file_is_symlink_outside(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        path = ws / "notes" / "harbor-critics.yaml"
        path.unlink()
        path.symlink_to(canary / "secret.txt")

    @case("notes", check=canary_intact)
    def t13_notes_folder_is_symlink_outside(ws: Path, canary: Path) -> None:
        (ws / "notes").rename(ws / "notes.old")
        (ws / "notes").symlink_to(canary)

    @case("notes", check=kept(EDIT))
    def t13_notes_edited_note_moved_to_another_file(ws: Path, canary: Path) -> None:
        council, critics = notes(ws), ws / "notes" / "harbor-critics.yaml"
        edit_text(council, EDIT)
        text = council.read_text(encoding="utf-8")
        block = re.search(rf"(?m)^  - id: \S+\n(?:    .*\n)*?    text: {EDIT}\n(?:    .*\n)*?(?=  - id:|\Z)", text)
        assert block
        council.write_text(text.replace(block.group(0), ""), encoding="utf-8")
        critics.write_text(critics.read_text(encoding="utf-8") + block.group(0), encoding="utf-8")

    @case("notes", check=kept(EDIT))
    def t13_notes_id_collision_between_edited_notes(ws: Path, canary: Path) -> None:
        path = notes(ws)
        edit_text(path, EDIT)
        path.write_text(path.read_text(encoding="utf-8") + "  - id: a-mine\n    status: edited\n    text: first\n"
                        "    evidence: [{quote: \"raise residential water rates\"}]\n  - id: a-mine\n    status: edited\n"
                        "    text: second\n    evidence: [{quote: \"raise residential water rates\"}]\n", encoding="utf-8")

    # -- output/ and history/ the user changed ---------------------------------------------------
    @case("output", check=canary_intact)
    def t13_output_file_is_symlink_outside(ws: Path, canary: Path) -> None:
        (ws / "output" / "executive.md").unlink()
        (ws / "output" / "executive.md").symlink_to(canary / "secret.txt")
        (ws / "output" / "investor.html").symlink_to(canary / "secret.html")

    @case("output", check=canary_intact)
    def t13_output_folder_is_symlink_outside(ws: Path, canary: Path) -> None:
        import shutil
        shutil.rmtree(ws / "output")
        (ws / "output").symlink_to(canary)

    @case("output", "output")
    def t13_output_is_a_file(ws: Path, canary: Path) -> None:
        import shutil
        shutil.rmtree(ws / "output")
        (ws / "output").write_text("mine", encoding="utf-8")

    @case("history", check=canary_intact)
    def t13_history_folder_is_symlink_outside(ws: Path, canary: Path) -> None:
        import shutil
        shutil.rmtree(ws / "history" / "policy")
        (ws / "history" / "policy").symlink_to(canary)

    @case("history", check=canary_intact)
    def t13_history_record_is_symlink_outside_of_today(ws: Path, canary: Path) -> None:
        for path in (ws / "history" / "executive").glob("*.json"):
            path.unlink()
            path.symlink_to(canary / "secret.json")

    @case("history")
    def t13_history_user_renamed_and_future_records(ws: Path, canary: Path) -> None:
        folder = ws / "history" / "executive"
        for path in folder.glob("*.json"):
            (folder / "3026-01-01.json").write_bytes(path.read_bytes())
            path.rename(folder / "mine copy.json")
        (folder / "notes.txt").write_text("my notes", encoding="utf-8")

    # -- sequences of runs -------------------------------------------------------------------
    @case("sequence", check=kept(EDIT, EDIT2))
    def t13_seq_edit_refresh_edit_build_twice(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        briefgen(ws, "notes")
        edit_text(notes(ws), EDIT2, 1)
        briefgen(ws, "build", "--audience", "all", "--format", "md")

    @case("sequence", check=kept(EDIT))
    def t13_seq_delete_source_whose_notes_were_edited(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        (ws / "sources" / "harbor-council.txt").unlink()

    @case("sequence", check=kept(EDIT))
    def t13_seq_delete_source_then_build_twice(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        (ws / "sources" / "harbor-council.txt").unlink()
        briefgen(ws, "build", "--audience", "all", "--format", "md")

    @case("sequence", check=kept(EDIT))
    def t13_seq_rename_source_whose_notes_were_edited(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        (ws / "sources" / "harbor-council.txt").rename(ws / "sources" / "council-vote.txt")

    @case("sequence", check=kept(EDIT))
    def t13_seq_rename_source_build_then_rename_back(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        (ws / "sources" / "harbor-council.txt").rename(ws / "sources" / "council-vote.txt")
        briefgen(ws, "build", "--audience", "all", "--format", "md")
        (ws / "sources" / "council-vote.txt").rename(ws / "sources" / "harbor-council.txt")

    @case("sequence", check=kept(EDIT))
    def t13_seq_source_rewritten_so_the_edited_quote_vanishes(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        path = ws / "sources" / "harbor-council.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("voted 7-2", "voted 5-4"), encoding="utf-8")
        briefgen(ws, "notes")

    @case("sequence", check=kept(EDIT, EDIT2))
    def t14_seq_edit_add_source_refresh_remove_refresh(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        src(ws, "added.txt", GOOD_LINE)
        briefgen(ws, "notes")
        edit_text(notes(ws), EDIT2, 1)
        (ws / "sources" / "added.txt").unlink()
        briefgen(ws, "notes")

    @case("sequence", check=both(kept(EDIT), canary_intact))
    def t14_seq_edit_then_source_becomes_symlink_outside(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        path = ws / "sources" / "harbor-council.txt"
        path.unlink()
        path.symlink_to(canary / "secret.txt")

    def wait_background(ws: Path, canary: Path) -> list[str]:
        other = BACKGROUND.pop(str(ws), None)
        failures: list[str] = []
        if other is not None:
            try:
                _, err = other.communicate(timeout=90)
            except subprocess.TimeoutExpired:
                other.kill()
                return ["hang"]
            if "Traceback" in err:
                failures.append("traceback")
        return failures + kept(EDIT)(ws, canary)

    @case("sequence", check=wait_background)
    def t13_seq_two_builds_at_once(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        process = briefgen(ws, "build", "--audience", "all", "--format", "md", wait=False)
        assert process is not None
        BACKGROUND[str(ws)] = process

    @case("sequence", check=wait_background, command=("notes",))
    def t13_seq_notes_while_building(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        (ws / "sources" / "harbor-council.txt").write_text(
            (ws / "sources" / "harbor-council.txt").read_text(encoding="utf-8") + "\nThe mayor said on Friday she would veto it.\n",
            encoding="utf-8")
        process = briefgen(ws, "build", "--audience", "all", "--format", "md", wait=False)
        assert process is not None
        BACKGROUND[str(ws)] = process

    @case("sequence", check=kept(EDIT))
    def t13_seq_cache_deleted_between_edit_and_build(ws: Path, canary: Path) -> None:
        import shutil
        edit_text(notes(ws), EDIT)
        shutil.rmtree(ws / ".briefgen-cache", ignore_errors=True)

    @case("sequence", check=kept(EDIT))
    def t13_seq_notes_file_deleted_after_edit_elsewhere(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        (ws / "notes" / "harbor-critics.yaml").unlink()
        briefgen(ws, "notes")

    @case("sequence", check=kept(EDIT))
    def t13_seq_edit_while_yaml_broken_then_fixed(ws: Path, canary: Path) -> None:
        path = notes(ws)
        edit_text(path, EDIT)
        good = path.read_text(encoding="utf-8")
        path.write_text(good + "  - id: [\n", encoding="utf-8")
        briefgen(ws, "build", "--audience", "all", "--format", "md")
        briefgen(ws, "notes")
        path.write_text(path.read_text(encoding="utf-8").replace("  - id: [\n", ""), encoding="utf-8")


    # -- stop 39 (trust18): paths that lead out of the workspace, named by the analyst's files ---------
    @case("sources.toml", "sources/sources.toml:3", check=canary_intact)
    def t18_sources_toml_entry_names_parent_path(ws: Path, canary: Path) -> None:
        (ws / "sources" / "sources.toml").write_text(
            '["harbor-council.txt"]\ntitle = "Council"\n["../../../canary/secret.txt"]\ntitle = "x"\n'
            '["../../etc/passwd"]\ntitle = "y"\n', encoding="utf-8")

    @case("sources.toml", "sources/sources.toml:1", check=canary_intact)
    def t18_sources_toml_entry_names_absolute_path(ws: Path, canary: Path) -> None:
        (ws / "sources" / "sources.toml").write_text(f'["{canary}/secret.txt"]\ntitle = "x"\n', encoding="utf-8")

    @case("sources.toml", "outside.txt", check=canary_intact)
    def t18_sources_toml_entry_names_symlink_outside(ws: Path, canary: Path) -> None:
        (ws / "sources" / "outside.txt").symlink_to(canary / "secret.txt")
        (ws / "sources" / "sources.toml").write_text('["outside.txt"]\ntitle = "x"\n', encoding="utf-8")

    @case("sources.toml", "linked", check=canary_intact)
    def t18_sources_subfolder_symlink_outside_named_in_toml(ws: Path, canary: Path) -> None:
        (ws / "sources" / "linked").symlink_to(canary)
        (ws / "sources" / "sources.toml").write_text('["linked/secret.txt"]\ntitle = "x"\n', encoding="utf-8")

    @case("notes", check=both(canary_intact, kept(EDIT)), command=("notes",))
    def t18_seq_notes_symlink_outside_notes_build_refresh(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        path = ws / "notes" / "harbor-critics.yaml"
        path.unlink()
        path.symlink_to(canary / "secret.txt")
        briefgen(ws, "notes")
        briefgen(ws, "build", "--audience", "all", "--format", "md")
        src(ws, "added.txt", GOOD_LINE)

    @case("notes", check=both(canary_intact, kept(EDIT)), command=("notes",))
    def t18_seq_notes_symlink_to_missing_outside(ws: Path, canary: Path) -> None:
        edit_text(notes(ws), EDIT)
        path = ws / "notes" / "harbor-critics.yaml"
        path.unlink()
        path.symlink_to(canary / "written")
        briefgen(ws, "build", "--audience", "all", "--format", "md")

    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t18_template_include_two_up(ws: Path, canary: Path) -> None:
        template(ws, "{% include '../../x' %}")

    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t18_template_filter_not_in_sandbox(ws: Path, canary: Path) -> None:
        template(ws, "{{ 'x'|pprint_all }}{{ 'x'|xmlattr }}")

    @case("template", "executive.md.j2", formats="md", check=canary_intact)
    def t18_template_self_globals(ws: Path, canary: Path) -> None:
        template(ws, "{{ self.__init__.__globals__['__builtins__']['open']('" + str(canary) + "/written', 'w') }}"
                     "{{ brief.__class__.__base__.__subclasses__() }}{{ lipsum.__globals__ }}")

    @case("template", "executive.toml", formats="md", check=canary_intact)
    def t18_profile_template_names_parent_path(ws: Path, canary: Path) -> None:
        path = ws / "templates" / "audiences" / "executive.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('template = "../../../../canary/secret.txt"\n', encoding="utf-8")

    @case("template", "executive.toml", formats="md", check=canary_intact)
    def t18_profile_template_names_absolute_path(ws: Path, canary: Path) -> None:
        path = ws / "templates" / "audiences" / "executive.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'template = "{canary}/secret.txt"\n', encoding="utf-8")


GOOD_LINE = ("The harbour board approved the new dredging plan for the eastern channel on Monday after "
             "a long debate, chair Ruth Okafor said.\n")
