"""Logging as rotating JSON lines in the profile's log folder; secrets never reach it."""

from __future__ import annotations

import json
import logging
import logging.handlers
from collections import deque
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
MAX_BYTES = 1_000_000
BACKUPS = 5


class JsonLinesFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, and the record's ``extra``."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = (
                    value if isinstance(value, str | int | float | bool | None) else repr(value)
                )
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(log_file: Path, level: int = logging.INFO, console: bool = False) -> None:
    """Send the root logger to ``log_file`` (rotated) and optionally to stderr."""
    root = logging.getLogger()
    root.setLevel(level)
    for old in list(root.handlers):
        if getattr(old, "_deskmate", False):
            root.removeHandler(old)
            old.close()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(JsonLinesFormatter())
    except OSError:
        handler = logging.StreamHandler()  # a read-only or full profile must not stop the app
    handler._deskmate = True  # type: ignore[attr-defined]  # marks our own handlers
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream._deskmate = True  # type: ignore[attr-defined]  # marks our own handlers
        stream.setLevel(logging.WARNING)
        root.addHandler(stream)


def tail_log(log_file: Path, lines: int = 200) -> list[str]:
    """The last ``lines`` lines of the current log file, for a help request's preview."""
    try:
        with log_file.open(encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in deque(handle, maxlen=lines)]
    except OSError:
        return []
