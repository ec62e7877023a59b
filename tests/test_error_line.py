"""An error line stays under LINE_CHARS however many mid-length problems a file holds."""

from __future__ import annotations

from briefgen import schema


def test_many_mid_length_problems_fit_one_line() -> None:
    problems = [f"notes/tide.yaml:{i}: note n-{i:08x}: at.start: expected a whole number (got {'9' * 90})" for i in range(7)]
    line = "briefgen: error: " + schema.one_line(problems, "fix the notes file and run again")
    assert len(line) <= schema.LINE_CHARS
    assert "notes/tide.yaml:0:" in line and "more" in line


def test_one_long_problem_is_still_shown() -> None:
    line = schema.one_line(["x" * 1000], "fix it")
    assert line.startswith("x") and line.endswith("fix it")
