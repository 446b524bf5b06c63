"""The language the UI speaks, as a code the Qt-free services understand ("en", "de", "fr")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale

log = logging.getLogger(__name__)

UI_LANGUAGES = ("en", "de", "fr")  # English is the source; the others have translations


def current_language() -> str:
    """The default ``QLocale``'s language if Deskmate speaks it, else "en".

    Whoever installs the translator (the OS language, or ``app.language``) should make that
    locale the default (``QLocale.setDefault``) so this agrees with the translated UI.
    """
    code = QLocale().name().split("_", 1)[0].lower()
    return code if code in UI_LANGUAGES else "en"
