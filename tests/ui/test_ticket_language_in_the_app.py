"""A German desk still files English tickets unless IT sets helpdesk.language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.request_form import RequestForm, Urgency
from tests.ui.app_builder import build_application
from ui.language import current_language

FORM = RequestForm(RequestKind.REQUEST, "network", "VPN fails", "Seit heute früh.", Urgency.HIGH)


@pytest.fixture
def german_desk() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def _delivered_body(qtbot: QtBot, tmp_path: Path, policy: str) -> str:
    """Build, queue and deliver one request through the app's own HelpdeskService (file drop)."""
    drop = tmp_path / "tickets"
    file = tmp_path / "policy.toml"
    file.write_text(f'[helpdesk]\nconnector = "file"\n{policy}\n[helpdesk.file]\n'
                    f'folder = "{drop}"\n', encoding="utf-8")
    app = build_application(tmp_path / "profile", file)
    qtbot.addWidget(app.window)
    try:
        assert current_language() == "de"
        service = app.helpdesk
        service.submit(service.build(FORM, service.gather()))
        assert service.flush().sent == 1
    finally:
        app.shutdown()
    (ticket,) = drop.glob("*/ticket.json")
    return str(json.loads(ticket.read_text("utf-8"))["body"])


def test_a_german_desk_delivers_english_tickets_by_default(
    qtbot: QtBot, tmp_path: Path, german_desk: None
) -> None:
    body = _delivered_body(qtbot, tmp_path, "")
    assert body.startswith("Who: ")
    assert "\nDetails:\nSeit heute früh.\n" in body


def test_helpdesk_language_de_delivers_german_headings(
    qtbot: QtBot, tmp_path: Path, german_desk: None
) -> None:
    body = _delivered_body(qtbot, tmp_path, 'language = "de"')
    assert body.startswith("Wer: ")
    assert "\nDetails:\nSeit heute früh.\n" in body
    assert "\nAnhänge:\n" in body


def _german_app_with_catalogue(qtbot: QtBot, tmp_path: Path, policy: str) -> Application:
    """The demo app on a German desk, its signed demo catalogue (German names) loaded."""
    file = tmp_path / "policy.toml"
    file.write_text(policy, encoding="utf-8")
    app = build_application(tmp_path / "profile", file)
    qtbot.addWidget(app.window)
    assert app.catalogue.refresh().error is None
    return app


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
@pytest.mark.parametrize(("policy", "subject"), [
    ("", "Me too: VPN maintenance on Saturday"),
    ('[helpdesk]\nlanguage = "fr"\n', "Moi aussi : Maintenance du VPN samedi"),
])
def test_a_me_too_names_the_announcement_in_the_tickets_language(
    qtbot: QtBot, tmp_path: Path, german_desk: None, policy: str, subject: str
) -> None:
    app = _german_app_with_catalogue(qtbot, tmp_path, policy)
    try:
        (outage,) = app.catalogue.active_announcements()
        assert outage.title == "VPN-Wartung am Samstag"  # the panel speaks German
        app.help_page.prefill("network")  # the outage is offered for what it affects
        app.help_page.set_outages((outage,))
        app.help_page.outage_box.me_too.click()
        app.runner.wait_for_done(10_000)
        qtbot.waitUntil(lambda: bool(app.helpdesk.requests()))
        (entry,) = app.helpdesk.requests()
        assert entry.subject == f"[Deskmate] {subject}"
    finally:
        app.shutdown()


@pytest.mark.allow_log_warnings
def test_an_access_request_names_the_app_in_the_tickets_language(
    qtbot: QtBot, tmp_path: Path, german_desk: None
) -> None:
    app = _german_app_with_catalogue(qtbot, tmp_path, "")
    try:
        app._access_help("company-files")
        page = app.help_page
        assert page.app_name.text() == "Firmendateien"  # the panel speaks German
        page.justification.setPlainText("Für die Projektablage.")
        payload = app.helpdesk.build(page.current_form(), ())
        assert payload.subject == "[Deskmate] Access request: Company Files"
        assert "Company Files" in payload.body
        assert "Firmendateien" not in payload.body
    finally:
        app.shutdown()
