"""Secrets (helpdesk tokens, SMTP passwords) kept only in the OS keychain through keyring.

Exceptions::

    SecretStoreError
     ├── SecretStoreUnavailable   no usable keyring backend (or only a plaintext one)
     └── SecretStoreFailed        the backend refused or failed the operation
"""

from __future__ import annotations

import logging
import re
from typing import Any, Protocol

log = logging.getLogger(__name__)

SERVICE = "deskmate"
_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,99}")
# Backends that would keep the secret in a plain or weakly protected file.
_REFUSED_BACKENDS = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class SecretStoreError(Exception):
    """Base class of the secret store's expected failures."""


class SecretStoreUnavailable(SecretStoreError):
    """No OS keychain is reachable, so nothing that needs a secret can work."""


class SecretStoreFailed(SecretStoreError):
    """The keychain refused or failed the operation (locked, denied, D-Bus error)."""


class SecretStore(Protocol):
    """Where connectors get their credentials. Names are like ``helpdesk.rt.token``."""

    def available(self) -> tuple[bool, str]: ...
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise ValueError(f"invalid secret name {name!r}: use lower-case letters, digits, . _ -")
    return name


class KeyringSecretStore:
    """:class:`SecretStore` on the OS keychain (Secret Service, Keychain, Credential Manager)."""

    def __init__(self, service: str = SERVICE, backend: Any = None) -> None:
        self._service = service
        self._backend = backend

    def _keyring(self) -> Any:
        if self._backend is None:
            import keyring  # imported late: it costs ~90 ms at start-up

            self._backend = keyring.get_keyring()
        module = type(self._backend).__module__
        if module.startswith(_REFUSED_BACKENDS) or _is_chainer_of_nothing(self._backend):
            raise SecretStoreUnavailable(
                "No secure keychain is available on this computer "
                f"(keyring backend: {type(self._backend).__name__})."
            )
        return self._backend

    def available(self) -> tuple[bool, str]:
        """Whether secrets can be stored, and a sentence saying which keychain or why not."""
        try:
            backend = self._keyring()
        except SecretStoreUnavailable as exc:
            return False, str(exc)
        return True, f"Secrets are kept in {getattr(backend, 'name', type(backend).__name__)}."

    def get(self, name: str) -> str | None:
        return self._call("get_password", check_name(name))  # type: ignore[no-any-return]  # keyring is untyped

    def set(self, name: str, value: str) -> None:
        if not value:
            raise ValueError("a secret cannot be empty")
        self._call("set_password", check_name(name), value)

    def delete(self, name: str) -> None:
        import keyring.errors

        try:
            self._call("delete_password", check_name(name))
        except SecretStoreFailed as exc:
            if isinstance(exc.__cause__, keyring.errors.PasswordDeleteError):
                return  # deleting what is not there is not an error
            raise

    def _call(self, method: str, *args: str) -> Any:
        backend = self._keyring()
        import keyring.errors

        try:
            return getattr(backend, method)(self._service, *args)
        except keyring.errors.NoKeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc
        except Exception as exc:  # D-Bus, locked collection, access denied...
            log.warning(
                "Keychain operation failed",
                extra={"operation": method, "error": type(exc).__name__},
            )
            raise SecretStoreFailed(
                f"The keychain refused the operation ({type(exc).__name__})."
            ) from exc


def _is_chainer_of_nothing(backend: Any) -> bool:
    backends = getattr(backend, "backends", None)
    return backends is not None and not backends


class MemorySecretStore:
    """A :class:`SecretStore` held in memory: for demo mode and tests, never persisted."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def available(self) -> tuple[bool, str]:
        return True, "Secrets are kept in memory for this session only."

    def get(self, name: str) -> str | None:
        return self._values.get(check_name(name))

    def set(self, name: str, value: str) -> None:
        if not value:
            raise ValueError("a secret cannot be empty")
        self._values[check_name(name)] = value

    def delete(self, name: str) -> None:
        self._values.pop(check_name(name), None)
