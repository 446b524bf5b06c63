"""Request notifications in the real app: only real updates, worded for the kind of request,
and clicking one selects that request (file-drop helpdesk, status.json as the agent)."""

from __future__ import annotations

import errno
import json
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.helpdesk.connector import RequestKind, TicketPayload
from desktop.helpdesk.connectors.file import FileDropConnector
from tests.ui.app_builder import build_application

Notes = list[tuple[str, str]]


@pytest.fixture
def app(tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
        ) -> Iterator[tuple[Application, Notes]]:
    built = build_application(tmp_path / "profile")
    qtbot.addWidget(built.window)
    notes: Notes = []
    # The OS notification is the boundary: record what would be shown.
    monkeypatch.setattr(built.tray, "notify",
                        lambda title, text, problem=False: notes.append((title, text)))
    yield built, notes
    built.shutdown()


def _send(app: Application, kind: RequestKind, subject: str) -> str:
    key = str(uuid.uuid4())
    app.helpdesk.submit(TicketPayload(key, kind, f"[Deskmate] {subject}", "body", "other", "low",
                                      {"account": "ada"}))
    return key


def _agent_sets(app: Application, key: str, status: str) -> None:
    entry = app.helpdesk.entry(key)
    bundle = FileDropConnector(app.helpdesk.drop_folder()).bundle(entry.remote_id or "")
    assert bundle is not None
    (bundle / "status.json").write_text(json.dumps({"status": status}), encoding="utf-8")


def _poll(app: Application) -> None:
    for change in app.helpdesk.poll():
        app.helpdesk_bridge.status_changed.emit(change)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_new_requests_ideas_and_me_too_are_not_called_updated(
    app: tuple[Application, Notes], qtbot: QtBot
) -> None:
    built, notes = app
    for kind, subject in ((RequestKind.REQUEST, "Wi-Fi drops"), (RequestKind.ACCESS, "Krita"),
                          (RequestKind.FEEDBACK, "A shared calendar"),
                          (RequestKind.ME_TOO, "Me too: VPN maintenance")):
        _send(built, kind, subject)
    built.helpdesk.flush()
    _poll(built)
    built.runner.wait_for_done(10_000)
    qtbot.wait(50)  # results of finished tasks arrive through the event loop
    assert notes == []


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_an_update_is_worded_for_its_kind(
    app: tuple[Application, Notes], qtbot: QtBot
) -> None:
    built, notes = app
    idea = _send(built, RequestKind.FEEDBACK, "A shared calendar")
    request = _send(built, RequestKind.REQUEST, "Wi-Fi drops")
    built.helpdesk.flush()
    _poll(built)
    built.requests_page.set_entries(built.helpdesk.requests())
    _agent_sets(built, idea, "in progress")
    _agent_sets(built, request, "in progress")
    _poll(built)
    qtbot.waitUntil(lambda: len(notes) == 2)  # the attention gate samples off the GUI thread
    assert sorted(notes) == [("Your idea was updated", "A shared calendar: In progress"),
                             ("Your request was updated", "Wi-Fi drops: In progress")]


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_clicking_the_notification_selects_that_request(
    app: tuple[Application, Notes], qtbot: QtBot
) -> None:
    built, notes = app
    keys = [_send(built, RequestKind.REQUEST, f"Request {n}") for n in range(4)]
    built.helpdesk.flush()
    _poll(built)
    entries = built.helpdesk.requests()
    built.requests_page.set_entries(entries)
    chosen = next(e.key for e in entries[1:] if e.key in keys)  # not the row picked by default
    _agent_sets(built, chosen, "waiting for customer")
    _poll(built)
    qtbot.waitUntil(lambda: len(notes) == 1)
    built.tray.message_clicked.emit()
    built.runner.wait_for_done(10_000)
    qtbot.waitUntil(lambda: (s := built.requests_page.selected()) is not None
                    and s.key == chosen)


@pytest.mark.allow_log_warnings  # the failure is logged too
def test_background_work_that_fails_unattended_says_so_in_the_tray(
    app: tuple[Application, Notes], qtbot: QtBot
) -> None:
    built, notes = app

    def boom() -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    built.runner.submit(boom)  # no on_error: the composition root's reporter takes it
    qtbot.waitUntil(lambda: bool(notes), timeout=5000)
    assert notes == [("Something went wrong in the background",
                      "Deskmate could not finish a task: The disk is full or cannot be written "
                      "to. Free some space, then try again.")]


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_a_notification_does_not_name_this_computer(
    app: tuple[Application, Notes], qtbot: QtBot
) -> None:
    """Requests sent before 2026-12 carry " – <host name>" in their subject for agents; the
    person at this computer is told about their request without it (Home and the sent panel
    read the subject the same way)."""
    built, notes = app
    host = socket.gethostname()
    request = _send(built, RequestKind.REQUEST, f"Wi-Fi drops – {host}")
    built.helpdesk.flush()
    _poll(built)
    built.requests_page.set_entries(built.helpdesk.requests())
    _agent_sets(built, request, "in progress")
    _poll(built)
    qtbot.waitUntil(lambda: len(notes) == 1)
    assert notes == [("Your request was updated", "Wi-Fi drops: In progress")]
    built.runner.wait_for_done(10_000)
    qtbot.waitUntil(lambda: "Wi-Fi drops" in built.home._requests.text())
    assert host not in built.home._requests.text()
