"""Network settings every outbound call uses: proxy and time-out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NetworkConfig:
    """Proxy and time-out taken from settings; an empty proxy means the environment's."""

    proxy: str = ""
    no_proxy: tuple[str, ...] = ()
    timeout: float = 15.0
