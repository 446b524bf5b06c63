"""TOML too deeply nested to parse costs only its own statement, never the whole file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from desktop.toml_file import MAX_DEPTH, deep_statements, load_toml

DEPTH = 10_000


def deep_inline(depth: int = DEPTH) -> str:
    return "{a = " * depth + "1" + "}" * depth


def test_tomllib_itself_cannot_read_it() -> None:
    """Why this module exists: if tomllib learns to, the guard can go."""
    with pytest.raises(RecursionError):
        tomllib.loads(f"x = {deep_inline()}")


def test_deep_statements_are_dropped_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(
        f'top = 1\nx = {deep_inline()}\ny = [{"[" * DEPTH}{"]" * DEPTH}]\n'
        '[app]\nautostart = false\nnote = "[[[{{ inside a string"  # ]]] in a comment\n'
        f"z = [\n{'[' * 40}\n{']' * 40}\n]\nlast = 2\n",
        encoding="utf-8",
    )
    tree, problems = load_toml(path)
    assert tree == {"top": 1, "app": {"autostart": False, "note": "[[[{{ inside a string",
                                      "last": 2}}
    assert [p.split(": ", 1)[1].split(" is")[0] for p in problems] == ["line 2", "line 3",
                                                                        "line 7"]


def test_nesting_within_the_limit_is_untouched() -> None:
    ok = "x = " + "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert deep_statements(ok) == []
    assert deep_statements(ok.replace("x = [", "x = [[", 1) + "]") == [(0, 0)]


def test_an_unclosed_deep_statement_runs_to_the_end() -> None:
    assert deep_statements("a = 1\nb = " + "[\n" * 50) == [(1, 51)]
