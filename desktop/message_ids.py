"""Texts a Qt-free service hands to the UI, marked so that the UI can translate them.

A service keeps its English words as message ids: ``QT_TRANSLATE_NOOP("DataInventory",
"Screenshot")`` returns the text unchanged, and `make update-translations` (pyside6-lupdate)
collects it under that context. The UI shows it with ``QCoreApplication.translate(context,
text)``; the CLI and tickets keep the English. No Qt here: only the marker's name matters.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  # the name lupdate knows
    """``text`` itself; lupdate files it under ``context`` for the UI to translate."""
    return text
