"""Layered settings: built-in defaults < the user's settings file < managed policy.

Each layer is checked key by key: a value of the wrong kind is logged, reported in
:attr:`Settings.problems`, and the next lower layer's value is used instead.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import tomli_w

from desktop.atomic_file import write_atomic
from desktop.policy import PolicyLoad
from desktop.settings_schema import (
    InvalidValue,
    Setting,
    SettingsRegistry,
    flatten,
    too_deep_problems,
    unflatten,
)
from desktop.toml_file import load_toml

log = logging.getLogger(__name__)
T = TypeVar("T")
SCHEMA_VERSION = 2
_META_KEY = "meta.schema_version"


class Layer(StrEnum):
    DEFAULT = "default"
    USER = "user"
    POLICY = "policy"


class SettingLocked(Exception):
    """The setting is set by IT's managed policy and cannot be changed here."""


class SettingsWriteError(Exception):
    """The settings file could not be written (for example, the disk is full)."""


class Settings:
    """Typed access to every declared setting, and the user layer's persistence."""

    def __init__(self, registry: SettingsRegistry, user_file: Path, policy: PolicyLoad) -> None:
        self._registry = registry
        self._user_file = user_file
        self._problems: list[str] = list(policy.problems)
        self._policy_origin = policy.origin
        self._policy = self._checked(policy.values, f"policy {policy.origin}")
        self._user = self._checked(self._read_user_file(), str(user_file), from_user=True)
        self._listeners: list[Callable[[str], None]] = []

    @property
    def registry(self) -> SettingsRegistry:
        return self._registry

    @property
    def problems(self) -> tuple[str, ...]:
        """Human-readable problems found in the policy or settings file."""
        return tuple(self._problems)

    @property
    def policy_origin(self) -> str:
        return self._policy_origin

    def value(self, setting: Setting[T]) -> T:
        """The effective value: policy if set, else the user's, else the default."""
        for layer in (self._policy, self._user):
            if setting.name in layer:
                return layer[setting.name]  # type: ignore[no-any-return]  # checked on load
        return setting.default

    def policy_values(self) -> Mapping[str, Any]:
        """The values IT's policy sets (checked and declared), by dotted name."""
        return dict(self._policy)

    def value_of_name(self, name: str) -> Any:
        """The effective value of a setting by dotted name (for generic views and tools)."""
        setting = self._registry.get(name)
        if setting is None:
            raise KeyError(name)
        return self.value(setting)

    def layer_of(self, setting: Setting[Any]) -> Layer:
        if setting.name in self._policy:
            return Layer.POLICY
        return Layer.USER if setting.name in self._user else Layer.DEFAULT

    def is_locked(self, setting: Setting[Any]) -> bool:
        return setting.name in self._policy

    def set_user(self, setting: Setting[T], value: T) -> None:
        """Store the user's choice. Raises SettingLocked, InvalidValue or SettingsWriteError."""
        if self.is_locked(setting) or not setting.user_editable:
            raise SettingLocked(setting.name)
        checked = setting.coerce(value)
        updated = {**self._user, setting.name: checked}
        self._write_user_file(updated)
        self._user = updated
        for listener in tuple(self._listeners):
            listener(setting.name)

    def reset_user(self, setting: Setting[Any]) -> None:
        """Forget the user's value, so the default (or policy) applies again."""
        if setting.name not in self._user:
            return
        updated = {k: v for k, v in self._user.items() if k != setting.name}
        self._write_user_file(updated)
        self._user = updated
        for listener in tuple(self._listeners):
            listener(setting.name)

    def add_listener(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(name)`` after a user setting changes."""
        self._listeners.append(listener)

    def _checked(
        self, raw: Mapping[str, Any], origin: str, from_user: bool = False
    ) -> dict[str, Any]:
        checked: dict[str, Any] = {}
        for name, value in raw.items():
            if name == _META_KEY:
                continue
            setting = self._registry.get(name)
            if setting is None:
                self._problem(f"{origin}: unknown setting {name!r} ignored")
                continue
            if from_user and not setting.user_editable:
                self._problem(f"{origin}: {name} can only be set by IT's policy; ignored")
                continue
            try:
                checked[name] = setting.coerce(value)
            except InvalidValue as exc:
                self._problem(f"{origin}: {name} {exc}; using the default instead")
        return checked

    def _problem(self, text: str) -> None:
        log.error("Settings problem", extra={"problem": text})
        self._problems.append(text)

    def _read_user_file(self) -> dict[str, Any]:
        try:
            tree, deep = load_toml(self._user_file)
        except FileNotFoundError:
            return {}
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            self._problem(f"{self._user_file}: cannot read settings ({exc}); using defaults")
            return {}
        data, too_deep = flatten(tree)
        for problem in (*deep, *too_deep_problems(str(self._user_file), too_deep)):
            self._problem(problem)
        return _migrate(data)

    def _write_user_file(self, values: Mapping[str, Any]) -> None:
        tree = unflatten({**values, _META_KEY: SCHEMA_VERSION})
        try:
            write_atomic(self._user_file, tomli_w.dumps(tree).encode("utf-8"))
        except OSError as exc:
            log.error("Settings not saved", extra={"error": str(exc)})
            raise SettingsWriteError(str(exc)) from exc


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings file up to :data:`SCHEMA_VERSION`, one named step at a time."""
    version = data.get(_META_KEY, 0)
    for target, step in _MIGRATIONS:
        if isinstance(version, int) and version < target:
            data = step(data)
    return data


def _v1_rename_helpdesk_backend(data: dict[str, Any]) -> dict[str, Any]:
    """Pre-release files called the connector ``helpdesk.backend``."""
    if "helpdesk.backend" in data and "helpdesk.connector" not in data:
        data = {**data, "helpdesk.connector": data["helpdesk.backend"]}
    return {k: v for k, v in data.items() if k != "helpdesk.backend"}


def _v2_language_system(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 files wrote ``app.language = ""`` for "follow the system"; it is "system"."""
    if data.get("app.language") == "":
        return {**data, "app.language": "system"}
    return data


_MIGRATIONS: tuple[tuple[int, Callable[[dict[str, Any]], dict[str, Any]]], ...] = (
    (1, _v1_rename_helpdesk_backend),
    (2, _v2_language_system),
)
