"""HTTP sessions that trust the OS certificate store, honour the configured proxy, and let a
call's :class:`~desktop.network.deadline.Deadline` cut its connections."""

from __future__ import annotations

import socket
import ssl
from typing import Any

import requests
import requests.adapters
import urllib3.connection
import urllib3.connectionpool

from desktop import __version__
from desktop.network.call_record import CallRecorder
from desktop.network.deadline import watch_socket
from desktop.network_config import NetworkConfig


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        watch_socket(sock)  # before TLS, so a trickled handshake is cut as well
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        watch_socket(self.sock)  # a kept-alive connection reused by a later call
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        watch_socket(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        watch_socket(self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class WatchedAdapter(requests.adapters.HTTPAdapter):
    """Opens connections whose sockets the running call's deadline can shut down."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS pools keep their own classes
            manager.pool_classes_by_scheme = _POOLS
        return manager


class _TrustStoreAdapter(WatchedAdapter):
    """Verifies TLS with the operating system's trust store (truststore), so corporate
    TLS-inspecting proxies whose CA IT has deployed are trusted as browsers trust them."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        import truststore

        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        import truststore

        proxy_kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return super().proxy_manager_for(proxy, **proxy_kwargs)


class RecordedSession(requests.Session):
    """A session that names where its calls are recorded (the activity ledger)."""

    def __init__(self, recorder: CallRecorder | None = None) -> None:
        super().__init__()
        self.recorder = recorder


def make_session(config: NetworkConfig, recorder: CallRecorder | None = None
                 ) -> RecordedSession:
    """The :class:`requests.Session` under :class:`~desktop.network.client.NetworkClient`;
    every call made through it is passed to ``recorder``."""
    session = RecordedSession(recorder)
    session.headers["User-Agent"] = f"Deskmate/{__version__}"
    session.mount("http://", WatchedAdapter())
    session.mount("https://", _TrustStoreAdapter())
    if config.proxy:
        session.trust_env = True  # still read NO_PROXY / certificates from the environment
        session.proxies = {"http": config.proxy, "https": config.proxy}
        if config.no_proxy:
            session.proxies["no_proxy"] = ",".join(config.no_proxy)
    return session


def ensure_watched(session: requests.Session) -> None:
    """Give a session not made by :func:`make_session` (tests, tools) deadline-aware
    adapters, so no call escapes its deadline."""
    for prefix in ("http://", "https://"):
        if not isinstance(session.get_adapter(prefix), WatchedAdapter):
            session.mount(prefix, WatchedAdapter())
