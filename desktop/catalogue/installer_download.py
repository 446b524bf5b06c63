"""Streamed installer downloads, verified against the catalogue's sha256 before anything runs.

Exceptions (all :class:`~desktop.catalogue.installer_commands.InstallerError`)::

    DownloadError              the network or the disk failed, the file is larger than
                               ``MAX_BYTES`` or took longer than ``DEADLINE_S``
    ChecksumMismatchError      the file is not the one IT signed; it has been deleted
    DownloadCancelledError     the download was cancelled; the partial file was deleted

The download goes through :class:`desktop.network.client.NetworkClient` and may follow a
mirror's same-scheme redirects (GET only, with a hop limit).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.catalogue.installer_commands import InstallerError, check_url
from desktop.network.errors import NetworkError

if TYPE_CHECKING:  # requests loads only when a download starts
    import requests

    from desktop.network.client import Limits, NetworkClient

log = logging.getLogger(__name__)
_CHUNK = 256 * 1024
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")
_SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_BYTES = 4 << 30  # the largest installers (IDEs, office suites) stay well below 4 GiB
DEADLINE_S = 3600.0  # an hour: a slow line finishes, a trickling peer does not


class DownloadError(InstallerError):
    """The installer could not be downloaded or saved."""


class ChecksumMismatchError(InstallerError):
    """The downloaded file's sha256 differs from the catalogue's; the file was deleted."""


class DownloadCancelledError(InstallerError):
    """The download was cancelled; the partial file was deleted."""


def download_verified(
    session: requests.Session,
    url: str,
    sha256: str,
    dest_dir: Path,
    on_percent: Callable[[int], None],
    cancelled: threading.Event,
    timeout: float = 30.0,
    *,
    max_bytes: int = MAX_BYTES,
    deadline: float = DEADLINE_S,
) -> Path:
    """Stream ``url`` into ``dest_dir``; return the path only if its sha256 matches."""
    from desktop.network.client import Limits, NetworkClient

    check_url(url)
    expected = sha256.lower()
    if not _SHA256.fullmatch(expected):
        raise ChecksumMismatchError("the catalogue gives no valid sha256 for this download")
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{expected[:16]}-{_file_name(url)}"
    partial = target.with_name(target.name + ".part")
    try:
        client = NetworkClient(session, timeout)
        actual = _stream(client, url, partial, on_percent, cancelled,
                         Limits(deadline, max_bytes))
        if actual != expected:
            raise ChecksumMismatchError(
                f"the download does not match the catalogue (sha256 {actual[:12]}…, "
                f"expected {expected[:12]}…); it was deleted and nothing was run"
            )
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    log.info("Download verified", extra={"url": url, "path": str(target)})
    return target


def _file_name(url: str) -> str:
    name = Path(urlsplit(url).path).name or "installer"
    return _SAFE_NAME.sub("_", name)[-80:]


def _stream(
    client: NetworkClient,
    url: str,
    partial: Path,
    on_percent: Callable[[int], None],
    cancelled: threading.Event,
    limits: Limits,
) -> str:
    digest = hashlib.sha256()
    try:
        with client.open("installer", "GET", url, limits, follow=True) as stream, \
                partial.open("wb") as handle:
            if not 200 <= stream.status < 300:
                raise DownloadError(f"the installer could not be downloaded: {stream.status} "
                                    f"from {urlsplit(stream.url).hostname}")
            for chunk in stream.chunks(_CHUNK):
                if cancelled.is_set():
                    raise DownloadCancelledError("the download was cancelled")
                handle.write(chunk)
                digest.update(chunk)
                if stream.length:
                    on_percent(min(100, stream.bytes_received * 100 // stream.length))
    except NetworkError as exc:
        raise DownloadError(f"the installer could not be downloaded: {exc}") from exc
    except OSError as exc:
        raise DownloadError(f"the installer could not be saved: {exc}") from exc
    return digest.hexdigest()
