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
from iccwatch.law.arrest import (
    bases_in_situation,
    dates_read_by_bases,
    effect_modifiers,
    final_answer,
    situations_of,
)
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


BasesCache = dict[tuple[str, str, dt.date, "dt.date | None", int], list[RuleResult]]


def _duties(f: Facts, iso3: str, sits: dict[str, dt.date | None], d: dt.date, tag: int,
            seg_points: dict[tuple[str, str], list[dt.date]], cache: BasesCache) -> list[RuleResult]:
    """The basis rules for ``iso3`` in each situation, evaluated at the start of the segment holding ``d``."""
    out: list[RuleResult] = []
    for sid, issued in sits.items():
        seg = seg_points[(iso3, sid)]
        start = seg[bisect.bisect_right(seg, d) - 1]
        key = (iso3, sid, start, issued, tag)
        if key not in cache:
            cache[key] = bases_in_situation(f, iso3, f.records.situations[sid], start, issued)
        out += cache[key]
    return out


def travel_matrix(facts: Facts) -> TravelMatrix:
    """The whole matrix: every warrant subject × every State × every interval between changes."""
    matrix = TravelMatrix()
    state_points = {iso3: _state_points(facts, iso3) for iso3 in facts.records.states}
    disputed = {iso3: [a for a in st.participation if a.disputed] for iso3, st in facts.records.states.items()}
    alt_facts = {(iso3, id(a)): facts.without_act(iso3, a) for iso3, acts in disputed.items() for a in acts}
    bases_cache: BasesCache = {}
    seg_points: dict[tuple[str, str], list[dt.date]] = {}
    for pid, person in facts.records.persons.items():
        points = {EPOCH}
        for w in facts.warrants_of(pid):
            points |= _dates(w.issued)
            for h in w.status_history:
                points |= _dates(h.date)
        for dec in facts.records.decisions.values():
            if pid in dec.persons and dec.finding == "postponement_allowed":
                points |= _dates(dec.date) | _dates(dec.effective_until)
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
        # Each situation with every issue date it is asked with (the residual rule compares it).
        situations_issued = sorted({(sid, issued) for _, sits in person_state for sid, issued in sits.items()},
                                   key=lambda x: (x[0], x[1] or EPOCH))
        for iso3, st in facts.records.states.items():
            for sid in situations:
                if (iso3, sid) not in seg_points:
                    seg_points[(iso3, sid)] = sorted({EPOCH} | state_points[iso3] | dates_read_by_bases(facts, iso3, facts.records.situations[sid]))
            agreement_points = {parse_partial_date(a.date)[0] for a in st.participation
                                if a.action == "art_98_2_agreement" and a.counterparty in person.nationality}
            # The rules on execution can only apply where the host has such an agreement or a postponement
            # decision concerns this person; elsewhere they return "no" and need not be asked.
            may_modify = bool(agreement_points) or any(x.finding == "postponement_allowed" for x in facts.decisions_about(iso3, pid))
            pair_points = set(person_points) | agreement_points
            for sid, _ in situations_issued:
                pair_points.update(seg_points[(iso3, sid)])
            all_points = sorted(pair_points)
            # Only the rule for a former party (Art. 127(2)) reads a warrant's date: elsewhere drop it
            # from the cache key, as bases_in_situation does.
            first_end = min((iv.end for iv in intervals_of(facts, iso3) if iv.end is not None), default=None)
            starts: list[dt.date] = []
            cats: list[str] = []
            segs = [(sid, issued, seg_points[(iso3, sid)]) for sid, issued in situations_issued]
            prev: tuple[object, ...] | None = None
            for d in all_points:
                i = bisect.bisect_right(person_points, d) - 1
                ws, sits = person_state[i]
                if first_end is None or d < first_end:
                    sits = dict.fromkeys(sits)
                # Where the segment starts: nothing that bears on the answer changes between two of them.
                where = (i, *(seg[bisect.bisect_right(seg, d) - 1] for _, _, seg in segs))
                if where == prev and not may_modify:
                    continue
                prev = where
                if ws.applies == "no":
                    cat = "not_bound"
                else:
                    duties = _duties(facts, iso3, sits, d, 0, seg_points, bases_cache)
                    mods = effect_modifiers(facts, iso3, person, d) if may_modify and ws.outstanding and duty_answer(duties) == "obliged" else []
                    answer: Answer = compose(duties, mods, ws.applies)
                    alts = []
                    for a in disputed[iso3]:
                        f = alt_facts[(iso3, id(a))]
                        alt_duties = _duties(f, iso3, sits, d, id(a), seg_points, bases_cache)
                        alt_mods = effect_modifiers(f, iso3, person, d) if may_modify and ws.outstanding and duty_answer(alt_duties) == "obliged" else []
                        alts.append(compose(alt_duties, alt_mods, ws.applies))
                    cat = category_of(final_answer(answer, alts), duties)
                if not cats or cats[-1] != cat:
                    starts.append(d)
                    cats.append(cat)
            matrix.starts[(pid, iso3)] = starts
            matrix.categories[(pid, iso3)] = cats
    return matrix
