"""Help page with the real helpdesk service on a profile folder and the inline task runner."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import DAY, Ledger
from desktop.activity.recent import recent_activity
from desktop.core import Core, build_core
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.outbox import DeliveryState
from desktop.helpdesk.payload_json import payload_to_json
from desktop.helpdesk.request_form import InvalidRequestError
from desktop.helpdesk.service import HelpdeskService
from desktop.secrets import MemorySecretStore
from desktop.tasks import InlineTaskRunner
from tests.ui.app_builder import interface_language
from ui.context_item_model import ContextItemModel
from ui.pages.help_page import HelpPage
from ui.request_preview_dialog import RequestPreviewDialog

CHECKS = [{"id": "vpn", "title": "VPN connection", "status": "fail"},
          {"id": "disk", "title": "Disk space", "status": "ok"}]


@dataclass(frozen=True)
class Outage:
    id: str
    title: str
    body: str
    affects: tuple[str, ...]


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]  # pytest-qt is untyped


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text)  # type: ignore[no-untyped-call]  # pytest-qt is untyped


def _key(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)  # type: ignore[no-untyped-call]  # pytest-qt is untyped


@pytest.fixture
def core(profile_dir: Path) -> Core:
    built = build_core(profile_dir, secrets=MemorySecretStore())
    built.paths.log_file.write_text("first line\nsecond line password=hunter2hunter2\n")
    return built


@pytest.fixture
def service(core: Core) -> HelpdeskService:
    sources = ContextSources(
        diagnostics=lambda: CHECKS,
        device=lambda: {"hostname": "laptop-042", "account": "alex", "os_release": "Linux"},
        fixes=lambda: [{"title": "Restart VPN", "before": "fail", "after": "fail"}],
        screenshot=lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 30,
    )
    return HelpdeskService(core, sources)


@pytest.fixture
def page(qtbot: QtBot, service: HelpdeskService) -> HelpPage:
    widget = HelpPage(InlineTaskRunner(), service.gather, service.build, service.submit,
                      service.categories(), "the demo folder")
    qtbot.addWidget(widget)
    widget.refresh_context()
    return widget


def test_context_model(qtmodeltester: object, page: HelpPage) -> None:
    model = ContextItemModel()
    model.set_items(page.context_model.items())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 5


def test_preview_shows_exactly_what_is_queued(qtbot: QtBot, page: HelpPage,
                                              service: HelpdeskService) -> None:
    page.prefill("network", "VPN fails to connect", "Since 9:00")
    screenshot_row = next(i for i, item in enumerate(page.context_model.items())
                          if item.attachment_name == "screenshot.png")
    index = page.context_model.index(screenshot_row)
    page.context_model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    _click(qtbot, page.preview_button)
    dialog = page.preview_dialog
    assert dialog is not None
    shown = dialog.payload
    names = [dialog.attachment_list.item(i).text().split()[0]
             for i in range(1, dialog.attachment_list.count())]
    assert names == [a.name for a in shown.attachments]
    assert "screenshot.png" not in names  # unchecked: never sent
    assert "hunter2hunter2" not in json.dumps(payload_to_json(shown, with_data=True))
    with qtbot.waitSignal(page.request_queued) as queued:
        _click(qtbot, dialog.send_button)
    assert queued.args == [shown.idempotency_key]
    assert service.sent_payload(shown.idempotency_key) == shown  # the previewed object itself
    assert page.summary.text() == ""


def test_back_to_the_form_sends_nothing(qtbot: QtBot, page: HelpPage,
                                        service: HelpdeskService) -> None:
    page.prefill("hardware", "Dock is dead")
    page.preview()
    assert page.preview_dialog is not None
    page.preview_dialog.reject()
    assert service.requests() == ()


def test_incomplete_form_says_what_is_missing(page: HelpPage, service: HelpdeskService) -> None:
    page.preview()
    assert page.preview_dialog is None
    assert "one line" in page.field_error("summary")  # next to the field, not at the bottom
    assert page.status_label.text() == ""
    assert service.requests() == ()


def test_a_field_message_clears_when_the_field_is_fixed(qtbot: QtBot, page: HelpPage,
                                                        service: HelpdeskService) -> None:
    page.show()
    _click(qtbot, page.send_button)
    assert page.field_error("summary") == "Please describe the problem in one line."
    assert page.focusWidget() is page.summary
    _type(qtbot, page.summary, "Printer jams")
    assert page.field_error("summary") == ""
    assert service.requests() == ()


def test_known_outage_offers_me_too(qtbot: QtBot, page: HelpPage,
                                    service: HelpdeskService) -> None:
    page.set_outages([Outage("out-7", "VPN outage in Berlin", "We are on it.", ("network",))])
    page.prefill("hardware")
    assert page.outage_box.isHidden()
    page.prefill("network")
    assert not page.outage_box.isHidden()
    with qtbot.waitSignal(page.request_queued):
        _click(qtbot, page.outage_box.me_too)
    (entry,) = service.requests()
    payload = service.sent_payload(entry.key)
    assert payload.kind is RequestKind.ME_TOO
    assert payload.fields["announcement_id"] == "out-7"
    assert payload.attachments == ()  # a lightweight +1


def test_feedback_goes_through_the_same_pipeline(qtbot: QtBot, page: HelpPage,
                                                 service: HelpdeskService) -> None:
    page.feedback.setPlainText("A dark mode for the intranet, please")
    with qtbot.waitSignal(page.request_queued):
        _click(qtbot, page.feedback_button)
    (entry,) = service.requests()
    assert entry.kind == RequestKind.FEEDBACK.value
    assert entry.state is DeliveryState.QUEUED
    service.flush()
    assert service.entry(entry.key).state is DeliveryState.SENT  # the demo file drop


def test_every_control_is_named_and_tab_reachable(page: HelpPage) -> None:
    for widget in (page.category, page.urgency, page.summary, page.details, page.context_view,
                   page.view_button, page.refresh_button, page.preview_button, page.feedback,
                   page.feedback_button):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def _dialog(page: HelpPage) -> RequestPreviewDialog | None:
    return page.preview_dialog  # read afresh: preview() replaces it


def _visible(page: HelpPage, widget: object) -> bool:
    assert isinstance(widget, QWidget)
    return widget.isVisibleTo(page)


def test_access_request_round_trips_into_the_preview(qtbot: QtBot, page: HelpPage,
                                                     service: HelpdeskService) -> None:
    page.show()
    page.prefill_access("photoshop", "Adobe Photoshop", "manager")
    assert page.category.currentData() == "access"
    assert page.app_name.text() == "Adobe Photoshop"
    assert page.app_name.isReadOnly()
    assert not _visible(page, page.summary)
    assert _visible(page, page.manager)
    assert "manager's approval" in page.access_intro.text()
    _type(qtbot, page.justification, "I edit product photos for the web shop.")
    page.frequency.setCurrentIndex(page.frequency.findData("weekly"))
    _type(qtbot, page.manager, "jane.doe@example.com")
    assert _visible(page, page.access_period)
    assert page.access_period.kind.currentData() == "permanent"  # until someone says otherwise
    page.access_period.kind.setCurrentIndex(page.access_period.kind.findData("days"))
    page.access_period.days.setValue(14)
    _click(qtbot, page.preview_button)
    dialog = page.preview_dialog
    assert dialog is not None
    shown = dialog.payload
    assert shown.kind is RequestKind.ACCESS
    assert shown.subject == "[Deskmate] Access request: Adobe Photoshop"
    assert shown.fields["access"] == {
        "app_id": "photoshop", "app_name": "Adobe Photoshop", "approval": "manager",
        "justification": "I edit product photos for the web shop.", "frequency": "weekly",
        "duration": "days", "duration_days": "14", "manager": "jane.doe@example.com"}
    assert "Why: I edit product photos for the web shop. (will use it: weekly)" in shown.body
    assert "For how long: 14 days" in shown.body.splitlines()
    with qtbot.waitSignal(page.request_queued):
        _click(qtbot, dialog.send_button)
    assert service.sent_payload(shown.idempotency_key) == shown
    assert page.access_mode is None  # sent: back to the normal form behind the success state
    _click(qtbot, page.sent_panel.another_button)
    assert _visible(page, page.summary)


def test_ask_for_an_app_not_in_the_catalogue(qtbot: QtBot, page: HelpPage,
                                             service: HelpdeskService) -> None:
    page.show()
    page.prefill_access("", "", "it")
    assert page.category.currentData() == "software"
    assert not page.app_name.isReadOnly()
    assert not _visible(page, page.manager)  # IT approves: no manager asked for
    _type(qtbot, page.justification, "Drawing tablet sketches for the design team")
    page.preview()
    assert _dialog(page) is None
    assert page.field_error("app_name") == "Please name the app you need."
    assert page.focusWidget() is page.app_name
    _type(qtbot, page.app_name, "Krita")
    page.preview()
    dialog = _dialog(page)
    assert dialog is not None
    shown = dialog.payload
    assert shown.subject == "[Deskmate] App request: Krita"
    assert shown.fields["access"]["app_id"] == ""
    assert shown.fields["access"]["approval"] == "it"
    assert service.requests() == ()  # nothing is sent without the preview's "Send"


def test_access_validation_points_at_the_field(qtbot: QtBot, page: HelpPage,
                                               service: HelpdeskService) -> None:
    page.show()
    page.prefill_access("photoshop", "Adobe Photoshop", "manager")
    page.urgency.setFocus()
    page.preview()
    assert page.field_error("justification") == "Please say why you need Adobe Photoshop."
    assert page.focusWidget() is page.justification
    _type(qtbot, page.justification, "Photo editing")
    page.preview()
    assert page.field_error("justification") == ""
    assert "needs your manager's approval" in page.field_error("manager")
    assert page.focusWidget() is page.manager
    assert page.preview_dialog is None
    assert service.requests() == ()


def test_leaving_access_mode_restores_the_normal_form(qtbot: QtBot, page: HelpPage) -> None:
    page.show()
    page.prefill_access("photoshop", "Adobe Photoshop", "manager")
    _click(qtbot, page.leave_access_button)
    assert page.access_mode is None
    assert _visible(page, page.summary)
    for widget in (page.app_name, page.justification, page.frequency, page.manager,
                   page.access_intro, page.leave_access_button):
        assert not _visible(page, widget)
    assert page.current_form().kind is RequestKind.REQUEST
    assert page.current_form().access is None
    page.prefill_access("photoshop", "Adobe Photoshop", "it")
    page.category.setFocus()
    _key(qtbot, page.category, Qt.Key.Key_Down)  # the person picks another category
    assert page.category.currentData() == "network"
    assert page.access_mode is None
    assert _visible(page, page.summary)
    page.prefill_access("", "", "it")
    page.prefill("hardware", "Dock is dead")
    assert page.access_mode is None
    assert page.current_form().summary == "Dock is dead"


def test_access_fields_are_named_and_tab_reachable(page: HelpPage) -> None:
    page.show()
    page.prefill_access("photoshop", "Adobe Photoshop", "manager")
    chain: list[QWidget] = []
    widget: QWidget | None = page.category
    while widget is not None and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for control in (page.justification, page.frequency, page.manager, page.urgency,
                    page.details, page.leave_access_button, page.preview_button):
        assert control.accessibleName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert control in chain
    assert chain.index(page.justification) < chain.index(page.manager) < chain.index(
        page.details)


def test_the_form_asks_for_the_work_email_once_when_nobody_knows_it(
    qtbot: QtBot, core: Core, service: HelpdeskService
) -> None:
    from desktop.settings_defs import helpdesk as keys

    page = HelpPage(InlineTaskRunner(), service.gather, service.build, service.submit,
                    service.categories(), "the demo folder",
                    requester_email=service.requester_email)
    qtbot.addWidget(page)
    page.work_email_entered.connect(lambda a: core.settings.set_user(keys.WORK_EMAIL, a))
    page.refresh_context()
    assert page.work_email.isVisibleTo(page)
    assert page.work_email.edit.accessibleName() == "Your work e-mail"
    page.prefill("network", "VPN fails to connect")
    _type(qtbot, page.work_email.edit, "alex@acme.example")
    _click(qtbot, page.preview_button)
    assert page.preview_dialog is not None
    assert page.preview_dialog.payload.requester["email"] == "alex@acme.example"
    page.refresh_context()
    assert not page.work_email.isVisibleTo(page)  # known now: not asked again


def test_a_failing_address_lookup_is_logged_and_the_form_asks_instead(
    qtbot: QtBot, service: HelpdeskService, caplog: pytest.LogCaptureFixture
) -> None:
    """Background work nobody clicked: no error dialog, no tray message, the form still works
    (InlineTaskRunner raises what has no on_error, as the app's runner reports it)."""

    def directory_down() -> str:
        raise OSError("getent timed out")

    page = HelpPage(InlineTaskRunner(), service.gather, service.build, service.submit,
                    service.categories(), "the demo folder", requester_email=directory_down)
    qtbot.addWidget(page)
    page.refresh_context()
    assert page.work_email.isVisibleTo(page)  # nobody knows it: asked, as when none is found
    (record,) = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert record.getMessage() == "Work e-mail lookup failed"
    assert record.error == "OSError"  # type: ignore[attr-defined]  # from extra


def test_the_form_does_not_ask_when_the_address_is_known(qtbot: QtBot, page: HelpPage) -> None:
    assert not page.work_email.isVisibleTo(page)


def test_send_on_the_form_queues_it_and_shows_where_it_is(
    qtbot: QtBot, page: HelpPage, service: HelpdeskService
) -> None:
    page.show()
    assert page.send_button.isDefault()
    assert not page.preview_button.isDefault()
    page.prefill("network", "VPN fails to connect", "Since 9:00")
    page.urgency.setCurrentIndex(page.urgency.findData("critical"))
    shot = next(i for i, item in enumerate(page.context_model.items())
                if item.attachment_name == "screenshot.png")
    page.context_model.setData(page.context_model.index(shot), Qt.CheckState.Unchecked,
                               Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(page.request_queued) as queued:
        _click(qtbot, page.send_button)
    (entry,) = service.requests()
    assert queued.args == [entry.key]
    payload = service.sent_payload(entry.key)
    assert payload.urgency == "critical"
    names = [a.name for a in payload.attachments]
    assert "screenshot.png" not in names  # unticked on the form: not sent
    assert "diagnostics.json" in names
    assert not page.form_area.isVisibleTo(page)
    assert page.sent_panel.isVisibleTo(page)
    assert "VPN fails to connect" in page.sent_panel.where.text()
    assert "[Deskmate]" not in page.sent_panel.where.text()
    service.flush()  # the demo file drop: delivered, with a reference
    page.show_delivery(service.entry(entry.key))
    assert page.sent_panel.title.text() == "Sent to IT"
    assert "DM-" in page.sent_panel.reference.text()
    with qtbot.waitSignal(page.follow_requested) as follow:
        _click(qtbot, page.sent_panel.follow_button)
    assert follow.args == [entry.key]
    _click(qtbot, page.sent_panel.another_button)
    assert page.form_area.isVisibleTo(page)
    assert not page.sent_panel.isVisibleTo(page)
    assert page.urgency.currentData() == "normal"  # urgency does not carry over
    assert page.summary.text() == ""


def test_urgency_resets_when_the_form_is_prefilled_again(page: HelpPage) -> None:
    page.urgency.setCurrentIndex(page.urgency.findData("critical"))
    page.prefill("hardware", "Dock is dead")
    assert page.urgency.currentData() == "normal"
    page.urgency.setCurrentIndex(page.urgency.findData("high"))
    page.prefill_access("", "", "it")
    assert page.urgency.currentData() == "normal"


def test_the_screenshot_is_off_by_default_for_an_access_request(page: HelpPage) -> None:
    def screenshot_ticked() -> bool:
        return next(i.included for i in page.context_model.items()
                    if i.attachment_name == "screenshot.png")

    assert screenshot_ticked()  # a problem: a picture of the screen often helps
    page.prefill_access("photoshop", "Adobe Photoshop", "manager")
    page.refresh_context()
    assert not screenshot_ticked()
    page.prefill("hardware", "Dock is dead")
    page.refresh_context()
    assert screenshot_ticked()


def test_the_person_can_make_the_screenshot_off_by_default(
    qtbot: QtBot, service: HelpdeskService
) -> None:
    wanted = [False]
    page = HelpPage(InlineTaskRunner(), service.gather, service.build, service.submit,
                    service.categories(), "the demo folder", screenshot_default=lambda: wanted[0])
    qtbot.addWidget(page)
    page.refresh_context()
    shot = next(i for i in page.context_model.items() if i.attachment_name == "screenshot.png")
    assert not shot.included  # there, to tick if this request needs it, but not ticked
    wanted[0] = True  # changed in Settings: the next form follows
    page.refresh_context()
    assert next(i.included for i in page.context_model.items()
                if i.attachment_name == "screenshot.png")


def test_the_person_can_attach_a_file_of_their_own(qtbot: QtBot, page: HelpPage,
                                                   service: HelpdeskService,
                                                   tmp_path: Path) -> None:
    own = tmp_path / "error-message.txt"
    own.write_bytes(b"The printer says E-42\n")
    page.prefill("hardware", "Printer jams")
    page.attach_file(own)
    page.refresh_context()  # gathering again keeps it
    assert "error-message.txt" in [i.attachment_name for i in page.context_model.items()]
    with qtbot.waitSignal(page.request_queued) as queued:
        _click(qtbot, page.send_button)
    payload = service.sent_payload(queued.args[0])
    attached = {a.name: a.data for a in payload.attachments}
    assert attached["error-message.txt"] == b"The printer says E-42\n"
    _click(qtbot, page.sent_panel.another_button)
    assert "error-message.txt" not in [i.attachment_name for i in page.context_model.items()]


def test_an_unreadable_file_is_said_in_words(page: HelpPage, tmp_path: Path) -> None:
    page.attach_file(tmp_path / "gone.txt")
    assert page.context_status.text() == "That file could not be read."


def test_access_until_a_date_shows_only_the_date_and_reaches_the_ticket(
    qtbot: QtBot, page: HelpPage
) -> None:
    page.show()
    page.prefill_access("", "Krita", "it")
    period = page.access_period
    assert not period.days.isVisible()
    assert not period.until.isVisible()
    period.kind.setCurrentIndex(period.kind.findData("until"))
    assert period.until.isVisible()
    assert not period.days.isVisible()
    assert period.until.minimumDate() == QDate.currentDate()  # no past dates to pick
    period.until.setDate(QDate(2099, 12, 24))
    _type(qtbot, page.justification, "Drawing the manual")
    page.preview()
    dialog = _dialog(page)
    assert dialog is not None
    assert dialog.payload.fields["access"]["duration_until"] == "2099-12-24"
    assert "For how long: until 2099-12-24" in dialog.payload.body.splitlines()


def test_the_access_period_is_reset_for_the_next_request(qtbot: QtBot, page: HelpPage) -> None:
    page.show()
    page.prefill_access("", "Krita", "it")
    page.access_period.kind.setCurrentIndex(page.access_period.kind.findData("days"))
    page.prefill_access("", "Inkscape", "it")
    assert page.access_period.kind.currentData() == "permanent"
    assert page.access_period.kind.accessibleName() == "For how long you need it"
    labels = [label.text() for label in page.findChildren(QLabel)
              if label.buddy() is page.access_period.kind]
    assert labels == ["For how &long"]  # Alt+L reaches it from the keyboard


@pytest.mark.allow_log_warnings
def test_an_unexpected_failure_while_sending_is_worded_not_raw(
    qtbot: QtBot, service: HelpdeskService
) -> None:
    def broken(payload: object) -> object:
        raise KeyError("remote_id")

    widget = HelpPage(InlineTaskRunner(), service.gather, service.build, broken,
                      service.categories(), "the demo folder")
    qtbot.addWidget(widget)
    widget.prefill("network", "VPN fails to connect")
    widget.send()
    assert "remote_id" not in widget.status_label.text()
    assert "details are in Deskmate's log" in widget.status_label.text()
    assert widget.send_button.isEnabled()


def test_a_refused_period_puts_the_cursor_on_for_how_long(
    qtbot: QtBot, service: HelpdeskService
) -> None:
    """A date chosen yesterday (the page stayed open past midnight) is refused at the field."""
    def refuse(form: object, items: object) -> object:
        raise InvalidRequestError("Please choose a date from today on.", "duration")

    widget = HelpPage(InlineTaskRunner(), service.gather, refuse, service.submit,
                      service.categories(), "the demo folder")
    qtbot.addWidget(widget)
    widget.show()
    widget.prefill_access("", "Krita", "it")
    widget.urgency.setFocus()
    widget.preview()
    assert widget.status_label.text() == "Please choose a date from today on."
    assert widget.focusWidget() is widget.access_period.kind


def test_what_deskmate_did_is_offered_unticked_and_sent_only_when_ticked(
        qtbot: QtBot, core: Core) -> None:
    ledger = Ledger(core.paths.activity_file, lambda: time.time() - 2 * DAY)
    ledger.append(NewEntry(ActivityKind.NETWORK, "catalogue", "Checked two days ago",
                           "old.example"))
    recent = core.ledger()
    recent.append(NewEntry(ActivityKind.NETWORK, "catalogue", "Checked the catalogue",
                           "cdn.example", {"bytes_sent": 300, "bytes_received": 4096,
                                           "result": "answered"}))
    service = HelpdeskService(core, ContextSources(activity=lambda: recent_activity(recent)))
    page = HelpPage(InlineTaskRunner(), service.gather, service.build, service.submit,
                    service.categories(), "the demo folder")
    qtbot.addWidget(page)
    page.refresh_context()
    row, item = next((i, it) for i, it in enumerate(page.context_model.items())
                     if it.attachment_name == "activity.json")
    assert not item.included  # the record goes nowhere unless the person adds it
    assert page.context_model.data(page.context_model.index(row)) == (
        "What Deskmate did recently — 1 entry in the last 24 hours")
    page.prefill("network", "VPN fails to connect")
    page.preview()
    assert page.preview_dialog is not None
    assert "activity.json" not in [a.name for a in page.preview_dialog.payload.attachments]
    page.preview_dialog.reject()

    page.context_model.setData(page.context_model.index(row), Qt.CheckState.Checked,
                               Qt.ItemDataRole.CheckStateRole)
    page.preview()
    assert page.preview_dialog is not None
    (sent,) = [a for a in page.preview_dialog.payload.attachments if a.name == "activity.json"]
    rows = json.loads(sent.data)["entries"]
    assert [(r["what"], r["host"], r["bytes_received"]) for r in rows] == [
        ("Checked the catalogue", "cdn.example", 4096)]


def test_a_failed_gathering_is_worded_by_its_kind_in_german(
    qtbot: QtBot, service: HelpdeskService
) -> None:
    """Python's English ("[Errno 13] Permission denied: '/…/app.log'") stays in the log."""
    def denied() -> object:
        raise PermissionError(13, "Permission denied", "/home/alex/.local/share/app.log")

    with interface_language("de"):
        widget = HelpPage(InlineTaskRunner(), denied, service.build, service.submit,
                          service.categories(), "the demo folder")
        qtbot.addWidget(widget)
        widget.refresh_context()
        text = widget.context_status.text()
    assert "Permission denied" not in text
    assert "nicht erlaubt" in text
    assert widget.refresh_button.isEnabled()


def test_what_to_fill_in_is_said_in_german(qtbot: QtBot, service: HelpdeskService) -> None:
    """The form's checks are the service's (Qt-free); their sentences are worded in the UI."""
    with interface_language("de"):
        widget = HelpPage(InlineTaskRunner(), service.gather, service.build, service.submit,
                          service.categories(), "the demo folder")
        qtbot.addWidget(widget)
        widget.show()
        widget.prefill_access("photoshop", "Adobe Photoshop", "manager")
        widget.preview()
        assert widget.field_error("justification") == (
            "Bitte sagen Sie, warum Sie Adobe Photoshop brauchen.")
        widget.justification.setPlainText("x" * 2001)
        widget.preview()
        assert widget.field_error("justification") == (
            "Bitte halten Sie die Begründung unter 2.000 Zeichen.")
