"""What the person filled in on the help form, checked, plus the known outages it may match."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from desktop.helpdesk.connector import RequestKind

SUMMARY_MAX = 120
DETAILS_MAX = 20_000


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"


URGENCY_WORDS = {
    Urgency.LOW: "Low – whenever you can",
    Urgency.NORMAL: "Normal – it slows me down",
    Urgency.HIGH: "High – I can barely work",
    Urgency.CRITICAL: "Critical – I cannot work at all",
}


class InvalidRequestError(ValueError):
    """The form is incomplete; the message says what to fill in, in words for people."""


class KnownOutage(Protocol):
    """An active announcement as the lead hands it over (catalogue Announcement fits)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def affects(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class RequestForm:
    kind: RequestKind
    category: str
    summary: str
    details: str = ""
    urgency: Urgency = Urgency.NORMAL
    announcement_id: str | None = None  # ME_TOO: the outage this +1 belongs to
    announcement_title: str | None = None

    def checked(self) -> RequestForm:
        """This form with trimmed text, or :class:`InvalidRequestError` saying what is missing."""
        summary = " ".join(self.summary.split())
        if self.kind is RequestKind.ME_TOO and not self.announcement_id:
            raise InvalidRequestError("A “Me too” needs the announcement it belongs to.")
        if not summary and self.kind is not RequestKind.ME_TOO:
            raise InvalidRequestError("Please describe the problem in one line.")
        if len(summary) > SUMMARY_MAX:
            raise InvalidRequestError(f"Please keep the summary under {SUMMARY_MAX} characters.")
        if len(self.details) > DETAILS_MAX:
            raise InvalidRequestError(f"Please keep the details under {DETAILS_MAX} characters.")
        if not self.category.strip():
            raise InvalidRequestError("Please choose a category.")
        return RequestForm(
            self.kind, self.category.strip(), summary, self.details.strip(), self.urgency,
            self.announcement_id, self.announcement_title,
        )


def matching_outages(outages: Iterable[KnownOutage], category: str) -> tuple[KnownOutage, ...]:
    """Outages to ask "Is it this?" about: those affecting ``category``, or everyone."""
    wanted = category.strip().lower()
    return tuple(
        o for o in outages
        if not o.affects or wanted in {a.strip().lower() for a in o.affects} or "all" in o.affects
    )
