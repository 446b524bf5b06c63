"""E-mail connector against a real aiosmtpd server on 127.0.0.1: plain, STARTTLS+AUTH, TLS."""

from __future__ import annotations

import datetime as dt
import hashlib
import ssl
from collections.abc import Callable, Iterator
from email import message_from_bytes
from email.message import Message
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.helpdesk.connector import (
    NotSupported,
    PermanentFailure,
    TemporaryFailure,
    TicketPayload,
)
from desktop.helpdesk.connectors.email import EmailConnector, message_id
from desktop.helpdesk.rich_body import body_html
from desktop.network.call_record import CallRecord


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.raw: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.raw.append(envelope.original_content)
        self.messages.append(message_from_bytes(envelope.original_content, policy=default))
        return "250 OK"


def authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"desk", b"pw-123")
    return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("cert")
    (folder / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return folder / "cert.pem", folder / "key.pem"


def _server_context(cert: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*cert)
    return context


def _client_context(cert: tuple[Path, Path]) -> Callable[[], ssl.SSLContext]:
    return lambda: ssl.create_default_context(cafile=str(cert[0]))


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def plain_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def starttls_server(cert: tuple[Path, Path]) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port,
                            tls_context=_server_context(cert), require_starttls=True,
                            authenticator=authenticator, auth_required=True,
                            server_hostname="localhost")
    controller.start()
    yield inbox, port
    controller.stop()


def _attachments(message: Message) -> dict[str, bytes]:
    return {part.get_filename(): part.get_payload(decode=True)  # type: ignore[misc]
            for part in message.walk() if part.get_filename()}


def test_plain_smtp_delivers_body_and_attachments_byte_for_byte(
    plain_server: tuple[Inbox, int], make_payload: Callable[..., TicketPayload]
) -> None:
    inbox, port = plain_server
    payload = make_payload()
    mail = EmailConnector("127.0.0.1", port, "none", "deskmate@example.com", "help@example.com")
    result = mail.submit(payload)
    assert result.remote_id == payload.idempotency_key[:8]
    (message,) = inbox.messages
    assert message["Subject"] == payload.subject
    assert message["Message-ID"] == message_id(payload.idempotency_key)
    assert message["To"] == "help@example.com"
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.replace("\r\n", "\n").strip() == payload.body
    alternative = next(p for p in message.walk() if p.get_content_type() ==
                       "multipart/alternative")  # plain text first, then the same as HTML
    assert [p.get_content_type() for p in alternative.iter_parts()] == [  # type: ignore[attr-defined]
        "text/plain", "text/html"]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert body_html(payload.body) in html.replace("\r\n", "\n")
    assert _attachments(message) == {a.name: a.data for a in payload.attachments}
    with pytest.raises(NotSupported):
        mail.status(result.remote_id)


def test_each_delivery_is_recorded_with_the_hash_of_what_the_server_received(
    plain_server: tuple[Inbox, int], make_payload: Callable[..., TicketPayload]
) -> None:
    inbox, port = plain_server
    records: list[CallRecord] = []
    mail = EmailConnector("127.0.0.1", port, "none", "deskmate@example.com", "help@example.com",
                          recorder=records.append)
    mail.submit(make_payload())
    (record,) = records
    assert (record.purpose, record.host, record.port, record.result) == (
        "helpdesk:email", "127.0.0.1", port, "sent")
    assert record.body_sha256 == hashlib.sha256(inbox.raw[0]).hexdigest()
    assert record.body_bytes == len(inbox.raw[0])


def test_a_refused_delivery_is_recorded_too(make_payload: Callable[..., TicketPayload]) -> None:
    records: list[CallRecord] = []
    mail = EmailConnector("127.0.0.1", _free_port(), "none", "d@example.com", "h@example.com",
                          recorder=records.append)
    with pytest.raises(TemporaryFailure):
        mail.submit(make_payload())
    assert [r.result for r in records] == ["TemporaryFailure"]


@pytest.mark.allow_log_warnings  # aiosmtpd logs its own deprecation of login_data
def test_starttls_with_auth(
    starttls_server: tuple[Inbox, int], cert: tuple[Path, Path],
    make_payload: Callable[..., TicketPayload],
) -> None:
    inbox, port = starttls_server
    payload = make_payload()
    mail = EmailConnector("localhost", port, "starttls", "deskmate@example.com",
                          "help@example.com", "desk", "pw-123", ssl_context=_client_context(cert))
    mail.submit(payload)
    mail.rate(payload.idempotency_key[:8], 5, "Quick, thanks")
    first, rating = inbox.messages
    assert _attachments(first) == {a.name: a.data for a in payload.attachments}
    assert "Rating: 5 of 5" in rating.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_wrong_password_is_permanent(
    starttls_server: tuple[Inbox, int], cert: tuple[Path, Path],
    make_payload: Callable[..., TicketPayload],
) -> None:
    _inbox, port = starttls_server
    mail = EmailConnector("localhost", port, "starttls", "d@example.com", "h@example.com",
                          "desk", "wrong", ssl_context=_client_context(cert))
    with pytest.raises(PermanentFailure, match="refused the login"):
        mail.submit(make_payload())


@pytest.mark.allow_log_warnings  # aiosmtpd may log the refused handshake as a session error
def test_untrusted_certificate_is_temporary(
    starttls_server: tuple[Inbox, int], make_payload: Callable[..., TicketPayload]
) -> None:
    _inbox, port = starttls_server
    mail = EmailConnector("localhost", port, "starttls", "d@example.com", "h@example.com",
                          "desk", "pw-123", ssl_context=ssl.create_default_context)
    with pytest.raises(TemporaryFailure):
        mail.submit(make_payload())


def test_refused_connection_is_temporary(make_payload: Callable[..., TicketPayload]) -> None:
    port = _free_port()
    mail = EmailConnector("127.0.0.1", port, "none", "d@example.com", "h@example.com", timeout=2)
    with pytest.raises(TemporaryFailure):
        mail.submit(make_payload())


def test_implicit_tls(cert: tuple[Path, Path], make_payload: Callable[..., TicketPayload]) -> None:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port,
                            ssl_context=_server_context(cert), server_hostname="localhost")
    controller.start()
    try:
        payload = make_payload()
        EmailConnector("localhost", port, "tls", "d@example.com", "h@example.com",
                       ssl_context=_client_context(cert)).submit(payload)
    finally:
        controller.stop()
    (message,) = inbox.messages
    assert _attachments(message) == {a.name: a.data for a in payload.attachments}


def test_cr_lf_in_a_subject_cannot_inject_a_header(
    plain_server: tuple[Inbox, int], make_payload: Callable[..., TicketPayload]
) -> None:
    """A raw payload (queued before cleaning existed) made EmailMessage raise ValueError on
    every attempt; now the subject is one line and no Bcc is added."""
    inbox, port = plain_server
    payload = make_payload(subject="[Deskmate] Disk full\r\nBcc: victim@example.com")
    mail = EmailConnector("127.0.0.1", port, "none", "deskmate@example.com", "help@example.com")
    mail.submit(payload)
    (message,) = inbox.messages
    assert message["Subject"] == "[Deskmate] Disk full Bcc: victim@example.com"
    assert message["Bcc"] is None


def test_reply_to_is_the_requester_so_agents_answer_the_person(
    plain_server: tuple[Inbox, int], make_payload: Callable[..., TicketPayload]
) -> None:
    from dataclasses import replace

    inbox, port = plain_server
    mail = EmailConnector("127.0.0.1", port, "none", "deskmate@example.com", "help@example.com")
    known = make_payload()
    mail.submit(replace(known, requester={"account": "alex", "email": "alex@acme.example"}))
    hostile = replace(known, requester={"email": "alex@acme.example\r\nBcc: victim@example.com"})
    mail.submit(hostile)
    unknown = make_payload()
    mail.submit(unknown)
    assert [m["Reply-To"] for m in inbox.messages] == ["alex@acme.example", None, None]
    assert all(m["Bcc"] is None for m in inbox.messages)


def test_a_sender_or_recipient_with_a_line_break_is_refused_clearly() -> None:
    """EmailMessage raised ValueError on every attempt: retried forever, never explained."""
    for sender, recipient in (("desk@acme.example\r\nBcc: v@example.com", "help@acme.example"),
                              ("desk@acme.example", "help@acme.example\nBcc: v@example.com")):
        with pytest.raises(PermanentFailure, match=r"helpdesk\.email\.from and \.to"):
            EmailConnector("127.0.0.1", 25, "none", sender, recipient)
