"""Shared fixtures of the help-request tests: a profile Core, payloads and a webhook secret."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core import Core, build_core
from desktop.helpdesk.connector import Attachment, RequestKind, TicketPayload
from desktop.secrets import MemorySecretStore


@pytest.fixture
def core(profile_dir: Path) -> Core:
    return build_core(profile_dir, secrets=MemorySecretStore())


@pytest.fixture
def make_payload() -> Callable[..., TicketPayload]:
    def make(key: str | None = None, attachments: tuple[Attachment, ...] | None = None,
             subject: str = "[Deskmate] VPN fails to connect") -> TicketPayload:
        return TicketPayload(
            idempotency_key=key or str(uuid.uuid4()), kind=RequestKind.REQUEST,
            subject=subject, body="Who: Alex\nDevice: laptop-042", category="network",
            urgency="high", requester={"account": "alex"}, fields={"hostname": "laptop-042"},
            attachments=(Attachment("screenshot.png", "image/png", bytes(range(256)) * 4),
                         Attachment("deskmate.log", "text/plain", "naïve line\n".encode()))
            if attachments is None else attachments,
        )

    return make
