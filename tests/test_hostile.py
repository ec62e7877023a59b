"""Broken or hostile inputs: each gives a one-line message or warning, never a traceback,
a hang or lost data (issue 9, item 6)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefgen.cli import main

BIDI_AND_CONTROLS = ["\u202e", "\u202a", "\u2066", "\u200f", "\x1b", "\x9b", "\x07", "\x08", "\x7f"]
GOOD = "The harbour board approved the new dredging plan for the eastern channel on Monday after a long debate.\n"


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def clean_exit(result: Result, code: int = 0) -> list[str]:
    """The output's lines, after checking the command ended by itself with *code*."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        raise AssertionError("".join(traceback.format_exception(result.exception)))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result.output.splitlines()


def warned_once(lines: list[str], name: str, needle: str = "") -> str:
    found = [line for line in lines if f"sources/{name}" in line and "warning" in line]
    assert len(found) == 1, lines
    assert needle in found[0], found[0]
    return found[0]


def _docx(document_xml: bytes | None = None, drop: str = "") -> bytes:
    import docx

    doc = docx.Document()
    doc.add_paragraph(GOOD)
    buffer = io.BytesIO()
    doc.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if name == drop:
                continue
            data = source.read(name)
            if name == "word/document.xml" and document_xml is not None:
                data = document_xml
            target.writestr(name, data)
    return out.getvalue()


# -- 1. readers ---------------------------------------------------------------------------


def test_broken_word_files_are_one_line_warnings_and_the_rest_reads(other: Path) -> None:
    good = _docx()
    sources = other / "sources"
    (sources / "truncated.docx").write_bytes(good[: len(good) // 2])
    (sources / "brokenxml.docx").write_bytes(_docx(b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p'))
    (sources / "nodocument.docx").write_bytes(_docx(drop="word/document.xml"))
    deep = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    (sources / "deep.docx").write_bytes(_docx(deep + b"<w:body>" * 5000 + b"</w:body>" * 5000 + b"</w:document>"))
    lines = clean_exit(cli("sources", "-w", str(other)))
    for name in ("truncated.docx", "brokenxml.docx", "nodocument.docx", "deep.docx"):
        warned_once(lines, name, f"skipped sources/{name}: ")
    assert sum(line.startswith("sources/harbor-") for line in lines) == 3


def test_word_file_that_unpacks_to_gigabytes_is_refused_before_reading(other: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        source = zipfile.ZipFile(io.BytesIO(_docx()))
        for name in source.namelist():
            if name != "word/document.xml":
                bomb.writestr(name, source.read(name))
        with bomb.open("word/document.xml", "w", force_zip64=True) as handle:
            handle.write(b"<w:document>")
            chunk = b" " * (1 << 24)
            for _ in range(20):  # 320 MB of blanks, 300 kB packed
                handle.write(chunk)
    (other / "sources" / "bomb.docx").write_bytes(out.getvalue())
    lines = clean_exit(cli("sources", "-w", str(other)))
    warned_once(lines, "bomb.docx", "unpacks to")


def _pdf(content: bytes, extra: bytes = b"") -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def test_pdfs_that_break_the_parser_are_one_line_warnings(other: Path) -> None:
    sources = other / "sources"
    (sources / "filter.pdf").write_bytes(_pdf(b"garbage", b"/Filter /FooDecode"))  # NotImplementedError
    (sources / "nested.pdf").write_bytes(_pdf(b"BT /F1 12 Tf " + b"[" * 5000 + b"(x)" + b"]" * 5000 + b" TJ ET"))
    lines = clean_exit(cli("sources", "-w", str(other)))
    warned_once(lines, "filter.pdf", "skipped sources/filter.pdf: corrupt or unreadable PDF")
    warned_once(lines, "nested.pdf", "skipped sources/nested.pdf: corrupt or unreadable PDF")


def test_broken_utf16_text_and_html_are_one_line_warnings(other: Path) -> None:
    sources = other / "sources"
    (sources / "truncated.txt").write_bytes(b"\xff\xfe" + GOOD.encode("utf-16-le") + b"x")
    (sources / "surrogate.html").write_bytes(b"\xff\xfe" + ("<html><body><p>" + GOOD).encode("utf-16-le")
                                             + b"\x00\xd8\x41\x00")
    lines = clean_exit(cli("sources", "-w", str(other)))
    warned_once(lines, "truncated.txt", "UTF-16")
    warned_once(lines, "surrogate.html", "UTF-16")



def test_embedded_pictures_in_a_web_page_do_not_stall_the_reader() -> None:
    """An attribute over 10 MB (a picture as a data: URI) put lxml's HTML parser, under
    trafilatura, into minutes of error recovery."""
    import base64
    import time

    from briefgen.ingest.readers import read_html

    blob = base64.b64encode(os.urandom(7_600_000)).decode()  # 10.1 million characters
    pages = [f'<html><body><article><p>{GOOD}</p><img src="data:image/png;base64,{blob}"></article></body></html>',
             f'<html><head><style>p {{ background: url(data:font/woff2;base64,{blob}) }}</style></head>'
             f'<body><main><div style="x: url({blob})"></div><p>{GOOD}</p></main></body></html>']
    for page in pages:
        started = time.process_time()
        read = read_html(page.encode(), "sources/page.html")
        assert time.process_time() - started < 10
        assert read.text.strip() == GOOD.strip() and "base64" not in read.text


def test_word_file_declaring_entities_is_refused_not_cut_short(other: Path) -> None:
    """python-docx leaves entities unresolved (no file is read), but the text after one went
    missing without a word; Word never writes a DOCTYPE."""
    body = (b'<?xml version="1.0"?>%s<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>The ferry operator &op; cut two sailings. " + GOOD.encode()
            + b"</w:t></w:r></w:p></w:body></w:document>")
    sources = other / "sources"
    (sources / "file-entity.docx").write_bytes(_docx(body % b'<!DOCTYPE d [<!ENTITY op SYSTEM "file:///etc/hostname">]>'))
    (sources / "text-entity.docx").write_bytes(_docx(body % b'<!doctype d [<!ENTITY op "Tidewater Lines">]>'))
    lines = clean_exit(cli("sources", "-w", str(other)))
    for name in ("file-entity.docx", "text-entity.docx"):
        warned_once(lines, name, "word/document.xml declares a DOCTYPE")
    assert sum(line.startswith("sources/harbor-") for line in lines) == 3


def test_text_too_long_once_read_is_refused_in_one_line(other: Path) -> None:
    """A 50 MB line of words took 40 s and 2.8 GB; half a million short lines over a minute."""
    sources = other / "sources"
    (sources / "one-line.txt").write_text(GOOD.strip() + " tonnes" * 450_000)
    (sources / "short-lines.md").write_text(GOOD + "- ok\n" * 210_000)
    lines = clean_exit(cli("sources", "-w", str(other)))
    warned_once(lines, "one-line.txt", "over 3,000,000 characters or 200,000 lines; split it into parts")
    warned_once(lines, "short-lines.md", "210,001 lines once read")
    assert sum(line.startswith("sources/harbor-") for line in lines) == 3

# -- 2. markdown front matter -------------------------------------------------------------


def test_impossible_date_in_front_matter_is_a_warning_and_the_source_reads(other: Path) -> None:
    (other / "sources" / "dated.md").write_text(f"---\ntitle: Dredging plan\ndate: 2026-02-30\n---\n\n{GOOD}")
    lines = clean_exit(cli("sources", "-w", str(other)))
    warned_once(lines, "dated.md", "2026-02-30")
    row = [line for line in lines if line.startswith("sources/dated.md\t")]
    assert len(row) == 1 and "\tDredging plan\t" in row[0] and "2026-02-30" not in row[0]


def test_front_matter_nested_5000_deep_is_a_warning_and_the_source_reads(other: Path) -> None:
    (other / "sources" / "deep.md").write_text("---\ntitle: " + "[" * 5000 + "]" * 5000 + f"\n---\n\n{GOOD}")
    lines = clean_exit(cli("sources", "-w", str(other)))
    warned_once(lines, "deep.md", "front matter")
    assert any(line.startswith("sources/deep.md\t") for line in lines)


# -- 3. file names ------------------------------------------------------------------------


def test_non_utf8_and_250_character_file_names_build(other: Path) -> None:
    sources = os.fsencode(other / "sources")
    with open(sources + b"/caf\xe9.txt", "wb") as handle:
        handle.write(b"Caf\xe9 owners near the harbour said the dredging plan would bring more visitors next summer.\n")
    long_name = "harbour-" + "x" * 238 + ".txt"
    assert len(long_name) == 250
    (other / "sources" / long_name).write_text("Fishermen said the harbour dredging plan would cut their catch by a third.\n")
    lines = clean_exit(cli("sources", "-w", str(other)))
    assert any(line.startswith("sources/caf\\xe9.txt\t") for line in lines), lines
    result = subprocess.run([sys.executable, "-m", "briefgen", "build", "-w", str(other), "--audience", "investor",
                             "--format", "md,html,pdf"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert all(len(os.fsencode(p.name)) <= 255 for p in (other / "notes").iterdir())
    assert len(list((other / "notes").glob("harbour-x*.yaml"))) == 1
    assert clean_exit(cli("check", "-w", str(other)))[-1].startswith("all ")


# -- 4. a worker that fails ---------------------------------------------------------------


def _many_sources(workspace: Path) -> None:
    towns = ["Ashford", "Brampton", "Carlow", "Dunmore", "Elgin", "Fenwick", "Garston", "Holt", "Irvine", "Jarrow"]
    for i in range(57):
        town = towns[i % 10]
        (workspace / "sources" / f"town-{i:02d}.txt").write_text(
            f"{town} council number {i} voted {i + 3} to {i % 7} on a budget of {i * 13 + 7} million for {1990 + i}.\n"
            f"Its mayor, elected in {1950 + i}, promised {i * 5 + 2} new homes by {2030 + i % 9}.\n")


def test_an_unexpected_error_in_one_worker_is_that_sources_warning(
        other: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _many_sources(other)
    (other / "sources" / "broken.docx").write_bytes(_docx()[:3000])
    monkeypatch.setenv("BRIEFGEN_JOBS", "2")
    import briefgen.ingest as ingest

    real = ingest.clean

    def flaky(text: str):  # type: ignore[no-untyped-def]
        if "number 13 " in text:
            raise IndexError("list index out of range")
        return real(text)

    monkeypatch.setattr(ingest, "clean", flaky)  # the pool forks, so the workers see it
    lines = clean_exit(cli("sources", "-w", str(other)))
    warned_once(lines, "broken.docx", "skipped sources/broken.docx")
    warned_once(lines, "town-13.txt", "IndexError")
    assert sum(line.startswith("sources/town-") for line in lines) == 56


# -- 5. a very long token -----------------------------------------------------------------


def test_a_100000_character_token_does_not_hang_the_pdf(other: Path) -> None:
    token = "".join("abcdefghij"[i % 10] for i in range(100_000))
    (other / "sources" / "token.md").write_text(
        f"# Harbour {token}\n\nHarbour dredging costs rose sharply this year, officials said on Monday.\n")
    result = subprocess.run([sys.executable, "-m", "briefgen", "build", "-w", str(other), "--audience", "investor",
                             "--format", "md,pdf"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    markdown = (other / "output" / "investor.md").read_text()
    assert "abcdefghij" * 4 in markdown and "…" in markdown  # shortened, visibly
    assert max(len(word) for word in markdown.split()) < 200


def test_escape_md_elides_long_tokens_visibly_and_keeps_short_ones() -> None:
    from briefgen.render.markdown import escape_md

    url = "https://example.org/reports/2026/harbour-dredging-plan-final.pdf"
    assert escape_md(f"See {url} now") == "See https\\://example.org/reports/2026/harbour-dredging-plan-final.pdf now"
    long = "x" * 500
    shown = escape_md(f"code {long} end")
    assert shown.startswith("code xxx") and shown.endswith("xxx end") and "…" in shown and len(shown) < 200


# -- 6. add and init ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ['a"b.txt', "back\\slash.txt", "new\nline.txt", "tab\tand ]].txt"])
def test_add_writes_a_sidecar_that_still_parses(other: Path, tmp_path: Path, name: str) -> None:
    outside = tmp_path / "incoming"
    outside.mkdir()
    (outside / name).write_text(GOOD)
    clean_exit(cli("add", "-w", str(other), str(outside / name)))
    table = tomllib.loads((other / "sources" / "sources.toml").read_text())
    assert name in table and table[name]["title"] == ""
    assert clean_exit(cli("sources", "-w", str(other)))


def test_add_refuses_existing_names_folders_and_unwritable_sources(other: Path, tmp_path: Path) -> None:
    incoming = tmp_path / "harbor-council.txt"
    incoming.write_text(GOOD)
    before = (other / "sources" / "harbor-council.txt").read_bytes()
    lines = clean_exit(cli("add", "-w", str(other), str(incoming)), 1)
    assert len(lines) == 1 and "sources/harbor-council.txt" in lines[0] and "already exists" in lines[0]
    assert (other / "sources" / "harbor-council.txt").read_bytes() == before
    lines = clean_exit(cli("add", "-w", str(other), str(tmp_path)), 2)
    assert "is a directory" in lines[-1]
    # tests run as root, where chmod does not stop a write: a file stands where sources/ should be
    fresh = tmp_path / "fresh.txt"
    fresh.write_text(GOOD)
    broken = tmp_path / "ws"
    assert cli("init", str(broken)).exit_code == 0
    (broken / "sources" / "sources.toml").unlink()
    (broken / "sources").rmdir()
    (broken / "sources").write_text("not a folder")
    lines = clean_exit(cli("add", "-w", str(broken), str(fresh)), 1)
    assert len(lines) == 1 and "sources" in lines[0] and "cannot" in lines[0]


def test_init_keeps_existing_files(tmp_path: Path) -> None:
    target = tmp_path / "project"
    (target / "sources").mkdir(parents=True)
    (target / "README.md").write_text("my own readme\n")
    (target / "sources" / "sources.toml").write_text('["mine.txt"]\ntitle = "Mine"\n')
    lines = clean_exit(cli("init", str(target)))
    assert (target / "README.md").read_text() == "my own readme\n"
    assert (target / "sources" / "sources.toml").read_text() == '["mine.txt"]\ntitle = "Mine"\n'
    assert (target / "briefgen.toml").is_file()
    assert any("kept" in line and "README.md" in line and "sources/sources.toml" in line for line in lines), lines


# -- 7. display safety --------------------------------------------------------------------


def test_bidi_and_terminal_controls_never_reach_outputs_or_the_listing(other: Path) -> None:
    name = "evil\u202e\x1b[2Jtxt.txt"
    (other / "sources" / name).write_text(
        "Harbour\u202e dredging \x1b[31mcosts\x1b[0m rose \u2066sharply\u2069 this year\x07, officials said\x9b2J "
        "on Monday.\n\nThe harbour dredging plan will cost 40 million dollars over five years, the council said.\n"
        "Fishermen said the plan would cut their catch by a third in the first year of the works.\n"
        "The port authority expects larger ships to call at the harbour once the channel is deeper.\n")
    (other / "sources" / "sources.toml").write_text(
        f'[{json.dumps(name)}]\ntitle = "Title \\u202e with \\u001b[1m escapes"\n')
    lines = clean_exit(cli("sources", "-w", str(other)))
    listing = "\n".join(lines)
    row = [line for line in lines if line.startswith("sources/evil")]
    assert len(row) == 1 and "\tTitle  with  escapes\t" in row[0], lines
    for char in BIDI_AND_CONTROLS:
        assert char not in listing, repr(char)
    result = cli("build", "-w", str(other), "--audience", "investor", "--format", "md,html")
    clean_exit(result)
    for suffix in ("md", "html"):
        text = (other / "output" / f"investor.{suffix}").read_text()
        for char in BIDI_AND_CONTROLS:
            assert char not in text, (suffix, repr(char))
    # The evil file's sentences and title reach the brief, with the controls gone.
    assert "*Title with escapes*" in (other / "output" / "investor.md").read_text()
    clean_exit(cli("check", "-w", str(other)))  # offsets unchanged: every quote still verifies
    digest = cli("digest", "-w", str(other), "--words", "400")
    clean_exit(digest)
    assert "Harbour dredging costs" in digest.output
    for char in BIDI_AND_CONTROLS:
        assert char not in digest.output, ("digest", repr(char))
    # A quote that no longer verifies is reported with the file's name, shown safely.
    (other / "sources" / name).write_text("Nothing of the kind.\n")
    failed = cli("check", "-w", str(other))
    assert failed.exit_code == 1 and "sources/evil" in failed.output, failed.output
    for char in BIDI_AND_CONTROLS:
        assert char not in failed.output, ("check", repr(char))


# -- 8. cache and notes folders that cannot be written ------------------------------------


def test_a_file_in_place_of_the_cache_only_costs_speed(other: Path) -> None:
    # tests run as root, where chmod does not stop a write: a regular file stands in the cache's place
    (other / ".briefgen-cache").write_text("not a folder")
    for _ in range(2):
        lines = clean_exit(cli("build", "-w", str(other), "--audience", "investor", "--format", "md"))
        assert any(line.startswith("wrote ") for line in lines)
    assert (other / ".briefgen-cache").read_text() == "not a folder"
    assert (other / "output" / "investor.md").is_file()


def test_a_file_in_place_of_notes_is_one_notes_error(other: Path) -> None:
    (other / "notes").rmdir()
    (other / "notes").write_text("not a folder")
    lines = clean_exit(cli("notes", "-w", str(other)), 1)
    assert len(lines) == 1 and lines[0].startswith("briefgen: error: notes/") and "folder" in lines[0]
    assert (other / "notes").read_text() == "not a folder"


# -- 6. workspace files that break their parsers (benchmarks/hostile_inputs.py) -----------------


@pytest.mark.parametrize("kind", ["nested", "symlink"])
def test_briefgen_toml_nested_or_leading_outside_is_one_config_error(other: Path, tmp_path: Path, kind: str) -> None:
    config = other / "briefgen.toml"
    if kind == "nested":
        config.write_text(config.read_text(encoding="utf-8") + "\n[deep]\nx = " + "[" * 5000 + "]" * 5000 + "\n")
        needle = "briefgen.toml: not valid TOML (arrays or tables nested too deeply)"
    else:
        outside = tmp_path / "elsewhere.toml"
        outside.write_text('[brief]\ntitle = "Read from outside"\n')
        config.unlink()
        config.symlink_to(outside)
        needle = "briefgen.toml: is a symlink to a file outside the workspace"
    lines = clean_exit(cli("-w", str(other), "build", "--format", "md"), 1)
    assert [line for line in lines if "error" in line] == [f"briefgen: error: {needle}" + lines[-1].split(needle)[1]]
    assert not list((other / "output").glob("*.md"))


def test_notes_nested_100000_deep_is_one_notes_error(other: Path) -> None:
    clean_exit(cli("-w", str(other), "notes"))
    path = next((other / "notes").glob("harbor-council*.yaml"))
    path.write_text(path.read_text(encoding="utf-8") + "extra: " + "[" * 100_000 + "]" * 100_000 + "\n")
    lines = clean_exit(cli("-w", str(other), "build", "--format", "md"), 1)
    assert lines[-1] == f"briefgen: error: notes/{path.name}: nested too deeply; fix the YAML (or delete the file to regenerate it)"


def test_first_day_of_the_calendar_and_a_garbled_merge_base_still_build(other: Path) -> None:
    clean_exit(cli("-w", str(other), "build", "--format", "md"))
    for base in (other / ".briefgen-cache").rglob("*"):
        if base.is_file() and base.name != "lock":
            base.write_bytes(b"\x00\xb9 not utf-8")
    config = other / "briefgen.toml"
    config.write_text(re.sub(r"(?m)^#? *as_of = .*$", "as_of = 0001-01-01", config.read_text(encoding="utf-8"), count=1))
    (other / "sources" / "late.txt").write_text("The ferry operator said last Monday it would add two sailings next week.\n")
    clean_exit(cli("-w", str(other), "build", "--format", "md"))
    assert "0001" in (other / "output" / "executive.md").read_text(encoding="utf-8")
