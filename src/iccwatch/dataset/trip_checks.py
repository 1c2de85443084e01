"""A person's trips against the person's warrants, custody, death and other trips, and a trip's own dates. Run by
``checks.py`` in the order of ``CHECKS`` there.

Errors:

* a **trip of a person against whom no warrant or summons had been issued** that day, only an application for one (an
  application binds no State) (``trips_without_a_warrant``; tests/dataset/ROUND7.md);
* an **overflight ending days after it began** (``end_date`` later than the next day: an aircraft crosses a State's
  airspace within hours; a stay is a ``visit`` or a ``transit``) (``long_overflights``; tests/dataset/ROUND7.md);
* a **no-arrest trip on the day a warrant records the person's arrest or surrender by that very State**
  (``no_arrest_on_arrest_day``; tests/dataset/ROUND7.md);
* a **trip while held by another State**: a trip (the person present) to one State, strictly inside a custody spell of
  another State that has a recorded end (the person cannot have travelled while held), and a **trip ending after the
  person's death** (the start is checked already) (``trips_inside_custody_spells``, ``trips_after_death``;
  tests/dataset/ROUND12.md).

Warnings (the record may be right and must then say why):

* a **news-dated trip whose every source was written more than a month after it ended** (no source of the time, no
  primary: the date rests on a later recollection), or **before it began** (a report of the day before cannot say the
  trip happened) (``trips_dated_by_later_sources``; tests/dataset/ROUND8.md);
* **two trips of one person to one State whose days overlap** under two ids (the same stay recorded twice)
  (``overlapping_trips``; tests/dataset/ROUND8.md);
* a **trip to a State while another State held the person** under a warrant (its ``arrested`` status by that State, with
  no surrender, release or end of the case recorded before the trip) (a release on bail at home is often unrecorded:
  record it) (``trips_while_arrested_by_a_state``; tests/dataset/ROUND8.md);
* a **trip lasting more than three months** (``end_date`` over 92 days after ``date``): a stay that long is a residence,
  not a trip, or the ``end_date`` is mistyped (a note saying why it is one trip is enough) (``long_stays``;
  tests/dataset/ROUND9.md);
* a person with a ``travel_gap`` (what was searched, and that no trip was found) **of whom trips are recorded**: the gap
  no longer says what the record holds (as round ten's ``later_rulings_gap`` on a followed finding)
  (``travel_gaps_beside_trips``; tests/dataset/ROUND15.md).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from iccwatch.dataset.custody_checks import spells_by_person
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import first_day, last_day
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan, parse_partial_date


def trips_without_a_warrant(r: RecordSet) -> Iterator[Problem]:
    """A trip only matters to cooperation once a warrant or summons is issued; before, an application binds
    no one. (A trip before any warrant or application at all is the older rule's.)"""
    issued: dict[str, dt.date] = {}
    applied: set[str] = set()
    for w in r.warrants.values():
        if w.kind == "application":
            applied.add(w.person)
            continue
        day = w.issued or next((s.date for s in w.status_history if s.status == "issued" and s.date), None)
        if day:
            issued[w.person] = min(issued.get(w.person, dt.date.max), parse_partial_date(day)[0])
    for key, e in r.events.items():
        if e.person in applied and parse_partial_date(e.date)[1] < issued.get(e.person, dt.date.max):
            since = issued.get(e.person)
            yield Problem(r.files[("events", key)], key, "date",
                          f"a trip on {e.date}, when {e.person} was the subject only of an application for a warrant "
                          + (f"(the first was issued on {since})" if since else "(none issued)") + ": an application binds no State")


def no_arrest_on_arrest_day(r: RecordSet) -> Iterator[Problem]:
    taken: dict[tuple[str, str, str], str] = {}
    for w in r.warrants.values():
        for s in w.status_history:
            if s.status in ("arrested", "surrendered") and s.by_state and s.date and len(s.date) == 10:
                taken.setdefault((w.person, s.by_state, s.date), f"{s.status} by {s.by_state} on {s.date} ({w.id})")
    for key, e in r.events.items():
        if e.action == "no_arrest" and len(e.date) == 10 and (what := taken.get((e.person, e.state, e.date))):
            yield Problem(r.files[("events", key)], key, "action",
                          f"no_arrest on {e.date}, but a warrant records the person {what}: record the arrest on the event "
                          "(arrest, surrender or arrest_and_release)")


def long_overflights(r: RecordSet) -> Iterator[Problem]:
    for key, e in r.events.items():
        if e.trip == "overflight" and e.end_date and (parse_partial_date(e.end_date)[0] - parse_partial_date(e.date)[1]).days > 1:
            yield Problem(r.files[("events", key)], key, "end_date",
                          f"an overflight from {e.date} to {e.end_date}: crossing a State's airspace takes hours, not days "
                          "(a stay on the territory is a visit or a transit)")


#: A report written this many days after a trip ended is no longer a report of the time.
LATE_DAYS = 31


#: Trips a source of the time reports as made (a plan or a cancellation is announced beforehand).
_MADE = frozenset({"no_arrest", "arrest", "surrender", "arrest_and_release"})


#: What ends a State's holding of a person arrested under a warrant.
_HOLD_ENDS = frozenset({"surrendered", "released", "deceased", "warrant_withdrawn", "proceedings_terminated", "case_inadmissible",
                        "acquitted"})


def trips_while_arrested_by_a_state(r: RecordSet) -> Iterator[Problem]:
    """A trip to a State after the warrant records the person's arrest by another, before any surrender or release."""
    held: dict[str, list[tuple[dt.date, dt.date | None, str, str]]] = defaultdict(list)
    for wkey, w in r.warrants.items():
        hist = sorted((s for s in w.status_history if s.date), key=lambda s: parse_partial_date(s.date)[0])
        for i, s in enumerate(hist):
            if s.status == "arrested" and s.by_state:
                end = next((parse_partial_date(t.date)[0] for t in hist[i + 1:] if t.status in _HOLD_ENDS), None)
                held[w.person].append((parse_partial_date(s.date)[1], end, s.by_state, wkey))
    for key, e in r.events.items():
        if e.person not in held or e.action not in _MADE or e.trip in ("planned", "cancelled"):
            continue
        first = parse_partial_date(e.date)[0]
        for since, until, by, wkey in held[e.person]:
            if by != e.state and since < first and (until is None or first < until):
                yield Problem(r.files[("events", key)], key, "date",
                              f"{e.person} was held by {by} from {since} under {wkey} (no surrender or release recorded before "
                              f"{e.date}): a trip to {e.state} then contradicts it; record the release (a domestic bail too), or correct the trip",
                              "warning")


def overlapping_trips(r: RecordSet) -> Iterator[Problem]:
    by: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for key, e in sorted(r.events.items()):
        if e.action not in _MADE or e.trip in ("planned", "cancelled"):
            continue
        first, last = parse_partial_date(e.date)
        if len(e.date) != 10:  # a month or a year is not a day to compare
            continue
        if e.end_date:
            last = max(last, parse_partial_date(e.end_date)[1])
        by[(e.person, e.state)].append((first, last, key))
    for trips in by.values():
        for i, (first, last, key) in enumerate(trips):
            for ofirst, olast, okey in trips[:i]:
                if first <= olast and ofirst <= last:
                    yield Problem(r.files[("events", key)], key, "date",
                                  f"its days ({first} to {last}) overlap those of {okey} ({ofirst} to {olast}): the same stay "
                                  "recorded twice? (if two trips, say so in the note)", "warning")


def trips_dated_by_later_sources(r: RecordSet) -> Iterator[Problem]:
    for key, e in r.events.items():
        if e.action not in _MADE or not e.sources or any(s.kind == "primary" or not s.date for s in e.sources):
            continue
        first = parse_partial_date(e.date)[0]
        last = parse_partial_date(e.end_date)[1] if e.end_date else parse_partial_date(e.date)[1]
        days = [parse_partial_date(s.date) for s in e.sources if s.date]
        f = r.files[("events", key)]
        if all(d[0] > last + dt.timedelta(days=LATE_DAYS) for d in days):
            yield Problem(f, key, "sources", f"every source was written more than {LATE_DAYS} days after the trip "
                          f"(the earliest {min(d[0] for d in days)}): cite a report of the time, or say in the note why none is",
                          "warning")
        elif all(d[1] < first for d in days):
            yield Problem(f, key, "sources", f"every source is dated before the trip began ({first}): a report of before "
                          "cannot say it was made; cite one of the time, or record it as planned", "warning")


#: A trip (not planned or cancelled) whose end is this many days after its start is no trip.
LONG_STAY_DAYS = 92


def long_stays(r: RecordSet) -> Iterator[Problem]:
    for key, e in r.events.items():
        if e.end_date is None or e.note or e.action in ("visit_cancelled", "visit_planned"):
            continue
        days = (DateSpan.parse(e.end_date).last - DateSpan.parse(e.date).first).days
        if days > LONG_STAY_DAYS:
            yield Problem(r.files[("events", key)], key, "end_date",
                          f"a trip from {e.date} to {e.end_date}, {days} days: a stay that long is a residence, not a trip (or the "
                          "end_date is mistyped); record the trips, or say in a note why it is one", severity="warning")


_PRESENT = ("no_arrest", "arrest", "surrender", "arrest_and_release")


def trips_inside_custody_spells(r: RecordSet) -> Iterator[Problem]:
    spells = spells_by_person(r)
    for key, e in r.events.items():
        if e.trip in ("planned", "cancelled") or e.action not in _PRESENT:
            continue
        day = DateSpan.parse(e.date)
        for held_by, since, until, wkey in spells.get(e.person, []):
            if held_by != e.state and until is not None and since < day.first and day.last < until:
                yield Problem(r.files[("events", key)], key, "date",
                              f"a trip to {e.state} on {e.date}, while {held_by} held the person ({wkey}: from {since} to "
                              f"{until}): correct the trip's date or State, or the spell")
                break


def trips_after_death(r: RecordSet) -> Iterator[Problem]:
    died: dict[str, dt.date] = {}
    for w in r.warrants.values():
        for sc in w.status_history:
            if sc.status == "deceased" and sc.date and not sc.disputed:
                last = last_day(sc.date)
                died[w.person] = min(last, died.get(w.person, last))
    for key, e in r.events.items():
        death = died.get(e.person)
        if death and e.end_date and e.action in _PRESENT and e.trip not in ("planned", "cancelled") \
                and first_day(e.date) <= death < first_day(e.end_date):
            yield Problem(r.files[("events", key)], key, "end_date",
                          f"a trip ending on {e.end_date}, after the death of {e.person} recorded on {death}: end it at the "
                          "latest then, or correct the date")


def travel_gaps_beside_trips(r: RecordSet) -> Iterator[Problem]:
    with_trips: dict[str, int] = {}
    for e in r.events.values():
        with_trips[e.person] = with_trips.get(e.person, 0) + 1
    for pid, p in r.persons.items():
        if p.travel_gap and with_trips.get(pid):
            n = with_trips[pid]
            yield Problem(r.files[("persons", pid)], pid, "travel_gap", f"{n} trip{'s are' if n > 1 else ' is'} recorded of this person "
                          "in data/events, and travel_gap says what was searched when none was found: update the gap (what was "
                          "searched since the last trip) or leave it out", severity="warning")
