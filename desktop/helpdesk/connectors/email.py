"""E-mail connector: one readable message with attachments per request, over SMTP.

Transport security is ``helpdesk.email.security``: ``starttls`` (default, port 587),
``tls`` (implicit TLS, port 465) or ``none``. AUTH runs when ``helpdesk.email.username``
is set, with the keychain secret ``helpdesk.email.password``. The ``Message-ID`` is
``<deskmate-<idempotency key>@deskmate>`` so a helpdesk (or a person) can spot a resent
duplicate; replies and ratings thread to it with ``In-Reply-To``. ``Reply-To`` is the person's
work address when it is known, so an agent's answer reaches them. Mail has no status to
read: ``status`` raises NotSupported.

Each delivery has an overall deadline of ``DEADLINE_READS`` time-outs
(:class:`desktop.network.deadline.Deadline`): a server trickling its answers is cut off.
"""

from __future__ import annotations

import io
import logging
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import formatdate

from desktop.helpdesk.connector import (
    Attachment,
    FailureKind,
    NotSupported,
    PermanentFailure,
    StatusResult,
    SubmitResult,
    TemporaryFailure,
    TicketPayload,
)
from desktop.helpdesk.connectors.http import DEADLINE_READS
from desktop.helpdesk.plain_text import has_controls, one_line
from desktop.helpdesk.rich_body import body_html
from desktop.helpdesk.secret_rules import usable
from desktop.network.call_record import CallRecorder, raw_record, recorder_of
from desktop.network.deadline import Deadline, watch_socket
from desktop.requester import is_address
from desktop.secrets import SecretStore
from desktop.settings import Settings
from desktop.settings_defs import core as core_keys
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)
PASSWORD_SECRET = "helpdesk.email.password"
SECRET_NAMES = (PASSWORD_SECRET,)


def message_id(idempotency_key: str) -> str:
    return f"<deskmate-{idempotency_key}@deskmate>"


def _default_context() -> ssl.SSLContext:
    import truststore  # the OS trust store, as for HTTPS

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class EmailConnector:
    name = "email"

    def __init__(
        self, host: str, port: int, security: str, sender: str, recipient: str,
        username: str = "", password: str | None = None, timeout: float = 15.0,
        ssl_context: Callable[[], ssl.SSLContext] = _default_context,
        recorder: CallRecorder | None = None,
    ) -> None:
        if not host or not sender or not recipient:
            raise PermanentFailure("E-mail delivery needs helpdesk.email.smtp_host, "
                                   ".from and .to to be set.")
        if has_controls(sender) or has_controls(recipient):
            raise PermanentFailure("helpdesk.email.from and .to must each be one address on "
                                   "one line (a line break would add mail headers).")
        if security not in ("none", "starttls", "tls"):
            raise PermanentFailure(f"Unknown helpdesk.email.security {security!r}.")
        self._host, self._port, self._security = host, port, security
        self._sender, self._recipient = sender, recipient
        self._username, self._password = username, password
        self._timeout = timeout
        self._ssl_context = ssl_context
        self._recorder = recorder  # the activity ledger

    def submit(self, payload: TicketPayload) -> SubmitResult:
        msg = self._message(payload.subject, payload.body, payload.attachments, rich=True)
        requester = payload.requester.get("email", "")
        if is_address(requester):  # agents' replies reach the person, not the sender account
            msg["Reply-To"] = requester
        msg["Message-ID"] = message_id(payload.idempotency_key)
        msg["X-Deskmate-Request-Key"] = payload.idempotency_key
        self._send(msg)
        return SubmitResult(remote_id=payload.idempotency_key[:8])

    def status(self, remote_id: str) -> StatusResult:
        raise NotSupported("E-mail has no ticket status to read.")

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        self._send(self._follow_up(remote_id, "Reply", text, attachments, key))

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        text = f"Rating: {rating} of 5\n\n{comment}".rstrip() + "\n"
        self._send(self._follow_up(remote_id, "Rating", text, (), key))

    def _follow_up(
        self, remote_id: str, what: str, text: str, attachments: tuple[Attachment, ...],
        key: str,
    ) -> EmailMessage:
        msg = self._message(f"[Deskmate] {what} on request {remote_id}", text, attachments)
        msg["X-Deskmate-Request"] = remote_id
        if key:  # a resent follow-up carries the same Message-ID, so it can be spotted
            msg["Message-ID"] = message_id(key)
        return msg

    def _message(
        self, subject: str, body: str, attachments: tuple[Attachment, ...], rich: bool = False
    ) -> EmailMessage:
        """``rich``: the body also as HTML (multipart/alternative), for mail clients and
        helpdesks that render it; the plain text stays the first alternative."""
        msg = EmailMessage()
        msg["Subject"] = one_line(subject)  # CR/LF here would inject headers
        msg["From"] = self._sender
        msg["To"] = self._recipient
        msg["Date"] = formatdate(localtime=True)
        msg.set_content(body)
        if rich:
            msg.add_alternative(f"<html><body>{body_html(body)}</body></html>", subtype="html")
        for attachment in attachments:
            maintype, _, subtype = attachment.content_type.partition("/")
            msg.add_attachment(attachment.data, maintype=maintype or "application",
                               subtype=subtype or "octet-stream", filename=attachment.name)
        return msg

    def _send(self, msg: EmailMessage) -> None:
        started, result = time.monotonic(), "sent"
        wire = _wire_bytes(msg)  # first: it fixes the MIME boundary smtplib will send
        try:
            self._send_within_deadline(msg)
        except Exception as exc:
            result = type(exc).__name__
            raise
        finally:
            if self._recorder is not None:
                self._recorder(raw_record("helpdesk:email", "SMTP", self._host, self._port,
                                          result, started, wire))

    def _send_within_deadline(self, msg: EmailMessage) -> None:
        deadline = Deadline(self._timeout * DEADLINE_READS)
        try:
            with deadline, deadline.registering():
                self._deliver(msg)
        except TemporaryFailure as exc:
            if not deadline.expired:
                raise
            raise TemporaryFailure(f"The mail server did not finish within "
                                   f"{deadline.seconds:g} seconds.",
                                   kind=FailureKind.TIMEOUT) from exc

    def _deliver(self, msg: EmailMessage) -> None:
        try:
            with self._connect() as smtp:
                if self._username:
                    smtp.login(self._username, self._password or "")
                smtp.send_message(msg)
        except smtplib.SMTPAuthenticationError as exc:
            raise PermanentFailure("The mail server refused the login (check "
                                   "helpdesk.email.username and the stored password).",
                                   kind=FailureKind.SIGN_IN) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            refused = self._recipient
            raise PermanentFailure(f"The mail server refused the address {refused}.") from exc
        except smtplib.SMTPResponseException as exc:
            _raise_for_code(exc.smtp_code, exc.smtp_error)
        except smtplib.SMTPNotSupportedError as exc:
            raise PermanentFailure(f"The mail server does not support this: {exc}") from exc
        except (smtplib.SMTPException, OSError) as exc:  # refused, time-out, TLS, dropped
            raise TemporaryFailure(f"The mail server cannot be reached ({type(exc).__name__}: "
                                   f"{exc}).", kind=FailureKind.UNREACHABLE) from exc
        log.info("Request e-mail sent", extra={"message_id": msg["Message-ID"]})

    def _connect(self) -> smtplib.SMTP:
        if self._security == "tls":
            return _WatchedSMTPSSL(self._host, self._port, timeout=self._timeout,
                                   context=self._ssl_context())
        smtp = _WatchedSMTP(self._host, self._port, timeout=self._timeout)
        try:
            if self._security == "starttls":
                smtp.starttls(context=self._ssl_context())
        except BaseException:
            smtp.close()
            raise
        return smtp


class _WatchedSMTP(smtplib.SMTP):
    """Registers its socket with the running delivery's deadline, before the greeting."""

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock: socket.socket = super()._get_socket(  # type: ignore[misc]  # not in typeshed
            host, port, timeout)
        watch_socket(sock)
        return sock


class _WatchedSMTPSSL(smtplib.SMTP_SSL, _WatchedSMTP):
    """Implicit TLS; the plain socket is registered before the handshake."""


def _wire_bytes(msg: EmailMessage) -> bytes:
    """The message as ``smtplib`` flattens it for DATA (CRLF line ends), for the ledger."""
    out = io.BytesIO()
    BytesGenerator(out).flatten(msg, linesep="\r\n")
    return out.getvalue()


def _raise_for_code(code: int, error: bytes | str) -> None:
    text = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
    if 500 <= code < 600:
        raise PermanentFailure(f"The mail server refused the message ({code} {text}).")
    raise TemporaryFailure(f"The mail server is busy ({code} {text}); it will be tried again.",
                           kind=FailureKind.BUSY)


def _password(secrets: SecretStore) -> str | None:
    value = secrets.get(PASSWORD_SECRET)
    return usable(PASSWORD_SECRET, value) if value else None


def build(settings: Settings, secrets: SecretStore, session: object) -> EmailConnector:
    username = settings.value(keys.EMAIL_USERNAME)
    return EmailConnector(
        settings.value(keys.EMAIL_HOST), settings.value(keys.EMAIL_PORT),
        settings.value(keys.EMAIL_SECURITY), settings.value(keys.EMAIL_FROM),
        settings.value(keys.EMAIL_TO), username,
        _password(secrets) if username else None,
        settings.value(core_keys.HTTP_TIMEOUT), recorder=recorder_of(session),
    )
