"""A State's own record against the other States' and against the day the State came into being (tests/dataset/ROUND18.md).
Run by ``checks.py`` in the order of ``CHECKS`` there.

Errors:

* a State's **``official_name_fr`` or ``short_name`` that is another State's** in the same field (the integrity checks
  compare ``name``, ``name_fr`` and ``official_name``, and the fields of one language across) (``shared_state_names``);
* a **cooperation-law status recorded twice** on one State (the same status, day, law and measure)
  (``legislation_twice``);
* a State named, in a fact dated **before the State came into being** (its ``since``), where rounds nine to eleven did
  not look: a Council resolution's ``obliges_states`` (by its ``adopted``), a competing request's ``requesting`` State
  (by the request's date), a statement's ``open_to`` (by its date), the State's own cooperation-law statuses (by
  their ``as_of``) and, from round twenty-nine, a situation's ``states`` and ``referring_states`` (by its referral, or
  where it has none, the first of its preliminary examination and its investigation) (``named_before_the_state``).

From the bad-input rounds seven to sixteen:

* a **fact of a State dated before the State existed** (its ``since``): a trip to it, a finding, response or request
  about it, a measure, a statement it signed (or, from round thirty-seven, drafted), a position it holds, an office in
  it (by its start, or from round thirty-seven, where no start is written, by its end), an act of its own
  (``facts_before_the_state``; tests/dataset/ROUND9.md, ROUND37.md);
* a **State's fact dated before the State existed** (its ``since``), where round nine did not look: a warrant's status
  by the State, an act with it as the counterparty, a deferral it requested; and a **since after the record's cut-off**
  (``acts_before_the_state``; tests/dataset/ROUND10.md);
* (warning) a State's **since with no primary source and no primary_gap**: the date every other fact of the State is
  checked against rests on it (``since_without_primary``; tests/dataset/ROUND10.md);
* (round 40) a **fact of a State dated after the State ceased to exist** (its ``ended``), on every field the three
  checks above read against its ``since``, and a custody spell it held or an admissibility challenge it made
  (``facts_after_the_state``); a State's **end before it came into being**, a **successor** that is the State itself,
  named twice, not a State of the record, or had itself ended before (``ended_states``; tests/dataset/ROUND40.md);
* **one person head of State of two States on one day** (neither ``de_facto``) (``heads_of_two_states``;
  tests/dataset/ROUND11.md);
* a cooperation-law status ``enacted`` or ``partial`` naming as its law (``measure``) a law whose ``scope`` is
  ``crimes_only``: such a law covers no cooperation (docs/data-format.md, "Cooperation legislation status")
  (``cooperation_laws``; tests/dataset/ROUND16.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from iccwatch.dataset.linked_date_checks import situation_begun
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import first_day, last_day
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan


def shared_state_names(r: RecordSet) -> Iterator[Problem]:
    for name_field in ("official_name_fr", "short_name"):
        seen: dict[str, str] = {}
        for iso3, st in r.states.items():
            name = getattr(st, name_field, None)
            if not name:
                continue
            other = seen.setdefault(name.casefold(), iso3)
            if other != iso3:
                yield Problem(r.file_of("states", iso3), iso3, name_field, f"{name!r} is also the {name_field} of {other}")


def legislation_twice(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        seen: dict[tuple[str, str, str | None, str | None], int] = {}
        for i, ls in enumerate(st.implementing_legislation):
            key = (ls.status, ls.as_of, ls.law, ls.measure)
            if key in seen:
                yield Problem(r.file_of("states", iso3), iso3, f"implementing_legislation[{i}]",
                              f"the status {ls.status!r} as of {ls.as_of} is recorded twice (implementing_legislation[{seen[key]}]): "
                              "record it once, with every source")
            else:
                seen[key] = i


#: (kind, key, field, State, date): one fact naming a State on a day.
Fact = tuple[str, str, str, str, str]


def _named_facts(r: RecordSet) -> Iterator[Fact]:
    """The facts that name a State where rounds nine to eleven did not look (``named_before_the_state``)."""
    for key, ins in r.instruments.items():
        for i, iso3 in enumerate(ins.obliges_states):
            yield "instruments", key, f"obliges_states[{i}]", iso3, ins.adopted or ""
    for key, q in r.requests.items():
        if q.requesting:
            yield "requests", key, "requesting", q.requesting, q.date or ""
    for key, st_ in r.statements.items():
        for i, iso3 in enumerate(st_.open_to):
            yield "statements", key, f"open_to[{i}]", iso3, st_.date or ""
    for iso3, st in r.states.items():
        for i, ls in enumerate(st.implementing_legislation):
            yield "states", iso3, f"implementing_legislation[{i}].as_of", iso3, ls.as_of
    for key, sit in r.situations.items():
        begun = situation_begun(sit)
        for field in ("states", "referring_states"):
            for i, iso3 in enumerate(getattr(sit, field)):
                yield "situations", key, f"{field}[{i}]", iso3, begun or ""


def _own_facts(r: RecordSet) -> Iterator[Fact]:
    """A State's facts of the bad-input rounds seven to sixteen (``facts_before_the_state``)."""
    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            yield "states", iso3, f"participation[{i}].date", iso3, a.date
    for key, e in r.events.items():
        yield "events", key, "state", e.state, e.date
    for key, d in r.decisions.items():
        if d.state:
            yield "decisions", key, "state", d.state, d.date
    for key, m in r.measures.items():
        if m.state:
            yield "measures", key, "state", m.state, m.date
    for key, q in r.requests.items():
        yield "requests", key, "requested_state", q.requested_state, q.date
    for key, st_ in r.statements.items():
        for i, iso3 in enumerate(st_.signatories):
            yield "statements", key, f"signatories[{i}]", iso3, st_.date or ""
        for i, iso3 in enumerate(st_.drafters):  # round 37: a drafter, dated by the statement as a signatory is
            yield "statements", key, f"drafters[{i}]", iso3, st_.date or ""
    for kind in ("responses", "positions"):
        for key, rec in r.of_kind(kind).items():
            for i, iso3 in enumerate(rec.states):
                yield kind, key, f"states[{i}]", iso3, rec.date or ""
    for key, p in r.persons.items():
        for i, o in enumerate(p.offices):
            if o.start:
                yield "persons", key, f"offices[{i}].start", o.state, o.start
            elif o.end:  # round 37: an office known only by its end is dated by it
                yield "persons", key, f"offices[{i}].end", o.state, o.end


def _acts(r: RecordSet) -> Iterator[Fact]:
    """A State's acts of round ten (``acts_before_the_state``)."""
    for key, w in r.warrants.items():
        for i, sc in enumerate(w.status_history):
            if sc.by_state and sc.date:
                yield "warrants", key, f"status_history[{i}].by_state", sc.by_state, sc.date
    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            if a.counterparty:
                yield "states", iso3, f"participation[{i}].counterparty", a.counterparty, a.date
    for key, s in r.situations.items():
        for i, d in enumerate(s.deferrals):
            yield "situations", key, f"deferrals[{i}].state", d.state, d.requested


def _held_and_challenged(r: RecordSet) -> Iterator[Fact]:
    """A State holding a person (a custody spell, by its since) or challenging a case's admissibility (by the day it made
    the challenge): read against its since by the custody and warrant checks, against its end here."""
    for key, w in r.warrants.items():
        for i, c in enumerate(w.custody):
            if c.holder == "state":
                yield "warrants", key, f"custody[{i}].held_by", c.held_by, c.since
        for i, ch in enumerate(w.admissibility_challenges):
            yield "warrants", key, f"admissibility_challenges[{i}].by_state", ch.by_state, ch.made


def _before(r: RecordSet, facts: Iterator[Fact]) -> Iterator[Problem]:
    """The facts dated before their State came into being (its ``since``)."""
    written = {iso3: st.since.date for iso3, st in r.states.items() if st.since}
    if not written:
        return
    since = {iso3: DateSpan.parse(text).first for iso3, text in written.items()}
    for kind, key, field, iso3, date in facts:
        if iso3 in since and date and DateSpan.parse(date).last < since[iso3]:
            yield Problem(r.file_of(kind, key), key, field, f"{iso3} is dated from {written[iso3]} (its since), but this is dated "
                          f"{date}, before it existed: the State then was another (record it under that State), or correct the date")


def named_before_the_state(r: RecordSet) -> Iterator[Problem]:
    return _before(r, _named_facts(r))


def facts_before_the_state(r: RecordSet) -> Iterator[Problem]:
    return _before(r, _own_facts(r))


def acts_before_the_state(r: RecordSet) -> Iterator[Problem]:
    return _before(r, _acts(r))


def facts_after_the_state(r: RecordSet) -> Iterator[Problem]:
    """(round 40) A fact of a State dated after the State ceased to exist (its ``ended``), on every fact the three
    checks above read against its ``since``, and its custody spells and admissibility challenges."""
    written = {iso3: st.ended.date for iso3, st in r.states.items() if st.ended}
    if not written:
        return
    ended = {iso3: DateSpan.parse(text).last for iso3, text in written.items()}
    for facts in (_own_facts(r), _acts(r), _named_facts(r), _held_and_challenged(r)):
        for kind, key, field, iso3, date in facts:
            if iso3 in ended and date and DateSpan.parse(date).first > ended[iso3]:
                yield Problem(r.file_of(kind, key), key, field, f"{iso3} ended on {written[iso3]} (its ended), but this is dated "
                              f"{date}, after it ceased to exist: the State then was another (record it under its successor), "
                              "or correct the date")


def ended_states(r: RecordSet) -> Iterator[Problem]:
    """(round 40) A State's end against its own record and the other States': an end before the State came into being
    (its ``since``), a successor the record does not hold, the State itself, one named twice, or one that had itself
    ended before."""
    for iso3, st in r.states.items():
        if st.ended is None:
            continue
        f, end = r.file_of("states", iso3), DateSpan.parse(st.ended.date)
        if st.since and end.last < DateSpan.parse(st.since.date).first:
            yield Problem(f, iso3, "ended.date", f"ended on {st.ended.date}, before it came into being on {st.since.date} (its since): "
                          "correct one of the two dates")
        seen: set[str] = set()
        for i, other in enumerate(st.ended.successors):
            field = f"ended.successors[{i}]"
            if other == iso3:
                yield Problem(f, iso3, field, f"{iso3} is named as its own successor: a successor is another State")
            elif other in seen:
                yield Problem(f, iso3, field, f"the successor {other} is named twice: name each once")
            elif other not in r.states:
                yield Problem(f, iso3, field, f"the successor {other} is not a State of the record (data/states/{other}.yaml): add "
                              "its record, or correct the code")
            elif (o := r.states[other]).ended and DateSpan.parse(o.ended.date).last < end.first:
                yield Problem(f, iso3, field, f"the successor {other} had itself ended on {o.ended.date}, before {iso3} ended on "
                              f"{st.ended.date}: correct the successor or a date")
            seen.add(other)
        if (cycle := _successor_cycle(r, iso3)) is not None:
            yield Problem(f, iso3, "ended.successors", f"the successors run in a cycle back to {iso3} ({' -> '.join(cycle)}): a "
                          "State cannot succeed its own successor; correct the successors")


def _successor_cycle(r: RecordSet, iso3: str) -> list[str] | None:
    """(round 41) The path of successors from ``iso3`` back to itself (``SSD -> SDN -> SSD``), or None: each State's own
    successors ``ended_states`` reads as written; a cycle through other States only shows by following them (and two
    States ending on one day, each the other's successor, pass the rule of a successor that ended before)."""
    path, todo = {iso3: [iso3]}, [iso3]
    while todo:
        at = todo.pop()
        st = r.states.get(at)
        for other in (st.ended.successors if st is not None and st.ended is not None else []):
            if other == iso3 and at != iso3:
                return [*path[at], iso3]
            if other not in path and other != at:
                path[other] = [*path[at], other]
                todo.append(other)
    return None


def since_without_primary(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        if st.since and not st.since.primary_gap and not any(s.kind == "primary" for s in st.since.sources):
            yield Problem(r.files[("states", iso3)], iso3, "since.primary_gap",
                          f"since {st.since.date} cites no primary source and has no primary_gap: every fact of {iso3} is checked "
                          "against this date; cite the UN's or the State's own text, or say in primary_gap what was searched",
                          severity="warning")


def heads_of_two_states(r: RecordSet) -> Iterator[Problem]:
    for key, p in r.persons.items():
        heads = [(i, o) for i, o in enumerate(p.offices) if o.kind == "head_of_state" and not o.de_facto and o.start]
        for n, (i, a) in enumerate(heads):
            for j, b in heads[n + 1:]:
                if a.state == b.state or not (a.start and b.start):
                    continue
                a_end = last_day(a.end) if a.end else dt.date.max
                b_end = last_day(b.end) if b.end else dt.date.max
                if first_day(a.start) < b_end and first_day(b.start) < a_end and max(last_day(a.start), last_day(b.start)) < min(a_end, b_end):
                    yield Problem(r.files[("persons", key)], key, f"offices[{j}]",
                                  f"head of State of {b.state} from {b.start} while head of State of {a.state} (offices[{i}]): one "
                                  "person heads one State at a time; correct a date or a State (a rival authority is de_facto)")


def cooperation_laws(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        for i, item in enumerate(st.implementing_legislation):
            law = r.measures.get(item.measure) if item.measure else None
            if law is not None and item.status in ("enacted", "partial") and law.scope == "crimes_only":
                yield Problem(r.file_of("states", iso3), iso3, f"implementing_legislation[{i}].measure",
                              f"{item.status}, naming {item.measure}, a law whose scope is crimes_only: such a law covers no "
                              "cooperation (name the cooperation law, or record the status the sources state)")
