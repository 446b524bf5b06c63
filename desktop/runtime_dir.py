"""The private folder that holds the single-instance socket, where no other account can reach.

Expected failures::

    UnsafeRuntimeDir(OSError)   a candidate folder is not ours alone (owner, mode, symlink)
"""

from __future__ import annotations

import logging
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

log = logging.getLogger(__name__)
FOLDER = "deskmate"
# sun_path holds 104 bytes on macOS and 108 on Linux; leave room for the socket's own name.
MAX_FOLDER_BYTES = 80


class UnsafeRuntimeDir(OSError):
    """The folder exists but another account owns it, may enter it, or it is not a folder."""


def private_runtime_dir(fallback: Path, environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_RUNTIME_DIR/deskmate``, else ``<temp>/deskmate-<uid>``, else ``fallback``: the
    first that is ours alone, created with mode 0700 when missing.

    The temp dir is per person on macOS (``$TMPDIR``) and shared on Linux, which is why a
    folder found there is checked, never trusted. When none is safe, a fresh folder from
    :func:`tempfile.mkdtemp` keeps this instance safe, though a second launch cannot find it.
    """
    for candidate in _candidates(fallback, os.environ if environ is None else environ):
        try:
            return ensure_private(candidate)
        except OSError as exc:
            log.warning(
                "Runtime folder refused", extra={"path": str(candidate), "reason": str(exc)}
            )
    log.error("No shared private runtime folder; second launches will not find this one")
    return Path(tempfile.mkdtemp(prefix=f"{FOLDER}-"))


def _candidates(fallback: Path, environ: Mapping[str, str]) -> Iterator[Path]:
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute():
        yield Path(runtime) / FOLDER
    yield Path(tempfile.gettempdir()) / f"{FOLDER}-{os.getuid()}"
    yield fallback


def ensure_private(folder: Path) -> Path:
    """Create ``folder`` (0700), or check an existing one: a real folder, ours, closed to
    everyone else. Never loosens or repairs one, since another account may already be in it."""
    if len(os.fsencode(folder)) > MAX_FOLDER_BYTES:
        raise UnsafeRuntimeDir(f"{folder}: path too long for a socket")
    try:
        folder.mkdir(mode=0o700, parents=False)
    except FileExistsError:
        pass
    except FileNotFoundError:
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeRuntimeDir(f"{folder}: not a folder")
    if info.st_uid != os.getuid():
        raise UnsafeRuntimeDir(f"{folder}: owned by another account")
    if info.st_mode & 0o077:
        raise UnsafeRuntimeDir(f"{folder}: other accounts may enter it")
    return folder
