"""Catalogue fields for deadlines: ``deadline``, ``max_deferrals`` and ``enforce``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time

import jsonschema
import pytest
import yaml
from catalogue_testing import DEMO_DIR, SMALL_CATALOGUE

from desktop.catalogue.fast_load import fast_catalogue
from desktop.catalogue.model import Deadline
from desktop.catalogue.validation import validate_yaml

SCHEMA_FILE = DEMO_DIR.parent / "schemas" / "catalogue.schema.json"


def with_fields(fields: str, required: bool = True) -> str:
    extra = "    required: true\n" if required else ""
    return SMALL_CATALOGUE.replace("    replaces: [Opera GX]\n",
                                   f"    replaces: [Opera GX]\n{extra}{fields}")


def firefox_deadline(fields: str) -> Deadline | None:
    result = validate_yaml(with_fields(fields))
    assert result.issues == ()
    assert result.catalogue is not None
    firefox = result.catalogue.app("firefox")
    assert firefox is not None
    return firefox.deadline


def test_a_date_time_with_its_zone_deferrals_and_enforce() -> None:
    deadline = firefox_deadline(
        '    deadline: "2026-12-04T17:00:00+00:00"\n    max_deferrals: 2\n    enforce: true\n')
    assert deadline == Deadline(datetime(2026, 12, 4, 17, tzinfo=UTC), None, 2, True)


def test_a_plain_date_means_17_00_local_time() -> None:
    deadline = firefox_deadline("    deadline: 2026-12-04\n")
    assert deadline is not None
    assert deadline.at is not None
    assert deadline.at.time() == time(17, 0)
    assert deadline.at.tzinfo is not None
    assert (deadline.max_deferrals, deadline.enforce) == (3, False)


def test_n_days_after_publish() -> None:
    assert firefox_deadline('    deadline: "7 days after publish"\n') == Deadline(None, 7)


@pytest.mark.parametrize(
    ("fields", "required", "expected"),
    [
        ('    deadline: "soon"\n', True, 'apps[0].deadline: must be a date, a date and time'),
        ('    deadline: "2026-12-04T17:00:00"\n', True, "apps[0].deadline: must be a date"),
        ("    deadline: 2026-12-04\n", False, "apps[0].deadline: is only for required apps"),
        ("    deadline: 2026-12-04\n    max_deferrals: -1\n", True,
         "apps[0].max_deferrals: must be a whole number from 0 to 20"),
        ("    max_deferrals: 2\n", True, "apps[0].max_deferrals: needs a deadline"),
        ("    enforce: true\n", True, "apps[0].enforce: needs a deadline"),
    ],
)
def test_mistakes_are_named(fields: str, required: bool, expected: str) -> None:
    messages = [i.format() for i in validate_yaml(with_fields(fields, required), "c.yaml").issues]
    assert any(expected in m for m in messages), messages


def test_the_fast_path_leaves_deadlines_to_the_validator() -> None:
    doc = yaml.safe_load(with_fields('    deadline: "7 days after publish"\n'))
    assert fast_catalogue(doc, 1, None) is None


def test_the_json_schema_knows_the_fields() -> None:
    validator = jsonschema.Draft202012Validator(
        json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    good = yaml.safe_load(with_fields(
        '    deadline: "7 days after publish"\n    max_deferrals: 2\n    enforce: true\n'))
    assert list(validator.iter_errors(good)) == []
    bad = yaml.safe_load(with_fields("    max_deferrals: 99\n"))
    assert list(validator.iter_errors(bad))
