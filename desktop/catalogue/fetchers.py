"""How the TUF client downloads: our requests session (OS trust store, proxy) or local files.

TUF verifies every byte it receives, so these fetchers only move bytes; they never decide
what is trusted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.abc import Traversable
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlsplit

import requests
from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

from desktop.catalogue.model import DEMO_URL
from desktop.network.client import Limits, NetworkClient, Stream
from desktop.network.errors import DeadlineExceeded, NetworkError, TimedOut, TooLarge

log = logging.getLogger(__name__)

DEADLINE_READS = 8  # a whole file may take eight read time-outs (15 s -> 2 minutes)
MAX_FILE_BYTES = 64 * 1024 * 1024  # TUF checks each file's length; this bounds the unknown
_TIMESTAMP_BYTES = 64 * 1024


@dataclass(frozen=True)
class _Cached:
    etag: str
    body: bytes


class SessionFetcher(FetcherInterface):
    """Fetches over HTTP(S) through the app's network client; ``timestamp.json`` is asked for
    conditionally (``If-None-Match``), so an unchanged repository costs one 304.

    Only ETags are used: ``Last-Modified`` has one-second resolution, and a republish within
    that second would be missed until the next refresh. A CDN's same-scheme redirect is
    followed; each file has an overall deadline and a size cap."""

    def __init__(self, session: requests.Session, timeout: float = 15.0,
                 max_bytes: int = MAX_FILE_BYTES) -> None:
        self._client = NetworkClient(session, timeout)
        self._limits = Limits(timeout * DEADLINE_READS, max_bytes)
        self._conditional: dict[str, _Cached] = {}

    def _fetch(self, url: str) -> Iterator[bytes]:
        try:
            yield from self._fetch_checked(url)
        except (DeadlineExceeded, TimedOut) as exc:
            raise exceptions.SlowRetrievalError(str(exc)) from exc
        except TooLarge as exc:
            raise exceptions.DownloadLengthMismatchError(str(exc)) from exc
        except NetworkError as exc:
            raise exceptions.DownloadError(str(exc)) from exc

    def _fetch_checked(self, url: str) -> Iterator[bytes]:
        cached = self._conditional.get(url)
        headers = {"If-None-Match": cached.etag} if cached else {}
        with self._client.open("catalogue", "GET", url, self._limits, follow=True,
                               headers=headers) as stream:
            if stream.status == 304 and cached is not None:
                yield cached.body
            elif stream.status >= 300:
                raise exceptions.DownloadHTTPError(f"HTTP {stream.status}", stream.status)
            elif url.endswith("/timestamp.json"):
                yield self._remember(url, stream)
            else:
                yield from stream.chunks()

    def _remember(self, url: str, stream: Stream) -> bytes:
        body = bytearray()
        for chunk in stream.chunks():
            body += chunk
            if len(body) > _TIMESTAMP_BYTES:  # TUF refuses it by length; stop reading here
                break
        etag = stream.headers.get("ETag", "")
        if etag:
            self._conditional[url] = _Cached(etag, bytes(body))
        else:
            self._conditional.pop(url, None)
        return bytes(body)


class LocalFetcher(FetcherInterface):
    """Reads a repository from a folder (``file://`` URLs, e.g. a file share) or from the
    package's bundled demo repository (``deskmate-demo://repo``)."""

    def __init__(self, base_url: str, root: Traversable) -> None:
        self._base = base_url.rstrip("/") + "/"
        self._root = root

    @classmethod
    def for_file_url(cls, url: str) -> LocalFetcher:
        return cls(url, Path(unquote(urlsplit(url).path)))

    @classmethod
    def demo(cls) -> LocalFetcher:
        return cls(DEMO_URL, files("resources") / "demo" / "repo")

    def _fetch(self, url: str) -> Iterator[bytes]:
        if not url.startswith(self._base):
            raise exceptions.DownloadError(f"{url} is outside {self._base}")
        parts = [unquote(p) for p in url[len(self._base):].split("/")]
        if any(p in ("", ".", "..") or "\\" in p for p in parts):
            raise exceptions.DownloadHTTPError("not found", 404)
        node = self._root
        for part in parts:
            node = node / part
        if not node.is_file():
            raise exceptions.DownloadHTTPError("not found", 404)
        with node.open("rb") as handle:
            return iter((handle.read(),))
