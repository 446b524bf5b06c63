"""Install, detect and launch command lines built as argv lists from checked catalogue fields.

Every value that reaches a command line is checked again here against a strict pattern
(defence in depth: the catalogue validator checks them first), and follows ``--`` wherever
the tool takes it (winget binds it to ``--id``). Nothing is ever passed through a shell.

Exceptions::

    InstallerError
    ├── UnsafeArgumentError        a field does not match its pattern
    └── MethodNotSupportedError    the method cannot run on this platform
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from desktop.catalogue.model import CatalogueApp, InstallMethod
from desktop.catalogue.patterns import PACKAGE_IDS, SILENT_ARGS

# The catalogue validator's own patterns, applied a second time as each command is built.
_PATTERNS = PACKAGE_IDS
_APP_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._+()-]{0,99}")
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_URL_CHARS = re.compile(r"[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]{1,2000}")

# WORKAROUND: osascript is the only OS prompt for admin rights on macOS; the script text is
# constant and the package path arrives as an argument, quoted by AppleScript itself.
# apt-get: abort any transaction that would remove a package, and never read a name as a
# regular expression (without it, "lib.+" selects hundreds of packages).
_APT_GUARDS = ("--no-remove", "-o", "APT::Cmd::Pattern-Only=true")

_OSASCRIPT_PKG = (
    "on run argv",
    'do shell script "/usr/sbin/installer -pkg " & quoted form of (item 1 of argv) '
    '& " -target /" with administrator privileges',
    "end run",
)


class InstallerError(Exception):
    """An install could not be prepared, started or finished."""


class UnsafeArgumentError(InstallerError):
    """A catalogue field does not match the strict pattern for its place on a command line."""


class MethodNotSupportedError(InstallerError):
    """The install method cannot run on this platform."""


@dataclass(frozen=True)
class Command:
    """One argv list, and the OS prompt (if any) it raises for admin rights."""

    argv: tuple[str, ...]
    elevation: str = "none"  # none | pkexec | osascript | uac


def platform_key(sys_platform: str = sys.platform) -> str:
    """The catalogue's platform key for a ``sys.platform`` value."""
    if sys_platform.startswith("win"):
        return "windows"
    return "macos" if sys_platform == "darwin" else "linux"


def check_package_id(method: str, value: str) -> str:
    """Return ``value`` if it is a safe package id for ``method``; else UnsafeArgumentError."""
    pattern = _PATTERNS.get(method)
    if pattern is None or not pattern.fullmatch(value):
        raise UnsafeArgumentError(f"{method} id {value!r} is not a valid package id")
    return value


def check_url(url: str) -> str:
    """An https URL (or http on this computer only, for tests), with no spaces or quotes."""
    parts = urlsplit(url)
    loopback = parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS
    if not _URL_CHARS.fullmatch(url) or not parts.hostname or (
        parts.scheme != "https" and not loopback
    ):
        raise UnsafeArgumentError(f"{url!r} is not an https address")
    return url


def check_silent_args(kind: str, args: Sequence[str]) -> tuple[str, ...]:
    """``args`` if each is a switch the ``kind`` installer takes; else UnsafeArgumentError."""
    pattern = SILENT_ARGS.get(kind)
    for arg in args:
        if pattern is None or not pattern.fullmatch(arg):
            raise UnsafeArgumentError(f"installer argument {arg!r} is not allowed")
    return tuple(args)


def check_app_name(name: str) -> str:
    if not _APP_NAME.fullmatch(name) or ".." in name:
        raise UnsafeArgumentError(f"app name {name!r} cannot be used to open the app")
    return name


def install_command(method: InstallMethod, downloaded: Path | None = None) -> Command:
    """The command that installs ``method``; download methods need the verified file."""
    kind = method.method
    if kind in _PATTERNS:
        return _package_install(kind, check_package_id(kind, method.value))
    if kind == "open_url":
        raise MethodNotSupportedError("a web app is opened, not installed")
    if downloaded is None or not downloaded.is_absolute():
        raise UnsafeArgumentError(f"{kind} needs the verified download as an absolute path")
    check_url(method.value)
    silent = check_silent_args(kind, method.silent_args)
    if kind == "msi":
        return Command(("msiexec", "/i", str(downloaded), "/qn", "/norestart", *silent), "uac")
    if kind == "exe":
        return Command((str(downloaded), *silent), "uac")
    if kind == "pkg":
        script = [part for line in _OSASCRIPT_PKG for part in ("-e", line)]
        return Command(("osascript", *script, str(downloaded)), "osascript")
    raise MethodNotSupportedError(f"unknown install method {kind!r}")


def _package_install(kind: str, package: str) -> Command:
    commands = {
        "winget": Command((
            "winget", "install", "--id", package, "--exact", "--silent",
            "--accept-package-agreements", "--accept-source-agreements",
            "--disable-interactivity",
        ), "uac"),
        "brew": Command(("brew", "install", "--", package)),
        "brew_cask": Command(("brew", "install", "--cask", "--", package)),
        "flatpak": Command((
            "flatpak", "install", "--user", "-y", "--noninteractive", "--", "flathub", package,
        )),
        "apt": Command(
            ("pkexec", "apt-get", "install", "-y", *_APT_GUARDS, "--", package), "pkexec"),
        "snap": Command(("snap", "install", "--", package)),
    }
    return commands[kind]


def update_command(method: InstallMethod, downloaded: Path | None = None) -> Command:
    """The command that brings an installed app up to date (downloads simply reinstall)."""
    kind = method.method
    if kind not in _PATTERNS:
        return install_command(method, downloaded)
    package = check_package_id(kind, method.value)
    commands = {
        "winget": Command((
            "winget", "upgrade", "--id", package, "--exact", "--silent",
            "--accept-package-agreements", "--accept-source-agreements",
            "--disable-interactivity",
        ), "uac"),
        "brew": Command(("brew", "upgrade", "--", package)),
        "brew_cask": Command(("brew", "upgrade", "--cask", "--", package)),
        "flatpak": Command(
            ("flatpak", "update", "--user", "-y", "--noninteractive", "--", package)),
        "apt": Command(("pkexec", "apt-get", "install", "--only-upgrade", "-y", *_APT_GUARDS,
                        "--", package), "pkexec"),
        "snap": Command(("snap", "refresh", "--", package)),
    }
    return commands[kind]


def opener_command(url: str, platform: str) -> Command:
    """Open an address with the operating system's own opener."""
    check_url(url)
    opener = {"windows": "explorer", "macos": "open"}.get(platform, "xdg-open")
    return Command((opener, url))


def launch_command(app: CatalogueApp, method: InstallMethod, platform: str) -> Command | None:
    """How to start an installed app, or None where the OS gives no reliable way."""
    if method.method == "open_url":
        return opener_command(method.value, platform)
    if method.method == "flatpak":
        return Command(("flatpak", "run", check_package_id("flatpak", method.value)))
    if method.method == "snap":
        return Command(("snap", "run", check_package_id("snap", method.value)))
    if platform == "macos" and method.method in ("brew_cask", "pkg"):
        return Command(("open", "-a", check_app_name(app.name)))
    return None
