"""Each indicator on worked examples from the record, with the hand-computed value (one-year windows
for the yearly values; the rolling window and its decay on their own)."""

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
        # The Court's list of enforcement agreements is held in full to 28 March 2025: absence means none in 2025 ...
        (ind.cooperation_agreements, "HUN", 2025, 0.0, "ok"),
        # ... and for earlier years, but not for a year the complete list does not reach.
        (ind.cooperation_agreements, "HUN", 2024, 0.0, "ok"),  # complete to 2025-03-28 answers for 2024 too
        (ind.cooperation_agreements, "FRA", 2026, 1.0, "ok"),
        (ind.cooperation_agreements, "HUN", 2026, None, "missing"),
        (ind.measures_against_court, "USA", 2025, 1.0, "ok"),
        (ind.measures_against_court, "FRA", 2025, 0.0, "ok"),
        (ind.withdrawal, "HUN", 2025, 1.0, "ok"),  # notified 2 June 2025
        (ind.withdrawal, "BFA", 2025, 0.5, "ok"),  # announced, never notified
        (ind.withdrawal, "DEU", 2025, 0.0, "ok"),
    ],
)
def test_indicator(facts: Facts, assessed: dict, fn, iso3: str, year: int, value, status: str) -> None:  # noqa: ANN001
    v = fn(facts, iso3, ind.Window(year, years=1), assessed)
    assert v.status == status
    assert v.value == pytest.approx(value) if value is not None else v.value is None
    if v.status == "ok" and v.value:
        assert v.evidence and all(e["sources"] for e in v.evidence)
    if v.status == "ok" and v.value == 0 and fn is ind.cooperation_agreements:
        assert v.evidence[0]["sources"], "a 'none' from a complete list cites the list's sources"


def test_window_weights_fade_with_age() -> None:
    w = ind.Window(2025, years=5, half_life=2)
    assert [w.weight(y) for y in (2026, 2025, 2023, 2021, 2020)] == [0.0, 1.0, 0.5, 0.25, 0.0]
    flat = ind.Window(2025, years=3, half_life=float("inf"))
    assert [flat.weight(y) for y in (2022, 2023, 2025)] == [0.0, 1.0, 1.0]
    with pytest.raises(ValueError):
        ind.Window(2025, years=0)


def test_a_failure_still_counts_the_next_year(facts: Facts, assessed: dict) -> None:
    # Mongolia's failure to arrest (2024) and the Court's finding on it are outside a one-year 2025
    # window, but inside the default five-year window, at the weight of a year-old fact.
    one, five = ind.Window(2025, years=1), ind.Window(2025)
    assert ind.failures_to_arrest(facts, "MNG", one, assessed).status == "not_applicable"
    v = ind.failures_to_arrest(facts, "MNG", five, assessed)
    assert v.value == pytest.approx(five.weight(2024)) and v.evidence[0]["weight"] == pytest.approx(five.weight(2024), abs=1e-3)
    assert ind.noncompliance_findings(facts, "MNG", one, assessed).value == 0.0
    assert ind.noncompliance_findings(facts, "MNG", five, assessed).value > 0


def test_conduct_over_the_window_is_an_age_weighted_mean(facts: Facts, assessed: dict) -> None:
    # Hungary notified withdrawal on 2 June 2025: only the window's last year counts.
    w = ind.Window(2025, years=5, half_life=2)
    total = sum(w.weight(y) for y in w.span)
    assert ind.withdrawal(facts, "HUN", w, assessed).value == pytest.approx(1 / total)
