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

log = logging.getLogger(__name__)

DEMO_URL = "deskmate-demo://repo"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class _Cached:
    etag: str
    body: bytes


class SessionFetcher(FetcherInterface):
    """Fetches over HTTP(S) with the app's session; ``timestamp.json`` is asked for
    conditionally (``If-None-Match``), so an unchanged repository costs one 304.

    Only ETags are used: ``Last-Modified`` has one-second resolution, and a republish within
    that second would be missed until the next refresh."""

    def __init__(self, session: requests.Session, timeout: float = 15.0) -> None:
        self._session = session
        self._timeout = timeout
        self._conditional: dict[str, _Cached] = {}

    def _fetch(self, url: str) -> Iterator[bytes]:
        cached = self._conditional.get(url)
        headers = {"If-None-Match": cached.etag} if cached else {}
        try:
            response = self._session.get(url, stream=True, timeout=self._timeout, headers=headers)
        except requests.Timeout as exc:
            raise exceptions.SlowRetrievalError from exc
        if response.status_code == 304 and cached is not None:
            response.close()
            return iter((cached.body,))
        if response.status_code >= 400:
            response.close()
            raise exceptions.DownloadHTTPError(f"HTTP {response.status_code}", response.status_code)
        if url.endswith("/timestamp.json"):
            return self._remember(url, response)
        return _chunks(response)

    def _remember(self, url: str, response: requests.Response) -> Iterator[bytes]:
        body = response.raw.read(64 * 1024 + 1, decode_content=True)
        response.close()
        etag = response.headers.get("ETag", "")
        if etag:
            self._conditional[url] = _Cached(etag, body)
        else:
            self._conditional.pop(url, None)
        return iter((body,))


def _chunks(response: requests.Response) -> Iterator[bytes]:
    try:
        yield from response.iter_content(_CHUNK)
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise exceptions.SlowRetrievalError from exc
    finally:
        response.close()


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
