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
        assert a.outcome in {"complied", "failed", "not_obliged", "contested", "unknown", "cancelled", "planned", "overflight"}
        # The trip-specific outcomes belong to those trips only, and a trip that did not happen is never compliance.
        assert (a.outcome == "cancelled") == (a.event.trip == "cancelled"), a.event.id
        assert (a.outcome == "planned") == (a.event.trip == "planned"), a.event.id
        assert (a.outcome == "overflight") == (a.event.trip == "overflight"), a.event.id
        if any(d.finding == "non_compliance" for d in a.court_decisions):
            assert a.outcome == "failed", a.event.id


def test_enforcement_chain_counts(facts: Facts) -> None:
    chain = enforcement_chain(facts)
    s = chain["summary"]
    assert s["failures"] == sum(a.outcome == "failed" for a in assess_events(facts))
    assert s["failures"] == (s["failures_without_finding"] + s["findings_without_referral"]
                             + s["referrals_without_recorded_response"] + s["referrals_with_a_response"])
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


def _with_event(facts: Facts, **fields: object) -> Facts:
    from dataclasses import replace

    from iccwatch.model import Event, Source

    e = Event.model_validate({"id": "test-trip", "person": "vladimir-vladimirovich-putin", "sources": [Source(url="https://example.org/t", kind="secondary")], **fields})
    return Facts(replace(facts.records, events={**facts.records.events, e.id: e}))


@pytest.mark.parametrize("who", ["host_refused_entry", "visitor_stayed_away", "moved_online", "meeting_called_off", "meeting_relocated", "unknown"])
def test_a_cancelled_trip_is_not_compliance_and_says_who_cancelled(facts: Facts, who: str) -> None:
    from iccwatch.assess.events import CANCELLED_BY_TEXT

    # Mongolia was bound to arrest on this date (the Court found so for the visit of 2024-09-02).
    f = _with_event(facts, date="2024-09-02", state="MNG", action="visit_cancelled", cancelled_by=who)
    a = next(x for x in assess_events(f) if x.event.id == "test-trip")
    assert a.determination.answer == "obliged"
    assert a.outcome == "cancelled"
    assert CANCELLED_BY_TEXT[who] in a.explanation
    row = a.as_dict(f)
    assert row["trip"] == "cancelled" and row["cancelled_by"] == who


def test_every_cancelled_trip_in_the_record_is_cancelled_not_complied(facts: Facts) -> None:
    cancelled = [a for a in assess_events(facts) if a.event.action == "visit_cancelled"]
    assert cancelled, "the record holds cancelled trips"
    assert all(a.outcome == "cancelled" and a.event.trip == "cancelled" for a in cancelled)


def test_a_transit_is_assessed_like_a_visit_and_says_so(facts: Facts) -> None:
    f = _with_event(facts, date="2024-09-02", state="MNG", action="no_arrest", trip="transit")
    a = next(x for x in assess_events(f) if x.event.id == "test-trip")
    assert a.outcome == "failed" and "transit" in a.explanation


def test_an_overflight_is_its_own_outcome(facts: Facts) -> None:
    f = _with_event(facts, date="2024-09-02", state="MNG", action="no_arrest", trip="overflight")
    a = next(x for x in assess_events(f) if x.event.id == "test-trip")
    assert a.outcome == "overflight" and a.determination.answer == "obliged"


def test_an_overflight_is_assessed_with_the_person_in_the_airspace_and_the_contest_said(facts: Facts) -> None:
    """The duty is asked with the event's presence (law/airspace.py): the determination holds the airspace step, its
    doubt and missing fact, and the explanation says the airspace point is disputed, never a plain failure."""
    f = _with_event(facts, date="2024-09-02", state="MNG", action="no_arrest", trip="overflight")
    a = next(x for x in assess_events(f) if x.event.id == "test-trip")
    det = a.determination.as_dict()
    assert det["question"]["presence"] == "airspace"
    assert any("must act against an aircraft" in d for d in det["doubts"])
    assert any("State aircraft or a civil one" in m for m in det["missing_facts"])
    assert "Chicago Convention art 1" in a.determination.reasoning.all_citations()
    assert "disputed" in a.explanation and "not assessed as complied or failed" in a.explanation
    assert "did not arrest" not in a.explanation and "failed to arrest" not in a.explanation
    row = a.as_dict(f)
    assert row["presence"] == "airspace" and row["outcome"] == "overflight"


def test_an_overflight_over_a_state_not_bound_says_no_contest(facts: Facts) -> None:
    # The United States is not bound to arrest Putin: no duty, so there is nothing to contest about the aircraft.
    f = _with_event(facts, date="2024-09-02", state="USA", action="no_arrest", trip="overflight")
    a = next(x for x in assess_events(f) if x.event.id == "test-trip")
    assert a.determination.answer == "not_obliged" and a.determination.question["presence"] == "airspace"
    assert "disputed" not in a.explanation and not any("aircraft" in d for d in a.determination.doubts)


def test_every_recorded_overflight_is_asked_in_the_airspace(facts: Facts) -> None:
    flights = [a for a in assess_events(facts) if a.event.trip == "overflight"]
    assert flights, "the record holds overflights"
    for a in flights:
        assert a.determination.question.get("presence") == "airspace", a.event.id
        bound = a.determination.answer in ("obliged", "contested", "unknown")
        assert ("whether and how" in a.explanation) == bound, a.event.id


def test_a_transit_is_asked_on_a_transit_stop_with_the_state_aircraft_doubt(facts: Facts) -> None:
    f = _with_event(facts, date="2024-09-02", state="MNG", action="no_arrest", trip="transit")
    a = next(x for x in assess_events(f) if x.event.id == "test-trip")
    assert a.determination.question["presence"] == "transit" and a.outcome == "failed"
    assert any("stayed aboard a State aircraft" in d for d in a.determination.doubts)
    assert "State aircraft" in a.explanation


def test_a_visit_is_asked_on_the_territory(facts: Facts) -> None:
    a = next(x for x in assess_events(facts) if x.event.id == "2024-09-02-vladimir-vladimirovich-putin-mongolia")
    assert a.determination.question.get("presence", "territory") == "territory" and a.as_dict(facts)["presence"] == "territory"


def test_a_planned_trip_is_not_assessed(facts: Facts) -> None:
    f = _with_event(facts, date="2024-09-02", state="MNG", action="visit_planned")
    a = next(x for x in assess_events(f) if x.event.id == "test-trip")
    assert a.event.trip == "planned" and a.outcome == "planned"


def test_a_council_briefing_appears_in_gaps_by_situation(facts: Facts) -> None:
    from dataclasses import replace

    from iccwatch.model import Response, Source

    resp = Response(id="test-briefing", situation="darfur-sudan", body="UNSC", date="2025-01-27", kind="unsc_discussion",
                    acted=False, summary="test briefing", sources=[Source(url="https://example.org/b", kind="primary")])
    f = Facts(replace(facts.records, responses={"test-briefing": resp}))
    chain = enforcement_chain(f)
    darfur = next(s for s in chain["situation_responses"] if s["situation"] == "darfur-sudan")
    assert [r["id"] for r in darfur["responses"]] == ["test-briefing"] and darfur["not_acted"] == 1


def test_every_recorded_response_appears_in_gaps_once(facts: Facts) -> None:
    chain = enforcement_chain(facts)
    shown = [r["id"] for c in chain["failures"] for r in c["responses"]]
    shown += [r["id"] for f in chain["other_findings"] for r in f["responses"]]
    shown += [r["id"] for s in chain["situation_responses"] for r in s["responses"]]
    shown += [r["id"] for r in chain["general_responses"]]
    about_findings = {r.id for r in facts.records.responses.values() if r.about_decisions()}
    # A response about a finding may be shown beside each failure it follows; every other one exactly once.
    assert set(shown) == set(facts.records.responses)
    assert all(shown.count(rid) == 1 for rid in set(shown) - about_findings)
    assert chain["summary"]["responses_recorded"] == len(facts.records.responses)
