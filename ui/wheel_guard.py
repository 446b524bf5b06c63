"""Mouse-wheel input for choosers (combo boxes, spin boxes, sliders) only once they have focus.

Without it, one notch while scrolling a form changes whatever chooser passes under the
pointer (an access request switched to "Network", Urgency set to "Critical"). Installed on
the QApplication by the composition root, so every page and dialog is covered.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

log = logging.getLogger(__name__)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    """A chooser whose value the wheel would change (a scroll bar is meant to be wheeled)."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """An application event filter: an unfocused chooser passes the wheel to its parent, so
    the page scrolls instead; the wheel no longer gives choosers focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and is_guarded(watched):
            _no_wheel_focus(watched)
        elif kind == QEvent.Type.Wheel and is_guarded(watched):
            return _pass_to_parent(watched, event)
        return False


def _no_wheel_focus(widget: QObject) -> None:
    # Qt gives a WheelFocus widget focus before it sees a wheel event; click or Tab still do.
    if isinstance(widget, QWidget) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _pass_to_parent(widget: QObject, event: QEvent) -> bool:
    """True (handled) when the chooser has no focus: its ancestors get the event instead,
    nearest first, until one uses it (a scroll area's viewport scrolls the page)."""
    if not isinstance(widget, QWidget) or widget.hasFocus():
        return False
    # Qt does not pass a re-sent (non-spontaneous) wheel event up by itself, so walk up here.
    parent = widget.parentWidget()
    while parent is not None:
        event.ignore()
        QCoreApplication.sendEvent(parent, event)
        if event.isAccepted():
            break
        parent = parent.parentWidget()
    return True
