"""The one registry of helpdesk connectors: a :class:`ConnectorSpec` per name.

Each spec says how to build the connector, which keychain secrets it reads, which setting
holds its URL, and what it can do (read a status, take replies, take ratings, read the
thread). Secrets, all in the keychain service ``deskmate`` (store one with
``deskmate secret set NAME``):

==============  ====================================================================
file            none
webhook         ``helpdesk.webhook.secret`` (whsec_<base64> signing key),
                ``helpdesk.webhook.token`` (optional Bearer token)
email           ``helpdesk.email.password`` (when helpdesk.email.username is set)
rt … glpi       as named in each module, e.g. ``helpdesk.rt.token``
==============  ====================================================================

A web connector's URL must be https:// (or http:// to this computer): every one of them sends
a credential or the request itself; likewise SMTP with a login must use TLS to another
computer. ``helpdesk.allow_insecure_http`` lifts this for a lab.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop.helpdesk.connector import Connector, FailureKind, PermanentFailure
from desktop.helpdesk.secret_rules import problem as secret_problem
from desktop.network.errors import RefusedUrl
from desktop.network.url_policy import check_cleartext, check_credential_url
from desktop.secrets import SecretStore, SecretStoreError
from desktop.settings import Settings
from desktop.settings_defs import helpdesk as keys
from desktop.settings_schema import Setting

if TYPE_CHECKING:  # requests loads only when a connector that talks HTTP is built
    import requests

log = logging.getLogger(__name__)
SessionSource = Callable[[], "requests.Session"]  # called only by connectors that need one


@dataclass(frozen=True)
class BuildContext:
    """What a connector is built from."""

    settings: Settings
    secrets: SecretStore
    session: SessionSource
    default_folder: Path  # the file drop's folder when IT names none


@dataclass(frozen=True)
class Capabilities:
    status: bool  # reads the ticket's status
    replies: bool  # takes the employee's replies
    ratings: bool  # takes a 1–5 rating (else it goes as a reply)
    thread: bool  # reads IT's public replies back (ThreadReader)


@dataclass(frozen=True)
class ConnectorSpec:
    """A connector as data: its module is imported only when the connector is built, so the
    tray (which lists requests and checks secrets all day) never loads the HTTP stack."""

    name: str
    factory: str  # "module:function" taking (settings, secrets, session)
    secret_names: tuple[str, ...]  # the module's SECRET_NAMES (a test keeps them equal)
    url_setting: Setting[str] | None
    capabilities: Capabilities
    local: bool = False  # no HTTP session: built as factory(settings, secrets, None, folder)

    def build(self, context: BuildContext) -> Connector:
        module, _, function = self.factory.partition(":")
        factory = getattr(importlib.import_module(module), function)
        if self.local:
            built = factory(context.settings, context.secrets, None, context.default_folder)
        else:
            built = factory(context.settings, context.secrets, context.session())
        return cast(Connector, built)  # each module's build() is typed to return one


_PACKAGE = "desktop.helpdesk.connectors"
_ALL = Capabilities(status=True, replies=True, ratings=True, thread=True)
_NO_RATINGS = Capabilities(status=True, replies=True, ratings=False, thread=True)
SPECS: tuple[ConnectorSpec, ...] = (
    ConnectorSpec("file", f"{_PACKAGE}.file:build", (), None,
                  Capabilities(True, True, True, False), local=True),
    ConnectorSpec("webhook", f"{_PACKAGE}.webhook:build",
                  ("helpdesk.webhook.secret", "helpdesk.webhook.token"), keys.WEBHOOK_URL,
                  Capabilities(False, True, True, False)),
    ConnectorSpec("email", f"{_PACKAGE}.email:build", ("helpdesk.email.password",), None,
                  Capabilities(False, True, True, False)),
    ConnectorSpec("rt", f"{_PACKAGE}.rt:build", ("helpdesk.rt.token",), keys.RT_URL, _ALL),
    ConnectorSpec("zammad", f"{_PACKAGE}.zammad:build", ("helpdesk.zammad.token",),
                  keys.ZAMMAD_URL, _NO_RATINGS),
    ConnectorSpec("jira", f"{_PACKAGE}.jira:build", ("helpdesk.jira.token",), keys.JIRA_URL,
                  _ALL),
    ConnectorSpec("servicenow", f"{_PACKAGE}.servicenow:build",
                  ("helpdesk.servicenow.password",), keys.SERVICENOW_URL, _NO_RATINGS),
    ConnectorSpec("zendesk", f"{_PACKAGE}.zendesk:build", ("helpdesk.zendesk.token",),
                  keys.ZENDESK_URL, _NO_RATINGS),
    ConnectorSpec("freshservice", f"{_PACKAGE}.freshservice:build",
                  ("helpdesk.freshservice.api_key",), keys.FRESHSERVICE_URL, _NO_RATINGS),
    ConnectorSpec("glpi", f"{_PACKAGE}.glpi:build",
                  ("helpdesk.glpi.app_token", "helpdesk.glpi.user_token"), keys.GLPI_URL,
                  _NO_RATINGS),
)
_BY_NAME = {spec.name: spec for spec in SPECS}


def spec(name: str) -> ConnectorSpec:
    """The spec of connector ``name``; PermanentFailure when there is none."""
    found = _BY_NAME.get(name)
    if found is None:
        raise PermanentFailure(f"Unknown helpdesk connector {name!r}.",
                               kind=FailureKind.NOT_SET_UP)
    return found


def build_connector(
    settings: Settings, secrets: SecretStore, session: SessionSource, default_folder: Path
) -> Connector:
    """The connector ``helpdesk.connector`` names; PermanentFailure if it is misconfigured.
    ``session`` is called only when the connector talks HTTP."""
    name = settings.value(keys.CONNECTOR)
    found = spec(name)
    _check_transport(settings, found)
    try:
        return found.build(BuildContext(settings, secrets, session, default_folder))
    except SecretStoreError as exc:
        raise PermanentFailure(f"The {name} connector's secret cannot be read: {exc}",
                               kind=FailureKind.SECRET) from exc


def _check_transport(settings: Settings, found: ConnectorSpec) -> None:
    allow = settings.value(keys.ALLOW_INSECURE_HTTP)
    name = found.name
    try:
        if found.url_setting is not None:
            check_credential_url(settings.value(found.url_setting), allow)
        elif name == "email" and _plain_smtp_login(settings):
            check_cleartext(settings.value(keys.EMAIL_HOST), allow,
                            "SMTP without TLS would send the password",
                            "set helpdesk.email.security to starttls or tls")
    except RefusedUrl as exc:
        raise PermanentFailure(f"The {name} connector is not used: {exc}",
                               kind=FailureKind.NOT_SET_UP) from exc


def _plain_smtp_login(settings: Settings) -> bool:
    return (settings.value(keys.EMAIL_SECURITY) == "none"
            and bool(settings.value(keys.EMAIL_USERNAME)))


def secret_names(name: str) -> tuple[str, ...]:
    """The keychain names a connector uses (empty when it is unknown)."""
    found = _BY_NAME.get(name)
    return found.secret_names if found else ()


def known_secret_values(settings: Settings, secrets: SecretStore) -> tuple[str, ...]:
    """The stored values of every connector secret, for the redactor; unreadable ones skipped."""
    values = []
    for name in dict.fromkeys((*secret_names(settings.value(keys.CONNECTOR)),
                               *_all_secret_names())):
        try:
            value = secrets.get(name)
        except (SecretStoreError, ValueError):
            continue
        if value:
            values.append(value)
    return tuple(values)


def secret_problems(settings: Settings, secrets: SecretStore) -> tuple[str, ...]:
    """What IT must fix about the configured connector's stored secrets (unreadable ones are
    the keychain's business, reported on the Settings page)."""
    problems = []
    for name in secret_names(settings.value(keys.CONNECTOR)):
        try:
            found = secret_problem(name, secrets.get(name))
        except (SecretStoreError, ValueError):
            continue
        if found:
            problems.append(found)
    return tuple(problems)


def _all_secret_names() -> tuple[str, ...]:
    return tuple(name for found in SPECS for name in found.secret_names)
