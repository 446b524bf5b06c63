"""Triage mappings from policy: "key=value" entries, defaults where nothing is mapped."""

from __future__ import annotations

import pytest

from desktop.helpdesk.triage import Triage, pairs
from desktop.settings_defs import helpdesk as keys


def test_pairs_read_key_value_entries_and_skip_broken_ones(caplog: pytest.LogCaptureFixture
                                                           ) -> None:
    found = pairs(("Network = Network Ops", "broken", "=x", "access=31"), "helpdesk.x")
    assert found == {"network": "Network Ops", "access": "31"}
    assert [r.message for r in caplog.records].count("Triage entry ignored") == 2


def test_route_and_priority_fall_back_to_the_connectors_default() -> None:
    triage = Triage({"network": "Network"}, {"high": "3 high"})
    assert triage.route("NETWORK", "Users") == "Network"
    assert triage.route("hardware", "Users") == "Users"
    assert triage.priority("low", "2 normal") == "2 normal"


def test_default_priorities_cover_every_urgency() -> None:
    for setting in (keys.ZAMMAD_PRIORITIES, keys.ZENDESK_PRIORITIES, keys.SERVICENOW_URGENCIES,
                    keys.RT_PRIORITIES, keys.FRESHSERVICE_PRIORITIES, keys.GLPI_URGENCIES):
        assert set(pairs(setting.default, setting.name)) == {"low", "normal", "high", "critical"}
