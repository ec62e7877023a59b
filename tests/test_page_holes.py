"""What a reader sees of the PDF's pages (render.pdf.lay_out): no page left more than a quarter
empty because a table kept whole went over to the next page, no last page holding only the end
of the closing paragraph, and a table's only row does not pull the next section after it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

weasyprint = pytest.importorskip("weasyprint")

from briefgen.render import pdf  # noqa: E402
from briefgen.render.html import markdown_to_html_body  # noqa: E402

CSS = (Path(__file__).parent.parent / "templates" / "brief.css").read_text(encoding="utf-8")


def _html(body_markdown: str, space_mm: int) -> str:
    body = markdown_to_html_body(body_markdown)
    return (f"<html><head><style>{CSS}</style></head><body><main><h1>Orchard levy</h1>"
            f'<div style="height: {space_mm}mm"></div>{body}</main></body></html>')


def _closing(space_mm: int, evidence: str, method: str) -> str:
    """A brief's end after *space_mm* of body: the evidence list and the Method paragraph."""
    return (f"<html><head><style>{CSS}</style></head><body><main><h1>Orchard levy</h1>"
            f'<div style="height: {space_mm}mm"></div><section class="evidence"><h2 id="sec-evidence">Evidence</h2>'
            f'{evidence}</section><h2 id="sec-method">Method</h2><p>{method}</p></main></body></html>')


def _table(rows: int) -> str:
    return "| Figure | What it measures | Source |\n|---|---|---|\n" + "".join(
        f"| {n} hectares | orchards replanted under the county levy scheme | [{n}] |\n" for n in range(1, rows + 1))


def test_a_table_kept_whole_leaves_no_hole() -> None:
    holed = 0
    for space_mm in range(140, 200, 6):
        html = _html(f"## Key figures\n\n{_table(16)}\n\n## Why it matters\n\nGrowers said the levy paid off.\n",
                     space_mm)
        plain = pdf._pages(weasyprint.HTML(string=html).render())
        laid = pdf._pages(pdf.lay_out(html))
        if pdf.holes(plain):  # the whole table went over and left a hole
            holed += 1
            assert pdf.holes(laid) == 0, space_mm
            assert len(laid) <= len(plain)
        assert pdf.holes(laid) == 0, space_mm
    assert holed


def test_a_table_that_fits_stays_whole() -> None:
    html = _html(f"## Key figures\n\n{_table(6)}\n", 60)
    laid = pdf._pages(pdf.lay_out(html))
    assert len(laid) == 1 and pdf.holes(laid) == 0


def test_a_one_row_table_does_not_pull_the_next_section_over() -> None:
    # One short row, then a heading and a table kept whole that does not fit: the one-row table
    # stays on the first page under its heading.
    html = _html(f"## Key figures\n\n{_table(1)}\n\n## Positions\n\n{_table(12)}\n", 175)
    pages = pdf._pages(weasyprint.HTML(string=html).render())
    first = [block.element.text for block in pages[0].blocks if block.tag == "h2"]
    assert first == ["Key figures"]


def _font_sizes(document: object) -> list[tuple[str, float]]:
    """(text, font size) of every text box of *document*, in order."""
    sizes = []
    for page in document.pages:  # type: ignore[attr-defined]
        for box in page._page_box.descendants():
            if type(box).__name__ == "TextBox":
                sizes.append((box.text, box.style["font_size"]))
    return sizes


def test_a_stray_last_page_is_pulled_back_never_by_a_smaller_body() -> None:
    evidence = "".join(f'<p>[{n}] "Growers replanted {n}0 hectares under the levy." — sources/levy-{n}.txt: '
                       f"para. {n}, sentence 1, line 2.</p>" for n in range(1, 15))
    method = "This brief draws quotations from four sources. " * 9
    bullets = "".join(f"<li>Growers in district {n} replanted orchards under the county levy.</li>" for n in range(8))
    body = "".join(f'<h2 id="sec-{n}">Section {n}</h2><ul>{bullets}</ul>' for n in range(4))
    strays = pulled = 0
    for space_mm in range(140, 200, 5):
        html = _closing(space_mm, evidence, method).replace("<section", body + "<section", 1)
        plain_document = weasyprint.HTML(string=html).render()
        plain = pdf._pages(plain_document)
        if not pdf.stray_end(plain):
            continue
        strays += 1
        laid_document = pdf.lay_out(html)
        laid = pdf._pages(laid_document)
        assert len(laid) <= len(plain), space_mm
        pulled += len(laid) < len(plain)
        # Whatever layout is kept, the body's statements and headings are in the type brief.css gives
        # them; only the back matter (evidence, Sources, Method) may be set smaller.
        def body_type(document: object) -> list[tuple[str, float]]:
            return [(text, size) for text, size in _font_sizes(document)
                    if text.startswith(("Growers in district", "Section"))]
        assert body_type(laid_document) == body_type(plain_document), space_mm
    assert strays and pulled  # a last page of a few lines is pulled back when closing up the spacing suffices


def test_the_second_layout_sets_type_in_the_back_matter_only() -> None:
    # The relayout's rules change spacing; a font size or line height only in the back matter.
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", pdf.TIGHT_TAIL_CSS.replace("<style>", ""))
    assert rules
    for selector, declarations in rules:
        assert not re.search(r"zoom|transform|font-family", declarations)
        if re.search(r"font|line-height", declarations):
            for part in selector.split(","):
                assert re.search(r"section\.evidence|section\.sources|sec-sources|sec-method", part), part


def test_the_pdf_is_the_same_bytes_twice() -> None:
    html = _html(f"## Key figures\n\n{_table(14)}\n", 135)
    assert pdf.render_pdf_pages(html)[0] == pdf.render_pdf_pages(html)[0]


def test_a_bullet_does_not_split_and_a_heading_goes_over_with_it() -> None:
    # A five-line bullet under its heading, pushed down the page millimetre by millimetre: it is
    # never on two pages, and its heading is always on the bullet's page.
    bullet = ("The growers' association said the county levy had paid for replanting on most farms, "
              "while the orchard owners' union said small farms had waited two seasons for money "
              "that larger estates received at once, and that the levy should be reviewed. ") * 2
    for space_mm in range(200, 250, 3):
        html = _html(f"## Where sources disagree\n\n- {bullet}\n\n## Next\n\nMore text.\n", space_mm)
        document = weasyprint.HTML(string=html).render()
        pages_of: dict[str, set[int]] = {}
        for number, page in enumerate(document.pages):
            for box in page._page_box.descendants():
                tag = getattr(box, "element_tag", "")
                if tag in ("li", "h2") and box.element is not None:
                    pages_of.setdefault(tag if tag == "li" else box.element.text, set()).add(number)
        assert len(pages_of["li"]) == 1, space_mm
        assert pages_of["Where sources disagree"] == pages_of["li"], space_mm



def test_a_lists_last_bullet_never_starts_a_page_alone() -> None:
    """A section's last bullet is not the only one of its list at the top of a page (reader39: an
    Outlook's last bullet "orphaned at the top of page 3"); pushed down millimetre by millimetre, the
    page that holds it holds the bullet before it too."""
    bullets = "".join(f"- Item {n}: the growers' association said the county levy had paid for replanting "
                      "on most farms, while small farms waited two seasons.\n" for n in range(1, 6))
    moved = 0
    for space_mm in range(150, 240, 4):
        html = _html(f"## Outlook\n\n{bullets}\n## Next\n\nMore text.\n", space_mm)
        document = weasyprint.HTML(string=html).render()
        page_of: dict[int, int] = {}
        for number, page in enumerate(document.pages):
            for box in page._page_box.descendants():
                if getattr(box, "element_tag", "") == "li" and box.element is not None:
                    item = int(re.search(r"Item (\d)", "".join(box.element.itertext())).group(1))  # type: ignore[union-attr]
                    page_of.setdefault(item, number)
        moved += page_of[1] != page_of[5]
        assert page_of[5] == page_of[4], space_mm
    assert moved  # the list did run over a page break at some of these heights


def _sources_end(space_mm: int, body: str) -> str:
    """A brief whose last section after *space_mm* and *body* is its Sources table and Method."""
    rows = "".join(f"<tr><td>Beekeepers count hive losses in district {n}</td><td>Valley Herald</td>"
                   f"<td>{n} March 2026</td><td>news report</td><td>{n}</td></tr>" for n in range(1, 4))
    method = "This brief draws quotations from five sources; every quotation was checked against its source. " * 3
    evidence = "".join(f'<p>[{n}] "Keepers in district {n} lost a third of their hives over the winter, the '
                       f'association said." — Hive census (Valley Herald, 2026-03-0{n % 9 + 1}), sources/census.txt: '
                       f"para. {n}, sentence 1, line {n + 3}.</p>" for n in range(1, 13))
    return (f"<html><head><style>{CSS}</style></head><body><main><h1>Hive losses</h1>"
            f'<div style="height: {space_mm}mm"></div>{body}'
            f'<section class="evidence"><h2 id="sec-evidence">Evidence</h2>{evidence}</section>'
            f'<h2 id="sec-sources">Sources</h2><table class="whole"><thead><tr><th>Source</th><th>Publisher</th>'
            f"<th>Date</th><th>Kind</th><th>Notes cited</th></tr></thead><tbody>{rows}</tbody></table>"
            f'<h2 id="sec-method">Method</h2><p>{method}</p></main></body></html>')


def test_a_last_page_of_sources_and_method_only_is_pulled_back() -> None:
    # A last page a third full holding only the Sources table and the Method paragraph is a page
    # a reader turns to for no statement: laid out again with the back matter in smaller print,
    # it goes when that suffices.
    bullets = "".join(f"<li>Keepers in district {n} lost a third of their hives over the winter.</li>" for n in range(8))
    body = "".join(f'<h2 id="sec-{n}">Section {n}</h2><ul>{bullets}</ul>' for n in range(1))
    back_only = pulled = 0
    for space_mm in range(20, 200, 4):
        html = _sources_end(space_mm, body)
        plain = pdf._pages(weasyprint.HTML(string=html).render())
        if len(plain) < 2 or plain[-1].filled() < pdf.STRAY_SHARE or plain[-1].blocks[0].tag != "h2":
            continue
        if plain[-1].blocks[0].element.get("id") != "sec-sources":
            continue
        back_only += 1
        assert pdf.stray_end(plain) == (plain[-1].filled() < pdf.BACK_MATTER_SHARE), space_mm
        laid = pdf._pages(pdf.lay_out(html))
        assert len(laid) <= len(plain), space_mm
        pulled += len(laid) < len(plain)
    assert back_only and pulled


def test_a_last_page_holding_statements_is_not_taken_for_back_matter() -> None:
    # Half empty, but it opens with a section of statements: not stray (its fill is above STRAY_SHARE).
    bullets = "".join(f"<li>Keepers in district {n} lost a third of their hives.</li>" for n in range(6))
    html = (f"<html><head><style>{CSS}</style></head><body><main><h1>Hive losses</h1>"
            f'<div style="height: 240mm"></div><h2 id="sec-outlook">Outlook</h2><ul>{bullets}</ul>'
            f'<h2 id="sec-method">Method</h2><p>{"Every quotation was checked. " * 8}</p></main></body></html>')
    pages = pdf._pages(weasyprint.HTML(string=html).render())
    assert len(pages) == 2 and pdf.STRAY_SHARE <= pages[-1].filled() < pdf.BACK_MATTER_SHARE
    assert not pdf.stray_end(pages)
