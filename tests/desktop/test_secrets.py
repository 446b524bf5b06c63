"""SecretStore: a real Secret Service (gnome-keyring in its own D-Bus session), and no keychain."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.secrets import KeyringSecretStore, MemorySecretStore, SecretStoreUnavailable
from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]


def run_in_keyring_session(
    script: str, tmp_path: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (bash) inside a private D-Bus session with an unlocked gnome-keyring."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        require(shutil.which(tool) is not None, f"{tool} is not installed")
    wrapper = tmp_path / "session.sh"
    wrapper.write_text(
        textwrap.dedent(f"""\
        set -e
        export HOME={tmp_path}
        echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        {script}
    """)
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING"))}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return subprocess.run(
        ["dbus-run-session", "--", "bash", str(wrapper)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.keyring
def test_real_secret_service_round_trip(tmp_path: Path) -> None:
    py = sys.executable
    get = "from desktop.secrets import KeyringSecretStore as K; t = K().get('helpdesk.rt.token')"
    script = f"""
        {py} -c 'import keyring; print(type(keyring.get_keyring()).__module__)'
        {py} -m desktop.cli --profile-dir {tmp_path}/p secret status
        printf 'tok-123\\n' | {py} -m desktop.cli --profile-dir {tmp_path}/p \\
            secret set helpdesk.rt.token
        {py} -c "{get}; print('got', t)"
        secret-tool lookup service deskmate username helpdesk.rt.token; echo
        {py} -m desktop.cli --profile-dir {tmp_path}/p secret delete helpdesk.rt.token
        {py} -c "{get}; print('after', t)"
    """
    result = run_in_keyring_session(script, tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "keyring.backends.SecretService"
    assert lines[1].startswith("Secrets are kept in")
    assert "got tok-123" in lines
    assert "tok-123" in lines  # what secret-tool reads from the real Secret Service
    assert "after None" in lines
    log_text = "".join(p.read_text() for p in (tmp_path / "p" / "logs").glob("*"))
    assert "tok-123" not in log_text


def test_no_keyring_backend_is_a_clear_state(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--profile-dir",
            str(tmp_path),
            "secret",
            "set",
            "helpdesk.x",
        ],
        input="value\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "No secure keychain is available on this computer" in result.stderr
    status = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--profile-dir", str(tmp_path), "secret", "status"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert status.returncode == 1
    assert "No secure keychain" in status.stdout


def test_plaintext_backend_is_refused() -> None:
    plaintext = type("PlaintextKeyring", (), {"__module__": "keyrings.alt.file"})()
    store = KeyringSecretStore(backend=plaintext)
    ok, message = store.available()
    assert not ok
    assert "PlaintextKeyring" in message
    with pytest.raises(SecretStoreUnavailable):
        store.get("helpdesk.rt.token")


def test_names_are_checked() -> None:
    store = MemorySecretStore()
    with pytest.raises(ValueError, match="invalid secret name"):
        store.set("../etc/passwd", "x")
    store.set("helpdesk.email.password", "s3cret")
    assert store.get("helpdesk.email.password") == "s3cret"
    store.delete("helpdesk.email.password")
    assert store.get("helpdesk.email.password") is None
