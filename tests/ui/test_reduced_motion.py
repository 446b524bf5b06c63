"""With reduced motion on, nothing in the app animates; off, the busy bar does (so the
check below can see an animation when there is one)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractAnimation, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from tests.ui.app_builder import build_application
from ui.catalogue_model import Action
from ui.navigation import PageId


def built_with(tmp_path: Path, qtbot: QtBot, choice: str) -> Application:
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[app]\nreduced_motion = "{choice}"\n', encoding="utf-8")
    app = build_application(tmp_path / "profile", policy)
    qtbot.addWidget(app.window)
    app.health_page._run_on_show = False
    return app


@pytest.fixture
def effects() -> Iterator[None]:
    """The app-wide effects switch is the QApplication's: put it back for later tests."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    before = qapp.isEffectEnabled(Qt.UIEffect.UI_General)
    yield
    qapp.setEffectEnabled(Qt.UIEffect.UI_General, before)


def running_animations() -> list[str]:
    found = []
    for widget in QApplication.allWidgets():
        for animation in widget.findChildren(
                QAbstractAnimation, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if animation.state() is QAbstractAnimation.State.Running:
                found.append(f"{type(animation).__name__} on {type(widget).__name__}")
    return found


def every_busy_thing(app: Application, qtbot: QtBot) -> list[str]:
    """Every page shown, an install running without a percentage; what animates then."""
    app.window.show()
    for page in PageId:
        app.window.show_page(page.value)
    app.window.show_page(PageId.APPS.value)
    app.apps.detail.show()
    app.apps.detail.set_action(Action.INSTALLING, "Installing…", None)
    end = time.monotonic() + 0.5
    while time.monotonic() < end:  # let the style start whatever it animates
        QApplication.processEvents()
        qtbot.wait(20)
    return running_animations()


@pytest.mark.allow_log_warnings  # offscreen: no tray
@pytest.mark.usefixtures("effects")
def test_with_reduced_motion_on_nothing_animates(tmp_path: Path, qtbot: QtBot) -> None:
    app = built_with(tmp_path, qtbot, "on")
    try:
        assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)  # Qt's own effects
        assert every_busy_thing(app, qtbot) == []
        assert not app.apps.detail.progress.isVisible()
        assert app.apps.detail.action_button.text() == "Installing…"  # said in words
    finally:
        app.shutdown()


@pytest.mark.allow_log_warnings  # offscreen: no tray
@pytest.mark.usefixtures("effects")
def test_with_reduced_motion_off_the_busy_bar_animates(tmp_path: Path, qtbot: QtBot) -> None:
    app = built_with(tmp_path, qtbot, "off")
    try:
        assert QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
        assert every_busy_thing(app, qtbot) != []
        assert app.apps.detail.progress.isVisible()
    finally:
        app.shutdown()


@pytest.mark.allow_log_warnings  # offscreen: no tray
@pytest.mark.usefixtures("effects")
def test_reduce_motion_chosen_in_settings_takes_effect_at_once(
    tmp_path: Path, qtbot: QtBot
) -> None:
    app = build_application(tmp_path / "profile")  # no policy: the person may choose
    qtbot.addWidget(app.window)
    app.health_page._run_on_show = False
    try:
        motion = app.settings_page.motion
        motion.activated.emit(motion.findData("on"))
        assert not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
        assert every_busy_thing(app, qtbot) == []
        motion.activated.emit(motion.findData("off"))
        assert QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
    finally:
        app.shutdown()
