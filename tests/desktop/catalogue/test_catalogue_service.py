"""CatalogueService: status for the Health page, offline use, jittered refresh, demo mode."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from catalogue_testing import Publisher, RepoServer

from desktop.catalogue.search import MatchKind, MatchReason
from desktop.catalogue.service import CatalogueService, CatalogueStatus
from desktop.core import Core, build_core
from desktop.policy import PolicyLoad
from desktop.settings_defs import catalogue as catalogue_settings


class _Policy:
    def __init__(self, values: dict[str, object]) -> None:
        self.values = values

    def load(self) -> PolicyLoad:
        return PolicyLoad(dict(self.values), "test policy")


def _core(profile_dir: Path, **values: object) -> Core:
    return build_core(profile_dir, policy_source=_Policy(values))


def _service(core: Core, seed: int = 1) -> CatalogueService:
    return CatalogueService(core.paths, core.settings, core.http_session, core.demo,
                            rng=random.Random(seed))


def test_not_configured_says_what_it_needs(profile_dir: Path) -> None:
    status = _service(_core(profile_dir)).refresh()
    assert status.version is None
    assert not status.verified
    assert status.error is not None
    assert "catalogue.url" in status.error
    assert status.error_kind == "CatalogueNotConfigured"


def test_refresh_then_offline_keeps_the_verified_copy(
    profile_dir: Path, publish: Publisher, repo_server: RepoServer, keydir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    publish()
    root = (keydir / "root.json").read_text("utf-8")
    core = _core(profile_dir, **{"catalogue.url": repo_server.url, "catalogue.trusted_root": root})
    service = _service(core)
    seen: list[CatalogueStatus] = []
    service.add_listener(seen.append)
    status = service.refresh()
    assert (status.version, status.verified, status.error, status.apps) == (1, True, None, 2)
    assert service.search("dropbox")[0].reason == MatchReason(MatchKind.REPLACES, "Dropbox")
    assert seen == [status]

    offline_core = _core(profile_dir, **{"catalogue.url": "http://127.0.0.1:9",
                                         "catalogue.trusted_root": root})
    offline = _service(offline_core)
    cached = offline.load_cached()
    assert cached.version is None  # a different repository URL has its own cache
    same = _service(core)
    assert same.load_cached().version == 1
    repo_server.site.rename(repo_server.site.with_name("gone"))
    after = same.refresh()
    assert after.version == 1
    assert after.error_kind == "CatalogueUnavailable"
    assert after.verified  # the copy in use is still the verified one
    assert same.catalogue() is not None


def test_a_refused_refresh_is_not_verified(
    profile_dir: Path, publish: Publisher, repo_server: RepoServer, keydir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    publish()
    core = _core(profile_dir, **{"catalogue.url": repo_server.url,
                                 "catalogue.trusted_root": str(keydir / "root.json")})
    service = _service(core)
    assert service.refresh().verified
    publish(expires_days=1, now=datetime.now(UTC) - timedelta(days=5))
    status = service.refresh()
    assert status.version == 1
    assert not status.verified
    assert status.error_kind == "CatalogueExpired"
    assert "has expired" in (status.error or "")
    # The next start (or `deskmate catalogue status`) reads the refusal back from disk.
    restarted = _service(core).load_cached()
    assert (restarted.version, restarted.verified) == (1, False)
    assert restarted.error_kind == "CatalogueExpired"
    assert restarted.error == status.error
    assert restarted.error_at == status.error_at is not None


def test_next_refresh_delay_is_jittered_around_the_policy_interval(profile_dir: Path) -> None:
    core = _core(profile_dir, **{"catalogue.refresh_minutes": 60})
    delays = {_service(core, seed).next_refresh_delay() for seed in range(20)}
    assert len(delays) == 20
    assert all(54 * 60 <= d <= 66 * 60 for d in delays)
    assert core.settings.value(catalogue_settings.REFRESH_MINUTES) == 60


def test_after_a_failure_the_retry_comes_sooner(profile_dir: Path) -> None:
    service = _service(_core(profile_dir, **{"catalogue.refresh_minutes": 240}))
    service.refresh()  # not configured: a failure
    assert service.next_refresh_delay() <= 5.5 * 60


def test_demo_mode_serves_the_bundled_repository_and_announcement(profile_dir: Path) -> None:
    core = build_core(profile_dir, demo=True, policy_source=_Policy({}))
    service = CatalogueService.from_core(core)
    status = service.refresh()
    assert status.error is None
    assert status.source == "demo"
    assert status.apps >= 25
    assert status.expires is not None
    assert status.expires > datetime.now(UTC) + timedelta(days=365)
    active = service.active_announcements()
    assert [a.title for a in active] == ["VPN maintenance on Saturday"]
    catalogue = service.catalogue()
    assert catalogue is not None
    assert {"Dropbox", "WeTransfer"} <= {u.name for u in catalogue.unsanctioned}


def test_state_kept_under_the_old_url_and_root_key_is_carried_over(
    profile_dir: Path, publish: Publisher, repo_server: RepoServer, keydir: Path
) -> None:
    publish()
    root = (keydir / "root.json").read_bytes()
    core = _core(profile_dir, **{"catalogue.url": repo_server.url,
                                 "catalogue.trusted_root": root.decode()})
    assert _service(core).refresh().version == 1
    (state,) = (core.paths.data_dir / "catalogue").iterdir()
    # Earlier releases named the folder after a hash of the URL and the root file.
    legacy_key = hashlib.sha256(repo_server.url.encode() + b"\0" + root).hexdigest()[:16]
    state.rename(state.with_name(legacy_key))
    carried = _service(core).load_cached()
    assert carried.version == 1
    assert [p.name for p in (core.paths.data_dir / "catalogue").iterdir()] == [state.name]


@pytest.mark.parametrize(
    ("language", "files", "news"),
    [
        ("de", "Firmendateien", "VPN-Wartung am Samstag"),
        ("fr", "Fichiers de l'entreprise", "Maintenance du VPN samedi"),
        ("it", "Company Files", "VPN maintenance on Saturday"),  # not translated: English
    ],
)
def test_the_signed_demo_verifies_and_serves_each_language(
    profile_dir: Path, language: str, files: str, news: str
) -> None:
    core = build_core(profile_dir, demo=True, policy_source=_Policy({}))
    service = CatalogueService.from_core(core, language)
    assert service.refresh().error is None  # the rebuilt demo repository verifies
    catalogue = service.catalogue()
    assert catalogue is not None
    shared = catalogue.app("company-files")
    assert shared is not None
    assert shared.name == files
    assert [a.title for a in service.active_announcements()] == [news]
    assert [h.app.id for h in service.search("tabellenkalkulation")] == ["libreoffice"]


def test_names_for_a_ticket_are_in_its_language_whatever_the_panel_shows(
    profile_dir: Path
) -> None:
    core = build_core(profile_dir, demo=True, policy_source=_Policy({}))
    service = CatalogueService.from_core(core, "de")
    assert service.app_name("company-files", "en") is None  # nothing loaded yet
    assert service.refresh().error is None
    (outage,) = service.announcements()
    assert outage.title == "VPN-Wartung am Samstag"
    assert service.announcement_title(outage.id, "en") == "VPN maintenance on Saturday"
    assert service.announcement_title(outage.id, "fr") == "Maintenance du VPN samedi"
    assert service.app_name("company-files", "en") == "Company Files"
    assert service.app_name("company-files", "it") == "Company Files"  # not translated
    assert service.app_name("no-such-app", "en") is None
    assert service.announcement_title("no-such-news", "en") is None
