"""The composition root: builds the services once, then the tray and windows, and wires them."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import datetime
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTimer, QTranslator, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__, person
from desktop.autostart import AutostartError, autostart_for_platform
from desktop.core import Core, build_core
from desktop.log_setup import configure_logging
from desktop.settings import SettingLocked, SettingsWriteError
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as helpdesk_settings
from desktop.shell.crash_handler import CrashHandler, route_qt_messages
from desktop.shell.single_instance import SingleInstance, server_name
from desktop.shell.task_runner import QtTaskRunner
from ui.error_dialog import ErrorDialog
from ui.main_window import MainWindow
from ui.navigation import PageId
from ui.pages.about_page import AboutPage
from ui.pages.coming_soon_page import ComingSoonPage
from ui.pages.home_page import HomePage
from ui.pages.settings_page import SettingsPage
from ui.settings_model import SettingRow
from ui.theme import NAV_GLYPHS, Branding, accent_palette, app_icon, glyph_icon, style_sheet
from ui.tray import TrayIcon

log = logging.getLogger(__name__)
SMOKE_TEST_DELAY_MS = 300


class Application:
    """Holds the object graph for the app's lifetime; nothing here is global."""

    def __init__(
        self,
        qapp: QApplication,
        core: Core,
        args: argparse.Namespace,
        branding: Branding,
        tray: TrayIcon,
    ) -> None:
        self.qapp = qapp
        self.core = core
        self.args = args
        self.runner = QtTaskRunner(parent=qapp)
        self.branding = branding
        self.autostart = autostart_for_platform()
        self.tray = tray
        self.window = MainWindow(
            self.branding,
            QSettings(str(core.paths.config_dir / "ui-state.ini"), QSettings.Format.IniFormat),
        )
        self.home = HomePage(
            person.first_name(), person.device_name(), self.branding, datetime.now().hour
        )
        self.settings_page = SettingsPage()
        self._add_pages()
        self._wire()

    # -- building ---------------------------------------------------------------------------
    def nav_icon(self, page_id: PageId) -> QIcon:
        colour = self.qapp.palette().color(QPalette.ColorRole.WindowText)
        return glyph_icon(NAV_GLYPHS[page_id.value], colour)

    def _add_pages(self) -> None:
        tr = self.qapp.translate
        self.window.add_page(PageId.HOME, tr("Nav", "Home"), self.nav_icon(PageId.HOME), self.home)
        soon = (
            (
                PageId.HEALTH,
                tr("Nav", "Health"),
                tr("Nav", "Check your computer and fix common problems yourself."),
            ),
            (
                PageId.APPS,
                tr("Nav", "Apps"),
                tr("Nav", "Approved software from IT, ready to install."),
            ),
            (
                PageId.HELP,
                tr("Nav", "Get help"),
                tr("Nav", "Ask IT for help with the details attached."),
            ),
            (PageId.REQUESTS, tr("Nav", "My requests"), tr("Nav", "Follow your requests to IT.")),
        )
        for page_id, title, promise in soon:
            placeholder = ComingSoonPage(title, promise, self.branding)
            placeholder.contact_requested.connect(lambda: self.window.show_page(PageId.HOME.value))
            self.window.add_page(page_id, title, self.nav_icon(page_id), placeholder)
        self.window.add_page(
            PageId.SETTINGS,
            tr("Nav", "Settings"),
            self.nav_icon(PageId.SETTINGS),
            self.settings_page,
        )
        about = AboutPage(
            __version__,
            self.branding.organization,
            str(self.core.paths.data_dir.parent),
            self.demo_note(),
        )
        self.window.add_page(PageId.ABOUT, tr("Nav", "About"), self.nav_icon(PageId.ABOUT), about)
        self.window.set_notice(self.demo_note() if self.core.demo else "")

    def _wire(self) -> None:
        self.tray.page_requested.connect(self.window.show_page)
        self.tray.panel_requested.connect(self.window.bring_to_front)
        self.tray.check_requested.connect(lambda: self.window.show_page(PageId.HEALTH.value))
        self.tray.quit_requested.connect(self.quit)
        self.home.page_requested.connect(self.window.show_page)
        self.home.check_requested.connect(lambda: self.window.show_page(PageId.HEALTH.value))
        self.settings_page.autostart_toggled.connect(self.set_autostart)
        self.settings_page.language_chosen.connect(self.set_language)
        self.settings_page.open_data_folder_requested.connect(self.open_data_folder)
        self.window.page_changed.connect(self._on_page_changed)

    # -- running ----------------------------------------------------------------------------
    def start(self) -> None:
        """Open the window if asked, or when there is no tray to live in."""
        if not TrayIcon.available():
            log.warning("No system tray available; using a normal window")
            self.qapp.setQuitOnLastWindowClosed(True)
            self.window.set_notice(
                self.qapp.translate(
                    "App",
                    "Your desktop has no notification area, so Deskmate runs as a normal window. "
                    "Closing it quits Deskmate.",
                )
                + ("<br>" + self.demo_note() if self.core.demo else "")
            )
        if not self.args.hidden or not TrayIcon.available():
            self.window.show_page(self.args.page or PageId.HOME.value)
        self.refresh_settings_page()

    def demo_note(self) -> str:
        if not self.core.demo:
            return ""
        return self.qapp.translate(
            "App",
            "<b>Demo mode.</b> The app catalogue is a sample signed with a demo key, and help "
            "requests are saved as files in <code>{folder}</code> instead of being sent to IT.",
        ).format(folder=self.drop_folder())

    def drop_folder(self) -> Path:
        configured = self.core.settings.value(helpdesk_settings.FILE_FOLDER)
        return Path(configured) if configured else self.core.paths.data_dir / "helpdesk-drop"

    def quit(self) -> None:
        self.tray.hide()
        self.qapp.quit()

    # -- settings ---------------------------------------------------------------------------
    def refresh_settings_page(self) -> None:
        settings = self.core.settings
        page = self.settings_page
        page.show_autostart(
            self.autostart.is_enabled(), settings.is_locked(core_settings.AUTOSTART)
        )
        page.show_language(
            settings.value(core_settings.LANGUAGE), settings.is_locked(core_settings.LANGUAGE)
        )
        page.show_problems(settings.problems)
        page.show_settings(
            tuple(
                SettingRow(
                    s.name, _display(settings.value(s)), settings.layer_of(s).value, s.description
                )
                for s in sorted(settings.registry, key=lambda s: s.name)
            )
        )
        self.runner.submit(self.core.secrets.available, lambda r: page.show_keychain(*r))

    def set_autostart(self, enabled: bool) -> None:
        try:
            self.core.settings.set_user(core_settings.AUTOSTART, enabled)
            self.autostart.set_enabled(enabled)
        except (SettingLocked, SettingsWriteError, AutostartError) as exc:
            self.show_error(
                self.qapp.translate("App", "Could not change start at sign-in"), str(exc)
            )
        self.refresh_settings_page()

    def set_language(self, code: str) -> None:
        try:
            self.core.settings.set_user(core_settings.LANGUAGE, code)
        except (SettingLocked, SettingsWriteError) as exc:
            self.show_error(self.qapp.translate("App", "Could not change the language"), str(exc))
        self.refresh_settings_page()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.core.paths.data_dir.parent)))

    def show_error(self, title: str, details: str) -> None:
        ErrorDialog(title, title, details, self.window).exec()

    def _on_page_changed(self, page_id: str) -> None:
        if page_id == PageId.SETTINGS.value:
            self.refresh_settings_page()


def _branding(core: Core) -> Branding:
    value = core.settings.value
    return Branding(
        organization=value(core_settings.ORG_NAME),
        accent=QColor(value(core_settings.ACCENT_COLOUR)),
        logo_path=value(core_settings.LOGO_PATH),
        support_email=value(core_settings.SUPPORT_EMAIL),
        support_phone=value(core_settings.SUPPORT_PHONE),
        support_url=value(core_settings.SUPPORT_PORTAL),
    )


def _display(value: object) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _install_translator(qapp: QApplication, language: str) -> None:
    locale = QLocale(language) if language else QLocale.system()
    translator = QTranslator(qapp)
    folder = resources.files("resources") / "translations"
    with resources.as_file(folder) as path:
        if translator.load(locale, "deskmate", "_", str(path)):
            qapp.installTranslator(translator)


def run_app(args: argparse.Namespace) -> int:
    """Start the GUI. Returns the process exit code."""
    core = build_core(args.profile_dir, demo=args.demo)
    configure_logging(core.paths.log_file, console=args.smoke_test)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    route_qt_messages()
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("deskmate")
    _install_translator(qapp, core.settings.value(core_settings.LANGUAGE))
    instance = SingleInstance(server_name(str(core.paths.config_dir)), qapp)
    if instance.ask_running_instance(args.page or ""):
        log.info("Handed over to the running instance")
        return 0
    instance.listen()
    branding = _branding(core)
    tray = TrayIcon(branding.accent, parent=qapp)
    if TrayIcon.available():  # the tray appears first; the panel is built on the next turn
        tray.show()
        qapp.setQuitOnLastWindowClosed(False)
    built: list[Application] = []
    crash = CrashHandler(lambda details: ErrorDialog.for_crash(details, _window(built)).exec())
    crash.install()
    QTimer.singleShot(0, lambda: built.append(_build(qapp, core, args, branding, tray, instance)))
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
) -> Application:
    qapp.setPalette(accent_palette(branding.accent))
    qapp.setStyleSheet(style_sheet(branding.accent))
    qapp.setWindowIcon(app_icon(branding.accent))
    app = Application(qapp, core, args, branding, tray)
    instance.activation_requested.connect(
        lambda page: app.window.show_page(page or app.window.current_page_id())
    )
    app.start()
    return app


def _window(built: list[Application]) -> MainWindow | None:
    return built[0].window if built else None


def _finish_smoke_test(qapp: QApplication, tray: TrayIcon, built: list[Application]) -> None:
    window = _window(built)
    shown = "tray icon" if tray.is_visible() else "window" if window and window.isVisible() else ""
    print(f"Deskmate smoke test: {shown or 'nothing'} shown", flush=True)
    qapp.exit(0 if shown else 1)
