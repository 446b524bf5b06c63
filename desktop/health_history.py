"""The health timeline and the fix log, kept in the profile database.

The tray samples the timeline every minute; opening it here does not load the checks and fixes
(:mod:`desktop.health_service`), which are built when something first needs them.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from pathlib import Path

from desktop.settings import Settings
from desktop.settings_defs import health as hs
from diagnostics.fixes.attempts import AttemptLog
from diagnostics.timeline import Timeline

log = logging.getLogger(__name__)
History = tuple[Timeline, AttemptLog]


def open_history(settings: Settings, database: Path) -> History:
    """The timeline and fix log in ``database``; in a throwaway one for this session when that
    cannot be opened (read-only or damaged): the checks must still run."""
    days, rows = settings.value(hs.SAMPLER_RETENTION_DAYS), settings.value(hs.SAMPLER_MAX_ROWS)
    try:
        return Timeline(database, days, rows), AttemptLog(database)
    except sqlite3.Error as exc:
        fallback = Path(tempfile.mkdtemp(prefix="deskmate-health-")) / "health.sqlite3"
        log.warning("Health history kept for this session only",
                    extra={"database": str(database), "error": str(exc)})
        return Timeline(fallback, days, rows), AttemptLog(fallback)
