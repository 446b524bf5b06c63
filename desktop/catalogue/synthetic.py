"""A generated 10,000-app catalogue and timing helpers for ``make bench``."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from desktop.catalogue import keys
from desktop.catalogue.client import CatalogueClient
from desktop.catalogue.fetchers import LocalFetcher
from desktop.catalogue.publish import publish_catalogue_file

_CATEGORIES = ("Browsers", "Communication", "Development", "Office", "Media", "Design", "Security")
_REPLACED = ("Dropbox", "WeTransfer", "Google Drive", "Zoom", "WhatsApp", "LastPass", "Skype")


def synthetic_catalogue(apps: int = 10_000) -> dict[str, object]:
    """A valid catalogue document with ``apps`` realistic-looking entries."""
    entries = []
    for n in range(apps):
        entries.append({
            "id": f"app-{n:05d}",
            "name": f"Example App {n}",
            "publisher": f"Vendor {n % 97}",
            "category": _CATEGORIES[n % len(_CATEGORIES)],
            "description": f"Tool number {n} for everyday work, approved for internal data.",
            "tags": ["work", f"tag{n % 50}"],
            "replaces": [_REPLACED[n % len(_REPLACED)]] if n % 10 == 0 else [],
            "featured": n % 500 == 0,
            "install": {
                "windows": {"winget": f"Vendor{n % 97}.App{n}"},
                "macos": {"brew_cask": f"example-app-{n}"},
                "linux": {"flatpak": f"com.example.App{n}"},
            },
        })
    return {"organization": "Bench Corp", "apps": entries}


@dataclass(frozen=True)
class BenchRepo:
    """A published synthetic repository on disk, ready for a client."""

    workdir: Path
    repo: Path
    keydir: Path
    publish_seconds: float


def publish_synthetic(workdir: Path, apps: int = 10_000) -> BenchRepo:
    """Write, validate and sign a synthetic catalogue into ``workdir/site``; time the publish."""
    keydir = workdir / "keys"
    keys.init_keys(keydir)
    source = workdir / "catalogue.yaml"
    source.write_text(yaml.safe_dump(synthetic_catalogue(apps), sort_keys=False), "utf-8")
    started = time.perf_counter()
    publish_catalogue_file(source, keydir, workdir / "site")
    return BenchRepo(workdir, workdir / "site", keydir, time.perf_counter() - started)


def verify_and_load_seconds(bench: BenchRepo, state_dir: Path) -> float:
    """Time one cold client refresh: TUF verification, download, parse, validate, build."""
    client = CatalogueClient(
        state_dir, bench.repo.resolve().as_uri(), (bench.keydir / "root.json").read_bytes(),
        LocalFetcher.for_file_url(bench.repo.resolve().as_uri()),
    )
    started = time.perf_counter()
    content = client.refresh()
    elapsed = time.perf_counter() - started
    if len(content.catalogue.apps) == 0:
        raise RuntimeError("the synthetic catalogue loaded empty")
    return elapsed


def run_catalogue_bench(apps: int = 10_000) -> dict[str, float]:
    """Publish time and client verify-and-load time, in milliseconds."""
    with tempfile.TemporaryDirectory(prefix="deskmate-bench-") as tmp:
        bench = publish_synthetic(Path(tmp), apps)
        load = min(verify_and_load_seconds(bench, Path(tmp) / f"client{i}") for i in range(3))
    return {"catalogue_publish_ms": bench.publish_seconds * 1000,
            "catalogue_verify_load_ms": load * 1000}


