"""A second launch reaches the first through a per-person socket; stale sockets are cleared."""

from __future__ import annotations

import hashlib
import socket
import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.runtime_dir import ensure_private
from desktop.shell.single_instance import SingleInstance, server_name


def unique_name(tmp_path: Path) -> str:
    return server_name(f"test-{uuid.uuid4()}", ensure_private(tmp_path / "run"))


def test_second_instance_asks_the_first_to_show_a_page(qtbot: QtBot, tmp_path: Path) -> None:
    name = unique_name(tmp_path)
    first = SingleInstance(name)
    assert not first.ask_running_instance()  # nobody is running yet
    assert first.listen()
    second = SingleInstance(name)
    with qtbot.waitSignal(first.activation_requested, timeout=3000) as blocker:
        assert second.ask_running_instance("apps")
    assert blocker.args == ["apps"]
    first.close()


def test_stale_socket_from_a_crash_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    name = unique_name(tmp_path)
    path = Path(name)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # bound but never listening: what a killed instance leaves
    stale.close()
    assert path.exists()
    instance = SingleInstance(name)
    assert not instance.ask_running_instance()
    assert instance.listen()
    assert SingleInstance(name).ask_running_instance()
    instance.close()


def test_names_differ_per_person_and_profile() -> None:
    folder = Path("/run/user/1000/deskmate")
    assert server_name("p", folder, "alice") != server_name("p", folder, "bob")
    assert server_name("p1", folder, "alice") != server_name("p2", folder, "alice")
    assert Path(server_name("x" * 500, folder, "alice")).parent == folder
    assert len(server_name("x" * 500, None, "alice")) < 40  # a Windows pipe name


def test_the_name_is_the_sha256_earlier_versions_used() -> None:
    """Qt hashes the name now (hashlib loads OpenSSL); an instance an earlier version started
    must still be found after an upgrade."""
    folder = Path("/run/user/1000/deskmate")
    digest = hashlib.sha256(b"alice\0\0/home/alice/.config/deskmate").hexdigest()
    assert server_name("/home/alice/.config/deskmate", folder, "alice") == str(
        folder / f"ipc-{digest[:16]}")
