"""The requester's address: policy template, then the OS directory (fake tools on PATH), then
what the person typed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.requester import OsDirectory, from_template, is_address, requester_email


def _fake(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    tool = folder / name
    tool.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    tool.chmod(0o755)


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}/bin")  # /bin for sh and echo only
    return folder


def test_template_fills_in_the_account() -> None:
    assert from_template("{account}@acme.example", "Alex") == "alex@acme.example"
    assert from_template("", "alex") == ""
    assert from_template("{account}@", "alex") == ""  # not an address: skipped
    assert from_template("{account.__class__}@acme.example", "alex") == ""  # no format language


@pytest.mark.parametrize(("text", "ok"), [
    ("alex@acme.example", True), ("a.b+c@mail.acme.example", True), ("alex@acme", False),
    ("Alex <alex@acme.example>", False), ("alex@acme.example\r\nBcc: x@y.z", False), ("", False),
])
def test_is_address(text: str, ok: bool) -> None:
    assert is_address(text) is ok


def test_linux_reads_the_address_from_getent_gecos(fake_bin: Path) -> None:
    entry = "alex:x:1000:1000:Alex Doe,,,alex.doe@acme.example:/home/alex:/bin/sh"
    _fake(fake_bin, "getent", f'test "$1 $2" = "passwd alex" || exit 2\necho "{entry}"')
    assert OsDirectory(platform="linux").email("alex") == "alex.doe@acme.example"


def test_linux_without_an_address_in_gecos_gives_nothing(fake_bin: Path) -> None:
    _fake(fake_bin, "getent", 'echo "alex:x:1000:1000:Alex Doe,,,:/home/alex:/bin/sh"')
    assert OsDirectory(platform="linux").email("alex") == ""
    _fake(fake_bin, "getent", "exit 2")  # unknown account
    assert OsDirectory(platform="linux").email("alex") == ""


def test_windows_asks_whoami_for_the_upn(fake_bin: Path) -> None:
    _fake(fake_bin, "whoami", 'test "$1" = "/upn" || exit 1\nprintf "alex@acme.example\\r\\n"')
    assert OsDirectory(platform="win32").email("alex") == "alex@acme.example"


def test_macos_asks_dscl(fake_bin: Path) -> None:
    _fake(fake_bin, "dscl", 'test "$3 $4" = "/Users/alex EMailAddress" || exit 1\n'
                            'printf "EMailAddress:\\n alex@acme.example\\n"')
    assert OsDirectory(platform="darwin").email("alex") == "alex@acme.example"


def test_a_missing_tool_gives_nothing(fake_bin: Path) -> None:
    assert OsDirectory(platform="darwin").email("alex") == ""


def test_each_account_is_asked_once(fake_bin: Path, tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    _fake(fake_bin, "whoami", f'echo x >> {calls}\necho alex@acme.example')
    directory = OsDirectory(platform="win32")
    assert directory.email("alex") == directory.email("alex") == "alex@acme.example"
    assert calls.read_text().count("x") == 1


def test_order_is_policy_then_directory_then_typed() -> None:
    directory = {"alex": "alex.doe@corp.example"}.get
    lookup = lambda account: directory(account) or ""  # noqa: E731  # a one-line fake
    assert requester_email("{account}@acme.example", "alex", lookup, "me@home.example") \
        == "alex@acme.example"
    assert requester_email("", "alex", lookup, "me@home.example") == "alex.doe@corp.example"
    assert requester_email("", "sam", lookup, " me@acme.example ") == "me@acme.example"
    assert requester_email("", "sam", lookup, "not an address") == ""
