"""`briefgen check` applies compose's bracket test (glosses.clause_brackets) to the notes and the latest briefs:
a clause-bracket briefgen wrote fails; one the analyst wrote or edited is kept, quoted and named in a warning."""

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.notes import fingerprint
from briefgen.notes.glosses import brackets_read_as_names, clause_brackets

SOURCE = (
    "BERGEN, March 3 (Wire) - The Lindqvist Trust will fund a new concert hall in Bergen, the trust's chair, "
    "Marta Olsen, said on Tuesday.\n\n"
    "Olsen said the board voted 7 to 2 in favour of the 40 million crown grant.\n\n"
    "She said the hall would open in 2027 and seat 900 people.\n\n"
    "The city council said it welcomed the grant and would provide the land free of charge.\n"
)
SHE = "She said the hall would open in 2027 and seat 900 people."


def _run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def _notes(ws: Path) -> Path:
    assert _run("notes", "-w", str(ws)).exit_code == 0
    return ws / "notes" / "01-hall.yaml"


def _requote(path: Path, quote: str) -> int:
    """Replaces the quote of the note quoting SHE by *quote* (the analyst's edit); its line."""
    text = path.read_text(encoding="utf-8")
    assert f"quote: {SHE}" in text
    path.write_text(text.replace(f"quote: {SHE}", "quote: " + json.dumps(quote), 1), encoding="utf-8")
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if line.strip().startswith("quote:") and "hall would open" in line)


@pytest.fixture
def ws(news_workspace: Any) -> Path:
    return Path(news_workspace("hall", {"01-hall.txt": SOURCE}, title="Bergen concert hall").config.root)


@pytest.mark.parametrize("quote", [
    "2022 Winter [Paralympic Games, clearing the way for a national contest against Berlin] in 2011.",
    "[The Although President Donald Trump] administration aimed to sell older chips.",
])
def test_the_two_garbled_brackets_of_stop_33_read_as_clauses(quote: str) -> None:
    assert clause_brackets(quote) and not brackets_read_as_names(quote)


@pytest.mark.parametrize("quote", [
    "[The ministry's] plan was late [sic].", "Prices rose [in 2024] by 4%.", "[The company] said [...] it would pay.",
    "[Marta Olsen, chair, Lindqvist Trust] said the board voted.", "The vote was on Tuesday [3 March].",
])
def test_an_editors_bracket_reads_as_a_name(quote: str) -> None:
    assert clause_brackets(quote) == [] and brackets_read_as_names(quote)


def test_the_analysts_brackets_are_kept_through_runs_and_a_clause_is_named(ws: Path) -> None:
    path = _notes(ws)
    line = _requote(path, "[Olsen] said the hall would open in 2027 and seat 900 people.")
    result = _run("check", "-w", str(ws))
    assert result.exit_code == 0 and "warning" not in result.output
    assert _run("build", "-w", str(ws), "--format", "md").exit_code == 0

    path.write_text(path.read_text(encoding="utf-8").replace(
        '"[Olsen] said', '"[Olsen, who chairs the trust,] said', 1), encoding="utf-8")
    for _ in range(2):  # refresh and check again: the analyst's bracket stays, the warning with it
        result = _run("check", "-w", str(ws))
        assert result.exit_code == 0, result.output
        assert (f"warning: notes/01-hall.yaml:{line}: note n-" in result.output
                and "[Olsen, who chairs the trust,]" in result.output), result.output
        assert _notes(ws) == path and "[Olsen, who chairs the trust,] said the hall" in path.read_text(encoding="utf-8")
    built = _run("build", "-w", str(ws), "--format", "md")
    assert built.exit_code == 0 and f"notes/01-hall.yaml:{line}" in built.output
    assert "[Olsen, who chairs the trust,] said the hall" in path.read_text(encoding="utf-8")

    path.write_text(path.read_text(encoding="utf-8").replace("[Olsen, who chairs the trust,]", "[Olsen]", 1),
                    encoding="utf-8")
    result = _run("check", "-w", str(ws))  # the latest brief still quotes the bracket the analyst has since changed
    assert result.exit_code == 1 and "run `briefgen build` again" in result.output
    assert _run("build", "-w", str(ws), "--format", "md").exit_code == 0
    result = _run("check", "-w", str(ws))
    assert result.exit_code == 0 and "warning" not in result.output


def test_a_clause_bracket_briefgen_wrote_into_a_note_fails(ws: Path) -> None:
    path = _notes(ws)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = next(e for e in data["notes"] if e["quote"] == SHE)
    entry["quote"] = "[Olsen, who chairs the trust,] said the hall would open in 2027 and seat 900 people."
    entry[fingerprint.KEY] = fingerprint.fingerprint(entry)  # as if briefgen had written it so
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10_000), encoding="utf-8")
    result = _run("check", "-w", str(ws))
    assert result.exit_code == 1
    assert "notes/01-hall.yaml" in result.output and f"note {entry['id']}" in result.output
    assert "briefgen wrote the bracket [Olsen, who chairs the trust,]" in result.output


def test_a_clause_bracket_in_the_latest_brief_fails_until_rebuilt(ws: Path) -> None:
    _notes(ws)
    assert _run("build", "-w", str(ws), "--format", "md").exit_code == 0
    assert _run("check", "-w", str(ws)).exit_code == 0
    (record,) = sorted((ws / "history" / "executive").glob("*.json"))
    data = json.loads(record.read_text(encoding="utf-8"))
    item = data["sections"][0]["items"][0]
    item["text"] = "[The Although Marta Olsen] trust " + item["text"]
    record.write_text(json.dumps(data), encoding="utf-8")
    result = _run("check", "-w", str(ws))
    assert result.exit_code == 1 and f"history/executive/{record.name}: note {item['note_id']}" in result.output
    assert _run("build", "-w", str(ws), "--format", "md").exit_code == 0
    assert _run("check", "-w", str(ws)).exit_code == 0


_FIRST = st.sampled_from(["Ines", "Tomas", "Ruth", "Kwame", "Aiko", "Pavel"])
_LAST = st.sampled_from(["Haldane", "Moreau", "Okafor", "Lindgren", "Castell", "Varga"])
_BODY = st.sampled_from(["Northfield Water Board", "Aster Museum Foundation", "Coastal Ferry Authority"])
_ROLE = st.sampled_from(["director", "chief economist", "spokeswoman", "board chair"])
_DAY = st.sampled_from(["Monday", "Tuesday", "Thursday"])


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(first=_FIRST, last=_LAST, body=_BODY, role=_ROLE, day=_DAY, amount=st.integers(2, 90))
def test_every_bracket_briefgen_writes_passes_check(news_workspace: Any, first: str, last: str, body: str,
                                                    role: str, day: str, amount: int) -> None:
    text = (f"LYON, May 6 (Wire) - The {body} ({''.join(w[0] for w in body.split())}) will spend {amount} million "
            f"euros on repairs, its {role}, {first} {last}, said on {day}.\n\n"
            f"{last} said the work would start in June and last two years.\n\n"
            f"She said on {day} that the {''.join(w[0] for w in body.split())} had waited too long.\n\n"
            f"He said the board, which met on {day}, approved the plan.\n")
    ws = Path(news_workspace(f"p{first}{last}{amount}", {"01-plan.txt": text}, title="Repairs").config.root)
    assert _run("build", "-w", str(ws), "--format", "md").exit_code == 0
    result = _run("check", "-w", str(ws))
    assert result.exit_code == 0 and "bracket" not in result.output, result.output
