"""Branding and state colours, and the app's icons drawn in code so they scale crisply."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import QtCore  # QtCore.Qt when drawing: building it costs 30-40 ms at start-up
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.health_state import OverallState
from ui.checking_icon import SIZES as TRAY_SIZES
from ui.checking_icon import checking_icon
from ui.contrast import GRAPHIC, TEXT, blend, readable

log = logging.getLogger(__name__)
WHITE = QColor("white")
SCALES = (1, 2, 3)  # display scales icons are painted for: 100 %, 200 %, 300 %
# Text and a glyph accompany every colour, so state never depends on colour alone. Each
# reaches 3:1 (WCAG 1.4.11) against its white glyph and against light and dark windows
# (tests/ui/test_contrast.py).
STATE_COLOURS = {
    OverallState.UNKNOWN: QColor("#858A93"),
    OverallState.OK: QColor("#1E9D59"),
    OverallState.ATTENTION: QColor("#BD7C03"),
    OverallState.PROBLEM: QColor("#D64545"),
    OverallState.OUTAGE: QColor("#855CD9"),
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


@dataclass(frozen=True)
class ThemeColours:
    """The organisation's accent as each place uses it, adjusted until it reads there."""

    selection: QColor  # selected rows and the navigation: white text on it (4.5:1)
    link: QColor  # links and accent text on the window (4.5:1)
    ring: QColor  # focus rings and accent glyphs, on the window and on fields (3:1)


def theme_colours(accent: QColor, palette: QPalette | None = None) -> ThemeColours:
    palette = palette or QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    return ThemeColours(
        selection=readable(accent, [(WHITE, TEXT)]),
        link=readable(accent, [(window, TEXT), (base, TEXT)]),
        ring=readable(accent, [(window, GRAPHIC), (base, GRAPHIC)]),
    )


def state_text_colour(state: OverallState, palette: QPalette | None = None) -> QColor:
    """A state's colour for words on the window (darker or lighter than its glyph's)."""
    palette = palette or QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    return readable(STATE_COLOURS[state], [(window, TEXT), (base, TEXT)])


def quiet_text_colour(palette: QPalette | None = None) -> QColor:
    """Secondary words (hints under titles): the placeholder colour, made to read on fields
    and on the window."""
    palette = palette or QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    placeholder = blend(palette.color(QPalette.ColorRole.PlaceholderText), base)
    return readable(placeholder, [(base, TEXT), (window, TEXT)])


def accent_palette(accent: QColor, base: QPalette | None = None) -> QPalette:
    """The system palette with the organisation's accent as highlight and link colour, each
    adjusted (and the adjustment logged) where the accent itself would not read."""
    palette = QPalette(base or QApplication.palette())
    colours = theme_colours(accent, palette)
    _log_adjustments(accent, colours)
    palette.setColor(QPalette.ColorRole.Highlight, colours.selection)
    palette.setColor(QPalette.ColorRole.HighlightedText, WHITE)
    palette.setColor(QPalette.ColorRole.Link, colours.link)
    palette.setColor(QPalette.ColorRole.LinkVisited, colours.link)
    palette.setColor(QPalette.ColorRole.PlaceholderText, quiet_text_colour(palette))
    return palette


def _log_adjustments(accent: QColor, colours: ThemeColours) -> None:
    for use, colour in vars(colours).items():
        if colour.name() != accent.name():
            log.info("Accent colour adjusted for contrast",
                     extra={"accent": accent.name(), "use": use, "adjusted": colour.name()})


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
    if state is OverallState.UNKNOWN and not badge:
        return checking_icon()  # the first icon: drawn ahead, so it shows sooner
    from ui.state_marks import paint_badge, paint_state_mark  # builds QtCore.Qt

    icon = QIcon()
    for px in TRAY_SIZES:
        pixmap = paint_state_mark(state, STATE_COLOURS[state], px)
        if badge and state is not OverallState.OUTAGE:
            paint_badge(pixmap, STATE_COLOURS[OverallState.OUTAGE])
        icon.addPixmap(pixmap)
    return icon


def painted_icon(paint: Callable[[int], QPixmap], size: int) -> QIcon:
    """An icon ``paint`` draws at ``size`` for each display scale, so that at 200 % Qt picks
    a pixmap drawn at twice the size instead of blowing up a small one."""
    icon = QIcon()
    for scale in SCALES:
        icon.addPixmap(paint(size * scale))
    return icon


def state_icon(state: OverallState, size: int = 32) -> QIcon:
    """A round status glyph for lists and cards."""
    return painted_icon(lambda px: _paint_state_dot(state, px), size)


def _paint_state_dot(state: OverallState, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw_dot(painter, QRectF(1, 1, size - 2, size - 2), state)
    painter.end()
    return pixmap


def _paint_mark(accent: QColor, px: int) -> QPixmap:
    pixmap = QPixmap(px, px)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
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
        QtCore.Qt.PenStyle.SolidLine,
        QtCore.Qt.PenCapStyle.RoundCap,
        QtCore.Qt.PenJoinStyle.RoundJoin,
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
    painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, _GLYPHS[state])


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
    return painted_icon(lambda px: _paint_glyph(glyph, colour, px), size)


def _paint_glyph(glyph: str, colour: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.8))
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(QRectF(0, 0, size, size), QtCore.Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap


def style_sheet(accent: QColor, palette: QPalette | None = None) -> str:
    """A light touch over the native style: cards, tiles, notices; colours from the palette
    and the accent as :func:`theme_colours` adjusts it."""
    palette = palette or QApplication.palette()
    colours = theme_colours(accent, palette)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    tint = QColor(accent)
    tint.setAlpha(40)
    notice_bg = f"rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha()})"
    ring = colours.ring.name()
    quiet = quiet_text_colour(palette).name()
    return f"""
QListWidget#nav {{ background: {base.name()}; border: none; padding-top: 6px; }}
QListWidget#nav::item {{ padding: 6px 10px; border-radius: 6px; margin: 1px 6px; }}
QListWidget#nav::item:selected {{ background: {colours.selection.name()}; color: white; }}
QLabel#notice {{ background: {notice_bg}; border: 1px solid {ring}; border-radius: 6px;
                 padding: 8px 12px; margin: 8px 16px 0 16px; }}
QLabel#banner {{ border: 1px solid {STATE_COLOURS[OverallState.OUTAGE].name()}; border-radius: 6px;
                 padding: 8px 12px; }}
QToolButton#tile {{ background: {base.name()}; border: 1px solid {window.darker(125).name()};
                    border-radius: 10px; padding: 10px; font-size: 11pt; color: {text.name()}; }}
QToolButton#tile:hover, QToolButton#tile:focus {{ border: 2px solid {ring}; }}
QLabel#quiet {{ color: {quiet}; }}
QToolButton#featured {{ border: 2px solid transparent; border-radius: 8px; padding: 4px; }}
QToolButton#featured:hover, QToolButton#featured:focus {{ border: 2px solid {ring}; }}
QFrame#card {{ background: {base.name()}; border: 1px solid {window.darker(125).name()};
               border-radius: 10px; }}
"""


def apply_window_theme(qapp: QApplication, accent: QColor) -> None:
    """The style sheet and the window icon, which only windows use: set when the first one
    (the panel, an error dialog) is built, as the tray icon and its menu need neither and the
    parsed sheet and painted icons would stay in memory all day (about 1.7 MiB)."""
    if qapp.property("windowThemeApplied") is True:
        return
    qapp.setProperty("windowThemeApplied", True)
    qapp.setStyleSheet(style_sheet(accent))
    qapp.setWindowIcon(app_icon(accent))


def lock_icon(colour: QColor, size: int = 16) -> QIcon:
    """A padlock drawn with paths, so it shows on every platform (no emoji font needed)."""
    return painted_icon(lambda px: _paint_lock(colour, px), size)


def _paint_lock(colour: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16.0
    painter.setPen(QPen(colour, max(1.5, 2 * s)))
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(4.5 * s, 1.5 * s, 7 * s, 9 * s), 0, 180 * 16)
    painter.drawLine(QPointF(4.5 * s, 6 * s), QPointF(4.5 * s, 7.5 * s))
    painter.drawLine(QPointF(11.5 * s, 6 * s), QPointF(11.5 * s, 7.5 * s))
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(2.5 * s, 7 * s, 11 * s, 8 * s), 1.5 * s, 1.5 * s)
    painter.end()
    return pixmap
