"""Shadow-IT nudges: case-insensitive matching, one per tool per 14 days, real SQLite."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.catalogue.model import Catalogue
from desktop.catalogue.shadow_it import ShadowItWatch, running_process_names
from desktop.settings_defs.shadow_it import SETTINGS
from desktop.settings_schema import SettingsRegistry
from tests.fakes.catalogue_data import demo_catalogue

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def watch(tmp_path: Path) -> ShadowItWatch:
    catalogue = demo_catalogue()
    return ShadowItWatch(tmp_path / "data" / "shadow_it.sqlite3", lambda: catalogue)


def test_match_is_case_insensitive_and_ignores_exe(watch: ShadowItWatch) -> None:
    (nudge,) = watch.scan(["systemd", "DROPBOX.EXE", "python3"], NOW)
    assert nudge.tool == "Dropbox"
    assert nudge.alternative.id == "company-files"
    assert nudge.alternative.name == "Company Files"
    assert nudge.reason.startswith("Files leave company control")


def test_nothing_running_means_no_nudge(watch: ShadowItWatch) -> None:
    assert watch.scan(["bash", "dropboxer", "box"], NOW) == ()


def test_one_nudge_per_tool_per_fourteen_days(watch: ShadowItWatch) -> None:
    assert len(watch.scan(["Dropbox", "whatsapp"], NOW)) == 2
    assert watch.scan(["Dropbox"], NOW + timedelta(days=13, hours=23)) == ()
    (again,) = watch.scan(["Dropbox"], NOW + timedelta(days=14))
    assert again.tool == "Dropbox"
    assert [n.tool for n in watch.scan(["whatsapp"], NOW + timedelta(days=14))] == ["WhatsApp"]


def test_dismiss_restarts_the_quiet_period(watch: ShadowItWatch) -> None:
    watch.dismiss("Dropbox", NOW)
    assert watch.scan(["Dropbox"], NOW + timedelta(days=10)) == ()
    assert len(watch.scan(["Dropbox"], NOW + timedelta(days=14))) == 1


def test_silenced_for_good_survives_a_restart(tmp_path: Path) -> None:
    database = tmp_path / "shadow_it.sqlite3"
    catalogue = demo_catalogue()
    ShadowItWatch(database, lambda: catalogue).silence("Dropbox")
    later = ShadowItWatch(database, lambda: catalogue)
    assert later.scan(["Dropbox"], NOW + timedelta(days=400)) == ()
    assert later.silenced() == ("dropbox",)
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT tool, silenced FROM shadow_it_nudges").fetchall() == [
            ("dropbox", 1)]


def test_missing_alternative_and_missing_catalogue(tmp_path: Path, watch: ShadowItWatch) -> None:
    assert watch.scan(["ghost"], NOW) == ()
    no_catalogue: ShadowItWatch = ShadowItWatch(tmp_path / "x.sqlite3", lambda: None)
    assert no_catalogue.scan(["Dropbox"], NOW) == ()
    empty = Catalogue("Example", (), ())
    assert ShadowItWatch(tmp_path / "y.sqlite3", lambda: empty).scan(["Dropbox"], NOW) == ()


def test_running_process_names_sees_this_process() -> None:
    import psutil

    names = running_process_names()
    assert psutil.Process(os.getpid()).name() in names


def test_settings_are_declared() -> None:
    registry = SettingsRegistry(SETTINGS)
    assert registry.names() == ("shadow_it.nudges", "shadow_it.scan_minutes")
    scan = registry.get("shadow_it.scan_minutes")
    assert scan is not None
    assert scan.default == 10


def test_each_nudge_and_choice_is_in_the_activity_record(tmp_path: Path) -> None:
    from desktop.activity.entry import ActivityKind
    from desktop.activity.ledger import Ledger
    from desktop.activity.nudge_entry import NudgeLedger

    ledger = Ledger(tmp_path / "activity.sqlite3")
    catalogue = demo_catalogue()
    watch = ShadowItWatch(tmp_path / "shadow_it.sqlite3", lambda: catalogue,
                          on_event=NudgeLedger(ledger))
    watch.scan(["Dropbox"], NOW)
    watch.dismiss("Dropbox", NOW)
    watch.took_alternative("Dropbox")
    watch.silence("Dropbox")
    entries = ledger.entries(kind=ActivityKind.NUDGE)
    assert [(e.detail["tool"], e.detail["choice"]) for e in entries] == [
        ("Dropbox", "shown"), ("Dropbox", "not now"), ("Dropbox", "get the alternative"),
        ("Dropbox", "never")]
    assert ledger.verify().ok
