"""Plain words for the activity entries of the attention gate and of deadlines."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from desktop.activity.entry import ActivityEntry, ActivityKind
from desktop.deadlines.restart import RESTART_PREFIX
from desktop.deadlines.update import UPDATE_SUFFIX
from ui.locale_format import date_time


class ActivityWords(QObject):
    """What the gate decided and what a deadline did, said for the Activity page."""

    def words(self, entry: ActivityEntry) -> str:
        if entry.kind is ActivityKind.ATTENTION:
            return self._attention(entry)
        return self._deadline(entry)

    def details(self, entry: ActivityEntry) -> str:
        """The second line: why a message was held or badged, what held the summary."""
        if entry.kind is not ActivityKind.ATTENTION:
            return ""
        if entry.purpose == "summary":
            return self.tr("held for: {signals}").format(
                signals=", ".join(self._signal(s) for s in entry.detail.get("held_for", ())))
        if entry.purpose in ("hold", "badge"):
            return self.tr("because: {why}").format(why="; ".join(
                self._reason(str(r)) for r in entry.detail.get("reasons", ())))
        return ""

    def _attention(self, entry: ActivityEntry) -> str:
        kind = self._message_kind(str(entry.detail.get("message_kind", "")))
        if entry.purpose == "summary":
            count = int(entry.detail.get("count", 0))
            if count == 1:
                return self.tr("Showed a held message once you were free")
            return self.tr("Showed {count} held messages as one summary").format(count=count)
        words = {
            "show": self.tr("Showed as a notification: {kind}"),
            "badge": self.tr("Marked the tray icon, without a pop-up: {kind}"),
            "hold": self.tr("Held until you were free: {kind}"),
        }.get(entry.purpose, entry.summary)
        return words.format(kind=kind)

    def _deadline(self, entry: ActivityEntry) -> str:
        duty = str(entry.detail.get("app_id", ""))
        if duty.startswith(RESTART_PREFIX):
            return self._restart(entry)
        app = str(entry.detail.get("name") or duty.removesuffix(UPDATE_SUFFIX))  # old: the id
        if duty.endswith(UPDATE_SUFFIX):
            return self._update(entry, app)
        words = {
            "deferred": self.tr("You put off the install of {app} until {until}"),
            "started_now": self.tr("You started the install of {app} before its deadline"),
            "enforced": self.tr("Installed {app} at its deadline, as IT requires"),
            "became_problem": self.tr("The deadline for {app} passed; it waits for you"),
            "daily_prompt": self.tr("{app} is required: a reminder now comes once a day"),
            "last_day": self.tr("{app} is due within 24 hours: the Home banner stays"),
            "prompted": self.tr("Reminded you that IT needs {app}"),
            "done": self.tr("{app} is installed; its deadline is met"),
        }.get(entry.purpose, entry.summary)
        return words.format(app=app, until=_when(entry.detail.get("until")))

    def _update(self, entry: ActivityEntry, app: str) -> str:
        words = {
            "deferred": self.tr("You put off the update of {app} until {until}"),
            "started_now": self.tr("You started the update of {app} before its deadline"),
            "enforced": self.tr("Updated {app} at its deadline, as IT requires"),
            "became_problem": self.tr("The deadline for the update of {app} passed"),
            "daily_prompt": self.tr("{app} needs an update: a reminder now comes once a day"),
            "last_day": self.tr("The update of {app} is due within 24 hours"),
            "prompted": self.tr("Reminded you that IT needs {app} updated"),
            "done": self.tr("The update of {app} is installed"),
        }.get(entry.purpose, entry.summary)
        return words.format(app=app, until=_when(entry.detail.get("until")))

    def _restart(self, entry: ActivityEntry) -> str:
        words = {
            "deferred": self.tr("You put off the restart after updates until {until}"),
            "started_now": self.tr("You restarted this computer before its deadline"),
            "enforced": self.tr("Restarted this computer at its deadline, as IT requires"),
            "became_problem": self.tr("The restart deadline passed; it waits for you"),
            "daily_prompt": self.tr("A restart is needed: a reminder now comes once a day"),
            "last_day": self.tr("The restart is due within 24 hours: the Home banner stays"),
            "prompted": self.tr("Reminded you that IT needs this computer restarted"),
        }.get(entry.purpose, entry.summary)
        return words.format(until=_when(entry.detail.get("until")))

    def _message_kind(self, kind: str) -> str:
        return {
            "outage": self.tr("notice of an outage"),
            "announcement": self.tr("announcement from IT"),
            "request_update": self.tr("request update"),
            "nudge": self.tr("suggestion of an approved app"),
            "install_result": self.tr("install result"),
            "check_result": self.tr("health check result"),
            "restart_prompt": self.tr("restart reminder"),
            "required_install": self.tr("reminder of a required install"),
            "update_prompt": self.tr("reminder of an update"),
            "background_error": self.tr("report of a background error"),
        }.get(kind, kind)

    def _signal(self, name: str) -> str:
        return {
            "do_not_disturb": self.tr("do not disturb was on"),
            "fullscreen": self.tr("a window was in full screen"),
            "camera": self.tr("the camera was in use"),
            "microphone": self.tr("the microphone was in use"),
            "screen_sharing": self.tr("your screen was shared"),
            "quiet_hours": self.tr("quiet hours"),
        }.get(name, name)

    def _reason(self, reason: str) -> str:
        """``"camera: in use by zoom"`` as the signal in words and what the detector saw."""
        name, _, seen = reason.partition(": ")
        return f"{self._signal(name)} ({seen})" if seen else self._signal(name)


def _when(value: object) -> str:
    """A stored time in the person's locale ("04/12/2026 18:00", "04.12.26 18:00")."""
    if not value:
        return "–"
    return date_time(datetime.fromisoformat(str(value)))
