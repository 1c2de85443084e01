"""Reasoning written on first read, and the per-facts indexes: the same answers and text as written at once."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from iccwatch.facts import Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.law.warrants import _warrant_status, warrant_status


def test_a_step_written_later_equals_the_step_written_at_once() -> None:
    calls: list[int] = []
    child = Step("child", ["RS art 86"], "a child", [FactUsed("a fact", "2020-01-01", ())])

    def write() -> list[Step]:
        calls.append(1)
        return [child]

    later = Step.later("root", ["RS art 89(1)", "RS art 89(1)"], "the root", write)
    assert later.conclusion == "the root" and later.citations == ("RS art 89(1)",)
    assert not calls  # nothing written before the children are read
    eager = Step("root", ["RS art 89(1)"], "the root", children=[child])
    assert later == eager and later.as_dict() == eager.as_dict()
    assert later.children == (child,) and len(calls) == 1  # written once, then kept
    assert later.walk() == eager.walk() and len(calls) == 1
    # Pickled with its children written; the copy equals the original.
    fresh = Step.later("root", ["RS art 89(1)"], "the root", lambda: [child])
    assert pickle.loads(pickle.dumps(fresh)) == eager


def _dates(facts: Facts) -> list[dt.date]:
    """The days around every recorded date of a warrant (where its rule changes), and a few others."""
    out = {dt.date(2001, 1, 1), dt.date(2010, 6, 15), dt.date(2026, 1, 1)}
    for w in facts.records.warrants.values():
        for d in [w.issued, w.unsealed, *(h.date for h in w.status_history)]:
            if d and len(d) == 10:
                day = dt.date.fromisoformat(d)
                out |= {day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)}
    return sorted(out)


def test_the_warrant_rule_written_later_equals_it_written_at_once(facts: Facts) -> None:
    f = Facts(facts.records)
    days = _dates(f)
    checked = 0
    for person in f.records.persons.values():
        for day in days[:: max(1, len(days) // 40)]:
            lazy, eager = warrant_status(f, person, day), _warrant_status(f, person, day, write=True)
            assert (lazy.outstanding, lazy.uncertain, lazy.missing, lazy.doubts, lazy.duty_missing, lazy.issue_spans) == (
                eager.outstanding, eager.uncertain, eager.missing, eager.doubts, eager.duty_missing, eager.issue_spans)
            assert lazy.step.as_dict() == eager.step.as_dict()
            checked += 1
    assert checked > 100


def test_a_determination_reads_the_same_whether_its_reasoning_is_read_first_or_last(facts: Facts) -> None:
    persons = sorted(facts.records.persons)[:12]
    states = sorted(facts.records.states)[::9]
    for pid in persons:
        for iso3 in states:
            on = dt.date(2024, 3, 1)
            first = arrest_obligation(Facts(facts.records), iso3, pid, on)
            reasoning_first = first.reasoning.as_dict()
            again = arrest_obligation(Facts(facts.records), iso3, pid, on)
            assert again.answer == first.answer
            assert again.as_dict() == {**first.as_dict(), "reasoning": reasoning_first}


def test_a_name_as_recorded_finds_what_any_other_writing_of_it_finds(facts: Facts) -> None:
    f = Facts(facts.records)
    names = {n for p in f.records.persons.values() for n in [p.name, *p.aliases]}
    assert names
    for name in sorted(names):
        indexed = f.find_persons(name)  # exactly as recorded: the per-facts index
        scanned = f.find_persons(f" {name} ")  # other text: normalised, the bounded cache
        assert [p.id for p in indexed] == [p.id for p in scanned], name


def test_an_index_keeps_no_key_the_record_does_not_hold(facts: Facts) -> None:
    f = Facts(facts.records)

    def missing() -> object:
        return f.records.states["XXX"]

    with pytest.raises(KeyError):
        f.indexed("test_kind", "XXX", missing)
    assert f.cache_sizes().get("test_kind", 0) == 0
    assert f.indexed("test_kind", "FRA", lambda: f.records.states["FRA"]) is f.records.states["FRA"]
    assert f.indexed("test_kind", "FRA", lambda: pytest.fail("computed twice")) is f.records.states["FRA"]


def test_a_determination_is_built_with_every_field_and_stays_frozen(facts: Facts) -> None:
    """Determination writes its fields straight into the instance: every field must be among them."""
    import dataclasses

    from iccwatch.law import Determination

    det = arrest_obligation(Facts(facts.records), sorted(facts.records.states)[0], sorted(facts.records.persons)[0], dt.date(2024, 3, 1))
    assert {f.name for f in dataclasses.fields(Determination)} <= set(vars(det))
    copy = Determination(**{f.name: getattr(det, f.name) for f in dataclasses.fields(Determination)})
    assert copy == det
    with pytest.raises(dataclasses.FrozenInstanceError):
        det.answer = "obliged"  # type: ignore[misc]
    with pytest.raises(AssertionError, match="root conclusion"):
        Determination(det.question, "obliged" if det.answer != "obliged" else "not_obliged", (), det.forum_bodies, det.reasoning)
