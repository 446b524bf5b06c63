"""Outbound HTTP: the OS trust store verifies TLS, and the proxy comes from settings."""

from __future__ import annotations

import requests
import truststore
from pytest_httpserver import HTTPServer

from desktop.network.session import make_session
from desktop.network_config import NetworkConfig


def test_https_uses_the_os_trust_store() -> None:
    session = make_session(NetworkConfig())
    adapter = session.get_adapter("https://helpdesk.example.com/")
    context = adapter.poolmanager.connection_pool_kw["ssl_context"]  # type: ignore[attr-defined]
    assert isinstance(context, truststore.SSLContext)
    assert session.headers["User-Agent"].startswith("Deskmate/")


def test_policy_proxy_is_used(httpserver: HTTPServer) -> None:
    # The "proxy" is a local server: a request for another host arrives there in proxy form.
    httpserver.expect_request("/ping").respond_with_data("via proxy")
    session = make_session(NetworkConfig(proxy=httpserver.url_for("/").rstrip("/")))
    response = session.get("http://helpdesk.invalid/ping", timeout=5)
    assert response.text == "via proxy"
    session.close()


def test_without_proxy_setting_the_environment_applies() -> None:
    session = make_session(NetworkConfig())
    assert session.trust_env
    assert session.proxies == {}
    assert isinstance(session, requests.Session)
