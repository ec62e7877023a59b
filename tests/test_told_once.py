"""A brief tells each fact once and never leans on a sentence the reader has not seen: a statement
naming "the revised range" comes with the sentence that gives the range or not at all; a statement
whose figures the brief already shows is not printed again; a change of a measure is no Key figures
row beside the level its sentence gives with it; a dispute told whole in one sentence is not retold
by a side of it in another section."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

_FERRY = {
    "01-wire-2026-06-01.txt": (
        "Calder Ferries cut its profit forecast on Monday after a crew walkout cancelled sailings, sending its shares "
        "down 9.1%.\n\n"
        "The operator said it now expected annual profit of 42 million pounds to 46 million pounds, down from "
        "55 million pounds.\n\n"
        "Finance chief Ruth Amsel said the revised range reflected the cost of chartering replacement vessels.\n\n"
        "The operator also corrected the passenger figure it gave last week. It said 18,400 passengers, not 16,000, "
        "had their crossings cancelled.\n\n"
        "The crew union says its members want a 12% pay rise over two years.\n"),
    "02-gazette-2026-06-03.txt": (
        "The crew union agreed on Wednesday to resume talks with Calder Ferries, sending the operator's shares "
        "up 6.4%.\n\n"
        "Calder shares rose 6.4% to 212 pence in early trading.\n\n"
        "Harbour master Ines Varga said the island's only ferry link had been cut for four days.\n\n"
        "\"We would rather wait a month than sail an unsafe boat,\" she said.\n\n"
        "Islanders have organised a flotilla of fishing boats to carry medicine and post.\n"),
    "03-column-2026-06-04.txt": (
        "Opinion: The ferry walkout\n\n"
        "Calder Ferries blames the union for every cancelled crossing. Maybe so. But running one ferry for 40,000 "
        "islanders was always a gamble.\n\n"
        "What does not end so easily is the islanders' distrust of the operator.\n"),
}

_CRANE = {
    "01-wire-2026-05-04.txt": (
        "A crane collapsed at the Velde container port on Saturday, killing no one but closing two berths.\n\n"
        "The port has said the collapse was caused by a faulty weld in the boom, while Velde Cranes blames an "
        "overload it says the port allowed on 2 May.\n\n"
        "Two ships were diverted to Rotterdam.\n"),
    "02-gazette-2026-05-05.txt": (
        "The port authority said the collapse was caused by a faulty weld in the crane's boom, which it says was "
        "supplied by Velde Cranes.\n\n"
        "Dock workers stopped work for a day in protest at safety standards.\n\n"
        "The berths are expected to reopen on 20 May.\n"),
}


Build = Callable[..., tuple[Path, dict[str, str]]]
"""The `cli_build` fixture (conftest)."""


def test_no_statement_leans_on_an_unseen_sentence_and_no_figure_is_told_twice(cli_build: Build) -> None:
    _workspace, briefs = cli_build(_FERRY, "2026-06-05")
    for audience, body in briefs.items():
        lines = body.splitlines()
        for line in lines:
            if "the revised range" in line:  # with the sentence that gives the range, in one statement
                assert "42 million pounds to 46 million pounds" in line, (audience, line)
        for line in lines:  # the harbour master's quotation only with the sentence that names her, in one statement
            if "she said." in line:
                assert "Harbour master Ines Varga said" in line, (audience, line)
        for unseen in ("also corrected", "Maybe so", "What does not end"):
            assert unseen not in body, (audience, unseen)
        # 6.4% is in the opening statement, 212 pence in Key figures: the sentence giving both adds nothing.
        assert "Calder shares rose 6.4% to 212 pence in early trading." not in body.replace("\\.", "."), audience
        rows = [line for line in lines if line.startswith("| ") and "pence" in line or "rise in" in line]
        assert not any("rise in" in row for row in rows), (audience, rows)  # the level's row says it
    positions = (briefs["policy"].split("## Stakeholder positions", 1)[1:] or [""])[0].split("\n## ", 1)[0]
    assert "annual profit" not in positions  # the Key figures row gives the forecast


def test_a_dispute_told_whole_is_not_retold_by_one_side_elsewhere(cli_build: Build) -> None:
    _workspace, briefs = cli_build(_CRANE, "2026-05-06")
    for audience, body in briefs.items():
        assert body.count("faulty weld") <= 1, audience
    section = briefs["policy"].split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "while Velde Cranes blames an overload" in section  # the dispute, told once, where disputes are
