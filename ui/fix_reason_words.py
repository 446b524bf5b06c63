"""Why a fix cannot run here, in the panel's language, from the fix's machine word.

diagnostics/ stays Qt-free: its FixError carries a short English word ("nothing to delete");
this table words each one for people, and an unknown word gets a general sentence.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.message_ids import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
_CONTEXT = "FixReasonWords"
_WORDS = {
    "nothing to delete": QT_TRANSLATE_NOOP(
        "FixReasonWords", "There is nothing to delete: the files are already gone."),
    "no DNS cache": QT_TRANSLATE_NOOP(
        "FixReasonWords", "This computer keeps no name cache that Deskmate can empty."),
    "no settings app": QT_TRANSLATE_NOOP(
        "FixReasonWords", "Deskmate cannot open that settings page on this computer."),
    "no program to close": QT_TRANSLATE_NOOP(
        "FixReasonWords", "No program is keeping the processor busy any more."),
    "not one of your programs": QT_TRANSLATE_NOOP(
        "FixReasonWords", "That program is not one of yours, so Deskmate may not close it."),
    "process gone": QT_TRANSLATE_NOOP("FixReasonWords", "That program has already closed."),
}
_UNKNOWN = QT_TRANSLATE_NOOP("FixReasonWords", "Deskmate could not find anything to do here.")


def fix_reason_words(reason: str) -> str:
    """One sentence for a FixError's ``reason`` (its text)."""
    text = _WORDS.get(reason)
    if text is None:
        log.info("Fix reason without words", extra={"reason": reason})
        text = _UNKNOWN
    return QCoreApplication.translate(_CONTEXT, text)
