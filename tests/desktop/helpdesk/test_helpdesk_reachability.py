"""The helpdesk reachability probe answers quickly, whatever the peer does."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from pytest_httpserver import HTTPServer

from desktop.helpdesk import reachability
from desktop.policy import PolicyLoad
from desktop.settings import Settings
from desktop.settings_defs import build_registry
from tests.fakes.http_peers import raw_peer, trickle_head


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def _settings(tmp_path: Path, url: str) -> Settings:
    policy = PolicyLoad(values={"helpdesk.connector": "zammad", "helpdesk.zammad.url": url},
                        origin="test")
    return Settings(build_registry(), tmp_path / "settings.toml", policy)


@pytest.mark.parametrize(("status", "headers"), [(401, {}), (302, {"Location": "/login"}),
                                                 (200, {"Content-Length": "999999999999"})])
def test_any_http_answer_means_reachable(
    httpserver: HTTPServer, session: requests.Session, tmp_path: Path, status: int,
    headers: dict[str, str],
) -> None:
    httpserver.expect_request("/", method="HEAD").respond_with_data("", status, headers=headers)
    settings = _settings(tmp_path, httpserver.url_for("/api"))
    assert reachability.helpdesk_reachable(settings, lambda: session, tmp_path)


def test_a_trickling_helpdesk_is_unreachable_within_the_probe_deadline(
    session: requests.Session, tmp_path: Path
) -> None:
    with raw_peer(trickle_head()) as peer:
        started = time.monotonic()
        assert not reachability.helpdesk_reachable(_settings(tmp_path, peer.url("/api")),
                                                   lambda: session, tmp_path, timeout=0.5)
        assert time.monotonic() - started < 2.5


def test_the_smtp_port_probe_is_recorded(tmp_path: Path) -> None:
    import socket

    from desktop.network.call_record import CallRecord

    records: list[CallRecord] = []
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        policy = PolicyLoad(values={"helpdesk.connector": "email",
                                    "helpdesk.email.smtp_host": "127.0.0.1",
                                    "helpdesk.email.smtp_port": port}, origin="test")
        settings = Settings(build_registry(), tmp_path / "settings.toml", policy)
        assert reachability.helpdesk_reachable(settings, _no_http, tmp_path,
                                               recorder=records.append)
    assert [(r.purpose, r.method, r.host, r.port, r.result) for r in records] == [
        ("reachability", "TCP", "127.0.0.1", port, "connected")]


def _no_http() -> requests.Session:
    raise AssertionError("the SMTP probe must not make an HTTP session")
