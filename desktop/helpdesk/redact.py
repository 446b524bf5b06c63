"""Removes secrets and tokens from text and JSON before anything leaves the machine.

Two layers: the secret shapes of :mod:`desktop.helpdesk.secret_shapes` (tokens with a known
prefix, private keys, ``password = ...`` and the like), and the exact values of secrets
Deskmate knows (the SecretStore's, and environment variables whose names sound secret).
Exact values win even where no shape would match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from desktop.helpdesk.secret_shapes import MARK, SECRET_WORDS, SHAPES

__all__ = ["MARK", "Redactor"]

_MIN_KNOWN_LENGTH = 6  # shorter "secrets" (e.g. "1", "yes") would shred ordinary text
_SECRET_NAME = re.compile(rf"(?i)({SECRET_WORDS})")
_ENV_SECRET_NAME = re.compile(r"(?i)(pass|secret|token|key|auth|credential|cookie|session)")


class Redactor:
    """Redacts text and JSON-like values. Build one per request with what is known then."""

    def __init__(self, known_secrets: Iterable[str] = ()) -> None:
        values = {s for s in known_secrets if s and len(s) >= _MIN_KNOWN_LENGTH}
        self._known = tuple(sorted(values, key=len, reverse=True))

    @classmethod
    def from_sources(
        cls, secret_values: Iterable[str | None], environ: Mapping[str, str]
    ) -> Redactor:
        """Known values from the SecretStore plus secret-sounding environment variables."""
        known = [v for v in secret_values if v]
        known += [v for k, v in environ.items() if _ENV_SECRET_NAME.search(k)]
        return cls(known)

    def text(self, value: str) -> str:
        for secret in self._known:
            value = value.replace(secret, MARK)
        for shape in SHAPES:
            value = shape.pattern.sub(shape.replacement, value)
        return value

    def data(self, value: Any) -> Any:
        """Redact a JSON-able value: strings everywhere, and whole values under secret keys."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {self.text(str(k)): self._entry(str(k), v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.data(item) for item in value]
        return value

    def _entry(self, key: str, value: Any) -> Any:
        secret_scalar = isinstance(value, str | int | float) and not isinstance(value, bool)
        if _SECRET_NAME.search(key) and secret_scalar and value != "":
            return MARK
        return self.data(value)
