"""The compliance of each event: what the host State had to do (from the law engine) against what it did.

Outcomes:
- ``complied``: the host was obliged (or its duty was contested) and arrested or surrendered the person;
- ``failed``: the host was obliged and did not arrest, or arrested and let the person go;
- ``not_obliged``: the host had no duty (what it did was its own choice; an arrest is noted as voluntary);
- ``contested``: the host's duty is contested and it did not arrest;
- ``unknown``: the duty cannot be told from the record (for a month-only date, the duty differs within
  the month, or a fact is missing).
- ``cancelled``: the trip was announced and did not take place; who cancelled it (the host refused
  entry, the visitor stayed away, the meeting moved online or was called off, or unknown) is part of the
  outcome, and the host's duty is reported beside it. A cancelled trip is not compliance: only a host
  that refused entry acted, and even then it did not arrest.
- ``planned``: the trip is announced and has not (yet) taken place; the host's duty on the planned date
  is reported, nothing is assessed.
- ``overflight``: the person's aircraft crossed the State's airspace without landing. The duty is asked
  with the person in the airspace (``law/airspace.py``): the State's airspace is its territory, so a State
  bound on its territory was bound, but whether and how it had to act against the aircraft (a State
  aircraft's immunity, the means: refusing the overflight, requiring a landing) is disputed and no ruling
  decides it; the explanation says so, the determination carries the point as a step, a doubt and a
  missing fact, and the index counts an overflight neither as complied nor as failed (it names it as left out).
A transit (a stopover on the territory) is assessed like a visit, asked with the person on a transit stop
(the duty on the territory, with a doubt where he stayed aboard a State aircraft), and its row says so.
Where the Court itself ruled on the event, the outcome records the Court's finding beside ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iccwatch.facts import Facts
from iccwatch.law.airspace import Presence
from iccwatch.law.arrest import arrest_obligation_during
from iccwatch.law.determination import Determination
from iccwatch.model import DateSpan, Decision, Event
from iccwatch.model.dates import date_sort_key

ACTED = {"arrest", "surrender"}
#: Every outcome an event can have.
OUTCOMES = ("complied", "failed", "not_obliged", "contested", "unknown", "cancelled", "planned", "overflight")
CANCELLED_BY_TEXT = {
    "host_refused_entry": "the host refused entry or said it would arrest",
    "visitor_stayed_away": "the visitor stayed away",
    "moved_online": "the meeting moved online",
    "meeting_called_off": "the meeting was called off by another participant or the organiser",
    "meeting_relocated": "the meeting was moved to another State",
    "unknown": "who cancelled it is not known",
}


@dataclass
class EventAssessment:
    event: Event
    outcome: str
    explanation: str
    determination: Determination
    court_decisions: list[Decision]

    def as_dict(self, facts: Facts) -> dict[str, Any]:
        e = self.event
        return {
            "event": e.id,
            "date": e.date,
            "person": e.person,
            "person_name": facts.records.persons[e.person].name,
            "state": e.state,
            "state_name": facts.records.states[e.state].name,
            "action": e.action,
            "trip": e.trip,
            "presence": presence_of(e),
            "cancelled_by": e.cancelled_by,
            "duty": self.determination.answer,
            "outcome": self.outcome,
            "explanation": self.explanation,
            "court_findings": [{"decision": d.id, "date": d.date, "finding": d.finding, "referred_to": d.referred_to,
                                "record_number": d.record_number} for d in self.court_decisions],
            "determination": self.determination.as_dict(),
            "sources": [s.model_dump(mode="json", exclude_none=True) for s in e.sources],
        }


def decisions_on(facts: Facts, e: Event) -> list[Decision]:
    """The Court's decisions about this event: linked explicitly, or on the same State and person
    after the event with no later event of that person in that State before them."""
    linked = [d for d in facts.records.decisions.values() if e.id in d.events]
    if linked:
        return sorted(linked, key=lambda d: date_sort_key(d.date))
    return []


#: Where the person was during a trip of each kind (the other kinds: on the territory).
PRESENCE_OF_TRIP: dict[str, Presence] = {"overflight": "airspace", "transit": "transit"}


def presence_of(e: Event) -> Presence:
    """Where the event puts the person: in the host's airspace (an overflight), on a transit stop, or on its territory."""
    return PRESENCE_OF_TRIP.get(e.trip or "", "territory")


def _duty(facts: Facts, e: Event) -> Determination:
    # A status dated D (an arrest, a surrender) takes effect during D, so the law asks the host on the
    # event's own day; a month-only date gives ``unknown`` where the duty changes within the month.
    span = DateSpan.parse(e.date)
    first, last = span.first, span.last
    return arrest_obligation_during(facts, e.state, e.person, first, last, e.date, presence_of(e))


def _bound(duty: str) -> bool:
    return duty in ("obliged", "contested", "unknown")


def assess_event(facts: Facts, e: Event) -> EventAssessment:
    det = _duty(facts, e)
    state = facts.records.states[e.state].name
    person = facts.records.persons[e.person].name
    duty = det.answer
    if e.action in ACTED:
        if duty == "not_obliged":
            outcome, why = "not_obliged", f"{state} had no duty to arrest {person} but did so ({e.action}): voluntary cooperation"
        elif duty == "unknown":
            outcome, why = "unknown", f"{state} acted ({e.action}), but its duty cannot be told from the record"
        else:
            outcome, why = "complied", f"{state} {'was bound to arrest' if duty == 'obliged' else 'had a contested duty to arrest'} {person} and acted ({e.action})"
    elif e.trip == "cancelled":
        who = CANCELLED_BY_TEXT[e.cancelled_by or "unknown"]
        outcome, why = "cancelled", f"the trip of {person} to {state} did not take place ({who}); {state}'s duty: {duty.replace('_', ' ')}"
    elif e.trip == "planned":
        outcome, why = "planned", f"a trip of {person} to {state} is announced or planned; {state}'s duty on that date: {duty.replace('_', ' ')}"
    elif e.trip == "overflight":
        why = (f"{person}'s aircraft crossed {state}'s airspace without landing; its airspace is its territory (Chicago Convention "
               f"arts. 1, 2), and {state}'s duty to arrest {person} there: {duty.replace('_', ' ')}")
        if _bound(duty):
            why += (f"; whether and how {state} had to act against the aircraft (a State aircraft's immunity; refusing the "
                    "overflight or requiring a landing) is disputed, and no ruling of the Court decides it: the overflight is "
                    "not assessed as complied or failed")
        outcome = "overflight"
    else:  # no_arrest, arrest_and_release
        did = "did not arrest" if e.action == "no_arrest" else "arrested and then released"
        if e.trip == "transit":
            did += " during a transit stop"
        outcome = {"obliged": "failed", "not_obliged": "not_obliged", "contested": "contested", "unknown": "unknown"}[duty]
        why = {
            "failed": f"{state} was bound to arrest and surrender {person} and {did} {person}",
            "not_obliged": f"{state} had no duty to arrest {person}",
            "contested": f"{state}'s duty to arrest {person} is contested, and it {did} {person}",
            "unknown": f"whether {state} had to arrest {person} cannot be told from the record",
        }[outcome]
        if e.trip == "transit" and _bound(duty):
            why += (f" (a transit stop lands {person} on {state}'s territory; if {person} stayed aboard a State aircraft, whether "
                    f"{state} could board it is disputed)")
    court = decisions_on(facts, e)
    for d in court:
        if d.kind != "non_compliance":
            made = f"a ruling ({d.kind.replace('_', ' ')}: {d.outcome})"
        else:
            made = {"non_compliance": "a finding of non-compliance", "no_finding": "no finding"}.get(d.finding or "", "a ruling reversed on appeal")
        why += f"; the Court ({d.chamber}, {d.date}) made {made}"
    return EventAssessment(e, outcome, why, det, court)


def assess_events(facts: Facts, state: str | None = None, person: str | None = None) -> list[EventAssessment]:
    """Every event assessed (memoised on the read-only facts), optionally for one State or person."""
    iso3 = facts.state(state).iso3 if state else None
    pid = facts.person(person).id if person else None
    every = facts.memoised("assessed_events", (), lambda: [assess_event(facts, e) for e in sorted(facts.records.events.values(), key=lambda e: date_sort_key(e.date))], maxsize=1)
    return [a for a in every if not (iso3 and a.event.state != iso3 or pid and a.event.person != pid)]


def days_between(a: str, b: str) -> int:
    return (DateSpan.parse(b).first - DateSpan.parse(a).first).days

