"""Builds the configured connector from settings and the keychain, importing it by name.

Every ``desktop/helpdesk/connector_<name>.py`` exposes
``build(settings, secrets, session) -> Connector`` and names its keychain secrets in
``SECRET_NAMES`` (or as module constants ``*_SECRET``). Secrets, all in the keychain
service ``deskmate`` (store one with ``deskmate secret set NAME``):

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
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, cast

from desktop.helpdesk.connector import Connector, PermanentFailure
from desktop.helpdesk.secret_rules import problem as secret_problem
from desktop.network.errors import RefusedUrl
from desktop.network.url_policy import check_cleartext, check_credential_url
from desktop.secrets import SecretStore, SecretStoreError
from desktop.settings import Settings
from desktop.settings_defs import helpdesk as keys

if TYPE_CHECKING:  # requests loads with the connector that uses it
    import requests

log = logging.getLogger(__name__)


def _module(name: str) -> ModuleType:
    if name not in keys.CONNECTORS:
        raise PermanentFailure(f"Unknown helpdesk connector {name!r}.")
    try:
        return importlib.import_module(f"desktop.helpdesk.connector_{name}")
    except (ImportError, SyntaxError) as exc:
        raise PermanentFailure(f"The {name} connector is not available in this build.") from exc


def build_connector(
    settings: Settings, secrets: SecretStore, session: requests.Session, default_folder: Path
) -> Connector:
    """The connector ``helpdesk.connector`` names; PermanentFailure if it is misconfigured."""
    name = settings.value(keys.CONNECTOR)
    module = _module(name)
    _check_transport(settings, name)
    try:
        if name == "file":
            return cast(Connector, module.build(settings, secrets, session, default_folder))
        return cast(Connector, module.build(settings, secrets, session))
    except SecretStoreError as exc:
        raise PermanentFailure(f"The {name} connector's secret cannot be read: {exc}") from exc


def _check_transport(settings: Settings, name: str) -> None:
    allow = settings.value(keys.ALLOW_INSECURE_HTTP)
    url_setting = keys.URLS.get(name)
    try:
        if url_setting is not None:
            check_credential_url(settings.value(url_setting), allow)
        elif name == "email" and _plain_smtp_login(settings):
            check_cleartext(settings.value(keys.EMAIL_HOST), allow,
                            "SMTP without TLS would send the password",
                            "set helpdesk.email.security to starttls or tls")
    except RefusedUrl as exc:
        raise PermanentFailure(f"The {name} connector is not used: {exc}") from exc


def _plain_smtp_login(settings: Settings) -> bool:
    return (settings.value(keys.EMAIL_SECURITY) == "none"
            and bool(settings.value(keys.EMAIL_USERNAME)))


def secret_names(name: str) -> tuple[str, ...]:
    """The keychain names a connector uses (empty when it is unknown or unavailable)."""
    try:
        module = _module(name)
    except PermanentFailure:
        return ()
    declared = getattr(module, "SECRET_NAMES", None)
    if isinstance(declared, tuple | list):
        return tuple(str(n) for n in declared)
    return tuple(value for attr, value in vars(module).items()
                 if attr.endswith("_SECRET") and isinstance(value, str)
                 and value.startswith("helpdesk."))


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
    names: list[str] = []
    for connector in keys.CONNECTORS:
        names.extend(secret_names(connector))
    return tuple(names)
