"""A connector's setup: its settings, read typed, and its secrets, read at call time.

A missing setting or secret is a ``PermanentFailure`` that says what IT must do; a keychain
that does not answer right now is a ``TemporaryFailure``."""

from __future__ import annotations

from collections.abc import Callable

from desktop.helpdesk.connector import FailureKind, PermanentFailure, TemporaryFailure
from desktop.helpdesk.secret_rules import usable
from desktop.secrets import SecretStore, SecretStoreError, SecretStoreUnavailable
from desktop.settings import Settings
from desktop.settings_schema import Setting


def setting_text(settings: Settings, setting: Setting[str]) -> str:
    """A connector's text setting, trimmed (its declared default when nobody set it)."""
    return settings.value(setting).strip()


def required_setting(settings: Settings, setting: Setting[str], helpdesk: str) -> str:
    """A setting the connector cannot work without, or a failure naming it for IT."""
    value = setting_text(settings, setting)
    if not value:
        raise PermanentFailure(f"{helpdesk} is not set up: the setting {setting.name} is empty.",
                               kind=FailureKind.NOT_SET_UP)
    return value


def secret_reader(secrets: SecretStore) -> Callable[[str], str]:
    """A function reading one secret by name at call time, raising connector failures."""

    def read(name: str) -> str:
        try:
            value = secrets.get(name)
        except SecretStoreUnavailable as exc:
            raise PermanentFailure(f"The keychain is not available, so {name} cannot be read: "
                                   f"{exc}", kind=FailureKind.SECRET) from exc
        except SecretStoreError as exc:
            raise TemporaryFailure(f"The keychain did not give {name}: {exc}",
                                   kind=FailureKind.SECRET) from exc
        if not value:
            raise PermanentFailure(f"No secret {name} is stored on this computer. "
                                   f"IT can store it with: deskmate secret set {name}",
                                   kind=FailureKind.SECRET)
        return usable(name, value)

    return read
