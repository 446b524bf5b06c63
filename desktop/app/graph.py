"""The object graph of the running app: every service and window, built once and wired."""

from __future__ import annotations

import argparse
import json
import logging
import platform
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    QTimer,
)
from PySide6.QtGui import QIcon, QPalette, QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget

from desktop import __version__, person
from desktop.activity.attention_entry import AttentionLedger
from desktop.activity.deadline_entry import DeadlineActivity
from desktop.activity.nudge_entry import NudgeLedger
from desktop.activity.recent import recent_activity
from desktop.activity.report import read_activity
from desktop.app.activity_retention import ActivityRetention
from desktop.attention.detectors import build_detectors, quiet_hours
from desktop.attention.gate import AttentionGate, Message, MessageKind
from desktop.attention.signals import Detector
from desktop.autostart import autostart_for_platform
from desktop.catalogue.install_line import InstallLine, ThreadInstallLine
from desktop.catalogue.install_outcome import InstallResult
from desktop.catalogue.installed_state import required_missing
from desktop.catalogue.installer_services import InstallServices, build_install_services
from desktop.catalogue.model import Announcement, CatalogueApp
from desktop.catalogue.service import CatalogueService, CatalogueStatus
from desktop.catalogue.shadow_it import Nudge, ShadowItWatch
from desktop.core import Core
from desktop.deadlines.ledger import DeadlineLedger
from desktop.deadlines.restart import REBOOT_REQUIRED, RestartDuty, restart_deadline, restart_duty
from desktop.deadlines.standing import standing
from desktop.health_history import open_history
from desktop.helpdesk.connector import RemoteStatus
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.outbox import StatusChange
from desktop.helpdesk.service import HelpdeskService
from desktop.motion import MotionChoice, system_setting, wants_reduced_motion
from desktop.secret_values import WorkerKeychainState, WorkerSecretValues
from desktop.settings_defs import activity as activity_settings
from desktop.settings_defs import attention as attention_settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as helpdesk_settings
from desktop.settings_defs import shadow_it as shadow_it_settings
from desktop.shell.heap_trim import trim_heap
from desktop.shell.install_workers import WorkerInstallLine
from desktop.shell.process_runner import ProcessTaskRunner
from desktop.shell.task_runner import QtTaskRunner
from diagnostics.result import Category, CheckResult, RunSummary
from ui.attention_bridge import AttentionBridge
from ui.catalogue_bridge import CatalogueBridge
from ui.deadline_bar import DeadlineBar
from ui.deadline_bridge import DeadlineBridge
from ui.focus_ring import FocusRing
from ui.health_controller import HealthController
from ui.health_wording import explain, problems_summary
from ui.helpdesk_bridge import HelpdeskBridge
from ui.home_feed import Banner, HomeFeed
from ui.language import current_language
from ui.link_opener import LinkOpener
from ui.motion import set_reduced_motion
from ui.navigation import PageId, page_title
from ui.nudge_bar import NudgeBar
from ui.open_requests import open_request_lines
from ui.requests_model import RequestsModel, shown_subject
from ui.screen_capture import grab_screen, png_bytes
from ui.settings_controller import SettingsController
from ui.shadow_it_bridge import ShadowItBridge
from ui.task_error_words import task_error_words
from ui.theme import NAV_GLYPHS, Branding, apply_window_theme, glyph_icon, theme_colours
from ui.tray import TrayIcon
from ui.wheel_guard import WheelGuard

if TYPE_CHECKING:  # the panel and its pages are imported when first opened (_build_panel)
    from desktop.health_service import HealthService
    from ui.main_window import MainWindow
    from ui.pages.about_page import AboutPage
    from ui.pages.activity_page import ActivityPage
    from ui.pages.apps_page import AppsPage
    from ui.pages.health_page import HealthPage
    from ui.pages.help_page import HelpPage
    from ui.pages.home_page import HomePage
    from ui.pages.requests_page import RequestsPage
    from ui.pages.settings_page import SettingsPage
    from ui.sent_payload_viewer import SentPayloadViewer

log = logging.getLogger(__name__)
RESTART_FIX = "system.restart"  # diagnostics.fixes.system_fixes.RestartFix
_ANNOUNCED = "attention/announced"  # announcements already offered to the gate
ABOUT_LINK = "deskmate:about"  # a link inside the panel that opens About


@dataclass
class Panel:
    """The window, built on first open (:meth:`Application.window`); its pages are built when
    they are first shown, and released after it was hidden a while."""

    window: MainWindow
    sent_viewer: SentPayloadViewer


def _make_inventory_page() -> QWidget:
    from ui.pages.inventory_page import InventoryPage  # loaded when first opened

    return InventoryPage()


class Application:
    """Holds the object graph for the app's lifetime; nothing here is global."""

    def __init__(
        self,
        qapp: QApplication,
        core: Core,
        args: argparse.Namespace,
        branding: Branding,
        tray: TrayIcon,
        detectors: Sequence[Detector] | None = None,
        workers: ProcessTaskRunner | None = None,
    ) -> None:
        self.qapp = qapp
        self.core = core
        self.args = args
        self.root = QObject()  # owns the timers and bridges; see shutdown()
        # Before any widget is shown (polished): choosers take the wheel only with focus.
        self.wheel_guard = WheelGuard(self.root)
        qapp.installEventFilter(self.wheel_guard)
        # Focus is always visible, in every window, in a colour checked for 3:1.
        self.focus_ring = FocusRing(qapp, theme_colours(branding.accent).ring, self.root)
        self.runner = QtTaskRunner(parent=self.root)
        self.workers = workers  # heavy occasional jobs in worker processes; None: in-process
        self.branding = branding
        self.autostart = autostart_for_platform()
        self.tray = tray
        self.runner.set_error_reporter(self._report_background_error)
        self._apply_motion_setting()
        self._build_attention(detectors)
        self._last_news_page = PageId.HOME.value
        self._message_opened = False  # a click on a balloon is passing through (toggle_from_tray)
        self._news_request = ""  # the request the last request notification was about
        self._screenshot: bytes | None = None  # the screen just before the panel opened
        self._install_log: str | None = None  # offered on the help form after a failed install
        self._news_banners: tuple[Banner, ...] = ()  # announcements, then deadlines' last day
        self._deadline_banners: tuple[Banner, ...] = ()
        self._ui_state = QSettings(str(core.paths.config_dir / "ui-state.ini"),
                                   QSettings.Format.IniFormat)
        self._panel: Panel | None = None  # the window and its pages, built when first opened
        self._catalogue_status: CatalogueStatus | None = None  # the last, for a panel built later
        self.home_feed = HomeFeed()  # Home is built when first opened
        self.links = LinkOpener(parent=self.root)
        keychain = None if workers is None else WorkerKeychainState(workers.command)
        self.settings_control = SettingsController(
            core, self.autostart, self.runner, None, self.show_error, self.links, self.root,
            keychain_state=keychain,
        )
        self._build_catalogue()
        self._build_deadlines()
        self._build_helpdesk()
        self._build_health()
        self._build_activity()
        self._wire()

    # -- building ---------------------------------------------------------------------------
    def _build_attention(self, detectors: Sequence[Detector] | None) -> None:
        """Every tray message asks the attention gate first (``self.attention.offer``)."""
        quiet = quiet_hours(self.core.settings)

        def clock() -> datetime:
            return datetime.now().astimezone()

        found = build_detectors(quiet, clock) if detectors is None else detectors
        record = AttentionLedger(self.core.ledger())
        runner = self.runner  # the ledger's write is I/O: never on the GUI thread
        gate = AttentionGate(
            quiet, clock,
            on_decision=lambda message, decision: runner.submit(
                lambda: record.decided(message, decision)),
            on_summary=lambda summary: runner.submit(lambda: record.summarised(summary)))
        self.attention = AttentionBridge(gate, found, self.runner, self.tray, self.root)

    def _build_catalogue(self) -> None:
        core = self.core
        self.catalogue = CatalogueService.from_core(core, current_language())
        self.catalogue_bridge = CatalogueBridge(self.catalogue, self.runner, self.root,
                                                self.workers)
        self._install_tools = build_install_services(core.paths, core.http_session)
        watch = ShadowItWatch(core.paths.data_dir / "shadow_it.sqlite3", self.catalogue.catalogue,
                              on_event=NudgeLedger(core.ledger()))
        self.shadow_watch = watch
        minutes = core.settings.value(shadow_it_settings.SCAN_MINUTES)
        self.shadow_it = ShadowItBridge(watch, self.runner, minutes, self.root)
        self.nudge_bar = NudgeBar()  # on the panel when it is built; the nudge waits here
        self._detect_all = self._install_tools.detector.detect_all

    def _install_line(self, tools: InstallServices) -> InstallLine:
        """Installs run in ``deskmate apps install`` workers; in this process without them."""
        if self.workers is None:
            return ThreadInstallLine(tools.queue, self.runner)
        return WorkerInstallLine(self.workers, self.core.paths.log_dir / "installs")

    def _build_deadlines(self) -> None:
        """Required apps with a deadline: prompts through the attention gate, installs through
        the Apps page's queue."""
        self.deadline_bar = DeadlineBar()  # like the nudge bar
        ledger = DeadlineLedger(self.core.paths.data_dir / "deadlines.sqlite3",
                                on_event=DeadlineActivity(self.core.ledger()))
        self.deadlines = DeadlineBridge(
            ledger, self.attention.gate.clock, self.catalogue.catalogue, self._detect_all,
            self.attention.detectors, self.attention, self.deadline_bar, self.runner, self.root,
            os_restart=self._os_restart(),
        )
        self.deadlines.install_due.connect(lambda app: self.apps.start_install(app))
        self.deadlines.update_due.connect(lambda app: self.apps.start_install(app, update=True))
        self.deadlines.restart_due.connect(self._restart_now)
        self.deadlines.last_day_changed.connect(self._on_last_day)

    def _os_restart(self) -> Callable[[], RestartDuty | None] | None:
        """The pending-restart probe under IT's deadline; None when the policy sets none."""
        deadline = restart_deadline(self.core.settings)
        if deadline is None:
            return None
        name = self.qapp.translate("App", "Restart after updates")
        return lambda: restart_duty(REBOOT_REQUIRED, deadline, name)

    def _restart_now(self, duty: RestartDuty) -> None:
        """The restart deadline ran out (or "Restart now"): the Health page's restart fix,
        which gives the system's own warning before it restarts."""
        log.info("Restart due", extra={"duty": duty.id})
        fixes = self.health.fixes
        self.runner.submit(lambda: fixes.apply(fixes.plan(RESTART_FIX)))

    def _apply_motion_setting(self) -> None:
        """Reduced motion as set; on "system" the OS is asked off the GUI thread (a small
        tool on Linux and macOS), animations staying on until it answers."""
        choice = self.core.settings.value(core_settings.REDUCED_MOTION)
        system = system_setting()
        if choice != MotionChoice.SYSTEM:
            set_reduced_motion(self.qapp, wants_reduced_motion(choice, system))
            return
        self.runner.submit(lambda: wants_reduced_motion(choice, system),
                           lambda reduced: set_reduced_motion(self.qapp, reduced))

    def nav_icon(self, page_id: PageId) -> QIcon:
        colour = self.qapp.palette().color(QPalette.ColorRole.WindowText)
        return glyph_icon(NAV_GLYPHS[page_id.value], colour)

    def _build_helpdesk(self) -> None:
        core = self.core
        sources = ContextSources(
            diagnostics=lambda: self.health_control.diagnostics_rows(),
            timeline=lambda: self.health_control.timeline_rows(),
            fixes=lambda: self.health_control.fixes_rows(),
            log_file=core.paths.log_file,
            log_lines=core.settings.value(helpdesk_settings.LOG_LINES),
            screenshot=lambda: self._screenshot,
            activity=lambda: recent_activity(core.ledger()),
        )
        # with workers, the redactor's secrets are read in one (keyring stays out of the tray)
        known = None if self.workers is None else WorkerSecretValues(self.workers.command)
        self.helpdesk = HelpdeskService(core, sources, names=self.catalogue, known_secrets=known)
        poll = core.settings.value(helpdesk_settings.POLL_MINUTES)
        self.helpdesk_bridge = HelpdeskBridge(self.helpdesk, self.runner, poll, self.root,
                                              self.workers)
        # what notifications and Home say of requests, kept while My requests is not built
        self.requests_model = RequestsModel(self.root, socket.gethostname())

    def _make_help_page(self) -> HelpPage:
        from ui.pages.help_page import HelpPage  # built when first opened

        core, service = self.core, self.helpdesk
        page = HelpPage(
            self.runner,
            lambda: service.gather(install_log=self._install_log),
            service.build,
            service.submit,
            service.categories(),
            destination=self.destination_text(),
            requester_email=service.requester_email,
            screenshot_default=lambda: core.settings.value(helpdesk_settings.ATTACH_SCREENSHOT),
        )
        page.work_email_entered.connect(self.settings_control.set_work_email)
        page.request_queued.connect(self._on_request_queued)
        page.follow_requested.connect(self._follow_request)
        page.set_outages(self.catalogue.active_announcements())
        return page

    def _make_requests_page(self) -> RequestsPage:
        from ui.pages.requests_page import RequestsPage  # built when first opened

        service = self.helpdesk
        page = RequestsPage(
            self.runner,
            list_requests=service.requests,
            reply=service.build_reply,
            rate=service.rate,
            retry=self._retry_request,
            dismiss_rating=service.dismiss_rating,
            queue_reply=service.submit,
            destination=self.destination_text(),
            thread=service.request_view,
            hostname=socket.gethostname(),
            model=self.requests_model,
        )
        page.follow_up_queued.connect(lambda _key: self.helpdesk_bridge.flush())
        page.open_url_requested.connect(lambda url: self.links.open(url, self.window))
        page.set_entries(self.requests_model.entries())  # the list the tray keeps, selected
        return page

    def _build_health(self) -> None:
        """The timeline the tray samples every minute; the checks and fixes (:attr:`health`)
        wait until something needs them: background runs happen in a worker."""
        self._history = open_history(self.core.settings, self.core.paths.database_file)
        self._health: HealthService | None = None
        self._health_lock = threading.Lock()  # help requests gather context on the runner
        self.health_control = HealthController(
            lambda: self.health, self._history[0], self.runner, self.tray, self.home_feed,
            self._major_outage, self.root,
            run_elsewhere=None if self.workers is None else self._check_in_worker,
        )

    @property
    def health(self) -> HealthService:
        """The checks and fixes, built when first used: the Health page runs them, a fix or
        the restart deadline applies one, a help request gathers the last results. Their
        modules (every check's probes) do not load in a tray that never needs them."""
        with self._health_lock:
            if self._health is None:
                from desktop.health_hooks import deskmate_hooks
                from desktop.health_service import HealthService

                hooks = replace(
                    deskmate_hooks(self.catalogue, self.helpdesk, self.helpdesk.reachable),
                    overdue_deadlines=self.deadlines.overdue)
                self._health = HealthService(self.core.settings, self.core.paths, hooks=hooks,
                                             history=self._history)
            return self._health

    def _check_in_worker(self, done: Callable[[RunSummary], None]) -> None:
        """A background check run as a `deskmate diagnose --json` worker: the checks' probes,
        and the HTTP stack a helpdesk's reachability check loads, stay out of the tray. The
        tray tells it the deadlines it knows are overdue."""
        assert self.workers is not None
        overdue = json.dumps(list(self.deadlines.overdue()))
        self.workers.run("health-check", ["diagnose", "--overdue-deadlines", overdue],
                         lambda data: done(RunSummary.from_json(data)), ok_codes=(0, 1, 2))

    def _make_health_page(self) -> QWidget:
        from ui.pages.health_page import HealthPage  # loaded when the page is first opened

        health = self.health
        page = HealthPage(
            self.runner,
            lambda report: health.run(on_result=report),
            health.fixes.plan,
            health.fixes.apply,
            health.fixes.usable_ids(),
            len(health.checks()),
        )
        page.show_outbox_health(self.helpdesk.health)
        page.run_finished.connect(self.health_control.show)
        page.help_requested.connect(self._still_not_working)
        page.ask_about.connect(self._ask_about_check)
        return page

    @property
    def health_page(self) -> HealthPage:
        """The Health page, built if it was not (or was released)."""
        return cast("HealthPage", self.window.page(PageId.HEALTH))

    def _build_activity(self) -> None:
        core = self.core
        keep_days = core.settings.value(activity_settings.KEEP_DAYS)
        self.retention = ActivityRetention(lambda: core.ledger().prune(keep_days), self.runner,
                                           self.root)

    def _make_activity_page(self) -> QWidget:
        from ui.pages.activity_page import ActivityPage  # loaded when first opened

        core = self.core
        keep_days = core.settings.value(activity_settings.KEEP_DAYS)
        page = ActivityPage(self.runner, lambda: read_activity(core.ledger(), keep_days))
        page.sent_payload_requested.connect(self.sent_viewer.show)
        return page

    @property
    def activity_page(self) -> ActivityPage:
        return cast("ActivityPage", self.window.page(PageId.ACTIVITY))

    def _major_outage(self) -> bool:
        return any(a.severity == "major" for a in self.catalogue.active_announcements())

    def _retry_request(self, key: str) -> None:
        """Runs on the task runner: make a failed request due again and deliver it now (with
        workers, the bridge starts a delivery worker, from the GUI thread)."""
        if self.workers is None:
            self.helpdesk.retry(key)
            return
        self.helpdesk.make_due(key)
        QTimer.singleShot(0, self.helpdesk_bridge, self.helpdesk_bridge.flush)

    def destination_text(self) -> str:
        """Completes "This is exactly what will be sent to …" in the preview."""
        connector = self.core.settings.value(helpdesk_settings.CONNECTOR)
        if connector == "file":
            return self.qapp.translate("App", "the ticket folder {folder}").format(
                folder=self.helpdesk.drop_folder()
            )
        return self.qapp.translate("App", "your IT helpdesk ({name})").format(name=connector)

    def _make_about_page(self) -> QWidget:
        from ui.pages.about_page import AboutPage  # loaded when first opened

        page = AboutPage(
            __version__,
            self.branding.organization,
            str(self.core.paths.data_dir.parent),
            self.demo_note(),
        )
        branding = self.branding
        page.set_contacts(branding.support_email, branding.support_phone, branding.support_url)
        page.link_requested.connect(self._open_link)
        self._show_about_details(page)
        return page

    def _make_home_page(self) -> QWidget:
        from ui.pages.home_page import HomePage  # loaded when first opened

        page = HomePage(person.first_name(), person.device_name(), self.branding,
                        datetime.now().hour)
        page.page_requested.connect(self.window.show_page)
        page.check_requested.connect(self._check_on_page)
        page.install_requested.connect(lambda app_id: self._open_app(app_id, install=True))
        page.app_requested.connect(self._open_app)
        page.link_requested.connect(self._open_link)
        self.home_feed.attach(page)
        if not self._built(PageId.APPS):  # it names required apps not here: ask without Apps
            self._survey_required_apps()
        return page

    def _survey_required_apps(self) -> None:
        """Which required apps are not on this computer, for Home, while Apps (which keeps
        every app's state) is not built."""
        catalogue = self.catalogue.catalogue()
        required = tuple(app for app in catalogue.apps if app.required) if catalogue else ()
        if not required:
            return
        detector = self._install_tools.detector
        self.runner.submit(lambda: detector.survey(required)[0],
                           lambda states: self._show_required_apps(
                               required_missing(required, states.get)))

    def _show_required_apps(self, missing: tuple[tuple[CatalogueApp, bool], ...]) -> None:
        self.home_feed.set_required_apps(tuple(
            (app.id, app.name, installable) for app, installable in missing))

    @property
    def home(self) -> HomePage:
        return cast("HomePage", self.window.page(PageId.HOME))

    def _make_settings_page(self) -> QWidget:
        from ui.pages.settings_page import SettingsPage  # loaded when first opened

        page = SettingsPage()
        self.settings_control.attach(page)
        self.settings_control.refresh()  # built again on the page that was current: no change
        return page

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self.window.page(PageId.SETTINGS))

    @property
    def about(self) -> AboutPage:
        return cast("AboutPage", self.window.page(PageId.ABOUT))

    # -- the panel --------------------------------------------------------------------------
    @property
    def panel(self) -> Panel:
        """The window and its pages; the tray's day needs neither, so they are built (and
        their modules imported) when first opened or asked for."""
        if self._panel is None:
            self._panel = self._build_panel()
            self._add_pages()
            self._wire_panel()
            QTimer.singleShot(0, trim_heap)  # what importing the pages left behind
        return self._panel

    def panel_window(self) -> MainWindow | None:
        """The window if it was built (a crash dialog's parent), without building it."""
        return self._panel.window if self._panel is not None else None

    def panel_visible(self) -> bool:
        return self._panel is not None and self._panel.window.isVisible()

    @property
    def window(self) -> MainWindow:
        return self.panel.window

    @property
    def apps(self) -> AppsPage:
        """The Apps page, built if it was not (or was released)."""
        return cast("AppsPage", self.window.page(PageId.APPS))

    @property
    def help_page(self) -> HelpPage:
        return cast("HelpPage", self.window.page(PageId.HELP))

    @property
    def requests_page(self) -> RequestsPage:
        return cast("RequestsPage", self.window.page(PageId.REQUESTS))

    def _built(self, page_id: PageId) -> bool:
        """Whether ``page_id`` is built now (asking for it would build it)."""
        return self._panel is not None and self._panel.window.is_built(page_id)

    @property
    def sent_viewer(self) -> SentPayloadViewer:
        return self.panel.sent_viewer

    def _build_panel(self) -> Panel:
        from ui.main_window import MainWindow
        from ui.sent_payload_viewer import SentPayloadViewer

        apply_window_theme(self.qapp, self.branding.accent)

        window = MainWindow(self.branding, self._ui_state)
        window.add_bar(self.nudge_bar)
        window.add_bar(self.deadline_bar)
        viewer = SentPayloadViewer(self.helpdesk.sent_payload, self.helpdesk.purged_payload,
                                   self.runner, window, self.destination_text())
        return Panel(window, viewer)


    def _make_apps_page(self) -> AppsPage:
        from ui.pages.apps_page import AppsPage  # built when first opened

        tools = self._install_tools
        page = AppsPage(self._install_line(tools), tools.detector, tools.launcher, self.runner,
                        self.links)
        page.install_finished.connect(self._on_install_finished)
        page.help_requested.connect(self._install_failed_help)
        page.access_requested.connect(self._access_help)
        page.app_request_requested.connect(lambda: self._access_help(""))
        page.states_changed.connect(self._on_app_states)
        self.deadlines.recorded.connect(page.refresh_deadline)
        service = self.deadlines.service
        page.set_deadline_lookup(lambda app: standing(service, app))
        if self._catalogue_status is not None:  # what the day already found out
            page.set_catalogue(self.catalogue.catalogue(), self.catalogue.icon_file)
            page.show_status(self._catalogue_status)
        return page

    def _add_pages(self) -> None:
        """Every page is built when first opened, and released after the panel was hidden a
        while (``app.release_pages_after_seconds``) unless it holds work (_keeps_page)."""
        pages: tuple[tuple[PageId, QWidget | Callable[[], QWidget]], ...] = (
            (PageId.HOME, self._make_home_page),
            (PageId.HEALTH, self._make_health_page),
            (PageId.APPS, self._make_apps_page),
            (PageId.HELP, self._make_help_page),
            (PageId.REQUESTS, self._make_requests_page),
            (PageId.SETTINGS, self._make_settings_page),
            (PageId.ACTIVITY, self._make_activity_page),
            (PageId.DATA, _make_inventory_page),
            (PageId.ABOUT, self._make_about_page),
        )
        for page_id, page in pages:
            title, icon = page_title(page_id), self.nav_icon(page_id)
            if isinstance(page, QWidget):
                self.window.add_page(page_id, title, icon, page)
            else:
                self.window.add_lazy_page(page_id, title, icon, page)
        self.window.set_notice(self.demo_line())
        self._release_timer = QTimer(self.root)
        self._release_timer.setSingleShot(True)
        self._release_timer.timeout.connect(self.release_pages)
        self.window.hidden.connect(self._schedule_release)

    def _schedule_release(self) -> None:
        seconds = self.core.settings.value(core_settings.RELEASE_PAGES_AFTER)
        if seconds > 0:
            self._release_timer.start(seconds * 1000)

    def release_pages(self) -> None:
        """Give the panel back while it is hidden: the whole window when no page holds work,
        else the pages that hold none. Not while a task may still call back into a page, nor
        while a dialog is open: then try again later."""
        if self._panel is None or self.window.isVisible():
            return
        if self.runner.busy or self.qapp.activeModalWidget() is not None or self._open_dialog():
            self._schedule_release()
            return
        released = self.window.release_pages(self._keeps_page)
        if released:
            log.info("Pages released", extra={"pages": released})
            QPixmapCache.clear()  # the pages' styled pixmaps, drawn again when shown (1.1 MiB)
            QTimer.singleShot(0, trim_heap)  # after the widgets' deleteLater ran

    def _open_dialog(self) -> bool:
        """A window of the panel's still open (the sent-payload viewer) while it is hidden."""
        window = self.window
        return any(w.isVisible() for w in window.findChildren(QWidget) if w.isWindow())


    @staticmethod
    def _keeps_page(page_id: str, page: QWidget) -> bool:
        """A page that holds work not yet done stays: a check run on Health, an install running
        or waiting on Apps, words typed or a file attached and not sent on the help form or My
        requests. (Dialogs belong to the window, not to a page; while one is open nothing is
        released.)"""
        if page_id == PageId.HEALTH.value:
            return bool(getattr(page, "running", False))
        holds = {PageId.APPS.value: "installing", PageId.HELP.value: "has_draft",
                 PageId.REQUESTS.value: "has_draft"}.get(page_id)
        return holds is not None and bool(getattr(page, holds)())

    def _show_about_details(self, page: AboutPage | None = None) -> None:
        """About's "Copy details": what a helpdesk agent asks for first (once it is built)."""
        if page is None:
            if self._panel is None or not self.window.is_built(PageId.ABOUT):
                return
            page = self.about
        translate = QCoreApplication.translate
        version = self.catalogue.status().version
        page.set_details((
            ("Deskmate", __version__),
            (translate("App", "System"), f"{platform.system()} {platform.release()}"),
            (translate("App", "Profile folder"), str(self.core.paths.data_dir.parent)),
            (translate("App", "App catalogue"),
             translate("App", "version {n}").format(n=version) if version is not None
             else translate("App", "none yet")),
            (translate("App", "Helpdesk"),
             str(self.core.settings.value(helpdesk_settings.CONNECTOR))),
        ))

    def _wire(self) -> None:
        self.tray.check_requested.connect(
            lambda: self.health_control.check_in_background(notify=True)
        )
        self.health_control.problems_found.connect(self._on_problems_found)
        self.tray.quit_requested.connect(self.quit)
        self.catalogue_bridge.status_changed.connect(self._on_catalogue)
        self.settings_control.changed.connect(self._on_setting_changed)
        self.shadow_it.nudged.connect(self._on_nudge)
        self.tray.message_clicked.connect(self._on_message_clicked)
        self.nudge_bar.get_requested.connect(self._get_alternative)
        self.nudge_bar.dismissed.connect(self.shadow_it.dismiss)
        self.nudge_bar.silenced.connect(self.shadow_it.silence)
        self.requests_model.modelReset.connect(self._on_requests_listed)
        self.helpdesk_bridge.requests_changed.connect(self._refresh_requests)
        self.helpdesk_bridge.status_changed.connect(self._on_request_status)

    def _wire_panel(self) -> None:
        self.window.page_changed.connect(self._on_page_changed)
        self.window.link_requested.connect(self._open_link)

    # -- running ----------------------------------------------------------------------------
    def start(self) -> None:
        """Open the window if asked, or when there is no tray to live in; start the timers."""
        self.catalogue_bridge.start()
        self.helpdesk_bridge.start()
        self.health_control.start()
        self.deadlines.start()
        self.retention.start()
        if self.core.settings.value(shadow_it_settings.NUDGES_ENABLED):
            self.shadow_it.start()
        if not TrayIcon.available():
            log.warning("No system tray available; using a normal window")
            self.qapp.setQuitOnLastWindowClosed(True)
            self.window.set_escape_hides(False)
            self.window.set_notice(
                self.qapp.translate(
                    "App",
                    "Your desktop has no notification area, so Deskmate runs as a normal window. "
                    "Closing it quits Deskmate.",
                )
                + ("<br>" + self.demo_line() if self.core.demo else "")
            )
        if not self.args.hidden or not TrayIcon.available():
            self.window.show_page(self.args.page or PageId.HOME.value)
        # The Settings page is filled when it is opened (_on_page_changed): asking for the
        # keychain here would load keyring, secretstorage and cryptography for the whole day.
        self._refresh_requests()  # notifications name the kind of request; Home lists them
        QTimer.singleShot(0, trim_heap)  # what the start-up's imports left behind

    def _refresh_requests(self) -> None:
        """Read the requests again: through My requests (which keeps its selection) once it is
        built, else straight into the list the tray keeps."""
        if self._built(PageId.REQUESTS):
            self.requests_page.refresh()
        else:
            self.runner.submit(self.helpdesk.requests, self.requests_model.set_entries)

    def demo_line(self) -> str:
        """The one line every page shows in demo mode; "Details" opens About, which has
        the whole note."""
        if not self.core.demo:
            return ""
        return self.qapp.translate(
            "App", "<b>Demo mode</b> – requests are saved on this computer, not sent to IT. "
            '<a href="{link}">Details</a>'
        ).format(link=ABOUT_LINK)

    def _open_link(self, url: str) -> None:
        if url == ABOUT_LINK:
            self.window.show_page(PageId.ABOUT.value)
        else:
            self.links.open(url, self.window)

    def demo_note(self) -> str:
        if not self.core.demo:
            return ""
        return self.qapp.translate(
            "App",
            "<b>Demo mode.</b> The app catalogue is a sample signed with a demo key, and help "
            "requests are saved as files in <code>{folder}</code> instead of being sent to IT.",
        ).format(folder=self.helpdesk.drop_folder())

    def wire_tray(self) -> None:
        self.tray.page_requested.connect(self.open_from_tray)
        self.tray.panel_requested.connect(self.toggle_from_tray)

    def toggle_from_tray(self) -> None:
        """A click on the icon opens the panel next to it; a second click hides it again."""
        if self._message_opened:
            return  # the same click opened the panel on the news (_on_message_clicked)
        if self.panel_visible() and not self.window.isMinimized():
            self.window.close()
            return
        self.window.place_near(self.tray.geometry())
        self.open_from_tray("")

    def open_from_tray(self, page_id: str) -> None:
        """Open the panel; if it was closed, first keep a picture of the screen as it was, which
        the help form offers (unticked items are never sent)."""
        if not self.panel_visible() and (image := grab_screen()) is not None:
            self.runner.submit(lambda: png_bytes(image), self._keep_screenshot)
        self.window.show_page(page_id or self.window.current_page_id())

    def _keep_screenshot(self, png: bytes) -> None:
        self._screenshot = png

    # -- catalogue --------------------------------------------------------------------------
    def _on_catalogue(self, status: CatalogueStatus) -> None:
        self._catalogue_status = status
        news = self.catalogue.active_announcements()
        if self._panel is not None:
            self._catalogue_to_panel(status, news)
        # The Deskmate checks read the catalogue's state: bring them up to date.
        on_health = self.panel_visible() and self.window.current_page_id() == PageId.HEALTH
        if on_health:
            self.health_page.start_run()
        elif self.health_control.last_summary is not None:
            self.health_control.check_in_background(notify=False)
        self._news_banners = tuple(Banner(a.title, a.body, a.severity == "major") for a in news)
        self._show_banners()
        self.tray.set_badge(any(a.severity == "major" for a in news))
        self._announce(news)

    def _catalogue_to_panel(self, status: CatalogueStatus, news: Sequence[Announcement]
                            ) -> None:
        """The pages built now learn the new catalogue; the others when they are built."""
        if self._built(PageId.APPS):
            self.apps.set_catalogue(self.catalogue.catalogue(), self.catalogue.icon_file)
            self.apps.show_status(status)
        elif self._built(PageId.HOME):
            self._survey_required_apps()
        self._show_about_details()
        if self._built(PageId.HELP):
            self.help_page.set_outages(news)

    def _on_last_day(self, banners: tuple[tuple[str, str], ...]) -> None:
        """Required apps due within a day: a Home banner each, until installed or due."""
        self._deadline_banners = tuple(Banner(title, text, False) for title, text in banners)
        self._show_banners()

    def _show_banners(self) -> None:
        self.home_feed.set_banners(self._deadline_banners + self._news_banners)

    def _announce(self, news: Sequence[Announcement]) -> None:
        """Each announcement asks the attention gate once (an outage: a pop-up only when not
        busy); the ones already told are remembered across restarts in the UI state."""
        raw = self._ui_state.value(_ANNOUNCED, [], list)
        told = {str(v) for v in raw} if isinstance(raw, list) else set()
        for item in news:
            if item.id not in told:
                kind = MessageKind.OUTAGE if item.severity == "major" else MessageKind.ANNOUNCEMENT
                self.attention.offer(Message(kind, item.title, item.body))
        self._ui_state.setValue(_ANNOUNCED, [item.id for item in news])  # forget the past ones

    def _on_install_finished(self, result: InstallResult) -> None:
        if self.window.isVisible() and self.window.current_page_id() == PageId.APPS.value:
            return  # the page itself shows the outcome
        self._last_news_page = PageId.APPS.value
        outcome = self.apps.result_text(result)
        self.attention.offer(Message(MessageKind.INSTALL_RESULT,
                                     self.qapp.translate("App", "Deskmate"), outcome,
                                     problem=not result.ok, headline=outcome))

    def _on_nudge(self, nudge: Nudge) -> None:
        self.nudge_bar.show_nudge(nudge)
        self._last_news_page = PageId.APPS.value
        self.attention.offer(Message(
            MessageKind.NUDGE,
            self.qapp.translate("App", "An approved alternative to {tool}").format(tool=nudge.tool),
            self.qapp.translate("App", "{app} is the approved choice: {reason}").format(
                app=nudge.alternative.name, reason=nudge.reason
            ),
        ))

    def _on_request_status(self, change: StatusChange) -> None:
        """Notify when IT changed a request's status. The helpdesk's first word on a request
        just sent (queued or open) is no update: the form already said it was sent."""
        if change.old is None and change.new in (RemoteStatus.QUEUED, RemoteStatus.OPEN):
            return
        self._last_news_page = PageId.REQUESTS.value
        self._news_request = change.key
        model = self.requests_model
        entry = model.entry_for(change.key)
        self.attention.offer(Message(
            MessageKind.REQUEST_UPDATE,
            model.update_title(entry.kind if entry else ""),
            self.qapp.translate("App", "{subject}: {status}").format(
                subject=shown_subject(change.subject),
                status=model.status_words(change.new.value),
            ),
            headline=model.update_headline(shown_subject(change.subject), change.new.value,
                                           change.last_message is not None),
        ))

    def _on_message_clicked(self) -> None:
        """Open the page the last notification was about, on the request it named. Qt's own
        balloon (a tray without a notification service) also takes a click on the icon as a
        click on the message, right before the icon's own: a click that opens the panel this
        way must not close it again (toggle_from_tray); one on an open panel still closes it."""
        self._message_opened = not self.panel_visible()
        QTimer.singleShot(0, self._message_click_over)
        if self._last_news_page == PageId.REQUESTS.value and self._news_request:
            self.requests_page.select_request(self._news_request)
        self.window.show_page(self._last_news_page)

    def _message_click_over(self) -> None:
        self._message_opened = False

    def _on_setting_changed(self, name: str) -> None:
        if name in (attention_settings.QUIET_HOURS.name, attention_settings.QUIET_WEEKENDS.name):
            self.attention.set_quiet_hours(quiet_hours(self.core.settings))
        if name == core_settings.REDUCED_MOTION.name:
            self._apply_motion_setting()

    def _on_app_states(self) -> None:
        """Home names the required apps that are not on this computer."""
        self._show_required_apps(self.apps.required_missing())

    def _open_app(self, app_id: str, install: bool = False) -> None:
        self.window.show_page(PageId.APPS.value)
        if install:
            self.apps.request_install(app_id)
        else:
            self.apps.show_app(app_id)

    def _get_alternative(self, nudge: Nudge) -> None:
        self.shadow_watch.took_alternative(nudge.tool)
        self.window.show_page(PageId.APPS.value)
        self.apps.show_app(nudge.alternative.id)

    def shutdown(self) -> None:
        """Stop every timer and wait for running tasks, so nothing calls back into widgets
        that are about to go away."""
        if self.root.property("stopping") is not True:  # once: its timer goes with the root
            self.root.setProperty("stopping", True)
            if self._panel is not None:
                self.window.hidden.disconnect(self._schedule_release)
        for timer in self.root.findChildren(QTimer):
            timer.stop()
        if self.workers is not None:
            self.workers.stop_all()
        if self._health is not None:  # a check or fix waiting on a command ends with it
            self._health.stop_commands()
        self.runner.wait_for_done(10_000)
        self.root.deleteLater()

    def quit(self) -> None:
        self.tray.hide()
        self.shutdown()
        self.qapp.quit()

    def _report_background_error(self, exc: BaseException) -> None:
        """The default for work nobody waits on: a tray message, never a modal dialog (a
        click that fails passes its own ``on_error``, which shows an ErrorDialog)."""
        self.attention.offer(Message(
            MessageKind.BACKGROUND_ERROR,
            self.qapp.translate("App", "Something went wrong in the background"),
            self.qapp.translate("App", "Deskmate could not finish a task: {0}").format(
                task_error_words(exc)),
            problem=True))

    def show_error(self, title: str, details: str) -> None:
        from ui.error_dialog import ErrorDialog  # built when an error is shown

        apply_window_theme(self.qapp, self.branding.accent)
        ErrorDialog(title, title, details, self.panel_window()).exec()

    def _on_page_changed(self, page_id: str) -> None:
        if page_id != PageId.HELP.value:
            self._install_log = None  # left the form: a later request is about something else
        if page_id == PageId.SETTINGS.value:
            self.settings_control.refresh()
        elif page_id == PageId.HELP.value:
            self.help_page.refresh_context()
        elif page_id == PageId.REQUESTS.value:
            self.requests_page.refresh()
        elif page_id == PageId.ACTIVITY.value:
            self.activity_page.refresh()

    def ask_for_help(
        self, category: str, summary: str, details: str = "", install_log: str | None = None
    ) -> None:
        """Open the help form filled in, e.g. from a failed install or "Still not working?"."""
        self._install_log = install_log
        self.help_page.prefill(category, summary, details)
        if self.window.current_page_id() == PageId.HELP.value:
            self.help_page.refresh_context()
        self.window.show_page(PageId.HELP.value)

    def _on_request_queued(self, _key: str) -> None:
        """A request left the form: a failed install's log belonged to it, not to the next."""
        self._install_log = None
        self.helpdesk_bridge.flush()

    def _on_requests_listed(self) -> None:
        """My requests reloaded its list: Home and the help form's success state follow it."""
        model = self.requests_model
        if self._built(PageId.HELP):
            self.help_page.show_delivery(model.entry_for(self.help_page.sent_panel.key))
        self.home_feed.set_requests(open_request_lines(model.entries(), model.status_words))

    def _follow_request(self, key: str) -> None:
        self.requests_page.select_request(key)
        self.window.show_page(PageId.REQUESTS.value)

    def _check_on_page(self) -> None:
        self.window.show_page(PageId.HEALTH.value)
        self.health_page.start_run()

    def _on_problems_found(self, title: str, text: str) -> None:
        self._last_news_page = PageId.HEALTH.value
        self.attention.offer(Message(MessageKind.CHECK_RESULT, title, text, problem=True))

    def _still_not_working(self, summary: RunSummary | None) -> None:
        if summary is not None:
            self.health_control.last_summary = summary
        problems = [r for r in summary.results if r.status.is_problem] if summary else []
        summary_line = problems_summary(problems) if problems else ""
        self.ask_for_help("other", summary_line)

    def _ask_about_check(self, result: CheckResult) -> None:
        """"Ask IT about this" on one problem row: the form names that check."""
        wording = explain(result)
        category = "network" if result.category is Category.NETWORK else "other"
        self.ask_for_help(category, problems_summary([result]),
                          "\n".join(t for t in (wording.why, wording.what_to_do) if t))

    def _app_name(self, app_id: str) -> str:
        catalogue = self.catalogue.catalogue()
        app = catalogue.app(app_id) if catalogue else None
        return app.name if app else app_id

    def _install_failed_help(self, app_id: str, install_log: str) -> None:
        summary = self.qapp.translate("App", "Installing {app} failed").format(
            app=self._app_name(app_id)
        )
        self.ask_for_help("software", summary, install_log=install_log)

    def _access_help(self, app_id: str) -> None:
        """"Request access" to a catalogue app, or "Ask for an app" (``app_id`` "")."""
        catalogue = self.catalogue.catalogue() if app_id else None
        app = catalogue.app(app_id) if catalogue else None
        name, approval = (app.name, app.approval) if app else (app_id, "it")
        self._install_log = None
        self.help_page.prefill_access(app_id if app else "", name, approval)
        if self.window.current_page_id() == PageId.HELP.value:
            self.help_page.refresh_context()
        self.window.show_page(PageId.HELP.value)
