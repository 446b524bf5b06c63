"""The shape a connector secret must have, checked when it is stored and again when it is used.

Rules, by name:

- every secret: not empty, no control characters (a pasted NUL, CR or LF);
- ``*.password``: nothing more (spaces are fine inside a password);
- any other (API tokens and keys, which go into HTTP headers): no whitespace at all;
- ``helpdesk.webhook.secret``: also a Standard Webhooks key, ``whsec_<base64>``, as the
  ``standardwebhooks`` library parses it, with no character that its lenient decoder would
  silently drop (that would sign with a different key than the receiver's).

Exceptions::

    ValueError
     └── MalformedSecret   the value cannot work as this secret; the message says why and how
                           IT fixes it

When a connector meets a malformed secret it raises the connector tree's ``PermanentFailure``
(:func:`usable`) at once, instead of failing in the HTTP library or being retried forever.
"""

from __future__ import annotations

import base64
import binascii
import logging
import unicodedata
from typing import TYPE_CHECKING

from desktop.helpdesk.connector import PermanentFailure

if TYPE_CHECKING:  # loads only when a webhook secret is checked or used
    from standardwebhooks.webhooks import Webhook

log = logging.getLogger(__name__)

WEBHOOK_SIGNING_SECRET = "helpdesk.webhook.secret"
_SIGNING_PREFIX = "whsec_"


class MalformedSecret(ValueError):
    """A secret value that cannot work for its name."""


def fix_hint(name: str) -> str:
    return f"IT must store a valid one with: deskmate secret set {name}"


def usable(name: str, value: str) -> str:
    """``value`` for a connector to use; PermanentFailure naming the fix when it is malformed."""
    try:
        return check_secret(name, value)
    except MalformedSecret as exc:
        log.error("Stored secret is malformed", extra={"secret": name})
        raise PermanentFailure(f"The stored secret {name} is malformed: {exc} "
                               f"{fix_hint(name)}") from exc


def problem(name: str, value: str | None) -> str | None:
    """What IT must fix about a stored secret, for the Health page; None when it is fine."""
    try:
        check_secret(name, value) if value else None
    except MalformedSecret as exc:
        return f"The stored secret {name} is malformed: {exc} {fix_hint(name)}"
    return None


def check_secret(name: str, value: str) -> str:
    """``value`` when it is well formed for the secret ``name``; raises MalformedSecret."""
    if not value:
        raise MalformedSecret(f"{name} is empty.")
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise MalformedSecret(f"{name} contains a control character (a stray line break?).")
    if not name.endswith(".password") and any(ch.isspace() for ch in value):
        raise MalformedSecret(f"{name} contains a space; a token cannot.")
    if name == WEBHOOK_SIGNING_SECRET:
        signing_key(value)
    return value


def signing_key(value: str) -> Webhook:
    """The library's signer for a ``whsec_<base64>`` key; raises MalformedSecret."""
    from standardwebhooks.webhooks import EmptyWebhookSecretError, Webhook

    try:
        signer = Webhook(value)
    except (ValueError, EmptyWebhookSecretError, RuntimeError) as exc:  # binascii.Error too
        raise _not_a_key() from exc
    if not _round_trips(value):
        raise _not_a_key()
    return signer


def _round_trips(value: str) -> bool:
    """Whether the base64 holds only base64 characters: the library's decoder skips others."""
    raw = value.removeprefix(_SIGNING_PREFIX).rstrip("=")
    try:
        decoded = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True)
    except binascii.Error:
        return False
    return base64.b64encode(decoded).decode("ascii").rstrip("=") == raw


def _not_a_key() -> MalformedSecret:
    return MalformedSecret(f"{WEBHOOK_SIGNING_SECRET} is not a signing key of the form "
                           "whsec_<base64>.")
