"""A fast path for loading a catalogue that is valid: no messages, just yes or no.

The client loads 10,000 apps within its time budget through here. Every check is the same as
or stricter than :mod:`desktop.catalogue.validation`; whenever anything is unusual the caller
falls back to the full validator, which explains the problem. A differential fuzz test keeps
the two in step.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from desktop.catalogue import patterns
from desktop.catalogue.model import (
    APPROVALS,
    Catalogue,
    CatalogueApp,
    InstallMethod,
    Unsanctioned,
)

log = logging.getLogger(__name__)

_TOP = frozenset({"organization", "apps", "unsanctioned"})
_APP = frozenset({
    "id", "name", "publisher", "category", "description", "tags", "replaces", "required",
    "approval", "data_classification", "cost", "featured", "install", "homepage",
})
_UNSANCTIONED = frozenset({"name", "processes", "alternative", "reason"})
_PLATFORM_METHODS = {
    "windows": frozenset({"winget", "msi", "exe", "open_url"}),
    "macos": frozenset({"brew", "brew_cask", "pkg", "open_url"}),
    "linux": frozenset({"flatpak", "apt", "snap", "open_url"}),
    "any": frozenset({"open_url"}),
}


_PLATFORM_KEYS = frozenset(_PLATFORM_METHODS)
_PACKAGE_METHODS = frozenset({"winget", "brew", "brew_cask", "flatpak", "apt", "snap"})


class _NotFast(Exception):  # internal signal, never escapes this module
    """Something needs the full validator's attention."""


def fast_catalogue(doc: Any, version: int = 0, published: datetime | None = None,
                   max_apps: int = 50_000) -> Catalogue | None:
    """The catalogue if ``doc`` is plainly valid, else None (then run the full validator)."""
    try:
        return _catalogue(doc, version, published, max_apps)
    except (_NotFast, KeyError, TypeError, AttributeError):
        return None


def _catalogue(doc: Any, version: int, published: datetime | None, max_apps: int) -> Catalogue:
    _need(type(doc) is dict and doc.keys() <= _TOP)
    organization = _text(doc["organization"], 200, required=True)
    raw_apps = doc["apps"]
    _need(type(raw_apps) is list and len(raw_apps) <= max_apps)
    apps = tuple(_app(raw) for raw in raw_apps)
    ids = {app.id for app in apps}
    _need(len(ids) == len(apps))
    raw_uns = doc.get("unsanctioned")
    raw_uns = [] if raw_uns is None else raw_uns
    _need(type(raw_uns) is list and len(raw_uns) <= 1000)
    unsanctioned = tuple(_unsanctioned(raw, ids) for raw in raw_uns)
    return Catalogue(organization, apps, unsanctioned, version, published)


def _app(raw: Any) -> CatalogueApp:
    if type(raw) is not dict or not raw.keys() <= _APP:
        raise _NotFast
    get = raw.get
    app_id: Any = get("id")
    name: Any = get("name")
    category: Any = get("category")
    if type(app_id) is not str or patterns.APP_ID.fullmatch(app_id) is None:
        raise _NotFast
    if not (_plain(name, 100) and _plain(category, 60) and name.strip() and category.strip()):
        raise _NotFast
    classification = get("data_classification")
    if classification is None:
        classification = "internal"
    elif type(classification) is not str or not patterns.CLASSIFICATION.fullmatch(classification):
        raise _NotFast
    approval, required, featured = get("approval", "none"), get("required", False), get(
        "featured", False)
    if type(approval) is not str or approval not in APPROVALS or type(required) is not bool \
            or type(featured) is not bool:
        raise _NotFast
    homepage = get("homepage")
    return CatalogueApp(
        app_id, name, _text(get("publisher"), 100), category, _text(get("description"), 2000),
        _texts(get("tags"), 40), _texts(get("replaces"), 80), required, approval,
        classification, _text(get("cost"), 60), featured, _install(get("install")),
        None if homepage is None else _url(homepage),
    )


def _plain(value: Any, max_len: int) -> bool:
    return type(value) is str and len(value) <= max_len and value.isprintable()


def _install(raw: Any) -> dict[str, InstallMethod]:
    if type(raw) is not dict or not raw or not raw.keys() <= _PLATFORM_KEYS:
        raise _NotFast
    methods = {}
    package_ids = patterns.PACKAGE_IDS
    for platform_key, entry in raw.items():
        if type(entry) is not dict or len(entry) != 1:
            raise _NotFast
        ((name, value),) = entry.items()
        if name not in _PLATFORM_METHODS[platform_key]:
            raise _NotFast
        if name in _PACKAGE_METHODS:
            if type(value) is not str or package_ids[name].fullmatch(value) is None:
                raise _NotFast
            methods[platform_key] = InstallMethod(name, value)
        elif name == "open_url":
            methods[platform_key] = InstallMethod(name, _url(value))
        else:
            methods[platform_key] = _download(name, value)
    return methods


def _download(name: str, raw: Any) -> InstallMethod:
    allowed = {"url", "sha256"} if name == "pkg" else {"url", "sha256", "silent_args"}
    _need(type(raw) is dict and raw.keys() <= allowed)
    sha = raw["sha256"]
    _need(type(sha) is str and patterns.SHA256.fullmatch(sha.lower()) is not None)
    args = raw.get("silent_args")
    args = [] if args is None else args
    _need(type(args) is list and len(args) <= 100)
    for arg in args:
        _need(type(arg) is str and patterns.SILENT_ARG.fullmatch(arg) is not None)
    return InstallMethod(name, _url(raw["url"]), sha.lower(), tuple(args))


def _unsanctioned(raw: Any, ids: set[str]) -> Unsanctioned:
    _need(type(raw) is dict and raw.keys() <= _UNSANCTIONED)
    processes = _texts(raw.get("processes"), 100)
    _need(all(patterns.PROCESS_NAME.fullmatch(p) is not None for p in processes))
    alternative = _text(raw.get("alternative"), 100, required=True)
    _need(alternative in ids)
    return Unsanctioned(
        name=_text(raw.get("name"), 100, required=True),
        processes=processes,
        alternative=alternative,
        reason=_text(raw.get("reason"), 500, required=True),
    )


def _text(value: Any, max_len: int, required: bool = False, default: str = "") -> str:
    if value is None:
        _need(not required)
        return default
    _need(type(value) is str and len(value) <= max_len and value.isprintable())
    _need(not required or bool(value.strip()))
    return value  # type: ignore[no-any-return]  # checked to be str just above


def _texts(value: Any, max_len: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if type(value) is not list or len(value) > 100:
        raise _NotFast
    for item in value:
        if type(item) is not str or len(item) > max_len or not item.isprintable() \
                or not item.strip():
            raise _NotFast
    return tuple(value)


def _flag(value: Any) -> bool:
    _need(type(value) is bool)
    return value  # type: ignore[no-any-return]  # checked to be bool just above


def _url(value: Any) -> str:
    _need(type(value) is str and patterns.is_https_url(value))
    return value  # type: ignore[no-any-return]  # checked to be str just above


def _need(condition: bool) -> None:
    if not condition:
        raise _NotFast
