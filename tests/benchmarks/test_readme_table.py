"""The README's benchmark table is written from results.json, between its markers."""

from __future__ import annotations

import pytest

from benchmarks.readme_table import END, START, merge_rows, rewrite

RESULTS = {
    "when": "2026-11-30T20:00:00+00:00",
    "machine": {"cpus": 2, "python": "3.11.7"},
    "figures": [
        {"name": "RSS after 20 s idle in the tray", "value": 121.2, "unit": "MiB",
         "baseline_name": "bare PySide6 tray", "baseline": 63.2, "target": "<= 1.25x bare",
         "met": False, "note": "min/median/max 121.1/121.2/121.3", "ratio": 1.92},
        {"name": "peak RSS", "value": 100.0, "unit": "MiB", "baseline_name": "bare",
         "baseline": 50.0, "target": "", "met": None, "note": "", "ratio": 2.0},
    ],
}


def test_the_table_replaces_only_the_block_between_the_markers() -> None:
    readme = f"# Title\n\nbefore\n{START}\nold table\n{END}\nafter\n"
    out = rewrite(readme, RESULTS)
    assert out.startswith("# Title\n\nbefore\n")
    assert out.endswith(f"{END}\nafter\n")
    assert "old table" not in out
    assert ("| RSS after 20 s idle in the tray (min/median/max 121.1/121.2/121.3) | 121 MiB | "
            "bare PySide6 tray: 63.2 MiB | 1.92 | <= 1.25x bare ✗ missed |") in out
    assert "| peak RSS | 100 MiB | bare: 50 MiB | 2 | – |" in out


def test_a_readme_without_the_markers_is_refused() -> None:
    with pytest.raises(ValueError, match="bench-table"):
        rewrite("# no table here\n", RESULTS)


def test_merge_replaces_its_own_rows_and_adds_new_ones_keeping_the_rest() -> None:
    readme = rewrite(f"# Title\n{START}\n{END}\nafter\n", RESULTS)
    frozen = {"figures": [
        {"name": "peak RSS", "value": 90.0, "unit": "MiB", "baseline_name": "bare",
         "baseline": 50.0, "target": "", "met": None, "note": "", "ratio": 1.8},
        {"name": "frozen onedir size", "value": 135.0, "unit": "MiB", "baseline_name": "bare",
         "baseline": 113.2, "target": "<= 1.15x bare", "met": False, "note": "one build",
         "ratio": 1.19},
    ]}
    out = merge_rows(readme, frozen)
    assert "| peak RSS | 90 MiB | bare: 50 MiB | 1.8 | – |" in out
    assert "| peak RSS | 100 MiB" not in out
    assert "| RSS after 20 s idle in the tray (min/median/max" in out  # kept
    assert out.index("| frozen onedir size (one build) | 135 MiB") < out.index(END)
    assert out.endswith(f"{END}\nafter\n")
    assert out.startswith("# Title\n")
