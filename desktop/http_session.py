"""HTTP sessions that trust the OS certificate store and honour the configured proxy."""

from __future__ import annotations

import ssl
from typing import Any

import requests
import requests.adapters

from desktop import __version__
from desktop.network_config import NetworkConfig


class _TrustStoreAdapter(requests.adapters.HTTPAdapter):
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


def make_session(config: NetworkConfig) -> requests.Session:
    """A :class:`requests.Session` for every outbound call Deskmate makes."""
    session = requests.Session()
    session.headers["User-Agent"] = f"Deskmate/{__version__}"
    session.mount("https://", _TrustStoreAdapter())
    if config.proxy:
        session.trust_env = True  # still read NO_PROXY / certificates from the environment
        session.proxies = {"http": config.proxy, "https": config.proxy}
        if config.no_proxy:
            session.proxies["no_proxy"] = ",".join(config.no_proxy)
    return session
