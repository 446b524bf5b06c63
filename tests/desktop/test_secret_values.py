"""The redactor's secrets, read by a real ``deskmate secret known --json`` process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.secret_values import WorkerKeychainState, WorkerSecretValues

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def keychain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    store = tmp_path / "keychain.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.desktop.json_keyring.JsonKeyring")
    monkeypatch.setenv("DESKMATE_TEST_KEYRING", str(store))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    return store


def deskmate(profile: Path) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile)]


def test_reads_every_stored_connector_secret(tmp_path: Path, keychain: Path) -> None:
    keychain.write_text(json.dumps({"deskmate/helpdesk.rt.token": "tok-rt-123456",
                                    "deskmate/helpdesk.email.password": "pw-smtp-99",
                                    "deskmate/not.a.connector": "other-value-1"}))
    assert sorted(WorkerSecretValues(deskmate(tmp_path / "p"))()) == [
        "pw-smtp-99", "tok-rt-123456"]


@pytest.mark.allow_log_warnings
def test_a_failing_worker_gives_no_values(tmp_path: Path, keychain: Path) -> None:
    assert WorkerSecretValues([sys.executable, "-c", "print('[1, 2]')"])() == ()
    assert WorkerSecretValues([sys.executable, "-c", "import sys; sys.exit(3)"])() == ()


def test_known_secrets_are_never_written_to_a_terminal(tmp_path: Path, keychain: Path) -> None:
    script = ("import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)")
    keychain.write_text(json.dumps({"deskmate/helpdesk.rt.token": "tok-rt-123456"}))
    done = subprocess.run([sys.executable, "-c", script, *deskmate(tmp_path / "p"), "secret",
                           "known", "--json"], capture_output=True, text=True, cwd=ROOT,
                          timeout=60, check=False)
    assert done.returncode == 2
    assert "tok-rt-123456" not in done.stdout


def test_keychain_state_as_the_worker_says(tmp_path: Path, keychain: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    usable, words = WorkerKeychainState(deskmate(tmp_path / "p"))()
    assert usable
    assert words.startswith("Secrets are kept in")
    assert "JsonKeyring" in words
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    usable, words = WorkerKeychainState(deskmate(tmp_path / "p"))()
    assert not usable
    assert words.startswith("No secure keychain is available on this computer")
