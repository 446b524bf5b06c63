"""Which addresses may carry a credential: https anywhere, plain http only to this computer.

Browsers treat ``localhost`` and loopback addresses as secure; so do we. Anything else in
clear text (plain http, SMTP without TLS) needs IT's explicit permission
(``helpdesk.allow_insecure_http``), for a lab.
"""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

from desktop.network.errors import RefusedUrl

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """``localhost`` (and ``*.localhost``), 127.0.0.0/8 or ::1."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_credential_url(url: str, allow_insecure: bool) -> None:
    """Raise :class:`RefusedUrl` if a credential sent to ``url`` would travel unencrypted."""
    parts = urlsplit(url)
    if parts.scheme == "http":
        check_cleartext(parts.hostname or "", allow_insecure,
                        f"{url} is plain http", "use an https:// address")


def check_cleartext(host: str, allow_insecure: bool, what: str, remedy: str) -> None:
    """Raise :class:`RefusedUrl` for a credential in clear text to another computer."""
    if allow_insecure or is_loopback(host):
        return
    raise RefusedUrl(f"{what}, so the credential and the request would not be encrypted. "
                     f"IT must {remedy} (for a lab, the policy setting "
                     "helpdesk.allow_insecure_http allows it).")
