"""Ledger entries for outbound network calls, worded for the Activity page."""

from __future__ import annotations

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import Ledger
from desktop.network.call_record import CallRecord

# Why a call was made, in words, by purpose (the client's) or reason (the caller's).
_WORDS = {
    "catalogue": "Checked the app catalogue for updates",
    "installer": "Downloaded an installer",
    "reachability": "Checked that the helpdesk can be reached",
    "delivery": "Sent your help request to IT",
    "reply": "Sent your reply to IT",
    "rating": "Sent your rating to IT",
    "status poll": "Asked IT for the status of your request",
    "clock check": "Compared this computer's clock with a company server",
    "health probe": "Checked a connection for a health check",
}



def call_purpose(record: CallRecord) -> str:
    """The most telling name for why the call was made."""
    return record.why.what if record.why else record.purpose.split(":")[0]


def network_entry(record: CallRecord) -> NewEntry:
    purpose = call_purpose(record)
    words = _WORDS.get(purpose, "Contacted a server")
    detail: dict[str, object] = {
        "client_purpose": record.purpose, "method": record.method, "port": record.port,
        "result": record.result, "status": record.status, "bytes_sent": record.bytes_sent,
        "bytes_received": record.bytes_received, "seconds": record.seconds}
    if record.body_sha256:
        detail["body_sha256"] = record.body_sha256
        detail["body_bytes"] = record.body_bytes
    if record.why and record.why.about:
        detail["request_key"] = record.why.about
    return NewEntry(ActivityKind.NETWORK, purpose, words, host=record.host, detail=detail)


class NetworkLedger:
    """The :data:`~desktop.network.call_record.CallRecorder` that writes the ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def __call__(self, record: CallRecord) -> None:
        self._ledger.record(network_entry(record))
