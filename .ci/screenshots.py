"""Regenerate docs/screenshots/: the real tray under Xvfb, then each page of the real panel.

Run: .venv/bin/python .ci/screenshots.py   (needs what `make test` installs)
     .venv/bin/python .ci/screenshots.py --scale 2   (Home and Health at 200 %, offscreen)
     .venv/bin/python .ci/screenshots.py --only languages   (offscreen: Home and Health in
         English light, German dark and French at 200 %, and Apps in German)
     .venv/bin/python .ci/screenshots.py --only activity|apps-de   (offscreen)
     .venv/bin/python .ci/screenshots.py --only gallery   (every page, offscreen; no X server)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def tray_and_panel(tmp: Path) -> None:
    """The panel opened from a real tray icon, with the tray's context menu open."""
    from tests.e2e.xsession import wait_for, x_session

    with x_session() as x:
        x.start_tray_host()
        x.start_app(tmp / "tray-profile", "--demo", "--hidden", log=tmp / "tray.log")
        centre = wait_for(x.tray_icon_centre, 20, "the tray icon")
        assert isinstance(centre, tuple)
        time.sleep(2)  # let the first health check colour the icon
        x.click(*centre)
        wait_for(lambda: x.visible_windows("Deskmate –"), 20, "the panel")
        time.sleep(1.5)
        x.click(*centre, button=3)
        time.sleep(0.8)
        x.screenshot(OUT / "panel-and-tray.png")


def pages(tmp: Path) -> None:
    """Each page of the real Application, rendered offscreen with the demo profile."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["DESKMATE_POLICY"] = os.devnull
    from PySide6.QtWidgets import QApplication

    from desktop.app.translators import install_translators

    qapp = QApplication([])
    install_translators(qapp, "en")  # the English plural forms: "2 things need a look"
    app = _demo_app(qapp, tmp / "pages-profile")

    def settle(seconds: float = 1.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.02)
        app.runner.wait_for_done(15_000)
        qapp.processEvents()

    settle(3)
    app.window.show_page("health")
    settle(3)
    app.window.grab().save(str(OUT / "health.png"))
    app.window.show_page("apps")
    app.apps.search.setText("dropbox")
    settle()
    app.window.grab().save(str(OUT / "apps-search-dropbox.png"))
    app.window.show_page("help")
    page = app.help_page
    page.category.setCurrentIndex(page.category.findData("network"))
    page.summary.setText("VPN fails to connect")
    page.details.setPlainText("Since this morning the VPN says 'authentication failed'.")
    settle(3)
    app.window.grab().save(str(OUT / "help-form.png"))
    page.preview()
    settle(2)
    assert page.preview_dialog is not None
    page.preview_dialog.resize(900, 680)
    settle(0.5)
    page.preview_dialog.grab().save(str(OUT / "help-preview.png"))
    page.preview_dialog.accept()
    settle(3)
    app.window.grab().save(str(OUT / "help-sent.png"))
    app.window.show_page("requests")
    settle(2)
    app.window.grab().save(str(OUT / "my-requests.png"))
    app.window.show_page("home")
    settle()
    app.window.grab().save(str(OUT / "home.png"))
    app.shutdown()


def health_fix(tmp: Path) -> None:
    """A real self-fix: a request waits in the outbox because the helpdesk was down; once it
    is back, "Send now" delivers it and the check goes from "Needs a look" to "Fine"."""
    import socket

    from PySide6.QtWidgets import QApplication, QMessageBox

    from benchmarks.outbox_loopback import LoopbackReceiver
    from desktop.app.graph import Application
    from desktop.app.launch import branding_for
    from desktop.core import build_core
    from desktop.helpdesk.connector import RequestKind
    from desktop.helpdesk.request_form import RequestForm
    from desktop.policy import TomlPolicyFile
    from desktop.secrets import MemorySecretStore
    from ui.tray import TrayIcon

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy = tmp / "fix-policy.toml"
    policy.write_text(
        '[health]\ndisabled_checks = ["network.internet", "security.encryption", "system.cpu",'
        ' "security.updates"]\n[helpdesk]\nconnector = "webhook"\n'
        f'[helpdesk.webhook]\nurl = "http://127.0.0.1:{port}/hook"\n',
        encoding="utf-8",
    )
    secrets = MemorySecretStore()
    secrets.set("helpdesk.webhook.secret", "whsec_" + "c2NyZWVuc2hvdHMtb25seS1zZWNyZXQ=")
    core = build_core(
        tmp / "fix-profile", demo=True, policy_source=TomlPolicyFile(policy), secrets=secrets
    )
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    branding = branding_for(core)
    app = Application(
        qapp, core, argparse.Namespace(hidden=False, page=None), branding, TrayIcon(branding.accent)
    )
    form = RequestForm(RequestKind.REQUEST, "network", "VPN fails to connect")
    app.helpdesk.submit(app.helpdesk.build(form, ()))
    try:
        app.helpdesk.flush()  # nobody listens on the port yet: the request stays queued
    except Exception as exc:
        print("flush while down:", type(exc).__name__)
    outcome: list[str] = []
    app.health_page._confirm = lambda *_a: True  # type: ignore[method-assign]  # the "yes"
    app.health_page._inform = lambda _w, title, text: outcome.append(f"{title}\n\n{text}")  # type: ignore[method-assign]
    app.start()
    app.window.set_notice(app.demo_line())
    app.window.resize(1000, 720)
    app.window.show_page("health")
    _settle(qapp, app, 4)
    app.window.grab().save(str(OUT / "health-fix-before.png"))
    outbox = next(r for r in app.health_page.summary.results if r.id == "deskmate.outbox")  # type: ignore[union-attr]
    with LoopbackReceiver(port=port):
        app.health_page.start_fix(outbox)
        _settle(qapp, app, 4)
    app.window.grab().save(str(OUT / "health-fix-after.png"))
    box = QMessageBox(QMessageBox.Icon.Information, "Deskmate", outcome[-1] if outcome else "?")
    box.grab().save(str(OUT / "health-fix-result.png"))
    app.shutdown()


GALLERY_PAGES = ("home", "health", "apps", "help", "help-sent", "requests", "settings", "about")
SIZES = {"": (1000, 720), "-800x520": (800, 520)}


def _stand_in_flatpak(tmp: Path) -> None:
    """A stand-in flatpak (the tests' fake) with GIMP and Firefox installed, so the Apps page
    shows installed apps beside apps whose installer (apt through pkexec) is missing here."""
    bin_dir, state = tmp / "stand-in-bin", tmp / "stand-in-state"
    bin_dir.mkdir(exist_ok=True)
    state.mkdir(exist_ok=True)
    (bin_dir / "flatpak").symlink_to(ROOT / "tests" / "fakes" / "bin" / "flatpak")
    for package in ("org.gimp.GIMP", "org.mozilla.firefox"):
        (state / package).write_text("installed")
    os.environ.update({"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
                       "DESKMATE_FAKE_STATE": str(state),
                       "DESKMATE_FAKE_LOG": str(tmp / "stand-in.jsonl")})


def gallery(tmp: Path) -> None:
    """Every page in light and dark, at the usual size and at the 800×520 minimum."""
    _stand_in_flatpak(tmp)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["DESKMATE_POLICY"] = os.devnull
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from desktop.app.translators import install_translators
    from tests.ui.palettes import dark_palette

    qapp = QApplication.instance() or QApplication([])
    assert isinstance(qapp, QApplication)
    install_translators(qapp, "en")  # the English plural forms: "3 things", not "3 thing(s)"
    light = QPalette(qapp.style().standardPalette())
    for theme, base in (("light", light), ("dark", dark_palette())):
        app = _demo_app(qapp, tmp / f"gallery-{theme}", base)
        _settle(qapp, app, 3)
        for page in GALLERY_PAGES:
            _gallery_page(qapp, app, page)
            for suffix, (width, height) in SIZES.items():
                app.window.resize(width, height)
                _settle(qapp, app, 0.6)
                app.window.grab().save(str(OUT / f"gallery-{page}-{theme}{suffix}.png"))
            if page == "health":
                _health_fine_open(qapp, app, theme)
        app.shutdown()


def _health_fine_open(qapp: object, app: Any, theme: str) -> None:
    """Health with its "… things are fine" line opened: the figures of the fine rows."""
    from PySide6.QtWidgets import QScrollArea

    app.window.resize(*SIZES[""])
    fine = app.health_page.sections["fine"]
    fine.set_open(True)
    _settle(qapp, app, 0.6)
    scroll = app.health_page.findChild(QScrollArea)
    if scroll is not None:  # the opened line at the top, its rows below it
        top = fine.mapTo(scroll.widget(), fine.rect().topLeft()).y()
        scroll.verticalScrollBar().setValue(max(0, top - 8))
    _settle(qapp, app, 0.3)
    app.window.grab().save(str(OUT / f"gallery-health-fine-open-{theme}.png"))
    fine.set_open(False)


def _gallery_page(qapp: object, app: object, page: str) -> None:
    """Bring ``page`` up as a person would see it (the success state after a real send)."""
    window = app.window  # type: ignore[attr-defined]
    if page == "help-sent":
        form = app.help_page  # type: ignore[attr-defined]
        form.category.setCurrentIndex(form.category.findData("network"))
        form.summary.setText("VPN fails to connect")
        form.details.setPlainText("Since this morning the VPN says 'authentication failed'.")
        form.send()
        _settle(qapp, app, 3)
        return
    window.show_page(page)
    _settle(qapp, app, 3 if page == "health" else 1)


def _gate_and_deadline(app: Any) -> None:
    """A request update held during full screen, then summarised; a deadline put off."""
    from datetime import datetime, timedelta

    from desktop.attention.gate import Message, MessageKind
    from desktop.attention.signals import BusySignal, SignalName
    from desktop.deadlines.ledger import DeadlineEvent, EventKind

    gate = app.attention.gate
    full = BusySignal(SignalName.FULLSCREEN, True, "LibreOffice Impress is full screen")
    gate.offer(Message(MessageKind.REQUEST_UPDATE, "Your request was updated", "VPN"), [full])
    gate.release([])
    now = datetime.now().astimezone()
    app.deadlines.service.ledger.record(DeadlineEvent(
        "zoom", now, EventKind.DEFERRED, (now + timedelta(days=1)).replace(hour=9, minute=0),
        "Zoom"))
    app.runner.wait_for_done(10_000)


def activity(tmp: Path) -> None:
    """The Activity page after a request was delivered (by the "Send now" fix) to a loopback
    webhook, and the data inventory page."""
    import socket

    from PySide6.QtWidgets import QApplication

    from benchmarks.outbox_loopback import LoopbackReceiver
    from desktop.app.graph import Application
    from desktop.app.launch import branding_for
    from desktop.app.translators import install_translators
    from desktop.core import build_core
    from desktop.helpdesk.connector import RequestKind
    from desktop.helpdesk.request_form import RequestForm
    from desktop.policy import TomlPolicyFile
    from desktop.secrets import MemorySecretStore
    from ui.activity_model import ENTRY_ROLE
    from ui.tray import TrayIcon

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy = tmp / "activity-policy.toml"
    policy.write_text('[helpdesk]\nconnector = "webhook"\n'
                      f'[helpdesk.webhook]\nurl = "http://127.0.0.1:{port}/hook"\n',
                      encoding="utf-8")
    secrets = MemorySecretStore()
    secrets.set("helpdesk.webhook.secret", "whsec_" + "c2NyZWVuc2hvdHMtb25seS1zZWNyZXQ=")
    core = build_core(tmp / "activity-profile", demo=True, policy_source=TomlPolicyFile(policy),
                      secrets=secrets)
    qapp = QApplication.instance() or QApplication([])
    assert isinstance(qapp, QApplication)
    install_translators(qapp, "en")  # English plurals ("15 entries") under a C locale too
    branding = branding_for(core)
    app = Application(qapp, core, argparse.Namespace(hidden=False, page=None), branding,
                      TrayIcon(branding.accent))
    form = RequestForm(RequestKind.REQUEST, "network", "VPN fails to connect")
    app.helpdesk.submit(app.helpdesk.build(form, ()))
    app.start()
    app.window.set_notice(app.demo_line())
    app.window.resize(1000, 720)
    _settle(qapp, app, 3)
    with LoopbackReceiver(port=port):
        fixes = app.health.fixes
        fixes.apply(fixes.plan("deskmate.retry_outbox"))
        app.helpdesk.poll()
    _gate_and_deadline(app)
    app.window.show_page("activity")
    _settle(qapp, app, 2)
    page = app.activity_page
    model = page.model
    row = next(r for r in range(model.rowCount())
               if (e := model.index(r).data(ENTRY_ROLE)) and e.purpose == "delivery")
    page.list_view.setCurrentIndex(model.index(row))
    _settle(qapp, app, 0.5)
    app.window.grab().save(str(OUT / "activity.png"))
    app.window.show_page("data")
    _settle(qapp, app, 0.5)
    app.window.grab().save(str(OUT / "data-inventory.png"))
    app.shutdown()


def apps_german(tmp: Path) -> None:
    """The Apps page in German (app.language de): IT's localised demo catalogue entry."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from desktop.app.translators import install_translators

    qapp = QApplication.instance() or QApplication([])
    assert isinstance(qapp, QApplication)
    english = QLocale()
    install_translators(qapp, "de")
    app = _demo_app(qapp, tmp / "apps-de-profile", QPalette(qapp.style().standardPalette()))
    _settle(qapp, app, 3)
    app.window.show_page("apps")
    app.apps.show_app("company-files")
    _settle(qapp, app, 1.5)
    app.window.grab().save(str(OUT / "apps-german-localised-catalogue.png"))
    app.shutdown()
    _remove_translators(qapp, english)


def scaled(tmp: Path, scale: str) -> None:
    """Home and Health at a display scale (``--scale 2``: 200 %), as *-200.png."""
    os.environ["QT_SCALE_FACTOR"] = scale  # read once, before the QApplication exists
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["DESKMATE_POLICY"] = os.devnull
    from PySide6.QtWidgets import QApplication

    from desktop.app.translators import install_translators

    qapp = QApplication([])
    install_translators(qapp, "en")  # the English plural forms: "2 things need a look"
    app = _demo_app(qapp, tmp / "scaled-profile")
    suffix = f"-{round(float(scale) * 100)}"
    for page in ("home", "health"):
        app.window.show_page(page)
        _settle(qapp, app, 3)
        app.window.grab().save(str(OUT / f"{page}{suffix}.png"))
    app.shutdown()


# (language, theme, name suffix): the Done-when of issue 12 names these three.
LANGUAGE_SHOTS = (("en", "light", "en-light"), ("de", "dark", "de-dark"))
FRENCH_AT_200 = (("fr", "light", "fr-200"),)


def languages(tmp: Path, shots: tuple[tuple[str, str, str], ...] = LANGUAGE_SHOTS) -> None:
    """Home and Health with app.language set: English light, German dark; then French at
    200 % in a process of its own (QT_SCALE_FACTOR is read once, before the QApplication),
    and Apps in German with IT's localised catalogue entry."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from desktop.app.translators import install_translators
    from tests.ui.palettes import dark_palette

    qapp = QApplication.instance() or QApplication([])
    assert isinstance(qapp, QApplication)
    install_translators(qapp, "en")  # the English plural forms: "3 things", not "3 thing(s)"
    light = QPalette(qapp.style().standardPalette())
    english = QLocale()
    for language, theme, name in shots:
        install_translators(qapp, language)
        base = dark_palette() if theme == "dark" else light
        _language_pages(qapp, tmp / f"lang-{name}", base, name)
        _remove_translators(qapp, english)
    if shots == LANGUAGE_SHOTS:
        subprocess.run([sys.executable, __file__, "--only", "languages-fr-200"], check=True)
        apps_german(tmp)


def french_at_200(tmp: Path) -> None:
    """Home and Health in French at 200 % (run by ``languages`` in a process of its own)."""
    os.environ["QT_SCALE_FACTOR"] = "2"
    languages(tmp, FRENCH_AT_200)


def _remove_translators(qapp: Any, english: Any) -> None:
    """Back to English for the next shot: every translator goes (English is the source)."""
    from PySide6.QtCore import QLocale, QTranslator

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(english)


def _demo_app(qapp: Any, profile: Path, base: Any = None) -> Any:
    """The demo Application (offscreen has no tray: the demo line shows in the panel) in the
    installed language, its palette built on ``base`` (default: the style's light one)."""
    from desktop.app.graph import Application
    from desktop.app.launch import branding_for
    from desktop.core import build_core
    from desktop.secrets import MemorySecretStore
    from ui.theme import accent_palette, style_sheet
    from ui.tray import TrayIcon

    core = build_core(profile, demo=True, secrets=MemorySecretStore())
    branding = branding_for(core)
    if base is None:
        from PySide6.QtGui import QPalette

        base = QPalette(qapp.style().standardPalette())
    palette = accent_palette(branding.accent, base)
    qapp.setPalette(palette)
    qapp.setStyleSheet(style_sheet(branding.accent, palette))
    app = Application(qapp, core, argparse.Namespace(hidden=False, page=None), branding,
                      TrayIcon(branding.accent))
    app.start()
    app.window.set_notice(app.demo_line())
    app.window.resize(1000, 720)
    return app


def _language_pages(qapp: Any, profile: Path, base: Any, name: str) -> None:
    app = _demo_app(qapp, profile, base)
    _settle(qapp, app, 3)
    for page in ("health", "home"):  # Health first: Home then shows its result
        app.window.show_page(page)
        _settle(qapp, app, 4 if page == "health" else 1)
        app.window.grab().save(str(OUT / f"language-{page}-{name}.png"))
    app.shutdown()


def _settle(qapp: object, app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        qapp.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)
    app.runner.wait_for_done(15_000)  # type: ignore[attr-defined]
    qapp.processEvents()  # type: ignore[attr-defined]


def main(only: str = "") -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="deskmate-shots-") as tmp:
        if only:  # just these, without the tray and X server
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            os.environ["DESKMATE_POLICY"] = os.devnull
            ONLY[only](Path(tmp))
            return 0
        tray_and_panel(Path(tmp))
        pages(Path(tmp))
        gallery(Path(tmp))
        health_fix(Path(tmp))
        activity(Path(tmp))
        languages(Path(tmp))
    print("\n".join(sorted(str(p.relative_to(ROOT)) for p in OUT.glob("*.png"))))
    return 0


# --only NAME: offscreen, no X server
ONLY = {"activity": activity, "apps-de": apps_german, "languages": languages,
        "languages-fr-200": french_at_200, "gallery": gallery}

if __name__ == "__main__":
    if sys.argv[1:2] == ["--only"] and sys.argv[2:3] and sys.argv[2] in ONLY:
        sys.exit(main(sys.argv[2]))
    if sys.argv[1:2] == ["--scale"]:  # Home and Health only, offscreen: --scale 2 for 200 %
        OUT.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="deskmate-shots-") as tmp:
            scaled(Path(tmp), sys.argv[2])
        sys.exit(0)
    shutil.which("Xvfb") or sys.exit("Xvfb missing: run `make test` once as root first")
    sys.exit(main())
