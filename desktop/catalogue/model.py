"""The catalogue's plain data: apps, install methods, unsanctioned tools, announcements."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any

# The file names of the signed targets in a catalogue repository.
CATALOGUE_TARGET = "catalogue.json"
ANNOUNCEMENTS_TARGET = "announcements.json"
DEMO_URL = "deskmate-demo://repo"  # the bundled demo repository

PLATFORM_KEYS = ("windows", "macos", "linux", "any")
INSTALL_METHODS = (
    "winget", "msi", "exe", "brew", "brew_cask", "pkg", "flatpak", "apt", "snap", "open_url",
)
DOWNLOAD_METHODS = ("msi", "exe", "pkg")
APPROVALS = ("none", "manager", "it")
SEVERITIES = ("info", "minor", "major")
# Shared by every app and announcement written in one language only: 10,000 apps need no
# 10,000 empty dicts. Read-only, so sharing it is safe.
NO_TRANSLATIONS: Mapping[str, Any] = MappingProxyType({})


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
class Deadline:
    """By when IT needs a required app installed, how often it may be put off, and whether
    Deskmate installs it by itself at the deadline (``enforce``) or reports a Health problem."""

    at: datetime | None = None  # a fixed, aware time ...
    days_after_seen: int | None = None  # ... or N days after this computer first saw it
    max_deferrals: int = 3
    enforce: bool = False

    def due(self, first_seen: datetime) -> datetime:
        if self.at is not None:
            return self.at
        return first_seen + timedelta(days=self.days_after_seen or 0)


@dataclass(frozen=True, slots=True)
class AppText:
    """An app's words in one language (each already fallen back to ``en`` where missing)."""

    name: str
    description: str
    tags: tuple[str, ...]


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
    deadline: Deadline | None = None  # required apps only
    # language code -> the app's words in it; empty when IT wrote them in one language only.
    # name, description and tags above are the English (fallback) ones.
    translations: Mapping[str, AppText] = field(
        default_factory=lambda: NO_TRANSLATIONS, hash=False)

    def in_language(self, language: str) -> CatalogueApp:
        """This app with its name, description and tags in ``language`` where IT gave them."""
        text = self.translations.get(language)
        if text is None:
            return self
        return replace(self, name=text.name, description=text.description, tags=text.tags)
    icon: str | None = None  # the name of its signed icon target, e.g. "icons/firefox.svg"
    version: str = ""  # the version the catalogue offers, as its publisher writes it
    size: int | None = None  # the download's size in bytes, where IT states it

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
class AnnouncementText:
    """An announcement's words in one language."""

    title: str
    body: str


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
    # language code -> title and body in it; empty when written in one language only
    translations: Mapping[str, AnnouncementText] = field(
        default_factory=lambda: NO_TRANSLATIONS, hash=False)

    def in_language(self, language: str) -> Announcement:
        """This announcement with its title and body in ``language`` where IT gave them."""
        text = self.translations.get(language)
        if text is None:
            return self
        return replace(self, title=text.title, body=text.body)

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

    def in_language(self, language: str) -> Catalogue:
        """The same catalogue with each app's words in ``language`` where IT gave them."""
        if not any(app.translations for app in self.apps):
            return self
        apps = tuple(app.in_language(language) for app in self.apps)
        return Catalogue(self.organization, apps, self.unsanctioned, self.version, self.published)


# Loading 10,000 apps builds 40,000 of these objects, and a frozen dataclass's ``__init__``
# sets each field through ``object.__setattr__``. The builders below fill a plain "draft"
# object with the very same slots (ordinary attribute stores, about three times faster) and
# then give it its real class; CPython allows that ``__class__`` assignment exactly when the
# two layouts match, which is checked once here. Only loaders that have checked every value
# call them.


class _InstallMethodDraft:
    __slots__ = ("method", "sha256", "silent_args", "value")  # CPython sorts slots anyway
    method: str
    value: str
    sha256: str | None
    silent_args: tuple[str, ...]


class _AppDraft:
    __slots__ = (
        "approval", "category", "cost", "data_classification", "deadline", "description",
        "featured", "homepage", "icon", "id", "install", "name", "publisher", "replaces",
        "required", "size", "tags", "translations", "version",
    )
    id: str
    name: str
    publisher: str
    category: str
    description: str
    tags: tuple[str, ...]
    replaces: tuple[str, ...]
    required: bool
    approval: str
    data_classification: str
    cost: str
    featured: bool
    install: Mapping[str, InstallMethod]
    homepage: str | None
    deadline: Deadline | None
    translations: Mapping[str, AppText]
    icon: str | None
    version: str
    size: int | None


def _same_slots(draft: type, real: type) -> None:
    """Fail at import, not while loading, if a draft no longer matches its class."""
    names = sorted(f.name for f in fields(real))
    if sorted(draft.__slots__) != names:  # type: ignore[attr-defined]  # both define it
        raise TypeError(f"{draft.__name__} must have exactly the fields of {real.__name__}")
    draft().__class__ = real  # raises TypeError unless the layouts match


_same_slots(_InstallMethodDraft, InstallMethod)
_same_slots(_AppDraft, CatalogueApp)


def checked_install_method(method: str, value: str, sha256: str | None = None,
                           silent_args: tuple[str, ...] = ()) -> InstallMethod:
    """``InstallMethod(...)`` for values a validator has already checked, built faster."""
    made = _InstallMethodDraft()
    made.method = method
    made.value = value
    made.sha256 = sha256
    made.silent_args = silent_args
    made.__class__ = InstallMethod  # type: ignore[assignment]  # same slots, checked above
    return made  # type: ignore[return-value]  # it is an InstallMethod now


def checked_app(
    id: str, name: str, publisher: str, category: str, description: str,
    tags: tuple[str, ...], replaces: tuple[str, ...], required: bool, approval: str,
    data_classification: str, cost: str, featured: bool, install: Mapping[str, InstallMethod],
    homepage: str | None, translations: Mapping[str, AppText] | None = None,
    icon: str | None = None, version: str = "", size: int | None = None,
) -> CatalogueApp:
    """``CatalogueApp(...)`` for values a validator has already checked, built faster."""
    app = _AppDraft()
    app.id = id
    app.name = name
    app.publisher = publisher
    app.category = category
    app.description = description
    app.tags = tags
    app.replaces = replaces
    app.required = required
    app.approval = approval
    app.data_classification = data_classification
    app.cost = cost
    app.featured = featured
    app.install = install
    app.homepage = homepage
    app.icon = icon
    app.version = version
    app.size = size
    app.deadline = None  # the fast path leaves catalogues with deadlines to the validator
    app.translations = NO_TRANSLATIONS if translations is None else translations
    app.__class__ = CatalogueApp  # type: ignore[assignment]  # same slots, checked above
    return app  # type: ignore[return-value]  # it is a CatalogueApp now
