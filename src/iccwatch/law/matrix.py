"""The travel matrix: for every warrant subject, every State and every date, what the State must do
if the person arrives, computed by an interval sweep rather than day by day.

The answer for (State, person, date) changes only when a fact changes: a State's treaty acts (and the
dates Arts. 126 and 127(1) derive from them), a situation's dates, a resolution's adoption, a
warrant's issue or status (for a warrant the record does not date, the start of its situation's
investigation, before which none can have been issued), an agreement or a postponement. The matrix evaluates the engine's own rules
(``bases_in_situation``, ``effect_modifiers``) at those dates and combines them with the engine's own
``compose`` and ``final_answer``: the same composition, evaluated once per interval. A lookup is a
binary search. The rules write their reasoning text only when it is read (``RuleResult.step``), and
the matrix reads only answers and bases, so it never pays for the text. Tests compare the matrix with
full determinations on sampled questions of the record and on every pair of the fixture record.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.airspace import airspace_category
from iccwatch.law.arrest import (
    dates_read_by_bases,
    effect_modifiers,
    evaluate_bases,
    final_answer,
    situations_of,
)
from iccwatch.law.art16 import change_days as art16_days
from iccwatch.law.determination import Answer, Applies, IssueSpan, RuleResult, compose, duty_answer
from iccwatch.law.party_status import intervals_of
from iccwatch.law.travel import category_of
from iccwatch.law.warrants import investigation_began, warrant_status
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Person

NOT_BOUND = "not_bound"
#: The earliest date the matrix covers: the Statute's adoption.
EPOCH = dt.date(1998, 7, 17)
DAY = dt.timedelta(days=1)


def _dates(d: str | None) -> set[dt.date]:
    """The days on which a fact dated ``d`` can change an answer: its first day, and the day after its last."""
    if not d:
        return set()
    span = DateSpan.parse(d)
    # Within a month- or year-only span, the answer may be unknown from its second day (a status that
    # takes effect during its day, on a day the record does not give).
    return {span.first, span.last + DAY} | ({span.first + DAY} if span.last > span.first else set())


@dataclass
class TravelMatrix:
    """Per (person, State): sorted interval starts and the category from each start on."""

    starts: dict[tuple[str, str], tuple[dt.date, ...]] = field(default_factory=dict)
    categories: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, person: str, state: str, on: dt.date, presence: str = "territory") -> str:
        """The category on ``on``; for a flight over the State (``presence="airspace"``), the category of its own that a
        State bound on its territory takes then (``law/airspace.airspace_category``)."""
        key = (person, state)
        i = bisect.bisect_right(self.starts[key], on) - 1
        category = self.categories[key][i] if i >= 0 else "not_bound"
        return airspace_category(category) if presence == "airspace" else category

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
        if iv.start_latest:
            points.add(iv.start_latest)
        if iv.end:
            points.add(iv.end)
        if iv.end_latest:
            points.add(iv.end_latest)
    return points


#: A set of situations, with or without the warrants' dates.
_SitsKey = tuple[object, ...]
BasesCache = dict[tuple[str, str, dt.date, "IssueSpan | None", int], list[RuleResult]]


def _duties(f: Facts, iso3: str, sits: dict[str, IssueSpan | None], d: dt.date, tag: int,
            seg_points: dict[tuple[str, str], list[dt.date]], cache: BasesCache) -> list[RuleResult]:
    """The basis rules for ``iso3`` in each situation, evaluated at the start of the segment holding ``d``."""
    out: list[RuleResult] = []
    for sid, issued in sits.items():
        seg = seg_points[(iso3, sid)]
        start = seg[bisect.bisect_right(seg, d) - 1]
        key = (iso3, sid, start, issued, tag)
        if key not in cache:
            # The engine's own rules; the sweep's table replaces the engine's bounded memo, which the
            # whole matrix would overflow.
            if issued is not None and not any(iv.end is not None and iv.end <= start for iv in intervals_of(f, iso3)):
                issued = None
                key = (iso3, sid, start, issued, tag)
            if key not in cache:
                cache[key] = evaluate_bases(f, iso3, f.records.situations[sid], start, issued)
        out += cache[key]
    return out


def _execution_rules(facts: Facts, iso3: str, person: Person, on: dt.date, outstanding: bool) -> list[RuleResult]:
    """The rules on execution (Art. 98(2), Art. 95), which bear only on a warrant outstanding."""
    return effect_modifiers(facts, iso3, person, on) if outstanding else []


class _Sweep:
    """What the sweep computes once and shares between persons: each State's change dates per
    situation, the basis rules evaluated at them, and, for a State and a set of situations, the
    categories over the whole time line (the same for every person in those situations)."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        states = facts.records.states
        self.state_points = {iso3: _state_points(facts, iso3) for iso3 in states}
        self.disputed = {iso3: [a for a in st.participation if a.disputed] for iso3, st in states.items()}
        self.alt_facts = {(iso3, id(a)): facts.without_act(iso3, a) for iso3, acts in self.disputed.items() for a in acts}
        self.bases: BasesCache = {}
        self.seg_points: dict[tuple[str, str], list[dt.date]] = {}
        # An Art. 98(2) agreement binds both its parties: listed under each, with the other as counterparty.
        self.agreements: dict[str, list[tuple[str | None, dt.date]]] = {iso3: [] for iso3 in states}
        for iso3, st in states.items():
            for a in st.participation:
                if a.action == "art_98_2_agreement":
                    for d in _dates(a.date):
                        self.agreements[iso3].append((a.counterparty, d))
                        if a.counterparty in self.agreements and a.counterparty != iso3:
                            self.agreements[a.counterparty].append((iso3, d))
        self.first_ends = {iso3: min((iv.end for iv in intervals_of(facts, iso3) if iv.end is not None), default=None)
                           for iso3 in states}
        self.timelines: dict[tuple[str, int], tuple[list[dt.date], list[str | None]]] = {}
        #: Each distinct (warrant status, situations) key, numbered once: the inner loop hashes a number.
        self.key_ids: dict[tuple[str, _SitsKey], int] = {}
        #: The change dates of a State for a set of situations (the same for every key over that set).
        self.unions: dict[tuple[str, ...], list[dt.date]] = {}
        #: A State's row for a signature of merged spans (``_merged``), shared by the persons that have it.
        self.rows: dict[tuple[str, tuple[object, ...]], tuple[tuple[dt.date, ...], tuple[str, ...]]] = {}

    def segments(self, iso3: str, sid: str) -> list[dt.date]:
        seg = self.seg_points.get((iso3, sid))
        if seg is None:
            seg = self.seg_points[(iso3, sid)] = sorted(
                {EPOCH} | self.state_points[iso3] | dates_read_by_bases(self.facts, iso3, self.facts.records.situations[sid]))
        return seg

    def category(self, iso3: str, applies: str, sits: dict[str, IssueSpan | None], d: dt.date,
                 modifiers: Callable[[Facts], list[RuleResult]] | None) -> str:
        """The category on ``d`` for a person whose warrants (``applies``) are in ``sits``: the engine's
        basis rules and, where they can apply, its rules on execution, composed by ``compose``."""
        if applies == "no":
            return "not_bound"
        first_end = self.first_ends[iso3]
        if first_end is None or d < first_end:
            # Only the rule for a former party (Art. 127(2)) reads a warrant's date.
            sits = dict.fromkeys(sits)
        duties = _duties(self.facts, iso3, sits, d, 0, self.seg_points, self.bases)
        mods = modifiers(self.facts) if modifiers is not None and duty_answer(duties) == "obliged" else []
        answer: Answer = compose(duties, mods, applies)  # type: ignore[arg-type]
        postponed = answer == "not_obliged" and any(m.applies == "yes" and m.effect == "postpone" for m in mods)
        alts = []
        for a in self.disputed[iso3]:
            f = self.alt_facts[(iso3, id(a))]
            alt_duties = _duties(f, iso3, sits, d, id(a), self.seg_points, self.bases)
            alt_mods = modifiers(f) if modifiers is not None and duty_answer(alt_duties) == "obliged" else []
            alts.append(compose(alt_duties, alt_mods, applies))  # type: ignore[arg-type]
        return category_of(final_answer(answer, alts), duties, postponed)

    def timeline(self, iso3: str, sits: dict[str, IssueSpan | None], key: int) -> tuple[list[dt.date], list[str | None]]:
        """The change dates of ``iso3`` for any person whose warrants are in ``sits`` (``key``: the number
        of the warrant status and the situations, with the warrants' dates where the State may be a former
        party, since only the rule for a former party, Art. 127(2), reads them), and the category from each
        where no rule on execution can apply. Shared by every such person; each category is filled in when
        first needed."""
        timeline = self.timelines.get((iso3, key))
        if timeline is None:
            union = (iso3, *sits)
            points = self.unions.get(union)
            if points is None:
                points = self.unions[union] = sorted({p for sid in sits for p in self.segments(iso3, sid)})
            timeline = self.timelines[(iso3, key)] = (points, [None] * len(points))
        return timeline

    def sits_keys(self, applies: str, sits: dict[str, IssueSpan | None]) -> tuple[int, int]:
        """The numbers of (``applies``, the situations) and of (``applies``, the situations with the
        warrants' dates)."""
        plain = (applies, tuple(sorted(sits)))
        dated = (applies, tuple(sorted(sits.items(), key=lambda x: (x[0], x[1] or (EPOCH, EPOCH)))))
        ids = self.key_ids
        return ids.setdefault(plain, len(ids)), ids.setdefault(dated, len(ids))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the sweep runs. The sweep makes tens of thousands of
    short-lived objects (results, closures, keys), freed by reference counting as soon as they are
    dropped; each time their count crossed the collector's threshold it traversed every object of the
    record, which cost about half the sweep (measured: 0.9-1.1 s CPU with it, 0.45-0.6 s without). The
    collector resumes after (unless the caller had paused it) and then finds whatever cycle there is."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def travel_matrix(facts: Facts) -> TravelMatrix:
    """The whole matrix: every warrant subject × every State × every interval between changes."""
    with _collector_paused():
        return _sweep_all(facts)


def _sweep_all(facts: Facts) -> TravelMatrix:
    matrix = TravelMatrix()
    sweep = _Sweep(facts)
    never: tuple[tuple[dt.date, ...], tuple[str, ...]] = ((EPOCH,), (NOT_BOUND,))
    rows = {never: never}
    for pid, person in facts.records.persons.items():
        points = {EPOCH}
        challengers: set[str] = set()  # States whose admissibility challenge may allow a postponement (Art. 95)
        for w in facts.warrants_of(pid):
            points |= _dates(w.issued)
            for c in w.admissibility_challenges:
                challengers.add(c.by_state)
                points |= _dates(c.made) | _dates(c.determined)
                if c.determined:  # a determination dated by a period ends the challenge by the period's last day
                    points.add(DateSpan.parse(c.determined).last)
            if w.issued is None and (began := investigation_began(facts, w)):
                points.add(began[0])
            for h in w.status_history:
                points |= _dates(h.date)
        postponed = False
        for dec in facts.decisions_naming(pid):
            if dec.finding == "postponement_allowed":
                points |= _dates(dec.date) | _dates(dec.effective_until)
                postponed = True
        # An Art. 16 deferral the Council requested for the person's case (by name or by a situation of his warrants):
        # its period's ends are change points, and every State's row reads the rules on execution.
        deferred = art16_days(facts, person, {w.situation for w in facts.warrants_of(pid)})
        points |= deferred
        person_points = sorted(points)
        person_state = []
        for d in person_points:
            ws = warrant_status(facts, person, d)
            person_state.append((ws, situations_of(facts, ws)))
        if not any(sits for _, sits in person_state):
            for iso3 in facts.records.states:
                matrix.starts[(pid, iso3)], matrix.categories[(pid, iso3)] = never
            continue
        # The person's time line: from each of its points to the next, one warrant status (a span in
        # which no warrant is or may be outstanding is "not bound" wherever the person is).
        spans: list[_RawSpan] = [(d, person_points[i + 1] if i + 1 < len(person_points) else None, ws.applies,
                  ws.applies == "no" or not sits, sits, sweep.sits_keys(ws.applies, sits), bool(ws.outstanding))
                 for i, (d, (ws, sits)) in enumerate(zip(person_points, person_state, strict=True))]
        timelines = sweep.timelines
        # For the States where no rule on execution can apply, the row depends only on the spans' dates and
        # keys: adjacent spans with the same key (the warrant's status changed, but not whether or in which
        # situations it is outstanding) are one span, and persons whose merged spans are the same share the
        # row of each such State (computed once, from the same shared time lines).
        merged = (_merged(spans, 0), _merged(spans, 1))
        timelines = sweep.timelines
        # The rules on execution can only apply where the host has an Art. 98(2) agreement with one of the
        # person's States or a postponement decision concerns this person; elsewhere they return "no"
        # and need not be asked.
        modifying = {iso3 for iso3, agreements in sweep.agreements.items() if any(c in person.nationality for c, _ in agreements)}
        if postponed:
            modifying |= {iso3 for iso3 in facts.records.states
                          if any(x.finding == "postponement_allowed" for x in facts.decisions_about(iso3, pid))}
        modifying |= challengers & set(facts.records.states)
        if deferred:
            modifying |= set(facts.records.states)
        for iso3 in facts.records.states:
            starts: list[dt.date] = []
            cats: list[str] = []
            last = None
            if iso3 in modifying:
                agreement_points = {d for c, d in sweep.agreements[iso3] if c in person.nationality}
                for first, until, applies, idle, sits, _keys, outstanding in spans:
                    if idle:
                        if last != NOT_BOUND:
                            starts.append(first)
                            cats.append(last := NOT_BOUND)
                        continue
                    # The rules on execution read the date: every change point of the span is evaluated.
                    inner = {p for sid in sits for p in sweep.segments(iso3, sid)} | agreement_points | deferred | {first}
                    for d in sorted(p for p in inner if first <= p and (until is None or p < until)):
                        mods = functools.partial(_execution_rules, iso3=iso3, person=person, on=d, outstanding=outstanding)
                        cat = sweep.category(iso3, applies, sits, d, mods)
                        if cat != last:
                            starts.append(d)
                            cats.append(last := cat)
            else:
                k = 0 if sweep.first_ends[iso3] is None else 1
                shared = sweep.rows.get((iso3, merged[k][0]))
                if shared is not None:
                    matrix.starts[(pid, iso3)], matrix.categories[(pid, iso3)] = shared
                    continue
                for first, until, applies, idle, sits, key in merged[k][1]:
                    if idle:
                        if last != NOT_BOUND:
                            starts.append(first)
                            cats.append(last := NOT_BOUND)
                        continue
                    t_points, t_cats = timelines.get((iso3, key)) or sweep.timeline(iso3, sits, key)
                    i = bisect.bisect_right(t_points, first) - 1  # points start at EPOCH: i >= 0
                    for j in range(i, len(t_points) if until is None else bisect.bisect_left(t_points, until, i)):
                        found = t_cats[j]
                        if found is None:
                            found = t_cats[j] = sweep.category(iso3, applies, sits, t_points[j], None)
                        if found != last:
                            starts.append(t_points[j] if j > i else max(t_points[j], first))
                            cats.append(last := found)
            pair = (pid, iso3)
            # Many pairs have the same time line: they share one pair of tuples (fewer objects for the
            # collector to traverse once the sweep is done).
            row = rows.setdefault((tuple(starts), tuple(cats)), (tuple(starts), tuple(cats)))
            matrix.starts[pair], matrix.categories[pair] = row
            if iso3 not in modifying:
                sweep.rows[(iso3, merged[0 if sweep.first_ends[iso3] is None else 1][0])] = row
    return matrix


#: A span of the person's time line: from, until, whether a warrant applies, idle, its situations, its keys, outstanding.
_RawSpan = tuple[dt.date, "dt.date | None", Applies, bool, "dict[str, IssueSpan | None]", tuple[int, int], bool]
#: A merged span: from, until, whether a warrant applies, idle, its situations, its key (-1 if idle).
_Span = tuple[dt.date, "dt.date | None", Applies, bool, "dict[str, IssueSpan | None]", int]


def _merged(spans: list[_RawSpan], k: int) -> tuple[tuple[object, ...], list[_Span]]:
    """The person's spans with adjacent ones of the same key (``k``: 0 without the warrants' dates, 1 with) made
    one, and their signature (dates and keys) by which persons share a State's row. An idle span (no warrant
    outstanding or possibly outstanding) has no key."""
    out: list[_Span] = []
    for first, until, applies, idle, sits, keys, _outstanding in spans:
        key = -1 if idle else keys[k]
        if out and out[-1][5] == key and out[-1][1] == first:
            prev = out[-1]
            out[-1] = (prev[0], until, prev[2], prev[3], prev[4], key)
        else:
            out.append((first, until, applies, idle, sits, key))
    return tuple((s[0], s[1], s[5]) for s in out), out
