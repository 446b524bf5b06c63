"""kill -9 in the middle of a flush, then a restart: every request arrives exactly once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.outbox_loopback import LoopbackReceiver
from desktop.helpdesk.connector import TicketPayload
from desktop.helpdesk.outbox import DeliveryState, Outbox

DRIVER = """
import sys
from pathlib import Path
import requests
from desktop.helpdesk.connectors.webhook import WebhookConnector
from desktop.helpdesk.outbox import Outbox

outbox = Outbox(Path(sys.argv[1]))
with requests.Session() as session:
    report = outbox.flush(WebhookConnector(sys.argv[2], session, "whsec_QUJDREVGR0hJSktMTU5PUA=="))
print(report.sent, report.retrying, report.failed)
"""
ROOT = Path(__file__).resolve().parents[3]


def _driver(database: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", DRIVER, str(database), url], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_kill_9_mid_flush_then_restart_delivers_each_request_once(
    tmp_path: Path, make_payload: Callable[..., TicketPayload]
) -> None:
    database = tmp_path / "deskmate.sqlite3"
    outbox = Outbox(database)
    keys = {outbox.enqueue(make_payload()).key for _ in range(12)}
    outbox.close()
    with LoopbackReceiver(delay=0.15) as receiver:
        child = _driver(database, receiver.url)
        deadline = time.monotonic() + 20
        while len(receiver.log.deliveries) < 4:
            assert time.monotonic() < deadline, "the driver never got going"
            assert child.poll() is None, child.communicate()
            time.sleep(0.01)
        time.sleep(0.05)  # the next request is in flight
        os.kill(child.pid, signal.SIGKILL)
        child.communicate()
        assert child.returncode == -signal.SIGKILL
        with sqlite3.connect(database) as db:
            states = dict(db.execute("SELECT state, COUNT(*) FROM helpdesk_outbox GROUP BY state"))
        assert states.get("queued", 0) > 0, states  # the kill really came mid-flush
        restarted = _driver(database, receiver.url)
        _out, err = restarted.communicate(timeout=60)
        assert restarted.returncode == 0, err
    assert receiver.log.unique() == keys  # nothing lost
    resent = len(receiver.log.deliveries) - len(keys)
    assert resent <= 1  # at most the one in flight was resent, under the same webhook-id
    final = Outbox(database)
    assert all(e.state is DeliveryState.SENT for e in final.list())
    final.close()
