"""Properties of the engine, checked over generated questions (hypothesis)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from iccwatch.facts import Assumption, Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.arrest import arrest_obligation_during
from iccwatch.law.determination import Determination
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
    state = data.draw(st.sampled_from(sorted(facts.records.states)))
    person = data.draw(st.sampled_from(_persons(facts)))
    det = arrest_obligation(facts, state, person, on)
    _root_agrees(det)
    # Frozen: the answer cannot be overwritten after the reasoning is built.
    try:
        det.answer = "unknown"  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("a Determination can be changed after it is built")
    assert (det.forum == "none") == (not det.forum_bodies)


def _root_agrees(det: Determination) -> None:
    """The root conclusion states the answer, and no other; where there is no duty, there is no forum."""
    from iccwatch.law.determination import ROOT_PHRASES

    root = det.reasoning.conclusion
    assert ROOT_PHRASES[det.answer] in root, (det.answer, root)
    for other, phrase in ROOT_PHRASES.items():
        if other != det.answer:
            assert phrase not in root, (det.answer, root)
    assert (det.forum == "none") == (not det.forum_bodies), (det.answer, det.forum, det.forum_bodies)


#: Every kind of what-if a caller can state (``Assumption.parse``), beyond treaty acts too: a warrant issued or
#: withdrawn, custody, an office held, an Art. 98(2) agreement, an Art. 12(3) declaration (for a situation or none),
#: a Council referral (binding a State, or urging all), a State's referral, a ratification, a withdrawal, an Art. 16 deferral.
WHAT_IFS = {
    "warrant_issued": "warrant {person} issued {day} in {situation}",
    "warrant_withdrawn": "warrant {person} withdrawn {day}",
    "custody": "custody {person} {day}",
    "office": "office {person} head_of_state {other} {day}",
    "office_ended": "office {person} head_of_government {other} 2002-07-01 {day}",
    "art_98_2": "{state} art_98_2_agreement {day} with {other}",
    "declaration": "{state} declaration_12_3 {day} for {situation}",
    "declaration_any": "{state} declaration_12_3 {day}",
    "unsc_referral": "referral {situation} unsc {day} obliging {other}",
    "unsc_referral_urging": "referral {situation} unsc {day}",
    "state_referral": "referral {situation} {other} {day}",
    "ratification": "{other} ratification {day}",
    "withdrawal": "{state} withdrawal_notified {day}",
    "revocation": "{state} withdrawal_revoked {day}",
    "extradition": "extradition {person} from {state} by {other} {day}",
    "extradition_other_conduct": "extradition {person} from {state} by {other} {day} other_conduct obligation",
    "art16_situation": "art16 deferral {situation} {day}",
    "art16_person": "art16 deferral {person} {day}",
}


def _month_only_days(facts: Facts) -> list[dt.date]:
    """Days within the spans of the record's dates given only to their month (or year): a warrant's issue and
    statuses, offices, States' acts; the first, a middle and the last day of each."""
    from iccwatch.model.dates import DateSpan

    raw = [d for w in facts.records.warrants.values() for d in (w.issued, w.unsealed, *(h.date for h in w.status_history))]
    raw += [d for p in facts.records.persons.values() for o in p.offices for d in (o.start, o.end)]
    raw += [a.date for s in facts.records.states.values() for a in s.participation]
    out: set[dt.date] = set()
    for d in raw:
        if d and len(str(d)) < 10:
            span = DateSpan.parse(str(d))
            out |= {span.first, span.first + (span.last - span.first) / 2, span.last}
    return sorted(x for x in out if x >= dt.date(2002, 7, 1))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])
@given(data=st.data(), on=DATES, day=DATES)
def test_the_answer_and_the_root_agree_under_every_kind_of_what_if(facts: Facts, data: st.DataObject, on: dt.date,
                                                                  day: dt.date) -> None:
    states = sorted(facts.records.states)
    state, other = data.draw(st.sampled_from(states)), data.draw(st.sampled_from(states))
    person = data.draw(st.sampled_from(_persons(facts)))
    situation = data.draw(st.sampled_from(sorted(facts.records.situations)))
    kind = data.draw(st.sampled_from(sorted(WHAT_IFS)))
    text = WHAT_IFS[kind].format(person=person, day=day.isoformat(), situation=situation, state=state, other=other)
    try:
        f = facts.with_assumptions([Assumption.parse(text)])
    except (ValueError, LookupError):  # an impossible assumption is an error naming it (tested elsewhere)
        reject()
    det = arrest_obligation(f, state, person, on)
    _root_agrees(det)
    assert det.assumptions, text  # the answer says what was assumed
    for step in det.reasoning.walk():
        assert step.citations, f"step {step.rule} cites nothing under {text}"


@PROPS
@given(data=st.data())
def test_the_answer_and_the_root_agree_on_month_only_dates(facts: Facts, data: st.DataObject) -> None:
    """On the days a month-only date of the record leaves open, and over a whole month (an event dated only to it)."""
    state = data.draw(st.sampled_from(sorted(facts.records.states)))
    person = data.draw(st.sampled_from(_persons(facts)))
    on = data.draw(st.sampled_from(_month_only_days(facts)))
    _root_agrees(arrest_obligation(facts, state, person, on))
    first = on.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    _root_agrees(arrest_obligation_during(facts, state, person, first, last, first.strftime("%Y-%m")))


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
