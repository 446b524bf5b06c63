"""``deskmate secret set|status NAME``: what is stored is checked first, and status names one."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from desktop.commands import secret
from desktop.core import Core, build_core
from desktop.secrets import MemorySecretStore

GOOD_SIGNING = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture
def core(profile_dir: Path) -> Core:
    return build_core(profile_dir, secrets=MemorySecretStore())


def _run(core: Core, *argv: str, stdin: str = "") -> int:
    parser = argparse.ArgumentParser()
    secret.register(parser.add_subparsers())
    args = parser.parse_args(["secret", *argv])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(stdin))
        return secret.run(args, lambda: core)


def test_status_of_a_name_says_whether_it_is_stored(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(core, "status", "helpdesk.rt.token") == 1
    assert "helpdesk.rt.token is not stored" in capsys.readouterr().out
    core.secrets.set("helpdesk.rt.token", "tok-123")
    assert _run(core, "status", "helpdesk.rt.token") == 0
    out = capsys.readouterr().out
    assert "helpdesk.rt.token is stored" in out
    assert "tok-123" not in out


def test_status_without_a_name_still_reports_the_keychain(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(core, "status") == 0
    assert "kept in memory" in capsys.readouterr().out


def test_status_names_a_stored_secret_that_is_malformed(
    core: Core, capsys: pytest.CaptureFixture[str]
) -> None:
    core.secrets.set("helpdesk.webhook.secret", "whsec_abcde")
    assert _run(core, "status", "helpdesk.webhook.secret") == 1
    out = capsys.readouterr().out
    assert "malformed" in out
    assert "deskmate secret set helpdesk.webhook.secret" in out


@pytest.mark.parametrize(("name", "value"), [
    ("helpdesk.webhook.secret", "whsec_abcde"),  # base64 of a wrong length
    ("helpdesk.webhook.secret", "whsec_!!!!"),  # nothing left after decoding
    ("helpdesk.webhook.secret", "whsec_MfKQ9r8G*KYqrTwjUPD8ILPZIo2LaLaSw"),  # * silently dropped
    ("helpdesk.rt.token", "1-27-abc def"),  # a space would split the header
    ("helpdesk.webhook.token", "tok\tx"),
    ("helpdesk.email.password", "pass\x00word"),
])
def test_set_refuses_a_malformed_secret_and_stores_nothing(
    core: Core, capsys: pytest.CaptureFixture[str], name: str, value: str
) -> None:
    assert _run(core, "set", name, stdin=value + "\n") == 2
    assert "Nothing was stored" in capsys.readouterr().err
    assert core.secrets.get(name) is None


@pytest.mark.parametrize(("name", "value"), [
    ("helpdesk.webhook.secret", GOOD_SIGNING),
    ("helpdesk.webhook.secret", GOOD_SIGNING.removeprefix("whsec_")),  # the library allows it
    ("helpdesk.rt.token", "1-27-3c91f69e20480ac0f52d7515f77b3f91"),
    ("helpdesk.email.password", "correct horse battery staple"),  # spaces are fine in one
])
def test_set_stores_a_well_formed_secret(core: Core, name: str, value: str) -> None:
    assert _run(core, "set", name, stdin=value + "\n") == 0
    assert core.secrets.get(name) == value
