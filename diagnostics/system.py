"""System checks: OS, uptime, CPU load, memory, disk space, battery, top processes."""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import psutil

from diagnostics.check import Check
from diagnostics.config import HealthConfig, Thresholds
from diagnostics.fixes.closable import closable as closable_program
from diagnostics.result import Category, FactValue, Outcome, Status

GB = 1024**3
_PSEUDO_FS = {"squashfs", "tmpfs", "devtmpfs", "overlay", "proc", "sysfs", "iso9660", "udf"}


class Volume(NamedTuple):
    mountpoint: str
    total: int
    free: int


class ProcessUse(NamedTuple):
    pid: int
    name: str
    cpu_percent: float  # share of the whole machine, 0–100
    memory_percent: float


def _os_facts() -> dict[str, FactValue]:
    facts: dict[str, FactValue] = {"system": platform.system(), "release": platform.release(),
                                   "machine": platform.machine()}
    if sys.platform.startswith("linux"):
        try:
            release = platform.freedesktop_os_release()
        except OSError:
            release = {}
        facts.update(name=release.get("PRETTY_NAME", "Linux"),
                     version=release.get("VERSION_ID", ""), build=platform.release())
    elif sys.platform == "win32":
        rel, ver, _csd, _ptype = platform.win32_ver()
        facts.update(name=f"Windows {rel}", version=ver, build=ver.rsplit(".", 1)[-1])
    elif sys.platform == "darwin":
        ver = platform.mac_ver()[0]
        facts.update(name="macOS", version=ver, build=platform.version())
    return facts


def _volumes() -> list[Volume]:
    volumes: list[Volume] = []
    for part in psutil.disk_partitions(all=False):
        opts = part.opts.split(",")
        if part.fstype.lower() in _PSEUDO_FS or "cdrom" in opts or "ro" in opts:
            continue
        try:
            usage = psutil.disk_usage(part.mountpoint)
        except OSError:
            continue  # an empty card reader or a vanished mount
        volumes.append(Volume(part.mountpoint, usage.total, usage.free))
    return volumes


def _battery_health() -> float | None:
    """Full charge capacity against design capacity, where the OS exposes it (Linux sysfs)."""
    base = "/sys/class/power_supply"
    try:
        names = [n for n in os.listdir(base) if n.startswith("BAT")]
    except OSError:
        return None
    for name in names:
        for full, design in (("energy_full", "energy_full_design"),
                             ("charge_full", "charge_full_design")):
            try:
                with open(f"{base}/{name}/{full}") as a, open(f"{base}/{name}/{design}") as b:
                    return 100.0 * int(a.read()) / max(1, int(b.read()))
            except (OSError, ValueError):
                continue
    return None


def _top_processes(sample_s: float = 0.15) -> list[ProcessUse]:
    procs = list(psutil.process_iter(["pid", "name"]))
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            proc.cpu_percent(None)
    time.sleep(sample_s)
    cpus = psutil.cpu_count() or 1
    found: list[ProcessUse] = []
    for proc in procs:
        try:
            found.append(ProcessUse(proc.pid, proc.info["name"] or "?",
                                    proc.cpu_percent(None) / cpus, proc.memory_percent()))
        except psutil.Error:
            continue
    return found


@dataclass(frozen=True)
class SystemProbes:
    """The OS boundary of the system checks; tests pass fakes."""

    os_facts: Callable[[], Mapping[str, FactValue]] = _os_facts
    boot_time: Callable[[], float] = psutil.boot_time
    now: Callable[[], float] = time.time
    load_average: Callable[[], tuple[float, float, float]] = psutil.getloadavg
    cpu_count: Callable[[], int | None] = psutil.cpu_count
    virtual_memory: Callable[[], object] = psutil.virtual_memory
    swap_memory: Callable[[], object] = psutil.swap_memory
    volumes: Callable[[], list[Volume]] = _volumes
    battery: Callable[[], object | None] = psutil.sensors_battery
    battery_health: Callable[[], float | None] = _battery_health
    processes: Callable[[], list[ProcessUse]] = field(default=_top_processes)
    closable: Callable[[int], bool] = closable_program


def check_os(facts: Mapping[str, FactValue]) -> Outcome:
    return Outcome(Status.OK, facts)


def check_uptime(boot_time: float, now: float, t: Thresholds) -> Outcome:
    days = max(0.0, now - boot_time) / 86400
    facts = {"uptime_days": round(days, 2), "boot_time": boot_time}
    if days >= t.uptime_fail_days:
        return Outcome(Status.FAIL, facts, fix_id="system.restart")
    if days >= t.uptime_warn_days:
        return Outcome(Status.WARN, facts, fix_id="system.restart")
    return Outcome(Status.OK, facts)


def check_cpu(load: tuple[float, float, float], cpus: int | None, t: Thresholds) -> Outcome:
    """Sustained load is the 5-minute load average spread over the logical CPUs."""
    count = cpus or 1
    percent = 100.0 * load[1] / count
    facts = {"load_1": round(load[0], 2), "load_5": round(load[1], 2),
             "load_15": round(load[2], 2), "cpus": count, "sustained_percent": round(percent, 1)}
    if percent >= t.cpu_fail_percent:
        return Outcome(Status.FAIL, facts, fix_id="process.close")
    if percent >= t.cpu_warn_percent:
        return Outcome(Status.WARN, facts, fix_id="process.close")
    return Outcome(Status.OK, facts)


def check_memory(vm: object, swap: object, t: Thresholds) -> Outcome:
    total, available = int(getattr(vm, "total", 0)), int(getattr(vm, "available", 0))
    avail_pct = 100.0 * available / total if total else 0.0
    swap_pct = float(getattr(swap, "percent", 0.0))
    facts = {"total_bytes": total, "available_bytes": available,
             "available_percent": round(avail_pct, 1), "swap_used_percent": round(swap_pct, 1)}
    if avail_pct < t.memory_fail_available_percent:
        return Outcome(Status.FAIL, facts, fix_id="process.close")
    # Full swap only matters while memory is also getting short; old pages may sit there.
    swapping = swap_pct >= t.swap_warn_percent and avail_pct < 2 * t.memory_warn_available_percent
    if avail_pct < t.memory_warn_available_percent or swapping:
        return Outcome(Status.WARN, facts, fix_id="process.close")
    return Outcome(Status.OK, facts)


def _volume_status(volume: Volume, t: Thresholds) -> Status:
    pct = 100.0 * volume.free / volume.total if volume.total else 0.0
    # Absolute floors only make sense on volumes much larger than the floor (not /boot).
    big = volume.total >= 20 * t.disk_warn_free_gb * GB
    if pct < t.disk_fail_free_percent or (big and volume.free < t.disk_fail_free_gb * GB):
        return Status.FAIL
    if pct < t.disk_warn_free_percent or (big and volume.free < t.disk_warn_free_gb * GB):
        return Status.WARN
    return Status.OK


def check_disk(volumes: Sequence[Volume], t: Thresholds) -> Outcome:
    if not volumes:
        return Outcome(Status.SKIPPED, reason="no fixed volumes")
    rows: list[FactValue] = []
    statuses = []
    for vol in volumes:
        status = _volume_status(vol, t)
        statuses.append(status)
        rows.append({"mountpoint": vol.mountpoint, "total_bytes": vol.total,
                     "free_bytes": vol.free, "status": status.value,
                     "free_percent": round(100.0 * vol.free / vol.total, 1) if vol.total else 0.0})
    status = max(statuses, key=lambda s: s.rank)
    fix = "disk.cleanup" if status.is_problem else None
    return Outcome(status, {"volumes": tuple(rows)}, fix_id=fix)


def check_battery(battery: object | None, health: float | None, t: Thresholds) -> Outcome:
    if battery is None:
        return Outcome(Status.SKIPPED, reason="no battery")
    charge = float(getattr(battery, "percent", 0.0))
    plugged = bool(getattr(battery, "power_plugged", False))
    facts: dict[str, FactValue] = {"charge_percent": round(charge, 1), "plugged_in": plugged,
                                   "health_percent": round(health, 1) if health else None}
    if health is not None and health < t.battery_fail_health_percent:
        return Outcome(Status.FAIL, facts)
    low = not plugged and charge < t.battery_warn_charge_percent
    if low or (health is not None and health < t.battery_warn_health_percent):
        return Outcome(Status.WARN, facts)
    return Outcome(Status.OK, facts)


def check_processes(procs: Sequence[ProcessUse], t: Thresholds,
                    closable: Callable[[int], bool]) -> Outcome:
    """The busiest programs; a hog is named, and offered to close only when it is one of the
    person's own programs (never a system process or another account's)."""
    def row(p: ProcessUse) -> FactValue:
        return {"pid": p.pid, "name": p.name, "cpu_percent": round(p.cpu_percent, 1),
                "memory_percent": round(p.memory_percent, 1)}

    by_cpu = sorted(procs, key=lambda p: -p.cpu_percent)[:5]
    by_mem = sorted(procs, key=lambda p: -p.memory_percent)[:5]
    facts: dict[str, FactValue] = {"by_cpu": tuple(row(p) for p in by_cpu),
                                   "by_memory": tuple(row(p) for p in by_mem)}
    hogs = [p for p in procs if p.pid != os.getpid() and (
        p.cpu_percent >= t.hog_cpu_percent or p.memory_percent >= t.hog_memory_percent)]
    if hogs:
        worst = max(hogs, key=lambda p: max(p.cpu_percent, p.memory_percent))
        facts["hog"] = row(worst)
        return Outcome(Status.WARN, facts,
                       fix_id="process.close" if closable(worst.pid) else None)
    return Outcome(Status.OK, facts)


def system_checks(config: HealthConfig, probes: SystemProbes | None = None) -> tuple[Check, ...]:
    p, t = probes or SystemProbes(), config.thresholds
    timeout = config.check_timeout_s
    sys_ = Category.SYSTEM
    return (
        Check("system.os", sys_, lambda: check_os(p.os_facts()), timeout),
        Check("system.uptime", sys_, lambda: check_uptime(p.boot_time(), p.now(), t), timeout),
        Check("system.cpu", sys_, lambda: check_cpu(p.load_average(), p.cpu_count(), t), timeout),
        Check("system.memory", sys_,
              lambda: check_memory(p.virtual_memory(), p.swap_memory(), t), timeout),
        Check("system.disk", sys_, lambda: check_disk(p.volumes(), t), timeout),
        Check("system.battery", sys_,
              lambda: check_battery(p.battery(), p.battery_health(), t), timeout),
        Check("system.processes", sys_, lambda: check_processes(p.processes(), t, p.closable),
              timeout),
    )
