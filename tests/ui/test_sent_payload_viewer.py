"""What was sent, reopened from the outbox: failures come back in words, never as a crash."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.helpdesk.connector import TicketPayload
from desktop.helpdesk.outbox import (
    OutboxUnavailable,
    PayloadPurgedError,
    PurgedPayload,
    UnknownRequestError,
)
from desktop.tasks import InlineTaskRunner
from ui.sent_payload_viewer import SentPayloadViewer


def _viewer(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, read_error: BaseException,
            purged_error: BaseException | None = None) -> tuple[SentPayloadViewer, list[str]]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    window = QWidget()
    qtbot.addWidget(window)

    def read(key: str) -> TicketPayload:
        raise read_error

    def purged(key: str) -> PurgedPayload | None:
        if purged_error is not None:
            raise purged_error
        return None

    return SentPayloadViewer(read, purged, InlineTaskRunner(), window), shown


def test_a_request_no_longer_kept_is_said_in_words(qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    viewer, shown = _viewer(qtbot, monkeypatch, UnknownRequestError("3f2a9c1e-key"))

    viewer.show("3f2a9c1e-key")

    assert len(shown) == 1
    assert "3f2a9c1e-key" not in shown[0]
    assert "no longer has this request" in shown[0]


def test_an_outbox_that_cannot_be_read_for_the_hash_is_said_not_raised(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hash of a purged payload was read on the GUI thread: an outbox failure there
    escaped the error handler and reached the crash dialog."""
    viewer, shown = _viewer(qtbot, monkeypatch, PayloadPurgedError("k"),
                            OutboxUnavailable("The request outbox cannot be used: disk full"))

    viewer.show("k")

    assert shown == ["The request outbox cannot be used: disk full"]
