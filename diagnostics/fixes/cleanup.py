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
from typing import NamedTuple, Protocol

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


def _old_files(area: Area, now: float, seen: set[tuple[int, int]]) -> Iterator[tuple[str, int]]:
    """Files (and symlinks, never followed) under the area older than its minimum age, except
    those in ``seen`` (device, inode): areas may overlap (a cache inside temp, a folder listed
    twice or reached through a symlink), and each file is counted and deleted once."""
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
            if now - used >= area.min_age_s and (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                yield path, info.st_size if regular else 0


def _remove_empty_dirs(root: Path) -> None:
    for folder, _dirs, _files in os.walk(root, topdown=False):
        if Path(folder) != root:
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # only succeeds when empty


class RecycleBin(Protocol):
    """The Windows Recycle Bin, which is emptied through the shell rather than file by file."""

    def query(self) -> tuple[int, int]:
        """Bytes and items in the bin; raises OSError."""

    def empty(self) -> bool: ...


RECYCLE_BIN = "trash:Recycle Bin"

if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    class _QueryInfo(ctypes.Structure):
        _fields_ = [("cbSize", wintypes.DWORD), ("i64Size", ctypes.c_longlong),
                    ("i64NumItems", ctypes.c_longlong)]

    class WindowsRecycleBin:
        """SHQueryRecycleBinW / SHEmptyRecycleBinW for all drives, with no shell dialogs."""

        def query(self) -> tuple[int, int]:
            info = _QueryInfo()
            info.cbSize = ctypes.sizeof(info)
            result = ctypes.windll.shell32.SHQueryRecycleBinW(None, ctypes.byref(info))
            if result != 0:
                raise OSError(result, "SHQueryRecycleBinW failed")
            return int(info.i64Size), int(info.i64NumItems)

        def empty(self) -> bool:
            no_confirmation_progress_or_sound = 0x1 | 0x2 | 0x4
            result = ctypes.windll.shell32.SHEmptyRecycleBinW(
                None, None, no_confirmation_progress_or_sound)
            return bool(result == 0)


def default_recycle_bin(platform: str = sys.platform) -> RecycleBin | None:
    if platform == "win32" and sys.platform == "win32":
        return WindowsRecycleBin()
    return None


@dataclass(frozen=True)
class DiskCleanupFix:
    areas: tuple[Area, ...]
    now: Callable[[], float] = time.time
    recycle_bin: RecycleBin | None = None
    id: str = "disk.cleanup"
    check_id: str = "system.disk"

    def plan(self) -> FixPlan:
        now = self.now()
        items = []
        seen: set[tuple[int, int]] = set()
        for area in self.areas:
            found = list(_old_files(area, now, seen)) if area.root.is_dir() else []
            if found:
                items.append(PlanItem("delete", f"{area.kind}:{area.root}",
                                      sum(size for _p, size in found), len(found)))
        items += self._recycle_bin_item()
        if not items:
            raise FixUnavailableError("nothing to delete")
        return FixPlan(self.id, self.check_id, tuple(items))

    def _recycle_bin_item(self) -> list[PlanItem]:
        if self.recycle_bin is None:
            return []
        try:
            size, count = self.recycle_bin.query()
        except OSError:
            return []
        return [PlanItem("delete", RECYCLE_BIN, size, count)] if count else []

    def _empty_recycle_bin(self, plan: FixPlan) -> tuple[int, int, int]:
        """Freed bytes, removed and failed items of the Recycle Bin part of the plan."""
        item = next((i for i in plan.items if i.target == RECYCLE_BIN), None)
        if item is None or self.recycle_bin is None:
            return 0, 0, 0
        if self.recycle_bin.empty():
            return item.size_bytes, item.count, 0
        return 0, 0, item.count

    def apply(self, plan: FixPlan) -> FixOutcome:
        now = self.now()
        freed, removed, failed = self._empty_recycle_bin(plan)
        planned = {item.target for item in plan.items}
        seen: set[tuple[int, int]] = set()
        for area in self.areas:
            if f"{area.kind}:{area.root}" not in planned:
                continue
            for path, size in list(_old_files(area, now, seen)):
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
