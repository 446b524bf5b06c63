"""Why a request was not delivered, in the panel's language, from the connector's FailureKind.

The connector's English message stays beside it for IT (the tooltip, the CLI, the log).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.helpdesk.connector import FailureKind
from desktop.message_ids import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
_CONTEXT = "FailureWords"
_WORDS = {
    FailureKind.UNREACHABLE: QT_TRANSLATE_NOOP(
        "FailureWords", "The helpdesk cannot be reached right now."),
    FailureKind.TIMEOUT: QT_TRANSLATE_NOOP("FailureWords", "The helpdesk did not answer in time."),
    FailureKind.INSECURE: QT_TRANSLATE_NOOP(
        "FailureWords", "The secure connection to the helpdesk failed."),
    FailureKind.BUSY: QT_TRANSLATE_NOOP("FailureWords", "The helpdesk is busy or unavailable."),
    FailureKind.REFUSED: QT_TRANSLATE_NOOP("FailureWords", "The helpdesk refused the request."),
    FailureKind.SIGN_IN: QT_TRANSLATE_NOOP(
        "FailureWords", "The helpdesk refused Deskmate's sign-in; IT must check it."),
    FailureKind.NOT_SET_UP: QT_TRANSLATE_NOOP(
        "FailureWords", "The helpdesk is not set up correctly; IT must fix it."),
    FailureKind.SECRET: QT_TRANSLATE_NOOP(
        "FailureWords", "The helpdesk's password or token is missing on this computer."),
    FailureKind.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "FailureWords", "The helpdesk sent an answer Deskmate cannot read."),
    FailureKind.TEMPORARY: QT_TRANSLATE_NOOP(
        "FailureWords", "The request could not be delivered this time."),
    FailureKind.UNEXPECTED: QT_TRANSLATE_NOOP(
        "FailureWords", "Something went wrong inside Deskmate while sending."),
}
_UNKNOWN = QT_TRANSLATE_NOOP("FailureWords", "The request could not be delivered.")


def failure_words(kind: FailureKind | None) -> str:
    """One sentence for ``kind`` (None: a request queued by an older version)."""
    return QCoreApplication.translate(_CONTEXT, _WORDS.get(kind, _UNKNOWN) if kind else _UNKNOWN)
