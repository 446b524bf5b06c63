"""The health service glue: settings to configuration, hooks, fixes, timeline."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.core import Core, build_core
from desktop.health_service import DeskmateHooks, HealthService, parse_endpoint
from desktop.health_state import OverallState
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from diagnostics.config import Endpoint
from diagnostics.result import Status
from tests.diagnostics.fakes import prefill_updates_cache
from tests.fakes.tools import running


def _core(profile_dir: Path, policy: str = "") -> Core:
    profile_dir.mkdir(exist_ok=True)
    prefill_updates_cache(profile_dir / "cache")
    policy_file = profile_dir / "policy.toml"
    policy_file.write_text(policy, encoding="utf-8")
    return build_core(profile_dir, policy_source=TomlPolicyFile(policy_file),
                      secrets=MemorySecretStore())


def test_parse_endpoint_forms() -> None:
    assert parse_endpoint({"name": "Wiki", "url": "https://wiki.corp/"}) == Endpoint(
        "Wiki", url="https://wiki.corp/")
    assert parse_endpoint({"name": "LDAP", "host": "ldap.corp:636"}) == Endpoint(
        "LDAP", host="ldap.corp", port=636)
    assert parse_endpoint({"name": "SMB", "host": "files.corp", "port": 445}).port == 445
    for bad in ({"url": "https://x/"}, {"name": "x", "url": "ftp://x/"},
                {"name": "x", "host": "h:99999"}, {"name": "x"}):
        with pytest.raises(ValueError, match=r"."):
            parse_endpoint(bad)


def test_policy_values_reach_the_checks(profile_dir: Path, caplog: pytest.LogCaptureFixture
                                        ) -> None:
    core = _core(profile_dir, """
[health.disk]
fail_free_percent = 99.9
[health.network]
company_hosts = ["localhost"]
endpoints = [{name = "Wiki", url = "https://wiki.corp/"}, {name = "broken"}]
[health.vpn]
required = true
route_prefixes = ["10.20.0.0/16"]
[catalogue]
url = "https://catalogue.corp/repo/"
""")
    service = HealthService(core.settings, core.paths)
    config = service.config
    assert config.thresholds.disk_fail_free_percent == 99.9
    assert config.company_hosts == ("localhost",)
    assert config.endpoints == (Endpoint("Wiki", url="https://wiki.corp/"),)
    assert config.vpn_required
    assert config.vpn_route_prefixes == ("10.20.0.0/16",)
    assert config.clock_urls == ("https://catalogue.corp/repo/",)
    assert service.problems == (
        "health.network.endpoints: broken: needs url, or host as host:port",)
    assert any(r.message == "Health setting ignored" for r in caplog.records)


def test_disk_policy_threshold_forces_fail(profile_dir: Path) -> None:
    usage = shutil.disk_usage("/")
    assert usage.free / usage.total < 0.999
    core = _core(profile_dir, "[health.disk]\nfail_free_percent = 99.9\n")
    before = HealthService(_core(profile_dir / "plain").settings, core.paths)
    if usage.free / usage.total < 0.06:
        pytest.skip("this machine's disk is already nearly full")
    assert OverallState.from_worst_status(before.run(only=["system.disk"]).worst) is not \
        OverallState.PROBLEM
    summary = HealthService(core.settings, core.paths).run(only=["system.disk"])
    assert summary.worst is Status.FAIL
    assert summary.results[0].fix_id == "disk.cleanup"
    # the tray follows the worst status: it turns to "problem"
    assert OverallState.from_worst_status(summary.worst) is OverallState.PROBLEM


def test_full_run_on_this_machine_has_every_check(profile_dir: Path) -> None:
    core = _core(profile_dir)
    hooks = DeskmateHooks(catalogue_age_s=lambda: 600.0, catalogue_verified=lambda: True,
                          outbox_backlog=lambda: 0, helpdesk_reachable=lambda: True)
    service = HealthService(core.settings, core.paths, hooks)
    streamed: list[str] = []
    summary = service.run(on_result=lambda r: streamed.append(r.id))
    assert len(summary.results) >= 20
    assert streamed == [r.id for r in summary.results]
    for check_id in ("deskmate.catalogue", "deskmate.outbox", "deskmate.helpdesk"):
        assert summary.by_id(check_id).status is Status.OK  # type: ignore[union-attr]  # present


def test_unknown_check_ids_are_refused(profile_dir: Path) -> None:
    core = _core(profile_dir)
    with pytest.raises(KeyError, match=r"nope\.check"):
        HealthService(core.settings, core.paths).checks(["system.os", "nope.check"])


def test_fix_through_hooks_shows_before_and_after_and_is_remembered(profile_dir: Path) -> None:
    waiting = [3]

    def retry() -> bool:
        waiting[0] = 0
        return True

    core = _core(profile_dir)
    hooks = DeskmateHooks(outbox_backlog=lambda: waiting[0], retry_outbox=retry)
    service = HealthService(core.settings, core.paths, hooks)
    before = service.run_check("deskmate.outbox")
    assert before.status is Status.WARN
    assert before.fix_id == "deskmate.retry_outbox"
    report = service.fixes.apply(service.fixes.plan(before.fix_id), before)
    assert report.after is not None
    assert report.after.status is Status.OK
    assert [a.fix_id for a in service.recent_attempts()] == ["deskmate.retry_outbox"]
    assert "deskmate.refresh_catalogue" not in service.fixes.ids()
    assert {"disk.cleanup", "dns.flush", "process.close", "system.restart",
            "settings.network", "settings.updates", "settings.storage"} <= set(service.fixes.ids())


def test_sample_once_writes_the_profile_database(profile_dir: Path) -> None:
    core = _core(profile_dir)
    service = HealthService(core.settings, core.paths)
    service.sample_once()
    assert core.paths.database_file.exists()
    assert len(service.timeline.samples(0)) == 1


def test_clock_is_compared_with_the_company_servers_by_default(profile_dir: Path) -> None:
    core = _core(profile_dir, '[catalogue]\nurl = "https://cdn.example.com/deskmate/"\n'
                 '[helpdesk]\nconnector = "rt"\n[helpdesk.rt]\nurl = "https://rt.example.com"\n')
    service = HealthService(core.settings, core.paths)
    assert service.config.clock_urls == ("https://cdn.example.com/deskmate/",
                                         "https://rt.example.com")
    explicit = _core(profile_dir / "x", '[health.clock]\nservers = ["https://time.example.com"]\n')
    assert HealthService(explicit.settings, explicit.paths).config.clock_urls == (
        "https://time.example.com",)


def test_disabled_checks_do_not_run(profile_dir: Path) -> None:
    core = _core(profile_dir, '[health]\ndisabled_checks = ["security.encryption", "system.cpu"]\n')
    ids = {check.id for check in HealthService(core.settings, core.paths).checks()}
    assert "security.encryption" not in ids
    assert "system.cpu" not in ids
    assert "system.disk" in ids


@pytest.mark.allow_log_warnings  # the refusal and the bad secret are logged
def test_a_malformed_stored_secret_shows_on_health_with_the_fix(profile_dir: Path) -> None:
    from desktop.catalogue.service import CatalogueService
    from desktop.health_hooks import deskmate_hooks
    from desktop.helpdesk.service import HelpdeskService

    core = _core(profile_dir, '[helpdesk]\nconnector = "webhook"\n\n[helpdesk.webhook]\n'
                              'url = "http://127.0.0.1:9/hook"\n')
    core.secrets.set("helpdesk.webhook.secret", "whsec_abcde")
    helpdesk = HelpdeskService(core)
    hooks = deskmate_hooks(CatalogueService.from_core(core), helpdesk, lambda: True)
    result = HealthService(core.settings, core.paths, hooks).run_check("deskmate.helpdesk_setup")
    assert result.status is Status.FAIL
    assert "deskmate secret set helpdesk.webhook.secret" in str(result.facts["problems"])
    helpdesk.close()


def test_stop_commands_ends_a_check_or_fix_command_still_running(
        profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At quit the tray stops the checks' and fixes' commands: none outlives it."""
    bin_dir, pidfile = tmp_path / "bin", tmp_path / "ufw.pid"
    bin_dir.mkdir()
    ufw = bin_dir / "ufw"  # a firewall tool that hangs
    ufw.write_text(f"#!{sys.executable}\nimport os, time\n"
                   f"open({str(pidfile)!r}, 'w').write(str(os.getpid()))\ntime.sleep(30)\n",
                   encoding="utf-8")
    ufw.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    service = HealthService(_core(profile_dir).settings, _core(profile_dir).paths)
    thread = threading.Thread(target=service.run, kwargs={"only": ["security.firewall"]})
    thread.start()
    deadline = time.monotonic() + 15
    while not (pidfile.exists() and pidfile.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    service.stop_commands()
    thread.join(10)
    assert not running(int(pidfile.read_text()))
