"""Your own look: [style] in briefgen.toml (logo, accent colour, fonts, page size, margins) in the
HTML, PDF and DOCX; images read only inside the workspace; the contents list of long briefs."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw
from pypdf import PdfReader

from briefgen.cli import main
from briefgen.render import toc
from briefgen.render.docx import bookmark_name

ACCENT = "#0b5394"


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def logo_png(size: tuple[int, int] = (360, 120)) -> bytes:
    picture = Image.new("RGB", size, "white")
    ImageDraw.Draw(picture).rectangle([0, 0, size[0] // 3, size[1]], fill=ACCENT)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def set_style(ws: Path, lines: str) -> None:
    """Replace the starter config's [style] table with *lines*."""
    config = ws / "briefgen.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text[: text.index("[style]")] + "[style]\n" + lines, encoding="utf-8")


def line_of(ws: Path, key: str) -> int:
    lines = (ws / "briefgen.toml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(f"{key} ="))


def one_line_error(result: Any) -> str:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def warnings_of(result: Any) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("briefgen: warning:")]


@pytest.fixture
def styled(other: Path) -> Path:
    """The other-subject workspace with a logo, an accent colour and a heading font."""
    (other / "templates" / "logo.png").write_bytes(logo_png())
    set_style(other, f'logo = "templates/logo.png"\naccent = "{ACCENT}"\nheading_font = "DejaVu Sans"\n')
    return other


def test_logo_and_accent_reach_html_pdf_and_docx(styled: Path) -> None:
    result = run("build", "-w", str(styled), "--audience", "investor", "--format", "md,html,pdf,docx")
    assert result.exit_code == 0, result.output
    assert not warnings_of(result)
    out = styled / "output"
    logo = (styled / "templates" / "logo.png").read_bytes()
    # HTML: the logo as a data: URL (nothing for a browser to fetch), the accent in the stylesheet.
    html = (out / "investor.html").read_text(encoding="utf-8")
    assert f'src="data:image/png;base64,{base64.b64encode(logo).decode()}"' in html
    style = html[html.index("<style>"): html.index("</style>")]
    assert re.search(r"h1, h2, h3, h4, a \{ color: #0b5394; \}", style)
    assert "src=\"templates/" not in html and "logo.png" not in html
    # PDF: an image XObject of the logo's size on page 1 (and on every page, in the header).
    reader = PdfReader(out / "investor.pdf")
    images = reader.pages[0].images
    assert len(images) == 1 and images[0].image.size == (360, 120)
    assert all(len(page.images) == 1 for page in reader.pages)
    # DOCX: the logo's bytes as a picture part in the page header; headings in the accent colour.
    with zipfile.ZipFile(out / "investor.docx") as archive:
        media = [name for name in archive.namelist() if name.startswith("word/media/")]
        assert [archive.read(name) for name in media] == [logo]
        header_rels = archive.read("word/_rels/header1.xml.rels").decode()
        assert "media/" in header_rels
    document = docx.Document(str(out / "investor.docx"))
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings
    for paragraph in headings:
        assert str(paragraph.style.font.color.rgb) == "0B5394"
        assert paragraph.style.font.name == "DejaVu Sans"
        assert all(run.font.color.rgb in (None, paragraph.style.font.color.rgb) for run in paragraph.runs)
    # The Markdown is the same brief without the look.
    assert "logo" not in (out / "investor.md").read_text(encoding="utf-8").lower()


def test_styled_builds_are_byte_reproducible(styled: Path) -> None:
    args = ("build", "-w", str(styled), "--audience", "investor,policy", "--format", "html,pdf,docx")
    assert run(*args).exit_code == 0
    first = {path.name: path.read_bytes() for path in (styled / "output").iterdir()}
    assert run(*args).exit_code == 0
    assert {path.name: path.read_bytes() for path in (styled / "output").iterdir()} == first


SVG_LOGO = (b'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">'
            b'<rect width="100" height="100" fill="#0b5394"/><circle cx="200" cy="50" r="45" fill="#c0392b"/></svg>')


def opaque_share(png: bytes) -> float:
    """The share of a PNG's pixels that are not fully transparent."""
    picture = Image.open(io.BytesIO(png)).convert("RGBA")
    alpha = picture.getchannel("A").histogram()
    return 1 - alpha[0] / (picture.width * picture.height)


@pytest.fixture
def svg_styled(other: Path) -> Path:
    """The other-subject workspace with an SVG logo."""
    (other / "templates" / "logo.svg").write_bytes(SVG_LOGO)
    set_style(other, 'logo = "templates/logo.svg"\n')
    return other


def test_an_svg_logo_reaches_the_docx_as_svg_over_a_drawn_png(svg_styled: Path) -> None:
    args = ("build", "-w", str(svg_styled), "--audience", "investor", "--format", "docx")
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert not warnings_of(result)
    docx_path = svg_styled / "output" / "investor.docx"
    with zipfile.ZipFile(docx_path) as archive:
        media = {name: archive.read(name) for name in archive.namelist() if name.startswith("word/media/")}
        header = archive.read("word/header1.xml").decode()
    [svg] = [data for name, data in media.items() if name.endswith(".svg")]
    [png] = [data for name, data in media.items() if name.endswith(".png")]
    assert svg == SVG_LOGO
    # The PNG older readers show is a drawing of the logo, in its proportions, not a blank stand-in.
    assert Image.open(io.BytesIO(png)).size == (720, 240)
    assert 0.5 < opaque_share(png) < 1
    assert Image.open(io.BytesIO(png)).convert("RGB").getpixel((120, 120)) == (11, 83, 148)  # the square's #0b5394
    assert "svgBlip" in header
    first = docx_path.read_bytes()
    assert run(*args).exit_code == 0
    assert docx_path.read_bytes() == first


def test_without_cairosvg_an_svg_logo_is_one_warning_and_a_blank_stand_in(
        svg_styled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.pipeline
    import briefgen.render.docx

    for module in (briefgen.pipeline, briefgen.render.docx):
        monkeypatch.setattr(module, "svg_as_png", lambda data, height=0: None)
    result = run("build", "-w", str(svg_styled), "--audience", "investor,policy", "--format", "html,docx")
    assert result.exit_code == 0, result.output
    [warned] = warnings_of(result)
    assert warned.startswith(f"briefgen: warning: briefgen.toml:{line_of(svg_styled, 'logo')}: style.logo: ")
    assert "give a PNG or JPEG logo" in warned
    with zipfile.ZipFile(svg_styled / "output" / "investor.docx") as archive:
        [png] = [archive.read(n) for n in archive.namelist() if n.startswith("word/media/") and n.endswith(".png")]
    assert opaque_share(png) == 0 and Image.open(io.BytesIO(png)).size == (300, 100)
    # No DOCX asked for: nothing to warn about.
    assert not warnings_of(run("build", "-w", str(svg_styled), "--audience", "investor", "--format", "html"))


def test_svg_as_png_fetches_nothing() -> None:
    from briefgen.style import svg_as_png

    linked = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" '
              b'height="20"><image xlink:href="file:///etc/hostname" width="20" height="20"/>'
              b'<image xlink:href="http://e.invalid/x.png" width="20" height="20"/></svg>')
    with _watching(Path("/etc")) as opened:
        png = svg_as_png(linked)
    assert png is not None and opaque_share(png) == 0 and opened == []
    assert svg_as_png(b"<svg>not closed") is None


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")), reason="LibreOffice not installed")
def test_libreoffice_shows_the_svg_logo_and_the_contents_field_of_the_docx(svg_styled: Path, tmp_path: Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office and shutil.which("pdftoppm"), "pdftoppm (poppler-utils) is needed with LibreOffice"
    set_style(svg_styled, 'logo = "templates/logo.svg"\ntoc = "always"\n')
    assert run("build", "-w", str(svg_styled), "--audience", "investor", "--format", "docx").exit_code == 0
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(svg_styled / "output" / "investor.docx")],
                   check=True, capture_output=True, timeout=240)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(tmp_path / "investor.pdf"),
                    str(tmp_path / "page")], check=True, capture_output=True, timeout=60)
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    # The header band's right half (the title "Ws" stands at the left): the logo's blue and red.
    band = page.crop((page.width // 2, 0, page.width, round(page.height * 25 / 297)))
    pixels = band.tobytes()
    colours = Counter(zip(pixels[0::3], pixels[1::3], pixels[2::3], strict=True))
    blue = sum(n for (r, g, b), n in colours.items() if b > 110 and r < 60)
    red = sum(n for (r, g, b), n in colours.items() if r > 150 and g < 90 and b < 90)
    assert blue > 100 and red > 100, colours.most_common(5)
    # The contents field shows its stored list (LibreOffice neither asks nor changes it on converting).
    text = subprocess.run(["pdftotext", "-l", "1", str(tmp_path / "investor.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout
    document = docx.Document(str(svg_styled / "output" / "investor.docx"))
    sections = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    listed = text[text.index("Contents"):].splitlines()[1: len(sections) + 1]
    assert [line.strip() for line in listed] == sections, listed


class _Opens:
    """Records files opened under a folder (a process-wide audit hook, active only in a test)."""

    watched: Path | None = None
    seen: list[str] = []

    @classmethod
    def hook(cls, event: str, args: tuple[Any, ...]) -> None:
        if event == "open" and cls.watched is not None and isinstance(args[0], (str, bytes, Path)):
            path = Path(args[0].decode() if isinstance(args[0], bytes) else args[0])
            if str(path).startswith(str(cls.watched)):
                cls.seen.append(str(path))


sys.addaudithook(_Opens.hook)


@contextmanager
def _watching(folder: Path) -> Iterator[list[str]]:
    """The files opened under *folder* while the block runs."""
    _Opens.watched, _Opens.seen = folder, []
    try:
        yield _Opens.seen
    finally:
        _Opens.watched = None


@pytest.fixture
def outside_opens(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A folder outside the workspace holding images, and the list of files opened in it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.png").write_bytes(logo_png())
    _Opens.watched, _Opens.seen = outside, []
    yield outside, _Opens.seen
    _Opens.watched = None


@pytest.mark.parametrize("how", ["parent", "absolute", "symlink"])
def test_a_logo_outside_the_workspace_is_refused_without_reading_it(
        other: Path, outside_opens: tuple[Path, list[str]], how: str) -> None:
    outside, opened = outside_opens
    logo = {"parent": "../outside/x.png", "absolute": str(outside / "x.png"), "symlink": "templates/logo.png"}[how]
    if how == "symlink":
        (other / "templates" / "logo.png").symlink_to(outside / "x.png")
    set_style(other, f'accent = "{ACCENT}"\nlogo = "{logo}"\n')
    line = one_line_error(run("build", "-w", str(other), "--audience", "investor", "--format", "html,pdf,docx"))
    assert line.startswith(f"briefgen: error: briefgen.toml:{line_of(other, 'logo')}: style.logo: ")
    assert {"parent": "leads outside the workspace", "absolute": "is an absolute path",
            "symlink": "is a symlink to a file outside the workspace"}[how] in line
    assert 'like "templates/logo.png"' in line
    assert opened == []
    assert not (other / "output").exists() or not any((other / "output").iterdir())


@pytest.mark.parametrize(("content", "needle"), [
    (None, "no file templates/logo.png"),
    (b"\x89PNG\r\n\x1a\n" + b"0" * 100, "not a PNG, JPEG or SVG image"),
    (b"just text", "not a PNG, JPEG or SVG image"),
    (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
     "not a PNG, JPEG or SVG image"),
    (b"\x89PNG\r\n\x1a\n" + b"0" * (2 * 1024 * 1024), "over 2 MB"),
])
def test_a_logo_that_cannot_be_used_is_one_line(other: Path, content: bytes | None, needle: str) -> None:
    if content is not None:
        (other / "templates" / "logo.png").write_bytes(content)
    set_style(other, 'logo = "templates/logo.png"\n')
    line = one_line_error(run("build", "-w", str(other), "--audience", "investor", "--format", "md"))
    assert line.startswith(f"briefgen: error: briefgen.toml:{line_of(other, 'logo')}: style.logo: ") and needle in line


@pytest.mark.parametrize(("setting", "expected"), [
    ('accent = "blue"', 'style.accent: expected a colour like "#0b5394"'),
    ('accent = "#12345"', 'style.accent: expected a colour like "#0b5394"'),
    ('body_font = "x\\"; } body { background: url(http://e.invalid/) } /*"', "style.body_font: expected a font family name"),
    ('margins = "2cm 3"', "style.margins: expected 1 to 4 lengths"),
    ('page_size = "A3"', "style.page_size: expected one of A4, Letter"),
    ('toc = "yes"', "style.toc: expected one of auto, always, never"),
    ("logo = 5", "style.logo: expected text"),
])
def test_bad_style_values_name_the_line(other: Path, setting: str, expected: str) -> None:
    set_style(other, f"\n{setting}\n")
    line = one_line_error(run("build", "-w", str(other), "--format", "md"))
    assert f"briefgen.toml:{line_of(other, setting.split()[0])}: {expected}" in line


@pytest.mark.parametrize("value", ["../../../etc/passwd", "en\" onload=\"x", "", "english please"])
def test_a_language_that_is_no_language_tag_names_its_line(other: Path, value: str) -> None:
    config = other / "briefgen.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r'(?m)^language = .*$', lambda _: "language = " + json.dumps(value), text), encoding="utf-8")
    line = one_line_error(run("build", "-w", str(other), "--format", "md"))
    assert f"briefgen.toml:{line_of(other, 'language')}: brief.language: expected a language tag" in line
    assert not (other / "output" / "executive.md").exists()


def test_a_missing_font_warns_and_the_default_is_used(other: Path) -> None:
    set_style(other, 'body_font = "Nonexistent Serif Pro"\nheading_font = "DejaVu Sans"\n')
    result = run("build", "-w", str(other), "--audience", "investor", "--format", "html,pdf,docx")
    assert result.exit_code == 0, result.output
    warned = warnings_of(result)
    assert len(warned) == 1
    assert warned[0].startswith(f"briefgen: warning: briefgen.toml:{line_of(other, 'body_font')}: style.body_font: ")
    assert "'Nonexistent Serif Pro'" in warned[0] and "default font" in warned[0]
    html = (other / "output" / "investor.html").read_text(encoding="utf-8")
    assert "Nonexistent" not in html and '"DejaVu Sans", sans-serif' in html
    document = docx.Document(str(other / "output" / "investor.docx"))
    assert document.styles["Normal"].font.name != "Nonexistent Serif Pro"
    fonts = {font.get_object()["/BaseFont"] for page in PdfReader(other / "output" / "investor.pdf").pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("DejaVu-Serif" in str(name) for name in fonts)


def test_page_size_and_margins(other: Path) -> None:
    set_style(other, 'page_size = "Letter"\nmargins = "1in 25mm"\n')
    assert run("build", "-w", str(other), "--audience", "investor", "--format", "pdf,docx").exit_code == 0
    page = PdfReader(other / "output" / "investor.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    section = docx.Document(str(other / "output" / "investor.docx")).sections[0]
    assert round(section.page_width.mm, 1) == 215.9
    assert (round(section.top_margin.mm, 1), round(section.left_margin.mm, 1)) == (25.4, 25.0)


def test_page_size_in_build_still_works_and_a_disagreement_is_named(other: Path) -> None:
    config = other / "briefgen.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('pdf_standard = "ua-1"', 'page_size = "Letter"\npdf_standard = "ua-1"')
                      .replace("[style]", "[style_old]").split("[style_old]")[0], encoding="utf-8")
    assert run("build", "-w", str(other), "--audience", "investor", "--format", "pdf").exit_code == 0
    assert round(float(PdfReader(other / "output" / "investor.pdf").pages[0].mediabox.width)) == 612
    config.write_text(config.read_text(encoding="utf-8") + '\n[style]\npage_size = "A4"\n', encoding="utf-8")
    line = one_line_error(run("build", "-w", str(other), "--format", "md"))
    lines = config.read_text(encoding="utf-8").splitlines()
    build_line, style_line = [n for n, text in enumerate(lines, 1) if text.startswith("page_size =")]
    assert line.startswith(f"briefgen: error: briefgen.toml:{style_line}: style.page_size 'A4' disagrees with "
                           f"build.page_size 'Letter' (line {build_line}); keep one, in [style]")


def test_workspace_stylesheet_images_are_inlined_and_others_named(
        other: Path, outside_opens: tuple[Path, list[str]]) -> None:
    outside, opened = outside_opens
    css = (Path(__file__).resolve().parent.parent / "templates" / "brief.css").read_text(encoding="utf-8")
    (other / "templates" / "mark.png").write_bytes(logo_png((200, 50)))
    (other / "templates" / "out.png").symlink_to(outside / "x.png")
    (other / "templates" / "brief.css").write_text(
        css + "h1::before { content: url(mark.png); display: block; }\n"
        "body { background: url('../../outside/x.png'); }\n"
        "h2::after { content: url(out.png); }\n"
        f"h3::after {{ content: url(file://{outside / 'x.png'}); }}\n", encoding="utf-8")
    result = run("build", "-w", str(other), "--audience", "investor", "--format", "html,pdf")
    assert result.exit_code == 0, result.output
    first = len(css.splitlines()) + 1
    warned = warnings_of(result)
    assert [w.split(": url(")[0] for w in warned] == [f"briefgen: warning: templates/brief.css:{first + n}"
                                                      for n in (1, 2, 3)]
    assert "leads outside the workspace" in warned[0] and "symlink to a file outside" in warned[1]
    assert "fetches nothing" in warned[2]
    assert opened == []
    images = PdfReader(other / "output" / "investor.pdf").pages[0].images
    assert [image.image.size for image in images] == [(200, 50)]
    assert "url(\"data:image/png;base64," in (other / "output" / "investor.html").read_text(encoding="utf-8")


def test_a_long_brief_gets_a_contents_list_in_html_pdf_and_docx(example: Path) -> None:
    result = run("build", "-w", str(example), "--audience", "executive,policy", "--format", "html,pdf,docx")
    assert result.exit_code == 0, result.output
    out = example / "output"
    html = (out / "policy.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="toc">'): html.index("</nav>")]
    targets = re.findall(r'href="#(sec-[\w-]+)"', nav)
    assert len(targets) >= 5 and all(f'id="{target}"' in html for target in targets)
    assert html.index("</nav>") < html.index("<h2")  # before the first section
    reader = PdfReader(out / "policy.pdf")
    assert len(reader.pages) > 2
    first = reader.pages[0].extract_text()
    assert "Contents" in first
    # Each entry ends with the page its section starts on.
    page_of = {}
    for number, page in enumerate(reader.pages, 1):
        for title in ("Evidence", "Sources", "Method"):
            if re.search(rf"^{title}$", page.extract_text(), re.M) and title not in page_of:
                page_of[title] = number
    for title, number in page_of.items():
        assert re.search(rf"{title}[ .]*{number}\b", first), (title, number)
    document = docx.Document(str(out / "policy.docx"))
    texts = [p.text for p in document.paragraphs]
    assert "Contents" in texts
    body = document.element.body.xml
    for target in targets:
        name = bookmark_name(target)
        assert f'w:anchor="{name}"' in body and f'w:name="{name}"' in body
    # The executive brief fits two pages: no contents list.
    assert len(PdfReader(out / "executive.pdf").pages) <= 2
    assert 'class="toc"' not in (out / "executive.html").read_text(encoding="utf-8")
    assert "Contents" not in [p.text for p in docx.Document(str(out / "executive.docx")).paragraphs]


def test_toc_never_and_always(other: Path) -> None:
    set_style(other, 'toc = "always"\n')
    assert run("build", "-w", str(other), "--audience", "executive", "--format", "html,pdf").exit_code == 0
    assert 'class="toc"' in (other / "output" / "executive.html").read_text(encoding="utf-8")
    assert "Contents" in PdfReader(other / "output" / "executive.pdf").pages[0].extract_text()
    set_style(other, 'toc = "never"\n')
    assert run("build", "-w", str(other), "--audience", "policy", "--format", "html,pdf").exit_code == 0
    assert 'class="toc"' not in (other / "output" / "policy.html").read_text(encoding="utf-8")


def test_without_a_pdf_the_rule_counts_words() -> None:
    short = "# T\n\n## A\n\n" + "word " * (2 * toc.WORDS_PER_PAGE - 10)
    long = "# T\n\n## A\n\n" + "word " * (2 * toc.WORDS_PER_PAGE + 10)
    assert not toc.wanted("auto", pages=0, markdown=short)
    assert toc.wanted("auto", pages=0, markdown=long)
    assert not toc.wanted("auto", pages=2, markdown=long)  # a laid-out PDF decides
    assert toc.wanted("auto", pages=3, markdown=short)
    # Markup and link targets are not words.
    assert toc.estimated_pages('<a id="ev-1"></a>[[1]](#ev-1) two words') == 3 / toc.WORDS_PER_PAGE


@pytest.mark.parametrize("words_per_page", [10, 10**6])
def test_the_pdf_has_the_list_exactly_when_it_runs_past_two_pages_whatever_the_words_say(
        other: Path, monkeypatch: pytest.MonkeyPatch, words_per_page: int) -> None:
    monkeypatch.setattr(toc, "WORDS_PER_PAGE", words_per_page)  # the estimate says long (10) or short (10**6)
    assert run("build", "-w", str(other), "--audience", "investor,policy", "--format", "html,pdf").exit_code == 0
    for audience in ("investor", "policy"):
        reader = PdfReader(other / "output" / f"{audience}.pdf")
        listed = "Contents" in reader.pages[0].extract_text()
        assert listed == (len(reader.pages) > 2), (audience, len(reader.pages))
        assert listed == ('class="toc"' in (other / "output" / f"{audience}.html").read_text(encoding="utf-8"))
