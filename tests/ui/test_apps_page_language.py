"""The Apps page shows IT's catalogue in the UI's language and searches every language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.app.translators import install_translators
from tests.ui.app_builder import build_application, interface_language
from ui.catalogue_model import Roles
from ui.language import current_language


@pytest.fixture
def locale_named() -> Iterator[None]:
    """Restores the default locale after a test sets one."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _demo_app(qtbot: QtBot, tmp_path: Path) -> Application:
    app = build_application(tmp_path / "profile")
    qtbot.addWidget(app.window)
    app.catalogue_bridge.refresh()
    qtbot.waitUntil(lambda: app.apps.model.rowCount() >= 25, timeout=30_000)
    return app


def _shown_names(app: Application) -> list[str]:
    proxy = app.apps.proxy
    return [proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
            for row in range(proxy.rowCount())]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("de_DE", "de"), ("fr_CH", "fr"), ("en_GB", "en"), ("it_IT", "en"), ("C", "en")],
)
def test_the_ui_language_comes_from_the_default_locale(
    locale_named: None, name: str, expected: str
) -> None:
    QLocale.setDefault(QLocale(name))
    assert current_language() == expected


def test_a_german_ui_shows_the_catalogue_in_german(
    qtbot: QtBot, tmp_path: Path, locale_named: None
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    app = _demo_app(qtbot, tmp_path)
    try:
        assert "Firmendateien" in _shown_names(app)
        assert "Company Files" not in _shown_names(app)
        app.apps.show_app("libreoffice")
        assert app.apps.detail.description.text().startswith("Texte, Tabellen und Präsentationen")
        app.apps.search.setText("spreadsheets")  # the English tag still finds it
        assert _shown_names(app) == ["LibreOffice"]
    finally:
        app.shutdown()


def test_an_english_ui_finds_the_spreadsheet_by_its_german_tag(
    qtbot: QtBot, tmp_path: Path, locale_named: None
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = _demo_app(qtbot, tmp_path)
    try:
        assert "Company Files" in _shown_names(app)
        app.apps.search.setText("Tabellenkalkulation")
        assert _shown_names(app) == ["LibreOffice"]
    finally:
        app.shutdown()


def _match_line(app: Application, query: str) -> str:
    app.apps.search.setText(query)
    return str(app.apps.proxy.index(0, 0).data(Roles.MATCH))


def test_why_an_app_matched_is_said_in_german(
    qtbot: QtBot, tmp_path: Path, locale_named: None
) -> None:
    """The search says which field matched; the words around IT's word are the panel's."""
    with interface_language("de"):
        app = _demo_app(qtbot, tmp_path)
        try:
            assert _match_line(app, "dropbox") == "Zugelassene Alternative zu Dropbox"
            assert _match_line(app, "spreadsheets") == "Schlagwort „spreadsheets“"
        finally:
            app.shutdown()


@pytest.mark.parametrize(("setting", "expected"), [("de", "de"), ("fr", "fr"), ("system", "en")])
def test_app_language_sets_the_language_the_catalogue_is_shown_in(
    qapp: QApplication, locale_named: None, setting: str, expected: str
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    before = set(qapp.findChildren(QTranslator))
    with patch.object(QLocale, "system", return_value=QLocale("en_US")):
        install_translators(qapp, setting)
    try:
        assert current_language() == expected
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
