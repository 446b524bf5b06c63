"""Why a click on a request did not work, in words: the one table My requests, Get help and
the sent-payload viewer share, so no failure reaches a person as a key or a Python message."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.helpdesk.connector import ConnectorError
from desktop.helpdesk.outbox import OutboxError, PayloadPurgedError, UnknownRequestError
from desktop.helpdesk.request_form import InvalidRequestError
from ui.failure_words import failure_words

log = logging.getLogger(__name__)


def request_error_words(error: BaseException) -> str:
    """The sentence to show for ``error``; an unexpected one is logged with its traceback."""
    if isinstance(error, UnknownRequestError):  # its text is only the key
        return QCoreApplication.translate(
            "RequestErrorWords", "Deskmate no longer has this request: it may have been removed "
            "from the list. Refresh My requests and try again.")
    if isinstance(error, PayloadPurgedError):
        return QCoreApplication.translate(
            "RequestErrorWords", "Its content was removed after its keeping period.")
    if isinstance(error, ConnectorError):
        log.info("Request action failed", extra={"reason": str(error), "kind": error.kind})
        return failure_words(error.kind)
    if isinstance(error, InvalidRequestError):
        return invalid_request_words(error)
    if isinstance(error, OutboxError):
        return str(error)  # written for people where it is raised
    log.error("Unexpected failure of a request action", exc_info=error)
    return QCoreApplication.translate(
        "RequestErrorWords", "Something went wrong inside Deskmate; the details are in "
        "Deskmate's log. Try again, and tell IT if it keeps happening.")


def invalid_request_words(error: InvalidRequestError) -> str:
    """What to fill in on the form, in the panel's language (numbers as the locale writes them)."""
    values = {name: QLocale().toString(value) if isinstance(value, int) else value
              for name, value in error.values.items()}
    return QCoreApplication.translate("RequestForm", error.message_id).format(**values)
