"""``deskmate attention status``: the busy signals and the gate's answer for each message kind."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.attention.gate import AttentionGate, Decision, MessageKind
    from desktop.attention.signals import BusySignal
    from desktop.core import Core


def register(sub: Any) -> None:
    parser = sub.add_parser("attention", help="why Deskmate shows, badges or holds its messages")
    actions = parser.add_subparsers(dest="attention_action", required=True, metavar="ACTION")
    status = actions.add_parser("status", help="busy signals and the decision for each message")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    from desktop.attention.detectors import build_detectors, quiet_hours
    from desktop.attention.gate import AttentionGate
    from desktop.attention.signals import sample

    def clock() -> datetime:
        return datetime.now().astimezone()

    quiet = quiet_hours(core_factory().settings)
    signals = sample(build_detectors(quiet, clock))
    decisions = _decisions(AttentionGate(quiet, clock), signals)
    if args.json:
        print(json.dumps(_as_json(signals, decisions), indent=2))
    else:
        _print(signals, decisions)
    return 0


def _decisions(
    gate: AttentionGate, signals: tuple[BusySignal, ...]
) -> dict[MessageKind, Decision]:
    from desktop.attention.gate import Message, MessageKind

    return {kind: gate.decide(Message(kind, "", ""), signals) for kind in MessageKind}


def _as_json(
    signals: tuple[BusySignal, ...], decisions: dict[MessageKind, Decision]
) -> dict[str, Any]:
    return {
        "busy": any(s.active for s in signals),
        "signals": {s.name.value: {"active": s.active, "reason": s.reason} for s in signals},
        "decisions": {kind.value: {"verdict": d.verdict.value, "reasons": list(d.reasons),
                                   "until": d.until.isoformat() if d.until else None}
                      for kind, d in decisions.items()},
    }


def _print(signals: tuple[BusySignal, ...], decisions: dict[MessageKind, Decision]) -> None:
    print("Signals:")
    for s in signals:
        print(f"  {s.name.value:<16} {'BUSY' if s.active else 'no':<5} {s.reason}")
    print("Decisions:")
    for kind, d in decisions.items():
        until = f" until {d.until:%a %H:%M}" if d.until else ""
        print(f"  {kind.value:<16} {d.verdict.value}{until}: {'; '.join(d.reasons)}")
