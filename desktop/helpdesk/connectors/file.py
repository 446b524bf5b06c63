"""File-drop connector: each request becomes a ticket bundle folder, for example on a share.

Layout of one bundle (the folder appears whole: it is written under a temporary name,
then renamed)::

    <folder>/deskmate-<idempotency key>/   (shown to people as #DM-<first 8 of the key>)
        ticket.json          the payload (subject, body, category, urgency, requester,
                             fields, and the attachment list with sizes and SHA-256)
        attachments/<name>   each attachment, byte for byte
        replies/<time>.json  replies written later ({"text", "attachments", "sent_at"})
        rating.json          the rating, if given ({"rating", "comment", "sent_at"})
        status.json          OPTIONAL, written by an agent or a script, read by Deskmate:
                             {"status": "open|in_progress|waiting_for_you|resolved|closed",
                              "updated_at": "2026-05-01T10:00:00Z", "message": "…",
                              "id": "INC-42", "url": "https://…"}

A bundle with no ``status.json`` counts as ``queued`` (nobody has picked it up yet).
Submitting a key that already has a bundle returns the existing bundle: idempotent.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.atomic_file import write_atomic
from desktop.helpdesk.connector import (
    Attachment,
    FailureKind,
    PermanentFailure,
    RemoteStatus,
    StatusResult,
    SubmitResult,
    TemporaryFailure,
    TicketPayload,
)
from desktop.helpdesk.connectors.answers import parse_time
from desktop.helpdesk.payload_json import payload_to_json
from desktop.helpdesk.plain_text import one_line
from desktop.secrets import SecretStore
from desktop.settings import Settings
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)
SECRET_NAMES: tuple[str, ...] = ()
_STATUS_WORDS = {
    "new": RemoteStatus.OPEN, "open": RemoteStatus.OPEN, "in_progress": RemoteStatus.IN_PROGRESS,
    "in progress": RemoteStatus.IN_PROGRESS, "waiting_for_you": RemoteStatus.WAITING_FOR_YOU,
    "pending": RemoteStatus.WAITING_FOR_YOU, "resolved": RemoteStatus.RESOLVED,
    "solved": RemoteStatus.RESOLVED, "closed": RemoteStatus.CLOSED,
    "queued": RemoteStatus.QUEUED,
}


class FileDropConnector:
    name = "file"

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def bundle(self, remote_id: str) -> Path | None:
        """The bundle folder of ``remote_id`` (``DM-`` and the key's first 8 characters)."""
        short = _safe(remote_id).removeprefix("DM-")
        found = sorted(self._folder.glob(f"deskmate-{short}*")) if short else []
        return next((path for path in found if path.is_dir()), None)

    def submit(self, payload: TicketPayload) -> SubmitResult:
        remote_id = f"DM-{payload.idempotency_key[:8]}"
        final = self._folder / f"deskmate-{_safe(payload.idempotency_key)}"
        if not final.exists():
            self._write_bundle(payload, final)
        return SubmitResult(remote_id=remote_id, url=final.as_uri())

    def _write_bundle(self, payload: TicketPayload, final: Path) -> None:
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            temp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=self._folder))
        except OSError as exc:
            raise TemporaryFailure(f"The ticket folder {self._folder} cannot be written: "
                                   f"{exc.strerror or exc}") from exc
        try:
            _write_files(temp, payload)
            os.rename(temp, final)
        except OSError as exc:
            shutil.rmtree(temp, ignore_errors=True)
            if final.exists():
                return  # another process delivered the same key first: that is success
            raise TemporaryFailure(f"The ticket bundle could not be written: "
                                   f"{exc.strerror or exc}") from exc
        log.info("Ticket bundle written", extra={"bundle": final.name})

    def status(self, remote_id: str) -> StatusResult:
        bundle = self._existing(remote_id)
        try:
            data = json.loads((bundle / "status.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            return StatusResult(RemoteStatus.QUEUED, "queued")
        except (OSError, ValueError) as exc:
            raise TemporaryFailure(f"status.json cannot be read: {exc}") from exc
        if not isinstance(data, dict):
            raise TemporaryFailure("status.json is not a JSON object")
        raw = str(data.get("status", "")).strip()
        return StatusResult(
            status=_STATUS_WORDS.get(raw.lower(), RemoteStatus.OPEN),
            raw_status=raw,
            updated_at=parse_time(data.get("updated_at")),
            last_message=str(data["message"]) if data.get("message") else None,
        )

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        bundle = self._existing(remote_id)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        for attachment in attachments:
            _write(bundle / "replies" / f"{stamp}-{_safe(attachment.name)}", attachment.data)
        entry = {"text": text, "sent_at": stamp,
                 "attachments": [f"{stamp}-{_safe(a.name)}" for a in attachments]}
        _write(bundle / "replies" / f"{stamp}.json", _json(entry))

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        bundle = self._existing(remote_id)
        entry = {"rating": rating, "comment": comment, "sent_at": datetime.now(UTC).isoformat()}
        _write(bundle / "rating.json", _json(entry))

    def _existing(self, remote_id: str) -> Path:
        bundle = self.bundle(remote_id)
        if bundle is None:
            raise PermanentFailure(f"The ticket bundle {remote_id} is no longer in {self._folder}.")
        return bundle


def _write_files(folder: Path, payload: TicketPayload) -> None:
    for attachment in payload.attachments:
        _write(folder / "attachments" / _safe(attachment.name), attachment.data)
    _write(folder / "ticket.json", _json(payload_to_json(payload)))
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o755)  # mkdtemp makes it owner-only; the helpdesk must read it


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data, mode=0o644)
    except OSError as exc:
        raise TemporaryFailure(f"{path} cannot be written: {exc.strerror or exc}") from exc


def _json(value: Any) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=False).encode("utf-8")


def _safe(name: str) -> str:
    """A file name without folders, so a crafted attachment name cannot escape the bundle."""
    cleaned = Path(one_line(name).replace("\\", "/")).name.lstrip(".")
    return cleaned or "attachment"


def build(
    settings: Settings, secrets: SecretStore, session: object, default_folder: Path | None = None
) -> FileDropConnector:
    """The file connector from ``helpdesk.file.folder`` (or ``default_folder`` when empty)."""
    del secrets, session  # the file drop needs neither
    folder = settings.value(keys.FILE_FOLDER)
    if folder:
        return FileDropConnector(Path(folder).expanduser())
    if default_folder is None:
        raise PermanentFailure("No ticket folder is set (helpdesk.file.folder).",
                               kind=FailureKind.NOT_SET_UP)
    return FileDropConnector(default_folder)
