"""My requests over a real outbox and the file-drop connector, with status.json as the agent."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from benchmarks.outbox_loopback import bench_payload
from desktop.helpdesk.connector import (
    Attachment,
    Author,
    FailureKind,
    PermanentFailure,
    RequestKind,
    TemporaryFailure,
    ThreadMessage,
    TicketPayload,
)
from desktop.helpdesk.connectors.file import FileDropConnector
from desktop.helpdesk.outbox import Outbox, UnknownRequestError
from desktop.helpdesk.request_thread import REPLIES_ARRIVE, request_view
from desktop.tasks import InlineTaskRunner
from tests.ui.app_builder import interface_language
from ui.pages.requests_page import RequestsPage
from ui.requests_model import RequestsModel


class Refuse:
    name = "refuse"

    def submit(self, payload: TicketPayload) -> object:
        raise PermanentFailure("The helpdesk refused the request (403 Forbidden).")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Outbox, FileDropConnector, list[tuple[str, ...]]]]:
    outbox = Outbox(tmp_path / "db.sqlite3")
    drop = FileDropConnector(tmp_path / "tickets")
    calls: list[tuple[str, ...]] = []
    yield outbox, drop, calls
    outbox.close()


def _sent(outbox: Outbox, drop: FileDropConnector, subject: str, status: str | None) -> str:
    payload = replace(bench_payload(0), subject=f"[Deskmate] {subject}")
    outbox.enqueue(payload)
    outbox.flush(drop)
    entry = outbox.get(payload.idempotency_key)
    bundle = drop.bundle(entry.remote_id or "")
    if status and bundle:
        (bundle / "status.json").write_text(json.dumps({"status": status, "message": "Try now"}))
    return payload.idempotency_key


def _build_reply(key: str, text: str, attach: bool) -> TicketPayload:
    attachments = (Attachment("diagnostics.json", "application/json", b'[{"id": "vpn"}]'),)
    return TicketPayload(str(uuid.uuid4()), RequestKind.REPLY, "Re: VPN fails", text, "", "",
                         {}, {"parent_key": key}, attachments if attach else ())


@pytest.fixture
def page(qtbot: QtBot, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]]
         ) -> RequestsPage:
    outbox, _drop, calls = world

    def queue(payload: TicketPayload) -> object:
        calls.append(("reply", str(payload.fields["parent_key"]), payload.body,
                      str(bool(payload.attachments))))
        return outbox.enqueue(payload)

    widget = RequestsPage(
        InlineTaskRunner(), outbox.list, _build_reply,
        lambda key, value, comment: (calls.append(("rate", key, str(value), comment)),
                                     outbox.mark_rating_sent(key)),
        outbox.retry_now, outbox.mark_rating_offered, queue_reply=queue)
    qtbot.addWidget(widget)
    return widget


def test_model(qtmodeltester: object, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]]
               ) -> None:
    outbox, drop, _calls = world
    _sent(outbox, drop, "VPN fails", "in_progress")
    outbox.poll(drop)
    model = RequestsModel()
    model.set_entries(outbox.list())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


@pytest.mark.allow_log_warnings
def test_statuses_in_words_and_failed_reason(
    page: RequestsPage, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]]
) -> None:
    outbox, drop, _calls = world
    for subject, status in (("Printer jams", "resolved"), ("VPN fails", "waiting_for_you"),
                            ("Need access", "in_progress"), ("Mail", None)):
        _sent(outbox, drop, subject, status)
    outbox.poll(drop)
    outbox.enqueue(replace(bench_payload(0), subject="[Deskmate] Refused one"))
    outbox.flush(Refuse())  # type: ignore[arg-type]
    outbox.enqueue(replace(bench_payload(0), subject="[Deskmate] Offline one"))
    page.refresh()
    words = {page.proxy.index(r, 0).data(): page.proxy.index(r, 1).data()
             for r in range(page.proxy.rowCount())}
    assert words == {"Printer jams": "Resolved", "VPN fails": "Waiting for you",
                     "Need access": "In progress", "Mail": "Queued at the helpdesk",
                     "Refused one": "Not sent", "Offline one": "Queued – not sent yet"}
    selected = page.selected()
    assert selected is not None
    assert selected.subject == "[Deskmate] Refused one"
    assert "The helpdesk refused the request." in page.state_label.text()
    assert "What to do" in page.state_label.text()
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data() == "Refused one")
    tip = page.proxy.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "For IT: The helpdesk refused the request (403 Forbidden)."
    page.search.setText("vpn")
    assert page.proxy.rowCount() == 1


def _select(page: RequestsPage, subject: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == subject:
            page.table.selectRow(row)
            return
    raise AssertionError(subject)


def test_reply_with_diagnostics_and_link(
    qtbot: QtBot, page: RequestsPage,
    world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]],
) -> None:
    outbox, drop, calls = world
    key = _sent(outbox, drop, "VPN fails", "waiting_for_you")
    outbox.poll(drop)
    page.refresh()
    _select(page, "VPN fails")
    assert "Try now" in page.message_label.text()
    page.reply_text.setPlainText("I use the Travel profile")
    page.attach_diagnostics.setChecked(True)
    qtbot.mouseClick(page.reply_button, Qt.MouseButton.LeftButton)
    dialog = page.preview_dialog  # fresh diagnostics: shown before anything is queued
    assert dialog is not None
    assert dialog.isVisible()
    assert calls == []
    assert "diagnostics.json" in dialog.attachment_list.item(1).text()
    with qtbot.waitSignal(page.follow_up_queued):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert calls == [("reply", key, "I use the Travel profile", "True")]
    assert "queued" in page.state_label.text()
    page.reply_text.setPlainText("Only words this time")
    with qtbot.waitSignal(page.follow_up_queued):  # typed text only: no preview needed
        qtbot.mouseClick(page.reply_button, Qt.MouseButton.LeftButton)
    assert calls[-1] == ("reply", key, "Only words this time", "False")
    with qtbot.waitSignal(page.open_url_requested) as opened:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args[0].startswith("file://")


def test_rating_is_offered_once(
    qtbot: QtBot, page: RequestsPage,
    world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]],
) -> None:
    outbox, drop, calls = world
    key = _sent(outbox, drop, "Printer jams", "resolved")
    other = _sent(outbox, drop, "Screen flickers", "resolved")
    outbox.poll(drop)
    page.refresh()
    _select(page, "Printer jams")
    assert page.rating.isVisibleTo(page)
    page.rating.stars.button(4).click()
    page.rating.comment.setText("Fast, thanks")
    qtbot.mouseClick(page.rating.send, Qt.MouseButton.LeftButton)
    assert calls == [("rate", key, "4", "Fast, thanks")]
    _select(page, "Printer jams")
    assert not page.rating.isVisibleTo(page)
    _select(page, "Screen flickers")
    assert page.rating.isVisibleTo(page)
    qtbot.mouseClick(page.rating.no_thanks, Qt.MouseButton.LeftButton)
    _select(page, "Screen flickers")
    assert not page.rating.isVisibleTo(page)
    assert outbox.get(other).rating_offered


class Down:
    name = "down"

    def submit(self, payload: TicketPayload) -> object:
        raise TemporaryFailure("The helpdesk could not be reached (connection refused).")


def test_a_queued_request_says_why_it_waits(
    page: RequestsPage, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]]
) -> None:
    outbox, _drop, _calls = world
    payload = replace(bench_payload(0), subject="[Deskmate] Dock dead")
    outbox.enqueue(payload)
    outbox.flush(Down())  # type: ignore[arg-type]  # submit is all a flush needs
    page.refresh()
    _select(page, "Dock dead")
    entry = outbox.get(payload.idempotency_key)
    assert entry.next_attempt_at is not None
    when = entry.next_attempt_at.astimezone().strftime("%H:%M")
    text = page.state_label.text()
    assert "The request could not be delivered this time." in text
    assert "connection refused" not in text  # the English detail is IT's, in the tooltip
    assert f"Next try at {when}" in text


def _threaded_page(qtbot: QtBot, outbox: Outbox) -> RequestsPage:
    widget = RequestsPage(
        InlineTaskRunner(), outbox.list, _build_reply, lambda *_: None, outbox.retry_now,
        outbox.mark_rating_offered, queue_reply=outbox.enqueue,
        thread=lambda key: request_view(outbox, outbox.get(key), "file", False, "laptop-042"),
        hostname="laptop-042")
    qtbot.addWidget(widget)
    return widget


def test_the_thread_shows_what_was_sent_and_where_replies_arrive(
        qtbot: QtBot, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]]) -> None:
    outbox, drop, _calls = world
    _sent(outbox, drop, "Printer jams – laptop-042", None)
    page = _threaded_page(qtbot, outbox)
    page.refresh()
    assert page.model.data(page.model.index(0, RequestsModel.SUBJECT)) == "Printer jams"
    assert page.details_box.title() == "Printer jams"
    text = page.thread_view.toPlainText()
    assert text.startswith("You · ")
    assert bench_payload(0).body.splitlines()[0] in text
    assert REPLIES_ARRIVE["file"] in text


def test_the_thread_shows_its_replies_with_author_and_helpdesk_time(
        qtbot: QtBot, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]]) -> None:
    outbox, drop, _calls = world
    key = _sent(outbox, drop, "Printer jams", None)
    at = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
    outbox.record_thread(key, (
        ThreadMessage("1", Author.YOU, "bot", at, "It jams."),
        ThreadMessage("2", Author.IT, "agent.smith", at + timedelta(minutes=5),
                      "Open <tray> 2.\nThen retry."),
    ))
    page = _threaded_page(qtbot, outbox)
    page.refresh()
    lines = page.thread_view.toPlainText().splitlines()
    assert f"IT (agent.smith) · {(at + timedelta(minutes=5)).astimezone():%d/%m/%Y %H:%M}" in lines
    assert "Open <tray> 2." in lines  # text, never markup
    assert outbox.get(key).last_update == at + timedelta(minutes=5)
    assert page.model.data(page.model.index(0, RequestsModel.UPDATED)) == (
        (at + timedelta(minutes=5)).astimezone().strftime("%d/%m/%Y %H:%M"))


def test_the_newest_reply_is_scrolled_into_view_and_a_refresh_keeps_the_place(
        qtbot: QtBot, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]]) -> None:
    outbox, drop, _calls = world
    key = _sent(outbox, drop, "Printer jams", None)
    at = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
    long_text = "\n".join(f"Line {n} of what was tried." for n in range(40))
    outbox.record_thread(key, (ThreadMessage("1", Author.YOU, "bot", at, long_text),
                               ThreadMessage("2", Author.IT, "agent.smith", at, "Open tray 2.")))
    page = _threaded_page(qtbot, outbox)
    page.resize(700, 500)
    page.show()
    page.refresh()
    view = page.thread_view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)  # the reply, under 40 lines of the request
    reply_top = view.cursorForPosition(view.viewport().rect().topLeft()).block().text()
    assert reply_top.startswith("IT (agent.smith)")
    bar.setValue(bar.value() // 2)  # reading the request again
    kept = bar.value()
    page.refresh()  # a poll with nothing new
    qtbot.wait(50)
    assert bar.value() == kept


def _replying_fails(qtbot: QtBot, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]],
                    error: BaseException) -> RequestsPage:
    outbox, drop, _calls = world

    def refuse(key: str, text: str, attach: bool) -> TicketPayload:
        raise error

    widget = RequestsPage(InlineTaskRunner(), outbox.list, refuse, lambda *a: None,
                          outbox.retry_now, outbox.mark_rating_offered,
                          queue_reply=outbox.enqueue)
    qtbot.addWidget(widget)
    _sent(outbox, drop, "VPN fails", "waiting_for_you")
    outbox.poll(drop)
    widget.refresh()
    _select(widget, "VPN fails")
    widget.reply_text.setPlainText("Still broken")
    qtbot.mouseClick(widget.reply_button, Qt.MouseButton.LeftButton)
    return widget


def test_a_request_that_is_gone_is_said_in_words_not_by_its_key(
    qtbot: QtBot, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]],
) -> None:
    widget = _replying_fails(qtbot, world, UnknownRequestError("3f2a9c1e-key"))
    assert "3f2a9c1e-key" not in widget.state_label.text()
    assert "no longer has this request" in widget.state_label.text()
    assert widget.reply_button.isEnabled()  # the click can be tried again


@pytest.mark.allow_log_warnings
def test_an_unexpected_failure_is_worded_and_logged_not_shown_raw(
    qtbot: QtBot, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    widget = _replying_fails(qtbot, world, sqlite3.OperationalError("disk I/O error"))
    assert "disk I/O error" not in widget.state_label.text()
    assert "details are in Deskmate's log" in widget.state_label.text()
    assert any(r.exc_info and "disk I/O error" in str(r.exc_info[1]) for r in caplog.records)


def test_a_helpdesk_refusal_is_worded_by_its_kind(
    qtbot: QtBot, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]],
) -> None:
    failure = PermanentFailure("Zammad refused the credentials (HTTP 401).", FailureKind.SIGN_IN)
    widget = _replying_fails(qtbot, world, failure)
    assert "refused Deskmate's sign-in; IT must check it." in widget.state_label.text()
    assert "HTTP 401" not in widget.state_label.text()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    with interface_language("de"):
        yield


@pytest.mark.allow_log_warnings
@pytest.mark.usefixtures("german")
def test_delivery_failures_are_said_in_german(
    page: RequestsPage, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]]
) -> None:
    outbox, _drop, _calls = world
    outbox.enqueue(replace(bench_payload(0), subject="[Deskmate] Refused one"))
    outbox.flush(Refuse())  # type: ignore[arg-type]
    down = replace(bench_payload(0), subject="[Deskmate] Dock dead")
    outbox.enqueue(down)
    outbox.flush(Down())  # type: ignore[arg-type]
    page.refresh()
    _select(page, "Refused one")
    refused = page.state_label.text()
    _select(page, "Dock dead")
    waiting = page.state_label.text()
    assert refused.startswith("Nicht gesendet: Der Helpdesk hat die Anfrage abgelehnt.")
    assert "Die Anfrage konnte diesmal nicht zugestellt werden." in waiting
    for text in (refused, waiting):
        assert "helpdesk refused" not in text
        assert "could not be" not in text


@pytest.mark.usefixtures("german")
def test_a_reply_failure_is_said_in_german(
    qtbot: QtBot, world: tuple[Outbox, FileDropConnector, list[tuple[str, ...]]],
) -> None:
    failure = TemporaryFailure("Zammad cannot be reached right now: refused.",
                               kind=FailureKind.UNREACHABLE)
    widget = _replying_fails(qtbot, world, failure)
    assert "Der Helpdesk ist gerade nicht erreichbar." in widget.state_label.text()
