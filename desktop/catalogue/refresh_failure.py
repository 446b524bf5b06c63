"""The most recent failed catalogue refresh, kept on disk so the next process still knows it.

Without it, ``deskmate catalogue status`` in a new process (or the app after a restart) would
call the last good copy verified although the newest repository was refused.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.atomic_file import write_atomic

log = logging.getLogger(__name__)

_MAX_MESSAGE = 1000


@dataclass(frozen=True)
class RefreshFailure:
    """Why and when a refresh failed; ``refused`` means the repository failed verification."""

    kind: str  # the CatalogueError subclass, e.g. "CatalogueRollback"
    message: str  # for people
    at: datetime
    refused: bool
    offline: bool


class FailureRecord:
    """One JSON file beside the last good copy: written on failure, removed on success."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def read(self) -> RefreshFailure | None:
        """The stored failure, or None; a damaged file counts as none."""
        try:
            raw = json.loads(self._path.read_bytes())
            return RefreshFailure(str(raw["kind"]), str(raw["message"]),
                                  datetime.fromisoformat(raw["at"]),
                                  bool(raw["refused"]), bool(raw["offline"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error("Stored refresh failure unreadable", extra={"error": str(exc)})
            return None

    def write(self, failure: RefreshFailure) -> None:
        data = {"kind": failure.kind, "message": failure.message[:_MAX_MESSAGE],
                "at": failure.at.isoformat(), "refused": failure.refused,
                "offline": failure.offline}
        try:
            write_atomic(self._path, json.dumps(data).encode())
        except OSError as exc:  # the failure is still reported for this session
            log.error("Refresh failure not stored", extra={"error": str(exc)})

    def clear(self) -> None:
        try:
            self._path.unlink(missing_ok=True)
        except OSError as exc:
            log.error("Refresh failure not cleared", extra={"error": str(exc)})
