"""Ledger entries for the health checks' own probes (clock check, endpoints, proxy)."""

from __future__ import annotations

from desktop.activity.ledger import Ledger
from desktop.activity.network_entry import network_entry
from desktop.network.call_record import CallRecord, Why
from diagnostics.http_probe import make_tcp_connect
from diagnostics.network import NetworkProbes
from diagnostics.probe_record import ProbeRecord


def probe_call(probe: ProbeRecord) -> CallRecord:
    """A probe as a call record, so it is worded and stored like every other call."""
    return CallRecord(f"health:{probe.purpose}", Why(probe.purpose), probe.method, probe.host,
                      probe.port, probe.result, probe.status, 0, probe.bytes_received,
                      probe.seconds, "", 0)


class ProbeLedger:
    """The diagnostics' :data:`~diagnostics.probe_record.ProbeRecorder` that writes the ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def __call__(self, probe: ProbeRecord) -> None:
        self._ledger.record(network_entry(probe_call(probe)))


def recorded_network_probes(ledger: Ledger) -> NetworkProbes:
    """The real network probes, each of which leaves an entry in ``ledger``."""
    recorder = ProbeLedger(ledger)
    return NetworkProbes(tcp_connect=make_tcp_connect(recorder), recorder=recorder)
