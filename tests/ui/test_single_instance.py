"""A second launch reaches the first through a per-person socket; stale sockets are cleared."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from desktop.shell.single_instance import SingleInstance, server_name


def unique_name() -> str:
    return server_name(f"test-{uuid.uuid4()}")


def test_second_instance_asks_the_first_to_show_a_page(qtbot: QtBot) -> None:
    name = unique_name()
    first = SingleInstance(name)
    assert not first.ask_running_instance()  # nobody is running yet
    assert first.listen()
    second = SingleInstance(name)
    with qtbot.waitSignal(first.activation_requested, timeout=3000) as blocker:
        assert second.ask_running_instance("apps")
    assert blocker.args == ["apps"]
    first.close()


def test_stale_socket_from_a_crash_is_replaced(qtbot: QtBot) -> None:
    name = unique_name()
    path = Path(QDir.tempPath()) / name
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
    assert server_name("p", "alice") != server_name("p", "bob")
    assert server_name("p1", "alice") != server_name("p2", "alice")
    assert len(server_name("x" * 500, "alice")) < 40
