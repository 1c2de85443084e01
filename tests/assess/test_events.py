"""The compliance of events matches the Court's own outcomes where there is one."""

from __future__ import annotations

import pytest

from iccwatch.assess.events import assess_events
from iccwatch.assess.gaps import enforcement_chain
from iccwatch.facts import Facts


def _by_id(facts: Facts) -> dict[str, str]:
    return {a.event.id: a.outcome for a in assess_events(facts)}


@pytest.mark.parametrize(
    ("event", "outcome"),
    [
        ("2011-10-14-omar-hassan-ahmad-al-bashir-malawi", "failed"),
        ("2024-09-02-vladimir-vladimirovich-putin-mongolia", "failed"),
        ("2025-07-16-khaled-mohamed-ali-el-hishri-germany", "complied"),
        ("2016-07-omar-hassan-ahmad-al-bashir-rwanda", "not_obliged"),
        ("2025-04-03-benjamin-netanyahu-hungary", "failed"),
        ("2025-01-19-osama-elmasry-njeem-italy", "failed"),
        ("2025-02-04-benjamin-netanyahu-united-states", "not_obliged"),
        ("2025-03-11-rodrigo-roa-duterte-philippines", "complied"),
        ("2013-03-18-bosco-ntaganda-rwanda", "not_obliged"),
    ],
)
def test_known_outcomes(facts: Facts, event: str, outcome: str) -> None:
    assert _by_id(facts)[event] == outcome


def test_every_event_is_assessed_and_court_findings_agree(facts: Facts) -> None:
    assessed = assess_events(facts)
    assert len(assessed) == len(facts.records.events)
    for a in assessed:
        assert a.outcome in {"complied", "failed", "not_obliged", "contested", "unknown"}
        if any(d.finding == "non_compliance" for d in a.court_decisions):
            assert a.outcome == "failed", a.event.id


def test_enforcement_chain_counts(facts: Facts) -> None:
    chain = enforcement_chain(facts)
    s = chain["summary"]
    assert s["failures"] == sum(a.outcome == "failed" for a in assess_events(facts))
    assert s["failures"] == s["failures_without_finding"] + s["findings_without_referral"] + s["referrals_without_recorded_response"]
    jordan = next(c for c in chain["failures"] if c["state"] == "JOR")
    assert jordan["gap"] == "no_referral"  # the Appeals Chamber reversed the referral
    mongolia = next(c for c in chain["failures"] if c["state"] == "MNG")
    assert mongolia["referred_to"] == "ASP" and mongolia["days_to_finding"] == 52


def test_a_recorded_response_closes_the_gap(facts: Facts) -> None:
    from dataclasses import replace

    from iccwatch.model import Response, Source

    resp = Response(id="test-response", decision="2024-10-24-mongolia", body="ASP", date="2024-12-02", kind="formal",
                    summary="test response", sources=[Source(url="https://example.org/r", kind="secondary")])
    f = Facts(replace(facts.records, responses={"test-response": resp}))
    chain = enforcement_chain(f)
    mongolia = next(c for c in chain["failures"] if c["state"] == "MNG")
    assert mongolia["gap"] == "responded" and mongolia["days_to_response"] == 39
    assert chain["summary"]["referrals_with_a_response"] == 1
