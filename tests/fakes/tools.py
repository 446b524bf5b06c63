"""A per-test environment that puts the fake package managers first on PATH."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

BIN = Path(__file__).resolve().parent / "bin"


@dataclass
class FakeTools:
    """Where the fakes log their argv and keep installed state, and the env to run them with."""

    root: Path

    @property
    def log(self) -> Path:
        return self.root / "calls.jsonl"

    @property
    def state(self) -> Path:
        return self.root / "installed"

    def env(self, **extra: str) -> dict[str, str]:
        # The venv's python3 runs the fakes' `#!/usr/bin/env python3`; nothing real is found.
        path = f"{BIN}:{Path(sys.executable).parent}:/usr/bin:/bin"
        return {
            "PATH": path, "DESKMATE_FAKE_LOG": str(self.log),
            "DESKMATE_FAKE_STATE": str(self.state), "HOME": str(self.root), **extra,
        }

    def calls(self, tool: str | None = None) -> list[list[str]]:
        """Every recorded argv (without the program), optionally for one tool only."""
        return [row["argv"] for row in self._rows(tool)]

    def running(self, tool: str) -> list[int]:
        """The process ids of ``tool``'s calls that are still running (a zombie has ended)."""
        return [row["pid"] for row in self._rows(tool) if running(row["pid"])]

    def _rows(self, tool: str | None) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        rows: list[dict[str, Any]] = [json.loads(x) for x in self.log.read_text().splitlines()]
        return [row for row in rows if tool is None or row["tool"] == tool]

    def install(self, package: str) -> None:
        """Pretend ``package`` is already installed."""
        self.state.mkdir(parents=True, exist_ok=True)
        (self.state / package.replace("/", "_")).write_text("installed")


def running(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie its parent has not waited for has ended)."""
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False
