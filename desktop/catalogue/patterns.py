"""Strict patterns for every identifier and argument a catalogue may carry."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Each pattern starts with a letter or digit, so no value can pass as a command-line option,
# and none admits whitespace, quotes or shell metacharacters. Package names follow each
# manager's own grammar, minus every form the manager reads as something other than one
# package name (removal, a version, a release, a file or URL to load).
APP_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_WINGET_SEGMENT = r"[A-Za-z0-9][A-Za-z0-9+_-]{0,31}"
_BREW_NAME = r"[a-z0-9][a-z0-9+_.@-]{0,99}(?<!\.rb)"
_BREW_TAP = r"[A-Za-z0-9][A-Za-z0-9_-]{0,38}/[A-Za-z0-9][A-Za-z0-9_-]{0,99}/"
_CASK_TOKEN = r"[a-z0-9][a-z0-9_-]{0,99}(?:@[a-z0-9][a-z0-9._-]{0,39})?(?<!\.rb)"
PACKAGE_IDS: dict[str, re.Pattern[str]] = {
    # winget manifest schema PackageIdentifier: 2-8 dot-separated segments, 128 at most.
    "winget": re.compile(rf"(?=.{{3,128}}\Z){_WINGET_SEGMENT}(?:\.{_WINGET_SEGMENT}){{1,7}}"),
    # Homebrew HOMEBREW_TAP_FORMULA_REGEX: name or user/repo/name; "x.rb" loads a Ruby file.
    "brew": re.compile(rf"(?:{_BREW_TAP})?{_BREW_NAME}"),
    # Cask tokens: lower-case letters, digits and hyphens, '@' for a variant (firefox@esr).
    "brew_cask": re.compile(rf"(?:{_BREW_TAP})?{_CASK_TOKEN}"),
    # flatpak_is_valid_name: 3+ elements of [A-Za-z0-9_] not starting with a digit, '-' only
    # in the last element, 255 at most; "/" would make it a ref naming another branch.
    "flatpak": re.compile(
        r"(?=.{5,255}\Z)[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+"
        r"\.[A-Za-z_][A-Za-z0-9_-]*"
    ),
    # Debian Policy 5.6.1 [a-z0-9][a-z0-9+.-]+; apt-get reads a trailing "-" as remove and
    # "=", "/", ":" as version, release and architecture. A trailing "+" stays (g++ exists;
    # apt tries the full name first, and "+" would only mean install).
    "apt": re.compile(r"[a-z0-9][a-z0-9+.-]{0,126}[a-z0-9+]"),
    # snapd validSnapName, 2-40 characters; written without nested repeats (no backtracking).
    "snap": re.compile(r"(?=[a-z0-9-]{2,40}\Z)(?=[0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*"),
}
SHA256 = re.compile(r"[0-9a-f]{64}")
_MSI_PROPERTY = r"[A-Z][A-Z0-9_]{0,63}=[A-Za-z0-9_.:+-]{0,128}"
# Windows installer switches (/qn, /S, --silent, /VERYSILENT) and MSI properties (ALLUSERS=1).
SILENT_ARG = re.compile(rf"(?:[/-]{{1,2}}[A-Za-z0-9?][A-Za-z0-9_.:=+-]{{0,63}}|{_MSI_PROPERTY})")
# msiexec after "/i FILE": display and restart options and public properties only; /x, /a,
# /f, /p, /j, /update, /package or /uninstall would change the action, /l writes a file.
MSI_ARG = re.compile(
    rf"(?:[/-](?i:q[nbrf]?|quiet|passive|norestart|forcerestart|promptrestart)|{_MSI_PROPERTY})"
)
SILENT_ARGS: dict[str, re.Pattern[str]] = {"msi": MSI_ARG, "exe": SILENT_ARG}
CLASSIFICATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _-]{0,39}")
PROCESS_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._+()-]{0,63}")
# An icon target: "icons/firefox.svg" (one optional folder); no "..", no absolute path.
ICON_TARGET = re.compile(r"(?:[a-z0-9][a-z0-9_-]{0,63}/)?[a-z0-9][a-z0-9._-]{0,63}\.(?:svg|png)")
# A version as publishers write it: "128.0.3", "2024.2 LTS", "1.4.2-beta+45" (shown, never run).
VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .+~:_()-]{0,39}")
# An app's download size in bytes: at least one byte, at most 1 TB.
MAX_APP_SIZE = 10**12
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
