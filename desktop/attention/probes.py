"""Run a small platform tool for a busy probe; an absent or failing tool is an answer, too."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diagnostics.command import CommandError, run_command

ToolRunner = Callable[[Sequence[str]], str | None]
PROBE_TIMEOUT = 2.0


def run_tool(argv: Sequence[str]) -> str | None:
    """The tool's stdout, or None when it is missing, timed out or failed."""
    try:
        done = run_command(argv, PROBE_TIMEOUT)
    except CommandError:
        return None
    return done.stdout if done.returncode == 0 else None
