"""Rewrites the README's benchmark table from bench-results/results.json (``make bench``);
with ``--merge``, only the rows of the figures in it (``make bench-frozen``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench-results" / "results.json"
README = ROOT / "README.md"
START = "<!-- bench-table:start (benchmarks/readme_table.py writes this) -->"
END = "<!-- bench-table:end -->"


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"


def _row(f: dict[str, Any]) -> str:
    verdict = "" if f["met"] is None else (" ✓" if f["met"] else " ✗ missed")
    baseline = f"{f['baseline_name']}: {_number(f['baseline'])} {f['unit']}"
    name = f"{f['name']} ({f['note']})" if f.get("note") else f["name"]
    return (f"| {name} | {_number(f['value'])} {f['unit']} | {baseline} | "
            f"{_number(f['ratio'])} | {f['target'] or '–'}{verdict} |")


def table(results: dict[str, Any]) -> str:
    machine = results["machine"]
    lines = [
        START,
        f"Measured {results['when']} on {machine['cpus']} CPUs, Python {machine['python']}.",
        "",
        "| figure | value | baseline (same run) | ratio | target |",
        "|---|---|---|---|---|",
        *(_row(f) for f in results["figures"]),
        END,
    ]
    return "\n".join(lines)


def rewrite(readme: str, results: dict[str, Any]) -> str:
    """``readme`` with the text between the markers replaced by the table."""
    head, _, rest = readme.partition(START)
    _, found, tail = rest.partition(END)
    if not found:
        raise ValueError(f"README.md has no {START} ... {END} block")
    return head + table(results) + tail


def merge_rows(readme: str, results: dict[str, Any]) -> str:
    """``readme`` with only the rows of ``results``' figures replaced (or added at the end of
    the table); the other rows stay (``make bench-frozen`` adds one row to a full table)."""
    head, _, rest = readme.partition(START)
    block, found, tail = rest.partition(END)
    if not found:
        raise ValueError(f"README.md has no {START} ... {END} block")
    lines = block.rstrip("\n").split("\n")
    for figure in results["figures"]:
        mine = [i for i, line in enumerate(lines) if _names(line, figure["name"])]
        if mine:
            lines[mine[0]] = _row(figure)
        else:
            lines.append(_row(figure))
    return head + START + "\n".join(lines) + "\n" + END + tail


def _names(line: str, name: str) -> bool:
    return line.startswith(f"| {name} |") or line.startswith(f"| {name} (")


def main() -> int:
    results = json.loads(RESULTS.read_text(encoding="utf-8"))
    write = merge_rows if "--merge" in sys.argv[1:] else rewrite
    README.write_text(write(README.read_text(encoding="utf-8"), results), encoding="utf-8")
    print(f"rewritten: {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
