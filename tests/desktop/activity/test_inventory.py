"""The README's data inventory is the one declared in the code."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.activity.inventory import INVENTORY, markdown_table

README = Path(__file__).resolve().parents[3] / "README.md"


def test_the_readme_table_is_generated_from_the_declaration() -> None:
    found = re.search(r"<!-- inventory:start -->\n(.*?)\n<!-- inventory:end -->",
                      README.read_text(encoding="utf-8"), re.S)
    assert found, "README.md lost its inventory markers"
    assert found.group(1) == markdown_table(), (
        "README inventory is stale: paste `python -m desktop.activity.inventory` between "
        "the markers")


def test_every_kind_says_where_who_and_when() -> None:
    assert all(k.name and k.stays and k.receivers and k.when for k in INVENTORY)
    assert len({k.name for k in INVENTORY}) == len(INVENTORY)
