"""The stored refresh failure: written, read back, cleared, and a damaged file ignored."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.catalogue.refresh_failure import FailureRecord, RefreshFailure


def test_a_failure_round_trips_and_is_cleared(tmp_path: Path) -> None:
    record = FailureRecord(tmp_path / "state" / "last_failure.json")
    assert record.read() is None
    failure = RefreshFailure("CatalogueRollback", "refused " * 300, datetime.now(UTC), True, False)
    record.write(failure)
    back = record.read()
    assert back is not None
    assert (back.kind, back.at, back.refused, back.offline) == (
        failure.kind, failure.at, True, False)
    assert len(back.message) == 1000  # cut, so a hostile server cannot grow the file
    record.clear()
    assert record.read() is None


@pytest.mark.allow_log_warnings
def test_a_damaged_file_counts_as_no_failure(tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "last_failure.json"
    path.write_text('{"kind": "CatalogueRollback"', "utf-8")
    assert FailureRecord(path).read() is None
    assert "Stored refresh failure unreadable" in caplog.text
