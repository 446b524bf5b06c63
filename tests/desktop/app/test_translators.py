"""app.language chooses the interface language: Deskmate's texts, Qt's buttons, dates, numbers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from desktop.app.translators import install_translators, interface_locale


@pytest.fixture
def qapp_restored(qtbot: QtBot) -> Iterator[QCoreApplication]:
    """The application, with the default locale and its translators as they were after."""
    qapp = QCoreApplication.instance()
    assert qapp is not None
    before, installed = QLocale(), set(qapp.findChildren(QTranslator))
    yield qapp
    for translator in set(qapp.findChildren(QTranslator)) - installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


@pytest.mark.parametrize(("language", "home", "cancel"), [
    ("de", "Start", "Abbrechen"),
    ("fr", "Accueil", "Annuler"),
])
def test_a_language_translates_deskmate_and_qt(
    qapp_restored: QCoreApplication, language: str, home: str, cancel: str
) -> None:
    install_translators(qapp_restored, language)
    assert QLocale().name().startswith(language)
    assert QCoreApplication.translate("Nav", "Home") == home
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert QLocale().toString(1234.5, "f", 1) == ("1.234,5" if language == "de" else
                                                  "1\u202f234,5")  # French: a narrow space


def test_english_has_its_plural_forms(qapp_restored: QCoreApplication) -> None:
    install_translators(qapp_restored, "en")
    assert QCoreApplication.translate("TimeWords", "%n minute(s) ago", "", 1) == "1 minute ago"
    assert QCoreApplication.translate("TimeWords", "%n minute(s) ago", "", 3) == "3 minutes ago"


def test_system_follows_the_operating_system() -> None:
    assert interface_locale("system") == QLocale.system()
    assert interface_locale("de").language() == QLocale.Language.German


@pytest.mark.parametrize("language", ["it", "C"])
def test_a_language_deskmate_has_no_translation_for_keeps_english_plurals(
    qapp_restored: QCoreApplication, language: str
) -> None:
    """Italian, or a machine left in the C locale: English, with its plural forms, not
    "3 minute(s) ago" (the tests' own English translator is set aside for this)."""
    others = qapp_restored.findChildren(QTranslator)
    for translator in others:
        qapp_restored.removeTranslator(translator)
    try:
        install_translators(qapp_restored, language)
        assert QCoreApplication.translate("TimeWords", "%n minute(s) ago", "", 3) == (
            "3 minutes ago")
    finally:
        for translator in others:
            qapp_restored.installTranslator(translator)
