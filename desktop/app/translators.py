"""The interface language: Deskmate's and Qt's own translators, and the default locale."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
SYSTEM = "system"  # app.language's value that follows the operating system


def interface_locale(language: str) -> QLocale:
    """The locale for ``app.language``: the system's for "system", else that language's."""
    return QLocale.system() if language == SYSTEM else QLocale(language)


def install_translators(qapp: QCoreApplication, language: str) -> QLocale:
    """Make ``language`` the interface language before any widget is built: dates and numbers
    (the default QLocale), Deskmate's texts, and Qt's standard buttons (qtbase)."""
    locale = interface_locale(language)
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    with resources.as_file(resources.files("resources") / "translations") as ours:
        # English first, as the fallback (its plural forms: "3 minutes ago", not
        # "3 minute(s) ago") for a language Deskmate has no translation for, or the C locale;
        # a translator installed later is asked first.
        _install(qapp, QLocale(QLocale.Language.English), "deskmate", str(ours))
        for name, folder in (("deskmate", str(ours)), ("qtbase", qt_folder)):
            if not (name == "deskmate" and locale.language() == QLocale.Language.English):
                _install(qapp, locale, name, folder)
    return locale


def _install(qapp: QCoreApplication, locale: QLocale, name: str, folder: str) -> None:
    translator = QTranslator(qapp)
    if translator.load(locale, name, "_", folder):
        qapp.installTranslator(translator)
    elif locale.language() != QLocale.Language.English:
        log.info("No translation for this language", extra={"catalog": name,
                                                             "locale": locale.name()})
