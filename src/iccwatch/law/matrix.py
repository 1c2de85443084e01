"""The travel matrix: for every warrant subject, every State and every date, what the State must do
if the person arrives, computed by an interval sweep rather than day by day.

The answer for (State, person, date) changes only when a fact changes: a State's treaty acts, a
situation's dates, a resolution's adoption, a warrant's issue or status. So the matrix evaluates the
same basis rules the engine uses (``bases_in_situation``) once per interval between those dates, and
stores, for each person and State, the intervals with their category. A lookup is a binary search.
The engine remains the reference: a test compares the two on sampled questions.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from iccwatch.facts import Facts
from iccwatch.law.arrest import bases_in_situation
from iccwatch.law.determination import Basis, answer_of
from iccwatch.law.travel import category_of
from iccwatch.law.warrants import warrant_status
from iccwatch.model import parse_partial_date

#: The earliest date the matrix covers: the Statute's adoption.
EPOCH = dt.date(1998, 7, 17)


def _firsts(dates: list[str | None]) -> set[dt.date]:
    return {parse_partial_date(d)[0] for d in dates if d}


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


def _state_situation_segments(facts: Facts, iso3: str, situation_id: str) -> tuple[list[dt.date], list[tuple[str, list[Basis]]]]:
    """Where the duty of ``iso3`` in a situation can change, and the (answer, bases) on each segment."""
    st = facts.records.states[iso3]
    sit = facts.records.situations[situation_id]
    points = {EPOCH}
    # Only acts under the Statute itself bear on these duties (not APIC or the Kampala amendments).
    points |= _firsts([a.date for a in st.participation if a.instrument == "rome-statute"])
    points |= _firsts([sit.investigation_opened, sit.authorisation.date if sit.authorisation else None,
                       sit.preliminary_examination.opened if sit.preliminary_examination else None])
    if sit.unsc_resolution:
        points |= _firsts([facts.records.instruments[sit.unsc_resolution].adopted])
    # Before the situation's first warrant no one is sought in it, so earlier changes cannot matter.
    issued = _firsts([w.issued for w in facts.records.warrants.values() if w.situation == situation_id])
    first = min(issued, default=EPOCH)
    points = {p for p in points if p > first} | {first}
    disputed = [a for a in st.participation if a.disputed]
    starts = sorted(points)
    values = []
    for d in starts:
        bases = bases_in_situation(facts, iso3, sit, d)
        answer = answer_of(bases)
        for act in disputed:
            # The same test the engine makes: does the answer hold without the disputed fact?
            alt = answer_of(bases_in_situation(facts.without_act(iso3, act), iso3, sit, d))
            if alt != answer and answer in ("obliged", "not_obliged"):
                answer = "unknown"
        values.append((answer, bases))
    return starts, values


def travel_matrix(facts: Facts) -> TravelMatrix:
    """The whole matrix: every warrant subject × every State × every interval between changes."""
    matrix = TravelMatrix()
    segment_cache: dict[tuple[str, str], tuple[list[dt.date], list[tuple[str, list[Basis]]]]] = {}
    for pid, person in facts.records.persons.items():
        warrants = [w for w in facts.records.warrants.values() if w.person == pid]
        points = {EPOCH}
        for w in warrants:
            points |= _firsts([w.issued])
            points |= {parse_partial_date(h.date)[1] for h in w.status_history if h.date}
        person_points = sorted(points)
        # Which situations have an outstanding warrant, or is it unknown, on each person segment.
        person_state = []
        for d in person_points:
            ws = warrant_status(facts, person, d)
            person_state.append((tuple(dict.fromkeys(w.situation for w in ws.outstanding)), ws.unknown))
        situations = sorted({s for sits, _ in person_state for s in sits})
        for iso3, st in facts.records.states.items():
            # Art. 98(2) agreements between this host and the person's State turn a duty into a contest.
            agreements = sorted(parse_partial_date(a.date)[0] for a in st.participation
                                if a.action == "art_98_2_agreement" and a.counterparty in person.nationality)
            segs = {}
            for x in situations:
                if (iso3, x) not in segment_cache:
                    segment_cache[(iso3, x)] = _state_situation_segments(facts, iso3, x)
                segs[x] = segment_cache[(iso3, x)]
            all_points = sorted(set(person_points).union(*(set(s[0]) for s in segs.values()), agreements))
            starts: list[dt.date] = []
            cats: list[str] = []
            for d in all_points:
                sits, unknown = person_state[bisect.bisect_right(person_points, d) - 1]
                if not sits:
                    cat = "unknown" if unknown else "not_bound"
                else:
                    bases: list[Basis] = []
                    answers = []
                    for x in sits:
                        seg_starts, seg_values = segs[x]
                        answer, b = seg_values[bisect.bisect_right(seg_starts, d) - 1]
                        answers.append(answer)
                        bases += b
                    answer = answer_of(bases)
                    if "unknown" in answers and answer in ("obliged", "not_obliged"):
                        answer = "unknown"
                    if answer == "obliged" and agreements and agreements[0] <= d:
                        answer = "contested"
                    cat = category_of(answer, bases)
                if not cats or cats[-1] != cat:
                    starts.append(d)
                    cats.append(cat)
            matrix.starts[(pid, iso3)] = starts
            matrix.categories[(pid, iso3)] = cats
    return matrix
