"""Free disk space: old temporary files, application caches and the trash."""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from diagnostics.fixes.base import FixOutcome, FixPlan, FixUnavailableError, PlanItem

log = logging.getLogger(__name__)


class Area(NamedTuple):
    """A folder to clean: ``kind`` is temp, cache or trash; ``min_age_s`` protects new files."""

    kind: str
    root: Path
    min_age_s: float


def default_areas(platform: str = sys.platform, temp_age_days: float = 7.0,
                  home: Path | None = None, extra_caches: tuple[str, ...] = ()) -> list[Area]:
    home = home or Path.home()
    age = temp_age_days * 86400
    areas = [Area("temp", Path(tempfile.gettempdir()), age)]
    if platform == "darwin":
        areas += [Area("cache", home / "Library" / "Caches", 86400),
                  Area("trash", home / ".Trash", 0)]
    elif platform == "win32":
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        areas.append(Area("cache", local / "Microsoft" / "Windows" / "INetCache", 86400))
    else:
        areas += [Area("cache", home / ".cache" / "thumbnails", 0),
                  Area("trash", home / ".local" / "share" / "Trash", 0)]
    areas += [Area("cache", Path(os.path.expanduser(p)), 86400) for p in extra_caches]
    return areas


def _old_files(area: Area, now: float) -> Iterator[tuple[str, int]]:
    """Files (and symlinks, never followed) under the area older than its minimum age."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    for folder, _dirs, files in os.walk(area.root, followlinks=False):
        for name in files:
            path = os.path.join(folder, name)
            try:
                info = os.lstat(path)
            except OSError:
                continue
            if uid is not None and info.st_uid != uid:
                continue  # other people's temp files are not ours to delete
            regular = stat.S_ISREG(info.st_mode)
            # A recently read file is in use; a symlink's atime changes whenever it is read.
            used = max(info.st_mtime, info.st_atime) if regular else info.st_mtime
            if now - used >= area.min_age_s:
                yield path, info.st_size if regular else 0


def _remove_empty_dirs(root: Path) -> None:
    for folder, _dirs, _files in os.walk(root, topdown=False):
        if Path(folder) != root:
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # only succeeds when empty


@dataclass(frozen=True)
class DiskCleanupFix:
    areas: tuple[Area, ...]
    now: Callable[[], float] = time.time
    id: str = "disk.cleanup"
    check_id: str = "system.disk"

    def plan(self) -> FixPlan:
        now = self.now()
        items = []
        for area in self.areas:
            found = list(_old_files(area, now)) if area.root.is_dir() else []
            if found:
                items.append(PlanItem("delete", f"{area.kind}:{area.root}",
                                      sum(size for _p, size in found), len(found)))
        if not items:
            raise FixUnavailableError("nothing to delete")
        return FixPlan(self.id, self.check_id, tuple(items))

    def apply(self, plan: FixPlan) -> FixOutcome:
        now, freed, removed, failed = self.now(), 0, 0, 0
        planned = {item.target for item in plan.items}
        for area in self.areas:
            if f"{area.kind}:{area.root}" not in planned:
                continue
            for path, size in list(_old_files(area, now)):
                try:
                    os.unlink(path)
                except OSError:
                    failed += 1
                    continue
                freed, removed = freed + size, removed + 1
            if area.kind != "temp":  # other programs may be using temp sub-folders
                _remove_empty_dirs(area.root)
        log.info("Disk cleanup done", extra={"freed": freed, "removed": removed, "failed": failed})
        return FixOutcome(removed > 0 or failed == 0,
                          {"freed_bytes": freed, "removed_files": removed, "failed_files": failed})
