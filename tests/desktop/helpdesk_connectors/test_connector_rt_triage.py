"""Triage for Request Tracker, checked against REST2's documented create shape: the category
picks the ``Queue``, the urgency a numeric ``Priority``."""

from __future__ import annotations

import requests
from pytest_httpserver import HTTPServer

from desktop.helpdesk.connectors.rt import KEY_FIELD, RtConnector
from desktop.helpdesk.triage import Triage
from desktop.settings_defs import helpdesk as keys
from tests.desktop.helpdesk_connectors.conftest import Seen, capture
from tests.desktop.helpdesk_connectors.payloads import BODY_HTML, make_payload

AUTH = {"Authorization": "token rt-t"}


def _connector(contract: HTTPServer, session: requests.Session, triage: Triage) -> RtConnector:
    return RtConnector(session, contract.url_for("/").rstrip("/"), "General", lambda: "rt-t",
                       triage=triage)


def _expect_create(contract: HTTPServer, seen: list[Seen], queue: str) -> None:
    contract.expect_ordered_request("/REST/2.0/tickets", method="GET", headers=AUTH) \
        .respond_with_json({"items": [], "count": 0})
    contract.expect_ordered_request("/REST/2.0/ticket", method="POST", headers=AUTH) \
        .respond_with_handler(capture(seen, {"id": 77, "type": "ticket"}, status=201))
    contract.expect_ordered_request(f"/REST/2.0/queue/{queue}", method="GET") \
        .respond_with_json({"Name": queue, "TicketCustomFields": [{"name": KEY_FIELD}]})


def test_category_picks_the_queue_and_urgency_the_priority(
    contract: HTTPServer, session: requests.Session
) -> None:
    """helpdesk.rt.queues / .priorities: category -> Queue, urgency -> Priority (0..100)."""
    seen: list[Seen] = []
    _expect_create(contract, seen, "Network")
    rt = _connector(contract, session, Triage({"network": "Network"}, {"high": "90"}))

    rt.submit(make_payload(attachments=False))

    ticket = seen[0].json()
    assert (ticket["Queue"], ticket["Priority"]) == ("Network", 90)
    assert (ticket["Content"], ticket["ContentType"]) == (BODY_HTML, "text/html")


def test_without_policy_the_queue_setting_and_rts_default_priorities_apply(
    contract: HTTPServer, session: requests.Session
) -> None:
    seen: list[Seen] = []
    _expect_create(contract, seen, "General")
    defaults = Triage(priorities={"high": "100"})

    _connector(contract, session, defaults).submit(make_payload(attachments=False))

    assert (seen[0].json()["Queue"], seen[0].json()["Priority"]) == ("General", 100)


def test_the_default_priorities_are_rts_low_medium_high() -> None:
    """RT 5's %PriorityAsString: Low 0, Medium 50, High 100."""
    assert keys.RT_PRIORITIES.default == ("low=0", "normal=50", "high=100", "critical=100")
