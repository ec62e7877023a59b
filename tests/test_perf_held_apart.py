"""estimates.held_apart compares a value only with values it may be one quantity with (its unit, or
two measured words in common), not with every held value of the corpus: invented text."""

from __future__ import annotations

from briefgen.notes import estimates, features

UNITS = ["tonnes", "hectares", "passengers", "beds", "vehicles", "kilometres", "households", "licences"]
THINGS = ["harvest", "forest", "ferry", "clinic", "depot", "railway", "district", "fishery"]
HOLDERS = ["The Varrow Institute", "The Kesh ministry", "The Orlan agency", "The Tamsin board"]


def _corpus() -> tuple[list[str], list[int], list[str]]:
    texts, groups, dates = [], [], []
    for n in range(48):
        unit, thing = UNITS[n % len(UNITS)], THINGS[n % len(THINGS)]
        texts.append(f"{HOLDERS[n // len(UNITS) % len(HOLDERS)]} estimates the {thing} total at {1000 + 37 * n} {unit}.")
        groups.append(n)
        dates.append(f"2026-03-{1 + n % 28:02d}")
    return texts, groups, dates


def _same(i: int, holder_i: str, j: int, holder_j: str) -> bool:
    return holder_i.lower() == holder_j.lower()


def test_values_of_other_units_are_not_compared(monkeypatch):
    texts, groups, dates = _corpus()
    figures = [features.find_figures(t) for t in texts]
    expected = estimates.held_apart(texts, figures, groups, dates, [""] * len(texts), _same)
    calls = []
    plain = estimates.same_quantity

    def counted(a, b):
        calls.append((a, b))
        return plain(a, b)

    monkeypatch.setattr(estimates, "same_quantity", counted)
    found = estimates.held_apart(texts, figures, groups, dates, [""] * len(texts), _same)
    assert found == expected
    assert found  # two holders' totals of one unit and thing, apart beyond rounding
    assert calls and all(a.figure.unit.split()[0] == b.figure.unit.split()[0] for a, b in calls)
    assert len(calls) < len(texts) * len(texts) // 4  # every pair would be 48 * 48
