"""What ``data/assertions.yaml`` says sane looks like, for tests that need a count of the real record:
the count is stated once, in the data, and checked by ``iccwatch data check``, instead of pinned in a test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import DATA

from iccwatch.dataset.yaml_io import read_yaml


def assertions() -> dict[str, Any]:
    data = read_yaml(DATA / "assertions.yaml")
    assert isinstance(data, dict) and data, "data/assertions.yaml is empty"
    return data


def exact_count(kind: str) -> int:
    """The number of records of ``kind`` the assertions fix exactly (min equal to max)."""
    bounds = assertions()["counts"][kind]
    assert bounds.get("min") == bounds.get("max"), f"data/assertions.yaml does not fix the number of {kind}"
    return int(bounds["min"])


def parties_on() -> dict[dt.date, int]:
    """The asserted number of States Parties on each day the assertions name (at least one)."""
    days = {dt.date.fromisoformat(str(day)): int(n) for day, n in (assertions().get("parties_on") or {}).items()}
    assert days, "data/assertions.yaml asserts no count of States Parties"
    return days
