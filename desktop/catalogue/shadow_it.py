"""Local shadow-IT nudges: running tools IT has an approved alternative for, at most every 14 days.

Everything stays on this computer: the scan reads process names, the nudge history sits in
a SQLite file under the profile's data folder, and nothing is reported anywhere.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import psutil

from desktop.catalogue.model import Catalogue, CatalogueApp, Unsanctioned

log = logging.getLogger(__name__)


QUIET_PERIOD = timedelta(days=14)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS shadow_it_nudges (
    tool TEXT PRIMARY KEY,
    last_shown TEXT,
    silenced INTEGER NOT NULL DEFAULT 0
)
"""
_SUFFIXES = (".exe", ".app")


@dataclass(frozen=True)
class Nudge:
    """One friendly suggestion: ``tool`` is running; ``alternative`` is what IT offers."""

    tool: str
    alternative: CatalogueApp
    reason: str


def running_process_names() -> frozenset[str]:
    """Names of the processes running now (cheap: only the name is read)."""
    names: set[str] = set()
    for proc in psutil.process_iter(["name"]):
        name = proc.info.get("name")
        if name:
            names.add(name)
    return frozenset(names)


def _normalise(name: str) -> str:
    folded = name.strip().casefold()
    for suffix in _SUFFIXES:
        folded = folded.removesuffix(suffix)
    return folded


class ShadowItWatch:
    """Matches process names against the catalogue's ``unsanctioned`` list and rations nudges."""

    def __init__(
        self,
        database: Path,
        catalogue: Callable[[], Catalogue | None],
        quiet_period: timedelta = QUIET_PERIOD,
        on_event: Callable[[str, str], None] | None = None,
    ) -> None:
        """``on_event(tool, what)`` hears each nudge shown and what the person chose
        (the activity ledger): ``shown``, ``not now``, ``never``, ``get the alternative``."""
        self._database = database
        self._catalogue = catalogue
        self._quiet = quiet_period
        self._on_event = on_event or (lambda _tool, _what: None)

    def scan(self, processes: Iterable[str], now: datetime) -> tuple[Nudge, ...]:
        """Nudges due now for tools among ``processes``; each one is recorded as shown."""
        catalogue = self._catalogue()
        if catalogue is None:
            return ()
        running = {_normalise(p) for p in processes}
        nudges = []
        for entry in catalogue.unsanctioned:
            if running.isdisjoint(_normalise(p) for p in entry.processes):
                continue
            nudge = self._nudge_for(catalogue, entry)
            if nudge is not None and self._due(entry.name, now):
                self._mark_shown(entry.name, now)
                self._on_event(entry.name, "shown")
                nudges.append(nudge)
        return tuple(nudges)

    def dismiss(self, tool: str, now: datetime) -> None:
        """Not now: the next nudge for ``tool`` comes after the quiet period at the earliest."""
        self._mark_shown(tool, now)
        self._on_event(tool, "not now")

    def took_alternative(self, tool: str) -> None:
        """The person chose to get IT's alternative to ``tool``."""
        self._on_event(tool, "get the alternative")

    def silence(self, tool: str) -> None:
        """Never nudge about ``tool`` again."""
        self._on_event(tool, "never")
        with self._connect() as db:
            db.execute(
                "INSERT INTO shadow_it_nudges (tool, silenced) VALUES (?, 1) "
                "ON CONFLICT(tool) DO UPDATE SET silenced = 1",
                (tool.casefold(),),
            )

    def silenced(self) -> tuple[str, ...]:
        with self._connect() as db:
            rows = db.execute("SELECT tool FROM shadow_it_nudges WHERE silenced = 1 ORDER BY tool")
            return tuple(row[0] for row in rows)

    def _nudge_for(self, catalogue: Catalogue, entry: Unsanctioned) -> Nudge | None:
        alternative = catalogue.app(entry.alternative)
        if alternative is None:
            log.info("Nudge skipped: alternative missing", extra={"tool": entry.name})
            return None
        return Nudge(entry.name, alternative, entry.reason)

    def _due(self, tool: str, now: datetime) -> bool:
        with self._connect() as db:
            row = db.execute(
                "SELECT last_shown, silenced FROM shadow_it_nudges WHERE tool = ?",
                (tool.casefold(),),
            ).fetchone()
        if row is None:
            return True
        last_shown, silenced = row
        if silenced:
            return False
        return last_shown is None or now - datetime.fromisoformat(last_shown) >= self._quiet

    def _mark_shown(self, tool: str, now: datetime) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT INTO shadow_it_nudges (tool, last_shown) VALUES (?, ?) "
                "ON CONFLICT(tool) DO UPDATE SET last_shown = excluded.last_shown",
                (tool.casefold(), now.isoformat()),
            )

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """One short connection per call, so any worker thread may scan."""
        self._database.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self._database, timeout=5)
        try:
            with db:
                db.execute(_SCHEMA)
                yield db
        finally:
            db.close()
