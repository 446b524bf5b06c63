"""What the person filled in on the help form, checked, plus the known outages it may match."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from desktop.helpdesk.connector import RequestKind
from desktop.message_ids import QT_TRANSLATE_NOOP

SUMMARY_MAX = 120
DETAILS_MAX = 20_000
APP_NAME_MAX = 80
JUSTIFICATION_MAX = 2_000
MANAGER_MAX = 120
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"


# English for tickets; the help form translates them under HelpPage.
URGENCY_WORDS = {
    Urgency.LOW: QT_TRANSLATE_NOOP("HelpPage", "Low – whenever you can"),
    Urgency.NORMAL: QT_TRANSLATE_NOOP("HelpPage", "Normal – it slows me down"),
    Urgency.HIGH: QT_TRANSLATE_NOOP("HelpPage", "High – I can barely work"),
    Urgency.CRITICAL: QT_TRANSLATE_NOOP("HelpPage", "Critical – I cannot work at all"),
}


class Approval(StrEnum):
    """Who must agree before IT grants access (the catalogue's ``approval``)."""

    NONE = "none"
    MANAGER = "manager"
    IT = "it"


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    OCCASIONALLY = "occasionally"


FREQUENCY_WORDS = {
    Frequency.DAILY: QT_TRANSLATE_NOOP("HelpPage", "Daily"),
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("HelpPage", "Weekly"),
    Frequency.OCCASIONALLY: QT_TRANSLATE_NOOP("HelpPage", "Occasionally"),
}


ACCESS_DAYS_MAX = 3650  # ten years: longer is "permanently"


@dataclass(frozen=True)
class AccessPeriod:
    """For how long access is needed, next to how often: a number of ``days`` from when IT
    grants it, ``until`` a date (that day included), or neither: permanently."""

    days: int | None = None
    until: date | None = None

    def checked(self, today: date) -> AccessPeriod:
        """This period, or :class:`InvalidRequestError` at the form's "duration" field."""
        if self.days is not None and self.until is not None:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please give a number of days or a date, not both."), "duration")
        if self.days is not None and self.days < 1:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please ask for at least one day."), "duration")
        if self.days is not None and self.days > ACCESS_DAYS_MAX:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please ask for at most {limit} days, or choose permanently."),
                "duration", limit=ACCESS_DAYS_MAX)
        if self.until is not None and self.until < today:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please choose a date from today on."), "duration")
        return self

    def as_fields(self) -> dict[str, str]:
        """``duration`` (days, until or permanent) and its value, for machines."""
        if self.days is not None:
            return {"duration": "days", "duration_days": str(self.days)}
        if self.until is not None:
            return {"duration": "until", "duration_until": self.until.isoformat()}
        return {"duration": "permanent"}


class InvalidRequestError(ValueError):
    """The form is incomplete; the message says what to fill in, in words for people.

    ``message_id`` is the English sentence marked for translation (context "RequestForm") with
    named placeholders that ``values`` fill; ``str()`` is the English, for the CLI. ``field``
    names the form field to fix ("summary", "app_name", "justification", "manager", ...) so a
    form can put the cursor there; "" when no single field is at fault.
    """

    def __init__(self, message_id: str, field: str = "", **values: str | int) -> None:
        super().__init__(message_id.format(**values))
        self.message_id = message_id
        self.field = field
        self.values = values


@dataclass(frozen=True)
class AccessRequest:
    """The structured justification of "Request access" (``app_id`` set) or "Ask for an app"
    (``app_id`` "": the app is not in the catalogue and the person names it)."""

    app_id: str
    app_name: str
    approval: Approval
    justification: str
    frequency: Frequency
    manager: str = ""
    duration: AccessPeriod = AccessPeriod()

    @property
    def in_catalogue(self) -> bool:
        return bool(self.app_id)

    def title(self) -> str:
        """"Access request: Adobe Photoshop" or "App request: Krita" (subject and summary)."""
        what = "Access request" if self.in_catalogue else "App request"
        return f"{what}: {self.app_name}"

    def checked(self) -> AccessRequest:
        """This request with trimmed text, or :class:`InvalidRequestError` naming the field."""
        name = " ".join(self.app_name.split())
        justification = self.justification.strip()
        manager = " ".join(self.manager.split())
        if not name:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please name the app you need."), "app_name")
        if len(name) > APP_NAME_MAX:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please keep the app name under {limit} characters."),
                "app_name", limit=APP_NAME_MAX)
        if not justification:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please say why you need {app}."), "justification", app=name)
        if len(justification) > JUSTIFICATION_MAX:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please keep the reason under {limit} characters."),
                "justification", limit=JUSTIFICATION_MAX)
        if self.approval is Approval.MANAGER:
            _check_manager(name, manager)
        else:
            manager = ""
        return AccessRequest(self.app_id.strip(), name, self.approval, justification,
                             self.frequency, manager, self.duration.checked(date.today()))

    def as_fields(self) -> dict[str, str]:
        """The ``fields["access"]`` mapping of the ticket payload."""
        return {"app_id": self.app_id, "app_name": self.app_name,
                "approval": self.approval.value, "justification": self.justification,
                "frequency": self.frequency.value, **self.duration.as_fields(),
                "manager": self.manager}


def _check_manager(app_name: str, manager: str) -> None:
    if not manager:
        raise InvalidRequestError(QT_TRANSLATE_NOOP(
            "RequestForm", "{app} needs your manager's approval: please give their name or "
            "e-mail."), "manager", app=app_name)
    if len(manager) > MANAGER_MAX:
        raise InvalidRequestError(QT_TRANSLATE_NOOP(
            "RequestForm", "Please keep your manager's name under {limit} characters."),
            "manager", limit=MANAGER_MAX)
    if "@" in manager and not _EMAIL.fullmatch(manager):
        raise InvalidRequestError(QT_TRANSLATE_NOOP(
            "RequestForm", "Your manager's e-mail address looks incomplete, for example: "
            "jane.doe@example.com."), "manager")


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
    access: AccessRequest | None = None  # ACCESS: what is asked for, and why

    def checked(self) -> RequestForm:
        """This form with trimmed text, or :class:`InvalidRequestError` saying what is missing.

        An ACCESS form needs its :class:`AccessRequest`; its summary, when empty, becomes the
        request's title ("Access request: Adobe Photoshop")."""
        access = self._checked_access()
        summary = " ".join(self.summary.split()) or (access.title() if access else "")
        if self.kind is RequestKind.ME_TOO and not self.announcement_id:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "A “Me too” needs the announcement it belongs to."))
        if not summary and self.kind is not RequestKind.ME_TOO:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please describe the problem in one line."), "summary")
        if len(summary) > SUMMARY_MAX:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please keep the summary under {limit} characters."),
                "summary", limit=SUMMARY_MAX)
        if len(self.details) > DETAILS_MAX:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please keep the details under {limit} characters."),
                "details", limit=DETAILS_MAX)
        if not self.category.strip():
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "Please choose a category."), "category")
        return RequestForm(
            self.kind, self.category.strip(), summary, self.details.strip(), self.urgency,
            self.announcement_id, self.announcement_title, access,
        )

    def _checked_access(self) -> AccessRequest | None:
        if self.kind is not RequestKind.ACCESS:
            return None
        if self.access is None:
            raise InvalidRequestError(QT_TRANSLATE_NOOP(
                "RequestForm", "An access request needs the app it is for."), "app_name")
        return self.access.checked()


def matching_outages(outages: Iterable[KnownOutage], category: str) -> tuple[KnownOutage, ...]:
    """Outages to ask "Is it this?" about: those affecting ``category``, or everyone."""
    wanted = category.strip().lower()
    return tuple(
        o for o in outages
        if not o.affects or wanted in {a.strip().lower() for a in o.affects} or "all" in o.affects
    )
