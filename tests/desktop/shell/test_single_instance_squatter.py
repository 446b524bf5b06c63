"""Another account on the machine cannot stop Deskmate starting, nor pose as it.

The squatter is a real listener run as ``nobody`` (as ``runuser -u nobody`` would, but as
a direct child that the test can stop), so these tests need root.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.shell.single_instance import SingleInstance, server_name
from tests.conftest import require

NOBODY = 65534
AS_NOBODY: dict[str, Any] = {"user": NOBODY, "group": NOBODY, "extra_groups": [], "cwd": "/"}
SQUATTER = textwrap.dedent("""
    import os, socket, sys
    path = sys.argv[1]
    if sys.argv[2] == "mkdir":
        os.makedirs(os.path.dirname(path), mode=0o777, exist_ok=True)
        os.chmod(os.path.dirname(path), 0o777)
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(path)
    except OSError as exc:
        print("denied", exc.errno, flush=True)
        sys.exit(0)
    os.chmod(path, 0o777)
    server.listen(5)
    print("listening", flush=True)
    while True:
        conn, _ = server.accept()
        sys.stderr.write(repr(conn.recv(1000)) + "\\n")
        conn.close()
""")


def _can_switch_user() -> bool:
    return os.geteuid() == 0


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A world-writable sticky folder like /tmp, that ``nobody`` can reach."""
    folder = Path(tempfile.mkdtemp(prefix="dm-shared-", dir="/tmp"))
    folder.chmod(0o1777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def squatter() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        process.kill()
        process.communicate()


def squat(started: list[subprocess.Popen[str]], path: Path, mode: str = "bind") -> str:
    """Run the listener as ``nobody`` on ``path``; returns its first line of output."""
    require(_can_switch_user(), "needs root to act as another account")
    process = subprocess.Popen(
        ["/usr/bin/python3", "-I", "-c", SQUATTER, str(path), mode], **AS_NOBODY,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    started.append(process)
    assert process.stdout is not None
    return process.stdout.readline().strip()


def run_smoke_test(profile: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_RUNTIME_DIR", "TMPDIR")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "DESKMATE_POLICY": os.devnull, **env_extra})
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile), "--smoke-test"],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )


def old_predictable_name(profile: Path) -> str:
    """The name every release before this one used, in the shared temp folder."""
    who = getpass.getuser()
    config = str(profile.resolve() / "config")
    digest = hashlib.sha256(f"{who}\0{config}".encode()).hexdigest()[:16]
    return f"deskmate-{digest}"


def test_squatter_on_the_old_shared_name_does_not_stop_the_start(
    tmp_path: Path, shared_tmp: Path, squatter: list[subprocess.Popen[str]]
) -> None:
    profile = tmp_path / "profile"
    assert squat(squatter, shared_tmp / old_predictable_name(profile)) == "listening"
    done = run_smoke_test(profile, {"TMPDIR": str(shared_tmp)})
    assert "Deskmate smoke test: window shown" in done.stdout, done.stderr
    assert done.returncode == 0
    assert (shared_tmp / f"deskmate-{os.getuid()}").stat().st_mode & 0o777 == 0o700


def test_squatter_owning_the_temp_fallback_folder_is_refused(
    tmp_path: Path, shared_tmp: Path, squatter: list[subprocess.Popen[str]]
) -> None:
    profile = tmp_path / "profile"
    folder = shared_tmp / f"deskmate-{os.getuid()}"
    name = server_name(str(profile.resolve() / "config"), folder)
    assert squat(squatter, Path(name), "mkdir") == "listening"
    done = run_smoke_test(profile, {"TMPDIR": str(shared_tmp)})
    assert "Deskmate smoke test: window shown" in done.stdout, done.stderr
    assert "Runtime folder refused" in done.stderr
    assert folder.stat().st_uid == NOBODY  # left alone, and not used


def test_squatter_cannot_enter_the_runtime_folder(
    tmp_path: Path, squatter: list[subprocess.Popen[str]]
) -> None:
    runtime = Path(tempfile.mkdtemp(prefix="dm-xdg-", dir="/tmp"))  # 0700, as systemd makes it
    try:
        profile = tmp_path / "profile"
        first = run_smoke_test(profile, {"XDG_RUNTIME_DIR": str(runtime)})
        assert first.returncode == 0, first.stderr
        name = server_name(str(profile.resolve() / "config"), runtime / "deskmate")
        assert squat(squatter, Path(name)).startswith("denied 13")  # EACCES
        done = run_smoke_test(profile, {"XDG_RUNTIME_DIR": str(runtime)})
        assert "Deskmate smoke test: window shown" in done.stdout, done.stderr
        assert (runtime / "deskmate").stat().st_mode & 0o777 == 0o700
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.mark.allow_log_warnings
def test_server_of_another_account_is_never_handed_over_to(
    qtbot: QtBot, shared_tmp: Path, squatter: list[subprocess.Popen[str]]
) -> None:
    """Even when its socket file looks like ours, the peer's uid (SO_PEERCRED) decides."""
    folder = shared_tmp / "private"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    path = folder / "ipc-test"
    assert squat(squatter, path) == "listening"
    os.lchown(path, os.getuid(), os.getgid())
    folder.chmod(0o700)
    assert not SingleInstance(str(path)).ask_running_instance("apps")


@pytest.mark.allow_log_warnings
def test_client_of_another_account_is_refused(qtbot: QtBot, shared_tmp: Path) -> None:
    require(_can_switch_user(), "needs root to act as another account")
    folder = shared_tmp / "private"
    folder.mkdir()
    name = str(folder / "ipc-test")
    instance = SingleInstance(name)
    assert instance.listen()
    folder.chmod(0o711)
    os.chmod(name, 0o777)  # as if the access check on the file were missing
    client = ("import json, socket, sys\ns = socket.socket(socket.AF_UNIX)\n"
              "s.connect(sys.argv[1])\n"
              "try:\n    s.sendall(json.dumps({'action': 'show', 'page': 'x'}).encode() + b'\\n')\n"
              "except OSError:\n    pass  # refused and cut off: what should happen\n"
              "print('connected')")
    with qtbot.assertNotEmitted(instance.activation_requested, wait=1500):
        done = subprocess.Popen(["/usr/bin/python3", "-I", "-c", client, name], **AS_NOBODY,
                                stdout=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: done.poll() is not None, timeout=5000)
    assert done.communicate()[0].strip() == "connected"  # it did reach the server
    instance.close()
