"""The stored connector secrets, read for redaction in a short-lived ``deskmate`` process.

The tray redacts every secret Deskmate knows from a help request before it is shown or sent.
Reading them in-process would load keyring, secretstorage and cryptography (~12 MiB) and keep
them resident all day; ``deskmate secret known --json`` reads them and exits instead.

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
