"""No ticket title names the device: every connector files a real payload (built by the form's
own builder on a device called laptop-042) under a subject without the host name. The device
is the summary's second answer instead."""

from __future__ import annotations

import json
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.helpdesk.connector import Connector, RequestKind, TicketPayload
from desktop.helpdesk.connectors import (
    freshservice,
    glpi,
    jira,
    rt,
    servicenow,
    webhook,
    zammad,
    zendesk,
)
from desktop.helpdesk.connectors.email import EmailConnector
from desktop.helpdesk.connectors.file import FileDropConnector
from desktop.helpdesk.connectors.registry import SPECS
from desktop.helpdesk.payload import build_payload
from desktop.helpdesk.redact import Redactor
from desktop.helpdesk.request_form import AccessRequest, Approval, Frequency, RequestForm

HOST = "laptop-042"
DEVICE = {"hostname": HOST, "account": "ada", "full_name": "Ada Lovelace",
          "email": "ada@example.com", "os": "Linux"}
FORMS = {
    "problem": RequestForm(RequestKind.REQUEST, "network", "VPN fails to connect"),
    "access": RequestForm(RequestKind.ACCESS, "access", "",
                          access=AccessRequest("photoshop", "Adobe Photoshop", Approval.NONE,
                                              "To edit the brochure", Frequency.WEEKLY)),
    "me too": RequestForm(RequestKind.ME_TOO, "network", "", announcement_id="vpn-1",
                          announcement_title="VPN outage in Berlin"),
    "feedback": RequestForm(RequestKind.FEEDBACK, "feedback", "Dark mode please"),
}
# (path, method) -> the vendor's answer to a create call and the searches before it
ANSWERS: dict[tuple[str, str], Any] = {
    ("/REST/2.0/tickets", "GET"): {"items": []},
    ("/REST/2.0/ticket", "POST"): {"id": 1},
    ("/REST/2.0/queue/General", "GET"): {"TicketCustomFields": [{"name": "ClientRequestId"}]},
    ("/api/v1/tickets/search", "GET"): {"tickets": []},
    ("/api/v1/tickets", "POST"): {"id": 1},
    ("/rest/api/3/search/jql", "GET"): {"issues": []},
    ("/rest/servicedeskapi/request", "POST"): {"issueKey": "IT-1", "_links": {"web": "x"}},
    ("/api/now/table/incident", "GET"): {"result": []},
    ("/api/now/table/incident", "POST"): {"result": {"sys_id": "a1", "number": "INC1"}},
    ("/api/v2/tickets", "GET"): {"tickets": []},
    ("/api/v2/tickets", "POST"): {"ticket": {"id": 1}},
    ("/api/v2/tickets/filter", "GET"): {"tickets": []},
    ("/apirest.php/initSession", "GET"): {"session_token": "s"},
    ("/apirest.php/Ticket", "GET"): [],
    ("/apirest.php/Ticket", "POST"): {"id": 1},
    ("/apirest.php/killSession", "GET"): [],
    ("/hook", "POST"): {"id": "HD-1"},
}
# connector -> how its create call names the ticket
TITLES: dict[str, Callable[[Any], str]] = {
    "rt": lambda b: b["Subject"],
    "zammad": lambda b: b["title"],
    "jira": lambda b: b["requestFieldValues"]["summary"],
    "servicenow": lambda b: b["short_description"],
    "zendesk": lambda b: b["ticket"]["subject"],
    "freshservice": lambda b: b["subject"],
    "glpi": lambda b: b["input"]["name"],
    "webhook": lambda b: b["payload"]["subject"],
}


def _web(name: str, url: str, session: requests.Session) -> Connector:
    key = lambda: "k"  # noqa: E731 - every secret is the same stand-in
    made: dict[str, Callable[[], Connector]] = {
        "rt": lambda: rt.RtConnector(session, url, "General", key),
        "zammad": lambda: zammad.ZammadConnector(session, url, "Users", key),
        "jira": lambda: jira.JiraConnector(session, url, "3", "25", lambda: {}),
        "servicenow": lambda: servicenow.ServiceNowConnector(session, url, lambda: {}),
        "zendesk": lambda: zendesk.ZendeskConnector(session, url, lambda: {}),
        "freshservice": lambda: freshservice.FreshserviceConnector(session, url, key),
        "glpi": lambda: glpi.GlpiConnector(session, f"{url}/apirest.php", key, key),
        "webhook": lambda: webhook.WebhookConnector(f"{url}/hook", session),
    }
    return made[name]()


def _payload(form: RequestForm) -> TicketPayload:
    return build_payload(form, (), DEVICE, Redactor())


def _created_title(name: str, seen: list[tuple[str, str, bytes]]) -> str:
    body = next(b for path, method, b in seen if method == "POST" and (path, method) in ANSWERS)
    return TITLES[name](json.loads(body))


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("name", sorted(TITLES))
def test_no_web_connector_names_the_device_in_the_title(
    httpserver: HTTPServer, session: requests.Session, name: str, form: str
) -> None:
    seen: list[tuple[str, str, bytes]] = []

    def answer(request: Request) -> Response:
        seen.append((request.path, request.method, request.get_data()))
        found = ANSWERS.get((request.path, request.method))
        return Response(json.dumps(found), status=404 if found is None else 200,
                        content_type="application/json")

    httpserver.expect_request("").respond_with_handler(answer)
    payload = _payload(FORMS[form])

    _web(name, httpserver.url_for("/").rstrip("/"), session).submit(payload)

    title = _created_title(name, seen)
    assert HOST not in title
    assert title == payload.subject
    assert f"Device: {HOST}" in payload.body  # where the agent finds it


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_file_drop_and_e_mail_titles_do_not_name_the_device(
    tmp_path: Path, form: str
) -> None:
    sent: list[EmailMessage] = []

    class Mail(EmailConnector):
        def _send(self, msg: EmailMessage) -> None:  # SMTP itself: test_helpdesk_email.py
            sent.append(msg)

    payload = _payload(FORMS[form])
    FileDropConnector(tmp_path).submit(payload)
    Mail("127.0.0.1", 25, "none", "d@example.com", "h@example.com").submit(payload)

    (bundle,) = tmp_path.iterdir()
    ticket = json.loads((bundle / "ticket.json").read_text(encoding="utf-8"))
    assert HOST not in ticket["subject"]
    assert HOST not in str(sent[0]["Subject"])


def test_every_connector_is_covered() -> None:
    assert {s.name for s in SPECS} == {*TITLES, "file", "email"}
