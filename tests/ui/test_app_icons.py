"""Apps without an icon of their own get a monogram tile; IT's data class reads as words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.app_detail_view import AppDetailView
from ui.app_icons import monogram, monogram_icon, tile_colour


def test_monogram_letters() -> None:
    assert monogram("Visual Studio Code") == "VS"
    assert monogram("krita") == "K"
    assert monogram("7-Zip") == "7Z"
    assert monogram("") == "?"


def test_the_same_app_always_gets_the_same_tile(qtbot: QtBot) -> None:
    assert tile_colour("krita") == tile_colour("krita")
    image = monogram_icon("krita", "Krita", 32).pixmap(32, 32).toImage()
    assert image.pixelColor(16, 2) == tile_colour("krita")  # the tile, edge to edge
    assert image.pixelColor(0, 0).alpha() < 128  # rounded corners


def test_data_classes_read_as_words(qtbot: QtBot) -> None:
    view = AppDetailView()
    qtbot.addWidget(view)
    assert view.data_words("internal") == "OK for internal company data"
    assert view.data_words("Confidential") == "OK for confidential company data"
    assert view.data_words("secret-ish") == "OK for company data classed “secret-ish”"


def test_a_narrow_row_keeps_the_apps_name(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView, QStyleOptionViewItem

    from desktop.catalogue.installed_state import InstallState
    from desktop.catalogue.model import checked_app
    from ui.app_list_delegate import ICON, AppListDelegate
    from ui.catalogue_model import Roles

    app = checked_app("bitwarden", "Bitwarden", "Bitwarden Inc.", "Security", "Passwords",
                      (), (), True, "none", "internal", "free", False, {}, None)
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(app, Roles.APP)
    item.setData(InstallState.NOT_INSTALLED, Roles.STATE)
    model.appendRow(item)
    view = QListView()  # for a style and a font
    qtbot.addWidget(view)
    delegate = AppListDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 170, 56)
    image = QImage(170, 56, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    name_area = [image.pixelColor(x, y) for x in range(8 + ICON + 12, 8 + ICON + 60)
                 for y in range(8, 18)]  # above the state text, centred lower
    assert any(c.lightness() < 128 for c in name_area)  # the name is drawn, not squeezed out
