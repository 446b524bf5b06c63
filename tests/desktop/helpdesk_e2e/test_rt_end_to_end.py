"""The deskmate CLI into the real Request Tracker 5: send, read back, crash mid-flush, outage."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import struct
import subprocess
import time
import uuid
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.helpdesk.connector import Attachment, RequestKind, TicketPayload
from desktop.helpdesk.context import failing_first
from desktop.helpdesk.html_text import html_text
from desktop.helpdesk.os_name import os_name
from desktop.helpdesk.outbox import Outbox
from desktop.paths import ProfilePaths
from diagnostics.result import Status
from tests.desktop.helpdesk_e2e.conftest import Deskmate, RtReader, RtServer, write_policy

pytestmark = [pytest.mark.rt, pytest.mark.slow]

SUMMARY_PREFIXES = ("Who: ", "Device: ", "OS: ", "What fails: ", "Since when: ",
                    "What was tried: ", "Screenshot: ", "Urgency: ")


def make_png(width: int, height: int, seed: int) -> bytes:
    """A valid RGB PNG of seeded random pixels: nothing compresses away, any byte can occur."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rng = random.Random(seed)
    rows = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def rt(rt_server: RtServer) -> RtReader:
    return RtReader(rt_server)


@pytest.fixture
def policy(tmp_path: Path, rt_server: RtServer) -> Path:
    path = tmp_path / "policy.toml"
    write_policy(path, rt_server.url)
    return path


@pytest.fixture
def deskmate(tmp_path: Path, keyring_env: dict[str, str], policy: Path,
             rt_server: RtServer) -> Deskmate:
    """The CLI with the RT policy, its token stored by ``deskmate secret set`` in the keyring."""
    cli = Deskmate(tmp_path / "profile", {**keyring_env, "DESKMATE_POLICY": str(policy)})
    stored = cli.run("secret", "set", "helpdesk.rt.token", stdin=rt_server.token + "\n")
    assert "helpdesk.rt.token" in stored.stdout
    return cli


def outbox_list(cli: Deskmate) -> dict[str, dict[str, Any]]:
    entries = json.loads(cli.run("outbox", "list", "--json").stdout)
    return {e["key"]: e for e in entries}


def the_ticket(rt: RtReader, key: str) -> str:
    (tickets,) = rt.tickets_by_key([key]).values()
    assert len(tickets) == 1, (key, tickets)
    return tickets[0]


def test_request_with_diagnostics_and_screenshot_lands_in_rt_and_reads_back(
    deskmate: Deskmate, rt: RtReader, rt_server: RtServer, tmp_path: Path
) -> None:
    png = make_png(120, 80, seed=5)
    shot = tmp_path / "shot.png"
    shot.write_bytes(png)
    details = "Since this morning the VPN client says 'handshake failed'. Restarted twice."

    done = deskmate.run("request", "--category", "network", "--summary",
                        "VPN fails to connect", "--details", details, "--attach-diagnostics",
                        "--screenshot", str(shot), "--yes", "--json")

    payload = json.loads(done.stdout)
    key = payload["idempotency_key"]
    ticket_id = the_ticket(rt, key)
    assert f"Request {key} sent as #{ticket_id}." in done.stderr
    ticket = rt.rest("GET", f"/ticket/{ticket_id}")
    assert ticket["Subject"] == payload["subject"]
    # the device is the summary's second answer; the subject is the problem alone
    assert ticket["Subject"] == "[Deskmate] VPN fails to connect"
    assert socket.gethostname() not in ticket["Subject"]
    assert ticket["Queue"]["id"] == "1"  # General
    files = rt.attachments(ticket_id)
    body_id = next(a["id"] for a in files  # rich: RT shows the summary as a table
                   if a["ContentType"] == "text/html" and not a.get("Filename"))
    body = html_text(rt.content(body_id).decode("utf-8"))  # the words an agent reads
    lines = body.splitlines()
    assert [line.split(": ")[0] + ": " for line in lines[:8]] == list(SUMMARY_PREFIXES)
    assert lines[2] == f"OS: {os_name()}"  # as people say it, not a kernel string
    assert lines[3].startswith("What fails: VPN fails to connect")
    assert "system." not in lines[3]  # check titles, not check ids
    assert "network." not in lines[3]
    assert "last restart" in lines[4]  # from the health timeline the request carries
    assert lines[6].startswith("Screenshot: attached as screenshot.png (120×80")
    assert lines[7] == "Urgency: Normal – it slows me down"
    assert details in body
    by_name = {a["Filename"]: a["id"] for a in files if a.get("Filename")}
    assert {"report.html", "diagnostics.json", "timeline.json", "screenshot.png"} <= (
        by_name.keys())
    assert b"<script" not in rt.content(by_name["report.html"])
    assert rt.content(by_name["screenshot.png"]) == png
    checks = json.loads(rt.content(by_name["diagnostics.json"]))["checks"]
    assert {"system.os", "system.cpu"} <= {c["id"] for c in checks}
    assert {c["status"] for c in checks} <= {s.value for s in Status}
    assert failing_first(checks) == checks  # the failing checks come first
    sent = outbox_list(deskmate)[key]
    assert (sent["state"], sent["remote_id"]) == ("sent", ticket_id)
    assert sent["remote_url"] == f"{rt_server.url}/Ticket/Display.html?id={ticket_id}"
    assert f"#{ticket_id}" in deskmate.run("outbox", "list").stdout


def _payload(key: str, screenshot: bytes) -> TicketPayload:
    return TicketPayload(
        idempotency_key=key, kind=RequestKind.REQUEST,
        subject=f"[Deskmate] crash test {key[:8]}",
        body="Who: Ada\nDevice: laptop-042\nWhat is failing: VPN\nWhat was tried: nothing\n"
             "Urgency: normal", category="network", urgency="normal",
        requester={"account": "ada"},
        attachments=(Attachment("screenshot.png", "image/png", screenshot),),
    )


def _states(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as db:
        return dict(db.execute("SELECT state, COUNT(*) FROM helpdesk_outbox GROUP BY state"))


def _wait_for_sending(database: Path, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while _states(database).get("sending", 0) == 0:
        assert time.monotonic() < deadline, "the flush never claimed a request"
        assert child.poll() is None, child.communicate()
        time.sleep(0.01)


def _lock_outbox(database: Path) -> tuple[sqlite3.Connection, str]:
    """Take the outbox's write lock; returns it and the key of the request in flight."""
    blocker = sqlite3.connect(database, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    row = blocker.execute("SELECT key FROM helpdesk_outbox WHERE state = 'sending'").fetchone()
    assert row is not None, "the delivery finished before the lock was taken; RT is too fast"
    return blocker, str(row[0])


def _wait_for_ticket(rt: RtReader, key: str, child: subprocess.Popen[str]) -> str:
    deadline = time.monotonic() + 30
    while not (found := rt.tickets_by_key([key])[key]):
        assert time.monotonic() < deadline, "the flush never created a ticket"
        assert child.poll() is None, child.communicate()
        time.sleep(0.05)
    return found[0]


def test_kill_9_mid_flush_then_restart_creates_each_ticket_exactly_once(
    deskmate: Deskmate, rt: RtReader
) -> None:
    """The worst moment to die: RT has made the ticket, the outbox has not recorded it. A
    write lock held on the outbox keeps the flush in exactly that window until the kill."""
    database = ProfilePaths.resolve(deskmate.profile).database_file
    outbox = Outbox(database)
    screenshot = make_png(100, 60, seed=9)
    keys = [outbox.enqueue(_payload(str(uuid.uuid4()), screenshot)).key for _ in range(6)]
    outbox.close()

    with deskmate.started("outbox", "flush") as child:
        _wait_for_sending(database, child)
        blocker, first = _lock_outbox(database)  # now the flush cannot record the delivery
        try:
            first_ticket = _wait_for_ticket(rt, first, child)
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=10)
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
    assert child.returncode == -signal.SIGKILL
    assert _states(database) == {"sending": 1, "queued": len(keys) - 1}
    assert rt.count_with_keys(keys) == 1

    restarted = deskmate.run("outbox", "flush")

    assert f"sent {len(keys)}, retrying later 0, failed 0, still queued 0" in restarted.stdout
    tickets = rt.tickets_by_key(keys)
    assert all(len(ids) == 1 for ids in tickets.values()), tickets  # each exactly once
    assert tickets[first] == [first_ticket]  # found again, not created again
    entries = outbox_list(deskmate)
    for key in keys:
        assert (entries[key]["state"], entries[key]["remote_id"]) == ("sent", tickets[key][0])
    assert _states(database) == {"sent": len(keys)}


def test_backend_down_then_up_delivers_exactly_once(
    deskmate: Deskmate, rt: RtReader, rt_server: RtServer, policy: Path
) -> None:
    write_policy(policy, f"http://127.0.0.1:{free_port()}")  # nothing listens there

    done = deskmate.run("request", "--category", "network", "--summary", "Printer offline",
                        "--no-log", "--yes", "--json")
    key = json.loads(done.stdout)["idempotency_key"]
    assert f"Request {key} queued (waiting: Request Tracker cannot be reached" in done.stderr
    down = deskmate.run("outbox", "flush", "--all")
    assert "sent 0, retrying later 1, failed 0, still queued 1" in down.stdout
    waiting = outbox_list(deskmate)[key]
    assert (waiting["state"], waiting["attempts"]) == ("queued", 2)
    assert "cannot be reached" in waiting["last_error"]
    assert rt.tickets_by_key([key]) == {key: []}

    write_policy(policy, rt_server.url)
    not_due = deskmate.run("outbox", "flush")  # backing off: a plain flush leaves it waiting
    assert "sent 0, retrying later 0, failed 0, still queued 1" in not_due.stdout
    up = deskmate.run("outbox", "flush", "--all")
    assert "sent 1, retrying later 0, failed 0, still queued 0" in up.stdout
    again = deskmate.run("outbox", "flush", "--all")
    assert "sent 0" in again.stdout

    ticket_id = the_ticket(rt, key)
    sent = outbox_list(deskmate)[key]
    assert (sent["state"], sent["remote_id"], sent["last_error"]) == ("sent", ticket_id, None)
    assert sent["attempts"] == 3


def test_the_requester_from_policy_becomes_rts_requestor(
    tmp_path: Path, keyring_env: dict[str, str], rt_server: RtServer, rt: RtReader
) -> None:
    """Without a Requestor, agent replies in RT reached nobody."""
    policy = tmp_path / "requester-policy.toml"
    policy.write_text(f'[helpdesk]\nconnector = "rt"\nrequester_email_template = '
                      f'"{{account}}@acme.example"\n\n[helpdesk.rt]\nurl = "{rt_server.url}"\n'
                      'queue = "General"\n', encoding="utf-8")
    cli = Deskmate(tmp_path / "profile", {**keyring_env, "DESKMATE_POLICY": str(policy)})
    cli.run("secret", "set", "helpdesk.rt.token", stdin=rt_server.token + "\n")
    done = cli.run("request", "--category", "network", "--summary", "Reply to me", "--yes",
                   "--json")
    payload = json.loads(done.stdout)
    account = payload["requester"]["account"]
    assert payload["requester"]["email"] == f"{account.lower()}@acme.example"
    ticket = rt.rest("GET", f"/ticket/{the_ticket(rt, payload['idempotency_key'])}")
    assert [r["id"] for r in ticket["Requestor"]] == [f"{account.lower()}@acme.example"]


def test_an_agents_reply_in_rt_reaches_requests_show(deskmate: Deskmate, rt: RtReader) -> None:
    done = deskmate.run("request", "--category", "network", "--summary", "Printer jams",
                        "--yes", "--json")
    key = json.loads(done.stdout)["idempotency_key"]
    ticket_id = the_ticket(rt, key)
    rt.agent_reply(ticket_id, "<p>Hello, please <b>open tray 2</b> and try again.</p>")

    polled = json.loads(deskmate.run("requests", "poll", "--json").stdout)
    assert [c["last_message"] for c in polled if c["key"] == key] == [
        "Hello, please open tray 2 and try again."]
    shown = json.loads(deskmate.run("requests", "show", key, "--json").stdout)
    assert shown["title"] == "Printer jams"  # no device name in titles
    you, agent = shown["thread"]
    assert you["author"] == "you"
    assert you["text"].startswith("Who: ")
    assert (agent["author"], agent["author_name"]) == ("it", "root")
    assert agent["text"] == "Hello, please open tray 2 and try again."
    # RT's own time of its newest change (the reply, or the status change the reply caused a
    # second later), never the poll's
    rt_updated = rt.rest("GET", f"/ticket/{ticket_id}")["LastUpdated"]
    assert shown["last_update"] == datetime.fromisoformat(rt_updated).isoformat()
    assert shown["last_update"] >= agent["at"]
    text = deskmate.run("requests", "show", key).stdout
    assert "IT (root)" in text
    assert "open tray 2" in text
    listed = json.loads(deskmate.run("requests", "list", "--json").stdout)
    assert listed[0]["key"] == key  # the most recently updated first
