"""The ledger's chain: appends link, edits and gaps are named, pruning keeps it checkable."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import DAY, Ledger, LedgerError


class _Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def _entry(n: int) -> NewEntry:
    return NewEntry(ActivityKind.NETWORK, "catalogue", f"call {n}", host="example.org",
                    detail={"bytes_sent": n, "nested": {"b": [1, 2]}})


def _filled(path: Path, count: int, clock: _Clock | None = None) -> Ledger:
    ledger = Ledger(path, clock or _Clock())
    for n in range(count):
        ledger.append(_entry(n))
    return ledger


def test_entries_link_to_the_one_before_and_verify(tmp_path: Path) -> None:
    ledger = _filled(tmp_path / "a.sqlite3", 3)
    entries = ledger.entries()
    assert [e.summary for e in entries] == ["call 0", "call 1", "call 2"]
    assert entries[0].prev_hash == ""
    assert entries[1].prev_hash == entries[0].entry_hash
    assert ledger.verify().ok
    assert ledger.verify().checked == 3


def test_an_edited_row_is_named(tmp_path: Path) -> None:
    ledger = _filled(tmp_path / "a.sqlite3", 4)
    with sqlite3.connect(ledger.database) as db:
        db.execute("UPDATE activity SET detail = '{\"bytes_sent\": 0}' WHERE id = 3")
    verdict = ledger.verify()
    assert (verdict.ok, verdict.bad_row) == (False, 3)
    assert "content" in verdict.reason


def test_a_deleted_row_is_named_by_the_row_after_it(tmp_path: Path) -> None:
    ledger = _filled(tmp_path / "a.sqlite3", 4)
    with sqlite3.connect(ledger.database) as db:
        db.execute("DELETE FROM activity WHERE id = 2")
    verdict = ledger.verify()
    assert (verdict.ok, verdict.bad_row) == (False, 3)
    assert "missing" in verdict.reason


def test_the_oldest_rows_cut_without_a_summary_are_noticed(tmp_path: Path) -> None:
    ledger = _filled(tmp_path / "a.sqlite3", 3)
    with sqlite3.connect(ledger.database) as db:
        db.execute("DELETE FROM activity WHERE id = 1")
    assert ledger.verify().bad_row == 2


def test_pruning_leaves_one_summary_and_a_verifiable_chain(tmp_path: Path) -> None:
    clock = _Clock()
    ledger = _filled(tmp_path / "a.sqlite3", 3, clock)
    clock.now += 100 * DAY
    ledger.append(_entry(9))
    clock.now += DAY
    assert ledger.prune(keep_days=90) == 3
    entries = ledger.entries()
    assert [e.kind for e in entries] == [ActivityKind.NETWORK, ActivityKind.PRUNED]
    assert entries[1].detail["count"] == 3
    assert ledger.verify().ok
    assert ledger.prune(keep_days=90) == 0


def test_pruning_everything_still_verifies_and_keeps_counting(tmp_path: Path) -> None:
    clock = _Clock()
    ledger = _filled(tmp_path / "a.sqlite3", 2, clock)
    clock.now += 100 * DAY
    ledger.prune(keep_days=90)
    ledger.append(_entry(5))
    assert [e.row_id for e in ledger.entries()] == [3, 4]
    assert ledger.verify().ok


def test_filters_by_time_and_kind(tmp_path: Path) -> None:
    clock = _Clock()
    ledger = _filled(tmp_path / "a.sqlite3", 2, clock)
    clock.now += 10
    ledger.append(NewEntry(ActivityKind.FIX, "fix", "fixed"))
    assert [e.summary for e in ledger.entries(since=clock.now)] == ["fixed"]
    assert len(ledger.entries(kind=ActivityKind.NETWORK)) == 2


@pytest.mark.allow_log_warnings
def test_an_unwritable_ledger_never_stops_the_work(tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    ledger = _filled(tmp_path / "a.sqlite3", 1)
    ledger.database.unlink()
    ledger.database.mkdir()  # cannot be opened, even by root
    ledger.record(_entry(1))
    with pytest.raises(LedgerError):
        ledger.append(_entry(2))
    assert "Activity not recorded" in caplog.text


_WRITER = """
import sys
from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import Ledger
ledger = Ledger(__import__("pathlib").Path(sys.argv[1]))
for n in range(40):
    ledger.append(NewEntry(ActivityKind.NETWORK, "worker", f"{sys.argv[2]}-{n}"))
"""


def test_several_processes_writing_at_once_keep_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    Ledger(path)
    workers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(path), str(n)])
               for n in range(4)]
    assert [w.wait(timeout=60) for w in workers] == [0, 0, 0, 0]
    ledger = Ledger(path)
    assert len(ledger.entries()) == 160
    assert ledger.verify().ok
