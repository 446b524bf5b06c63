"""Why an outbound HTTP call gave no usable answer; every caller maps these to its own words.

Exceptions::

    NetworkError            the call gave no usable answer
    ├── Unreachable         refused, no route, name not resolved, dropped mid-way
    │   └── TlsFailure      certificate not verified, or the connection was intercepted
    ├── TimedOut            one read waited longer than the read time-out
    │   └── DeadlineExceeded  the whole call (connect, head, body) passed its deadline
    ├── TooLarge            the answer is, or says it is, larger than the call's cap
    ├── BadAnswer           not valid HTTP, e.g. ``Content-Length: abc``
    ├── Redirected          a 3xx that is not followed; ``location`` says where it points
    └── RefusedUrl          not an http(s) URL, or plain http that would carry a credential
"""

from __future__ import annotations


class NetworkError(Exception):
    """The call gave no usable answer."""


class Unreachable(NetworkError):
    """The peer could not be reached, or the connection broke."""


class TlsFailure(Unreachable):
    """The secure connection failed: certificate not verified, or intercepted."""


class TimedOut(NetworkError):
    """One read waited longer than the read time-out."""

    def __init__(self, message: str, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds


class DeadlineExceeded(TimedOut):
    """The whole call took longer than its overall deadline."""


class TooLarge(NetworkError):
    """The answer is larger than the call allows."""

    def __init__(self, message: str, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


class BadAnswer(NetworkError):
    """The answer is not valid HTTP."""


class Redirected(NetworkError):
    """A 3xx that was not followed."""

    def __init__(self, message: str, location: str, status: int) -> None:
        super().__init__(message)
        self.location = location
        self.status = status


class RefusedUrl(NetworkError):
    """The URL may not be used for this call."""


def size_words(size: int) -> str:
    """``16 MiB``, ``512 KiB`` or ``300 bytes``: a cap as a person reads it."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} bytes"
