"""The outbox opens whatever it finds on disk: damaged files move aside, read-only is reported."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.helpdesk.connector import TicketPayload
from desktop.helpdesk.outbox import Outbox, OutboxUnavailable
from desktop.helpdesk.outbox_database import OutboxCondition


def _garbage(database: Path) -> None:
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(bytes(range(256)) * 64)


def _truncated(database: Path, make_payload: Callable[..., TicketPayload]) -> None:
    outbox = Outbox(database)
    for _ in range(40):
        outbox.enqueue(make_payload())
    outbox.close()
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 3])


@pytest.mark.allow_log_warnings  # moving a damaged outbox aside is worth a warning
@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_outbox_is_moved_aside_and_a_fresh_one_starts(
    tmp_path: Path, damage: str, make_payload: Callable[..., TicketPayload]
) -> None:
    database = tmp_path / "data" / "deskmate.sqlite3"
    if damage == "garbage":
        _garbage(database)
    else:
        _truncated(database, make_payload)
    damaged = database.read_bytes()
    outbox = Outbox(database)
    health = outbox.health
    assert health.condition is OutboxCondition.REPLACED
    assert health.moved_to is not None
    assert health.moved_to.parent == database.parent
    assert health.moved_to.read_bytes() == damaged  # kept, byte for byte, never deleted
    payload = make_payload()
    outbox.enqueue(payload)
    assert [e.key for e in outbox.list()] == [payload.idempotency_key]


def test_a_healthy_outbox_says_so(tmp_path: Path) -> None:
    assert Outbox(tmp_path / "db.sqlite3").health.condition is OutboxCondition.HEALTHY


def test_the_outbox_writes_through_to_disk_before_saying_queued(
    tmp_path: Path, make_payload: Callable[..., TicketPayload]
) -> None:
    outbox = Outbox(tmp_path / "db.sqlite3")
    outbox.enqueue(make_payload())
    with outbox._connect() as db:  # the very connection enqueue() used on this thread
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: fsync on commit


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system (the tests run as root, which ignores chmod)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if shutil.which("mount") is None or subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
        capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


@pytest.mark.allow_log_warnings
def test_a_read_only_profile_is_reported_and_nothing_pretends_to_queue(
    read_only_folder: Path, make_payload: Callable[..., TicketPayload]
) -> None:
    (read_only_folder / "data").mkdir()
    remount_read_only(read_only_folder)
    outbox = Outbox(read_only_folder / "data" / "deskmate.sqlite3")
    assert outbox.health.condition is OutboxCondition.UNWRITABLE
    with pytest.raises(OutboxUnavailable, match="read-only"):
        outbox.enqueue(make_payload())
    assert outbox.list() == ()


@pytest.mark.allow_log_warnings
def test_a_damaged_outbox_on_a_read_only_profile_stays_where_it_is(
    read_only_folder: Path,
) -> None:
    database = read_only_folder / "deskmate.sqlite3"
    _garbage(database)
    remount_read_only(read_only_folder)
    outbox = Outbox(database)
    assert outbox.health.condition is OutboxCondition.UNWRITABLE
    assert database.read_bytes() == bytes(range(256)) * 64  # untouched, still there for IT
