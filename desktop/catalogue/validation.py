"""Checking catalogue.yaml (or its published JSON) and turning it into a Catalogue.

Every problem is collected, never raised one by one: :func:`validate_yaml` returns all issues
with their line numbers, so ``deskmate-admin catalogue validate`` can print them together.
:class:`CatalogueInvalid` is the one exception, raised by :func:`load_catalogue`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.catalogue import patterns
from desktop.catalogue.doc_checker import DocChecker, ValidationIssue, shown
from desktop.catalogue.fast_load import fast_catalogue
from desktop.catalogue.icon_files import read_icon
from desktop.catalogue.localised import LocalisedReader, app_texts
from desktop.catalogue.model import (
    APPROVALS,
    DOWNLOAD_METHODS,
    INSTALL_METHODS,
    PLATFORM_KEYS,
    Catalogue,
    CatalogueApp,
    Deadline,
    InstallMethod,
    Unsanctioned,
)

if TYPE_CHECKING:
    from desktop.catalogue.yaml_source import YamlSource

__all__ = [
    "CatalogueInvalid",
    "ValidationIssue",
    "ValidationResult",
    "load_catalogue",
    "validate_document",
    "validate_yaml",
]

MAX_APPS = 50_000
_PLATFORM_METHODS: Mapping[str, frozenset[str]] = {
    "windows": frozenset({"winget", "msi", "exe", "open_url"}),
    "macos": frozenset({"brew", "brew_cask", "pkg", "open_url"}),
    "linux": frozenset({"flatpak", "apt", "snap", "open_url"}),
    "any": frozenset({"open_url"}),
}
_TOP_KEYS = frozenset({"organization", "apps", "unsanctioned"})
_APP_KEYS = frozenset({
    "id", "name", "publisher", "category", "description", "tags", "replaces", "required",
    "approval", "data_classification", "cost", "featured", "install", "homepage",
    "deadline", "max_deferrals", "enforce", "icon", "version", "size",
})
_DAYS_AFTER = re.compile(r"(\d{1,3}) days? after publish")
MAX_DEFERRALS = 20
_UNSANCTIONED_KEYS = frozenset({"name", "processes", "alternative", "reason"})
_DOWNLOAD_KEYS = frozenset({"url", "sha256", "silent_args"})
_SWITCH_HINTS = {
    "msi": "a display or restart option (/qn, /passive, /norestart) or PROPERTY=value",
    "exe": "a switch like /S or --silent, or PROPERTY=value",
}


def _deadline_time(raw: object) -> tuple[datetime | None, int | None]:
    """A date means the end of that working day (17:00 local time on this computer)."""
    if isinstance(raw, str) and (match := _DAYS_AFTER.fullmatch(raw.strip())):
        return None, int(match.group(1))
    if isinstance(raw, str):
        try:
            raw = datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
        except ValueError:
            return None, None
    if isinstance(raw, datetime):
        return (raw, None) if raw.tzinfo is not None else (None, None)
    if isinstance(raw, date):
        return datetime.combine(raw, time(17, 0)).astimezone(), None
    return None, None


class CatalogueInvalid(ValueError):
    """The catalogue does not pass validation; ``issues`` lists every problem."""

    def __init__(self, issues: tuple[ValidationIssue, ...]) -> None:
        self.issues = issues
        first = issues[0].format() if issues else "invalid catalogue"
        more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
        super().__init__(f"{first}{more}")


@dataclass(frozen=True)
class ValidationResult:
    """All issues found, and the catalogue when there were none."""

    issues: tuple[ValidationIssue, ...]
    catalogue: Catalogue | None
    document: object = None  # the parsed input, JSON-compatible once it validated

    @property
    def ok(self) -> bool:
        return not self.issues


def validate_yaml(text: str | bytes, filename: str = "catalogue.yaml",
                  icon_base: Path | None = None) -> ValidationResult:
    """Parse and check catalogue YAML; never raises for bad input. With ``icon_base`` (the
    folder of catalogue.yaml) each app's icon file is read and checked too."""
    from desktop.catalogue.yaml_source import parse_yaml  # PyYAML: only for IT's tools

    source = parse_yaml(text, filename)
    if source.issues:
        return ValidationResult(source.issues, None)
    return validate_document(source.document, source, icon_base=icon_base)


def validate_document(
    doc: object,
    source: YamlSource | None = None,
    version: int = 0,
    published: datetime | None = None,
    require_english: bool = True,
    icon_base: Path | None = None,
) -> ValidationResult:
    """Check a parsed document (from YAML or the published JSON) and build the catalogue.

    ``require_english``: a localised field without an ``en`` text is an issue (IT's tools);
    a client loading what was published passes False and falls back to the first language.
    """
    checker = DocChecker(source)
    try:
        catalogue = _Builder(checker, require_english, icon_base).catalogue(doc, version, published)
    except RecursionError:
        checker.error("", "is nested too deeply")
        catalogue = None
    issues = checker.result()
    return ValidationResult(issues, None if issues else catalogue, doc)


def load_catalogue(doc: object, version: int = 0, published: datetime | None = None) -> Catalogue:
    """Like :func:`validate_document`, but raises :class:`CatalogueInvalid`.

    A plainly valid document takes the fast path; anything else gets the full validator.
    """
    fast = fast_catalogue(doc, version, published, MAX_APPS)
    if fast is not None:
        return fast
    result = validate_document(doc, None, version, published, require_english=False)
    if result.catalogue is None:
        raise CatalogueInvalid(result.issues)
    return result.catalogue


class _Builder:
    """Walks the document once, reporting problems to the checker and building the model."""

    def __init__(self, checker: DocChecker, require_english: bool = True,
                 icon_base: Path | None = None) -> None:
        self.c = checker
        self.words = LocalisedReader(checker, require_english)
        self._icon_base = icon_base

    def catalogue(self, doc: object, version: int, published: datetime | None) -> Catalogue:
        c = self.c
        top = c.mapping(doc, "", _TOP_KEYS)
        organization = c.text(top, "organization", "", required=True, max_len=200)
        raw_apps = c.items(top, "apps", "", required=True, limit=MAX_APPS)
        apps = tuple(a for i, raw in enumerate(raw_apps) if (a := self.app(raw, f"apps[{i}]")))
        self._check_unique_ids(raw_apps)
        raw_uns = c.items(top, "unsanctioned", "", required=False, limit=1000)
        ids = {a.id for a in apps}
        unsanctioned = tuple(
            u for i, raw in enumerate(raw_uns)
            if (u := self.unsanctioned(raw, f"unsanctioned[{i}]", ids))
        )
        return Catalogue(organization, apps, unsanctioned, version, published)

    def _check_unique_ids(self, raw_apps: list[Any]) -> None:
        seen: set[str] = set()
        for i, raw in enumerate(raw_apps):
            app_id = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(app_id, str):
                if app_id in seen:
                    self.c.error(f"apps[{i}].id", f"duplicate app id {app_id!r}")
                seen.add(app_id)

    def app(self, raw: object, path: str) -> CatalogueApp | None:
        c = self.c
        if not isinstance(raw, dict):
            c.mapping(raw, path, _APP_KEYS)
            return None
        obj = c.mapping(raw, path, _APP_KEYS)
        before = c.count
        app_id = c.text(obj, "id", path, required=True, pattern=patterns.APP_ID,
                        pattern_hint="lower-case letters, digits, '.', '_' or '-'")
        owner = f"app {app_id!r}" if app_id else path
        english, translations = app_texts(
            self.words.text(obj, "name", path, required=True, max_len=100, owner=owner),
            self.words.text(obj, "description", path, max_len=2000, owner=owner),
            self.words.text_list(obj, "tags", path, max_len=40, owner=owner),
        )
        app = CatalogueApp(
            id=app_id,
            name=english.name,
            publisher=c.text(obj, "publisher", path, max_len=100),
            category=c.text(obj, "category", path, required=True, max_len=60),
            description=english.description,
            tags=english.tags,
            replaces=c.str_list(obj, "replaces", path, max_len=80),
            required=c.flag(obj, "required", path),
            approval=c.choice(obj, "approval", path, APPROVALS, "none"),
            data_classification=c.text(
                obj, "data_classification", path, default="internal",
                pattern=patterns.CLASSIFICATION, pattern_hint="a short label",
            ),
            cost=c.text(obj, "cost", path, max_len=60),
            featured=c.flag(obj, "featured", path),
            install=self.install(obj.get("install"), f"{path}.install"),
            homepage=self.url(obj, "homepage", path),
            deadline=self.deadline(obj, path),
            translations=translations,
            icon=self.icon(obj, path),
            version=c.text(obj, "version", path, max_len=40, pattern=patterns.VERSION,
                           pattern_hint='a version such as "128.0.3" or "2024.2 LTS"'),
            size=self.size(obj, path),
        )
        return app if c.count == before else None

    def size(self, obj: Mapping[str, Any], path: str) -> int | None:
        """The download's size in bytes (a whole number; the panel words it as "85 MB")."""
        value = obj.get("size")
        if value is None:
            return None
        if type(value) is int and 1 <= value <= patterns.MAX_APP_SIZE:
            return value
        self.c.error(f"{path}.size", "must be the download's size in bytes, a whole number "
                     "from 1 to 1000000000000 (e.g. 89128960 for 85 MB)")
        return None

    def deadline(self, obj: Mapping[str, Any], path: str) -> Deadline | None:
        """``deadline`` (a date, a time with its zone, or "N days after publish"),
        ``max_deferrals`` and ``enforce``; only a required app has a deadline."""
        raw = obj.get("deadline")
        if raw is None:
            for key in ("max_deferrals", "enforce"):
                if key in obj:
                    self.c.error(f"{path}.{key}", "needs a deadline")
            return None
        if obj.get("required") is not True:
            self.c.error(f"{path}.deadline", "is only for required apps (required: true)")
        limit = self._max_deferrals(obj, path)
        enforce = self.c.flag(obj, "enforce", path)
        at, days = _deadline_time(raw)
        if at is None and days is None:
            self.c.error(f"{path}.deadline", 'must be a date, a date and time with its zone, '
                         'or "N days after publish"')
        return Deadline(at, days, limit, enforce)

    def _max_deferrals(self, obj: Mapping[str, Any], path: str) -> int:
        limit = obj.get("max_deferrals", 3)
        if isinstance(limit, int) and not isinstance(limit, bool) and 0 <= limit <= MAX_DEFERRALS:
            return limit
        self.c.error(f"{path}.max_deferrals", f"must be a whole number from 0 to {MAX_DEFERRALS}")
        return 0

    def icon(self, obj: Mapping[str, Any], path: str) -> str | None:
        """A relative path to a PNG or SVG next to catalogue.yaml; published as a target."""
        value = obj.get("icon")
        if value is None:
            return None
        if not isinstance(value, str) or not patterns.ICON_TARGET.fullmatch(value):
            self.c.error(f"{path}.icon", "must be a .svg or .png file beside catalogue.yaml "
                         "or in one folder below it, e.g. icons/firefox.svg (lower-case)")
            return None
        if self._icon_base is not None:
            _, problem = read_icon(self._icon_base, value)
            if problem:
                self.c.error(f"{path}.icon", f"{value} {problem}")
        return value

    def url(self, obj: Mapping[str, Any], key: str, path: str) -> str | None:
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not patterns.is_https_url(value):
            self.c.error(f"{path}.{key}", "must be an https:// URL")
            return None
        return value

    def install(self, raw: object, path: str) -> dict[str, InstallMethod]:
        if raw is None:
            self.c.error(path, "is required: say how to install the app on at least one platform")
            return {}
        obj = self.c.mapping(raw, path, frozenset(PLATFORM_KEYS))
        if not obj and isinstance(raw, dict):
            self.c.error(path, "must name at least one of " + ", ".join(PLATFORM_KEYS))
        methods: dict[str, InstallMethod] = {}
        for platform_key, entry in obj.items():
            if platform_key in PLATFORM_KEYS:
                method = self.method(entry, f"{path}.{platform_key}", platform_key)
                if method is not None:
                    methods[platform_key] = method
        return methods

    def method(self, raw: object, path: str, platform_key: str) -> InstallMethod | None:
        c = self.c
        if not isinstance(raw, dict) or len(raw) != 1:
            c.error(path, "must be one method, e.g. {winget: Mozilla.Firefox}")
            return None
        ((name, value),) = raw.items()
        allowed = _PLATFORM_METHODS[platform_key]
        if name not in INSTALL_METHODS or name not in allowed:
            c.error(f"{path}.{name}", f"is not a {platform_key} install method; use one of "
                    + ", ".join(sorted(allowed)))
            return None
        if name in DOWNLOAD_METHODS:
            return self.download(name, value, f"{path}.{name}")
        if name == "open_url":
            if isinstance(value, str) and patterns.is_https_url(value):
                return InstallMethod(name, value)
            c.error(f"{path}.{name}", "must be an https:// URL")
            return None
        if isinstance(value, str) and patterns.PACKAGE_IDS[name].fullmatch(value):
            return InstallMethod(name, value)
        c.error(f"{path}.{name}", f"{shown(value)} is not a valid {name} package id")
        return None

    def download(self, name: str, raw: object, path: str) -> InstallMethod | None:
        c = self.c
        keys = _DOWNLOAD_KEYS if name != "pkg" else _DOWNLOAD_KEYS - {"silent_args"}
        obj = c.mapping(raw, path, keys)
        if not isinstance(raw, dict):
            return None
        before = c.count
        url = self.url(obj, "url", path)
        if url is None and "url" not in obj:
            c.error(f"{path}.url", "is required")
        sha = c.text(obj, "sha256", path, required=True, pattern=patterns.SHA256,
                     pattern_hint="64 lower-case hex digits", lower=True)
        hint = _SWITCH_HINTS.get(name, "")
        args = c.str_list(obj, "silent_args", path, pattern=patterns.SILENT_ARGS.get(name),
                          pattern_hint=hint)
        if c.count != before or url is None:
            return None
        return InstallMethod(name, url, sha, args)

    def unsanctioned(self, raw: object, path: str, app_ids: set[str]) -> Unsanctioned | None:
        c = self.c
        if not isinstance(raw, dict):
            c.mapping(raw, path, _UNSANCTIONED_KEYS)
            return None
        obj = c.mapping(raw, path, _UNSANCTIONED_KEYS)
        before = c.count
        item = Unsanctioned(
            name=c.text(obj, "name", path, required=True, max_len=100),
            processes=c.str_list(obj, "processes", path, pattern=patterns.PROCESS_NAME,
                                 pattern_hint="a plain process name such as Dropbox.exe"),
            alternative=c.text(obj, "alternative", path, required=True),
            reason=c.text(obj, "reason", path, required=True, max_len=500),
        )
        if item.alternative and item.alternative not in app_ids:
            c.error(f"{path}.alternative",
                    f"{item.alternative!r} is not an app id in this catalogue")
        return item if c.count == before else None

