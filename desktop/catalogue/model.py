"""The catalogue's plain data: apps, install methods, unsanctioned tools, announcements."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

PLATFORM_KEYS = ("windows", "macos", "linux", "any")
INSTALL_METHODS = (
    "winget", "msi", "exe", "brew", "brew_cask", "pkg", "flatpak", "apt", "snap", "open_url",
)
DOWNLOAD_METHODS = ("msi", "exe", "pkg")
APPROVALS = ("none", "manager", "it")
SEVERITIES = ("info", "minor", "major")


@dataclass(frozen=True, slots=True)
class InstallMethod:
    """How to install an app on one platform, built only from validated, structured fields."""

    method: str  # one of INSTALL_METHODS
    value: str  # package id for winget/brew/brew_cask/flatpak/apt/snap; https URL otherwise
    sha256: str | None = None  # required for msi/exe/pkg
    silent_args: tuple[str, ...] = ()  # msi/exe only, each checked against a strict pattern

    @property
    def is_download(self) -> bool:
        return self.method in DOWNLOAD_METHODS


@dataclass(frozen=True, slots=True)
class CatalogueApp:
    """One sanctioned app as IT describes it in catalogue.yaml."""

    id: str
    name: str
    publisher: str
    category: str
    description: str
    tags: tuple[str, ...]
    replaces: tuple[str, ...]
    required: bool
    approval: str  # one of APPROVALS
    data_classification: str
    cost: str
    featured: bool
    install: Mapping[str, InstallMethod] = field(default_factory=dict, hash=False)  # PLATFORM_KEYS
    homepage: str | None = None

    def method_for(self, platform_key: str) -> InstallMethod | None:
        """The method for this exact OS key, else the ``any`` method, else None."""
        return self.install.get(platform_key) or self.install.get("any")


@dataclass(frozen=True, slots=True)
class Unsanctioned:
    """A consumer tool IT would rather people did not use, and the approved alternative."""

    name: str
    processes: tuple[str, ...]  # process names, matched case-insensitively
    alternative: str  # an app id in the same catalogue
    reason: str


@dataclass(frozen=True, slots=True)
class Announcement:
    """An outage or maintenance notice, published in the same signed repository."""

    id: str
    title: str
    body: str
    severity: str  # one of SEVERITIES
    affects: tuple[str, ...]
    published: datetime
    until: datetime | None = None

    def active(self, now: datetime) -> bool:
        """Published and not yet past ``until`` (aware datetimes)."""
        if now < self.published:
            return False
        return self.until is None or now < self.until


@dataclass(frozen=True, slots=True)
class Catalogue:
    """A verified catalogue: the organisation's apps and the tools they replace."""

    organization: str
    apps: tuple[CatalogueApp, ...]
    unsanctioned: tuple[Unsanctioned, ...]
    version: int = 0  # the signed targets version it came from; 0 when unsigned
    published: datetime | None = None
    _by_id: Mapping[str, CatalogueApp] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {a.id: a for a in self.apps})

    def app(self, app_id: str) -> CatalogueApp | None:
        return self._by_id.get(app_id)

    def categories(self) -> tuple[str, ...]:
        """Categories in first-seen order."""
        return tuple(dict.fromkeys(a.category for a in self.apps))

    def featured(self) -> tuple[CatalogueApp, ...]:
        return tuple(a for a in self.apps if a.featured)


# Loading 10,000 apps builds 40,000 of these objects. A frozen dataclass's ``__init__`` sets
# each field through ``object.__setattr__``; writing the slots through their descriptors
# directly is about twice as fast. Only loaders that have checked every value use these.
_new = object.__new__


def _slot_writers(cls: type) -> tuple[Callable[[object, Any], None], ...]:
    """The ``__set__`` of each field's slot descriptor, in field order."""
    return tuple(cls.__dict__[f.name].__set__ for f in fields(cls))


_METHOD, _VALUE, _SHA256, _SILENT_ARGS = _slot_writers(InstallMethod)
(_ID, _NAME, _PUBLISHER, _CATEGORY, _DESCRIPTION, _TAGS, _REPLACES, _REQUIRED, _APPROVAL,
 _CLASSIFICATION, _COST, _FEATURED, _INSTALL, _HOMEPAGE) = _slot_writers(CatalogueApp)


def checked_install_method(method: str, value: str, sha256: str | None = None,
                           silent_args: tuple[str, ...] = ()) -> InstallMethod:
    """``InstallMethod(...)`` for values a validator has already checked, built faster."""
    made: InstallMethod = _new(InstallMethod)
    _METHOD(made, method)
    _VALUE(made, value)
    _SHA256(made, sha256)
    _SILENT_ARGS(made, silent_args)
    return made


def checked_app(
    id: str, name: str, publisher: str, category: str, description: str,
    tags: tuple[str, ...], replaces: tuple[str, ...], required: bool, approval: str,
    data_classification: str, cost: str, featured: bool, install: Mapping[str, InstallMethod],
    homepage: str | None,
) -> CatalogueApp:
    """``CatalogueApp(...)`` for values a validator has already checked, built faster."""
    app: CatalogueApp = _new(CatalogueApp)
    _ID(app, id)
    _NAME(app, name)
    _PUBLISHER(app, publisher)
    _CATEGORY(app, category)
    _DESCRIPTION(app, description)
    _TAGS(app, tags)
    _REPLACES(app, replaces)
    _REQUIRED(app, required)
    _APPROVAL(app, approval)
    _CLASSIFICATION(app, data_classification)
    _COST(app, cost)
    _FEATURED(app, featured)
    _INSTALL(app, install)
    _HOMEPAGE(app, homepage)
    return app
