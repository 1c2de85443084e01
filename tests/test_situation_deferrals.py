"""Art. 18(2) deferral requests are shown with each situation, in words, as they stood on the day asked:
who asked and when, and the Chamber's ruling once made (session 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.model.dates import DateSpan


def _with_deferrals(facts: Facts) -> list[tuple[str, dict]]:
    return [(s.id, d.model_dump(mode="json")) for s in facts.records.situations.values() for d in s.deferrals]


def test_each_request_is_named_with_its_state_and_date_and_its_ruling(facts: Facts) -> None:
    found = _with_deferrals(facts)
    if not found:
        pytest.skip("no deferral request in the record")
    rows = {r["id"]: r for r in service.situations_list(facts)}
    for sid, d in found:
        text = rows[sid].get("deferral_requests", "")
        assert f"{facts.records.states[d['state']].name} requested deferral on {d['requested']}" in text, (sid, text)
        if d["outcome"] != "pending":
            assert f"on {d['outcome_date']} the Chamber" in text, (sid, text)


def test_before_the_ruling_the_request_has_no_ruling_yet_and_before_the_request_nothing(facts: Facts) -> None:
    ruled = [(sid, d) for sid, d in _with_deferrals(facts) if d.get("outcome_date")]
    if not ruled:
        pytest.skip("no ruled deferral request in the record")
    sid, d = ruled[0]
    before_ruling = DateSpan.parse(d["outcome_date"]).first - dt.timedelta(days=1)
    row = next(r for r in service.situations_list(facts, before_ruling) if r["id"] == sid)
    assert "no ruling yet" in row["deferral_requests"], row["deferral_requests"]
    before_request = DateSpan.parse(d["requested"]).first - dt.timedelta(days=1)
    rows = [r for r in service.situations_list(facts, before_request) if r["id"] == sid]
    assert all(facts.records.states[d["state"]].name not in r.get("deferral_requests", "") for r in rows)
