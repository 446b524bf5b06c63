"""Uncaught exceptions are logged at CRITICAL and shown once; Qt's warnings reach logging."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning
from pytestqt.qtbot import QtBot

from desktop.shell.crash_handler import CrashHandler, route_qt_messages


def test_first_crash_is_shown_every_crash_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    handler = CrashHandler(shown.append)
    for n in range(2):
        try:
            raise RuntimeError(f"boom {n}")
        except RuntimeError:
            handler.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "RuntimeError: boom 0" in shown[0]
    critical = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert len(critical) == 2


def test_install_replaces_and_restores_the_excepthook() -> None:
    previous = sys.excepthook
    handler = CrashHandler(lambda _details: None)
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert sys.excepthook is previous


def test_qt_warnings_go_to_logging(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    previous = route_qt_messages()
    try:
        qWarning("a Qt warning for the test")
    finally:
        qInstallMessageHandler(previous)
    assert any(r.name == "qt" and "a Qt warning for the test" in r.getMessage()
               for r in caplog.records)
