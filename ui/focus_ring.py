"""A ring in the theme's focus colour around whichever control has the keyboard focus.

Native styles draw focus faintly (Fusion: a 1 px outline in a darker highlight) or, on some
platform themes, not at all; WCAG 2.4.7 and 1.4.11 want a focus indicator that is always
there and reaches 3:1. Qt's :class:`QFocusFrame` follows a widget (moves, resizes, hides
with it) outside its own paintable area; this one draws a plain ring in a colour the theme
has checked (:func:`ui.theme.theme_colours`). Installed once by the composition root, so
every page and dialog is covered.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

log = logging.getLogger(__name__)
RING_WIDTH = 2


class RingFrame(QFocusFrame):
    """The drawn ring (a QFocusFrame that paints a rounded rectangle, nothing else)."""

    def __init__(self, colour: QColor) -> None:
        super().__init__()
        self.colour = QColor(colour)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour, RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()


class FocusRing(QObject):
    """Moves one :class:`RingFrame` to each newly focused control of the application."""

    def __init__(self, qapp: QApplication, colour: QColor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor(colour)
        self._frame = RingFrame(self._colour)
        qapp.focusChanged.connect(self._follow)

    @property
    def frame(self) -> RingFrame:
        if not shiboken6.isValid(self._frame):  # its last window went away, and it with it
            self._frame = RingFrame(self._colour)
        return self._frame

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        frame = self.frame
        if new is None or new.isWindow():
            frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr; stubs do not
            frame.setParent(None)  # not inside a window that may be deleted next
            return
        frame.setWidget(new)
