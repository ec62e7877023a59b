import io
from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.ingest import read_sources
from briefgen.ingest.clean import clean
from briefgen.ingest.segment import sentences
from briefgen.workspace import load_config


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


def test_sentences_keep_abbreviations_decimals_and_currency() -> None:
    text = ("The U.S. Department of Commerce approved it on Monday. Revenue rose to $4.5 billion, e.g. in the third "
            "quarter. Acme Inc. said \"we will win.\" Then it left.\n- first item here\n- second item here\n")
    found = _texts(text)
    assert found[0] == "The U.S. Department of Commerce approved it on Monday."
    assert found[1] == "Revenue rose to $4.5 billion, e.g. in the third quarter."
    assert "- first item here" in found and "- second item here" in found


def test_sentence_broken_across_lines_is_joined() -> None:
    text = "This development follows the recent approval for the firm to sell\nthese products abroad, a reversal.\n"
    assert _texts(text) == [text.strip()]


def test_offsets_point_into_text_as_read(example: Path) -> None:
    docs = read_sources(load_config(example)).docs
    for doc in docs:
        raw = (example / doc.path).read_text(encoding="utf-8")
        assert doc.text == raw
        for s in doc.sentences:
            assert doc.text[s.start:s.end].strip() == doc.text[s.start:s.end]


def test_example_boilerplate_is_removed_and_reporting_kept(example: Path) -> None:
    docs = {d.path: d for d in read_sources(load_config(example)).docs}
    removed = {d.path: [d.text[r.start:r.end] for r in d.removed if "quoted" not in r.reason] for d in docs.values()}
    all_removed = [t for texts in removed.values() for t in texts]
    assert any(t.startswith("Investors rethink") for t in all_removed)
    assert "Read at Techzine Global" in all_removed
    assert "Post a Comment" in all_removed and "[" in all_removed and "|" in all_removed
    # No reporting sentence (a long line ending in a full stop) is removed.
    assert not [t for t in all_removed if len(t.split()) > 12 and t.endswith(".")]


def test_forum_thread_becomes_posts_with_authors(example: Path) -> None:
    docs = read_sources(load_config(example)).docs
    thread = next(d for d in docs if d.meta.kind == "forum thread")
    authors = [p.author for p in thread.posts if p.author]
    assert len(authors) >= 20 and "rapsey" in authors
    assert thread.meta.reliability == "forum comment"


def test_metadata_inferred_not_invented() -> None:
    found = clean("A Headline About Local Water Rates Today\nThe council voted on Tuesday to raise rates.\nRead at Harbor Daily\n")
    assert found.title == "A Headline About Local Water Rates Today"
    assert found.publisher == "Harbor Daily"
    assert clean("Short\nThe council voted on Tuesday to raise rates.\n").title == ""


def test_cited_outlet_is_not_the_publisher() -> None:
    found = clean("The firm plans to expand, according to a report by Reuters, on Friday.\n")
    assert "Reuters" in found.cited_outlets and found.publisher == ""


def test_binary_source_is_refused_with_file_name(example: Path) -> None:
    (example / "sources" / "blob.txt").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(SourceError, match=r"sources/blob.txt: .*binary"):
        read_sources(load_config(example), strict=True)
    (warning,) = read_sources(load_config(example)).skipped
    assert warning.startswith("skipped sources/blob.txt: ")


def test_empty_source_is_refused(example: Path) -> None:
    (example / "sources" / "empty.txt").write_bytes(b"")
    with pytest.raises(SourceError, match="empty"):
        read_sources(load_config(example), strict=True)


def test_legacy_encoding_is_detected(other: Path) -> None:
    text = "Café owners in the old town said the new rules would cost each of them about €3,000 a year.\n"
    (other / "sources" / "latin.txt").write_bytes(text.encode("cp1252"))
    doc = next(d for d in read_sources(load_config(other)).docs if d.path.endswith("latin.txt"))
    assert "Café" in doc.text and "€3,000" in doc.text


def test_markdown_front_matter_gives_metadata(other: Path) -> None:
    doc = next(d for d in read_sources(load_config(other)).docs if d.format == "markdown")
    assert doc.meta.publisher == "Coastal Policy Review" and doc.meta.date == "2026-10-03"
    assert any(r.reason == "front matter" and r.start == 0 for r in doc.removed)


def test_malformed_front_matter_names_file_and_line(other: Path) -> None:
    (other / "sources" / "bad.md").write_text("---\ntitle: [unclosed\n---\nBody text here for the test.\n")
    with pytest.raises(SourceError, match=r"sources/bad.md:\d+: malformed YAML front matter"):
        read_sources(load_config(other), strict=True)


def test_html_main_text_without_clutter(other: Path) -> None:
    html = (
        "<html><head><title>Port expansion approved</title><meta property='og:site_name' content='Bay News'>"
        "</head><body><nav>Home | World | Sport</nav><div class='cookie'>Accept all cookies</div><article>"
        "<h1>Port expansion approved</h1><p>The port authority approved a $300 million expansion on Monday after "
        "two years of review by state officials.</p><p>Construction is expected to start next spring and last "
        "three years, the authority said.</p></article><aside>Related: ten things to do this weekend</aside>"
        "</body></html>"
    )
    (other / "sources" / "port.html").write_text(html)
    doc = next(d for d in read_sources(load_config(other)).docs if d.format == "html")
    assert "$300 million expansion" in doc.text
    assert "Accept all cookies" not in doc.text and "Home | World" not in doc.text
    assert doc.meta.title == "Port expansion approved"


def test_dateline_gives_the_date_and_an_event_date_does_not(other: Path) -> None:
    from briefgen.ingest.clean import dateline

    assert dateline("HARBOR CITY, March 4, 2026 - The council met on Tuesday.\n") == "2026-03-04"
    assert dateline("Rates rise\nPublished 12 June 2025\n\nThe council met.\n") == "2025-06-12"
    assert dateline("The 1998 treaty lapsed on May 3, 2019 after years of talks between the two states.\n") == ""
    (other / "sources" / "dated.txt").write_text(
        "Ferry fares to rise\n\nPORTSMOUTH, October 2, 2026 - Ferry fares will rise by four percent next month, "
        "the operator said on Friday.\n", encoding="utf-8")
    docs = {d.path: d for d in read_sources(load_config(other)).docs}
    assert docs["sources/dated.txt"].meta.date == "2026-10-02"
    sidecar = other / "sources" / "sources.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + '\n["dated.txt"]\ndate = "2026-10-03"\n', encoding="utf-8")
    docs = {d.path: d for d in read_sources(load_config(other)).docs}
    assert docs["sources/dated.txt"].meta.date == "2026-10-03"  # the analyst's sidecar wins


NEWS_FURNITURE = [
    "Reporting by Jane Doe; Editing by John Smith",
    "(Reporting by Jane Doe in London; additional reporting by Li Wei; editing by Mark Potter)",
    "Our Standards: The Trust Principles.",
    "Follow us on Twitter and Facebook for more updates.",
    "Photo: John Smith/Getty Images",
    "This article was amended on 4 March 2025 to correct the spelling of a name.",
    "Read more: Why the council voted to raise rates",
    "Get the latest headlines sent straight to your inbox every morning.",
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published.",
    "We use cookies to improve your experience on our site.",
    "Listen to this article 5 min",
    "Erin Shannon may be reached at",
    "READ MORE about this issue.",
]
NEWS_SENTENCES = [
    "The council voted on Tuesday to raise rates by 12 percent, officials said.",
    "Photographers were barred from the hearing, the court said.",
    "Reporting by local media suggested the mayor would resign, but she denied it on Friday.",
    "Copyright law was at the centre of the dispute between the two publishers, the judge said.",
    "Follow-up inspections found leaks in three of the five reservoirs.",
    "Residents may be reached at home by the new service, the company said.",
]


def test_credits_captions_and_notices_are_removed_but_news_is_not() -> None:
    text = "Council raises water rates\n\n" + "\n\n".join(NEWS_FURNITURE + NEWS_SENTENCES) + "\n"
    found = clean(text)
    removed = {text[r.start:r.end].strip() for r in found.removed}
    assert set(NEWS_FURNITURE) <= removed
    assert not removed & set(NEWS_SENTENCES)


def _invented_docx() -> bytes:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Harbour pilots\tvoted on Tuesday.")
    para = document.add_paragraph("The ferry line ")
    run = para.add_run("said")
    run.add_break()
    run.add_text("fares would rise ")
    run.add_break(WD_BREAK.PAGE)
    run.add_text("by 4%.")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), "rId99")
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = " (see the council notice)"
    inner.append(text)
    link.append(inner)
    para._p.append(link)
    para.add_run(" after the vote\u2011 ").add_text("ended.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Table text is not read"
    document.add_paragraph("   ")
    document.add_paragraph("Last line.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_fast_text_is_python_docx_text() -> None:
    import docx

    from briefgen.ingest.readers import read_docx

    data = _invented_docx()
    expected = [t for p in docx.Document(io.BytesIO(data)).paragraphs if (t := p.text.strip())]
    got = read_docx(data, "x.docx").text
    assert got == "\n".join(expected) + "\n"
    assert "(see the council notice)" in got and "\t" in got and "said\nfares" in got
