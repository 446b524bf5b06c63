"""Help page with the real helpdesk service on a profile folder and the inline task runner."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import Core, build_core
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.outbox import DeliveryState
from desktop.helpdesk.payload import payload_to_json
from desktop.helpdesk.service import HelpdeskService
from desktop.secrets import MemorySecretStore
from desktop.tasks import InlineTaskRunner
from ui.context_item_model import ContextItemModel
from ui.pages.help_page import HelpPage

CHECKS = [{"id": "vpn", "title": "VPN connection", "status": "fail"},
          {"id": "disk", "title": "Disk space", "status": "ok"}]


@dataclass(frozen=True)
class Outage:
    id: str
    title: str
    body: str
    affects: tuple[str, ...]


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
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    dialog = page.preview_dialog
    assert dialog is not None
    shown = dialog.payload
    names = [dialog.attachment_list.item(i).text().split()[0]
             for i in range(1, dialog.attachment_list.count())]
    assert names == [a.name for a in shown.attachments]
    assert "screenshot.png" not in names  # unchecked: never sent
    assert "hunter2hunter2" not in json.dumps(payload_to_json(shown, with_data=True))
    with qtbot.waitSignal(page.request_queued) as queued:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert queued.args == [shown.idempotency_key]
    assert service.outbox.payload(shown.idempotency_key) == shown  # the previewed object itself
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
    assert "one line" in page.status_label.text()
    assert service.requests() == ()


def test_known_outage_offers_me_too(qtbot: QtBot, page: HelpPage,
                                    service: HelpdeskService) -> None:
    page.set_outages([Outage("out-7", "VPN outage in Berlin", "We are on it.", ("network",))])
    page.prefill("hardware")
    assert page.outage_box.isHidden()
    page.prefill("network")
    assert not page.outage_box.isHidden()
    with qtbot.waitSignal(page.request_queued):
        qtbot.mouseClick(page.outage_box.me_too, Qt.MouseButton.LeftButton)
    (entry,) = service.requests()
    payload = service.outbox.payload(entry.key)
    assert payload.kind is RequestKind.ME_TOO
    assert payload.fields["announcement_id"] == "out-7"
    assert payload.attachments == ()  # a lightweight +1


def test_feedback_goes_through_the_same_pipeline(qtbot: QtBot, page: HelpPage,
                                                 service: HelpdeskService) -> None:
    page.feedback.setPlainText("A dark mode for the intranet, please")
    with qtbot.waitSignal(page.request_queued):
        qtbot.mouseClick(page.feedback_button, Qt.MouseButton.LeftButton)
    (entry,) = service.requests()
    assert entry.kind == RequestKind.FEEDBACK.value
    assert entry.state is DeliveryState.QUEUED
    service.flush()
    assert service.outbox.get(entry.key).state is DeliveryState.SENT  # the demo file drop


def test_every_control_is_named_and_tab_reachable(page: HelpPage) -> None:
    for widget in (page.category, page.urgency, page.summary, page.details, page.context_view,
                   page.view_button, page.refresh_button, page.preview_button, page.feedback,
                   page.feedback_button):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
