"""Why a task on the runner did not finish, in the panel's language, by the error's kind.

The exception's own text is English for IT: it goes to the log with its traceback, and the
person reads only what kind of trouble it was (the tray's background message, Get help's
context gathering).
"""

from __future__ import annotations

import errno
import logging
import socket

from PySide6.QtCore import QCoreApplication

from desktop.message_ids import QT_TRANSLATE_NOOP
from desktop.network.errors import NetworkError
from desktop.shell.process_runner import WorkerError

log = logging.getLogger(__name__)
_CONTEXT = "TaskErrorWords"
_NETWORK = QT_TRANSLATE_NOOP(
    "TaskErrorWords", "The network could not be reached.")
_DISK = QT_TRANSLATE_NOOP(
    "TaskErrorWords", "The disk is full or cannot be written to. Free some space, "
    "then try again.")
_PERMISSION = QT_TRANSLATE_NOOP(
    "TaskErrorWords", "Deskmate was not allowed to open or change a file it needs.")
_WORKER = QT_TRANSLATE_NOOP(
    "TaskErrorWords", "A helper process of Deskmate stopped before it finished.")
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "TaskErrorWords", "Something unexpected went wrong; the details are in Deskmate's "
    "log. Tell IT if it keeps happening.")
_DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO})
_NETWORK_TYPES = (NetworkError, ConnectionError, TimeoutError, socket.gaierror)


def task_error_words(error: BaseException) -> str:
    """One sentence for ``error`` without its English text (that is in the log)."""
    return QCoreApplication.translate(_CONTEXT, _source(error))


def _source(error: BaseException) -> str:
    if isinstance(error, WorkerError):
        return _WORKER
    if isinstance(error, _NETWORK_TYPES):
        return _NETWORK
    if isinstance(error, PermissionError):
        return _PERMISSION
    if isinstance(error, OSError) and error.errno in _DISK_ERRNOS:
        return _DISK
    return _UNEXPECTED
