"""Why a setting could not be changed, in the panel's language, from the error's kind.

The settings service's own text (a setting's name, an OS error, "must be at least 5") is
English for IT: it goes to the log, the person reads a sentence from this table.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.autostart import AutostartError
from desktop.message_ids import QT_TRANSLATE_NOOP
from desktop.settings import SettingLocked, SettingsWriteError
from desktop.settings_schema import InvalidReason, InvalidValue

log = logging.getLogger(__name__)
_CONTEXT = "SettingsErrorWords"
_INVALID = {
    InvalidReason.WRONG_KIND: QT_TRANSLATE_NOOP(
        "SettingsErrorWords", "This value is not the kind this setting takes."),
    InvalidReason.NOT_A_CHOICE: QT_TRANSLATE_NOOP(
        "SettingsErrorWords", "This value is not one of the choices this setting offers."),
    InvalidReason.TOO_SMALL: QT_TRANSLATE_NOOP(
        "SettingsErrorWords", "The value must be at least {0}."),
    InvalidReason.TOO_LARGE: QT_TRANSLATE_NOOP(
        "SettingsErrorWords", "The value must be at most {0}."),
    InvalidReason.BAD_FORMAT: QT_TRANSLATE_NOOP(
        "SettingsErrorWords", "This value is not written the way this setting expects."),
}
_LOCKED = QT_TRANSLATE_NOOP(
    "SettingsErrorWords", "IT has set this for you, so it cannot be changed here.")
_NOT_SAVED = QT_TRANSLATE_NOOP(
    "SettingsErrorWords", "Deskmate could not save your settings: the disk may be full or "
    "not writable.")
_AUTOSTART = QT_TRANSLATE_NOOP(
    "SettingsErrorWords", "Your computer did not accept the change to start at sign-in.")

SettingsError = SettingLocked | SettingsWriteError | InvalidValue | AutostartError


def settings_error_words(error: SettingsError) -> str:
    """One sentence for ``error``; its English text is logged for IT."""
    log.info("Setting not changed", extra={"error": str(error), "kind": type(error).__name__})
    if isinstance(error, InvalidValue):
        return _invalid_words(error)
    return QCoreApplication.translate(_CONTEXT, _source(error))


def _invalid_words(error: InvalidValue) -> str:
    words = QCoreApplication.translate(_CONTEXT, _INVALID[error.reason])
    if error.limit is None:
        return words
    return words.format(QLocale().toString(float(error.limit), "g", 12))


def _source(error: SettingLocked | SettingsWriteError | AutostartError) -> str:
    if isinstance(error, SettingLocked):
        return _LOCKED
    if isinstance(error, SettingsWriteError):
        return _NOT_SAVED
    return _AUTOSTART
