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
from desktop.catalogue.install_queue import InstallResult
from desktop.catalogue.installer_services import build_install_services
from desktop.catalogue.service import CatalogueService, CatalogueStatus
from desktop.catalogue.shadow_it import Nudge, ShadowItWatch
from desktop.core import Core, build_core
from desktop.log_setup import configure_logging
from desktop.settings import SettingLocked, SettingsWriteError
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as helpdesk_settings
from desktop.settings_defs import shadow_it as shadow_it_settings
from desktop.shell.crash_handler import CrashHandler, route_qt_messages
from desktop.shell.single_instance import SingleInstance, server_name
from desktop.shell.task_runner import QtTaskRunner
from ui.catalogue_bridge import CatalogueBridge
from ui.error_dialog import ErrorDialog
from ui.main_window import MainWindow
from ui.navigation import PageId
from ui.nudge_bar import NudgeBar
from ui.pages.about_page import AboutPage
from ui.pages.apps_page import AppsPage
from ui.pages.coming_soon_page import ComingSoonPage
from ui.pages.home_page import Banner, HomePage
from ui.pages.settings_page import SettingsPage
from ui.settings_model import SettingRow
from ui.shadow_it_bridge import ShadowItBridge
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
        self._last_news_page = PageId.HOME.value
        self.window = MainWindow(
            self.branding,
            QSettings(str(core.paths.config_dir / "ui-state.ini"), QSettings.Format.IniFormat),
        )
        self.home = HomePage(
            person.first_name(), person.device_name(), self.branding, datetime.now().hour
        )
        self.settings_page = SettingsPage()
        self._build_catalogue()
        self._add_pages()
        self._wire()

    # -- building ---------------------------------------------------------------------------
    def _build_catalogue(self) -> None:
        core = self.core
        self.catalogue = CatalogueService.from_core(core)
        self.catalogue_bridge = CatalogueBridge(self.catalogue, self.runner, self.qapp)
        tools = build_install_services(core.paths, core.http_session)
        self.apps = AppsPage(tools.queue, tools.detector, tools.launcher, self.runner)
        watch = ShadowItWatch(core.paths.data_dir / "shadow_it.sqlite3", self.catalogue.catalogue)
        minutes = core.settings.value(shadow_it_settings.SCAN_MINUTES)
        self.shadow_it = ShadowItBridge(watch, self.runner, minutes, self.qapp)
        self.nudge_bar = NudgeBar()
        self.window.add_bar(self.nudge_bar)

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
        self.window.insert_page(
            2, PageId.APPS, tr("Nav", "Apps"), self.nav_icon(PageId.APPS), self.apps
        )
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
        self.catalogue_bridge.status_changed.connect(self._on_catalogue)
        self.apps.install_finished.connect(self._on_install_finished)
        self.apps.help_requested.connect(
            lambda _app, _log: self.window.show_page(PageId.HELP.value)
        )
        self.apps.access_requested.connect(lambda _app: self.window.show_page(PageId.HELP.value))
        self.apps.app_request_requested.connect(lambda: self.window.show_page(PageId.HELP.value))
        self.shadow_it.nudged.connect(self._on_nudge)
        self.tray.message_clicked.connect(lambda: self.window.show_page(self._last_news_page))
        self.nudge_bar.get_requested.connect(self._get_alternative)
        self.nudge_bar.dismissed.connect(self.shadow_it.dismiss)
        self.nudge_bar.silenced.connect(self.shadow_it.silence)

    # -- running ----------------------------------------------------------------------------
    def start(self) -> None:
        """Open the window if asked, or when there is no tray to live in; start the timers."""
        self.catalogue_bridge.start()
        if self.core.settings.value(shadow_it_settings.NUDGES_ENABLED):
            self.shadow_it.start()
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

    # -- catalogue --------------------------------------------------------------------------
    def _on_catalogue(self, status: CatalogueStatus) -> None:
        self.apps.set_catalogue(self.catalogue.catalogue())
        news = self.catalogue.active_announcements()
        self.home.set_banners(tuple(Banner(a.title, a.body, a.severity == "major") for a in news))
        self.tray.set_badge(any(a.severity == "major" for a in news))

    def _on_install_finished(self, result: InstallResult) -> None:
        if self.window.isVisible() and self.window.current_page_id() == PageId.APPS.value:
            return  # the page itself shows the outcome
        self._last_news_page = PageId.APPS.value
        self.tray.notify(
            self.qapp.translate("App", "Deskmate"), result.message, problem=not result.ok
        )

    def _on_nudge(self, nudge: Nudge) -> None:
        self.nudge_bar.show_nudge(nudge)
        self._last_news_page = PageId.APPS.value
        self.tray.notify(
            self.qapp.translate("App", "An approved alternative to {tool}").format(tool=nudge.tool),
            self.qapp.translate("App", "{app} is the approved choice: {reason}").format(
                app=nudge.alternative.name, reason=nudge.reason
            ),
        )

    def _get_alternative(self, nudge: Nudge) -> None:
        self.window.show_page(PageId.APPS.value)
        self.apps.show_app(nudge.alternative.id)

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
