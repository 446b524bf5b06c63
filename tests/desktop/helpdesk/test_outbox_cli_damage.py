"""``deskmate request``/``outbox``/``diagnose`` on a damaged or read-only outbox: clear words,
no traceback, and the typed text printed back so nothing is lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.desktop.helpdesk.test_outbox_database import read_only_folder, remount_read_only

__all__ = ["read_only_folder"]  # the fixture, used by name below

REQUEST = ["request", "--category", "hardware", "--summary", "Printer on fire",
           "--details", "It smells of toast since 9:40.", "--no-log", "--yes"]


def deskmate(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile),
                           *args], capture_output=True, text=True, timeout=120, check=False)


def test_a_garbage_outbox_is_moved_aside_and_the_request_still_goes(tmp_path: Path) -> None:
    database = tmp_path / "data" / "deskmate.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"not a database at all " * 300)
    done = deskmate(tmp_path, *REQUEST)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "was damaged and moved aside to" in done.stderr
    assert "sent as #DM-" in done.stderr
    (kept,) = database.parent.glob("deskmate.sqlite3.damaged-*")
    assert kept.read_bytes() == b"not a database at all " * 300


def test_diagnose_runs_on_a_garbage_outbox(tmp_path: Path) -> None:
    database = tmp_path / "data" / "deskmate.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"\x00garbage" * 500)
    done = deskmate(tmp_path, "diagnose", "--json", "--only", "system.disk")
    assert "Traceback" not in done.stderr
    assert [r["id"] for r in json.loads(done.stdout)["results"]] == ["system.disk"]


@pytest.mark.parametrize("folders", [True, False], ids=["used-profile", "empty-profile"])
def test_a_read_only_profile_prints_the_typed_text_back(
    read_only_folder: Path, folders: bool
) -> None:
    if folders:
        assert deskmate(read_only_folder, "outbox", "list").returncode == 0
    remount_read_only(read_only_folder)
    done = deskmate(read_only_folder, *REQUEST)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "cannot save requests" in done.stderr
    assert "Printer on fire" in done.stdout
    assert "It smells of toast since 9:40." in done.stdout
    listing = deskmate(read_only_folder, "outbox", "list")
    assert "cannot save requests" in listing.stderr
    assert "Traceback" not in listing.stderr


@pytest.mark.parametrize("action", ["list", "flush"])
def test_outbox_commands_say_the_outbox_was_replaced(tmp_path: Path, action: str) -> None:
    database = tmp_path / "data" / "deskmate.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"junk" * 1000)
    done = deskmate(tmp_path, "outbox", action)
    assert done.returncode == 0, done.stderr
    assert "was damaged and moved aside to" in done.stderr


def test_a_queued_request_says_why_it_waits_and_when_it_is_tried_again(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "config").mkdir(parents=True)
    (tmp_path / "config" / "settings.toml").write_text(
        f'[helpdesk]\nconnector = "webhook"\n[helpdesk.webhook]\nurl = "http://127.0.0.1:{port}/"\n')
    done = deskmate(tmp_path, *REQUEST)
    assert done.returncode == 0, done.stderr
    assert "waiting: Webhook cannot be reached right now: the connection was refused" in done.stderr
    assert "next try at" in done.stderr
    listing = deskmate(tmp_path, "outbox", "list")
    assert "waiting: Webhook cannot be reached right now" in listing.stdout
