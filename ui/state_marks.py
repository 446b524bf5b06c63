"""The tray's state marks, drawn as paths so each reads at 16–24 px without any font.

The state is the whole icon: a calm green bubble for OK, an amber triangle with "!" for
attention, a red disc with "×" for a problem, a violet diamond with a lightning bolt for a
known outage, and a grey disc with three dots while the first check runs. Shape and colour
both change, so the state never depends on colour alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from desktop.health_state import OverallState

log = logging.getLogger(__name__)

GRID = 64.0  # marks are drawn on a 64-unit grid and scaled to the pixel size
WHITE = QColor("white")


def paint_state_mark(state: OverallState, colour: QColor, px: int) -> QPixmap:
    """``state``'s mark in ``colour``, ``px`` pixels square, on a transparent background."""
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(px / GRID, px / GRID)
    _PAINTERS[state](painter, colour)
    painter.end()
    return pixmap


def paint_badge(pixmap: QPixmap, colour: QColor) -> None:
    """A small dot at the top right: a major announcement is active."""
    px = pixmap.width()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    d = px * 0.36
    painter.setPen(QPen(WHITE, max(1.0, px / 24)))
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(px - d - 0.5, 0.5, d, d))
    painter.end()


def _stroke(painter: QPainter, width: float) -> None:
    pen = QPen(WHITE, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _ok(painter: QPainter, colour: QColor) -> None:
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(2, 4, 60, 46), 14, 14)
    tail = QPainterPath()
    tail.moveTo(QPointF(14, 46))
    tail.lineTo(QPointF(10, 62))
    tail.lineTo(QPointF(32, 46))
    painter.fillPath(bubble.united(tail), colour)
    _stroke(painter, 7)
    painter.drawPolyline([QPointF(19, 27), QPointF(28, 36), QPointF(45, 18)])


def _attention(painter: QPainter, colour: QColor) -> None:
    triangle = QPainterPath()
    triangle.moveTo(QPointF(32, 2))
    triangle.lineTo(QPointF(63, 60))
    triangle.lineTo(QPointF(1, 60))
    triangle.closeSubpath()
    painter.setPen(QPen(colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(colour)
    painter.drawPath(triangle)
    _stroke(painter, 8)
    painter.drawLine(QPointF(32, 22), QPointF(32, 38))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WHITE)
    painter.drawEllipse(QPointF(32, 50), 4.5, 4.5)


def _problem(painter: QPainter, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(1, 1, 62, 62))
    _stroke(painter, 8)
    painter.drawLine(QPointF(21, 21), QPointF(43, 43))
    painter.drawLine(QPointF(43, 21), QPointF(21, 43))


def _outage(painter: QPainter, colour: QColor) -> None:
    diamond = QPainterPath()
    for i, (x, y) in enumerate(((32, 0), (64, 32), (32, 64), (0, 32))):
        if i == 0:
            diamond.moveTo(QPointF(x, y))
        else:
            diamond.lineTo(QPointF(x, y))
    diamond.closeSubpath()
    painter.fillPath(diamond, colour)
    bolt = QPainterPath()
    bolt.moveTo(QPointF(36, 12))
    for x, y in ((22, 35), (31, 35), (27, 52), (42, 28), (33, 28), (36, 12)):
        bolt.lineTo(QPointF(x, y))
    painter.fillPath(bolt, WHITE)


def _unknown(painter: QPainter, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(1, 1, 62, 62))
    painter.setBrush(WHITE)
    for x in (18, 32, 46):
        painter.drawEllipse(QPointF(x, 32), 5, 5)


_PAINTERS: dict[OverallState, Callable[[QPainter, QColor], None]] = {
    OverallState.OK: _ok,
    OverallState.ATTENTION: _attention,
    OverallState.PROBLEM: _problem,
    OverallState.OUTAGE: _outage,
    OverallState.UNKNOWN: _unknown,
}
