"""Round 20 (issue 11): presence in airspace or on a transit stop (law/airspace.py) and Art. 16 deferrals the Security
Council requests (law/art16.py). The travel matrix and the travel map must give what a full determination gives, for
an overflight as for a visit; the round's questions marked ``api: true`` (tests/law/audit/round20*.yaml) are asked of
the REST API (/api/v1) as a caller asks them, and must get the answer expected and the one the service gives
(tests/law/test_audit.py asks every question of the service)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from tests.law.test_scenarios import scenario_facts

from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.facts import Assumption, Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.airspace import AIRSPACE_CATEGORY, airspace_category
from iccwatch.law.matrix import travel_matrix
from iccwatch.law.travel import classify, travel_map

AUDIT = Path(__file__).parent / "audit"
SCENARIOS = Path(__file__).parent / "scenarios"
ROUNDS = sorted(AUDIT.glob("round20*.yaml"))
API = [(f"{p.stem}-{q['id']}", q) for p in ROUNDS for g in read_yaml(p)["groups"] for q in g["questions"] if q.get("api")]


def _overflights(facts: Facts) -> list[tuple[str, str, dt.date]]:
    from iccwatch.model.dates import DateSpan

    return sorted({(e.person, e.state, DateSpan.parse(e.date).first) for e in facts.records.events.values() if e.trip == "overflight"})


def test_an_overflight_is_its_own_category_in_the_map_and_the_matrix(facts: Facts) -> None:
    """Every recorded overflight (and the day before it): the map's overflight category, the matrix's lookup for an
    overflight and a full determination asked for presence in the airspace agree; a State bound on its territory is
    ``bound_in_airspace`` then, never a visit's category, and the answer stays the duty on its territory."""
    matrix = travel_matrix(facts)
    seen = set()
    overflights = _overflights(facts)
    assert overflights, "the record holds overflights"
    for person, state, day in overflights:
        for d in (day, day - dt.timedelta(days=1)):
            det = arrest_obligation(facts, state, person, d, "airspace")
            on_land = arrest_obligation(facts, state, person, d)
            assert det.answer == on_land.answer, (person, state, d)
            row = next(r for r in travel_map(facts, person, d)["states"] if r["iso3"] == state)
            assert row["overflight_category"] == classify(det) == matrix.lookup(person, state, d, "airspace"), (person, state, d)
            assert row["category"] == classify(on_land) == matrix.lookup(person, state, d)
            if d == day:
                assert row["recorded_trip"] == "overflight"
            seen.add(classify(det))
    assert AIRSPACE_CATEGORY in seen


def test_the_airspace_category_only_changes_a_bound_state() -> None:
    assert airspace_category("bound_by_statute") == AIRSPACE_CATEGORY
    assert airspace_category("former_party_residual") == AIRSPACE_CATEGORY
    for other in ("not_bound", "contested", "unknown", "bound_execution_postponed"):
        assert airspace_category(other) == other


@pytest.mark.parametrize("name", ["art-16-deferral-named-situation", "art-16-deferral-named-person"])
def test_the_matrix_reads_an_art16_deferral_as_a_determination_does(facts: Facts, name: str) -> None:
    """A scenario's record with a Council request under Art. 16: on the days around the period's ends, the matrix's
    category of every pair equals a full determination's (not obliged for now inside the period, bound outside)."""
    path = SCENARIOS / f"{name}.yaml"
    f = scenario_facts(path, read_yaml(path)["facts"], facts)
    matrix = travel_matrix(f)
    days = [dt.date(2016, 1, 9), dt.date(2016, 1, 10), dt.date(2016, 6, 1), dt.date(2017, 1, 9), dt.date(2017, 1, 10)]
    cats = set()
    for state in f.records.states:
        for d in days:
            want = classify(arrest_obligation(f, state, "person-a", d))
            assert matrix.lookup("person-a", state, d) == want, (state, d)
            cats.add((d, want))
    assert (dt.date(2016, 6, 1), "bound_execution_postponed") in cats
    assert (dt.date(2017, 1, 10), "bound_by_statute") in cats


def test_an_assumed_art16_deferral_is_listed_and_changes_the_answer(facts: Facts) -> None:
    a = Assumption.parse("art16 deferral palestine 2025-01-01")
    assert str(a) == "art16 deferral palestine 2025-01-01"
    f = facts.with_assumptions([a])
    det = arrest_obligation(f, "FRA", "benjamin-netanyahu", dt.date(2025, 6, 1))
    assert det.answer == "not_obliged" and det.execution_postponed
    assert "art16 deferral palestine 2025-01-01" in det.assumptions
    assert arrest_obligation(f, "FRA", "benjamin-netanyahu", dt.date(2026, 1, 1)).answer == "obliged"  # the twelve months ended
    assert arrest_obligation(facts, "FRA", "benjamin-netanyahu", dt.date(2025, 6, 1)).answer == "obliged"


def _api_answer(client: Any, q: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    on = str(q["on"])
    params: dict[str, Any] = {"on": on}
    if q.get("assume"):
        params["assume"] = q["assume"]
    if q["kind"] == "arrest":
        params.update(state=q["state"], person=q["person"])
        if q.get("presence"):
            params["presence"] = q["presence"]
        r = client.get("/api/v1/arrest", params=params)
        assert r.status_code == 200, r.text
        return r.json()["answer"], r.json()
    if q["kind"] == "obligations":
        r = client.get(f"/api/v1/states/{q['state']}/obligations", params=params)
        assert r.status_code == 200, r.text
        d = r.json()
        if q.get("situation"):
            row = next((s for s in d["situations"] if s["situation"] == q["situation"]), None)
            return (row["status"], row) if row else ("not_bound", d)
        return d["status"]["status"], d
    r = client.get(f"/api/v1/persons/{q['person']}/travel", params=params)
    assert r.status_code == 200, r.text
    d = r.json()
    if q.get("state"):
        row = next(s for s in d["states"] if s["iso3"] == q["state"])
        return (row["overflight_category"] if q.get("presence") == "airspace" else row["answer"]), row
    return d["warrant"]["outstanding"], d


@pytest.mark.parametrize("q", [q for _, q in API], ids=[i for i, _ in API])
def test_round20_api_question(client: Any, q: dict[str, Any]) -> None:
    got, whole = _api_answer(client, q)
    expect = q["expect"]
    assert got in (expect if isinstance(expect, list) else [expect]), f"question {q['id']}: {got}, expected {expect}"
    for c in q.get("check", {}).get("citations_include", []):
        assert any(c in x["citation"] for x in whole.get("citations", [])), f"question {q['id']}: no citation of {c}"
    for w in q.get("check", {}).get("doubts_include", []):
        assert any(w in x for x in whole.get("doubts", [])), f"question {q['id']}: no doubt says {w!r}"


def test_the_presence_parameter_is_checked(client: Any) -> None:
    r = client.get("/api/v1/arrest", params={"state": "FRA", "person": "benjamin-netanyahu", "on": "2025-02-02", "presence": "sea"})
    assert r.status_code == 422
