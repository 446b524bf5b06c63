"""Parsers of platform tool output, against recorded outputs for Linux, Windows and macOS."""

from __future__ import annotations

import pytest

from diagnostics import security_parsers as p
from diagnostics.routes import parse_netstat_rn, parse_proc_net_route, parse_route_print
from tests.diagnostics.fakes import fixture


def test_ufw() -> None:
    assert p.parse_ufw_status(fixture("linux/ufw_status_active.txt")) is True
    assert p.parse_ufw_status(fixture("linux/ufw_status_inactive.txt")) is False
    assert p.parse_ufw_status("ERROR: You need to be root to run this script") is None


def test_firewalld() -> None:
    assert p.parse_firewalld_state(fixture("linux/firewalld_state_running.txt")) is True
    assert p.parse_firewalld_state(fixture("linux/firewalld_state_not_running.txt")) is False
    assert p.parse_firewalld_state("") is None


def test_nft() -> None:
    assert p.parse_nft_ruleset(fixture("linux/nft_ruleset_drop.txt")) is True
    assert p.parse_nft_ruleset(fixture("linux/nft_ruleset_accept.txt")) is False
    assert p.parse_nft_ruleset("") is False


def test_netsh() -> None:
    on = p.parse_netsh_profiles(fixture("windows/netsh_allprofiles_on.txt"))
    assert on == {"domain": True, "private": True, "public": True}
    off = p.parse_netsh_profiles(fixture("windows/netsh_allprofiles_public_off.txt"))
    assert off["public"] is False
    assert off["domain"] is True


def test_socketfilterfw() -> None:
    assert p.parse_socketfilterfw(fixture("macos/socketfilterfw_on.txt")) is True
    assert p.parse_socketfilterfw(fixture("macos/socketfilterfw_off.txt")) is False
    assert p.parse_socketfilterfw("something else") is None


def test_lsblk_luks_and_plain() -> None:
    assert p.parse_lsblk_encryption(fixture("linux/lsblk_luks.json")) is True
    assert p.parse_lsblk_encryption(fixture("linux/lsblk_plain.json")) is False
    assert p.parse_lsblk_encryption(fixture("linux/lsblk_luks.json"), "/srv") is None


def test_manage_bde_and_fdesetup() -> None:
    assert p.parse_manage_bde(fixture("windows/manage_bde_on.txt")) is True
    assert p.parse_manage_bde(fixture("windows/manage_bde_off.txt")) is False
    assert p.parse_fdesetup(fixture("macos/fdesetup_on.txt")) is True
    assert p.parse_fdesetup(fixture("macos/fdesetup_off.txt")) is False
    assert p.parse_fdesetup("") is None


def test_apt_simulate_recorded_on_this_machine() -> None:
    updates = p.parse_apt_simulate(fixture("linux/apt_get_s_upgrade.txt"))
    assert updates.total == 128
    assert updates.security == 77
    assert all(" " not in name for name in updates.names)


def test_dnf_check_update() -> None:
    updates = p.parse_dnf_check_update(fixture("linux/dnf_check_update.txt"), 100)
    assert updates.names == ("firefox", "kernel", "openssl-libs")
    assert p.parse_dnf_check_update("", 0).total == 0


def test_softwareupdate() -> None:
    found = p.parse_softwareupdate(fixture("macos/softwareupdate_l.txt"))
    assert found.total == 2
    assert found.security == 1
    assert p.parse_softwareupdate(fixture("macos/softwareupdate_none.txt")).total == 0


def test_windows_update_count() -> None:
    assert p.parse_windows_update_count(fixture("windows/windows_update_count.txt")).total == 3
    with pytest.raises(ValueError, match="no update count"):
        p.parse_windows_update_count("Exception from HRESULT")


def test_screen_lock_parsers() -> None:
    gnome = fixture("linux/gsettings.txt").splitlines()
    assert p.parse_gsettings_lock(gnome[0], gnome[1]) == p.ScreenLock(True, 5.0)
    assert p.parse_gsettings_lock("true", "uint32 0") == p.ScreenLock(True, None)
    mac = p.parse_sysadminctl_lock(fixture("macos/sysadminctl_screenlock_300.txt"))
    assert mac.idle_minutes == 5
    assert not p.parse_sysadminctl_lock(fixture("macos/sysadminctl_screenlock_off.txt")).enabled
    values = dict(line.split("=") for line in fixture("windows/screensaver_registry.txt").split())
    assert p.parse_windows_screensaver(values) == p.ScreenLock(True, 10.0)
    assert p.parse_windows_screensaver({"InactivityTimeoutSecs": "300"}).idle_minutes == 5
    assert not p.parse_windows_screensaver({"ScreenSaveActive": "1"}).enabled


def test_routes_linux_recorded() -> None:
    routes = parse_proc_net_route(fixture("linux/proc_net_route.txt"))
    default = [r for r in routes if r.is_default]
    assert default
    assert default[0].gateway == "192.0.2.1"
    assert default[0].interface == "eth0"
    assert any(r.destination == "192.0.2.0/24" and r.gateway == "" for r in routes)


def test_routes_windows() -> None:
    routes = parse_route_print(fixture("windows/route_print_4.txt"))
    assert routes[0].is_default
    assert routes[0].gateway == "192.168.1.1"
    assert any(r.destination == "10.20.0.0/16" for r in routes)
    assert len(routes) == 8


def test_routes_macos() -> None:
    routes = parse_netstat_rn(fixture("macos/netstat_rn.txt"))
    assert routes[0].is_default
    assert routes[0].interface == "en0"
    assert ("10.20.0.0/16", "10.20.5.17", "utun3") in routes
    assert any(r.destination == "127.0.0.0/8" for r in routes)
    assert any(r.destination == "192.168.1.0/24" and r.gateway == "" for r in routes)
