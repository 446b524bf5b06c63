"""The catalogue's plain data: apps, install methods, unsanctioned tools, announcements."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

PLATFORM_KEYS = ("windows", "macos", "linux", "any")
INSTALL_METHODS = (
    "winget", "msi", "exe", "brew", "brew_cask", "pkg", "flatpak", "apt", "snap", "open_url",
)
DOWNLOAD_METHODS = ("msi", "exe", "pkg")
APPROVALS = ("none", "manager", "it")
SEVERITIES = ("info", "minor", "major")


@dataclass(frozen=True)
class InstallMethod:
    """How to install an app on one platform, built only from validated, structured fields."""

    method: str  # one of INSTALL_METHODS
    value: str  # package id for winget/brew/brew_cask/flatpak/apt/snap; https URL otherwise
    sha256: str | None = None  # required for msi/exe/pkg
    silent_args: tuple[str, ...] = ()  # msi/exe only, each checked against a strict pattern

    @property
    def is_download(self) -> bool:
        return self.method in DOWNLOAD_METHODS


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Unsanctioned:
    """A consumer tool IT would rather people did not use, and the approved alternative."""

    name: str
    processes: tuple[str, ...]  # process names, matched case-insensitively
    alternative: str  # an app id in the same catalogue
    reason: str


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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
