"""The requester's address reaches the payload and the helpdesk, from policy, the directory or
what the person typed; a helpdesk that requires it fails clearly and works once it is known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.core import Core, build_core
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.outbox import DeliveryState
from desktop.helpdesk.request_form import RequestForm
from desktop.helpdesk.service import HelpdeskService
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from desktop.settings_defs import helpdesk as keys

FORM = RequestForm(RequestKind.REQUEST, "network", "VPN fails")


def _service(core: Core, directory: str = "") -> HelpdeskService:
    sources = ContextSources(device=lambda: {"hostname": "laptop-042", "account": "alex",
                                             "full_name": "Alex Doe"})
    return HelpdeskService(core, sources, directory=lambda _account: directory)


def _core(profile_dir: Path, policy: str) -> Core:
    profile_dir.mkdir(exist_ok=True)
    (profile_dir / "policy.toml").write_text(policy, encoding="utf-8")
    return build_core(profile_dir, policy_source=TomlPolicyFile(profile_dir / "policy.toml"),
                      secrets=MemorySecretStore())


def test_policy_template_wins_and_the_agent_sees_the_address(profile_dir: Path) -> None:
    core = _core(profile_dir, '[helpdesk]\nrequester_email_template = "{account}@acme.example"\n')
    core.settings.set_user(keys.WORK_EMAIL, "alex@home.example")
    payload = _service(core, directory="alex.doe@corp.example").build(FORM, ())
    assert payload.requester["email"] == "alex@acme.example"
    assert payload.body.splitlines()[0] == (
        "Who: Alex Doe, reply to alex@acme.example (account alex)")


def test_the_directory_comes_before_what_was_typed(profile_dir: Path) -> None:
    core = _core(profile_dir, "")
    core.settings.set_user(keys.WORK_EMAIL, "alex@home.example")
    assert _service(core, "alex.doe@corp.example").build(FORM, ()).requester["email"] \
        == "alex.doe@corp.example"
    assert _service(core).build(FORM, ()).requester["email"] == "alex@home.example"


@pytest.mark.allow_log_warnings  # the refusal and the bad secret are logged
def test_freshservice_without_an_address_fails_clearly_then_goes_once_it_is_typed(
    profile_dir: Path, httpserver: HTTPServer
) -> None:
    core = _core(profile_dir, '[helpdesk]\nconnector = "freshservice"\n\n[helpdesk.freshservice]\n'
                              f'url = "{httpserver.url_for("/").rstrip("/")}"\n')
    core.secrets.set("helpdesk.freshservice.api_key", "fs-key")
    created: list[dict[str, object]] = []

    def create(request: Request) -> Response:
        created.append(json.loads(request.get_data()))
        return Response(json.dumps({"ticket": {"id": 77}}), 201,
                        content_type="application/json")

    httpserver.expect_request("/api/v2/tickets/filter").respond_with_json({"tickets": []})
    httpserver.expect_request("/api/v2/tickets", method="POST").respond_with_handler(create)
    service = _service(core)
    entry = service.submit(service.build(FORM, ()))

    assert service.flush().failed == 1
    failed = service.entry(entry.key)
    assert failed.state is DeliveryState.FAILED  # kept, with the reason and the fix
    assert "work e-mail" in (failed.last_error or "")
    assert "Settings" in (failed.last_error or "")
    assert created == []

    core.settings.set_user(keys.WORK_EMAIL, "alex@acme.example")
    assert service.retry(entry.key).sent == 1
    assert created[0]["email"] == "alex@acme.example"
    service.close()
