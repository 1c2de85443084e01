"""The travel matrix: for every warrant subject, every State and every date, what the State must do
if the person arrives, computed by an interval sweep rather than day by day.

The answer for (State, person, date) changes only when a fact changes: a State's treaty acts (and the
dates Arts. 126 and 127(1) derive from them), a situation's dates, a resolution's adoption, a
warrant's issue or status, an agreement or a postponement. The matrix evaluates the engine's own rules
(``bases_in_situation``, ``effect_modifiers``) at those dates and combines them with the engine's own
``compose`` and ``final_answer``: the same composition, evaluated once per interval. A lookup is a
binary search. A test compares the two on sampled questions.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from iccwatch.facts import Facts
from iccwatch.law.arrest import bases_in_situation, effect_modifiers, final_answer, situations_of
from iccwatch.law.determination import Answer, RuleResult, compose, duty_answer
from iccwatch.law.party_status import intervals_of
from iccwatch.law.travel import category_of
from iccwatch.law.warrants import warrant_status
from iccwatch.model import parse_partial_date

#: The earliest date the matrix covers: the Statute's adoption.
EPOCH = dt.date(1998, 7, 17)
DAY = dt.timedelta(days=1)


def _dates(d: str | None) -> set[dt.date]:
    """The days on which a fact dated ``d`` can change an answer: its first day, and the day after its last."""
    if not d:
        return set()
    first, last = parse_partial_date(d)
    return {first, last + DAY}


@dataclass
class TravelMatrix:
    """Per (person, State): sorted interval starts and the category from each start on."""

    starts: dict[tuple[str, str], list[dt.date]] = field(default_factory=dict)
    categories: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def lookup(self, person: str, state: str, on: dt.date) -> str:
        key = (person, state)
        i = bisect.bisect_right(self.starts[key], on) - 1
        return self.categories[key][i] if i >= 0 else "not_bound"

    def intervals(self) -> int:
        return sum(len(v) for v in self.starts.values())


def _state_points(facts: Facts, iso3: str) -> set[dt.date]:
    st = facts.records.states[iso3]
    points: set[dt.date] = set()
    for a in st.participation:
        if a.instrument == "rome-statute":
            points |= _dates(a.date)
    for iv in intervals_of(facts, iso3):
        points.add(iv.start)
        if iv.end:
            points.add(iv.end)
    return points


def _situation_points(facts: Facts, sid: str) -> set[dt.date]:
    sit = facts.records.situations[sid]
    points = set()
    for d in (sit.investigation_opened, sit.authorisation.date if sit.authorisation else None,
              sit.preliminary_examination.opened if sit.preliminary_examination else None):
        points |= _dates(d)
    if sit.unsc_resolution:
        points |= _dates(facts.records.instruments[sit.unsc_resolution].adopted)
    return points


def travel_matrix(facts: Facts) -> TravelMatrix:
    """The whole matrix: every warrant subject × every State × every interval between changes."""
    matrix = TravelMatrix()
    state_points = {iso3: _state_points(facts, iso3) for iso3 in facts.records.states}
    sit_points = {sid: _situation_points(facts, sid) for sid in facts.records.situations}
    disputed = {iso3: [a for a in st.participation if a.disputed] for iso3, st in facts.records.states.items()}
    alt_facts = {(iso3, id(a)): facts.without_act(iso3, a) for iso3, acts in disputed.items() for a in acts}
    bases_cache: dict[tuple[str, str, dt.date, dt.date | None, int], list[RuleResult]] = {}
    for pid, person in facts.records.persons.items():
        points = {EPOCH}
        for w in facts.warrants_of(pid):
            points |= _dates(w.issued)
            for h in w.status_history:
                points |= _dates(h.date)
        for d in facts.records.decisions.values():
            if pid in d.persons and d.finding == "postponement_allowed":
                points |= _dates(d.date) | _dates(d.effective_until)
        person_points = sorted(points)
        person_state = []
        for d in person_points:
            ws = warrant_status(facts, person, d)
            person_state.append((ws, situations_of(facts, ws)))
        situations = {s for _, sits in person_state for s in sits}
        if not situations:
            for iso3 in facts.records.states:
                matrix.starts[(pid, iso3)] = [EPOCH]
                matrix.categories[(pid, iso3)] = ["not_bound"]
            continue
        extra = set().union(*(sit_points[s] for s in situations))
        for iso3, st in facts.records.states.items():
            agreement_points = {parse_partial_date(a.date)[0] for a in st.participation
                                if a.action == "art_98_2_agreement" and a.counterparty in person.nationality}
            all_points = sorted({p for p in (set(person_points) | state_points[iso3] | extra | agreement_points) if p >= EPOCH})
            starts: list[dt.date] = []
            cats: list[str] = []
            for d in all_points:
                ws, sits = person_state[bisect.bisect_right(person_points, d) - 1]
                if ws.applies == "no":
                    cat = "not_bound"
                else:
                    def duties_for(f: Facts, tag: int) -> list[RuleResult]:
                        out: list[RuleResult] = []
                        for sid, issued in sits.items():  # noqa: B023 (used at once)
                            key = (iso3, sid, d, issued, tag)  # noqa: B023
                            if key not in bases_cache:
                                bases_cache[key] = bases_in_situation(f, iso3, f.records.situations[sid], d, issued)  # noqa: B023
                            out += bases_cache[key]
                        return out
                    duties = duties_for(facts, 0)
                    mods = effect_modifiers(facts, iso3, person, d) if ws.outstanding and duty_answer(duties) == "obliged" else []
                    answer: Answer = compose(duties, mods, ws.applies)
                    alts = []
                    for a in disputed[iso3]:
                        f = alt_facts[(iso3, id(a))]
                        alt_duties = duties_for(f, id(a))
                        alt_mods = effect_modifiers(f, iso3, person, d) if ws.outstanding and duty_answer(alt_duties) == "obliged" else []
                        alts.append(compose(alt_duties, alt_mods, ws.applies))
                    cat = category_of(final_answer(answer, alts), duties)
                if not cats or cats[-1] != cat:
                    starts.append(d)
                    cats.append(cat)
            matrix.starts[(pid, iso3)] = starts
            matrix.categories[(pid, iso3)] = cats
    return matrix
