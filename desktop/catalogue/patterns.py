"""Strict patterns for every identifier and argument a catalogue may carry."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Each pattern starts with a letter or digit, so no value can pass as a command-line option,
# and none admits whitespace, quotes or shell metacharacters.
APP_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
PACKAGE_IDS: dict[str, re.Pattern[str]] = {
    "winget": re.compile(r"[A-Za-z0-9][A-Za-z0-9.+_-]{0,127}"),
    "brew": re.compile(r"[a-z0-9][a-z0-9.+@_-]{0,63}(?:/[a-z0-9][a-z0-9.+@_-]{0,63}){0,2}"),
    "brew_cask": re.compile(r"[a-z0-9][a-z0-9.+@_-]{0,63}(?:/[a-z0-9][a-z0-9.+@_-]{0,63}){0,2}"),
    "flatpak": re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}(?:\.[A-Za-z0-9_-]{1,63}){2,8}"),
    "apt": re.compile(r"[a-z0-9][a-z0-9+.-]{1,127}"),
    "snap": re.compile(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?"),
}
SHA256 = re.compile(r"[0-9a-f]{64}")
# Windows installer switches (/qn, /S, --silent, /VERYSILENT) and MSI properties (ALLUSERS=1).
SILENT_ARG = re.compile(
    r"(?:[/-]{1,2}[A-Za-z0-9?][A-Za-z0-9_.:=+-]{0,63}|[A-Z][A-Z0-9_]{0,63}=[A-Za-z0-9_.:+-]{0,128})"
)
CLASSIFICATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _-]{0,39}")
PROCESS_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._+()-]{0,63}")
ANNOUNCEMENT_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
_URL_CHARS = re.compile(r"https://[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+")


def is_https_url(value: str) -> bool:
    """An absolute https URL with a host and no whitespace, quotes or backslashes."""
    if len(value) > 2048 or not _URL_CHARS.fullmatch(value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme == "https" and bool(parts.hostname)
