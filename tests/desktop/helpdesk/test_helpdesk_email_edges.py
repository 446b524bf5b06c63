"""E-mail delivery at the edges: a mail server trickling its greeting is cut off.

A TLS handshake needs no test here: CPython bounds the whole handshake by the time-out."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import pytest

from desktop.helpdesk.connector import TemporaryFailure, TicketPayload
from desktop.helpdesk.connectors.email import EmailConnector
from tests.fakes.http_peers import GIVE_UP_S


def _trickle(conn: socket.socket, stop: threading.Event) -> None:
    end = time.monotonic() + GIVE_UP_S
    conn.sendall(b"220")
    while not stop.is_set() and time.monotonic() < end:
        conn.sendall(b"-")
        time.sleep(0.05)


@pytest.mark.parametrize("security", ["none", "starttls"])
def test_a_trickling_mail_server_is_cut_off_at_the_deadline(
    make_payload: Callable[..., TicketPayload], security: str
) -> None:
    stop = threading.Event()
    with socket.create_server(("127.0.0.1", 0)) as listener:
        def serve() -> None:
            conn, _ = listener.accept()
            with conn:
                _trickle(conn, stop)

        server = threading.Thread(target=serve, daemon=True)
        server.start()
        port = listener.getsockname()[1]
        mail = EmailConnector("127.0.0.1", port, security, "d@example.com", "h@example.com",
                              timeout=0.25)  # the deadline is 2 s
        started = time.monotonic()
        try:
            with pytest.raises(TemporaryFailure, match="did not finish within 2 seconds"):
                mail.submit(make_payload())
            assert time.monotonic() - started < 4
        finally:
            stop.set()
            server.join(5)
