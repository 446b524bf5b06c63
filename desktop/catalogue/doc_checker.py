"""Typed field readers that collect validation issues with their source line numbers."""

from __future__ import annotations

import math
import re
import reprlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

MAX_ISSUES = 200
MAX_SHOWN = 80  # characters of a bad value quoted in a message



def _short_repr() -> reprlib.Repr:
    """Bounded at every level, so quoting a value costs the same whatever its size."""
    short = reprlib.Repr()  # keyword arguments arrive only in Python 3.12
    short.maxlevel, short.maxlist, short.maxdict, short.maxlong = 2, 4, 4, 40
    short.maxstring = short.maxother = MAX_SHOWN
    return short


_SHORT = _short_repr()


@dataclass(frozen=True)
class ValidationIssue:
    """One problem: where it is (file, line, dotted field path) and what is wrong."""

    path: str  # e.g. "apps[3].install.windows.winget"; "" for the whole document
    message: str
    line: int | None = None
    file: str = "catalogue.yaml"

    def format(self) -> str:
        """``file:line: field: message``, the form editors and CI logs understand."""
        line = self.line if self.line is not None else 1
        return f"{self.file}:{line}: {self.path or '(document)'}: {self.message}"


class LineSource(Protocol):
    """Where each field came from; the YAML parser provides one, JSON input does not."""

    @property
    def filename(self) -> str: ...

    def line_of(self, path: str) -> int | None: ...


class DocChecker:
    """Reads fields from plain dicts; every bad value becomes an issue and a safe default."""

    def __init__(self, source: LineSource | None = None) -> None:
        self._source = source
        self._issues: list[ValidationIssue] = []
        self.count = 0  # issues seen, including ones past MAX_ISSUES

    def error(self, path: str, message: str) -> None:
        self.count += 1
        if len(self._issues) >= MAX_ISSUES:
            return
        line = self._source.line_of(path) if self._source else None
        filename = self._source.filename if self._source else "catalogue.json"
        self._issues.append(ValidationIssue(path, message, line, filename))

    def result(self) -> tuple[ValidationIssue, ...]:
        issues = tuple(self._issues)
        if self.count > len(issues):
            issues += (ValidationIssue("", f"{self.count - len(issues)} more problems not shown"),)
        return issues

    def mapping(self, raw: object, path: str, keys: frozenset[str]) -> Mapping[str, Any]:
        """``raw`` as a mapping with only known keys; unknown keys are reported."""
        if not isinstance(raw, dict):
            self.error(path, f"must be a mapping (key: value), not {_kind(raw)}")
            return {}
        for key in raw:
            if key not in keys:
                self.error(_join(path, _short_key(key)),
                           "is not a known field (check the spelling)")
        return raw

    def items(self, obj: Mapping[str, Any], key: str, path: str, *, required: bool,
              limit: int) -> list[Any]:
        value = obj.get(key)
        if value is None:
            if required:
                self.error(_join(path, key), "is required")
            return []
        if not isinstance(value, list):
            self.error(_join(path, key), f"must be a list, not {_kind(value)}")
            return []
        if len(value) > limit:
            self.error(_join(path, key), f"has {len(value)} entries; at most {limit} are allowed")
            return value[:limit]
        return value

    def text(self, obj: Mapping[str, Any], key: str, path: str, *, required: bool = False,
             default: str = "", max_len: int = 100, pattern: re.Pattern[str] | None = None,
             pattern_hint: str = "", lower: bool = False) -> str:
        value = obj.get(key)
        if value is None:
            if required:
                self.error(_join(path, key), "is required")
            return default
        if not isinstance(value, str):
            self.error(_join(path, key), f"must be text, not {_kind(value)}")
            return default
        if lower:
            value = value.lower()
        problem = _text_problem(value, required, max_len, pattern, pattern_hint)
        if problem:
            self.error(_join(path, key), problem)
            return default
        return value

    def str_list(self, obj: Mapping[str, Any], key: str, path: str, *, max_len: int = 100,
                 pattern: re.Pattern[str] | None = None, pattern_hint: str = "") -> tuple[str, ...]:
        value = obj.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.error(_join(path, key), f"must be a list, not {_kind(value)}")
            return ()
        if len(value) > 100:
            self.error(_join(path, key), "has more than 100 entries")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            problem = (
                _text_problem(item, True, max_len, pattern, pattern_hint)
                if isinstance(item, str) else f"must be text, not {_kind(item)}"
            )
            if problem:
                self.error(f"{_join(path, key)}[{i}]", problem)
            else:
                out.append(item)
        return tuple(out)

    def flag(self, obj: Mapping[str, Any], key: str, path: str) -> bool:
        value = obj.get(key, False)
        if not isinstance(value, bool):
            self.error(_join(path, key), f"must be true or false, not {_kind(value)}")
            return False
        return value

    def choice(self, obj: Mapping[str, Any], key: str, path: str, choices: tuple[str, ...],
               default: str) -> str:
        value = obj.get(key, default)
        if value not in choices or not isinstance(value, str):
            self.error(_join(path, key), "must be one of " + ", ".join(choices))
            return default
        return value


def _text_problem(value: str, required: bool, max_len: int,
                  pattern: re.Pattern[str] | None, hint: str) -> str | None:
    if required and not value.strip():
        return "must not be empty"
    if len(value) > max_len:
        return f"is longer than {max_len} characters"
    if pattern is not None and value and not pattern.fullmatch(value):
        return f"{shown(value)} is not allowed here; expected {hint or 'a plain identifier'}"
    if not value.isprintable() and _has_control(value):
        return "contains control characters"
    return None


def shown(value: object) -> str:
    """A short quotation of a bad value for a message: never more than MAX_SHOWN characters."""
    if isinstance(value, float) and not math.isfinite(value):
        return "this value"
    text = _SHORT.repr(value)
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 3] + "..."


def _short_key(key: object) -> str:
    """A field name for a path; a very long one is cut (its line is then its parent's)."""
    text = str(key) if isinstance(key, str) else shown(key)
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 3] + "..."


def _has_control(value: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") and ch not in "\n\t" for ch in value)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    return {
        bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
        dict: "a mapping",
    }.get(type(value), type(value).__name__)
