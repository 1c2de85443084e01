"""Fixtures shared by the monitor's tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from iccwatch.facts import Facts
from iccwatch.monitor.gazetteer import spec_from_records


@pytest.fixture(scope="session")
def spec(facts: Facts):  # noqa: ANN201
    """The gazetteer (persons, States, places) the extractor reads, from the record the tests run on: built once per
    process (it was once per module, ~0.1 s of CPU each time in ~30 modules); the session's ``facts`` never change, and
    the tests read the gazetteer, never change it (a test that needs another makes it with ``dataclasses.replace``)."""
    return spec_from_records(facts.records)


@pytest.fixture(scope="session")
def dev_features(spec) -> Callable[[bool], list[dict[str, Any]]]:  # noqa: ANN001
    """``dev_features(extra)``: ``mfilter_train.with_features`` of the committed training table over the dev half
    (``tests/monitor/realnews/dev``), computed once per process for each ``extra`` (about 2 s of CPU each time; four
    tests refit or report on it, and computed it once each). The tests read the rows, never change them."""
    from iccwatch.monitor import mfilter_train

    done: dict[bool, list[dict[str, Any]]] = {}

    def rows(extra: bool = False) -> list[dict[str, Any]]:
        if extra not in done:
            done[extra] = mfilter_train.with_features(mfilter_train.read_table(), Path(__file__).parent / "realnews" / "dev",
                                                      extra=extra, spec=spec)
        return done[extra]

    return rows
