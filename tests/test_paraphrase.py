"""An analyst's paraphrase changes what a brief prints for a note, never whether or where the
note is shown: sections, selection and repeats read what the source says (its quote). (A paraphrase
stands alone, so a statement the brief had to pair or leave out for want of context may make room
for another: every note shown before is still shown, in its section.)"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefgen
from briefgen.workspace import init_workspace

# Words that would mislead a classifier reading the paraphrase: a rival, a risk, a date to watch.
CUES = ("Analyst's wording: rivals could overtake the company next year, a serious risk to watch on 15 December "
        "2026 as demand and supply shift and the regulator may impose limits.").split()


def _paraphrase(quote: str) -> str:
    """A paraphrase as long as the quote (the same word budget), made of misleading cues."""
    count = len(quote.split())
    return " ".join(CUES[i % len(CUES)] for i in range(count))


def _placed(ws: briefgen.Workspace, audience: str) -> dict[str, tuple[str, str]]:
    """Note id -> (section id, printed text) of every statement the brief shows (Key figures aside)."""
    brief = ws.compose(audience)
    return {item.note_id: (section.id, item.text) for section in brief.sections if section.style != "figures"
            for item in section.items if item.note_id and not item.see}


def _set_texts(workspace: Path, texts: dict[str, str]) -> int:
    """Write each paraphrase into its note's empty `text:` line, as an analyst does in an editor."""
    written = 0
    for path in sorted((workspace / "notes").glob("*.yaml")):
        content = path.read_text(encoding="utf-8")
        for note_id, text in texts.items():
            block = re.search(rf"(\n  - id: {re.escape(note_id)}\n(?:    .*\n)*?    text:)(?: null)?\n", content)
            if block:
                content = content[:block.end(1)] + f" {json.dumps(text)}\n" + content[block.end():]
                written += 1
        path.write_text(content, encoding="utf-8")
    return written


@pytest.mark.parametrize("audience", ["executive", "investor", "policy"])
def test_paraphrasing_every_shown_note_keeps_each_where_it_was(example: Path, audience: str) -> None:
    before = _placed(briefgen.open_workspace(example), audience)
    assert len(before) >= 5
    texts = {note_id: _paraphrase(text) for note_id, (_, text) in before.items()}
    assert _set_texts(example, texts) == len(texts)
    after = _placed(briefgen.open_workspace(example), audience)
    assert {i: after.get(i, ("gone", ""))[0] for i in before} == {i: s for i, (s, _) in before.items()}
    assert all(after[i][1] == texts[i] for i in before)


def test_a_paraphrase_that_reads_like_another_section_moves_nothing(other: Path) -> None:
    """One note at a time, the sequence an analyst follows: paraphrase, rebuild, paraphrase the next."""
    ws = briefgen.open_workspace(other)
    before = _placed(ws, "investor")
    assert before
    done: dict[str, str] = {}
    for note_id, (_, text) in sorted(before.items()):
        done[note_id] = _paraphrase(text)
        _set_texts(other, {note_id: done[note_id]})
        after = _placed(briefgen.open_workspace(other), "investor")
        assert {i: after.get(i, ("gone", ""))[0] for i in before} == {i: s for i, (s, _) in before.items()}, note_id
        assert all(after[i][1] == done[i] for i in done)


WORDS = st.sampled_from(["rivals", "risk", "could", "will", "next", "week", "15", "December", "2026", "said", "the",
                         "regulator", "may", "ban", "demand", "supply", "This", "However,", "it", "expects", "fell",
                         "percent", "strike", "court", "ruled", "approved", "budget", "billion"])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_paraphrase_of_any_shown_note_moves_nothing(other_once: Path, data: st.DataObject) -> None:
    """Property: whatever words the analyst types (as many as the quote has), the brief shows
    the same notes in the same sections, the edited one in the analyst's words."""
    workspace = Path(tempfile.mkdtemp(dir=other_once)) / "ws"
    shutil.copytree(other_once / "base", workspace)
    before = _placed(briefgen.open_workspace(workspace), "policy")
    shown = sorted(before)
    note_id = shown[data.draw(st.integers(0, 99)) % len(shown)]
    words = data.draw(st.lists(WORDS, min_size=80, max_size=80))[:len(before[note_id][1].split())]
    _set_texts(workspace, {note_id: " ".join(words)})
    after = _placed(briefgen.open_workspace(workspace), "policy")
    assert {i: after.get(i, ("gone", ""))[0] for i in before} == {i: s for i, (s, _) in before.items()}
    assert after[note_id][1] == " ".join(words)
    shutil.rmtree(workspace.parent)


@pytest.fixture(scope="module")
def other_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The other-subject workspace with its notes taken once (copied for each example)."""
    root = tmp_path_factory.mktemp("para")
    base = root / "base"
    init_workspace(base, today="2026-10-05")
    for path in (Path(__file__).resolve().parent / "fixtures" / "other").iterdir():
        shutil.copy(path, base / "sources" / path.name)
    briefgen.open_workspace(base).compose("policy")
    return root


def test_a_paraphrased_key_figure_row_shows_the_analysts_words_labelled(other: Path) -> None:
    from briefgen.pipeline import build
    from briefgen.workspace import load_config

    brief = briefgen.open_workspace(other).compose("executive")
    rows = [item for section in brief.sections if section.style == "figures" for item in section.items]
    assert rows
    mine = "Dredging comes first for the board | not the rates."
    _set_texts(other, {rows[0].note_id: mine})
    build(load_config(other), "executive", "md")
    table = (other / "output" / "executive.md").read_text(encoding="utf-8").split("## Key figures", 1)[1]
    row = next(line for line in table.splitlines() if line.startswith(f"| {rows[0].figure.text} |"))
    assert "*Analyst's summary:* Dredging comes first for the board \\| not the rates." in row


def test_a_paraphrase_does_not_bring_back_a_plan_a_later_report_overtook(news_workspace: Any) -> None:
    """The overtaken-events reading is a choice too: it reads the quote ("would set out its position
    ... after a public meeting"), not a paraphrase that no longer says a decision is pending."""
    from tests.test_overtaken_decisions import _ZOO_DECIDED, _ZOO_PLAN

    ws = news_workspace("zoo", {"01-plan.txt": _ZOO_PLAN, "02-decided.txt": _ZOO_DECIDED})
    plan = next(n for n in ws.notes().notes if "would set out its position" in n.quote)
    assert plan.id not in _placed(ws, "policy")
    _set_texts(ws.config.root, {plan.id: "Corrick's council and the zoo's wetland enclosure."})
    assert plan.id not in _placed(briefgen.open_workspace(ws.config.root), "policy")
