"""Fixtures for the catalogue tests: real keys, a real published repository, a real HTTP server."""

from __future__ import annotations

import functools
import hashlib
import http.server
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from catalogue_testing import SMALL_CATALOGUE, ClientFactory, Publisher, RepoServer

from desktop.catalogue import keys
from desktop.catalogue.client import CatalogueClient
from desktop.catalogue.fetchers import SessionFetcher
from desktop.catalogue.publish import PublishResult, publish_catalogue_file


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site like a CDN would: with ETags and 304s for unchanged files."""

    requests_seen: list[str]

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if not path.is_file():
            return super().send_head()
        etag = '"' + hashlib.sha256(path.read_bytes()).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        self._etag = etag
        return super().send_head()

    def end_headers(self) -> None:
        etag = getattr(self, "_etag", None)
        if etag:
            self.send_header("ETag", etag)
            self._etag = ""
        super().end_headers()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.requests_seen.append(f"{self.command} {self.path} {code}")

    def log_message(self, format: str, *args: Any) -> None:  # stdlib signature
        """Quiet: the test server must not write to stderr."""


@pytest.fixture
def repo_server(tmp_path: Path) -> Iterator[RepoServer]:
    site = tmp_path / "site"
    site.mkdir()
    seen: list[str] = []
    handler = type("Handler", (_Handler,), {"requests_seen": seen})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site))
    )
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield RepoServer(site, f"http://127.0.0.1:{server.server_address[1]}", seen)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def keydir(tmp_path: Path) -> Path:
    path = tmp_path / "keys"
    keys.init_keys(path)
    return path


@pytest.fixture
def publish(tmp_path: Path, keydir: Path, repo_server: RepoServer) -> Publisher:
    """Publish catalogue YAML text into the served site with the admin code."""

    def run(text: str = SMALL_CATALOGUE, expires_days: int = 30,
            now: datetime | None = None, keys_dir: Path | None = None) -> PublishResult:
        source = tmp_path / "catalogue.yaml"
        source.write_text(text, encoding="utf-8")
        return publish_catalogue_file(source, keys_dir or keydir, repo_server.site,
                                      expires_days, now)

    return run


@pytest.fixture
def make_client(tmp_path: Path, keydir: Path, repo_server: RepoServer) -> ClientFactory:
    def build(state: str = "client", root: bytes | None = None) -> CatalogueClient:
        return CatalogueClient(
            tmp_path / state, repo_server.url,
            root if root is not None else (keydir / "root.json").read_bytes(),
            SessionFetcher(requests.Session(), timeout=5),
        )

    return build
