"""The one overall state the tray icon shows: ok, attention, problem or known outage."""

from __future__ import annotations

from enum import StrEnum


class OverallState(StrEnum):
    UNKNOWN = "unknown"  # no check has run yet
    OK = "ok"
    ATTENTION = "attention"  # something needs a look (a warning)
    PROBLEM = "problem"  # something is failing
    OUTAGE = "outage"  # IT announced a known outage that may affect you

    @classmethod
    def from_worst_status(cls, worst: str, outage: bool = False) -> OverallState:
        """Map the diagnostics' worst status (ok/warn/fail/error/skipped) to a tray state."""
        if outage:
            return cls.OUTAGE
        return {
            "ok": cls.OK,
            "skipped": cls.OK,
            "warn": cls.ATTENTION,
            "error": cls.ATTENTION,
            "fail": cls.PROBLEM,
        }.get(worst, cls.UNKNOWN)
