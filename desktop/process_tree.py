"""The processes under one we stop (a worker, a package manager), so they do not run on.

A process that dies leaves its children (a package manager holding the dpkg lock, an installer
winget started) as orphans that nothing leads back to, so they are looked up while it runs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import psutil

log = logging.getLogger(__name__)


class ProcessTree:
    """The descendants of one process (its children, theirs, …) as they were when looked up."""

    def __init__(self, processes: Iterable[psutil.Process] = ()) -> None:
        self._processes = tuple(processes)

    @classmethod
    def below(cls, pid: int) -> ProcessTree:
        """Every process under ``pid`` now; none if it has ended or may not be looked at, or
        for pid 0 (a QProcess not started yet), under which every process on the system is."""
        if pid <= 0:
            return cls()
        try:
            return cls(psutil.Process(pid).children(recursive=True))
        except psutil.Error:
            return cls()

    def __or__(self, other: ProcessTree) -> ProcessTree:
        known = {proc.pid for proc in self._processes}
        return ProcessTree([*self._processes, *(p for p in other._processes
                                                 if p.pid not in known)])

    def kill(self) -> None:
        """Kill each that still runs. psutil checks a process is the one looked up, so a
        process id reused since is left alone; one we may not signal (root's) is logged."""
        for proc in self._processes:
            try:
                proc.kill()
            except psutil.NoSuchProcess:
                continue  # it has ended already
            except psutil.AccessDenied:
                log.info("Process not stopped", extra={"pid": proc.pid})
