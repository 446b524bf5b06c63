"""Managed policy sources: a TOML file, the Windows registry, or macOS managed preferences.

Errors raised here never escape :func:`load_policy`; problems are returned as text so the
app can log them and carry on with the keys that were readable. ``DESKMATE_POLICY`` names a
TOML file for pilots and tests; where IT has a system policy it counts only if that policy
says ``policy.allow_override = true``, so nobody can swap IT's locks for their own.
"""

from __future__ import annotations

import logging
import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from desktop import APP_NAME, BUNDLE_ID
from desktop.settings_defs.core import POLICY_ALLOW_OVERRIDE
from desktop.settings_schema import MAX_NESTING, InvalidValue, flatten, too_deep_problems
from desktop.toml_file import load_toml

log = logging.getLogger(__name__)

LINUX_POLICY_FILE = Path("/etc/deskmate/policy.toml")
MACOS_POLICY_FILE = Path(f"/Library/Managed Preferences/{BUNDLE_ID}.plist")
WINDOWS_POLICY_KEY = rf"SOFTWARE\Policies\{APP_NAME}"
POLICY_ENV = "DESKMATE_POLICY"


@dataclass(frozen=True)
class PolicyLoad:
    """Dotted-name values read from one source, where they came from, and what was wrong."""

    values: Mapping[str, Any] = field(default_factory=dict)
    origin: str = ""
    problems: tuple[str, ...] = ()
    found: bool = False  # the source exists, even if empty or unreadable


class PolicySource(Protocol):
    def load(self) -> PolicyLoad: ...


@dataclass(frozen=True)
class TomlPolicyFile:
    """``/etc/deskmate/policy.toml`` or the file named by ``DESKMATE_POLICY``."""

    path: Path

    def load(self) -> PolicyLoad:
        origin = str(self.path)
        try:
            tree, deep = load_toml(self.path)
        except FileNotFoundError:
            return PolicyLoad(origin=origin)
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            return _unreadable(origin, exc)
        return _flattened(tree, origin, deep)


@dataclass(frozen=True)
class MacManagedPreferences:
    """A configuration profile's payload, as macOS writes it under Managed Preferences."""

    path: Path = MACOS_POLICY_FILE

    def load(self) -> PolicyLoad:
        import plistlib  # macOS only: elsewhere it would stay loaded all day for nothing

        origin = str(self.path)
        try:
            with self.path.open("rb") as handle:
                data = plistlib.load(handle)
        except FileNotFoundError:
            return PolicyLoad(origin=origin)
        except (OSError, plistlib.InvalidFileException, ValueError, RecursionError) as exc:
            return _unreadable(origin, exc)
        if not isinstance(data, dict):
            return PolicyLoad(origin=origin, problems=(f"{origin}: top level is not a dictionary",),
                              found=True)
        return _flattened(data, origin)


def _flattened(tree: Mapping[str, Any], origin: str, problems: tuple[str, ...] = ()) -> PolicyLoad:
    values, too_deep = flatten(tree)
    return PolicyLoad(values, origin, (*problems, *too_deep_problems(origin, too_deep)), True)


def _unreadable(origin: str, exc: Exception) -> PolicyLoad:
    return PolicyLoad(origin=origin, problems=(f"{origin}: cannot read policy: {exc}",), found=True)


class _WinReg(Protocol):
    """The part of :mod:`winreg` this module uses, so tests can pass a fake."""

    HKEY_LOCAL_MACHINE: int

    def OpenKey(self, key: Any, sub_key: str) -> Any: ...  # noqa: N802 - winreg's name
    def EnumKey(self, key: Any, index: int) -> str: ...  # noqa: N802 - winreg's name
    def EnumValue(self, key: Any, index: int) -> tuple[str, Any, int]: ...  # noqa: N802


@dataclass(frozen=True)
class WindowsRegistryPolicy:
    """``HKLM\\SOFTWARE\\Policies\\Deskmate``: sub-keys are tables, values are settings.

    ``catalogue.url`` lives in the value ``url`` of the sub-key ``catalogue``; a value whose
    name holds dots (``catalogue.url``) directly under the root key works as well, which is
    what ADMX templates write.
    """

    winreg: _WinReg

    def load(self) -> PolicyLoad:
        origin = rf"HKLM\{WINDOWS_POLICY_KEY}"
        try:
            root = self.winreg.OpenKey(self.winreg.HKEY_LOCAL_MACHINE, WINDOWS_POLICY_KEY)
        except OSError:
            return PolicyLoad(origin=origin)
        try:
            values, too_deep = self._read(root)
        except OSError as exc:
            return _unreadable(origin, exc)
        return PolicyLoad(values, origin, too_deep_problems(origin, too_deep), found=True)

    def _read(self, root: Any) -> tuple[dict[str, Any], tuple[str, ...]]:
        """Values under ``root`` by dotted name; sub-keys past MAX_NESTING are left out.
        Iterative, so a registry nested thousands deep cannot raise RecursionError."""
        values: dict[str, Any] = {}
        too_deep: list[str] = []
        stack: list[tuple[Any, str, int]] = [(root, "", 0)]
        while stack:
            key, prefix, level = stack.pop()
            if level > MAX_NESTING:
                too_deep.append(prefix.rstrip("."))
                continue
            for name, data in self._values(key):
                values[f"{prefix}{name}"] = data
            for sub in self._subkeys(key):
                stack.append((self.winreg.OpenKey(key, sub), f"{prefix}{sub}.", level + 1))
        return values, tuple(too_deep)

    def _values(self, key: Any) -> list[tuple[str, Any]]:
        found: list[tuple[str, Any]] = []
        index = 0
        while True:
            try:
                name, data, _kind = self.winreg.EnumValue(key, index)
            except OSError:
                return found
            found.append((name, data))
            index += 1

    def _subkeys(self, key: Any) -> list[str]:
        found: list[str] = []
        index = 0
        while True:
            try:
                found.append(self.winreg.EnumKey(key, index))
            except OSError:
                return found
            index += 1


@dataclass(frozen=True)
class OverridablePolicy:
    """IT's system policy, replaced by the ``DESKMATE_POLICY`` file only where there is no
    system policy or it sets ``policy.allow_override = true``."""

    system: PolicySource
    override: PolicySource

    def load(self) -> PolicyLoad:
        system = self.system.load()
        if not system.found:
            return self.override.load()
        if _allows_override(system):
            log.info("Policy replaced by DESKMATE_POLICY, as the system policy allows",
                     extra={"origin": system.origin})
            return self.override.load()
        log.warning("DESKMATE_POLICY ignored: the system policy does not allow an override",
                    extra={"origin": system.origin})
        return system


def _allows_override(system: PolicyLoad) -> bool:
    try:
        return POLICY_ALLOW_OVERRIDE.coerce(
            system.values.get(POLICY_ALLOW_OVERRIDE.name, False)) is True
    except InvalidValue:
        return False


def system_policy_source(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    linux_file: Path = LINUX_POLICY_FILE,
    mac_file: Path = MACOS_POLICY_FILE,
    winreg: _WinReg | None = None,
) -> PolicySource:
    """The policy source for this machine, honouring ``DESKMATE_POLICY=FILE`` only as
    :class:`OverridablePolicy` allows. The paths and ``winreg`` are there for tests."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    system = _platform_source(platform, linux_file, mac_file, winreg)
    if environ.get(POLICY_ENV):
        return OverridablePolicy(system, TomlPolicyFile(Path(environ[POLICY_ENV])))
    return system


def _platform_source(
    platform: str, linux_file: Path, mac_file: Path, winreg: _WinReg | None
) -> PolicySource:
    if platform == "win32":
        return WindowsRegistryPolicy(winreg or _system_winreg())
    if platform == "darwin":
        return MacManagedPreferences(mac_file)
    return TomlPolicyFile(linux_file)


def _system_winreg() -> _WinReg:  # pragma: no cover - exercised on Windows
    import winreg

    return winreg  # type: ignore[return-value]  # typeshed's module vs our Protocol


def load_policy(source: PolicySource) -> PolicyLoad:
    """Read a policy; whatever goes wrong becomes a problem line, never an exception."""
    try:
        result = source.load()
    except Exception as exc:  # a broken source must not stop the app
        log.exception("Policy source failed")
        return PolicyLoad(problems=(f"policy could not be read: {exc}",))
    for problem in result.problems:
        log.error("Policy problem", extra={"problem": problem})
    return result
