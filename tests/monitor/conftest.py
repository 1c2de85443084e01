"""Fixtures shared by the monitor's tests."""

from __future__ import annotations

import pytest

from iccwatch.facts import Facts
from iccwatch.monitor.gazetteer import spec_from_records


@pytest.fixture(scope="module")
def spec(facts: Facts):  # noqa: ANN201
    """The gazetteer (persons, States, places) the extractor reads, from the record the tests run on."""
    return spec_from_records(facts.records)
