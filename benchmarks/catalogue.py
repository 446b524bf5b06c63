"""The 10,000-app catalogue: publish, verify-and-load, search per keystroke, memory added."""

from __future__ import annotations

import gc
import json
import os
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

import yaml

from benchmarks.result import Figure
from desktop.catalogue.synthetic import publish_synthetic, verify_and_load_seconds

APPS = 10_000
QUERIES = ("dropbox", "zoom", "example app 42", "vendor 7", "tag3")


def _time(fn: object) -> float:
    started = time.perf_counter()
    fn()  # type: ignore[operator]  # a zero-argument callable
    return time.perf_counter() - started


def _keystroke_times(proxy: object, baseline_names: list[str]) -> tuple[list[float], list[float]]:
    """Time each prefix of each query through the real proxy model, and a plain-Python filter
    over the names as the baseline."""
    mine, base = [], []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            prefix = query[:end]
            mine.append(_time(lambda p=prefix: (proxy.set_query(p), proxy.rowCount())))  # type: ignore[attr-defined]
            base.append(_time(lambda p=prefix: [n for n in baseline_names if p in n.lower()]))
    return mine, base


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] * 1000


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.catalogue_model import CatalogueFilterModel, CatalogueListModel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="deskmate-bench-") as tmp:
        work = Path(tmp)
        bench = publish_synthetic(work, APPS)
        source = (work / "catalogue.yaml").read_text("utf-8")
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # what publishing uses
        yaml_parse = _time(lambda: yaml.load(source, Loader=loader))
        loads = [verify_and_load_seconds(bench, work / f"client{i}") for i in range(5)]
        target_file = next((bench.repo / "targets").glob("*catalogue.json"))
        raw = target_file.read_bytes()
        json_parse = min(_time(lambda: json.loads(raw)) for _ in range(5))

        # Python heap kept alive (tracemalloc), so allocator reuse cannot hide anything.
        gc.collect()
        tracemalloc.start()
        plain = json.loads(raw)
        plain_bytes = tracemalloc.get_traced_memory()[0]
        del plain
        tracemalloc.stop()
        gc.collect()
        from desktop.catalogue.client import CatalogueClient
        from desktop.catalogue.fetchers import LocalFetcher

        tracemalloc.start()
        client = CatalogueClient(
            work / "client-mem",
            bench.repo.resolve().as_uri(),
            (bench.keydir / "root.json").read_bytes(),
            LocalFetcher.for_file_url(bench.repo.resolve().as_uri()),
        )
        catalogue = client.refresh().catalogue
        model = CatalogueListModel()
        model.set_apps(catalogue.apps)
        proxy = CatalogueFilterModel()
        proxy.setSourceModel(model)
        proxy.set_query("")
        gc.collect()
        kept_bytes = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        names = [f"{a.name} {a.description} {' '.join(a.replaces)}" for a in catalogue.apps]
        keystrokes, baseline = _keystroke_times(proxy, names)
    del app
    load_ms = statistics.median(loads) * 1000
    return [
        Figure(
            f"publish {APPS:,} apps (validate + sign)",
            bench.publish_seconds * 1000,
            "ms",
            "YAML parse of the same file (libyaml)",
            yaml_parse * 1000,
        ),
        Figure(
            f"client verify-and-load {APPS:,} apps (median of 5)",
            load_ms,
            "ms",
            "json.loads of the signed target",
            json_parse * 1000,
            "<= 150 ms",
            load_ms <= 150,
        ),
        Figure(
            "search p95 per keystroke, real proxy model",
            _p95(keystrokes),
            "ms",
            "plain Python substring filter",
            _p95(baseline),
            "<= 8 ms",
            _p95(keystrokes) <= 8,
        ),
        Figure(
            f"memory kept by {APPS:,} apps (catalogue, model, proxy, index)",
            kept_bytes / 2**20,
            "MiB",
            "json.loads of the same target",
            plain_bytes / 2**20,
        ),
    ]
