"""A damaged or read-only outbox: the app still starts, says so, and the typed text survives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from tests.desktop.helpdesk.test_outbox_database import read_only_folder, remount_read_only
from tests.ui.app_builder import build_application
from ui.navigation import PageId

__all__ = ["read_only_folder"]  # the fixture, used by name below
BUILT: list[Application] = []
SHOTS = Path("/tmp")


@pytest.fixture(autouse=True)
def shut_down_apps(qtbot: QtBot) -> Iterator[None]:
    yield
    while BUILT:
        BUILT.pop().shutdown()


def wait_for_checks(qtbot: QtBot, app: Application) -> None:
    """Opening the Health page runs the checks: let them finish before the app goes away."""
    qtbot.waitUntil(lambda: app.health_page.summary is not None, timeout=60_000)
    app.runner.wait_for_done(10_000)


def build(qtbot: QtBot, profile: Path, policy_dir: Path) -> Application:
    policy = policy_dir / "policy.toml"
    policy.write_text("", encoding="utf-8")
    app = build_application(profile, policy)
    BUILT.append(app)
    qtbot.addWidget(app.window)
    return app


@pytest.mark.allow_log_warnings  # no tray offscreen; the damaged outbox is worth a warning
def test_the_app_starts_on_a_garbage_outbox_and_the_health_page_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = tmp_path / "profile" / "data" / "deskmate.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"\xffgarbage" * 512)
    app = build(qtbot, tmp_path / "profile", tmp_path)
    app.window.show_page(PageId.HEALTH.value)
    notice = app.health_page.outbox_notice
    assert notice.isVisibleTo(app.window)
    assert "damaged and moved aside to" in notice.text()
    assert "a fresh one was started" in notice.text()
    (kept,) = database.parent.glob("deskmate.sqlite3.damaged-*")
    assert str(kept) in notice.text()
    wait_for_checks(qtbot, app)
    app.window.resize(900, 640)
    app.window.grab().save(str(SHOTS / "outbox-replaced-health.png"))


@pytest.mark.allow_log_warnings
def test_a_read_only_profile_keeps_the_typed_text_and_offers_to_copy_it(
    qtbot: QtBot, read_only_folder: Path, tmp_path: Path
) -> None:
    for folder in ("config", "data", "logs", "cache"):
        (read_only_folder / folder).mkdir()
    remount_read_only(read_only_folder)
    app = build(qtbot, read_only_folder, tmp_path)
    app.window.show_page(PageId.HEALTH.value)
    assert "cannot save requests" in app.health_page.outbox_notice.text()
    wait_for_checks(qtbot, app)
    app.window.resize(900, 640)
    app.window.grab().save(str(SHOTS / "outbox-read-only-health.png"))

    help_page = app.help_page
    app.window.show_page(PageId.HELP.value)
    help_page.prefill("hardware", "Printer on fire", "It smells of toast since 9:40.")
    help_page.preview()
    qtbot.waitUntil(lambda: help_page.preview_dialog is not None, timeout=10_000)
    assert help_page.preview_dialog is not None
    qtbot.mouseClick(help_page.preview_dialog.send_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]  # pytest-qt is untyped
    qtbot.waitUntil(help_page.copy_button.isVisible, timeout=10_000)
    assert help_page.summary.text() == "Printer on fire"  # nothing typed is lost
    assert "cannot save" in help_page.status_label.text()
    app.window.grab().save(str(SHOTS / "outbox-read-only-help.png"))
    qtbot.mouseClick(help_page.copy_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]  # pytest-qt is untyped
    copied = QGuiApplication.clipboard().text()
    assert "Printer on fire" in copied
    assert "It smells of toast since 9:40." in copied
