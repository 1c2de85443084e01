"""The travel map: for a person on a date, every State classified by what it must do if the person
comes to its territory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from iccwatch.facts import Facts
from iccwatch.law.airspace import AIRSPACE_CATEGORY, airspace_category
from iccwatch.law.arrest import arrest_obligation
from iccwatch.law.determination import Basis, Determination
from iccwatch.law.warrants import Held, warrant_status
from iccwatch.model.dates import DateSpan

#: Categories, in the order the map's legend shows them.
CATEGORIES = (
    "bound_by_statute",
    "bound_by_unsc_resolution",
    "bound_by_declaration_or_arrangement",
    "former_party_residual",
    "bound_execution_postponed",
    AIRSPACE_CATEGORY,
    "contested",
    "unknown",
    "not_bound",
)

#: Each category in words a reader without the law's vocabulary can follow (the dashboard's map and the
#: CLI's travel map print the meaning of each category shown).
CATEGORY_MEANING = {
    "bound_by_statute": "a State Party, bound by the Statute to arrest and surrender (Arts. 86, 89(1))",
    "bound_by_unsc_resolution": "bound by the Security Council resolution that referred the situation (Art. 13(b))",
    "bound_by_declaration_or_arrangement": "bound by its declaration accepting the Court's jurisdiction (Art. 12(3)) "
                                           "or by an ad hoc arrangement with the Court (Art. 87(5)(a))",
    "former_party_residual": "a former State Party, still bound to cooperate in investigations and proceedings "
                             "begun before its withdrawal took effect (Art. 127(2))",
    "bound_execution_postponed": "bound, but the request is not to be executed for now: the State may postpone it while its "
                                 "admissibility challenge is considered (Art. 95), or the Security Council has deferred the "
                                 "case (Art. 16)",
    AIRSPACE_CATEGORY: "for a flight over it: bound on its territory, which includes the airspace above it (Chicago "
                       "Convention arts. 1, 2), but whether and how it must act against the aircraft is disputed",
    "contested": "the record holds positions that disagree on whether it must arrest",
    "unknown": "the record lacks a fact needed to answer",
    "not_bound": "no duty to arrest on that day",
}

def category_of(answer: str, bases: Sequence[Basis], postponed: bool = False) -> str:
    """The travel-map category of an answer and the bases behind it (one definition for the map,
    the travel matrix and the dashboard). ``postponed``: the State is bound but may postpone executing
    the request for now (Art. 95), which is not the same as not being bound."""
    if answer in ("contested", "unknown"):
        return answer
    if answer == "not_obliged" and postponed:
        return "bound_execution_postponed"
    if answer != "obliged":
        return "not_bound"
    kinds = {b.kind for b in bases if b.applies == "yes"}
    if "statute" in kinds:
        return "bound_by_statute"
    if "unsc" in kinds:
        return "bound_by_unsc_resolution"
    if kinds & {"declaration", "arrangement"}:
        return "bound_by_declaration_or_arrangement"
    return "former_party_residual"


def classify(det: Determination) -> str:
    category = category_of(det.answer, det.bases, det.execution_postponed)
    return airspace_category(category) if det.question.get("presence") == "airspace" else category


def recorded_trips(facts: Facts, person: str, on: dt.date) -> dict[str, str]:
    """The kind of trip (visit, transit, overflight, planned, cancelled) the record holds of ``person`` to each State on
    a span of days holding ``on`` (one per State: a trip made before one planned or cancelled)."""
    order = ("visit", "transit", "overflight", "planned", "cancelled")
    out: dict[str, str] = {}
    for e in facts.records.events.values():
        if e.person != person:
            continue
        first = DateSpan.parse(e.date).first
        last = DateSpan.parse(e.end_date).last if e.end_date else DateSpan.parse(e.date).last
        if first <= on <= last and (e.state not in out or order.index(e.trip) < order.index(out[e.state])):
            out[e.state] = e.trip
    return out


def held_row(facts: Facts, h: Held, on: dt.date) -> dict[str, Any]:
    """A spell of custody by a State (or a group on its territory) in force on ``on``, as the views show it (its end
    only where it came by then: the law as at the date)."""
    sp = h.spell
    st = facts.records.states.get(sp.held_by)
    return {"warrant": h.warrant.id, "held_by": sp.held_by, "held_by_name": st.name if st else sp.held_by, "holder": sp.holder,
            **({"group": sp.group} if sp.group else {}), "since": sp.since,
            **({"until": sp.until} if sp.until and sp.until_span is not None and sp.until_span.last <= on else {}),
            **({"until_unknown": sp.until_unknown} if sp.until_unknown else {}), "certain": h.certainty == "held",
            **({"own_proceedings": sp.own_proceedings} if sp.own_proceedings else {}),
            "read_from_arrest": sp.derived, "duty_of_holder": "surrender" if sp.holder == "state" else "arrest and surrender once in custody"}


def travel_map(facts: Facts, person: str, on: dt.date) -> dict[str, Any]:
    p = facts.person(person)
    rows = []
    trips = recorded_trips(facts, p.id, on)
    for iso3, st in sorted(facts.records.states.items()):
        det = arrest_obligation(facts, iso3, p.id, on)
        category = classify(det)
        rows.append({
            "iso3": iso3,
            "numeric": st.numeric,
            "name": st.name,
            "category": category,
            # A flight over the State is a category of its own, not a visit (law/airspace.py).
            "overflight_category": airspace_category(category),
            "recorded_trip": trips.get(iso3),
            "answer": det.answer,
            "basis": det.basis,
            "forum": det.forum,
            "immunity_contested": bool(det.contested),
        })
    counts = {c: sum(r["category"] == c for r in rows) for c in CATEGORIES}
    ws = warrant_status(facts, p, on)
    return {
        "question": {"kind": "travel", "person": p.id, "person_name": p.name, "on": on.isoformat()},
        # Why the map is as it is: the person's warrants on the date (at large, in custody, dead, terminated,
        # under seal), with the doubts and missing facts that hold for every State bound to cooperate.
        "warrant": {"outstanding": ws.applies, "conclusion": ws.step.conclusion,
                    "warrants": [c.conclusion for c in ws.step.children],
                    "doubts": list(ws.doubts), "missing_facts": list(dict.fromkeys([*ws.missing, *ws.duty_missing])),
                    "citations": ws.step.all_citations(),
                    # who held the person on the date, not the Court (a State, or a group on a State's territory)
                    "held": [held_row(facts, h, on) for h in ws.held]},
        "counts": counts,
        "states": rows,
        "assumptions": [str(a) for a in facts.assumptions],
        "doubts": [],
    }
