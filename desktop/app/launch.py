"""Start-up: the tray icon first, then (on the next event-loop turn) the whole object graph.

Importing the graph (catalogue, helpdesk, health, every page) costs several hundred
milliseconds, so this module stays light and imports it only after the icon is shown.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.app.translators import install_translators
from desktop.core import Core, build_core
from desktop.log_setup import configure_logging
from desktop.paths import ProfilePaths
from desktop.runtime_dir import private_runtime_dir
from desktop.settings_defs import core as core_settings
from desktop.shell.crash_handler import CrashHandler, route_qt_messages
from desktop.shell.gc_guard import GarbageCollector
from desktop.shell.single_instance import SingleInstance, server_name
from ui.theme import Branding, accent_palette, apply_window_theme
from ui.tray import TrayIcon

if TYPE_CHECKING:
    from desktop.app.graph import Application
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)
SMOKE_TEST_DELAY_MS = 300


def branding_for(core: Core) -> Branding:
    value = core.settings.value
    return Branding(
        organization=value(core_settings.ORG_NAME),
        accent=QColor(value(core_settings.ACCENT_COLOUR)),
        logo_path=value(core_settings.LOGO_PATH),
        support_email=value(core_settings.SUPPORT_EMAIL),
        support_phone=value(core_settings.SUPPORT_PHONE),
        support_url=value(core_settings.SUPPORT_PORTAL),
    )


def _instance_name(core: Core) -> str:
    """Windows names a pipe; elsewhere the socket goes in a folder only this account can enter."""
    folder = None if sys.platform == "win32" else private_runtime_dir(core.paths.cache_dir / "run")
    return server_name(str(core.paths.config_dir), folder)


def run_app(args: argparse.Namespace) -> int:
    """Start the GUI. Returns the process exit code."""
    # Logging first: reading settings and policy reports its problems through it.
    paths = ProfilePaths.resolve(args.profile_dir)
    paths.ensure()  # before the log file, so its folder gets the owner-only mode
    configure_logging(paths.log_file, console=args.smoke_test)
    core = build_core(args.profile_dir, demo=args.demo)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    route_qt_messages()
    collector = GarbageCollector(qapp)
    collector.start()
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("deskmate")
    install_translators(qapp, core.settings.value(core_settings.LANGUAGE))
    instance = SingleInstance(_instance_name(core), qapp)
    if instance.ask_running_instance(args.page or ""):
        log.info("Handed over to the running instance")
        return 0
    instance.listen()
    branding = branding_for(core)
    tray = TrayIcon(branding.accent, parent=qapp)
    if TrayIcon.available():  # the tray appears first; the panel is built on the next turn
        tray.show()
        qapp.setQuitOnLastWindowClosed(False)
    built: list[Application] = []
    early: list[str] = []  # tray clicks that arrive before the panel is built are replayed
    tray.page_requested.connect(early.append)
    tray.panel_requested.connect(lambda: early.append(""))
    crash = CrashHandler(lambda details: show_crash(details, _window(built), branding))
    crash.install()
    QTimer.singleShot(
        0, lambda: built.append(_build(qapp, core, args, branding, tray, instance, early))
    )
    if args.smoke_test:
        QTimer.singleShot(SMOKE_TEST_DELAY_MS, lambda: _finish_smoke_test(qapp, tray, built))
    try:
        return qapp.exec()
    finally:
        crash.uninstall()
        instance.close()


def _build(
    qapp: QApplication,
    core: Core,
    args: argparse.Namespace,
    branding: Branding,
    tray: TrayIcon,
    instance: SingleInstance,
    early: list[str],
) -> Application:
    qapp.setPalette(accent_palette(branding.accent))  # the style sheet waits for a window
    from desktop.app.graph import Application  # the heavy part, now that the icon is up
    from desktop.shell.process_runner import ProcessTaskRunner

    workers = ProcessTaskRunner(args.profile_dir, core.demo, parent=qapp)
    qapp.aboutToQuit.connect(workers.stop_all)  # however the app ends, no worker outlives it
    app = Application(qapp, core, args, branding, tray, workers=workers)
    instance.activation_requested.connect(
        lambda page: app.window.show_page(page or app.window.current_page_id())
    )
    tray.page_requested.disconnect(early.append)
    tray.panel_requested.disconnect()
    app.start()
    app.wire_tray()
    for page in early:
        app.open_from_tray(page)
    return app


def show_crash(details: str, window: MainWindow | None, branding: Branding) -> None:
    """The crash dialog, imported when a crash happens rather than before the icon shows."""
    from ui.error_dialog import ErrorDialog

    qapp = QApplication.instance()
    if isinstance(qapp, QApplication):
        apply_window_theme(qapp, branding.accent)

    ErrorDialog.for_crash(details, window).exec()


def _window(built: list[Application]) -> MainWindow | None:
    """The panel, if it was built: a crash dialog does not build it."""
    return built[0].panel_window() if built else None


def _finish_smoke_test(qapp: QApplication, tray: TrayIcon, built: list[Application]) -> None:
    window = _window(built)
    shown = "tray icon" if tray.is_visible() else "window" if window and window.isVisible() else ""
    print(f"Deskmate smoke test: {shown or 'nothing'} shown", flush=True)
    qapp.exit(0 if shown else 1)
