"""Starts an installed or web app with the operating system's own tools, detached."""

from __future__ import annotations

import logging

from desktop.catalogue.installer_commands import InstallerError, launch_command
from desktop.catalogue.installer_process import ProcessRunner
from desktop.catalogue.model import CatalogueApp

log = logging.getLogger(__name__)


class LaunchUnsupportedError(InstallerError):
    """There is no reliable way to start this app from here; the message says where to look."""


class AppLauncher:
    """Opens web apps in the browser and starts installed apps where the OS allows it."""

    def __init__(self, platform: str, runner: ProcessRunner | None = None) -> None:
        self._platform = platform
        self._runner = runner or ProcessRunner()

    def can_launch(self, app: CatalogueApp) -> bool:
        method = app.method_for(self._platform)
        return method is not None and launch_command(app, method, self._platform) is not None

    def launch(self, app: CatalogueApp) -> None:
        """Start ``app`` without waiting. Raises LaunchUnsupportedError or ToolMissingError."""
        method = app.method_for(self._platform)
        command = None if method is None else launch_command(app, method, self._platform)
        if command is None:
            where = "Start menu" if self._platform == "windows" else "applications menu"
            raise LaunchUnsupportedError(f"Open {app.name} from your {where}.")
        self._runner.spawn(command.argv)
        log.info("App opened", extra={"app": app.id})
