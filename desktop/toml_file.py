"""Reads a settings or policy TOML file, dropping only what is nested too deep to parse.

tomllib recurses once per nested array or inline table, so a file nested thousands deep
raises RecursionError: for a policy that would lose every IT lock at once. Each top-level
statement nested deeper than :data:`MAX_DEPTH` is blanked out before parsing and reported.

Expected failures, left to the caller as before::

    OSError                 the file cannot be read
    UnicodeDecodeError      it is not UTF-8
    tomllib.TOMLDecodeError it is not TOML
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

MAX_DEPTH = 32  # arrays and inline tables; real settings use two
# Strings and comments are skipped whole, so brackets inside them do not count.
_TOKEN = re.compile(
    r'"""(?:\\.|[^\\])*?"""|\'\'\'.*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}\n]',
    re.S,
)
_OPEN = frozenset("[{")
_CLOSE = frozenset("]}")


def load_toml(path: Path) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The parsed file and one problem line per statement that was too deep to keep."""
    text = path.read_bytes().decode("utf-8")
    lines = text.split("\n")
    problems = []
    for first, last in deep_statements(text):
        lines[first:last + 1] = [""] * (last + 1 - first)
        problems.append(f"{path}: line {first + 1} is nested more than {MAX_DEPTH} levels "
                        "deep and was ignored")
    try:
        return tomllib.loads("\n".join(lines)), tuple(problems)
    except RecursionError as exc:  # a shape the scan missed must still not crash a start
        raise tomllib.TOMLDecodeError(f"nested too deeply to read ({exc})") from None


def deep_statements(text: str, max_depth: int = MAX_DEPTH) -> list[tuple[int, int]]:
    """(first, last) zero-based lines of each statement whose brackets nest too deep."""
    spans: list[tuple[int, int]] = []
    depth = deepest = start = line = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in _OPEN:
            start, deepest = (line, 0) if depth == 0 else (start, deepest)
            depth += 1
            deepest = max(deepest, depth)
        elif token in _CLOSE and depth:
            depth -= 1
            if depth == 0 and deepest > max_depth:
                spans.append((start, line))
        line += token.count("\n")
    if depth and deepest > max_depth:  # never closed: up to the end
        spans.append((start, line))
    return spans
