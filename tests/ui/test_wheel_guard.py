"""The mouse wheel never changes a chooser it merely passes over: the page scrolls instead.

Covers every combo box, spin box and slider on every page of the real Application.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from tests.ui.app_builder import build_application
from ui.navigation import PageId
from ui.wheel_guard import is_guarded


@pytest.fixture
def app(tmp_path: Path, qtbot: QtBot) -> Iterator[Application]:
    built = build_application(tmp_path / "profile")
    qtbot.addWidget(built.window)
    built.window.resize(built.window.minimumSize())
    built.window.show()
    yield built
    built.shutdown()


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def _wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _choosers(app: Application) -> list[QWidget]:
    return [w for w in app.window.findChildren(QWidget) if is_guarded(w) and w.isVisible()]


def _check(widget: QWidget, app: Application, qtbot: QtBot) -> str:
    """Wheel over ``widget`` without focus; the problem found, or ""."""
    app.window.setFocus()
    area = _scroll_area(widget)
    bar = area.verticalScrollBar() if area is not None else None
    if bar is not None:
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget)
        bar.setValue(min(bar.value(), bar.maximum() - 1))
    before, scrolled_from = _value(widget), bar.value() if bar is not None else 0
    _wheel_down(widget)
    name = widget.accessibleName() or type(widget).__name__
    if _value(widget) != before:
        return f"{name}: the wheel changed it from {before} to {_value(widget)}"
    if bar is not None and bar.maximum() > 0 and bar.value() <= scrolled_from:
        return f"{name}: the page did not scroll"
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        return f"{name}: the wheel would give it focus"
    return ""


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_an_unfocused_wheel_scrolls_the_page_and_changes_no_chooser(
    app: Application, qtbot: QtBot
) -> None:
    problems: list[str] = []
    seen: list[str] = []
    for page in PageId:
        app.window.show_page(page.value)
        for widget in _choosers(app):
            seen.append(widget.accessibleName())
            problems += [p for p in [_check(widget, app, qtbot)] if p]
    app.apps.app_request_requested.emit()  # the structured access form has its own choosers
    for widget in _choosers(app):
        seen.append(widget.accessibleName())
        problems += [p for p in [_check(widget, app, qtbot)] if p]
    assert {"Category", "Urgency", "Language"} <= set(seen)
    assert problems == [], "\n".join(problems)
    app.runner.wait_for_done(10_000)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_a_focused_chooser_still_takes_the_wheel(app: Application, qtbot: QtBot) -> None:
    app.window.show_page(PageId.HELP.value)
    urgency = next(w for w in _choosers(app) if w.accessibleName() == "Urgency")
    assert isinstance(urgency, QComboBox)
    urgency.setCurrentIndex(0)
    urgency.setFocus()
    qtbot.waitUntil(urgency.hasFocus)
    _wheel_down(urgency)
    assert urgency.currentIndex() == 1
    app.runner.wait_for_done(10_000)
