"""The health timeline in a real SQLite file: samples, events, retention, summary."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from diagnostics.timeline import Sample, Timeline, TimelineFact, summarise, take_sample

NOW = 1_800_000_000.0
BOOT = NOW - 10 * 86400


def _s(minutes_ago: float, memory: float = 40.0, net: bool = True, disk: float = 50.0,
       cpu: float = 5.0, boot: float = BOOT) -> Sample:
    return Sample(NOW - minutes_ago * 60, cpu, memory, disk, net, boot)


def test_memory_above_90_for_three_hours() -> None:
    samples = [_s(m, memory=95 if m <= 180 else 40) for m in range(300, -1, -1)]
    facts = summarise(samples)
    assert TimelineFact("memory_above", 90.0, 3.0) in facts
    assert facts[0].to_json() == {"kind": "memory_above", "threshold": 90.0, "hours": 3.0}
    assert all(f.kind != "cpu_above" for f in facts)


def test_gaps_break_stretches() -> None:
    samples = [_s(m, memory=95) for m in range(120, 60, -1)] + \
              [_s(m, memory=95) for m in range(30, -1, -1)]
    hours = {f.kind: f.hours for f in summarise(samples)}
    assert hours["memory_above"] == 0.98  # 59 minutes: the 30-minute gap split the run


def test_sample_once_records_and_detects_events(tmp_path: Path) -> None:
    feed = iter([_s(3, net=True), _s(2, net=False), _s(1, net=True, boot=NOW - 60)])
    timeline = Timeline(tmp_path / "db.sqlite3", sampler=lambda: next(feed))
    for _ in range(3):
        timeline.sample_once()
    assert len(timeline.samples(0)) == 3
    kinds = [kind for _at, kind, _v in timeline.events(0)]
    assert kinds == ["boot", "network_down", "boot", "network_up"]
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_disk_trend_event(tmp_path: Path) -> None:
    timeline = Timeline(tmp_path / "db.sqlite3")
    timeline.record(_s(25 * 60, disk=40.0))
    timeline.record(_s(0, disk=30.0))
    assert ("disk_falling", 10.0) in [(k, v) for _a, k, v in timeline.events(0)]


def test_retention_and_bounded_rows(tmp_path: Path) -> None:
    timeline = Timeline(tmp_path / "db.sqlite3", retention_days=7, max_rows=50)
    timeline.record(_s(8 * 24 * 60))  # older than a week
    for minute in range(100, -1, -1):
        timeline.record(_s(minute))
    kept = timeline.samples(0)
    assert len(kept) == 50
    assert kept[-1].at == NOW
    assert kept[0].at == NOW - 49 * 60


def test_to_json_for_requests(tmp_path: Path) -> None:
    timeline = Timeline(tmp_path / "db.sqlite3")
    for minute in range(40, -1, -1):
        timeline.record(_s(minute, net=False))
    data = timeline.to_json(now=NOW)
    assert {"kind": "network_down", "threshold": 0.5, "hours": 0.7} in data["facts"]  # type: ignore[operator]  # a list
    assert data["events"]


def test_real_sample_on_this_machine(tmp_path: Path) -> None:
    sample = take_sample()
    assert 0 <= sample.memory <= 100
    assert 0 <= sample.disk_free <= 100
    timeline = Timeline(tmp_path / "db.sqlite3")
    timeline.sample_once()
    assert len(timeline.samples(0)) == 1
