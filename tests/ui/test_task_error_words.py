"""A background failure reaches the tray in the panel's language, worded by its kind; Python's
English exception text stays in the log."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.network.errors import Unreachable
from desktop.shell.process_runner import WorkerTimedOut
from tests.ui.app_builder import build_application, interface_language
from ui.task_error_words import task_error_words

Notes = list[tuple[str, str, bool]]


@pytest.fixture
def german_app(tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
               ) -> Iterator[tuple[Application, Notes]]:
    with interface_language("de"):
        app = build_application(tmp_path / "profile")
        qtbot.addWidget(app.window)
        notes: Notes = []
        monkeypatch.setattr(app.tray, "notify",
                            lambda title, text, problem=False: notes.append((title, text, problem)))
        try:
            yield app, notes
        finally:
            app.shutdown()


@pytest.mark.allow_log_warnings  # the runner logs the failure with its traceback
def test_a_background_failure_is_worded_in_german_without_python_text(
    qtbot: QtBot, german_app: tuple[Application, Notes]
) -> None:
    app, notes = german_app
    app.runner.report_unhandled(OSError(errno.ENOSPC, "No space left on device"))
    qtbot.waitUntil(lambda: bool(notes))  # the attention gate decides on the event loop
    ((_title, text, problem),) = notes
    assert problem
    assert "No space left" not in text
    assert "Deskmate konnte eine Aufgabe nicht abschließen" in text
    assert "Datenträger" in text


@pytest.mark.parametrize(("error", "german"), [
    (Unreachable("[Errno 111] Connection refused"), "Netzwerk"),
    (ConnectionResetError(104, "Connection reset by peer"), "Netzwerk"),
    (OSError(errno.EROFS, "Read-only file system"), "Datenträger"),
    (PermissionError(13, "Permission denied"), "nicht erlaubt"),
    (WorkerTimedOut("worker catalogue-refresh passed 60 s"), "Hilfsprozess"),
    (KeyError("app.language"), "Unerwartetes"),
])
def test_each_kind_has_its_own_german_sentence(
    qtbot: QtBot, error: BaseException, german: str
) -> None:
    with interface_language("de"):
        words = task_error_words(error)
    assert german in words
    assert str(error) not in words
