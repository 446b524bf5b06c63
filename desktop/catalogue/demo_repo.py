"""Rebuilds the bundled demo repository: fresh demo keys, signed catalogue and announcement.

The demo keys are thrown away after signing; only ``resources/demo/root.json`` (the demo
trust root) and ``resources/demo/repo/`` are kept, so no private key ships with Deskmate.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml

from desktop.catalogue import keys
from desktop.catalogue.announcements import dump_announcements, new_announcement
from desktop.catalogue.model import ANNOUNCEMENTS_TARGET
from desktop.catalogue.publish import (
    PublishResult,
    publish_catalogue_file,
    publish_targets,
)

log = logging.getLogger(__name__)

DEMO_EXPIRY_DAYS = 3650
SOURCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "demo"


@dataclass(frozen=True)
class DemoBuild:
    out_dir: Path
    root_file: Path
    result: PublishResult


def build_demo_repository(source_dir: Path = SOURCE_DIR, out_dir: Path | None = None,
                          now: datetime | None = None) -> DemoBuild:
    """Sign ``catalogue.yaml`` and ``announcements.yaml`` from ``source_dir`` into
    ``out_dir/repo`` with new demo keys, and write ``out_dir/root.json``."""
    out = out_dir or source_dir
    when = (now or datetime.now(UTC)).replace(microsecond=0)
    repo = out / "repo"
    with tempfile.TemporaryDirectory(prefix="deskmate-demo-keys-") as tmp:
        keydir = Path(tmp) / "keys"
        keys.init_keys(keydir, root_expires_days=DEMO_EXPIRY_DAYS, now=when)
        if repo.exists():
            shutil.rmtree(repo)
        publish_catalogue_file(source_dir / "catalogue.yaml", keydir, repo, DEMO_EXPIRY_DAYS, when)
        news = [
            new_announcement(item["title"], item["body"], item["severity"],
                             item.get("affects", []), None, when)
            for item in yaml.safe_load((source_dir / "announcements.yaml").read_text("utf-8"))
        ]
        result = publish_targets(repo, keydir, {ANNOUNCEMENTS_TARGET: dump_announcements(news)},
                                 DEMO_EXPIRY_DAYS, when)
        shutil.copyfile(keydir / "root.json", out / "root.json")
    log.info("Demo repository rebuilt", extra={"repo": str(repo)})
    return DemoBuild(out, out / "root.json", result)
