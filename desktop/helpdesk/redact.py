"""Removes secrets and tokens from text and JSON before anything leaves the machine.

Two layers: patterns for secret-shaped text (bearer tokens, passwords in URLs,
``key=value`` secrets, JWTs, AWS keys, private keys, well-known token prefixes), and the
exact values of secrets Deskmate knows (the SecretStore's, and environment variables whose
names sound secret). Exact values win even where no pattern would match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

MARK = "[REDACTED]"
_MIN_KNOWN_LENGTH = 6  # shorter "secrets" (e.g. "1", "yes") would shred ordinary text
_SECRET_WORDS = (
    r"pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth"
    r"|credentials?|private[_-]?key|session[_-]?id|cookie|client[_-]?secret|signature"
)
_SECRET_NAME = re.compile(rf"(?i)({_SECRET_WORDS})")
_ENV_SECRET_NAME = re.compile(r"(?i)(pass|secret|token|key|auth|credential|cookie|session)")

# (pattern, replacement) pairs, applied in order.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?-----END \1PRIVATE KEY-----", re.S),
     f"-----BEGIN PRIVATE KEY----- {MARK} -----END PRIVATE KEY-----"),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"), MARK),
    (re.compile(r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b"), MARK),
    (re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}"
                r"|whsec_[A-Za-z0-9+/=]{8,}|sk_(?:live|test)_[A-Za-z0-9]{10,}"
                r"|glpat-[A-Za-z0-9_-]{16,})"), MARK),
    (re.compile(r"(?i)\b(bearer|basic|token|negotiate)(\s+)[A-Za-z0-9._~+/=-]{8,}"),
     rf"\1\2{MARK}"),
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s:/@]*:)[^\s@/]+@"), rf"\1{MARK}@"),
    (re.compile(
        rf"(?i)([\"']?[\w.-]*(?:{_SECRET_WORDS})[\w.-]*[\"']?\s*[=:]\s*[\"']?)"
        r"(?!\[REDACTED\])([^\s\"'&,;}]+)"
    ), rf"\1{MARK}"),
)


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
        for pattern, replacement in _PATTERNS:
            value = pattern.sub(replacement, value)
        return value

    def data(self, value: Any) -> Any:
        """Redact a JSON-able value: strings everywhere, and whole values under secret keys."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {str(k): self._entry(str(k), v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.data(item) for item in value]
        return value

    def _entry(self, key: str, value: Any) -> Any:
        secret_scalar = isinstance(value, str | int | float) and not isinstance(value, bool)
        if _SECRET_NAME.search(key) and secret_scalar and value != "":
            return MARK
        return self.data(value)
