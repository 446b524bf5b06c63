"""Parse the IPv4 routing table of Linux (/proc/net/route), Windows and macOS."""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys
from collections.abc import Callable
from typing import NamedTuple

from diagnostics.command import CommandError, RunCommand, run_command


class Route(NamedTuple):
    destination: str  # CIDR, e.g. "0.0.0.0/0"
    gateway: str  # an address, or "" when on-link
    interface: str  # a name (Linux, macOS) or the interface's address (Windows)

    @property
    def is_default(self) -> bool:
        return self.destination == "0.0.0.0/0"


def _hex_ip(value: str) -> str:
    return socket.inet_ntoa(struct.pack("<L", int(value, 16)))


def parse_proc_net_route(text: str) -> list[Route]:
    routes = []
    for line in text.splitlines()[1:]:
        cols = line.split()
        if len(cols) < 8:
            continue
        dest, gateway, mask = _hex_ip(cols[1]), _hex_ip(cols[2]), _hex_ip(cols[7])
        prefix = ipaddress.IPv4Network(f"{dest}/{mask}", strict=False).prefixlen
        routes.append(Route(f"{dest}/{prefix}", "" if gateway == "0.0.0.0" else gateway, cols[0]))
    return routes


def parse_route_print(text: str) -> list[Route]:
    """``route print -4`` on Windows: the rows of the "Active Routes" table."""
    routes, active = [], False
    for line in text.splitlines():
        if line.strip().startswith("Active Routes"):
            active = True
            continue
        if active and (line.startswith("=") or "Persistent Routes" in line):
            break
        cols = line.split()
        if not active or len(cols) != 5 or not cols[0][0].isdigit():
            continue
        net = ipaddress.IPv4Network(f"{cols[0]}/{cols[1]}", strict=False)
        gateway = "" if cols[2].lower() == "on-link" else cols[2]
        routes.append(Route(str(net), gateway, cols[3]))
    return routes


def _bsd_destination(dest: str) -> str:
    if dest == "default":
        return "0.0.0.0/0"
    addr, _, bits = dest.partition("/")
    octets = addr.split(".")
    prefix = int(bits) if bits else 8 * len(octets)
    padded = ".".join(octets + ["0"] * (4 - len(octets)))
    return str(ipaddress.IPv4Network(f"{padded}/{prefix}", strict=False))


def parse_netstat_rn(text: str) -> list[Route]:
    """``netstat -rn -f inet`` on macOS: destination, gateway, flags, interface."""
    routes = []
    for line in text.splitlines():
        cols = line.split()
        if len(cols) < 4 or cols[0] in ("Destination", "Routing", "Internet:"):
            continue
        try:
            dest = _bsd_destination(cols[0].split("%")[0])
        except ValueError:
            continue
        gateway = cols[1] if cols[1][:1].isdigit() else ""
        routes.append(Route(dest, gateway, cols[3]))
    return routes


def read_routes(platform: str = sys.platform, run: RunCommand = run_command,
                read_file: Callable[[str], str] | None = None) -> list[Route]:
    """This machine's IPv4 routes; empty if the table cannot be read."""
    try:
        if platform.startswith("linux"):
            reader = read_file or _read_text
            return parse_proc_net_route(reader("/proc/net/route"))
        if platform == "win32":
            return parse_route_print(run(["route", "print", "-4"], 3.0).stdout)
        return parse_netstat_rn(run(["netstat", "-rn", "-f", "inet"], 3.0).stdout)
    except (OSError, CommandError):
        return []


def _read_text(path: str) -> str:
    with open(path, encoding="ascii", errors="replace") as handle:
        return handle.read()
