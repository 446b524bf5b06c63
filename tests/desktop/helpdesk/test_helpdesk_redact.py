"""The redactor on secret shapes, on known values, and the canary through the whole pipeline."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

import pytest

from desktop.core import Core
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.payload_json import payload_to_json
from desktop.helpdesk.redact import MARK, Redactor
from desktop.helpdesk.request_form import RequestForm, Urgency
from desktop.helpdesk.service import HelpdeskService
from desktop.settings_defs import helpdesk as keys

CANARY = "cAnArY-7f3e9b21d4a8c6e0"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer abcdef0123456789.xyz", "abcdef0123456789.xyz"),
        ("fetch https://alice:s3cr3tpass@proxy.example.com:3128/x", "s3cr3tpass"),
        ("password=hunter2hunter2 next", "hunter2hunter2"),
        ('{"api_key": "AbC123xyz987"}', "AbC123xyz987"),
        ("client_secret: qwertyuiop12", "qwertyuiop12"),
        ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
         "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N"),
        ("aws AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE"),
        ("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
         "MIIEpAIBAAKCAQEA"),
        ("token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghijklmnopqrstuvwxyz0123"),
    ],
)
def test_secret_shapes_are_redacted(text: str, secret: str) -> None:
    redacted = Redactor().text(text)
    assert secret not in redacted
    assert MARK in redacted


def test_ordinary_text_is_left_alone() -> None:
    text = "VPN fails since 9:00 on laptop-042; tried restarting (key step: reboot)."
    assert Redactor().text(text) == text


def test_known_values_are_redacted_anywhere() -> None:
    environ = {"MY_API_TOKEN": "zz-env-token", "HOME": "/root"}
    redactor = Redactor.from_sources(["plainvalue99"], environ)
    out = redactor.text("x plainvalue99 y zz-env-token /root")
    assert "plainvalue99" not in out
    assert "zz-env-token" not in out
    assert "/root" in out  # HOME does not sound secret


def test_json_values_under_secret_keys_are_redacted() -> None:
    data = {"proxy": {"password": "short", "enabled": True}, "checks": [{"token": 12345678}]}
    assert Redactor().data(data) == {
        "proxy": {"password": MARK, "enabled": True}, "checks": [{"token": MARK}],
    }


def test_canary_never_reaches_any_payload(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The canary sits in the log, the environment, the keychain and a setting."""
    monkeypatch.setenv("CORP_SSO_TOKEN", CANARY)
    core.secrets.set("helpdesk.webhook.token", CANARY + "-kc")
    core.settings.set_user(keys.WEBHOOK_URL, f"https://svc:{CANARY}@hooks.example.com/in")
    log_file = core.paths.log_file
    log_file.write_text("\n".join([
        json.dumps({"message": "Connecting", "url": core.settings.value(keys.WEBHOOK_URL)}),
        f"plain line with {CANARY} inside",
        f"keychain gave {CANARY}-kc",
    ]) + "\n", encoding="utf-8")
    rows = [{"id": "proxy", "status": "fail", "facts": {"env": CANARY, "note": f"t={CANARY}"}}]
    sources = ContextSources(diagnostics=lambda: rows, log_file=log_file,
                             install_log=lambda: f"installing with token {CANARY}\n")
    service = HelpdeskService(core, sources)
    items = service.gather()
    assert {i.attachment_name for i in items} >= {"diagnostics.json", "deskmate.log", "install.log"}
    form = RequestForm(RequestKind.REQUEST, "network", f"VPN down {CANARY}",
                       f"details {CANARY} and {CANARY}-kc", Urgency.HIGH)
    payload = service.build(form, items)
    dumped = json.dumps(payload_to_json(payload, with_data=True))
    everything = dumped + "".join(
        base64.b64decode(a["data_base64"]).decode("utf-8", "replace")
        for a in payload_to_json(payload, with_data=True)["attachments"])
    assert CANARY not in everything
    assert MARK in everything
    assert "plain line with" in everything  # the log itself is attached, just redacted


def test_redactor_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    Redactor(["secretvalue"]).text("secretvalue")
    assert not [r for r in caplog.records if r.levelno >= logging.INFO]


def test_every_cli_field_goes_through_the_redactor(
    profile_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--category, --summary, --details and the attached diagnostics: nothing slips past."""
    from desktop.cli import main

    npm = "npm_" + "aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zA" + "abcd"
    google = "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"
    sas = "Zm9vYmFy%2Bbaz%3D"
    diag = tmp_path / "diag.json"
    diag.write_text(json.dumps({"results": [{"id": f"share {google}", "status": "fail",
                                             "facts": {"url": f"https://x.blob/c?sig={sas}"}}]}))
    code = main(["--profile-dir", str(profile_dir), "request", "--category", f"network {npm}",
                 "--summary", f"maps key {google} fails", "--details",
                 'password = "correct horse battery staple"', "--diagnostics-file", str(diag),
                 "--dry-run", "--json"])
    assert code == 0
    out = capsys.readouterr().out
    for secret in (npm, google, sas, "horse battery"):
        assert secret not in out
    payload = json.loads(out)
    assert payload["category"] == f"network {MARK}"
    assert payload["fields"]["failing_checks"] == [f"share {MARK}"]
