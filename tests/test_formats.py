"""Each input format, made here by the tests: what is kept, what is dropped, and where a
citation says the quote stands (a page for PDFs). Then every kind of bad input."""

import io
import os
from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.ingest import read_sources
from briefgen.pipeline import Progress, build
from briefgen.workspace import init_workspace, load_config

ARTICLE = [
    "The regional water authority approved a seven percent rise in household rates on Tuesday.",
    "Officials said the money would pay for replacing pipes laid more than a century ago.",
    "The authority expects the programme to cost about $450 million over the next decade.",
    "Consumer groups said the increase would fall hardest on pensioners and low-income families.",
    "A spokesperson for the authority said hardship grants would be doubled from next April.",
    "Engineers found that leaks waste nearly a quarter of the treated water in the network.",
    "The council will review the rates again after an independent audit of the utility's accounts.",
    "Neighbouring authorities have raised their charges by between three and nine percent this year.",
]


def _workspace(tmp_path: Path) -> Path:
    return init_workspace(tmp_path / "ws")


def make_pdf(path: Path, paragraphs: list[str], *, pages: int = 3) -> None:
    """A paged PDF made with WeasyPrint: running header and page numbers on every page,
    a narrow hyphenated column (so words break at line ends), one paragraph group per page."""
    import weasyprint

    body = "".join(
        f'<section style="break-before: page">{"".join(f"<p>{p}</p>" for p in paragraphs[i::pages])}</section>'
        for i in range(pages)
    )
    html = (
        "<html lang='en'><head><title>Water Rates Review</title><style>"
        "@page { size: A5; margin: 25mm 20mm; @top-center { content: 'Harbor Daily Report' }"
        " @bottom-center { content: 'Page ' counter(page) } }"
        "body { font: 11pt serif; } p { width: 55mm; hyphens: auto; text-align: justify; }"
        f"</style></head><body>{body}</body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(path)


def make_docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Council Minutes on Water Charges"
    document.core_properties.author = "Town Clerk"
    document.add_heading("Council Minutes on Water Charges", level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(path)


CLUTTERED_HTML = """<!DOCTYPE html><html lang="en"><head><title>Rates rise to fund pipes | Harbor Daily</title>
<meta property="og:site_name" content="Harbor Daily"><meta name="author" content="Jo Reporter">
<meta property="article:published_time" content="2026-03-04"><link rel="canonical" href="https://example.org/rates">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>Rates rise to fund pipes</h1>
{paragraphs}
</article>
<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Ten best parks</a></li></ul></aside>
<div class="comments"><h3>Comments</h3><p>Post a Comment</p></div>
<footer>Copyright Harbor Daily. All rights reserved.</footer></body></html>"""


def test_pdf_keeps_text_by_page_drops_furniture_and_repairs_hyphens(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    make_pdf(ws / "sources" / "review.pdf", ARTICLE)
    (doc,) = read_sources(load_config(ws)).docs
    assert doc.format == "pdf" and len(doc.pages) == 3
    assert "Harbor Daily Report" not in " ".join(doc.text[s.start:s.end] for s in doc.sentences)
    removed = [doc.text[r.start:r.end] for r in doc.removed]
    assert any("Harbor Daily Report" in r for r in removed) and any(r.startswith("Page") for r in removed)
    words = " ".join(doc.text.split())
    for sentence in ARTICLE:  # every sentence is there in full: line-end hyphens were repaired
        assert sentence.split()[-2] in words
    assert "programme" in words and "hardship" in words
    page_of = {" ".join(doc.text[s.start:s.end].split()[:2]): s.page for s in doc.sentences}
    # Page 1 holds paragraphs 1, 4, 7; page 2 holds 2, 5, 8; page 3 holds 3, 6.
    assert page_of["The council"] == 1 and page_of["Officials said"] == 2 and page_of["Engineers found"] == 3


def test_docx_text_and_properties(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    make_docx(ws / "sources" / "minutes.docx", ARTICLE[:4])
    (doc,) = read_sources(load_config(ws)).docs
    assert doc.format == "docx"
    assert doc.meta.title == "Council Minutes on Water Charges" and doc.meta.author == "Town Clerk"
    assert ARTICLE[2] in doc.text


def test_html_keeps_the_article_and_its_metadata(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    paragraphs = "\n".join(f"<p>{p}</p>" for p in ARTICLE)
    (ws / "sources" / "rates.html").write_text(CLUTTERED_HTML.replace("{paragraphs}", paragraphs), encoding="utf-8")
    (doc,) = read_sources(load_config(ws)).docs
    assert ARTICLE[0] in doc.text and ARTICLE[-1] in doc.text
    for clutter in ("Accept all cookies", "Ten best parks", "Post a Comment", "All rights reserved", "Sport"):
        assert clutter not in doc.text
    assert doc.meta.publisher == "Harbor Daily" and doc.meta.date == "2026-03-04"
    assert doc.meta.url == "https://example.org/rates"


def test_brief_from_an_html_page_and_a_pdf_cites_their_places(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    paragraphs = "\n".join(f"<p>{p}</p>" for p in ARTICLE[:5])
    (ws / "sources" / "rates.html").write_text(CLUTTERED_HTML.replace("{paragraphs}", paragraphs), encoding="utf-8")
    make_pdf(ws / "sources" / "review.pdf", ARTICLE[3:], pages=2)
    build(load_config(ws), "policy", "md", progress=Progress(enabled=False))
    brief = (ws / "output" / "policy.md").read_text(encoding="utf-8")
    evidence = [line for line in brief.splitlines() if line.startswith('<a id="ev-')]
    pdf_lines = [line for line in evidence if "sources/review.pdf" in line]
    html_lines = [line for line in evidence if "sources/rates.html" in line]
    assert pdf_lines and html_lines
    assert all(": p. " in line for line in pdf_lines), pdf_lines
    assert all("para. " in line for line in html_lines), html_lines


# -- bad input: each a one-line warning naming the file; the rest still builds ---------------

def _pdf_bytes_without_text() -> bytes:
    import weasyprint

    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
    html = f'<html><body><img src="data:image/png;base64,{png}" style="width:100mm;height:100mm"></body></html>'
    return weasyprint.HTML(string=html).write_pdf()


def _encrypted_pdf(tmp_path: Path) -> bytes:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    make_pdf(plain, ARTICLE[:2], pages=1)
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


BAD_INPUTS = {
    "empty.txt": ("empty", lambda tmp: b""),
    "binary.txt": ("binary data", lambda tmp: bytes(range(256)) * 8),
    "corrupt.pdf": ("corrupt or unreadable PDF", lambda tmp: b"%PDF-1.7\n1 0 obj <<\n" + os.urandom(400)),
    "locked.pdf": ("password-protected", _encrypted_pdf),
    "scan.pdf": ("no text layer", lambda tmp: _pdf_bytes_without_text()),
    "menu.html": ("no main text", lambda tmp: b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    "huge.txt": ("over the 1 MB limit", lambda tmp: (ARTICLE[0] + "\n").encode() * 15000),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_skipped_with_a_one_line_warning(tmp_path: Path, name: str) -> None:
    ws = _workspace(tmp_path)
    config_file = ws / "briefgen.toml"
    config_file.write_text(config_file.read_text(encoding="utf-8") + "\n[ingest]\nmax_source_mb = 1\n", encoding="utf-8")
    (ws / "sources" / "good.txt").write_text("\n\n".join(ARTICLE) + "\n", encoding="utf-8")
    expected, make = BAD_INPUTS[name]
    (ws / "sources" / name).write_bytes(make(tmp_path))
    config = load_config(ws)
    ingested = read_sources(config)
    assert [d.path for d in ingested.docs] == ["sources/good.txt"]
    (warning,) = ingested.skipped
    assert warning.startswith(f"skipped sources/{name}: ") and expected in warning and "\n" not in warning
    with pytest.raises(SourceError, match=expected):
        read_sources(config, strict=True)
    result = build(config, "executive", "md", progress=Progress(enabled=False))
    assert result.artifacts and any(name in w for w in result.warnings)


def test_unreadable_and_outside_symlink_sources_are_skipped(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    (ws / "sources" / "good.txt").write_text("\n\n".join(ARTICLE) + "\n", encoding="utf-8")
    secret = tmp_path / "outside.txt"
    secret.write_text("Private text that lives outside the workspace and must not be read.\n", encoding="utf-8")
    (ws / "sources" / "link.txt").symlink_to(secret)
    locked = ws / "sources" / "locked.txt"
    locked.write_text("Some text.\n", encoding="utf-8")
    locked.chmod(0)
    try:
        ingested = read_sources(load_config(ws))
    finally:
        locked.chmod(0o644)
    as_root = os.geteuid() == 0  # root reads any file, so permissions cannot be tested as root
    assert [d.path for d in ingested.docs] == ["sources/good.txt"] + (["sources/locked.txt"] if as_root else [])
    assert any("link.txt" in w and "outside the workspace" in w for w in ingested.skipped)
    if not as_root:
        assert any("locked.txt" in w and "permission denied" in w for w in ingested.skipped)


def test_duplicate_and_syndicated_copies_count_once(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    text = "\n\n".join(ARTICLE) + "\n"
    (ws / "sources" / "a-original.txt").write_text(text, encoding="utf-8")
    (ws / "sources" / "b-exact-copy.txt").write_text(text, encoding="utf-8")
    edited = text.replace("on Tuesday", "on Tuesday evening").replace(ARTICLE[-1], "Syndicated by Wire Service.")
    (ws / "sources" / "c-syndicated.txt").write_text(edited, encoding="utf-8")
    (ws / "sources" / "d-different.txt").write_text(
        "A new ferry route will link the two harbours from June, the port operator said on Monday.\n\n"
        "Tickets will cost less than the bus fare, and the crossing takes twenty minutes.\n\n"
        "The operator expects about four thousand passengers a day in the first summer.\n", encoding="utf-8")
    config = load_config(ws)
    ingested = read_sources(config)
    marks = {d.path: d.duplicate_of for d in ingested.docs}
    assert marks["sources/a-original.txt"] == "" and marks["sources/d-different.txt"] == ""
    assert marks["sources/b-exact-copy.txt"] == "a-original"
    assert marks["sources/c-syndicated.txt"] == "a-original"
    assert sum("counted once" in w for w in ingested.skipped) == 2
    build(config, "investor", "md", progress=Progress(enabled=False))
    brief = (ws / "output" / "investor.md").read_text(encoding="utf-8")
    assert "sources/b-exact-copy.txt" not in brief.split("## Sources")[0]  # never cited
    assert "| duplicate |" in brief and "counted once" in brief
    assert not (ws / "notes" / "b-exact-copy.yaml").exists()


def _rezipped(data: bytes, extra: dict[str, bytes]) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
        for name, body in extra.items():
            target.writestr(name, body)
    return out.getvalue()


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_docx_holding_a_part_twice_or_embedded_files_is_read_and_says_what_was_not(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    make_docx(ws / "sources" / "minutes.docx", ARTICLE[:4])
    plain = (ws / "sources" / "minutes.docx").read_bytes()
    import zipfile

    body = zipfile.ZipFile(io.BytesIO(plain)).read("word/document.xml").replace(ARTICLE[0].encode(), b"A second text.")
    (ws / "sources" / "minutes.docx").write_bytes(_rezipped(plain, {"word/document.xml": body,
                                                                   "word/embeddings/annex.docx": plain}))
    found = read_sources(load_config(ws))
    (doc,) = found.docs
    assert ARTICLE[2] in doc.text
    shown = [w for w in found.skipped if w.startswith("sources/minutes.docx:")]
    assert any("word/document.xml" in w and "twice" in w for w in shown), found.skipped
    assert any("word/embeddings/annex.docx" in w and "not read" in w for w in shown), found.skipped
    assert all(len(w) < 500 for w in found.skipped)
