"""The keychain as the tray sees it, through short-lived ``deskmate`` processes.

The tray redacts every secret Deskmate knows from a help request before it is shown or sent,
and the Settings page says whether secrets can be stored. Asking keyring in-process would load
keyring, secretstorage and cryptography (~12 MiB) and keep them resident all day; ``deskmate
secret known --json`` and ``deskmate secret status`` answer and exit instead.

A reader that fails (no worker, a crash, a time-out, output of another shape) logs it and
gives no values, as an unreadable keychain does in-process: the secret shapes still apply.
"""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Sequence

log = logging.getLogger(__name__)
TIMEOUT_SECONDS = 30.0


class WorkerSecretValues:
    """Callable giving the stored secrets' values, read by ``command + secret known --json``."""

    def __init__(self, command: Sequence[str], timeout: float = TIMEOUT_SECONDS) -> None:
        self._argv = [*command, "secret", "known", "--json"]
        self._timeout = timeout

    def __call__(self) -> tuple[str, ...]:
        try:
            done = subprocess.run(self._argv, capture_output=True, timeout=self._timeout,
                                  check=True, stdin=subprocess.DEVNULL)
            values = json.loads(done.stdout)
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            log.error("Secrets unreadable for redaction", extra={"error": type(exc).__name__})
            return ()
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            log.error("Secrets unreadable for redaction", extra={"error": "shape"})
            return ()
        return tuple(values)


class WorkerKeychainState:
    """Callable giving whether secrets can be stored and a sentence saying where, or why not,
    from ``command + secret status``."""

    def __init__(self, command: Sequence[str], timeout: float = TIMEOUT_SECONDS) -> None:
        self._argv = [*command, "secret", "status"]
        self._timeout = timeout

    def __call__(self) -> tuple[bool, str]:
        try:
            done = subprocess.run(self._argv, capture_output=True, text=True,
                                  timeout=self._timeout, check=False, stdin=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError) as exc:
            log.error("Keychain state unreadable", extra={"error": type(exc).__name__})
            return False, str(exc)
        lines = done.stdout.strip().splitlines() or [done.stderr.strip()]
        return done.returncode == 0, lines[0]
