"""Properties of the engine, checked over generated questions (hypothesis)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iccwatch.facts import Facts
from iccwatch.law import arrest_obligation
from iccwatch.model import Participation, Source, State

DATES = st.dates(min_value=dt.date(2002, 7, 1), max_value=dt.date(2026, 5, 31))
SRC = Source(url="https://example.org/test", kind="secondary")
PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _persons(facts: Facts) -> list[str]:
    return sorted(facts.records.persons)


@PROPS
@given(data=st.data(), on=DATES)
def test_a_state_bound_by_nothing_is_never_obliged(facts: Facts, data: st.DataObject, on: dt.date) -> None:
    blank = State(iso3="XXA", iso2="XA", numeric="999", name="Testland", name_fr="Testlande", un_status="non_member", sources=[SRC])
    f = Facts(replace(facts.records, states={**facts.records.states, "XXA": blank}))
    person = data.draw(st.sampled_from(_persons(facts)))
    assert arrest_obligation(f, "XXA", person, on).answer != "obliged"


@PROPS
@given(data=st.data(), on=DATES)
def test_an_unrelated_fact_never_changes_the_answer(facts: Facts, data: st.DataObject, on: dt.date) -> None:
    states = sorted(facts.records.states)
    state = data.draw(st.sampled_from(states))
    other = data.draw(st.sampled_from([s for s in states if s != state]))
    person = data.draw(st.sampled_from(_persons(facts)))
    before = arrest_obligation(facts, state, person, on)
    st_other = facts.records.states[other]
    extra = Participation(instrument="apic", action="signature", date="2003-01-01", sources=[SRC])
    changed = Facts(replace(facts.records, states={**facts.records.states, other: st_other.model_copy(update={"participation": [*st_other.participation, extra]})}))
    after = arrest_obligation(changed, state, person, on)
    assert (after.answer, after.basis, after.forum) == (before.answer, before.basis, before.forum)


@PROPS
@given(data=st.data(), on=DATES)
def test_obliged_answers_have_basis_and_forum_and_every_step_cites(facts: Facts, data: st.DataObject, on: dt.date) -> None:
    state = data.draw(st.sampled_from(sorted(facts.records.states)))
    person = data.draw(st.sampled_from(_persons(facts)))
    det = arrest_obligation(facts, state, person, on)
    if det.answer == "obliged":
        assert det.basis and det.forum != "none"
    if det.answer == "not_obliged":
        assert det.forum == "none"
    for step in det.reasoning.walk():
        assert step.citations, f"step {step.rule} cites nothing"


@PROPS
@given(data=st.data(), on=DATES)
def test_the_answer_and_the_root_conclusion_always_agree(facts: Facts, data: st.DataObject, on: dt.date) -> None:
    from iccwatch.law.determination import ROOT_PHRASES

    state = data.draw(st.sampled_from(sorted(facts.records.states)))
    person = data.draw(st.sampled_from(_persons(facts)))
    det = arrest_obligation(facts, state, person, on)
    root = det.reasoning.conclusion
    assert ROOT_PHRASES[det.answer] in root, (det.answer, root)
    for other, phrase in ROOT_PHRASES.items():
        if other != det.answer:
            assert phrase not in root, (det.answer, root)
    # Frozen: the answer cannot be overwritten after the reasoning is built.
    try:
        det.answer = "unknown"  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("a Determination can be changed after it is built")
    assert (det.forum == "none") == (not det.forum_bodies)


def test_caches_are_private_and_bounded(facts: Facts) -> None:
    """Asking about many dates keeps every cache within its bound (no growth per date asked)."""
    from iccwatch.facts import DEFAULT_CACHE_SIZE

    f = Facts(facts.records)
    assert not hasattr(f, "memo")
    start = dt.date(2002, 7, 1)
    for i in range(DEFAULT_CACHE_SIZE + 500):
        arrest_obligation(f, "HUN", "Netanyahu", start + dt.timedelta(days=i))
    sizes = f.cache_sizes()
    assert sizes and max(sizes.values()) <= DEFAULT_CACHE_SIZE, sizes
