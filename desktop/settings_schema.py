"""Declaration of a setting: dotted name, kind, default, description, and value checking."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")


class Kind(StrEnum):
    """The value kinds a setting can have; each maps to one TOML/registry/plist shape."""

    STR = "str"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    STR_LIST = "str_list"
    TABLE_LIST = "table_list"  # a list of small string->scalar tables, e.g. endpoints


class InvalidReason(StrEnum):
    """Why a value was refused, for the UI to word (the exception's text stays English for IT)."""

    WRONG_KIND = "wrong_kind"  # text where a number belongs, a number where a list belongs...
    NOT_A_CHOICE = "not_a_choice"
    TOO_SMALL = "too_small"  # ``limit`` is the minimum
    TOO_LARGE = "too_large"  # ``limit`` is the maximum
    BAD_FORMAT = "bad_format"


class InvalidValue(ValueError):
    """A value does not fit its setting's kind, choices or bounds."""

    def __init__(self, message: str, reason: InvalidReason = InvalidReason.WRONG_KIND,
                 limit: float | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.limit = limit


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting, declared once. Read it typed with ``Settings.value(SETTING)``."""

    name: str
    kind: Kind
    default: T
    description: str
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    user_editable: bool = True
    extra: Mapping[str, Any] = field(default_factory=dict)

    def coerce(self, raw: object) -> T:
        """Return ``raw`` as this setting's type, or raise :class:`InvalidValue`."""
        value = _COERCERS[self.kind](raw)
        self._check_bounds(value)
        return cast(T, value)

    def _check_bounds(self, value: object) -> None:
        if self.choices and value not in self.choices:
            raise InvalidValue(f"must be one of {', '.join(self.choices)}",
                               InvalidReason.NOT_A_CHOICE)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise InvalidValue(f"must be at least {self.minimum:g}",
                                   InvalidReason.TOO_SMALL, self.minimum)
            if self.maximum is not None and value > self.maximum:
                raise InvalidValue(f"must be at most {self.maximum:g}",
                                   InvalidReason.TOO_LARGE, self.maximum)
        pattern = self.pattern
        if pattern and isinstance(value, str) and value and not re.fullmatch(pattern, value):
            raise InvalidValue("has an invalid format", InvalidReason.BAD_FORMAT)


def _as_str(raw: object) -> str:
    if not isinstance(raw, str):
        raise InvalidValue(f"must be text, not {type(raw).__name__}")
    return raw


def _as_int(raw: object) -> int:
    if isinstance(raw, bool):
        raise InvalidValue("must be a whole number, not true/false")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and re.fullmatch(r"-?\d+", raw.strip()):
        return int(raw)  # the registry and plists may carry numbers as text
    raise InvalidValue("must be a whole number")


def _as_float(raw: object) -> float:
    if isinstance(raw, bool):
        raise InvalidValue("must be a number, not true/false")
    if isinstance(raw, int | float):
        return float(raw)
    if isinstance(raw, str):
        try:
            return float(raw)
        except ValueError:
            pass
    raise InvalidValue("must be a number")


def _as_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)  # REG_DWORD
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false", "1", "0"):
        return raw.strip().lower() in ("true", "1")
    raise InvalidValue("must be true or false")


def _as_str_list(raw: object) -> tuple[str, ...]:
    if isinstance(raw, str):
        # REG_MULTI_SZ arrives as a list; a plain REG_SZ may be comma-separated.
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    if isinstance(raw, list | tuple) and all(isinstance(item, str) for item in raw):
        return tuple(raw)
    raise InvalidValue("must be a list of text values")


def _as_table_list(raw: object) -> tuple[Mapping[str, Any], ...]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)  # the registry carries lists of tables as JSON text
        except ValueError as exc:
            raise InvalidValue("must be a list of tables (JSON text)") from exc
    if not isinstance(raw, list | tuple):
        raise InvalidValue("must be a list of tables")
    tables: list[Mapping[str, Any]] = []
    for item in raw:
        if not isinstance(item, Mapping) or not all(isinstance(k, str) for k in item):
            raise InvalidValue("every entry must be a table")
        tables.append(dict(item))
    return tuple(tables)


_COERCERS = {
    Kind.STR: _as_str,
    Kind.INT: _as_int,
    Kind.FLOAT: _as_float,
    Kind.BOOL: _as_bool,
    Kind.STR_LIST: _as_str_list,
    Kind.TABLE_LIST: _as_table_list,
}


class SettingsRegistry:
    """All declared settings by dotted name; built once from the declaration modules."""

    def __init__(self, settings: Iterable[Setting[Any]]) -> None:
        self._by_name: dict[str, Setting[Any]] = {}
        for setting in settings:
            if setting.name in self._by_name:
                raise ValueError(f"setting declared twice: {setting.name}")
            self._by_name[setting.name] = setting

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __iter__(self) -> Any:
        return iter(self._by_name.values())

    def get(self, name: str) -> Setting[Any] | None:
        return self._by_name.get(name)

    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self._by_name))


MAX_NESTING = 16  # table levels; the deepest declared setting has four parts


def flatten(
    tree: Mapping[str, Any], max_nesting: int = MAX_NESTING
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Turn nested TOML/plist tables into dotted names: ``{"a": {"b": 1}}`` -> ``{"a.b": 1}``.

    Tables deeper than ``max_nesting`` are left out and their dotted names returned as the
    second item, so one absurd branch costs only itself. Iterative: no RecursionError.
    """
    flat: dict[str, Any] = {}
    too_deep: list[str] = []
    stack: list[tuple[str, Mapping[str, Any], int]] = [("", tree, 0)]
    while stack:
        prefix, node, level = stack.pop()
        if level > max_nesting:
            too_deep.append(prefix.rstrip("."))
            continue
        for key, value in node.items():
            if isinstance(value, Mapping):
                stack.append((f"{prefix}{key}.", value, level + 1))
            else:
                flat[f"{prefix}{key}"] = value
    return flat, tuple(too_deep)


def too_deep_problems(origin: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """One problem line per table that :func:`flatten` left out."""
    return tuple(f"{origin}: {name[:60]}... is nested more than {MAX_NESTING} tables deep "
                 "and was ignored" for name in names)


def unflatten(flat: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`flatten`, for writing TOML tables."""
    tree: dict[str, Any] = {}
    for name, value in sorted(flat.items()):
        node = tree
        *parents, leaf = name.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = list(value) if isinstance(value, tuple) else value
    return tree
