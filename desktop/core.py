"""The Qt-free core every front end shares: profile folders, settings, secrets, network."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.activity.policy_changes import record_policy_changes
from desktop.network_config import NetworkConfig
from desktop.paths import ProfilePaths
from desktop.policy import PolicySource, load_policy, system_policy_source
from desktop.secrets import KeyringSecretStore, SecretStore
from desktop.settings import Settings
from desktop.settings_defs import build_registry
from desktop.settings_defs import core as core_settings

if TYPE_CHECKING:
    from desktop.activity.ledger import Ledger
    from desktop.network.call_record import CallRecorder
    from desktop.network.session import RecordedSession

log = logging.getLogger(__name__)


@dataclass
class Core:
    """Built once by the composition root (GUI) or the CLI, then passed down."""

    paths: ProfilePaths
    settings: Settings
    secrets: SecretStore
    demo: bool

    def network_config(self) -> NetworkConfig:
        return NetworkConfig(
            proxy=self.settings.value(core_settings.HTTP_PROXY),
            no_proxy=self.settings.value(core_settings.NO_PROXY),
            timeout=self.settings.value(core_settings.HTTP_TIMEOUT),
        )

    def ledger(self) -> Ledger:
        """The activity ledger (several handles on one file are safe: each call is atomic)."""
        from desktop.activity.ledger import Ledger

        return Ledger(self.paths.activity_file)

    def call_recorder(self) -> CallRecorder:
        """Writes a network call into the activity ledger (without loading requests)."""
        from desktop.activity.network_entry import NetworkLedger

        return NetworkLedger(self.ledger())

    def http_session(self) -> RecordedSession:
        """A session whose every call is written in the activity ledger."""
        from desktop.network.session import make_session  # requests costs ~120 ms to import

        return make_session(self.network_config(), self.call_recorder())


def build_core(
    profile_dir: str | Path | None,
    demo: bool = False,
    policy_source: PolicySource | None = None,
    secrets: SecretStore | None = None,
) -> Core:
    """Resolve folders, load policy and settings, and pick the secret store."""
    paths = ProfilePaths.resolve(profile_dir)
    paths.ensure()
    policy = load_policy(policy_source or system_policy_source())
    settings = Settings(build_registry(), paths.settings_file, policy)
    demo = demo or settings.value(core_settings.DEMO_MODE)
    core = Core(paths, settings, secrets or KeyringSecretStore(), demo)
    record_policy_changes(core.ledger, paths.data_dir / "policy-seen.json",
                          settings.policy_values(), settings.policy_origin)
    return core
