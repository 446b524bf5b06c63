"""Installer downloads at the edges: size cap, deadline, broken headers and redirects."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from pytest_httpserver import HTTPServer

from desktop.catalogue.installer_download import DownloadError, download_verified
from tests.fakes.http_peers import endless_body, fixed, other_origin, raw_peer, trickle_body

BODY = b"MZ installer bytes"
SHA = hashlib.sha256(BODY).hexdigest()


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def _get(session: requests.Session, url: str, dest: Path, **kwargs: float) -> Path:
    return download_verified(session, url, SHA, dest, lambda _pct: None, threading.Event(),
                             **kwargs)  # type: ignore[arg-type]  # the limits under test


def test_content_length_abc_is_a_download_error(session: requests.Session, tmp_path: Path) -> None:
    with (raw_peer(fixed("200 OK", {"Content-Length": "abc"}, BODY)) as peer,
          pytest.raises(DownloadError, match="Content-Length")):
        _get(session, peer.url("/setup.exe"), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_declared_size_above_the_cap_is_refused_before_reading(
    session: requests.Session, tmp_path: Path
) -> None:
    with (raw_peer(endless_body(content_length=8 << 30)) as peer,
          pytest.raises(DownloadError, match="larger than 4 GiB")):
        _get(session, peer.url("/setup.exe"), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_an_endless_download_stops_at_the_cap(session: requests.Session, tmp_path: Path) -> None:
    with (raw_peer(endless_body()) as peer,
          pytest.raises(DownloadError, match="larger than 1 MiB")):
        _get(session, peer.url("/setup.exe"), tmp_path, max_bytes=1 << 20)
    assert list(tmp_path.iterdir()) == []  # the partial file is gone


def test_a_trickling_download_stops_at_the_deadline(
    session: requests.Session, tmp_path: Path
) -> None:
    started = time.monotonic()
    with (raw_peer(trickle_body()) as peer,
          pytest.raises(DownloadError, match="did not finish within 1 seconds")):
        _get(session, peer.url("/setup.exe"), tmp_path, deadline=1.0)
    assert time.monotonic() - started < 3


def test_a_same_scheme_redirect_is_followed_and_verified(
    httpserver: HTTPServer, session: requests.Session, tmp_path: Path
) -> None:
    mirror = other_origin(httpserver.url_for("/mirror/setup.exe"))
    httpserver.expect_request("/setup.exe").respond_with_data(
        "", 302, headers={"Location": mirror})
    httpserver.expect_request("/mirror/setup.exe").respond_with_data(BODY)
    path = _get(session, httpserver.url_for("/setup.exe"), tmp_path)
    assert path.read_bytes() == BODY
