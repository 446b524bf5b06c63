"""The catalogue as the app sees it: the current verified copy, its announcements and status.

Built once by the composition root (or the CLI) from a :class:`~desktop.core.Core`. ``refresh``
blocks on the network, so the GUI calls it through the task runner on a jittered timer
(:meth:`CatalogueService.next_refresh_delay`). It never raises for expected failures: they
become :attr:`CatalogueStatus.error`, and the last good catalogue stays in use. Apps and
announcements come in the ``language`` it was built with (the UI's), where IT translated them.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.catalogue import announcements as news
from desktop.catalogue.client import (
    CatalogueClient,
    CatalogueError,
    CatalogueNotConfigured,
    VerifiedContent,
    failure_of,
)
from desktop.catalogue.model import DEMO_URL, Announcement, Catalogue, CatalogueApp
from desktop.catalogue.refresh_failure import RefreshFailure
from desktop.catalogue.search import SearchHit, SearchIndex
from desktop.paths import ProfilePaths
from desktop.settings import Settings
from desktop.settings_defs import catalogue as catalogue_settings
from desktop.sha256 import sha256_hex

if TYPE_CHECKING:
    import requests

    from desktop.catalogue.fetchers import LocalFetcher, SessionFetcher
    from desktop.core import Core

log = logging.getLogger(__name__)

_OFFLINE_RETRY_MINUTES = 5.0
_JITTER = 0.1


@dataclass(frozen=True)
class CatalogueStatus:
    """What the Health page and ``deskmate catalogue status`` show."""

    version: int | None  # signed targets version in use; None when there is no catalogue
    fetched_at: datetime | None  # when the copy in use was last verified
    expires: datetime | None  # when its signed metadata expires
    verified: bool  # the copy in use passed verification, and no later refresh was refused
    error: str | None  # why the most recent refresh failed, for people
    offline: bool  # the most recent refresh could not reach the repository
    source: str = ""  # the repository URL, or "demo"
    error_kind: str | None = None  # e.g. "CatalogueTampered", for tests and the Health check
    apps: int = 0
    error_at: datetime | None = None  # when the most recent refresh failed

    def expired(self, now: datetime) -> bool:
        return self.expires is not None and now >= self.expires


@dataclass(frozen=True)
class CatalogueSource:
    """Where the repository is and which root is trusted."""

    url: str
    trusted_root: bytes
    demo: bool


class CatalogueService:
    """Owns the client and the current copy; safe to read from the GUI thread while
    ``refresh`` runs in a worker."""

    def __init__(self, paths: ProfilePaths, settings: Settings,
                 session_factory: Callable[[], requests.Session], demo: bool,
                 clock: Callable[[], datetime] | None = None,
                 rng: random.Random | None = None, language: str = "en") -> None:
        self._paths = paths
        self._settings = settings
        self._session_factory = session_factory
        self._demo = demo
        self._clock = clock or (lambda: datetime.now(UTC))
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self._client: CatalogueClient | None = None
        self._client_key = ""
        self._language = language
        self._content: VerifiedContent | None = None
        self._catalogue: Catalogue | None = None  # the content's, in self._language
        self._news: tuple[Announcement, ...] = ()  # likewise
        self._index: SearchIndex | None = None
        self._error: RefreshFailure | None = None
        self._listeners: list[Callable[[CatalogueStatus], None]] = []

    @classmethod
    def from_core(cls, core: Core, language: str = "en") -> CatalogueService:
        """The service for the app's profile, settings, network session and mode, showing
        apps and announcements in ``language`` (a code such as "de")."""
        return cls(core.paths, core.settings, core.http_session, core.demo, language=language)

    def add_listener(self, listener: Callable[[CatalogueStatus], None]) -> None:
        """Call ``listener(status)`` after each refresh or load (from the calling thread)."""
        self._listeners.append(listener)

    def load_cached(self) -> CatalogueStatus:
        """Use the last good copy from disk, without the network; quick, for start-up."""
        try:
            client = self._current_client()
        except CatalogueError as exc:
            return self._finish(None, failure_of(exc, self._clock()))
        return self._finish(client.last_good(), client.last_failure(), refreshed=False)

    def reload(self) -> CatalogueStatus:
        """Take up what a refresh in a worker process left on disk: its copy and its outcome."""
        try:
            client = self._current_client()
        except CatalogueError as exc:
            return self._finish(None, failure_of(exc, self._clock()))
        client.reread()
        return self._finish(client.last_good(), client.last_failure())

    def refresh(self) -> CatalogueStatus:
        """Fetch and verify now (blocking). Failures are reported in the status."""
        try:
            client = self._current_client()
        except CatalogueError as exc:
            previous = self._client.last_good() if self._client else None
            return self._finish(previous, failure_of(exc, self._clock()))
        try:
            content = client.refresh()
        except CatalogueError:
            return self._finish(client.last_good(), client.last_failure())
        return self._finish(content, None)

    def catalogue(self) -> Catalogue | None:
        return self._catalogue

    def announcements(self) -> tuple[Announcement, ...]:
        return self._news

    def app_name(self, app_id: str, language: str) -> str | None:
        """App ``app_id``'s name as IT wrote it in ``language`` (a ticket's, which may not be
        the panel's), or None when the catalogue has no such app."""
        content = self._content
        app = content.catalogue.app(app_id) if content else None
        return app.in_language(language).name if app else None

    def announcement_title(self, announcement_id: str, language: str) -> str | None:
        """Like :meth:`app_name`, for an announcement's title."""
        content = self._content  # read once: a refresh may replace it meanwhile
        news = content.announcements if content else ()
        found = next((a for a in news if a.id == announcement_id), None)
        return found.in_language(language).title if found else None

    def active_announcements(self, now: datetime | None = None) -> tuple[Announcement, ...]:
        """Announcements to show now, most severe first; withdrawn/expired ones are gone."""
        return news.active(self.announcements(), now or self._clock())

    def search(self, query: str, limit: int | None = None) -> tuple[SearchHit, ...]:
        index = self._index
        return index.search(query, limit) if index else ()

    def icon_file(self, app: CatalogueApp) -> Path | None:
        """The verified icon file of ``app`` on this computer, or None (then a monogram)."""
        client = self._client
        return client.icon_file(app) if client is not None else None

    def search_index(self) -> SearchIndex | None:
        """The index for the catalogue in use, for the Apps page's filter model."""
        return self._index

    def status(self) -> CatalogueStatus:
        content, error = self._content, self._error
        return CatalogueStatus(
            version=content.version if content else None,
            fetched_at=content.fetched_at if content else None,
            expires=content.expires if content else None,
            verified=content is not None and not (error and error.refused),
            error=error.message if error else None,
            offline=bool(error and error.offline),
            source="demo" if self._demo else self._settings.value(catalogue_settings.CATALOGUE_URL),
            error_kind=error.kind if error else None,
            apps=len(content.catalogue.apps) if content else 0,
            error_at=error.at if error else None,
        )

    def next_refresh_delay(self, now: datetime | None = None) -> float:
        """Seconds until the next refresh: the policy interval ±10 %, or a few minutes after
        a failed attempt, so thousands of clients do not hit the server at once."""
        minutes = float(self._settings.value(catalogue_settings.REFRESH_MINUTES))
        if self._error is not None:
            minutes = min(minutes, _OFFLINE_RETRY_MINUTES)
        base = minutes * 60.0
        return base * (1.0 + self._rng.uniform(-_JITTER, _JITTER))

    def source(self) -> CatalogueSource:
        """The configured repository; raises :class:`CatalogueNotConfigured`."""
        if self._demo:
            root = (files("resources") / "demo" / "root.json").read_bytes()
            return CatalogueSource(DEMO_URL, root, True)
        url = self._settings.value(catalogue_settings.CATALOGUE_URL).strip()
        if not url:
            raise CatalogueNotConfigured(
                "No catalogue is configured. IT sets catalogue.url and catalogue.trusted_root."
            )
        if urlsplit(url).scheme not in ("https", "http", "file"):
            raise CatalogueNotConfigured(
                f"catalogue.url {url!r} must be an https:// or file:// URL."
            )
        return CatalogueSource(url, self._trusted_root(), False)

    def _trusted_root(self) -> bytes:
        value = self._settings.value(catalogue_settings.TRUSTED_ROOT).strip()
        if not value:
            raise CatalogueNotConfigured(
                "The catalogue has no trusted root. IT sets catalogue.trusted_root to the "
                "root.json from 'deskmate-admin keys init' (a path or the JSON itself)."
            )
        if value.startswith("{"):
            return value.encode("utf-8")
        try:
            return Path(value).expanduser().read_bytes()
        except OSError as exc:
            raise CatalogueNotConfigured(
                f"The catalogue's trusted root {value} cannot be read: {exc.strerror or exc}."
            ) from exc

    def _current_client(self) -> CatalogueClient:
        source = self.source()
        key = sha256_hex(source.url.encode() + b"\0" + source.trusted_root)[:16]
        if self._client is None or key != self._client_key:
            self._client = CatalogueClient(
                self._state_dir(source, key), source.url, source.trusted_root,
                lambda: self._fetcher(source), clock=self._clock,  # tuf: only to refresh
            )
            self._client_key = key
        return self._client

    def _state_dir(self, source: CatalogueSource, legacy_key: str) -> Path:
        """The trust state for this repository URL; a redeployed root must not reset it.

        Earlier releases keyed the folder by URL and root; such a folder is moved here once.
        """
        folder = self._paths.data_dir / "catalogue"
        state = folder / ("url-" + sha256_hex(source.url.encode())[:16])
        legacy = folder / legacy_key
        if not state.exists() and legacy.is_dir():
            try:
                legacy.rename(state)
            except OSError as exc:
                log.warning("Catalogue state not moved", extra={"error": str(exc)})
        return state

    def _fetcher(self, source: CatalogueSource) -> LocalFetcher | SessionFetcher:
        from desktop.catalogue.fetchers import LocalFetcher, SessionFetcher  # tuf, requests

        if source.demo:
            return LocalFetcher.demo()
        if source.url.startswith("file:"):
            return LocalFetcher.for_file_url(source.url)
        return SessionFetcher(self._session_factory())

    def _show(self, content: VerifiedContent) -> None:
        """The content in this service's language, and its search index."""
        self._catalogue = content.catalogue.in_language(self._language)
        self._news = tuple(a.in_language(self._language) for a in content.announcements)
        self._index = SearchIndex(self._catalogue.apps)

    def _finish(self, content: VerifiedContent | None, error: RefreshFailure | None,
                refreshed: bool = True) -> CatalogueStatus:
        with self._lock:
            if content is not None and content is not self._content:
                if self._content is None or self._content.digest != content.digest:
                    self._show(content)
                self._content = content
            if refreshed or error is not None:
                self._error = error
        status = self.status()
        for listener in tuple(self._listeners):
            listener(status)
        return status
