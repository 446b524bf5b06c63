"""Where Deskmate keeps its state: one profile folder, or the platform's standard folders."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_ID

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProfilePaths:
    """Folders for settings, data (SQLite, catalogue cache), logs and cache."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @classmethod
    def for_profile_dir(cls, root: Path) -> ProfilePaths:
        """All state under one folder (``--profile-dir``), as tests and pilots want."""
        root = root.expanduser().resolve()
        return cls(root / "config", root / "data", root / "logs", root / "cache")

    @classmethod
    def platform_default(cls) -> ProfilePaths:
        """The per-user folders the operating system expects."""
        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        return cls(
            Path(dirs.user_config_dir),
            Path(dirs.user_data_dir),
            Path(dirs.user_log_dir),
            Path(dirs.user_cache_dir),
        )

    @classmethod
    def resolve(cls, profile_dir: str | os.PathLike[str] | None) -> ProfilePaths:
        """``--profile-dir`` wins, then ``DESKMATE_PROFILE_DIR``, then the platform folders."""
        chosen = profile_dir or os.environ.get("DESKMATE_PROFILE_DIR")
        return cls.for_profile_dir(Path(chosen)) if chosen else cls.platform_default()

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "deskmate.log.jsonl"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "deskmate.sqlite3"

    @property
    def activity_file(self) -> Path:
        """The activity ledger: its own file, so nothing else's damage or retention touches it."""
        return self.data_dir / "activity.sqlite3"

    def ensure(self) -> None:
        """Create the folders, readable by the owner only where the OS supports modes.

        A read-only profile must not stop the app: each service then says what it cannot
        keep (the outbox: "cannot save requests")."""
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.cache_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                log.warning("Profile folder cannot be created",
                            extra={"folder": str(folder), "error": str(exc)})
