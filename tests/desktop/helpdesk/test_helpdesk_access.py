"""Access requests and app requests: structured fields, subject, summary lines, validation."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.payload import build_payload
from desktop.helpdesk.payload_json import payload_from_json, payload_to_json
from desktop.helpdesk.redact import Redactor
from desktop.helpdesk.request_form import (
    AccessPeriod,
    AccessRequest,
    Approval,
    Frequency,
    InvalidRequestError,
    RequestForm,
    Urgency,
)

DEVICE = {"hostname": "laptop-042", "os_release": "Windows 11", "model": "ThinkPad T14",
          "account": "alex", "full_name": "Alex Doe"}


def _access(**kw: object) -> AccessRequest:
    base: dict[str, object] = {
        "app_id": "photoshop", "app_name": "Adobe Photoshop", "approval": Approval.MANAGER,
        "justification": "  I edit product photos for the web shop.\n",
        "frequency": Frequency.DAILY, "manager": " Jane  Doe ", "duration": AccessPeriod(days=7)}
    return AccessRequest(**{**base, **kw})  # type: ignore[arg-type]


def _form(access: AccessRequest | None, **kw: object) -> RequestForm:
    base: dict[str, object] = {"kind": RequestKind.ACCESS, "category": "access", "summary": "",
                               "details": "", "urgency": Urgency.NORMAL, "access": access}
    return RequestForm(**{**base, **kw})  # type: ignore[arg-type]


def test_catalogue_app_with_manager_approval() -> None:
    payload = build_payload(_form(_access(), details="Licence for 1 year is enough."), (),
                            DEVICE, Redactor(), idempotency_key="k-1")
    assert payload.kind is RequestKind.ACCESS
    assert payload.category == "access"
    assert payload.subject == "[Deskmate] Access request: Adobe Photoshop"
    assert payload.fields["access"] == {
        "app_id": "photoshop", "app_name": "Adobe Photoshop", "approval": "manager",
        "justification": "I edit product photos for the web shop.", "frequency": "daily",
        "duration": "days", "duration_days": "7", "manager": "Jane Doe"}
    lines = payload.body.splitlines()
    assert lines[:7] == [
        "Who: Alex Doe, no reply address known (account alex)",
        "Device: laptop-042, ThinkPad T14",
        "OS: Windows 11",
        "What is requested: access to Adobe Photoshop (catalogue id photoshop; needs manager "
        "approval from Jane Doe)",
        "Why: I edit product photos for the web shop. (will use it: daily)",
        "For how long: 7 days",
        "Urgency: Normal – it slows me down",
    ]
    assert lines[8:10] == ["Details:", "Licence for 1 year is enough."]
    assert payload_from_json(payload_to_json(payload, with_data=True)) == payload


def test_app_not_in_catalogue() -> None:
    access = _access(app_id="", app_name=" Krita ", approval=Approval.IT,
                     frequency=Frequency.WEEKLY, manager="ignored when IT approves")
    payload = build_payload(_form(access, category="software"), (), DEVICE, Redactor())
    assert payload.subject == "[Deskmate] App request: Krita"
    assert payload.fields["access"] == {
        "app_id": "", "app_name": "Krita", "approval": "it",
        "justification": "I edit product photos for the web shop.", "frequency": "weekly",
        "duration": "days", "duration_days": "7", "manager": ""}
    assert payload.body.splitlines()[3:5] == [
        "What is requested: Krita, which is not in the catalogue yet (needs IT approval)",
        "Why: I edit product photos for the web shop. (will use it: weekly)",
    ]
    assert "Details:\n(none given)" in payload.body


def test_secrets_in_the_justification_are_redacted_everywhere() -> None:
    access = _access(justification="Our vendor gave me password=hunter2hunter2 to log in.")
    payload = build_payload(_form(access), (), DEVICE, Redactor())
    dumped = json.dumps(payload_to_json(payload, with_data=True))
    assert "hunter2hunter2" not in dumped
    assert "[REDACTED]" in payload.fields["access"]["justification"]


@pytest.mark.parametrize(
    ("access", "field", "message"),
    [
        (_access(justification="  \n "), "justification",
         "Please say why you need Adobe Photoshop."),
        (_access(manager="  "), "manager",
         "Adobe Photoshop needs your manager's approval: please give their name or e-mail."),
        (_access(manager="jane@"), "manager", "e-mail address looks incomplete"),
        (_access(app_id="", app_name=" "), "app_name", "Please name the app you need."),
        (_access(app_name="x" * 81), "app_name", "under 80 characters"),
        (_access(justification="y" * 2001), "justification", "under 2000 characters"),
    ],
)
def test_validation_says_what_to_fill_in(access: AccessRequest, field: str,
                                         message: str) -> None:
    with pytest.raises(InvalidRequestError, match=message) as caught:
        build_payload(_form(access), (), DEVICE, Redactor())
    assert caught.value.field == field


def test_manager_is_optional_without_manager_approval() -> None:
    for approval in (Approval.NONE, Approval.IT):
        checked = _form(_access(approval=approval, manager="")).checked()
        assert checked.access is not None
        assert checked.access.manager == ""
    assert _access(manager="jane.doe@example.com").checked().manager == "jane.doe@example.com"


def test_access_form_needs_its_access_part() -> None:
    with pytest.raises(InvalidRequestError, match="needs the app it is for"):
        _form(None, summary="Access please").checked()


def test_other_kinds_ignore_a_stray_access_part() -> None:
    form = _form(_access(), kind=RequestKind.REQUEST, summary="VPN fails to connect")
    payload = build_payload(form, (), DEVICE, Redactor())
    assert payload.subject == "[Deskmate] VPN fails to connect"
    assert "access" not in payload.fields
    assert payload.body.splitlines()[3].startswith("What fails: VPN fails to connect")


def test_access_until_a_date_reaches_the_ticket_as_a_field_and_in_the_summary() -> None:
    access = _access(duration=AccessPeriod(until=date(2099, 12, 24)))
    payload = build_payload(_form(access), (), DEVICE, Redactor())
    assert payload.fields["access"]["duration"] == "until"
    assert payload.fields["access"]["duration_until"] == "2099-12-24"
    assert "For how long: until 2099-12-24" in payload.body.splitlines()


def test_access_for_good_says_permanently() -> None:
    payload = build_payload(_form(_access(duration=AccessPeriod())), (), DEVICE, Redactor())
    assert payload.fields["access"]["duration"] == "permanent"
    assert "For how long: permanently" in payload.body.splitlines()


@pytest.mark.parametrize(("period", "message"), [
    (AccessPeriod(days=0), "at least one day"),
    (AccessPeriod(days=4000), "at most 3650 days"),
    (AccessPeriod(until=date(2020, 1, 1)), "a date from today on"),
    (AccessPeriod(days=3, until=date(2099, 1, 1)), "a number of days or a date"),
])
def test_an_impossible_period_is_refused_at_its_field(period: AccessPeriod, message: str
                                                      ) -> None:
    with pytest.raises(InvalidRequestError, match=message) as raised:
        _form(_access(duration=period)).checked()
    assert raised.value.field == "duration"
