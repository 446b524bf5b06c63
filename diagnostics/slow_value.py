"""A slow probe (pending OS updates) computed in the background and cached with an age."""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

log = logging.getLogger(__name__)


class Cached(NamedTuple):
    value: Mapping[str, Any] | None  # None: never computed
    age_s: float | None
    refreshing: bool
    error: str | None


class SlowValue:
    """Runs ``compute`` at most once at a time in a daemon thread; ``get`` waits a little
    for a fresh answer and otherwise returns the last one (possibly stale, or none).

    A short-lived process (the CLI) passes ``spawn`` instead: it starts a detached process
    that fills ``cache_file``, at most once per ``spawn_grace_s``, and a later run reads it.
    """

    def __init__(self, compute: Callable[[], Mapping[str, Any]], max_age_s: float,
                 cache_file: Path | None = None, now: Callable[[], float] = time.time,
                 spawn: Callable[[], None] | None = None, spawn_grace_s: float = 300.0) -> None:
        self._compute, self._max_age, self._file, self._now = compute, max_age_s, cache_file, now
        self._spawn = spawn if cache_file is not None else None
        self._spawn_grace = spawn_grace_s
        self._lock = threading.Lock()
        self._value: Mapping[str, Any] | None = None
        self._stamp: float | None = None
        self._error: str | None = None
        self._thread: threading.Thread | None = None
        self._load()

    def _fresh(self) -> bool:
        return self._stamp is not None and self._now() - self._stamp < self._max_age

    def _age(self) -> float | None:
        return None if self._stamp is None else max(0.0, self._now() - self._stamp)

    def get(self, wait_s: float) -> Cached:
        if self._spawn is not None:
            return self._get_detached(self._spawn)
        with self._lock:
            thread = None if self._fresh() else self._start()
        if thread is not None:
            thread.join(wait_s)
        with self._lock:
            running = self._thread is not None and self._thread.is_alive()
            return Cached(self._value, self._age(), running, self._error)

    def _get_detached(self, spawn: Callable[[], None]) -> Cached:
        with self._lock:
            if not self._fresh():
                self._load()  # the detached process may have refreshed it meanwhile
            if self._fresh():
                return Cached(self._value, self._age(), False, None)
            assert self._file is not None  # spawn is only kept with a cache file
            marker = self._file.with_suffix(".refreshing")
            try:
                recent = self._now() - marker.stat().st_mtime < self._spawn_grace
            except OSError:
                recent = False
            if not recent:
                with contextlib.suppress(OSError):
                    marker.parent.mkdir(parents=True, exist_ok=True)
                    marker.touch()
                spawn()
            return Cached(self._value, self._age(), True, None)

    def _start(self) -> threading.Thread:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._refresh, daemon=True, name="slow-value")
            self._thread.start()
        return self._thread

    def _refresh(self) -> None:
        try:
            value, error = dict(self._compute()), None
        except Exception as exc:  # the probe's own failure is reported, not raised
            log.info("Slow probe failed", extra={"error": str(exc)})
            value, error = None, f"{type(exc).__name__}: {exc}"
        with self._lock:
            self._error = error
            if value is not None:
                self._value, self._stamp = value, self._now()
                self._save()

    def _load(self) -> None:
        if self._file is None:
            return
        with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
            data = json.loads(self._file.read_text(encoding="utf-8"))
            self._value, self._stamp = dict(data["value"]), float(data["stamp"])

    def _save(self) -> None:
        if self._file is None:
            return
        tmp = self._file.with_suffix(".tmp")
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"value": self._value, "stamp": self._stamp}), "utf-8")
            tmp.replace(self._file)
        except OSError as exc:
            log.info("Slow probe cache not saved", extra={"error": str(exc)})
