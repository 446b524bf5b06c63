"""docs/security.md names real tests: every ``file.py::test_name`` it cites exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITED = re.compile(r"`((?:[\w/]+/)?test_\w+\.py)((?:::\w+)?)`")
SHORT = re.compile(r"`::(test_\w+)`")


def _citations(text: str) -> list[tuple[str, str]]:
    """(file, test) pairs; a bare ``::name`` after a file cites that same file."""
    found: list[tuple[str, str]] = []
    for line in text.splitlines():
        current = ""
        for match in re.finditer(CITED.pattern + "|" + SHORT.pattern, line):
            if match.group(1):
                current = match.group(1)
                found.append((current, match.group(2).removeprefix("::")))
            elif current:
                found.append((current, match.group(3)))
    return found


def _resolve(name: str, tests: list[Path]) -> Path | None:
    exact = ROOT / "tests" / name
    if exact.is_file():
        return exact
    matches = [p for p in tests if p.as_posix().endswith("/" + name)]
    return matches[0] if len(matches) == 1 else None


def test_every_cited_test_exists() -> None:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    tests = sorted((ROOT / "tests").rglob("test_*.py"))
    citations = _citations(text)
    assert len(citations) > 60
    missing = []
    for file, test in citations:
        path = _resolve(file, tests)
        if path is None:
            missing.append(file)
        elif test and not re.search(rf"def {test}\(", path.read_text(encoding="utf-8")):
            missing.append(f"{file}::{test}")
    assert missing == []
