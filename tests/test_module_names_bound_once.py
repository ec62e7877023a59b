"""No module of briefgen binds one top-level name twice: a second `_NOT_DONE = ...` further down a
long module silently replaces the first for every function that reads it (this broke a rule twice
when two changes each added a pattern under the same private name)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import briefgen

ROOT = Path(briefgen.__file__).parent


def _bound(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_no_top_level_name_is_bound_twice() -> None:
    twice = {f"{path.relative_to(ROOT)}: {name}" for path in sorted(ROOT.rglob("*.py"))
             for name, count in _bound(ast.parse(path.read_text(encoding="utf-8"))).items() if count > 1}
    assert not twice, sorted(twice)


def test_the_check_sees_a_second_binding() -> None:
    assert _bound(ast.parse("A = 1\ndef f(): pass\nA = 2\n"))["A"] == 2
