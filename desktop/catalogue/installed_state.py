"""Whether a catalogue app is on this computer, asked of the package manager that installs it."""

from __future__ import annotations

import importlib
import logging
import os
import subprocess
import threading
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from desktop.catalogue.installed_versions import VERSION_METHODS, installed_version
from desktop.catalogue.installer_commands import (
    InstallerError,
    check_app_name,
    check_package_id,
)
from desktop.catalogue.installer_process import ProcessOutcome, ProcessRunner, ToolMissingError
from desktop.catalogue.model import CatalogueApp, InstallMethod

log = logging.getLogger(__name__)
_UNINSTALL_KEY = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"
_UNINSTALL_WOW = r"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall"


class InstallState(StrEnum):
    NOT_INSTALLED = "not_installed"
    INSTALLED = "installed"
    UPDATE_AVAILABLE = "update_available"
    ONLINE = "online"  # a web app: nothing to install, it opens in the browser
    UNAVAILABLE = "unavailable"  # no install method for this platform
    NO_TOOL = "no_tool"  # a method for this platform, but its installer is not on this computer
    UNKNOWN = "unknown"


# Required apps not here, and whether Install can work here (False: no method or no installer).
_MISSING = {InstallState.NOT_INSTALLED: True, InstallState.NO_TOOL: False,
            InstallState.UNAVAILABLE: False}


def required_missing(apps: Iterable[CatalogueApp], state_of: Callable[[str], InstallState | None]
                     ) -> tuple[tuple[CatalogueApp, bool], ...]:
    """Required apps known not to be here (``state_of`` their id), each with whether Install
    can work here."""
    return tuple((app, _MISSING[state]) for app in apps
                 if app.required and (state := state_of(app.id)) in _MISSING)


# The programs each package method runs to install; without them it cannot run here.
INSTALL_TOOLS: dict[str, tuple[str, ...]] = {
    "winget": ("winget",), "brew": ("brew",), "brew_cask": ("brew",), "flatpak": ("flatpak",),
    "apt": ("pkexec", "apt-get"), "snap": ("snap",),
}


_PRESENT = frozenset({InstallState.INSTALLED, InstallState.UPDATE_AVAILABLE})


class UninstallRegistry(Protocol):
    def display_names(self) -> Iterable[str]:
        """DisplayName of every entry under the Windows uninstall keys."""


class WinregUninstallRegistry:
    """Reads HKLM (both views) and HKCU uninstall keys through ``winreg`` on Windows."""

    def display_names(self) -> Iterable[str]:
        if os.name != "nt":  # os.name keeps mypy checking this body on every OS
            return ()
        # Imported by name: typeshed only knows winreg's members when checking for Windows.
        winreg: Any = importlib.import_module("winreg")
        names: list[str] = []
        roots = (
            (winreg.HKEY_LOCAL_MACHINE, _UNINSTALL_KEY),
            (winreg.HKEY_LOCAL_MACHINE, _UNINSTALL_WOW),
            (winreg.HKEY_CURRENT_USER, _UNINSTALL_KEY),
        )
        for hive, path in roots:
            try:
                with winreg.OpenKey(hive, path) as key:
                    names.extend(_subkey_names(winreg, key))
            except OSError:
                continue
        return names


def _subkey_names(winreg: Any, key: Any) -> list[str]:
    found: list[str] = []
    for i in range(winreg.QueryInfoKey(key)[0]):
        try:
            with winreg.OpenKey(key, winreg.EnumKey(key, i)) as sub:
                found.append(str(winreg.QueryValueEx(sub, "DisplayName")[0]))
        except OSError:
            continue
    return found


class StateDetector:
    """Detects installed state per method; every query runs a real, argv-only command."""

    def __init__(
        self,
        platform: str,
        runner: ProcessRunner | None = None,
        registry: UninstallRegistry | None = None,
        applications_root: Path = Path("/Applications"),
    ) -> None:
        self._platform = platform
        self._runner = runner or ProcessRunner()
        self._registry = registry or WinregUninstallRegistry()
        self._applications = applications_root
        self._local = threading.local()  # a per-thread query cache during detect_all

    @property
    def platform(self) -> str:
        """The platform key (``linux``…) whose install methods this computer uses."""
        return self._platform

    def detect(self, app: CatalogueApp) -> InstallState:
        """The app's state here; NO_TOOL when its installer is missing, UNKNOWN when the
        package manager says nothing useful."""
        method = app.method_for(self._platform)
        if method is None:
            return InstallState.UNAVAILABLE
        if method.method == "open_url":
            return InstallState.ONLINE
        if not self._tools_present(method):
            return InstallState.NO_TOOL
        try:
            return self._detect(app, method)
        except (InstallerError, OSError, subprocess.SubprocessError) as exc:
            log.info("Install state unknown", extra={"app": app.id, "reason": str(exc)})
            return InstallState.UNKNOWN

    def _tools_present(self, method: InstallMethod) -> bool:
        try:
            for program in INSTALL_TOOLS.get(method.method, ()):
                self._runner.resolve(program)
        except ToolMissingError:
            return False
        return True

    def detect_all(self, apps: Iterable[CatalogueApp]) -> dict[str, InstallState]:
        """States of many apps; a query shared by several (``flatpak list``) runs once."""
        self._local.cache = {}
        try:
            return {app.id: self.detect(app) for app in apps}
        finally:
            self._local.cache = None

    def survey(self, apps: Iterable[CatalogueApp]
               ) -> tuple[dict[str, InstallState], dict[str, str]]:
        """States of many apps and, for those installed through a package manager, the
        version it reports; the queries detection ran are not run again."""
        self._local.cache = {}
        try:
            states = {app.id: self.detect(app) for app in apps}
            return states, {app.id: version for app in apps
                            if states[app.id] in _PRESENT and (version := self.version(app))}
        finally:
            self._local.cache = None

    def version(self, app: CatalogueApp) -> str:
        """The installed version the package manager reports ("" where it does not say)."""
        method = app.method_for(self._platform)
        if method is None or method.method not in VERSION_METHODS:
            return ""
        try:
            return installed_version(self._run, method.method,
                                     check_package_id(method.method, method.value))
        except (InstallerError, OSError, subprocess.SubprocessError) as exc:
            log.info("Installed version unknown", extra={"app": app.id, "reason": str(exc)})
            return ""

    def _detect(self, app: CatalogueApp, method: InstallMethod) -> InstallState:
        kind = method.method
        if kind in ("msi", "exe"):
            return self._by_registry(app.name)
        if kind == "pkg":
            return self._by_applications(app.name)
        package = check_package_id(kind, method.value)
        detectors = {
            "winget": self._winget, "brew": self._brew, "brew_cask": self._brew,
            "flatpak": self._flatpak, "apt": self._dpkg, "snap": self._snap,
        }
        return detectors[kind](kind, package)

    def _run(self, argv: list[str]) -> ProcessOutcome:
        cache: dict[tuple[str, ...], ProcessOutcome] | None = getattr(self._local, "cache", None)
        if cache is None:
            return self._runner.capture(argv)
        key = tuple(argv)
        if key not in cache:
            cache[key] = self._runner.capture(argv)
        return cache[key]

    def _winget(self, _kind: str, package: str) -> InstallState:
        out = self._run(["winget", "list", "--id", package, "--exact",
                         "--accept-source-agreements", "--disable-interactivity"])
        rows = [line for line in out.output.splitlines() if package.lower() in line.lower()]
        if out.returncode != 0 or not rows:
            return InstallState.NOT_INSTALLED
        # winget adds the "Available" column only when an upgrade exists.
        if any(line.split()[:1] == ["Name"] and "Available" in line.split()
               for line in out.output.splitlines()):
            return InstallState.UPDATE_AVAILABLE
        return InstallState.INSTALLED

    def _brew(self, kind: str, package: str) -> InstallState:
        cask = ["--cask"] if kind == "brew_cask" else []
        if self._run(["brew", "list", *cask, "--", package]).returncode != 0:
            return InstallState.NOT_INSTALLED
        outdated = self._run(["brew", "outdated", "--quiet", *cask, "--", package])
        short = package.rsplit("/", 1)[-1]
        if short in outdated.output.split():
            return InstallState.UPDATE_AVAILABLE
        return InstallState.INSTALLED

    def _flatpak(self, _kind: str, package: str) -> InstallState:
        out = self._run(["flatpak", "list", "--app", "--columns=application"])
        if out.returncode != 0:
            return InstallState.UNKNOWN
        installed = package in (line.strip() for line in out.output.splitlines())
        return InstallState.INSTALLED if installed else InstallState.NOT_INSTALLED

    def _dpkg(self, _kind: str, package: str) -> InstallState:
        out = self._run(["dpkg-query", "-W", "-f=${Status}", "--", package])
        if out.returncode == 0 and out.output.strip().endswith(" installed"):
            return InstallState.INSTALLED
        return InstallState.NOT_INSTALLED

    def _snap(self, _kind: str, package: str) -> InstallState:
        out = self._run(["snap", "list", "--", package])
        return InstallState.INSTALLED if out.returncode == 0 else InstallState.NOT_INSTALLED

    def _by_registry(self, name: str) -> InstallState:
        wanted = name.casefold()
        for display in self._registry.display_names():
            if display.casefold().startswith(wanted):
                return InstallState.INSTALLED
        return InstallState.NOT_INSTALLED

    def _by_applications(self, name: str) -> InstallState:
        bundle = self._applications / f"{check_app_name(name)}.app"
        return InstallState.INSTALLED if bundle.is_dir() else InstallState.NOT_INSTALLED
