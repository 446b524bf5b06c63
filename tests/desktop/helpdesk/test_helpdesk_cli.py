"""``deskmate request`` and ``deskmate outbox`` end to end through the CLI entry point."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import build_core
from desktop.helpdesk.connector import PermanentFailure
from desktop.helpdesk.connectors.file import FileDropConnector
from desktop.helpdesk.connectors.registry import build_connector, secret_names
from desktop.secrets import MemorySecretStore
from desktop.settings_defs import helpdesk as keys


def test_dry_run_json_prints_the_exact_payload(
    profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "shot.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    diag = tmp_path / "diag.json"
    diag.write_text(json.dumps({"results": [{"id": "vpn", "status": "fail"}]}))
    code = main(["--profile-dir", str(profile_dir), "request", "--category", "network",
                 "--summary", "VPN fails", "--diagnostics-file", str(diag), "--screenshot",
                 str(png), "--dry-run", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    names = [a["name"] for a in out["attachments"]]
    assert names[:2] == ["report.html", "diagnostics.json"]
    assert names[-1] == "screenshot.png"
    assert out["subject"] == "[Deskmate] VPN fails"  # the device is in the body, not the title
    assert out["fields"]["failing_checks"] == ["vpn"]
    assert not (profile_dir / "data" / "tickets").exists()  # a dry run sends nothing


def test_yes_sends_through_the_file_drop_and_outbox_lists_it(
    profile_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--profile-dir", str(profile_dir)]
    assert main([*args, "request", "--category", "hardware", "--summary", "Dock dead",
                 "--yes", "--json"]) == 0
    key = json.loads(capsys.readouterr().out)["idempotency_key"]
    assert (profile_dir / "data" / "tickets" / f"deskmate-{key}" / "ticket.json").exists()
    assert main([*args, "outbox", "list", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert (entry["key"], entry["state"], entry["remote_id"]) == (key, "sent", f"DM-{key[:8]}")
    assert main([*args, "outbox", "flush"]) == 0
    assert "sent 0" in capsys.readouterr().out


def test_without_yes_and_no_terminal_nothing_is_sent(
    profile_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--profile-dir", str(profile_dir), "request", "--category", "x",
                 "--summary", "y"]) == 1
    assert "--yes" in capsys.readouterr().err


def test_incomplete_request_is_a_clear_error(
    profile_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--profile-dir", str(profile_dir), "request", "--category", "x",
                 "--summary", " ", "--dry-run"]) == 2
    assert "one line" in capsys.readouterr().err


def test_factory_builds_by_name(profile_dir: Path) -> None:
    core = build_core(profile_dir, secrets=MemorySecretStore())
    connector = build_connector(core.settings, core.secrets, core.http_session, profile_dir)
    assert isinstance(connector, FileDropConnector)
    core.settings.set_user(keys.CONNECTOR, "webhook")
    with pytest.raises(PermanentFailure, match=r"helpdesk\.webhook\.url"):
        build_connector(core.settings, core.secrets, core.http_session, profile_dir)
    assert secret_names("webhook") == ("helpdesk.webhook.secret", "helpdesk.webhook.token")
    assert secret_names("email") == ("helpdesk.email.password",)


@pytest.mark.parametrize(("period", "fields", "words"), [
    (["--for-days", "14"], {"duration": "days", "duration_days": "14"}, "14 days"),
    (["--until", "2099-12-24"], {"duration": "until", "duration_until": "2099-12-24"},
     "until 2099-12-24"),
    ([], {"duration": "permanent"}, "permanently"),
])
def test_an_access_request_says_for_how_long(
    profile_dir: Path, capsys: pytest.CaptureFixture[str], period: list[str],
    fields: dict[str, str], words: str,
) -> None:
    code = main(["--profile-dir", str(profile_dir), "request", "--kind", "access",
                 "--category", "software", "--app", "Krita", "--why", "Drawing the manual",
                 "--how-often", "weekly", *period, "--no-log", "--dry-run", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["subject"] == "[Deskmate] App request: Krita"
    assert out["fields"]["access"] == {
        "app_id": "", "app_name": "Krita", "approval": "it",
        "justification": "Drawing the manual", "frequency": "weekly", **fields, "manager": ""}
    assert f"For how long: {words}" in out["body"].splitlines()


@pytest.mark.parametrize(("args", "message"), [
    (["--for-days", "3", "--until", "2099-01-01"], "not allowed with argument"),
    (["--until", "24.12.2099"], "not a date"),
    (["--for-days", "0"], "at least one day"),
    ([], "Please say why you need Krita"),
])
def test_an_impossible_access_request_is_refused_in_words(
    profile_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    why = [] if not args else ["--why", "Drawing"]
    with contextlib.suppress(SystemExit):
        code = main(["--profile-dir", str(profile_dir), "request", "--kind", "access",
                     "--category", "software", "--app", "Krita", *why, *args, "--dry-run"])
        assert code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("spelling", [["requests", "poll"], ["outbox", "poll"]])
def test_both_poll_spellings_are_one_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spelling: list[str]
) -> None:
    """``outbox poll`` is the documented alias of ``requests poll``: the same news, the same
    words, the same exit code, however it is spelled."""
    args = ["--profile-dir", str(tmp_path / "profile")]
    assert main([*args, "request", "--category", "hardware", "--summary", "Dock dead",
                 "--yes", "--json"]) == 0
    key = json.loads(capsys.readouterr().out)["idempotency_key"]
    bundle = tmp_path / "profile" / "data" / "tickets" / f"deskmate-{key}"
    (bundle / "status.json").write_text(json.dumps(
        {"status": "waiting_for_you", "updated_at": "2026-05-01T10:00:00Z",
         "message": "Which dock?"}))

    assert main([*args, *spelling]) == 0
    assert capsys.readouterr().out == (
        f"{key}  sent -> waiting_for_you  [Deskmate] Dock dead\n")  # no status before: sent
    (bundle / "status.json").write_text(json.dumps({"status": "resolved"}))
    assert main([*args, *spelling, "--json"]) == 0
    (change,) = json.loads(capsys.readouterr().out)
    assert (change["key"], change["old"], change["new"]) == (key, "waiting_for_you", "resolved")


@pytest.mark.parametrize("spelling", [["requests", "poll"], ["outbox", "poll"]])
def test_polling_with_nothing_open_asks_no_helpdesk(
    profile_dir: Path, capsys: pytest.CaptureFixture[str], spelling: list[str]
) -> None:
    """Nothing open: no connector is built, so a helpdesk not set up yet is no error."""
    core = build_core(profile_dir, secrets=MemorySecretStore())
    core.settings.set_user(keys.CONNECTOR, "rt")  # no URL: building it would fail

    assert main(["--profile-dir", str(profile_dir), *spelling, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
