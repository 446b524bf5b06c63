"""Is the configured helpdesk reachable from here? A cheap probe for the Health page.

The HTTP probe is one HEAD through :class:`desktop.network.client.NetworkClient` with an
overall deadline of ``TIMEOUT_S``: a peer trickling its answer counts as unreachable.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.network.call_record import CallRecorder, raw_record
from desktop.network.errors import NetworkError, Redirected
from desktop.settings import Settings

if TYPE_CHECKING:  # requests loads only when the probe runs
    from collections.abc import Callable

    import requests
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)
TIMEOUT_S = 3.0


def helpdesk_reachable(settings: Settings, session: Callable[[], requests.Session],
                       drop_folder: Path, timeout: float = TIMEOUT_S,
                       recorder: CallRecorder | None = None) -> bool:
    """File drop: the folder is writable. E-mail: the SMTP port accepts a connection. Any
    other connector: its URL answers HTTP at all (any status; even 401 means it is there).
    ``session`` is called only for that last one, so the others never load requests (its
    calls are recorded by the session itself); ``recorder`` records the SMTP probe."""
    connector = settings.value(keys.CONNECTOR)
    if connector == "file":
        return _writable(drop_folder)
    if connector == "email":
        return _tcp(settings.value(keys.EMAIL_HOST), settings.value(keys.EMAIL_PORT), timeout,
                    recorder)
    url_setting = keys.URLS.get(connector)
    url = settings.value(url_setting) if url_setting else ""
    return bool(url) and _http(session, timeout, url)


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _tcp(host: str, port: int, timeout: float, recorder: CallRecorder | None) -> bool:
    if not host:
        return False
    started, result = time.monotonic(), "connected"
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError as exc:
        result = type(exc).__name__
        return False
    finally:
        if recorder is not None:
            recorder(raw_record("reachability", "TCP", host, port, result, started))


def _http(session: Callable[[], requests.Session], timeout: float, url: str) -> bool:
    from desktop.network.client import Limits, NetworkClient

    client = NetworkClient(session(), timeout)
    parts = urlsplit(url)
    try:
        client.fetch("reachability", "HEAD", f"{parts.scheme}://{parts.netloc}/",
                     Limits(client.timeout, 0))
    except Redirected:
        return True  # an answer all the same: the server is there
    except NetworkError as exc:
        log.info("Helpdesk not reachable", extra={"error": type(exc).__name__})
        return False
    return True
