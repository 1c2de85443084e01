"""Each indicator on worked examples from the record, with the hand-computed value."""

from __future__ import annotations

from collections import defaultdict

import pytest

from iccwatch.assess import indicators as ind
from iccwatch.assess.events import assess_events
from iccwatch.facts import Facts


@pytest.fixture(scope="module")
def assessed(facts: Facts) -> dict:
    out = defaultdict(list)
    for a in assess_events(facts):
        out[a.event.state].append(a)
    return out


@pytest.mark.parametrize(
    ("fn", "iso3", "year", "value", "status"),
    [
        # Burundi was a party from 1 January to 26 October 2017: 299 of 365 days.
        (ind.acceptance_of_jurisdiction, "BDI", 2017, 299 / 365, "ok"),
        # Ukraine, not yet a party in 2024, had Art. 12(3) declarations in force.
        (ind.acceptance_of_jurisdiction, "UKR", 2024, 1.0, "ok"),
        (ind.acceptance_of_jurisdiction, "CHN", 2024, 0.0, "ok"),
        (ind.apic, "HUN", 2025, 1.0, "ok"),
        (ind.apic, "CHN", 2025, None, "missing"),  # the APIC list is partial: silence is not zero
        (ind.kampala, "DEU", 2019, 1.0, "ok"),
        (ind.kampala, "HUN", 2018, 0.0, "ok"),  # the list is complete up to 2019-11-27
        (ind.kampala, "HUN", 2024, None, "missing"),  # ... and not after
        (ind.kampala, "CHN", 2018, None, "not_applicable"),
        (ind.implementing_legislation, "ARG", 2007, 1.0, "ok"),
        (ind.arrests_executed, "DEU", 2025, 1.0, "ok"),  # El Hishri: 1 of 1 occasions
        (ind.arrests_executed, "MNG", 2024, 0.0, "ok"),  # Putin: 0 of 1
        (ind.arrests_executed, "FRA", 2024, None, "not_applicable"),
        (ind.failures_to_arrest, "MNG", 2024, 1.0, "ok"),
        (ind.noncompliance_findings, "HUN", 2025, 1.0, "ok"),
        (ind.noncompliance_findings, "SDN", 2015, 2.0, "ok"),  # Al-Bashir (March) and Hussein (June)
        (ind.noncompliance_findings, "CHN", 2015, None, "not_applicable"),
        (ind.joint_statements, "SVN", 2025, 1.0, "ok"),
        (ind.joint_statements, "USA", 2025, None, "not_applicable"),
        (ind.cooperation_agreements, "ARG", 2019, 1.0, "ok"),
        (ind.measures_against_court, "USA", 2025, 1.0, "ok"),
        (ind.measures_against_court, "FRA", 2025, 0.0, "ok"),
        (ind.withdrawal, "HUN", 2025, 1.0, "ok"),  # notified 2 June 2025
        (ind.withdrawal, "BFA", 2025, 0.5, "ok"),  # announced, never notified
        (ind.withdrawal, "DEU", 2025, 0.0, "ok"),
    ],
)
def test_indicator(facts: Facts, assessed: dict, fn, iso3: str, year: int, value, status: str) -> None:  # noqa: ANN001
    v = fn(facts, iso3, year, assessed)
    assert v.status == status
    assert v.value == pytest.approx(value) if value is not None else v.value is None
    if v.status == "ok" and v.value:
        assert v.evidence and all(e["sources"] for e in v.evidence)
