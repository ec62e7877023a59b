"""Each fact once across the whole brief: a disagreement a printed statement told whole, both figures,
is not told again as a pair in "Where sources disagree". Invented text."""

from __future__ import annotations

from collections.abc import Callable

import briefgen

NewsWorkspace = Callable[..., briefgen.Workspace]

_DREDGING = {
"01-wire.txt": """Ostvik port to keep night dredging after trial

OSTVIK, May 6, 2026 (Baltwire) - The Ostvik Port Authority decided on Wednesday to keep
night-time dredging of its main channel after a one-year trial, saying it had cut
ship waiting times by a third.

The authority said the change saved 2.6 million euros a year in berth fees and overtime.
Harbour master Ilse Brandt said the channel would stay open to tankers at all hours.
""",
"02-paper.html": """<html><head><title>Night dredging: the sums do not add up, pilots say - Ostvik Tidende</title></head><body>
<h1>Night dredging: the sums do not add up, pilots say</h1>
<p>6 May 2026</p>
<p>The port authority's report puts the yearly saving at 2.6 million euros.</p>
<p>The harbour pilots' union says the true figure is closer to 500,000 euros once the cost of extra pilot shifts is counted.</p>
<p>Union secretary Per Halvorsen said he would ask the county auditor to check the report.</p>
</body></html>
""",
"03-update.txt": """Ostvik dredging saving in dispute

OSTVIK, May 8, 2026 (Baltwire) - The Ostvik Port Authority's saving from night dredging,
which it puts at 2.6 million euros a year, is disputed by the harbour pilots' union, who
say it is about 500,000 euros.

The union said on Friday it would start a work-to-rule from May 20 unless the authority
paid for extra night shifts.
""",
}


def test_a_disagreement_a_statement_told_whole_is_not_paired_again(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("dredging", _DREDGING, title="Ostvik night dredging")
    seen = 0
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        whole = [item for section in brief.sections if section.style != "disagreements" for item in section.items
                 if "2.6 million" in item.text and "500,000" in item.text]
        if not whole:
            continue
        seen += 1
        sides = [side.text for section in brief.sections if section.style == "disagreements"
                 for item in section.items for side in (item, item.other) if side is not None and not side.see]
        assert not [text for text in sides if "500,000" in text or "2.6 million" in text], (audience, sides)
    assert seen, "no brief printed the sentence that tells both figures: the test checks nothing"
