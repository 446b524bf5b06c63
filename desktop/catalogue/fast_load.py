"""A fast path for loading a catalogue that is valid: no messages, just yes or no.

The client loads 10,000 apps within its time budget through here (issue 4: verify and load
in at most 150 ms, as :func:`desktop.catalogue.synthetic.run_catalogue_bench` measures it).
Every check is the same as or stricter than :mod:`desktop.catalogue.validation`; whenever
anything is unusual the caller falls back to the full validator, which explains the problem.
A differential fuzz test keeps the two in step.

Speed comes from doing each check once, in C where possible: several fields are type-checked
by one ``str.join`` (which refuses anything but text) and checked for control characters by
one ``isprintable``; patterns are bound ``fullmatch`` methods looked up per install method;
objects are built by :func:`~desktop.catalogue.model.checked_app`; and the cyclic garbage
collector is kept away from the 40,000 new objects (see :func:`_collector_paused`).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from operator import attrgetter
from typing import Any

from desktop.catalogue import patterns
from desktop.catalogue.localised import ENGLISH, LANGUAGE_CODE, MAX_LANGUAGES, app_texts
from desktop.catalogue.model import (
    APPROVALS,
    AppText,
    Catalogue,
    CatalogueApp,
    InstallMethod,
    Unsanctioned,
    checked_app,
    checked_install_method,
)

log = logging.getLogger(__name__)

_TOP = frozenset({"organization", "apps", "unsanctioned"})
_APP = frozenset({
    "id", "name", "publisher", "category", "description", "tags", "replaces", "required",
    "approval", "data_classification", "cost", "featured", "install", "homepage", "icon",
    "version", "size",
})
_UNSANCTIONED = frozenset({"name", "processes", "alternative", "reason"})
_PLATFORM_METHODS = {
    "windows": frozenset({"winget", "msi", "exe", "open_url"}),
    "macos": frozenset({"brew", "brew_cask", "pkg", "open_url"}),
    "linux": frozenset({"flatpak", "apt", "snap", "open_url"}),
    "any": frozenset({"open_url"}),
}
_PACKAGE_METHODS = frozenset({"winget", "brew", "brew_cask", "flatpak", "apt", "snap"})
# platform -> package method allowed there -> its pattern's bound fullmatch
_PACKAGE_CHECKS: dict[str, dict[str, Callable[[str], object]]] = {
    platform_key: {
        name: patterns.PACKAGE_IDS[name].fullmatch for name in methods & _PACKAGE_METHODS
    }
    for platform_key, methods in _PLATFORM_METHODS.items()
}
_APP_ID = patterns.APP_ID.fullmatch
_ICON = patterns.ICON_TARGET.fullmatch
_CLASSIFICATION = patterns.CLASSIFICATION.fullmatch
_VERSION = patterns.VERSION.fullmatch
_APPROVALS = frozenset(APPROVALS)
_app_id = attrgetter("id")


class _NotFast(Exception):  # internal signal, never escapes this module
    """Something needs the full validator's attention."""


def fast_catalogue(doc: Any, version: int = 0, published: datetime | None = None,
                   max_apps: int = 50_000) -> Catalogue | None:
    """The catalogue if ``doc`` is plainly valid, else None (then run the full validator)."""
    try:
        with _collector_paused():
            return _catalogue(doc, version, published, max_apps)
    except (_NotFast, KeyError, TypeError, AttributeError, ValueError):
        return None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside; afterwards what was built counts as old.

    Collecting as it goes would walk the new objects again and again, and merely pausing
    leaves them all young, so the first collection afterwards walks all ~70,000 of them at
    once (about 20 ms). ``gc.freeze()`` then ``gc.unfreeze()`` moves every tracked object into
    the oldest generation in constant time instead: where a catalogue kept for the whole
    session ends up anyway, and garbage among them is still found by the next full
    collection. (It would also undo an earlier ``gc.freeze()``; Deskmate never calls one.)
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def _catalogue(doc: Any, version: int, published: datetime | None, max_apps: int) -> Catalogue:
    _need(type(doc) is dict and doc.keys() <= _TOP)
    organization = _text(doc["organization"], 200, required=True)
    raw_apps = doc["apps"]
    _need(type(raw_apps) is list and len(raw_apps) <= max_apps)
    apps = tuple(map(_app, raw_apps))
    ids = set(map(_app_id, apps))
    _need(len(ids) == len(apps))
    raw_uns = doc.get("unsanctioned")
    raw_uns = [] if raw_uns is None else raw_uns
    _need(type(raw_uns) is list and len(raw_uns) <= 1000)
    unsanctioned = tuple(_unsanctioned(raw, ids) for raw in raw_uns)
    return Catalogue(organization, apps, unsanctioned, version, published)


def _app(raw: Any) -> CatalogueApp:
    if type(raw) is not dict or not _APP.issuperset(raw):
        raise _NotFast
    get = raw.get
    app_id, name, category = raw["id"], raw["name"], raw["category"]
    publisher, description, cost = get("publisher"), get("description"), get("cost")
    tags = get("tags")
    publisher = "" if publisher is None else publisher
    description = "" if description is None else description
    translations = None
    if type(name) is dict or type(description) is dict or type(tags) is dict:
        name, description, tags, translations = _localised(name, description, tags)
    cost = "" if cost is None else cost
    classification = get("data_classification")
    required, featured, approval = get("required", False), get("featured", False), get(
        "approval", "none")
    homepage, icon, version, size = get("homepage"), get("icon"), get("version"), get("size")
    # join raises TypeError unless all are text; one isprintable covers all of them, and a
    # pattern's fullmatch raises TypeError for anything but text
    if not (
        "".join((app_id, name, category, publisher, description, cost)).isprintable()
        and len(name) <= 100 and len(category) <= 60 and len(publisher) <= 100
        and len(description) <= 2000 and len(cost) <= 60
        and name.strip() and category.strip() and _APP_ID(app_id) is not None
        and (classification is None or _CLASSIFICATION(classification) is not None)
        and (required is False or required is True) and (featured is False or featured is True)
        and type(approval) is str and approval in _APPROVALS
        and (homepage is None or _is_url(homepage))
        and (icon is None or _ICON(icon) is not None)
        and (version is None or _VERSION(version) is not None)
        and (size is None or (type(size) is int and 1 <= size <= patterns.MAX_APP_SIZE))
    ):
        raise _NotFast
    return checked_app(
        app_id, name, publisher, category, description, _texts(tags, 40),
        _texts(get("replaces"), 80), required, approval,
        "internal" if classification is None else classification, cost, featured,
        _install(get("install")), homepage, translations, icon,
        "" if version is None else version, size,
    )


def _localised(name: Any, description: Any, tags: Any,
               ) -> tuple[str, str, list[str], dict[str, AppText]]:
    """English name, description and tags, and the words in every language IT gave."""
    english, translations = app_texts(
        _text_map(name, 100, required=True), _text_map(description, 2000),
        {lang: _texts(value, 40) for lang, value in _language_map(tags, list).items()},
    )
    return english.name, english.description, list(english.tags), translations


def _text_map(value: Any, max_len: int, required: bool = False) -> dict[str, str]:
    texts = _language_map(value, str)
    for text in texts.values():
        _need(type(text) is str and len(text) <= max_len and text.isprintable()
              and (not required or bool(text.strip())))
    return texts


def _language_map(value: Any, plain: type) -> dict[str, Any]:
    """A plain value as ``{en: value}``; a mapping checked to have ``en`` and language codes."""
    if value is None or type(value) is plain:
        return {ENGLISH: plain() if value is None else value}
    _need(type(value) is dict and ENGLISH in value and len(value) <= MAX_LANGUAGES)
    _need(all(type(key) is str and LANGUAGE_CODE.fullmatch(key) for key in value))
    return value  # type: ignore[no-any-return]  # checked to be a dict just above


def _install(raw: Any) -> dict[str, InstallMethod]:
    if type(raw) is not dict or not raw:
        raise _NotFast
    methods = {}
    for platform_key, entry in raw.items():
        if type(entry) is not dict:
            raise _NotFast
        ((name, value),) = entry.items()  # ValueError unless exactly one method
        check = _PACKAGE_CHECKS[platform_key].get(name)  # KeyError for an unknown platform
        # a pattern's fullmatch raises TypeError for anything but text
        if check is not None and check(value) is not None:
            methods[platform_key] = checked_install_method(name, value)
        else:
            methods[platform_key] = _other_method(platform_key, name, value)
    return methods


def _other_method(platform_key: str, name: Any, value: Any) -> InstallMethod:
    """An ``open_url`` or download method; anything else is for the full validator."""
    _need(name in _PLATFORM_METHODS[platform_key] and name not in _PACKAGE_METHODS)
    if name == "open_url":
        return checked_install_method(name, _url(value))
    return _download(name, value)


def _download(name: str, raw: Any) -> InstallMethod:
    allowed = {"url", "sha256"} if name == "pkg" else {"url", "sha256", "silent_args"}
    _need(type(raw) is dict and raw.keys() <= allowed)
    sha = raw["sha256"]
    _need(type(sha) is str and patterns.SHA256.fullmatch(sha.lower()) is not None)
    args = raw.get("silent_args")
    args = [] if args is None else args
    _need(type(args) is list and len(args) <= 100)
    switch = patterns.SILENT_ARGS.get(name)
    for arg in args:
        _need(type(arg) is str and switch is not None and switch.fullmatch(arg) is not None)
    return checked_install_method(name, _url(raw["url"]), sha.lower(), tuple(args))


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
    """Up to 100 non-blank printable strings of at most ``max_len`` characters."""
    if value is None:
        return ()
    _need(type(value) is list and len(value) <= 100)
    for item in value:  # for the usual one or two items, a plain loop beats join and map
        if type(item) is not str or len(item) > max_len or not item.isprintable() \
                or not item.strip():
            raise _NotFast
    return tuple(value)


def _url(value: Any) -> str:
    _need(_is_url(value))
    return value  # type: ignore[no-any-return]  # checked to be str just below


def _is_url(value: Any) -> bool:
    return type(value) is str and patterns.is_https_url(value)


def _need(condition: bool) -> None:
    if not condition:
        raise _NotFast
