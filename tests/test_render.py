import re
from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.render.html import markdown_to_html_body
from briefgen.render.markdown import escape_md

HOSTILE = (
    "Hostile Test Page Header Line\n"
    "The attacker wrote <script>alert('x')</script> into what the reporters said in public on Monday.\n"
    "Officials said the image ![x](file:///etc/passwd) would never load in any brief at all.\n"
    "Another official said <img src=http://example.invalid/track.png> was planted in the article text.\n"
    "A spokesman said that this | table | break | line must not split any table in the brief.\n"
    "# Officials said a heading marker at the start must stay plain text in the brief today.\n"
    "The council said the word " + "x" * 10000 + " appeared in the minutes of the meeting.\n"
)


def test_escape_md_neutralises_markup() -> None:
    html = markdown_to_html_body("- " + escape_md("<script>x</script> ![a](file:///etc/passwd) [l](http://e.invalid) | a |"))
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "&lt;script&gt;" in html


def test_a_leading_number_is_escaped_only_where_it_would_open_a_list() -> None:
    """"21.6" in a table cell is shown as written (reader39 read "21\\.6" in the Markdown); "21. " and
    "3)" at a line's start would open a numbered list, so they keep their escape."""
    assert escape_md("21.6 feet") == "21.6 feet"
    assert escape_md("21. Item") == "21\\. Item" and escape_md("3)") == "3\\)"
    for text in ("21.6 feet", "21. Item", "3) next", "1.5"):
        html = markdown_to_html_body(escape_md(text))
        assert "<ol" not in html and text in html, (text, html)


def test_hostile_sources_cannot_inject_or_fetch(other: Path) -> None:
    (other / "sources" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(other), "--audience", "all", "--format", "md,html,pdf"])
    assert result.exit_code == 0, result.output
    for audience in ("executive", "investor", "policy"):
        html = (other / "output" / f"{audience}.html").read_text(encoding="utf-8")
        body = html.split("<body", 1)[1]
        assert "<script" not in body and "<img" not in body and 'href="file' not in body
        assert not re.search(r'(src|href)="(?!#)', body)
        md = (other / "output" / f"{audience}.md").read_text(encoding="utf-8")
        assert "![x](" not in md and "\n# Officials" not in md


def test_source_urls_link_only_when_plain_http(other: Path) -> None:
    sidecar = other / "sources" / "sources.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + (
        '\n["harbor-council.txt"]\nurl = "https://example.org/news/water_(rates)?a=1|2"\n'
        '\n["harbor-critics.txt"]\nurl = "javascript:alert(1)"\n'), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(other), "--audience", "policy", "--format", "md,html,pdf"])
    assert result.exit_code == 0, result.output
    html = (other / "output" / "policy.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/news/water_%28rates%29?a=1%7C2"' in html
    assert "javascript" not in html.split("<body", 1)[1]
    from pypdf import PdfReader

    uris = [annot.get_object()["/A"].get("/URI") for page in PdfReader(other / "output" / "policy.pdf").pages
            for annot in page.get("/Annots", []) if annot.get_object().get("/A", {}).get("/URI")]
    assert "https://example.org/news/water_%28rates%29?a=1%7C2" in uris


def test_chart_labels_from_hostile_metadata_are_escaped(other: Path) -> None:
    sidecar = other / "sources" / "sources.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + (
        '\n["harbor-council.txt"]\ntitle = "<script>alert(1)</script><img src=http://e.invalid/x.png>"\n'),
        encoding="utf-8")
    # The sources chart is in no default brief; a template asks for it.
    (other / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    (other / "templates" / "audiences" / "investor.md.j2").write_text(
        '{% extends "!default/audiences/investor.md.j2" %}\n'
        "{% block sources_chart %}<!-- briefgen:chart sources -->\n{% endblock %}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(other), "--audience", "investor", "--format", "html"])
    assert result.exit_code == 0, result.output
    html = (other / "output" / "investor.html").read_text(encoding="utf-8")
    assert "<svg" in html  # the sources chart is there, asked for
    body = html.split("<body", 1)[1]
    assert "<script" not in body and "<img" not in body and "&lt;script&gt;" in body


def test_no_default_brief_has_the_citations_per_source_chart(other: Path) -> None:
    # It counts the brief's own citations, nothing about the story: only a template that asks has it.
    result = CliRunner().invoke(main, ["build", "-w", str(other), "--audience", "all", "--format", "md,html"])
    assert result.exit_code == 0, result.output
    for audience in ("executive", "investor", "policy"):
        html = (other / "output" / f"{audience}.html").read_text(encoding="utf-8")
        assert "citations per source" not in html and "cited statements come from" not in html, audience
        assert "briefgen:chart sources" not in (other / "output" / f"{audience}.md").read_text(encoding="utf-8")


def test_citation_marks_stay_with_the_statement_s_last_word() -> None:
    html = markdown_to_html_body("- The loan is due. [[8]](#ev-8)[[9]](#ev-9) *(2 sources)*\n")
    assert 'due.\u00a0\u2060<a href="#ev-8">[8]</a>\u2060<a href="#ev-9">[9]</a> <em>' in html
    assert "\u2060" not in markdown_to_html_body("- A [link](#sec-x) and no citation.\n")


def _line_words(html: str) -> list[int]:
    """Words per printed line of the first list item of *html* laid out by WeasyPrint."""
    import weasyprint

    document = weasyprint.HTML(string=html).render()
    counts: list[int] = []

    def text(box: object) -> str:
        return str(getattr(box, "text", "") or "") + "".join(text(c) for c in getattr(box, "children", []))

    def walk(box: object) -> None:
        if type(box).__name__ == "LineBox":
            if text(box).strip() not in ("", "•"):  # the list marker is a line box of its own
                counts.append(len(text(box).split()))
            return
        for child in getattr(box, "children", []):
            walk(child)

    walk(document.pages[0]._page_box)
    return counts


def test_a_line_full_up_to_its_citation_does_not_break_after_the_first_word() -> None:
    # WeasyPrint broke this item as "The" / "new $300 million loan ... plan. [8]" / "[9] (2 sources)" when
    # the mark after a full line of text did not fit; the mark now goes down with the last word.
    css = (Path(__file__).parent.parent / "templates" / "brief.css").read_text(encoding="utf-8")
    body = markdown_to_html_body("## Why it matters\n\n- The new $300 million loan is expected to be available once the "
                                 "court approves the plan. [[8]](#ev-8)[[9]](#ev-9) *(2 sources)*\n")
    lines = _line_words(f'<html lang="en"><head><style>{css}</style></head><body><main>{body}</main></body></html>')
    assert lines[1] > 2, lines  # the heading, then the item's first line holds more than "The"


def test_a_line_that_cannot_hold_its_last_words_breaks_once_not_word_by_word() -> None:
    # With the last word and its mark in a span that did not wrap, WeasyPrint printed this item as
    # "... would pay 18" / "cents" / "per unit ... eleven" / "quarters. [3]": a line of one word mid-sentence.
    css = (Path(__file__).parent.parent / "templates" / "brief.css").read_text(encoding="utf-8")
    body = markdown_to_html_body("## Bottom line\n\n- The trust, which owns about 410,000 hectares of managed forest, said "
                                 "it would pay 18 cents per unit for the fourth quarter, down from 42 cents in each of "
                                 "the previous eleven quarters. [[3]](#ev-3)\n")
    lines = _line_words(f'<html lang="en"><head><style>{css}</style></head><body><main>{body}</main></body></html>')
    assert all(count > 1 for count in lines[1:-1]), lines  # no line of one word before the item's last
