"""The health timeline: a cheap sample every minute in SQLite, events, and a summary.

The GUI calls :meth:`Timeline.sample_once` from a timer through the task runner; help
requests include :meth:`Timeline.summary` ("memory above 90% for 3 h") as data.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import psutil

from diagnostics.database import connect

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS health_samples (at REAL PRIMARY KEY, cpu REAL, memory REAL,"
    " disk_free REAL, net_up INTEGER, boot_time REAL)",
    "CREATE TABLE IF NOT EXISTS health_events (at REAL, kind TEXT, value REAL)",
    "CREATE INDEX IF NOT EXISTS health_events_at ON health_events (at)",
)
DISK_TREND_DROP = 5.0  # percentage points of free space lost within a day


class Sample(NamedTuple):
    at: float
    cpu: float  # percent of the machine
    memory: float  # percent in use
    disk_free: float  # percent free on the system volume
    net_up: bool
    boot_time: float


@dataclass(frozen=True)
class TimelineFact:
    """A sentence as data: ``("memory_above", 90, hours=3.0)``; the UI words it."""

    kind: str
    threshold: float
    hours: float

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "threshold": self.threshold, "hours": round(self.hours, 1)}


def _net_up() -> bool:
    return any(s.isup for n, s in psutil.net_if_stats().items()
               if not n.lower().startswith("lo"))


def take_sample(system_volume: str = "/") -> Sample:
    """CPU (since the previous call), memory, free disk and network state; all cheap."""
    usage = psutil.disk_usage(system_volume)
    return Sample(time.time(), psutil.cpu_percent(None), psutil.virtual_memory().percent,
                  100.0 * usage.free / usage.total if usage.total else 0.0, _net_up(),
                  psutil.boot_time())


class Timeline:
    def __init__(self, database: Path, retention_days: float = 7.0, max_rows: int = 20000,
                 sampler: Callable[[], Sample] = take_sample) -> None:
        self._database, self._sampler = database, sampler
        self._retention_s, self._max_rows = retention_days * 86400, max_rows
        with connect(database) as db:
            for statement in _SCHEMA:
                db.execute(statement)

    def sample_once(self) -> Sample:
        """Take and store one sample, record events, and trim old rows."""
        sample = self._sampler()
        self.record(sample)
        return sample

    def record(self, sample: Sample) -> None:
        with connect(self._database) as db:
            last = db.execute("SELECT at, net_up, boot_time FROM health_samples "
                              "ORDER BY at DESC LIMIT 1").fetchone()
            db.execute("INSERT OR REPLACE INTO health_samples VALUES (?,?,?,?,?,?)", sample)
            for kind, value in _events(last, sample, self._day_ago_disk(db, sample.at)):
                db.execute("INSERT INTO health_events VALUES (?,?,?)", (sample.at, kind, value))
            self._trim(db, sample.at)

    @staticmethod
    def _day_ago_disk(db: sqlite3.Connection, now: float) -> float | None:
        row = db.execute(
            "SELECT disk_free FROM health_samples WHERE at <= ? ORDER BY at DESC LIMIT 1",
            (now - 86400,)).fetchone()
        return None if row is None else float(row[0])

    def _trim(self, db: sqlite3.Connection, now: float) -> None:
        cutoff = now - self._retention_s
        for table in ("health_samples", "health_events"):
            db.execute(f"DELETE FROM {table} WHERE at < ?", (cutoff,))
        db.execute("DELETE FROM health_samples WHERE at NOT IN (SELECT at FROM health_samples "
                   "ORDER BY at DESC LIMIT ?)", (self._max_rows,))

    def samples(self, since: float) -> list[Sample]:
        with connect(self._database) as db:
            rows = db.execute("SELECT at, cpu, memory, disk_free, net_up, boot_time FROM "
                              "health_samples WHERE at >= ? ORDER BY at", (since,)).fetchall()
        return [Sample(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]

    def events(self, since: float) -> list[tuple[float, str, float]]:
        with connect(self._database) as db:
            rows = db.execute("SELECT at, kind, value FROM health_events WHERE at >= ? "
                              "ORDER BY at, rowid", (since,)).fetchall()
        return [(float(r[0]), str(r[1]), float(r[2])) for r in rows]

    def summary(self, now: float | None = None, hours: float = 24.0) -> tuple[TimelineFact, ...]:
        at = now if now is not None else time.time()
        return summarise(self.samples(at - hours * 3600))

    def to_json(self, now: float | None = None, hours: float = 24.0) -> dict[str, object]:
        """The ``timeline.json`` a help request carries."""
        at = now if now is not None else time.time()
        return {"facts": [fact.to_json() for fact in self.summary(at, hours)],
                "events": [{"at": e[0], "kind": e[1], "value": e[2]}
                           for e in self.events(at - hours * 3600)]}


def timeline_rows(timeline: Timeline, sample: bool = False) -> list[dict[str, object]]:
    """The rows a help request's ``timeline.json`` carries: facts, then events, each tagged
    with its ``type``. ``sample``: take one sample first (the CLI has no sampling timer)."""
    if sample:
        timeline.sample_once()
    data = timeline.to_json()
    facts, events = data.get("facts", []), data.get("events", [])
    assert isinstance(facts, list)
    assert isinstance(events, list)
    return [{"type": "fact", **f} for f in facts] + [{"type": "event", **e} for e in events]


def _events(last: tuple[float, int, float] | None, sample: Sample,
            day_ago_disk: float | None) -> list[tuple[str, float]]:
    found: list[tuple[str, float]] = []
    if last is None or abs(last[2] - sample.boot_time) > 1:
        found.append(("boot", sample.boot_time))
    if last is not None and last[1] and not sample.net_up:
        found.append(("network_down", 0.0))
    if last is not None and not last[1] and sample.net_up:
        found.append(("network_up", 1.0))
    if day_ago_disk is not None and day_ago_disk - sample.disk_free >= DISK_TREND_DROP:
        found.append(("disk_falling", round(day_ago_disk - sample.disk_free, 1)))
    return found


_RULES: tuple[tuple[str, Callable[[Sample], float], float, bool], ...] = (
    ("memory_above", lambda s: s.memory, 90.0, True),
    ("cpu_above", lambda s: s.cpu, 90.0, True),
    ("disk_free_below", lambda s: s.disk_free, 10.0, False),
    ("network_down", lambda s: 0.0 if s.net_up else 1.0, 0.5, True),
)
_GAP_S = 5 * 60  # a longer gap between samples ends a stretch (asleep, or not running)


def summarise(samples: list[Sample], min_hours: float = 0.25) -> tuple[TimelineFact, ...]:
    """The longest stretch each rule held, when it held at least ``min_hours``."""
    facts = []
    for kind, value, threshold, above in _RULES:
        hours = _longest(samples, _rule(value, threshold, above))
        if hours >= min_hours:
            facts.append(TimelineFact(kind, threshold, round(hours, 2)))
    return tuple(facts)


def _rule(value: Callable[[Sample], float], threshold: float, above: bool
          ) -> Callable[[Sample], bool]:
    return lambda s: value(s) > threshold if above else value(s) < threshold


def _longest(samples: list[Sample], holds: Callable[[Sample], bool]) -> float:
    best, start, previous = 0.0, None, None
    for sample in samples:
        broken = previous is not None and sample.at - previous > _GAP_S
        if not holds(sample) or broken:
            start = sample.at if holds(sample) else None
        elif start is None:
            start = sample.at
        if start is not None:
            best = max(best, sample.at - start)
        previous = sample.at
    return best / 3600
