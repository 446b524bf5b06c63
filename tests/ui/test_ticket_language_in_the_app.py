"""A German desk still files English tickets unless IT sets helpdesk.language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

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
