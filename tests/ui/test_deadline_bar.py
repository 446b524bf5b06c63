"""The deadline bar: concrete choices (never "Later"), what happens when, and the countdown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from desktop.deadlines.obligation import Deferral, Obligation, OptionKind
from ui.deadline_bar import DeadlineBar

MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
FRIDAY_17 = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)


def zoom(used: int, enforce: bool = True) -> Obligation:
    return Obligation("zoom", MONDAY_10, FRIDAY_17, 3, used, enforce)


def test_the_prompt_says_what_happens_and_when(qtbot: QtBot) -> None:
    bar = DeadlineBar()
    qtbot.addWidget(bar)
    bar.show_prompt("zoom", "Zoom", zoom(used=1), MONDAY_10)
    assert bar.text.text() == ("IT needs <b>Zoom</b> on this computer. You can put this off 2 "
                               "more times; it will install on Friday at 17:00 if not done.")
    assert bar.choice_labels() == ["In 1 hour", "Tonight at 18:00", "Tomorrow morning"]
    assert "Later" not in " ".join(bar.choice_labels())
    assert bar.now_button.text() == "Install now"


def test_the_count_goes_down_to_no_choices(qtbot: QtBot) -> None:
    bar = DeadlineBar()
    qtbot.addWidget(bar)
    bar.show_prompt("zoom", "Zoom", zoom(used=2), MONDAY_10)
    assert "You can put this off once more;" in bar.text.text()
    bar.show_prompt("zoom", "Zoom", zoom(used=3, enforce=False), MONDAY_10)
    assert bar.choice_labels() == []
    assert ("You cannot put this off again; from Friday at 17:00 it shows as a problem on the "
            "Health page.") in bar.text.text()


def test_a_choice_is_announced_with_its_time(qtbot: QtBot) -> None:
    bar = DeadlineBar()
    qtbot.addWidget(bar)
    bar.show_prompt("zoom", "Zoom", zoom(used=0), MONDAY_10)
    buttons = [b for b in bar.findChildren(type(bar.now_button)) if b.text() == "Tonight at 18:00"]
    with qtbot.waitSignal(bar.deferral_chosen) as chosen:
        buttons[0].click()
    assert chosen.args == ["zoom", Deferral(OptionKind.TONIGHT, MONDAY_10.replace(hour=18))]
    assert bar.isHidden()


def test_the_countdown_offers_do_it_now(qtbot: QtBot) -> None:
    bar = DeadlineBar()
    qtbot.addWidget(bar)
    bar.show_countdown("zoom", "Zoom", timedelta(minutes=4, seconds=32))
    assert bar.text.text().startswith("<b>Zoom</b> installs in 4:32")
    assert bar.choice_labels() == []
    with qtbot.waitSignal(bar.install_now_requested) as asked:
        bar.now_button.click()
    assert asked.args == ["zoom"]
