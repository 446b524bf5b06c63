"""A pending OS restart after updates, as a duty with IT's deadline.

Debian and Ubuntu write ``/var/run/reboot-required`` when an update needs a restart (its time
is when the restart became pending) and list the packages in ``reboot-required.pkgs``. Other
systems do not expose this to an unprivileged program in a documented way, so there is no
pending restart to see there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.catalogue.model import Deadline
from desktop.settings import Settings
from desktop.settings_defs import deadlines as keys

REBOOT_REQUIRED = Path("/var/run/reboot-required")
RESTART_PREFIX = "os.restart."  # a restart duty's id: the prefix and when it became pending


@dataclass(frozen=True)
class PendingRestart:
    since: datetime
    packages: tuple[str, ...]


@dataclass(frozen=True)
class RestartDuty:
    """The restart as the deadline service sees a required app: an id, a deadline, required."""

    id: str
    name: str
    deadline: Deadline
    pending: PendingRestart
    required: bool = True


def pending_restart(flag: Path = REBOOT_REQUIRED) -> PendingRestart | None:
    """The restart the last updates asked for, or None."""
    try:
        since = datetime.fromtimestamp(flag.stat().st_mtime, UTC)
    except OSError:
        return None
    try:
        listed = flag.with_name(flag.name + ".pkgs").read_text(encoding="utf-8").split()
    except OSError:
        listed = []
    return PendingRestart(since, tuple(sorted(set(listed))))


def restart_duty(flag: Path, deadline: Deadline, name: str = "") -> RestartDuty | None:
    """The pending restart under ``deadline``; each pending restart is its own obligation."""
    pending = pending_restart(flag)
    if pending is None:
        return None
    return RestartDuty(f"{RESTART_PREFIX}{int(pending.since.timestamp())}", name, deadline,
                       pending)


def restart_deadline(settings: Settings) -> Deadline | None:
    """IT's deadline for a pending restart, or None when the policy sets none."""
    days = settings.value(keys.RESTART_DAYS)
    if days <= 0:
        return None
    return Deadline(None, days, settings.value(keys.RESTART_MAX_DEFERRALS),
                    settings.value(keys.RESTART_ENFORCE))
