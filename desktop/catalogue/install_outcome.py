"""What an install reports while it runs and when it ends, and where its log is kept.

Plain data, shared by the install queue (which makes it) and the tray (which shows it, also
when the install ran in a worker process and came back as JSON).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.catalogue.installed_state import InstallState

_SAFE_ID = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class InstallProgress:
    """One step of a running install, for the GUI."""

    app_id: str
    phase: str  # downloading | installing | checking
    percent: int | None = None
    line: str = ""


@dataclass(frozen=True)
class InstallResult:
    """How an install ended, the app's state afterwards and where its log is."""

    app_id: str
    outcome: str  # installed | failed | cancelled
    state: InstallState
    message: str
    log_path: Path

    @property
    def ok(self) -> bool:
        return self.outcome == "installed"


def install_log_path(log_dir: Path, app_id: str) -> Path:
    """The file holding the last install log of ``app_id``."""
    return log_dir / f"{_SAFE_ID.sub('_', app_id)}.log"


def read_install_log(log_dir: Path, app_id: str) -> str:
    """The last install log for ``app_id``, or an empty string."""
    try:
        return install_log_path(log_dir, app_id).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
