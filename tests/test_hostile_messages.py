"""Broken files that used to pass in silence (trust21): each is now named with its file and line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from briefgen.cli import main
from briefgen.ingest.readers import read_markdown


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_front_matter_values_that_are_not_text_are_warned_with_their_line() -> None:
    text = ("---\ntitle: [Kelp, farms]\ndate: {day: 3}\npublisher: 12\nauthor: true\n---\n"
            "The kelp cooperative doubled its seaweed harvest this spring, its director said.\n")
    read = read_markdown(text.encode("utf-8"), "sources/kelp.md")
    assert "title" not in read.meta and "date" not in read.meta and "author" not in read.meta
    assert read.meta["publisher"] == "12"
    assert sorted(w.split(" front matter")[0] for w in read.warnings) == [
        "sources/kelp.md:2:", "sources/kelp.md:3:", "sources/kelp.md:5:"]


def _build(ws: Path) -> Result:
    return cli("-w", str(ws), "build", "--audience", "executive", "--format", "md")


def test_a_hand_set_source_field_is_warned_about_with_its_line(other: Path) -> None:
    assert _build(other).exit_code == 0
    path = other / "notes" / "harbor-council.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("source: harbor-council", "source: ../elsewhere/secret", 1), encoding="utf-8")
    line = text.split("source: harbor-council")[0].count("\n") + 1
    result = _build(other)
    assert result.exit_code == 0, result.output
    assert f"notes/harbor-council.yaml:{line}: `source:` is briefgen's" in result.output


def test_a_python_tag_in_a_commented_notes_file_is_refused_with_its_line(other: Path) -> None:
    assert _build(other).exit_code == 0
    path = other / "notes" / "harbor-council.yaml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("source: harbor-council", "source: !!python/object/apply:os.system ['true']  # mine", 1)
    path.write_text(broken, encoding="utf-8")
    result = _build(other)
    errors = [line for line in result.output.splitlines() if "error:" in line]
    assert result.exit_code == 1 and len(errors) == 1 and "notes/harbor-council.yaml:" in errors[0], result.output
    assert path.read_text(encoding="utf-8") == broken


def test_an_unreadable_links_file_is_warned_about_before_it_is_replaced(other: Path) -> None:
    assert _build(other).exit_code == 0
    (other / "notes" / "_links.yaml").write_text("key_phrases: 5\nclusters: [[[\n", encoding="utf-8")
    result = _build(other)
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if "notes/_links.yaml" in line], result.output
    assert "clusters:" in (other / "notes" / "_links.yaml").read_text(encoding="utf-8")
