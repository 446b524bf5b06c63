"""Branding and state colours, and the app's icons drawn in code so they scale crisply."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.health_state import OverallState
from ui.state_marks import paint_badge, paint_state_mark

# Text and a glyph accompany every colour, so state never depends on colour alone.
STATE_COLOURS = {
    OverallState.UNKNOWN: QColor("#8A8F98"),
    OverallState.OK: QColor("#1E9E5A"),
    OverallState.ATTENTION: QColor("#D98E04"),
    OverallState.PROBLEM: QColor("#D64545"),
    OverallState.OUTAGE: QColor("#7B4FD6"),
}
_GLYPHS = {
    OverallState.UNKNOWN: "?",
    OverallState.OK: "✓",
    OverallState.ATTENTION: "!",
    OverallState.PROBLEM: "×",
    OverallState.OUTAGE: "⚡",
}


@dataclass(frozen=True)
class Branding:
    """What IT sets about its organisation, read from settings by the composition root."""

    organization: str
    accent: QColor
    logo_path: str = ""
    support_email: str = ""
    support_phone: str = ""
    support_url: str = ""


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent_palette(accent: QColor, base: QPalette | None = None) -> QPalette:
    """The system palette with the organisation's accent as highlight and link colour."""
    palette = QPalette(base or QApplication.palette())
    palette.setColor(QPalette.ColorRole.Highlight, accent)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, accent.lighter(140) if is_dark(palette) else accent)
    return palette


def app_icon(accent: QColor, size: int = 64) -> QIcon:
    """The Deskmate mark: a speech bubble with a check, in the accent colour."""
    icon = QIcon()
    for px in (16, 22, 24, 32, 48, 64, 128, 256, size):
        icon.addPixmap(_paint_mark(accent, px))
    return icon


def tray_icon(accent: QColor, state: OverallState, badge: bool = False) -> QIcon:
    """The state's own mark at every tray size (the state is the icon, not a dot on a logo);
    ``badge`` adds a small announcement dot unless the state already says "outage".
    ``accent`` is kept for the signature; the marks use the state colours so a red accent
    never reads as a problem."""
    del accent
    icon = QIcon()
    for px in (16, 20, 22, 24, 32, 48, 64):
        pixmap = paint_state_mark(state, STATE_COLOURS[state], px)
        if badge and state is not OverallState.OUTAGE:
            paint_badge(pixmap, STATE_COLOURS[OverallState.OUTAGE])
        icon.addPixmap(pixmap)
    return icon


def state_icon(state: OverallState, size: int = 32) -> QIcon:
    """A round status glyph for lists and cards."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw_dot(painter, QRectF(1, 1, size - 2, size - 2), state)
    painter.end()
    return QIcon(pixmap)


def _paint_mark(accent: QColor, px: int) -> QPixmap:
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = px / 64.0
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(4 * s, 6 * s, 52 * s, 40 * s), 12 * s, 12 * s)
    tail = QPainterPath()
    tail.moveTo(QPointF(16 * s, 44 * s))
    tail.lineTo(QPointF(12 * s, 58 * s))
    tail.lineTo(QPointF(30 * s, 44 * s))
    painter.fillPath(bubble.united(tail), accent)
    pen = QPen(
        QColor("white"),
        max(1.5, 6 * s),
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    painter.setPen(pen)
    painter.drawPolyline(
        [QPointF(18 * s, 26 * s), QPointF(27 * s, 35 * s), QPointF(43 * s, 17 * s)]
    )
    painter.end()
    return pixmap


def _draw_dot(painter: QPainter, rect: QRectF, state: OverallState) -> None:
    painter.setPen(QPen(QColor("white"), max(1.0, rect.width() / 12)))
    painter.setBrush(STATE_COLOURS[state])
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(rect.height() * 0.7)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, _GLYPHS[state])


NAV_GLYPHS = {
    "home": "⌂",
    "health": "♥",
    "apps": "▦",
    "help": "?",
    "requests": "☰",
    "settings": "⚙",
    "activity": "◷",
    "data": "◎",
    "about": "i",
}


def glyph_icon(glyph: str, colour: QColor, size: int = 40) -> QIcon:
    """A single-glyph icon in ``colour``, for navigation and buttons."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.8))
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


def style_sheet(accent: QColor, palette: QPalette | None = None) -> str:
    """A light touch over the native style: cards, tiles, notices; colours from the palette."""
    palette = palette or QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    tint = QColor(accent)
    tint.setAlpha(40)
    notice_bg = f"rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha()})"
    return f"""
QListWidget#nav {{ background: {base.name()}; border: none; padding-top: 6px; }}
QListWidget#nav::item {{ padding: 6px 10px; border-radius: 6px; margin: 1px 6px; }}
QListWidget#nav::item:selected {{ background: {accent.name()}; color: white; }}
QLabel#notice {{ background: {notice_bg}; border: 1px solid {accent.name()}; border-radius: 6px;
                 padding: 8px 12px; margin: 8px 16px 0 16px; }}
QLabel#banner {{ border: 1px solid {STATE_COLOURS[OverallState.OUTAGE].name()}; border-radius: 6px;
                 padding: 8px 12px; }}
QToolButton#tile {{ background: {base.name()}; border: 1px solid {window.darker(125).name()};
                    border-radius: 10px; padding: 10px; font-size: 11pt; color: {text.name()}; }}
QToolButton#tile:hover, QToolButton#tile:focus {{ border: 2px solid {accent.name()}; }}
QToolButton#featured {{ border: 2px solid transparent; border-radius: 8px; padding: 4px; }}
QToolButton#featured:hover, QToolButton#featured:focus {{ border: 2px solid {accent.name()}; }}
QFrame#card {{ background: {base.name()}; border: 1px solid {window.darker(125).name()};
               border-radius: 10px; }}
"""


def lock_icon(colour: QColor, size: int = 16) -> QIcon:
    """A padlock drawn with paths, so it shows on every platform (no emoji font needed)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16.0
    painter.setPen(QPen(colour, max(1.5, 2 * s)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(4.5 * s, 1.5 * s, 7 * s, 9 * s), 0, 180 * 16)
    painter.drawLine(QPointF(4.5 * s, 6 * s), QPointF(4.5 * s, 7.5 * s))
    painter.drawLine(QPointF(11.5 * s, 6 * s), QPointF(11.5 * s, 7.5 * s))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(2.5 * s, 7 * s, 11 * s, 8 * s), 1.5 * s, 1.5 * s)
    painter.end()
    return QIcon(pixmap)
