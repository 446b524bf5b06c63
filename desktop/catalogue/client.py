"""The employee's side of the signed repository: refresh, verify through TUF, keep the last good.

Exceptions (each message is written for the person reading the Health page)::

    CatalogueError
    ├── CatalogueNotConfigured    no repository URL or trusted root, or the root is unusable
    ├── CatalogueOffline          the repository cannot be reached (network, DNS, time-out)
    ├── CatalogueUnavailable      the server answered with an HTTP error
    ├── CatalogueCacheError       the local copy cannot be written
    └── CatalogueRefused          the repository failed verification; nothing from it is used
        ├── CatalogueTampered     a file does not match its signed hash or length
        ├── CatalogueRollback     an older version than one already seen
        ├── CatalogueExpired      signed metadata past its expiry (a freeze attack or stale repo)
        ├── CatalogueWrongKey     not signed by the keys the trusted root names
        ├── CatalogueOversized    a file larger than allowed
        └── CatalogueMalformed    unreadable metadata, or a signed catalogue that does not validate
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop.atomic_file import write_atomic
from desktop.catalogue.announcements import AnnouncementsInvalid, parse_announcements
from desktop.catalogue.icon_files import icon_problem
from desktop.catalogue.model import (
    ANNOUNCEMENTS_TARGET,
    CATALOGUE_TARGET,
    Announcement,
    Catalogue,
    CatalogueApp,
)
from desktop.catalogue.refresh_failure import FailureRecord, RefreshFailure
from desktop.catalogue.validation import CatalogueInvalid, load_catalogue

if TYPE_CHECKING:  # python-tuf (and cryptography) load only when a refresh runs: in a worker
    from tuf.ngclient.config import UpdaterConfig
    from tuf.ngclient.fetcher import FetcherInterface
    from tuf.ngclient.updater import Updater

log = logging.getLogger(__name__)

# Generous for 10,000 apps, small enough that a hostile server cannot fill the disk.
TARGET_MAX_BYTES = 32 * 1024 * 1024


class CatalogueError(Exception):
    """Base of every expected catalogue refresh failure."""

    offline = False


class CatalogueNotConfigured(CatalogueError):
    """No repository URL or trusted root is set, or the trusted root is not valid."""


class CatalogueOffline(CatalogueError):
    """The repository cannot be reached."""

    offline = True


class CatalogueUnavailable(CatalogueError):
    """The server answered with an HTTP error status."""


class CatalogueCacheError(CatalogueError):
    """The verified copy could not be stored on this computer."""


class CatalogueRefused(CatalogueError):
    """The repository failed verification; the last good catalogue stays in use."""


class CatalogueTampered(CatalogueRefused):
    """A file does not match the hash and length its signed metadata promises."""


class CatalogueRollback(CatalogueRefused):
    """The repository offered an older version than one already verified."""


class CatalogueExpired(CatalogueRefused):
    """Signed metadata is past its expiry date."""


class CatalogueWrongKey(CatalogueRefused):
    """Metadata is not signed by the keys the trusted root names."""


class CatalogueOversized(CatalogueRefused):
    """A file is larger than the signed metadata or the client's limits allow."""


class CatalogueMalformed(CatalogueRefused):
    """Metadata cannot be parsed, or the signed catalogue does not validate."""


@dataclass(frozen=True)
class VerifiedContent:
    """A catalogue and its announcements that passed TUF verification and validation."""

    catalogue: Catalogue
    announcements: tuple[Announcement, ...]
    version: int  # the signed targets version
    expires: datetime | None  # the earliest expiry of timestamp, snapshot and targets
    fetched_at: datetime
    digest: str  # identifies the exact target files, so unchanged ones are not re-parsed


class CatalogueClient:
    """Refreshes one repository into a local folder; blocking, so call it off the GUI thread."""

    def __init__(self, state_dir: Path, repo_url: str, trusted_root: bytes,
                 fetcher: FetcherInterface | Callable[[], FetcherInterface],
                 config: UpdaterConfig | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self._dir = state_dir
        self._url = repo_url.rstrip("/")
        self._root = trusted_root
        self._fetcher = fetcher
        self._config = config
        self._clock = clock or (lambda: datetime.now(UTC))
        self._last: VerifiedContent | None = None
        self._failures = FailureRecord(state_dir / "last_failure.json")
        self._failure: RefreshFailure | None = None
        self._failure_read = False

    def last_good(self) -> VerifiedContent | None:
        """The copy verified most recently, read from disk the first time; never raises."""
        if self._last is None:
            self._last = _read_last_good(self._dir / "last_good")
        return self._last

    def reread(self) -> None:
        """Read the copy and the outcome again, as another process (a worker) left them."""
        self._last = _read_last_good(self._dir / "last_good", self._last)
        self._failure_read = False

    def last_failure(self) -> RefreshFailure | None:
        """Why the most recent refresh failed, also in an earlier process; None after success."""
        if not self._failure_read:
            self._failure, self._failure_read = self._failures.read(), True
        return self._failure

    def refresh(self) -> VerifiedContent:
        """Fetch what changed, verify it, and make it the last good copy.

        Raises a :class:`CatalogueError`; the last good copy is left untouched then, and the
        failure is stored for :meth:`last_failure`.
        """
        try:
            content = self._refresh()
        except CatalogueError as exc:
            self._failure, self._failure_read = failure_of(exc, self._clock()), True
            self._failures.write(self._failure)
            raise
        self._failure, self._failure_read = None, True
        self._failures.clear()
        return content

    def _refresh(self) -> VerifiedContent:
        with _translated_errors():
            updater = self._updater()
            updater.refresh()
            catalogue_data, cat_info = self._target(updater, CATALOGUE_TARGET, required=True)
            news_data, _ = self._target(updater, ANNOUNCEMENTS_TARGET, required=False)
        version, expires = _signed_versions(self._dir / "metadata")
        import hashlib  # OpenSSL's, 5x faster on a big catalogue; a refresh has it loaded

        digest = hashlib.sha256(catalogue_data + b"\0" + (news_data or b"")).hexdigest()
        previous = self.last_good()
        if previous is not None and previous.digest == digest and previous.version == version:
            content = _restamped(previous, expires, self._clock())
        else:
            content = self._parse(catalogue_data, news_data, version, expires, cat_info, digest)
        with _translated_errors():
            icons = self._fetch_icons(updater, content.catalogue)
        self._store(content, catalogue_data, news_data)
        self._store_icons(icons)
        return content

    def icon_file(self, app: CatalogueApp) -> Path | None:
        """The verified copy of ``app``'s icon on this computer, if it has one."""
        if app.icon is None:
            return None
        path = self._dir / "last_good" / "icons" / app.icon
        return path if path.is_file() else None

    def _fetch_icons(self, updater: Updater, catalogue: Catalogue) -> dict[str, bytes]:
        """Each icon target the apps name, verified like the catalogue (a tampered one refuses
        the refresh). One missing or not an image is left out: its app shows a monogram."""
        icons: dict[str, bytes] = {}
        for name in sorted({app.icon for app in catalogue.apps if app.icon}):
            data, _ = self._target(updater, name, required=False)
            problem = icon_problem(name, data) if data else "is not in the repository"
            if problem:
                log.warning("Catalogue icon left out", extra={"icon": name, "reason": problem})
            else:
                icons[name] = data
        return icons

    def _store_icons(self, icons: dict[str, bytes]) -> None:
        """Keep exactly ``icons`` beside the verified catalogue; a failure only costs icons."""
        folder = self._dir / "last_good" / "icons"
        try:
            for name, data in icons.items():
                path = folder / name
                if not path.is_file() or path.read_bytes() != data:
                    write_atomic(path, data)
            for path in folder.rglob("*") if folder.is_dir() else ():
                if path.is_file() and path.relative_to(folder).as_posix() not in icons:
                    path.unlink()
        except OSError as exc:
            log.warning("Catalogue icons not saved", extra={"error": str(exc)})

    def _updater(self) -> Updater:
        from tuf.api import exceptions
        from tuf.ngclient.config import UpdaterConfig
        from tuf.ngclient.updater import Updater

        (self._dir / "metadata").mkdir(parents=True, exist_ok=True)
        try:
            return Updater(
                metadata_dir=str(self._dir / "metadata"),
                metadata_base_url=f"{self._url}/metadata/",
                target_dir=str(self._dir / "targets"),
                target_base_url=f"{self._url}/targets/",
                fetcher=self._resolved_fetcher(),
                config=self._config or UpdaterConfig(targets_max_length=TARGET_MAX_BYTES),
                bootstrap=self._root,
            )
        except (exceptions.RepositoryError, ValueError) as exc:
            raise CatalogueNotConfigured(
                f"The trusted root for the catalogue is not valid root metadata ({exc}). "
                "Ask IT to check the catalogue.trusted_root setting."
            ) from exc

    def _resolved_fetcher(self) -> FetcherInterface:
        """The fetcher, made on first use when given as a factory (it loads python-tuf)."""
        if callable(self._fetcher):
            self._fetcher = self._fetcher()
        return self._fetcher

    def _target(self, updater: Updater, name: str, *, required: bool) -> tuple[bytes, Any]:
        info = updater.get_targetinfo(name)
        if info is None:
            if required:
                raise CatalogueMalformed(f"The catalogue repository has no {name}.")
            return b"", None
        path = updater.find_cached_target(info) or updater.download_target(info)
        return Path(path).read_bytes(), info

    def _parse(self, catalogue_data: bytes, news_data: bytes | None, version: int,
               expires: datetime | None, info: Any, digest: str) -> VerifiedContent:
        published = _published(info)
        try:
            catalogue = load_catalogue(_json(catalogue_data), version, published)
            news = parse_announcements(news_data) if news_data else ()
        except (ValueError, RecursionError) as exc:
            log.error("Signed catalogue rejected", extra={"reason": str(exc)[:300]})
            raise CatalogueMalformed(
                f"The signed catalogue (version {version}) is malformed and was not used: "
                f"{_first_issue(exc)}"
            ) from exc
        return VerifiedContent(catalogue, news, version, expires, self._clock(), digest)

    def _store(self, content: VerifiedContent, catalogue_data: bytes, news: bytes | None) -> None:
        folder = self._dir / "last_good"
        state = {
            "version": content.version, "digest": content.digest,
            "expires": content.expires.isoformat() if content.expires else None,
            "fetched_at": content.fetched_at.isoformat(),
            "published": _iso_or_none(content.catalogue.published),
        }
        try:
            if self._last is None or self._last.digest != content.digest:
                write_atomic(folder / "catalogue.json", catalogue_data)
                write_atomic(folder / "announcements.json", news or b"")
            write_atomic(folder / "state.json", json.dumps(state).encode())
        except OSError as exc:
            self._last = content  # still use it for this session
            raise CatalogueCacheError(
                f"The verified catalogue could not be saved for offline use: {exc.strerror or exc}"
            ) from exc
        self._last = content


class _translated_errors:  # noqa: N801  # used as a context manager, reads like a statement
    """Turns python-tuf's exceptions into ours, with a message a person can act on."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> Literal[False]:
        if exc is None or isinstance(exc, CatalogueError):
            return False
        translated = _translate(exc)
        if translated is None:
            return False
        level = logging.INFO if translated.offline else logging.WARNING
        log.log(level, "Catalogue refresh failed",
                extra={"kind": type(translated).__name__, "reason": str(exc)[:300]})
        raise translated from exc


def _translate(exc: BaseException) -> CatalogueError | None:
    from tuf.api import exceptions

    detail = str(exc)[:200]
    table: tuple[tuple[type[BaseException], Callable[[str], CatalogueError]], ...] = (
        (exceptions.ExpiredMetadataError, lambda d: CatalogueExpired(
            f"The catalogue's signed metadata has expired ({d}). IT must re-publish it; "
            "until then the last good catalogue stays in use.")),
        (exceptions.BadVersionNumberError, lambda d: CatalogueRollback(
            f"The server offered an older catalogue than one already verified ({d}). "
            "This looks like a rollback attack and was refused.")),
        (exceptions.UnsignedMetadataError, lambda d: CatalogueWrongKey(
            f"The catalogue is not signed by the keys your organisation trusts ({d}). "
            "It was refused.")),
        (exceptions.LengthOrHashMismatchError, lambda d: CatalogueTampered(
            f"A catalogue file does not match its signed hash or length ({d}): it was altered "
            "or cut short. It was refused.")),
        (exceptions.DownloadLengthMismatchError, lambda d: CatalogueOversized(
            f"A catalogue file is larger than allowed ({d}). It was refused.")),
        (exceptions.DownloadHTTPError, lambda d: CatalogueUnavailable(
            f"The catalogue server answered with an error ({d}).")),
        (exceptions.DownloadError, lambda d: CatalogueOffline(
            "The catalogue server cannot be reached; the last good catalogue stays in use.")),
        (exceptions.RepositoryError, lambda d: CatalogueMalformed(
            f"The catalogue's signed metadata is malformed or truncated ({d}). It was refused.")),
        (OSError, lambda d: CatalogueCacheError(
            f"The catalogue could not be stored on this computer ({d}).")),
    )
    for kind, make in table:
        if isinstance(exc, kind):
            return make(detail)
    return None


def failure_of(exc: CatalogueError, at: datetime) -> RefreshFailure:
    """The record of ``exc``, as status and the next process see it."""
    return RefreshFailure(type(exc).__name__, str(exc), at, isinstance(exc, CatalogueRefused),
                          exc.offline)


def _signed_versions(metadata_dir: Path) -> tuple[int, datetime | None]:
    """The trusted targets version and earliest expiry, from the metadata TUF just verified."""
    version, expiries = 0, []
    for role in ("timestamp", "snapshot", "targets"):
        try:
            signed = json.loads((metadata_dir / f"{role}.json").read_bytes())["signed"]
            expiries.append(datetime.fromisoformat(signed["expires"].replace("Z", "+00:00")))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if role == "targets":
            version = int(signed.get("version", 0))
    return version, min(expiries) if expiries else None


def _json(data: bytes) -> object:
    try:
        return json.loads(data)
    except ValueError as exc:
        raise ValueError(f"the catalogue file is not valid JSON ({exc})") from exc


def _iso_date(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _iso_or_none(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _published(info: Any) -> datetime | None:
    custom = getattr(info, "custom", None)
    text = custom.get("published") if isinstance(custom, dict) else None
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _first_issue(exc: BaseException) -> str:
    if isinstance(exc, CatalogueInvalid | AnnouncementsInvalid) and exc.issues:
        issue = exc.issues[0]
        more = f" (and {len(exc.issues) - 1} more problems)" if len(exc.issues) > 1 else ""
        return f"{issue.path or 'document'}: {issue.message}{more}"
    return str(exc)[:200]


def _restamped(previous: VerifiedContent, expires: datetime | None,
               now: datetime) -> VerifiedContent:
    return VerifiedContent(previous.catalogue, previous.announcements, previous.version,
                           expires, now, previous.digest)


def _read_last_good(folder: Path, known: VerifiedContent | None = None) -> VerifiedContent | None:
    """The stored copy; it was verified when fetched, so it is only parsed again here, and not
    even that when it is the ``known`` copy."""
    try:
        state = json.loads((folder / "state.json").read_bytes())
        version = int(state["version"])
        if known is not None and (known.digest, known.version) == (state["digest"], version):
            return _restamped(known, _iso_date(state.get("expires")),
                              datetime.fromisoformat(state["fetched_at"]))
        published = datetime.fromisoformat(state["published"]) if state.get("published") else None
        catalogue = load_catalogue(json.loads((folder / "catalogue.json").read_bytes()),
                                   version, published)
        news_data = (folder / "announcements.json").read_bytes()
        news = parse_announcements(news_data) if news_data else ()
        expires = datetime.fromisoformat(state["expires"]) if state.get("expires") else None
        fetched = datetime.fromisoformat(state["fetched_at"])
        return VerifiedContent(catalogue, news, version, expires, fetched, str(state["digest"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        log.error("Stored catalogue unreadable", extra={"folder": str(folder), "error": str(exc)})
        return None
