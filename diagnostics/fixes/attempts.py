"""The record of fixes already tried, kept in SQLite for later help requests."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from diagnostics.database import connect
from diagnostics.fixes.base import FixReport

_SCHEMA = """
CREATE TABLE IF NOT EXISTS fix_attempts (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    fix_id TEXT NOT NULL,
    check_id TEXT NOT NULL,
    before_status TEXT,
    after_status TEXT,
    succeeded INTEGER NOT NULL,
    reason TEXT,
    facts TEXT NOT NULL
)"""
_KEEP = 500


@dataclass(frozen=True)
class FixAttempt:
    at: float
    fix_id: str
    check_id: str
    before_status: str | None
    after_status: str | None
    succeeded: bool
    reason: str | None
    facts: str  # JSON text of the outcome facts

    def to_json(self) -> dict[str, object]:
        return {"at": self.at, "fix_id": self.fix_id, "check_id": self.check_id,
                "before": self.before_status, "after": self.after_status,
                "succeeded": self.succeeded, "reason": self.reason,
                "facts": json.loads(self.facts)}


class AttemptLog:
    """One table in the profile database; every call opens its own short connection."""

    def __init__(self, database: Path) -> None:
        self._database = database
        with connect(self._database) as db:
            db.execute(_SCHEMA)

    def record(self, report: FixReport) -> None:
        row = (report.at, report.fix_id, report.check_id,
               report.before.status.value if report.before else None,
               report.after.status.value if report.after else None,
               int(report.outcome.succeeded), report.outcome.reason,
               json.dumps(dict(report.outcome.facts), default=str))
        with connect(self._database) as db:
            db.execute("INSERT INTO fix_attempts (at, fix_id, check_id, before_status, "
                       "after_status, succeeded, reason, facts) VALUES (?,?,?,?,?,?,?,?)", row)
            db.execute("DELETE FROM fix_attempts WHERE id <= "
                       "(SELECT MAX(id) FROM fix_attempts) - ?", (_KEEP,))

    def recent_attempts(self, limit: int = 20, since_s: float = 7 * 86400,
                        now: float | None = None) -> tuple[FixAttempt, ...]:
        """The latest attempts, newest first, from the last ``since_s`` seconds."""
        cutoff = (now if now is not None else time.time()) - since_s
        with connect(self._database) as db:
            rows = db.execute(
                "SELECT at, fix_id, check_id, before_status, after_status, succeeded, reason, "
                "facts FROM fix_attempts WHERE at >= ? ORDER BY at DESC, id DESC LIMIT ?",
                (cutoff, limit)).fetchall()
        return tuple(FixAttempt(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7])
                     for r in rows)
