"""The Evidence list holds exactly the quotes the brief cites: a quote looked at while a section
was chosen (a Key figures row left out because its bare number names no measure, or one side of a
vote's tally) but printed nowhere is no evidence entry, and is not counted in the Sources table or
the Method paragraph."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main

_FLIGHTS = {
    "01-wire-2026-05-08.txt": (
        "Skyhaven Air cancelled hundreds of flights on Friday after a software update crashed its booking "
        "system, stranding 40,000 passengers across Europe.\n\n"
        "The airline said the faulty update came from its supplier, Norvane Systems.\n\n"
        "Chief executive Mara Lind apologised to passengers and said refunds would be paid within 14 days.\n"),
    "02-update-2026-05-10.txt": (
        "Skyhaven Air said on Sunday its schedule was back to normal after three days of cancellations.\n\n"
        "On Saturday it cancelled 160 flights and on Sunday 50, as crews and aircraft were still out of "
        "position.\n\n"
        "The aviation regulator said it had opened an inquiry into the outage and would report by July.\n\n"
        "Norvane Systems said the update had passed every test and blamed a configuration change made by the "
        "airline.\n"),
    "03-council-2026-05-11.txt": (
        "The city council of Harlow Bay voted on Monday to seek compensation from Skyhaven Air for stranded "
        "residents.\n\n"
        "The motion passed by 31 votes to 12 after a two-hour debate.\n\n"
        "Councillors said 2,300 residents had been stranded abroad during the outage.\n"),
    "04-analysis-2026-05-12.txt": (
        "Analysis: what the outage costs\n\n"
        "We estimate the three-day outage cost Skyhaven Air about 38 million euros in refunds and lost bookings.\n\n"
        "On Friday 410 and on Saturday 160 departures were lost, more than in any outage at a European "
        "airline since 2017.\n\n"
        "The shares fell 7.2 percent over the week.\n"),
}


def _cited(markdown: str) -> tuple[set[str], set[str]]:
    body, _, evidence = markdown.partition("## Evidence")
    return set(re.findall(r"\(#ev-(\d+)\)", body)), set(re.findall(r'<a id="ev-(\d+)"', evidence))


@pytest.mark.parametrize("audience", ["executive", "investor", "policy"])
def test_every_evidence_entry_is_cited_and_counted(tmp_path: Path, audience: str) -> None:
    from briefgen.workspace import init_workspace

    workspace = tmp_path / "ws"
    init_workspace(workspace, today="2026-05-12")
    for name, text in _FLIGHTS.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(workspace), "--audience", audience, "--format", "md,json"])
    assert result.exit_code == 0, result.output
    markdown = (workspace / "output" / f"{audience}.md").read_text(encoding="utf-8")
    cited, listed = _cited(markdown)
    assert listed, markdown
    assert cited == listed, f"listed but cited nowhere: {sorted(listed - cited)}\n{markdown}"
    assert listed == {str(n) for n in range(1, len(listed) + 1)}  # numbered 1..N in print order
    drawn = re.search(r"This brief draws (\d+) quotations", markdown)
    assert drawn is not None and int(drawn.group(1)) == len(listed)


def test_example_briefs_cite_every_evidence_entry() -> None:
    root = Path(__file__).resolve().parent.parent
    for audience in ("executive", "investor", "policy"):
        cited, listed = _cited((root / "output" / f"{audience}.md").read_text(encoding="utf-8"))
        assert cited == listed, audience
