"""Builds the install queue, state detector and app launcher for one profile and platform."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.catalogue.installed_state import StateDetector, UninstallRegistry
from desktop.catalogue.installer_commands import platform_key
from desktop.catalogue.installer_launch import AppLauncher
from desktop.catalogue.installer_process import ProcessRunner
from desktop.paths import ProfilePaths

if TYPE_CHECKING:  # requests loads only when a download starts
    import requests

    from desktop.catalogue.install_queue import InstallQueue


@dataclass(frozen=True)
class InstallServices:
    """Everything the Apps page and ``deskmate apps`` need to install and open apps."""

    platform: str
    detector: StateDetector
    launcher: AppLauncher
    paths: ProfilePaths
    session_factory: Callable[[], requests.Session]
    runner: ProcessRunner

    @cached_property
    def queue(self) -> InstallQueue:
        """Built on first use: the tray installs in worker processes and never needs it."""
        from desktop.activity.install_entry import InstallLedger
        from desktop.activity.ledger import Ledger
        from desktop.catalogue.install_queue import InstallQueue

        paths = self.paths
        return InstallQueue(self.platform, self.detector, self.session_factory,
                            paths.cache_dir / "downloads", paths.log_dir / "installs", self.runner,
                            on_ran=InstallLedger(Ledger(paths.activity_file)))


def build_install_services(
    paths: ProfilePaths,
    session_factory: Callable[[], requests.Session],
    platform: str | None = None,
    env: Mapping[str, str] | None = None,
    registry: UninstallRegistry | None = None,
    applications_root: Path = Path("/Applications"),
) -> InstallServices:
    """Downloads go to the profile's cache folder and install logs to its log folder."""
    chosen = platform or platform_key()
    runner = ProcessRunner(env)
    detector = StateDetector(chosen, runner, registry, applications_root)
    return InstallServices(chosen, detector, AppLauncher(chosen, runner), paths,
                           session_factory, runner)
