"""The PDF layout kept is remembered (render.pdf LAYOUT_CACHE): an HTML whose first layout had a
hole is laid out twice once, then once, as the layout kept, with the same PDF bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

weasyprint = pytest.importorskip("weasyprint")

from briefgen.render import pdf  # noqa: E402
from briefgen.render.html import markdown_to_html_body  # noqa: E402

CSS = (Path(__file__).parent.parent / "templates" / "brief.css").read_text(encoding="utf-8")


def _html(space_mm: int, rows: int = 16) -> str:
    table = "| Figure | What it measures | Source |\n|---|---|---|\n" + "".join(
        f"| {n} tonnes | grain stored in the cooperative's silos this winter | [{n}] |\n" for n in range(1, rows + 1))
    body = markdown_to_html_body(f"## Stores\n\n{table}\n\n## Outlook\n\nMillers said the stocks would last.\n")
    return (f"<html><head><style>{CSS}</style></head><body><main><h1>Grain stores</h1>"
            f'<div style="height: {space_mm}mm"></div>{body}</main></body></html>')


def _holed() -> str:
    for space_mm in range(140, 200, 6):
        html = _html(space_mm)
        if pdf.holes(pdf._pages(weasyprint.HTML(string=html).render())):
            return html
    pytest.fail("no spacing left a hole")


@pytest.fixture()
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The HTML of every WeasyPrint layout made, in order."""
    made: list[str] = []
    render = weasyprint.HTML.render

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        made.append(self.etree_element.findtext(".//h1") or "")
        return render(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.HTML, "render", counted)
    return made


def test_an_unchanged_html_is_laid_out_once_the_second_time(tmp_path: Path, layouts: list[str]) -> None:
    html = _holed()
    layouts.clear()
    plain, pages = pdf.render_pdf_pages(html)
    assert len(layouts) == 2  # the first layout and the one without its hole
    layouts.clear()
    first, first_pages = pdf.render_pdf_pages(html, cache_dir=tmp_path)
    assert len(layouts) == 2
    layouts.clear()
    second, second_pages = pdf.render_pdf_pages(html, cache_dir=tmp_path)
    assert len(layouts) == 1
    assert plain == first == second and pages == first_pages == second_pages


def test_another_html_is_not_taken_for_the_one_remembered(tmp_path: Path, layouts: list[str]) -> None:
    html = _holed()
    pdf.render_pdf_pages(html, cache_dir=tmp_path)
    changed = html.replace("Grain stores", "Grain stores and mills")
    layouts.clear()
    cached, _ = pdf.render_pdf_pages(changed, cache_dir=tmp_path)
    assert len(layouts) == 2
    assert cached == pdf.render_pdf_pages(changed)[0]


def test_a_layout_that_needs_no_second_try_is_not_remembered(tmp_path: Path) -> None:
    pdf.render_pdf_pages(_html(20, rows=4), cache_dir=tmp_path)
    assert not (tmp_path / pdf.LAYOUT_CACHE).exists()


@pytest.mark.parametrize("content", ["not json", "[1, 2]", None])
def test_a_broken_cache_is_laid_out_afresh(tmp_path: Path, content: str | None) -> None:
    html = _holed()
    if content is None:  # an entry of the wrong shape under the right key
        content = json.dumps({pdf.layout_key(html, {"pdf_tags": True, "custom_metadata": True,
                                                     "pdf_variant": "pdf/ua-1"}): {"unwhole": "x"}})
    (tmp_path / pdf.LAYOUT_CACHE).write_text(content, encoding="utf-8")
    assert pdf.render_pdf_pages(html, cache_dir=tmp_path)[0] == pdf.render_pdf_pages(html)[0]


def test_a_contents_list_the_pages_took_away_is_remembered(other: Path, layouts: list[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # The words call every brief long (a contents list), the pages say the executive brief fits
    # two: laid out with the list, then without it; an unchanged rebuild lays it out once.
    from briefgen.pipeline import Progress, build
    from briefgen.render import toc
    from briefgen.workspace import load_config

    monkeypatch.setattr(toc, "WORDS_PER_PAGE", 20)
    config = load_config(other)
    layouts.clear()
    build(config, "executive", "pdf,html", progress=Progress(enabled=False))
    assert len(layouts) >= 2
    first = (other / "output" / "executive.pdf").read_bytes()
    assert 'class="toc"' not in (other / "output" / "executive.html").read_text(encoding="utf-8")
    layouts.clear()
    build(config, "executive", "pdf,html", progress=Progress(enabled=False))
    assert len(layouts) == 1
    assert (other / "output" / "executive.pdf").read_bytes() == first
    assert 'class="toc"' not in (other / "output" / "executive.html").read_text(encoding="utf-8")
