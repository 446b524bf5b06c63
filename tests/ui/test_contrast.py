"""Contrast (WCAG 2.2): 4.5:1 for text, 3:1 for icons and focus rings, in light and dark and
with any accent IT sets; computed from the palette and stylesheet the app really uses."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.app.launch import branding_for
from desktop.core import build_core
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from tests.ui.app_builder import build_application
from tests.ui.palettes import dark_palette, light_palette
from ui.contrast import GRAPHIC, TEXT, blend, ratio
from ui.home_feed import Banner
from ui.navigation import PageId
from ui.theme import STATE_COLOURS, accent_palette, state_text_colour, style_sheet, theme_colours

WHITE = QColor("white")
ACCENTS = ("#2D6CDF", "#FFD700", "#101010", "#7FDBFF", "#E60000", "#777777")
PALETTES = {"light": light_palette, "dark": dark_palette}
_INLINE_COLOUR = re.compile(r"color\s*[:=]\s*['\"]?(#[0-9A-Fa-f]{6}|[a-z]+)")


def role(palette: QPalette, name: str) -> QColor:
    return palette.color(getattr(QPalette.ColorRole, name))


@pytest.mark.parametrize("accent", ACCENTS)
@pytest.mark.parametrize("theme", PALETTES)
def test_every_use_of_the_accent_reads(accent: str, theme: str, qtbot: QtBot) -> None:
    palette = accent_palette(QColor(accent), PALETTES[theme]())
    colours = theme_colours(QColor(accent), palette)
    window, base = role(palette, "Window"), role(palette, "Base")
    assert ratio(role(palette, "Highlight"), role(palette, "HighlightedText")) >= TEXT
    assert ratio(colours.selection, WHITE) >= TEXT  # the navigation's selected row
    placeholder = blend(role(palette, "PlaceholderText"), base)  # 'For example: …' in fields
    assert ratio(placeholder, base) >= TEXT
    for background in (window, base):
        assert ratio(role(palette, "Link"), background) >= TEXT
        assert ratio(colours.ring, background) >= GRAPHIC  # focus rings, accent glyphs
    sheet = style_sheet(QColor(accent), palette)
    assert f"border: 2px solid {colours.ring.name()}" in sheet  # the tiles' focus ring
    notice = blend(_rgba(sheet, "QLabel#notice"), window)
    assert ratio(role(palette, "WindowText"), notice) >= TEXT


def _rgba(sheet: str, selector: str) -> QColor:
    rule = sheet[sheet.index(selector):]
    found = re.search(r"rgba\((\d+),(\d+),(\d+),(\d+)\)", rule)
    assert found is not None
    return QColor(*(int(n) for n in found.groups()))


@pytest.mark.parametrize("theme", PALETTES)
def test_state_colours_read_as_glyphs_and_as_words(theme: str, qtbot: QtBot) -> None:
    palette = PALETTES[theme]()
    window, base = role(palette, "Window"), role(palette, "Base")
    for state, colour in STATE_COLOURS.items():
        assert ratio(colour, WHITE) >= GRAPHIC, state  # the white glyph on the dot
        assert ratio(colour, window) >= GRAPHIC, state  # the dot on the window
        words = state_text_colour(state, palette)
        assert min(ratio(words, window), ratio(words, base)) >= TEXT, state


def test_a_policy_accent_that_fails_is_adjusted_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, qtbot: QtBot
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[branding]\naccent_color = "#FFD700"\n', encoding="utf-8")
    core = build_core(tmp_path / "profile", demo=True, policy_source=TomlPolicyFile(policy),
                      secrets=MemorySecretStore())
    with caplog.at_level(logging.INFO, logger="ui.theme"):
        palette = accent_palette(branding_for(core).accent, light_palette())
    adjusted = [r for r in caplog.records
                if r.getMessage() == "Accent colour adjusted for contrast"]
    assert {r.use for r in adjusted} >= {"selection", "link", "ring"}  # type: ignore[attr-defined]
    assert {r.accent for r in adjusted} == {"#ffd700"}  # type: ignore[attr-defined]
    assert role(palette, "Highlight").name() == next(
        r.adjusted for r in adjusted if r.use == "selection")  # type: ignore[attr-defined]


@pytest.fixture(params=[("light", "#2D6CDF"), ("dark", "#2D6CDF"), ("light", "#FFD700"),
                        ("dark", "#101010")], ids=lambda p: f"{p[0]}-{p[1]}")
def themed_app(request: pytest.FixtureRequest, tmp_path: Path, qtbot: QtBot
               ) -> Iterator[Application]:
    theme, accent = request.param
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    style, before = qapp.styleSheet(), qapp.palette()
    palette = accent_palette(QColor(accent), PALETTES[theme]())
    qapp.setPalette(palette)  # before the app is built, as launch.py does
    qapp.setStyleSheet(style_sheet(QColor(accent), palette))
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[branding]\naccent_color = "{accent}"\n', encoding="utf-8")
    app = build_application(tmp_path / "profile", policy)
    qtbot.addWidget(app.window)
    app.health_page._run_on_show = False  # the check results do not change the colours
    yield app
    app.runner.wait_for_done(10_000)
    app.shutdown()
    qapp.setStyleSheet(style)
    qapp.setPalette(before)


@pytest.mark.allow_log_warnings  # offscreen: no tray
def test_every_visible_text_on_every_page_reads(themed_app: Application, qtbot: QtBot) -> None:
    problems: list[str] = []
    checked = 0
    for page in PageId:
        themed_app.window.show_page(page.value)
        _coloured_states(themed_app, page)
        for widget in themed_app.window.page(page).findChildren(QWidget):
            if _shows_text(widget):
                checked += 1
                problems += [f"{page.value}: {p}" for p in _text_problems(widget)]
    assert checked > 40  # the pages really were walked
    assert problems == [], "\n".join(problems)


def _coloured_states(app: Application, page: PageId) -> None:
    """Bring up the states that colour their words: an outage banner, a form's errors."""
    if page is PageId.HOME:
        app.home.set_banners((Banner("VPN outage", "Engineers are on it.", major=True),))
    if page is PageId.HELP:
        app.help_page.send()  # nothing filled in: the summary's error shows under it
        app.runner.wait_for_done(10_000)
        QApplication.processEvents()
        assert app.help_page.findChild(QLabel, "field_error").isVisible()


def _shows_text(widget: QWidget) -> bool:
    if not widget.isVisible() or not widget.isEnabled():
        return False  # WCAG 1.4.3 leaves inactive controls out
    if isinstance(widget, QLabel):
        return bool(widget.text().strip())
    return isinstance(widget, QAbstractButton) and bool(widget.text().strip())


def _text_problems(widget: QWidget) -> list[str]:
    background = effective_background(widget)
    palette = widget.palette()
    colours = [palette.color(widget.foregroundRole())]
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    colours += [QColor(c) for c in _INLINE_COLOUR.findall(text)]
    found = []
    for colour in colours:
        value = ratio(blend(colour, background), background)
        if value < TEXT:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {text[:50]!r}: "
                         f"{colour.name()} on {background.name()} is {value:.2f}:1")
    return found


def effective_background(widget: QWidget) -> QColor:
    """The colour behind ``widget``: the first of it and its parents that paints its own
    background (auto-fill, a window, or a stylesheet background), with translucent ones
    blended over what is behind them."""
    layers: list[QColor] = []
    current: QWidget | None = widget
    while current is not None:
        if _paints_background(current):
            colour = current.palette().color(current.backgroundRole())
            layers.append(colour)
            if colour.alpha() == 255:
                break
        current = current.parentWidget()
    result = layers.pop() if layers else QApplication.palette().color(QPalette.ColorRole.Window)
    for layer in reversed(layers):
        result = blend(layer, result)
    return result


def _paints_background(widget: QWidget) -> bool:
    return (widget.autoFillBackground() or widget.isWindow() or isinstance(widget, QAbstractButton)
            or widget.testAttribute(Qt.WidgetAttribute.WA_StyledBackground))



class PenRecorder(QPainter):
    """A painter that remembers every pen colour a delegate written in Python sets."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.colours: list[QColor] = []

    def setPen(self, pen: object) -> None:  # Qt's name
        self.colours.append(QColor(pen.color() if isinstance(pen, QPen) else pen))
        super().setPen(pen)  # type: ignore[call-overload]  # QColor, QPen or a pen style


@pytest.mark.allow_log_warnings  # offscreen: no tray
def test_text_in_list_and_table_rows_reads_selected_or_not(
    themed_app: Application, qtbot: QtBot
) -> None:
    """Every row of every list and table on every page, as drawn and as selected: the
    model's foreground colour (or the palette's text) on its background, and the colours a
    custom delegate paints with."""
    themed_app.window.resize(1000, 720)  # wide enough for the Apps side list (not a chooser)
    themed_app.catalogue_bridge.refresh()
    qtbot.waitUntil(lambda: themed_app.apps.model.rowCount() >= 25, timeout=30_000)
    problems: list[str] = []
    walked: set[str] = set()
    for page in PageId:
        themed_app.window.show_page(page.value)
        for view in themed_app.window.page(page).findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount():
                walked.add(type(view).__name__ + ":" + page.value)
                problems += [f"{page.value}: {p}" for p in _row_problems(view)]
    assert len(walked) >= 4, walked  # the apps list, the side list, the data table and header
    assert problems == [], "\n".join(problems)


def _row_problems(view: QAbstractItemView) -> list[str]:
    model, found = view.model(), []
    for row in range(min(model.rowCount(), 40)):
        for column in range(_columns(model)):
            index = model.index(row, column)
            for selected in (False, True):
                for colour, background in _drawn_colours(view, index, selected):
                    value = ratio(blend(colour, background), background)
                    if value < TEXT:
                        found.append(f"{type(view).__name__} row {row} col {column} "
                                     f"{'selected ' if selected else ''}"
                                     f"{str(index.data())[:30]!r}: {colour.name()} on "
                                     f"{background.name()} is {value:.2f}:1")
    return found


def _columns(model: QAbstractItemModel) -> int:
    """A list's model has one column (QListWidget's own model keeps columnCount private)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def _drawn_colours(view: QAbstractItemView, index: QModelIndex, selected: bool
                   ) -> list[tuple[QColor, QColor]]:
    palette = view.palette()
    background = _row_background(view, index, selected)
    delegate = view.itemDelegateForIndex(index) or view.itemDelegate()
    if delegate is None or type(delegate).paint is QStyledItemDelegate.paint:  # from the roles
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        text = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(text) if foreground is None or selected else QColor(foreground)
        return [(colour, background)] if index.data(Qt.ItemDataRole.DisplayRole) else []
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view  # what Qt passes: delegates draw with its style
    option.rect = QRect(0, 0, max(view.viewport().width(), 200), 60)
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = PenRecorder(image)
    delegate.paint(painter, option, index)
    painter.end()
    return [(colour, background) for colour in painter.colours]


def _row_background(view: QAbstractItemView, index: QModelIndex, selected: bool) -> QColor:
    palette = view.viewport().palette()
    if selected:
        return palette.color(QPalette.ColorRole.Highlight)
    own = index.data(Qt.ItemDataRole.BackgroundRole)
    if own is not None:
        return QColor(own.color() if isinstance(own, QBrush) else own)
    if isinstance(view, QTableView) and view.alternatingRowColors() and index.row() % 2:
        return palette.color(QPalette.ColorRole.AlternateBase)
    return palette.color(view.viewport().backgroundRole())
