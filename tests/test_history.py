"""Recurring briefs on a developing story: briefs as of a date, the record of every brief,
what changed since the last one, and the brief as data (tests/fixtures/developing: ten dated
articles on an invented flood, see FACTS.md there)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

import briefgen
from briefgen.cli import main
from briefgen.record import SCHEMA_FILE, schema
from briefgen.workspace import init_workspace

DEVELOPING = Path(__file__).resolve().parent / "fixtures" / "developing"
EARLY, LATE = "2026-03-06", "2026-03-23"


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def dates() -> dict[str, str]:
    text = (DEVELOPING / "sources.toml").read_text(encoding="utf-8")
    return {f"sources/{name}": day for name, day in re.findall(r'\["([^"]+)"\][^\[]*?date = "([\d-]+)"', text)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The workspace after an early and a late investor brief."""
    ws = tmp_path_factory.mktemp("developing") / "ws"
    init_workspace(ws, today=LATE)
    for path in DEVELOPING.iterdir():
        if path.suffix == ".txt" or path.name == "sources.toml":
            shutil.copy(path, ws / "sources" / path.name)
    for as_of in (EARLY, LATE):
        result = run("build", "-w", str(ws), "-a", "investor", "--format", "md,json", "--as-of", as_of)
        assert result.exit_code == 0, result.output
        shutil.copy(ws / "output" / "investor.md", ws.parent / f"investor-{as_of}.md")
        shutil.copy(ws / "output" / "investor.json", ws.parent / f"investor-{as_of}.json")
    return ws


def record(ws: Path, as_of: str) -> dict[str, Any]:
    return json.loads((ws.parent / f"investor-{as_of}.json").read_text(encoding="utf-8"))


def test_an_early_brief_leaves_out_later_sources_and_has_no_changes(built: Path) -> None:
    early = record(built, EARLY)
    used = {s["path"] for s in early["sources"]}
    assert used == {path for path, day in dates().items() if day <= EARLY}
    assert sorted(early["left_out"]) == sorted(path for path, day in dates().items() if day > EARLY)
    assert all(c["date"] <= EARLY for c in early["citations"])
    text = (built.parent / f"investor-{EARLY}.md").read_text(encoding="utf-8")
    assert "What changed" not in text and "As of 2026-03-06" in text
    assert "7 source(s) dated after 6 March 2026 were left out" in text
    listing = run("sources", "-w", str(built), "--as-of", EARLY).output
    left = [line.split("\t")[0] for line in listing.splitlines() if "left out: dated after the as-of date" in line]
    assert sorted(left) == sorted(early["left_out"])


def test_a_later_brief_says_what_changed_citing_only_later_sources(built: Path) -> None:
    late = record(built, LATE)
    assert late["compared_with"] == EARLY
    changes = next(s for s in late["sections"] if s["style"] == "changes")
    assert changes["title"] == "What changed since 6 March 2026"
    by_number = {c["number"]: c for c in late["citations"]}
    kinds = {item["change"] for item in changes["items"]}
    assert {"new", "updated"} <= kinds
    for item in changes["items"]:
        if item["change"] == "gone":
            assert not item["citations"] and item["reason"]
            continue
        assert item["citations"]
        for number in item["citations"][:1]:  # the statement's own source brought the change
            assert by_number[number]["date"] > EARLY, item
    updated = [item for item in changes["items"] if item["change"] == "updated" and item["label"]]
    # An updated figure of the same measure ("was 390 cubic metres, now 455 cubic metres"); which
    # figures the earlier brief already told depends on its selection, so no particular one is named.
    assert any(re.fullmatch(r"was [\d,.]+ (.+), now [\d,.]+ \1", item["label"]) for item in updated), updated
    text = (built.parent / f"investor-{LATE}.md").read_text(encoding="utf-8")
    assert text.index("## What changed since 6 March 2026") < text.index("## Key figures")
    assert "**New**" in text and "**Updated**" in text
    numbers = [int(n) for n in re.findall(r"\[\[(\d+)\]\]", text.split("## Evidence")[0])]
    assert numbers[:1] == [1] and sorted(set(numbers)) == list(range(1, max(numbers) + 1))
    firsts = list(dict.fromkeys(numbers))
    assert firsts == sorted(firsts), "citation numbers follow their first appearance"


def test_rebuilding_on_the_same_date_compares_with_the_earlier_date(built: Path) -> None:
    result = run("build", "-w", str(built), "-a", "investor", "--format", "json", "--as-of", LATE)
    assert result.exit_code == 0, result.output
    again = json.loads((built / "output" / "investor.json").read_text(encoding="utf-8"))
    assert again["compared_with"] == EARLY
    assert again == record(built, LATE)  # deterministic
    history = run("history", "-w", str(built)).output.splitlines()
    assert [line.split("\t")[0] for line in history] == [f"history/investor/{EARLY}.json",
                                                          f"history/investor/{LATE}.json"]
    assert history[1].endswith(f"compared with {EARLY}")


def test_json_follows_the_shipped_schema_and_every_quote_stands_in_its_source(built: Path) -> None:
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped == schema(), "regenerate briefgen/schemas/*.json from briefgen.record.schema()"
    for as_of in (EARLY, LATE):
        data = record(built, as_of)
        jsonschema.validate(data, shipped)
        for citation in data["citations"]:
            text = (built / citation["path"]).read_text(encoding="utf-8")
            span = " ".join(text[citation["start"]:citation["end"]].split())
            # An editorial bracket ("[Martin Ostrander] said ...") stands for words of the span; the
            # text outside brackets is the span's, in order.
            at = 0
            for piece in re.split(r"\[[^\]]*\]", citation["quote"]):
                if piece.strip():
                    at = span.index(piece.strip(), at) + len(piece.strip())
            assert "[" in citation["quote"] or span == citation["quote"]
    broken = record(built, LATE)
    broken["citations"][0]["start"] = "early"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, shipped)


def test_changes_command_and_a_damaged_record(built: Path, tmp_path: Path) -> None:
    out = run("changes", "-w", str(built), "-a", "investor", "--as-of", LATE)
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0] == "What changed since 6 March 2026 (investor brief as of 23 March 2026)"
    assert "New:" in lines and "Updated:" in lines and "Sources:" in lines
    assert run("changes", "-w", str(built), "-a", "investor", "--as-of", EARLY).output.startswith(
        "no investor brief recorded before 2026-03-06")
    copy = tmp_path / "ws"
    shutil.copytree(built, copy)
    (copy / "history" / "investor" / f"{EARLY}.json").write_text('{"format": "briefgen-brief", "version": 1}',
                                                                 encoding="utf-8")
    result = run("build", "-w", str(copy), "-a", "investor", "--format", "md", "--as-of", LATE)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("briefgen: warning: history/")]
    assert len(warnings) == 1 and f"history/investor/{EARLY}.json: not a brief record" in warnings[0]
    assert "What changed" not in (copy / "output" / "investor.md").read_text(encoding="utf-8")


def test_a_period_brief_and_bad_dates(built: Path) -> None:
    space = briefgen.open_workspace(built).dated(as_of=LATE, since="2026-03-14")
    brief = space.compose("investor")
    kept = {row.path for row in brief.sources}
    assert kept == {path for path, day in dates().items() if "2026-03-14" <= day <= LATE}
    assert brief.method.before == len([day for day in dates().values() if day < "2026-03-14"]) > 0
    assert f"{brief.method.before} source(s) dated before 14 March 2026 were left out" in space.render(brief, "md")
    data = json.loads(space.render(brief, "json"))
    assert data["since"] == "2026-03-14" and data["as_of"] == LATE
    assert space.render(brief, "md").startswith("# ")
    for args in (["--as-of", "23/03/2026"], ["--as-of", EARLY, "--since", LATE]):
        result = run("build", "-w", str(built), "-a", "investor", "--format", "md", *args)
        assert result.exit_code == 2 and "Traceback" not in result.output, result.output


def test_the_api_builds_from_lists(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "ws"
    shutil.copytree(built, copy)
    result = briefgen.open_workspace(copy).dated(as_of=LATE).build(["investor"], ["md", "json"])
    assert [a.path for a in result.artifacts] == ["output/investor.md", "output/investor.json"]
    assert [r.path for r in result.records] == [f"history/investor/{LATE}.json"]
    assert [r.as_of for r in briefgen.open_workspace(copy).history("investor")] == [EARLY, LATE]


def test_a_source_dated_after_today_is_left_out_with_a_warning_naming_it(tmp_path: Path) -> None:
    """Without an as-of date a brief speaks for today: a source dated later (a typo, a clock
    behind) is left out, and the build says so on one line naming the file and the fix."""
    ws = tmp_path / "ws"
    init_workspace(ws)
    for path in sorted(DEVELOPING.glob("*.txt"))[:3]:
        shutil.copy(path, ws / "sources" / path.name)
    names = [p.name for p in sorted((ws / "sources").glob("*.txt"))]
    meta = "".join(f'["{name}"]\ndate = "{day}"\n' for name, day in zip(names, ("2026-03-02", "2026-03-04", "2999-01-05"), strict=True))
    (ws / "sources" / "sources.toml").write_text(meta, encoding="utf-8")
    result = run("build", "-w", str(ws), "-a", "investor", "--format", "md")
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if "after today" in line]
    assert warned == [f"briefgen: warning: sources/{names[2]}: dated 2999-01-05, after today, so left out of the brief "
                      "(as of 2026-03-04); to use it, build with --as-of 2999-01-05 or set as_of in briefgen.toml, "
                      "or correct its date in sources/sources.toml"]
    # Asked for a date, the user chose the window: no warning.
    result = run("build", "-w", str(ws), "-a", "investor", "--format", "md", "--as-of", "2026-03-04")
    assert result.exit_code == 0 and "after today" not in result.output
