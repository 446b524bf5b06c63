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
