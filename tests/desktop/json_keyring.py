"""A keyring backend on a JSON file named by DESKMATE_TEST_KEYRING, for ``deskmate`` processes
started by tests (PYTHON_KEYRING_BACKEND=tests.desktop.json_keyring.JsonKeyring)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class JsonKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # keyring declares it a class property

    def _file(self) -> Path:
        return Path(os.environ["DESKMATE_TEST_KEYRING"])

    def _all(self) -> dict[str, str]:
        found = self._file()
        return json.loads(found.read_text(encoding="utf-8")) if found.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = {**self._all(), f"{service}/{username}": password}
        self._file().write_text(json.dumps(stored), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        stored = self._all()
        stored.pop(f"{service}/{username}", None)
        self._file().write_text(json.dumps(stored), encoding="utf-8")
