"""Every connector module builds from settings and keychain secrets, sends its documented auth,
and turns a refused login or a rate limit into the right failure."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
from pytest_httpserver import HTTPServer

from desktop.helpdesk.connector import Connector, PermanentFailure, TemporaryFailure
from desktop.helpdesk.connectors import (
    freshservice as connector_freshservice,
)
from desktop.helpdesk.connectors import (
    glpi as connector_glpi,
)
from desktop.helpdesk.connectors import (
    jira as connector_jira,
)
from desktop.helpdesk.connectors import (
    rt as connector_rt,
)
from desktop.helpdesk.connectors import (
    servicenow as connector_servicenow,
)
from desktop.helpdesk.connectors import (
    zammad as connector_zammad,
)
from desktop.helpdesk.connectors import (
    zendesk as connector_zendesk,
)
from desktop.helpdesk.connectors.http import basic_auth
from desktop.helpdesk.connectors.registry import SPECS, ConnectorSpec, secret_names, spec
from desktop.policy import PolicyLoad
from desktop.secrets import MemorySecretStore, SecretStore
from desktop.settings import Settings
from desktop.settings_defs import build_registry
from desktop.settings_defs import helpdesk as keys
from tests.desktop.helpdesk_connectors.conftest import Seen, capture
from tests.desktop.helpdesk_connectors.payloads import make_payload

# Typed, so mypy checks that every connector class satisfies the Connector protocol.
BUILDERS: dict[str, Callable[[Settings, SecretStore, requests.Session], Connector]] = {
    "rt": connector_rt.build, "zammad": connector_zammad.build, "jira": connector_jira.build,
    "servicenow": connector_servicenow.build, "zendesk": connector_zendesk.build,
    "freshservice": connector_freshservice.build, "glpi": connector_glpi.build,
}
# name -> (settings beyond the URL, secrets, the auth headers the first request must carry,
#          the vendor's 401 body, the reason the person must see)
CASES: dict[str, tuple[dict[str, str], dict[str, str], dict[str, str], Any, str]] = {
    "rt": ({"helpdesk.rt.queue": "IT"}, {"helpdesk.rt.token": "rt-t"},
           {"Authorization": "token rt-t"}, {"message": "Unauthorized"}, "Unauthorized"),
    "zammad": ({"helpdesk.zammad.group": "IT"}, {"helpdesk.zammad.token": "zm-t"},
               {"Authorization": "Token token=zm-t"},
               {"error": "Authentication required"}, "Authentication required"),
    "jira": ({"helpdesk.jira.email": "bot@example.com", "helpdesk.jira.service_desk_id": "3",
              "helpdesk.jira.request_type_id": "25"}, {"helpdesk.jira.token": "jr-t"},
             basic_auth("bot@example.com", "jr-t"),
             {"errorMessages": ["Client must be authenticated to access this resource."],
              "errors": {}}, "Client must be authenticated"),
    "servicenow": ({"helpdesk.servicenow.username": "sn.bot"},
                   {"helpdesk.servicenow.password": "sn-p"}, basic_auth("sn.bot", "sn-p"),
                   {"error": {"message": "User Not Authenticated",
                              "detail": "Required to provide Auth information"},
                    "status": "failure"}, "User Not Authenticated"),
    "zendesk": ({"helpdesk.zendesk.email": "agent@example.com"}, {"helpdesk.zendesk.token": "zd"},
                basic_auth("agent@example.com/token", "zd"),
                {"error": "Couldn't authenticate you"}, "Couldn't authenticate you"),
    "freshservice": ({}, {"helpdesk.freshservice.api_key": "fs-k"}, basic_auth("fs-k", "X"),
                     {"code": "invalid_credentials",
                      "message": "You have to be logged in to perform this action."},
                     "You have to be logged in"),
    "glpi": ({}, {"helpdesk.glpi.app_token": "g-app", "helpdesk.glpi.user_token": "g-user"},
             {"App-Token": "g-app", "Authorization": "user_token g-user"},
             ["ERROR_GLPI_LOGIN_USER_TOKEN", "parameter user_token seems invalid"],
             "user_token seems invalid"),
}


def _build(name: str, url: str, tmp_path: Path, session: requests.Session,
           secrets: bool = True, suffix: str = "") -> Connector:
    extra, stored, _, _, _ = CASES[name]
    policy = PolicyLoad(values={f"helpdesk.{name}.url": url, **extra}, origin="test")
    settings = Settings(build_registry(), tmp_path / "settings.toml", policy)
    assert settings.problems == ()
    store = MemorySecretStore()
    for key, value in stored.items() if secrets else ():
        store.set(key, value + suffix)
    module = importlib.import_module(f"desktop.helpdesk.connectors.{name}")
    assert module.build is BUILDERS[name]
    assert spec(name).secret_names == module.SECRET_NAMES  # the registry names them
    connector = BUILDERS[name](settings, store, session)
    assert connector.name == name
    return connector


@pytest.mark.parametrize("name", sorted(CASES))
def test_refused_login_is_permanent_with_the_vendors_reason_and_auth_was_sent(
    contract: HTTPServer, session: requests.Session, tmp_path: Path, name: str
) -> None:
    seen: list[Seen] = []
    contract.expect_request(_any_path()).respond_with_handler(
        capture(seen, CASES[name][3], status=401))
    connector = _build(name, _base(contract, name), tmp_path, session)

    with pytest.raises(PermanentFailure, match=f"HTTP 401.*{CASES[name][4]}"):
        connector.submit(make_payload())
    assert len(seen) == 1
    for header, value in CASES[name][2].items():
        assert seen[0].headers[header] == value


@pytest.mark.parametrize("name", sorted(CASES))
def test_rate_limit_is_temporary_with_retry_after(
    contract: HTTPServer, session: requests.Session, tmp_path: Path, name: str
) -> None:
    contract.expect_request(_any_path()).respond_with_json(
        {"error": "Too Many Requests"}, status=429, headers={"Retry-After": "17"})
    connector = _build(name, _base(contract, name), tmp_path, session)

    with pytest.raises(TemporaryFailure, match="HTTP 429") as caught:
        connector.submit(make_payload())
    assert caught.value.retry_after == 17.0


@pytest.mark.parametrize("name", sorted(CASES))
def test_missing_secret_is_permanent_and_sends_nothing(
    contract: HTTPServer, session: requests.Session, tmp_path: Path, name: str
) -> None:
    connector = _build(name, _base(contract, name), tmp_path, session, secrets=False)

    with pytest.raises(PermanentFailure, match="deskmate secret set helpdesk"):
        connector.submit(make_payload())


@pytest.mark.allow_log_warnings
@pytest.mark.parametrize("name", sorted(CASES))
def test_malformed_secret_is_permanent_says_the_fix_and_sends_nothing(
    contract: HTTPServer, session: requests.Session, tmp_path: Path, name: str
) -> None:
    """A token pasted with a line break made requests refuse the header (InvalidHeader), which
    became a TemporaryFailure: the request was retried forever and nobody learnt why."""
    seen: list[Seen] = []
    contract.expect_request(_any_path()).respond_with_handler(capture(seen, {}))
    connector = _build(name, _base(contract, name), tmp_path, session, suffix="\nX-Evil: 1")

    with pytest.raises(PermanentFailure, match=r"malformed.*deskmate secret set helpdesk"):
        connector.submit(make_payload())
    assert seen == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_missing_url_is_a_permanent_failure_at_build(
    session: requests.Session, tmp_path: Path, name: str
) -> None:
    with pytest.raises(PermanentFailure, match=f"helpdesk.{name}.url is empty"):
        _build(name, "", tmp_path, session)


def _any_path() -> re.Pattern[str]:
    return re.compile(".*")


def _base(server: HTTPServer, name: str) -> str:
    return server.url_for("/apirest.php" if name == "glpi" else "/").rstrip("/")


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_factory_learns_every_secret_name_for_the_redactor(name: str) -> None:
    assert set(secret_names(name)) == set(CASES[name][1])


def test_the_registry_holds_every_connector_setting_names_and_only_those() -> None:
    assert tuple(s.name for s in SPECS) == keys.CONNECTORS
    assert {s.name: s.url_setting for s in SPECS if s.url_setting} == keys.URLS
    assert [s.name for s in SPECS if s.capabilities.thread] == [
        "rt", "zammad", "jira", "servicenow", "zendesk", "freshservice", "glpi"]


def test_the_docs_table_of_capabilities_is_the_registrys() -> None:
    """docs/connectors.md 'What each connector can do' says what the registry says."""
    text = (Path(__file__).resolve().parents[3] / "docs" / "connectors.md").read_text()
    section = text.split("## What each connector can do", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| (\w+) \| (\w+) \| (\w+) \| (\w+) \|$", section, re.M)
    documented = {name: tuple(cell == "yes" for cell in cells) for name, *cells in rows}
    assert documented == {s.name: (s.capabilities.status, s.capabilities.replies,
                                   s.capabilities.ratings, s.capabilities.thread) for s in SPECS}


@pytest.mark.parametrize("found", SPECS, ids=lambda s: s.name)
def test_each_spec_names_its_modules_builder_and_secrets(found: ConnectorSpec) -> None:
    module_name, _, function = found.factory.partition(":")
    module = importlib.import_module(module_name)
    assert getattr(module, function) is module.build
    assert found.secret_names == module.SECRET_NAMES


def test_the_file_drop_is_built_without_a_session_or_the_http_stack(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.helpdesk.connectors.registry import build_connector\n"
        "from desktop.policy import PolicyLoad\n"
        "from desktop.secrets import MemorySecretStore\n"
        "from desktop.settings import Settings\n"
        "from desktop.settings_defs import build_registry\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "settings = Settings(build_registry(), folder / 's.toml', PolicyLoad(values={}, "
        "origin='test'))\n"
        "def no_session():\n"
        "    raise AssertionError('the file drop asked for an HTTP session')\n"
        "built = build_connector(settings, MemorySecretStore(), no_session, folder)\n"
        "print(built.name, sorted(m for m in ('requests', 'urllib3', 'truststore') "
        "if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == ["file", "[]"]
