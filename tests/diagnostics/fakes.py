"""Fakes at the OS boundary for the diagnostics tests: recorded command outputs."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from diagnostics.command import CommandNotFoundError, CommandOutput, RunCommand

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


Answer = str | tuple[int, str] | tuple[int, str, str] | BaseException


def fake_run(answers: Mapping[str, Answer]) -> tuple[RunCommand, list[tuple[str, ...]]]:
    """A RunCommand answering by whole command line, else by program name (the argv[0]
    basename); other programs are missing.
    Returns the fake and the list of argv it was called with."""
    calls: list[tuple[str, ...]] = []

    def run(argv: Sequence[str], timeout: float) -> CommandOutput:
        calls.append(tuple(argv))
        answer = answers.get(" ".join(argv), answers.get(Path(argv[0]).name))
        if answer is None:
            raise CommandNotFoundError(argv[0])
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, str):
            return CommandOutput(tuple(argv), 0, answer, "")
        code, out, *err = answer
        return CommandOutput(tuple(argv), code, out, err[0] if err else "")

    return run, calls


def fact(facts: Mapping[str, object], *path: str | int) -> Any:
    """A nested fact, e.g. ``fact(r.facts, "hog", "pid")``; typed loosely for assertions."""
    value: Any = facts
    for key in path:
        value = value[key]
    return value


def prefill_updates_cache(cache_dir: Path, count: int = 0) -> None:
    """A fresh pending-updates answer, so a test run does not start a real package-manager
    query in the background (the real one is covered by the security and suite tests)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    value = {"count": count, "security": 0, "names": [], "tool": "apt"}
    (cache_dir / "pending_updates.json").write_text(
        json.dumps({"value": value, "stamp": time.time()}), encoding="utf-8")
