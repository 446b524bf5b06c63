"""Walking a window with Tab as a keyboard user does, and the controls a walk must reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.focus_ring import RingFrame

MAX_STOPS_INSIDE = 4  # Tab may visit a few links inside one label, not every cell of a table
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView)


def controls(root: QWidget) -> list[QWidget]:
    """The visible, enabled interactive controls under ``root`` (a table's header is part of
    its table; a combo box's own line edit part of the combo box)."""
    return [
        c for c in root.findChildren(QWidget)
        if isinstance(c, INTERACTIVE) and not isinstance(c, QHeaderView)
        and not isinstance(c.parentWidget(), QComboBox)
        and c.isVisibleTo(root) and c.isEnabled()
    ]


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton)
                                       else "")
    return f"{type(widget).__name__} {widget.objectName()!r} {name!r}"


def press(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the focus"
    qtbot.keyClick(target, key)  # type: ignore[no-untyped-call]  # pytest-qt is untyped


def tab_walk(qtbot: QtBot, window: QWidget, steps: int) -> tuple[list[QWidget], list[str]]:
    """Press Tab ``steps`` times in ``window``; the widgets focused on the way, and each step
    where the focus stuck, left the window or had no visible ring."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if QApplication.focusWidget() is None or not window.isAncestorOf(QApplication.focusWidget()):
        window.focusNextChild()
    reached: list[QWidget] = []
    problems: list[str] = []
    stayed = 0
    for _ in range(steps):
        before = QApplication.focusWidget()
        press(qtbot, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or not window.isAncestorOf(now):
            problems.append(f"Tab from {describe(before)} went to {describe(now)}")
            break
        stayed = stayed + 1 if now is before else 0  # a label's links, one by one
        if stayed > MAX_STOPS_INSIDE:
            problems.append(f"Tab stays inside {describe(now)}")
            break
        reached.append(now)
        if not ring_shown_on(now):
            problems.append(f"no focus ring on {describe(now)}")
    return reached, problems


def ring_shown_on(widget: QWidget) -> bool:
    window = widget.window()
    rings = [r for r in window.findChildren(RingFrame) if r.isVisible()]
    return any(r.widget() is widget for r in rings)


def unreached(root: QWidget, reached: list[QWidget]) -> list[str]:
    """The controls under ``root`` that no focused widget is, contains or proxies."""
    def hit(control: QWidget) -> bool:
        return any(w is control or control.isAncestorOf(w) or w.focusProxy() is control
                   for w in reached)
    return [describe(c) for c in controls(root) if not hit(c)]
