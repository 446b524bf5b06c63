"""Streamed installer downloads, verified against the catalogue's sha256 before anything runs.

Exceptions (all :class:`~desktop.catalogue.installer_commands.InstallerError`)::

    DownloadError        the network or the disk failed
    ChecksumMismatchError      the file is not the one IT signed; it has been deleted
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
from urllib.parse import urlsplit

import requests

from desktop.catalogue.installer_commands import InstallerError, check_url

log = logging.getLogger(__name__)
_CHUNK = 256 * 1024
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")
_SHA256 = re.compile(r"[0-9a-f]{64}")


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
) -> Path:
    """Stream ``url`` into ``dest_dir``; return the path only if its sha256 matches."""
    check_url(url)
    expected = sha256.lower()
    if not _SHA256.fullmatch(expected):
        raise ChecksumMismatchError("the catalogue gives no valid sha256 for this download")
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{expected[:16]}-{_file_name(url)}"
    partial = target.with_name(target.name + ".part")
    try:
        actual = _stream(session, url, partial, on_percent, cancelled, timeout)
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
    session: requests.Session,
    url: str,
    partial: Path,
    on_percent: Callable[[int], None],
    cancelled: threading.Event,
    timeout: float,
) -> str:
    digest = hashlib.sha256()
    try:
        with session.get(url, stream=True, timeout=timeout) as response:
            response.raise_for_status()
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            with partial.open("wb") as handle:
                for chunk in response.iter_content(_CHUNK):
                    if cancelled.is_set():
                        raise DownloadCancelledError("the download was cancelled")
                    handle.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
                    if total:
                        on_percent(min(100, done * 100 // total))
    except requests.RequestException as exc:
        raise DownloadError(f"the installer could not be downloaded: {exc}") from exc
    except OSError as exc:
        raise DownloadError(f"the installer could not be saved: {exc}") from exc
    return digest.hexdigest()
