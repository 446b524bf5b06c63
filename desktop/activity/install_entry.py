"""Ledger entries for installs and updates: the exact command line and its exit code."""

from __future__ import annotations

import shlex

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import Ledger
from desktop.catalogue.install_queue import InstallRun


def install_entry(run: InstallRun) -> NewEntry:
    done = "Installed" if run.action == "install" else "Updated"
    words = f"{done} {run.app_id}" if run.returncode == 0 else f"Tried to {run.action} {run.app_id}"
    return NewEntry(ActivityKind.INSTALL, run.action, words, detail={
        "app_id": run.app_id, "command": shlex.join(run.argv), "argv": list(run.argv),
        "exit_code": run.returncode})


class InstallLedger:
    """The install queue's ``on_ran`` that writes the ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def __call__(self, run: InstallRun) -> None:
        self._ledger.record(install_entry(run))
