"""Uncaught exceptions are logged at CRITICAL and shown once; Qt's warnings go to logging."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

ShowCrash = Callable[[str], object]

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class CrashHandler:
    """Installs itself as ``sys.excepthook``; the dialog is shown for the first crash only."""

    def __init__(self, show: ShowCrash) -> None:
        self._show = show
        self._shown = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("Uncaught exception", exc_info=(kind, value, tb))
        if self._shown:
            return
        self._shown = True
        try:
            self._show(details)
        except Exception:  # the dialog itself must never take the app down
            log.exception("Crash dialog failed")


def route_qt_messages() -> Any:
    """Send Qt's own messages into Python logging under the ``qt`` logger; returns the
    handler it replaced."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(
            _QT_LEVELS.get(kind, logging.WARNING),
            "%s",
            message,
            extra={"qt_category": context.category or ""},
        )

    return qInstallMessageHandler(handler)
