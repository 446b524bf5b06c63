"""Is the configured helpdesk reachable from here? A cheap probe for the Health page."""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path
from urllib.parse import urlsplit

import requests

from desktop.settings import Settings
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)
TIMEOUT_S = 3.0


def helpdesk_reachable(settings: Settings, session: requests.Session, drop_folder: Path) -> bool:
    """File drop: the folder is writable. E-mail: the SMTP port accepts a connection. Any
    other connector: its URL answers HTTP at all (any status; even 401 means it is there)."""
    connector = settings.value(keys.CONNECTOR)
    if connector == "file":
        return _writable(drop_folder)
    if connector == "email":
        return _tcp(settings.value(keys.EMAIL_HOST), settings.value(keys.EMAIL_PORT))
    url = settings.value_of_name(f"helpdesk.{connector}.url")
    return bool(url) and _http(session, str(url))


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _tcp(host: str, port: int) -> bool:
    if not host:
        return False
    try:
        with socket.create_connection((host, port), timeout=TIMEOUT_S):
            return True
    except OSError:
        return False


def _http(session: requests.Session, url: str) -> bool:
    parts = urlsplit(url)
    try:
        session.head(f"{parts.scheme}://{parts.netloc}/", timeout=TIMEOUT_S, allow_redirects=False)
    except requests.RequestException as exc:
        log.info("Helpdesk not reachable", extra={"error": type(exc).__name__})
        return False
    return True
