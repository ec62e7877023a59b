"""Placing undated sources reads each source's figures once (`window.with_estimates`,
`notes.placing`): the dated sources' figures are not read again for every undated source,
and not at all when no source is dated (1,000 undated sources cost seconds before)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen import window
from briefgen.models import Figure, Sentence, SourceDoc, SourceMeta
from briefgen.notes import placing


def _doc(name: str, text: str, date: str = "") -> SourceDoc:
    return SourceDoc(id=name, path=f"sources/{name}.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date=date), sentences=(Sentence(0, len(text), 1, 1, 1),))


_DATED = [("d1", "The number of hives lost to the mite rose to 300, the beekeepers' association said.", "2025-04-02"),
          ("d2", "The number of hives lost to the mite rose to 450, the beekeepers' association said.", "2025-04-05"),
          ("d3", "The number of hives lost to the mite rose to 700, the beekeepers' association said.", "2025-04-09")]
_UNDATED = [(f"u{i}", f"The number of hives lost to the mite has reached {value}, the association said.")
            for i, value in enumerate((500, 520, 540, 560, 580))]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = placing.find_figures

    def counting(text: str) -> list[Figure]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(placing, "find_figures", counting)
    return calls


def test_each_sources_figures_are_read_once(counted: list[str]) -> None:
    docs = [_doc(n, t, d) for n, t, d in _DATED] + [_doc(n, t) for n, t in _UNDATED]
    out = window.with_estimates(docs, today=dt.date(2025, 5, 1))
    assert len(counted) == len(docs)  # was 5 + 5 x 3: the dated sources again for each undated one
    assert [doc.meta.estimated for doc in out[3:]] == ["2025-04-05"] * 5  # past 450, short of 700


def test_no_figure_is_read_when_no_source_is_dated(counted: list[str]) -> None:
    docs = [_doc(n, t) for n, t in _UNDATED]
    out = window.with_estimates(docs, today=dt.date(2025, 5, 1))
    assert counted == []
    assert all(not doc.meta.estimated for doc in out)


def test_placed_gives_the_same_day_with_the_dated_figures_read_before() -> None:
    dated = [(dt.date.fromisoformat(d), _doc(n, t, d)) for n, t, d in _DATED]
    theirs = placing.dated_figures(dated)
    for name, text in _UNDATED:
        assert placing.placed(_doc(name, text), dated, theirs) == placing.placed(_doc(name, text), dated)
    assert placing.placed(_doc("u", _UNDATED[0][1]), []) is None
