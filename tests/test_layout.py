"""Page layout of the PDF, rendered with the default stylesheet: a table that runs over a page
break repeats its head and never leaves one row alone on a page; a chart is never pushed to a
page without the table it sums up."""

from __future__ import annotations

from pathlib import Path

import pytest

weasyprint = pytest.importorskip("weasyprint")

CSS = (Path(__file__).parent.parent / "templates" / "brief.css").read_text(encoding="utf-8")
ROW = "<tr><td>{n} tonnes</td><td>grain shipped through the northern canal</td><td>[{n}]</td></tr>"
CHART = ('<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 180" width="100%">'
         '<rect x="0" y="0" width="400" height="170" fill="#777"/></svg>'
         "<figcaption>Where the cited statements come from.</figcaption></figure>")


def _pages(space_mm: int, rows: int, chart: bool = False) -> list[dict[str, int]]:
    """Per page: how many of the table's head and body rows, and charts, it holds, for a
    table of *rows* rows under *space_mm* of text."""
    body = "".join(ROW.format(n=n) for n in range(1, rows + 1))
    html = (f"<html><head><style>{CSS}</style></head><body><main><h1>Canal freight</h1>"
            f'<div style="height: {space_mm}mm"></div><h2>Key figures</h2>'
            f"<table><thead><tr><th>Figure</th><th>What it measures</th><th>Source</th></tr></thead>"
            f"<tbody>{body}</tbody></table>{CHART if chart else ''}</main></body></html>")
    found = []
    for page in weasyprint.HTML(string=html).render().pages:
        counts = {"head": 0, "body": 0, "chart": 0}
        for box in page._page_box.descendants():
            if box.element_tag in ("thead", "tbody") and type(box).__name__ == "TableRowGroupBox":
                counts["head" if box.element_tag == "thead" else "body"] += len(box.children)
            elif box.element_tag == "figure":
                counts["chart"] = 1
        found.append(counts)
    return found


@pytest.mark.parametrize("space_mm", range(170, 236, 6))
def test_a_broken_table_repeats_its_head_and_leaves_no_row_alone(space_mm: int) -> None:
    pages = [p for p in _pages(space_mm, rows=7) if p["body"]]
    for page in pages:
        assert page["head"] == 1
        assert page["body"] >= 2, pages


@pytest.mark.parametrize("space_mm", range(150, 226, 6))
def test_a_chart_stays_with_its_table(space_mm: int) -> None:
    pages = _pages(space_mm, rows=5, chart=True)
    chart = next(p for p in pages if p["chart"])
    assert chart["body"] >= 1, pages


def _markdown_pages(space_mm: int, rows: int) -> list[dict[str, int]]:
    """As _pages, for a Key figures table of *rows* rows written in Markdown, as a brief has it."""
    from briefgen.render.html import markdown_to_html_body

    table = "| Figure | What it measures | Source |\n|---|---|---|\n" + "".join(
        f"| {n} tonnes | grain shipped through the northern canal | [{n}] |\n" for n in range(1, rows + 1))
    body = markdown_to_html_body(f"## Key figures\n\n{table}")
    html = (f"<html><head><style>{CSS}</style></head><body><main><h1>Canal freight</h1>"
            f'<div style="height: {space_mm}mm"></div>{body}</main></body></html>')
    found = []
    for page in weasyprint.HTML(string=html).render().pages:
        counts = {"head": 0, "body": 0, "heading": 0}
        for box in page._page_box.descendants():
            if box.element_tag in ("thead", "tbody") and type(box).__name__ == "TableRowGroupBox":
                counts["head" if box.element_tag == "thead" else "body"] += len(box.children)
            elif box.element_tag == "h2" and type(box).__name__ == "BlockBox":
                counts["heading"] = 1
        found.append(counts)
    return found


@pytest.mark.parametrize("space_mm", range(150, 236, 12))
def test_a_short_table_is_kept_whole_with_its_heading(space_mm: int) -> None:
    pages = [p for p in _markdown_pages(space_mm, rows=8) if p["body"] or p["heading"]]
    assert len(pages) == 1 and pages[0] == {"head": 1, "body": 8, "heading": 1}, pages


@pytest.mark.parametrize("space_mm", (60, 120))
def test_a_long_table_starts_under_its_heading_and_repeats_its_head(space_mm: int) -> None:
    pages = [p for p in _markdown_pages(space_mm, rows=70) if p["body"] or p["heading"]]
    assert pages[0]["heading"] == 1 and pages[0]["body"] >= 2  # not pushed whole to the next page
    assert len(pages) >= 2 and all(p["head"] == 1 and p["body"] >= 2 for p in pages), pages


def test_only_short_tables_are_marked_whole() -> None:
    from briefgen.render.html import markdown_to_html_body

    def table(rows: int, cell: str) -> str:
        return "| A | B |\n|---|---|\n" + f"| {cell} | x |\n" * rows

    assert '<table class="whole">' in markdown_to_html_body(table(8, "a short cell"))
    assert '<table class="whole">' in markdown_to_html_body(table(3, "a long cell " * 20))
    assert "whole" not in markdown_to_html_body(table(40, "a short cell"))
    assert "whole" not in markdown_to_html_body(table(8, "a cell of many words that wrap " * 12))
