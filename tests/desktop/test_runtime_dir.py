"""The single-instance folder: XDG_RUNTIME_DIR first, and only a folder that is ours alone."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from desktop.runtime_dir import UnsafeRuntimeDir, ensure_private, private_runtime_dir
from desktop.shell.peer_credentials import peer_uid


def test_xdg_runtime_dir_comes_first(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    found = private_runtime_dir(tmp_path / "fallback", {"XDG_RUNTIME_DIR": str(runtime)})
    assert found == runtime / "deskmate"
    assert found.stat().st_mode & 0o777 == 0o700


@pytest.mark.allow_log_warnings
def test_a_folder_others_may_enter_is_refused_and_the_next_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    (runtime / "deskmate").mkdir(parents=True)
    (runtime / "deskmate").chmod(0o755)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "no-such-tmp"))
    monkeypatch.setattr("tempfile.tempdir", None)
    found = private_runtime_dir(tmp_path / "fallback", {"XDG_RUNTIME_DIR": str(runtime)})
    assert found != runtime / "deskmate"
    assert (runtime / "deskmate").stat().st_mode & 0o777 == 0o755  # never "repaired"


def test_a_symlink_is_not_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(target)
    with pytest.raises(UnsafeRuntimeDir, match="not a folder"):
        ensure_private(tmp_path / "link")


def test_a_path_too_long_for_a_socket_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeRuntimeDir, match="too long"):
        ensure_private(tmp_path / ("x" * 100))


def test_peer_uid_of_a_connected_socket_is_ours() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        assert peer_uid(left.fileno()) == os.getuid()
        left.sendall(b"still open")  # the descriptor we asked about is not closed
        assert right.recv(20) == b"still open"
