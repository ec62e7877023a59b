"""A Key figures row shows only words from a source it cites: the statement it quotes and the
words of its "In the source's words" cell come from the statements its citations lead to."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main

_COLUMN = """# The cheese levy hurts Velland's own shoppers most

*Opinion. By Dr Lena Varga, senior economist, Northgate Trade Institute. 12 November 2026.*

Velland's 25% levy on Ostrian cheese and butter is being argued over mostly by farm lobbies, but shoppers will pay for it.

The levy will add about 40 cents to a typical block of cheese, by my estimate.

A negotiated settlement would serve both countries better than a tit-for-tat spiral.
"""
_WIRE = """# Velland to impose 25% levy on Ostrian dairy imports

Harbour Wire, 3 November 2026

Velland will impose a 25% levy on cheese and butter from Ostria from 1 December, the trade minister Paul Kero said on Tuesday.

The levy covers dairy imports worth about 900 million euros a year, Kero said.

Velland bought 41,000 tonnes of Ostrian cheese last year, customs data show, and 12,500 tonnes of butter.

About 3,200 dairy farms in Ostria sell into Velland, the farmers' union estimates.

Ostria's farm minister called the levy unjustified and said Ostria would complain to the World Trade Organization.
"""
_UPDATE = """# Ostria files WTO complaint over Velland dairy levy

Harbour Wire, 10 November 2026

Ostria filed a complaint at the World Trade Organization on Monday against Velland's 25% levy on its cheese and butter.

Ostrian dairy exports to Velland fell 8% in October as importers cancelled orders ahead of the levy, the farm ministry said.

Wholesale butter prices in Ostria dropped 4.5% in the same month, to 5.10 euros a kilogram.

The ministry has set aside 60 million euros to help farmers find other buyers.
"""


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text).lower().split())


def test_a_row_shows_words_only_from_the_sources_it_cites(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    for name, text in (("01-column.md", _COLUMN), ("02-wire.md", _WIRE), ("03-update.md", _UPDATE)):
        (tmp_path / "sources" / name).write_text(text)
    result = runner.invoke(main, ["-w", str(tmp_path), "build", "--audience", "all", "--format", "json,md"])
    assert result.exit_code == 0, result.output
    rows = 0
    for path in sorted((tmp_path / "output").glob("*.json")):
        brief = json.loads(path.read_text())
        quotes = {c["number"]: _words(c["quote"]) for c in brief["citations"]}
        for section in brief["sections"]:
            for item in section["items"]:
                if not item.get("figure"):
                    continue
                rows += 1
                cited = [quotes[n] for n in item["citations"]]
                for shown in (item["text"], item["words"]):
                    runs = [_words(r) for r in re.split(r"…|\[[^\]]*\]", shown) if len(r.split()) >= 2]
                    assert all(any(run in quote for quote in cited) for run in runs), (path.name, shown, cited)
    assert rows >= 3, rows
