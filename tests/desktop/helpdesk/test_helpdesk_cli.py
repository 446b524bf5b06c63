"""``deskmate request`` and ``deskmate outbox`` end to end through the CLI entry point."""

from __future__ import annotations

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
    assert out["subject"].startswith("[Deskmate] VPN fails – ")
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
