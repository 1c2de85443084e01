"""Who held a person under a warrant, and who handed the person over (``status_history``, ``custody``). Run by
``checks.py`` in the order of ``CHECKS`` there (tests/dataset/ROUND22.md).

Errors:

* a **trip that runs into the Court's custody**: it begins before the person's surrender to the Court and its
  ``end_date`` falls after it, with no release between (the consistency checks read the trip's first day only, so a
  trip begun in a State's custody and ending months later passed with a warning) (``trips_into_custody``;
  tests/dataset/ROUND19.md);
* **custody spells of two holders at once** recorded on two of one person's warrants (a State on one, another State or
  a group on the other, both spells dated so that they certainly overlap): one person is held by one holder at a time
  (the spells of one warrant are compared by the consistency checks) (``custody_across_warrants``; tests/dataset/ROUND17.md).

Warnings:

* a **surrender by another State than the one that last arrested the person**, with no custody spell of the
  surrendering State on the day: each date and State may be right alone, but the record then does not say how the
  person came into that State's hands (a transfer is a custody spell ended ``transferred`` and one beginning)
  (``surrender_hands``).

From the bad-input rounds seven to sixteen:

* the Court's **request to arrest and surrender a person already in its custody** (after the surrender, before a release
  or the end of the proceedings) (``requests_and_offices_in_custody``; tests/dataset/ROUND7.md);
* (warning) an **office taken up while the holder was in the Court's custody** (``requests_and_offices_in_custody``;
  tests/dataset/ROUND7.md);
* a **custody spell** (``warrants``, ``custody``) beginning or ending after the person's death, ending ``surrendered``
  or ``died`` with no surrender or death recorded on that day, by a State before it existed (its ``since``), dated after
  the record's cut-off, or still running after the person was surrendered to the Court (``custody_spells``;
  tests/dataset/ROUND11.md);
* a **surrender by a State that did not hold the person**: a ``surrendered`` status by one State on a day the record's
  custody spells show the person surely held by another State and not by it (Arts. 59, 89(1): the custodial State
  surrenders) (``surrenders_by_the_holder``; tests/dataset/ROUND12.md);
* a custody spell **ended ``transferred``** after which no spell of the warrant begins (on its ``until`` day, or after
  its ``since`` where the end is not dated): the spells do not say where the person went (a transfer to the Court is
  ``surrendered``) (``transfers``; tests/dataset/ROUND16.md).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import first_day, last_day, span_or_none
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan, parse_partial_date
from iccwatch.model.person import CUSTODY_ENDS
from iccwatch.model.person import CUSTODY_ENDS as _CUSTODY_ENDS


def _day(value: str | None, last: bool = False) -> dt.date | None:
    if not value:
        return None
    span = DateSpan.parse(value)
    return span.last if last else span.first


def surrender_hands(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        arrests = [(d, s) for s in w.status_history if s.status == "arrested" and s.by_state and (d := _day(s.date)) is not None]
        for i, s in enumerate(w.status_history):
            day = _day(s.date)
            if s.status != "surrendered" or day is None or not s.by_state:
                continue
            before = [a for d, a in arrests if d <= day]
            if not before or before[-1].by_state == s.by_state:
                continue
            if any(c.held_by == s.by_state and (_day(c.since) or day) <= day and (_day(c.until, last=True) or day) >= day for c in w.custody):
                continue
            a = before[-1]
            yield Problem(r.file_of("warrants", key), key, f"status_history[{i}].by_state",
                          f"surrendered by {s.by_state} on {s.date}, but last arrested by {a.by_state} on {a.date}, and no custody spell "
                          f"of {s.by_state} covers the surrender: record how the person came into its hands (a custody spell ended "
                          "'transferred' and one beginning), or correct by_state", "warning")


def _court_custody(r: RecordSet) -> dict[str, list[tuple[dt.date, dt.date, str]]]:
    """Each person's spells in the Court's custody from the warrants' statuses (as the consistency checks read them:
    from a surrender to the first release, acquittal, death, termination or withdrawal after it)."""
    periods: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for w in r.warrants.values():
        changes = sorted(((parse_partial_date(s.date), s.status) for s in w.status_history if s.date), key=lambda x: x[0][0])
        start: tuple[dt.date, str] | None = None
        for (first, last), status in changes:
            if status == "surrendered" and start is None:
                start = (last, first.isoformat() if first == last else str(first)[:7])
            elif status in CUSTODY_ENDS and start is not None:
                periods[w.person].append((start[0], first, start[1]))
                start = None
        if start is not None:
            periods[w.person].append((start[0], dt.date.max, start[1]))
    return periods


def trips_into_custody(r: RecordSet) -> Iterator[Problem]:
    periods = _court_custody(r)
    for key, e in r.events.items():
        if not e.end_date or e.person not in periods or e.trip not in ("visit", "transit", "overflight"):
            continue
        begins_first = parse_partial_date(e.date)[0]
        ends_first = parse_partial_date(e.end_date)[0]
        for begins, ends, surrendered in periods[e.person]:
            if begins_first < begins < ends_first and begins < ends:
                yield Problem(r.file_of("events", key), key, "end_date",
                              f"the trip from {e.date} runs to {e.end_date}, but {e.person} was surrendered to the Court on "
                              f"{surrendered} (no release before {e.end_date}): a person in the Court's custody makes no trip; "
                              "correct the end_date or the warrant's statuses")
                break


def custody_across_warrants(r: RecordSet) -> Iterator[Problem]:
    by_person: dict[str, list[tuple[str, int, Any, DateSpan, DateSpan]]] = {}
    for wid, w in r.warrants.items():
        for i, c in enumerate(w.custody):
            since, until = span_or_none(c.since), span_or_none(c.until)
            if since and until:
                by_person.setdefault(w.person, []).append((wid, i, c, since, until))
    for spells in by_person.values():
        for n, (wid, i, c, since, until) in enumerate(spells):
            for owid, oi, oc, osince, ountil in spells[:n]:
                if owid == wid or (oc.held_by, oc.group) == (c.held_by, c.group):
                    continue
                if max(since.last, osince.last) < min(until.first, ountil.first):
                    holder = c.group or c.held_by
                    other = oc.group or oc.held_by
                    yield Problem(r.file_of("warrants", wid), wid, f"custody[{i}]",
                                  f"held by {holder} from {c.since} to {c.until}, while {owid} records him held by {other} from "
                                  f"{oc.since} to {oc.until} (custody[{oi}]): one person is held by one holder at a time; "
                                  "correct the dates or the holder, or record the transfer (ended: transferred)")


def _custody_periods(r: RecordSet) -> dict[str, list[tuple[dt.date, dt.date, str]]]:
    """Each person's time in the Court's custody: from the day after the surrender to the first day of what
    ended it (open-ended if nothing did)."""
    periods: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for w in r.warrants.values():
        start: tuple[dt.date, str] | None = None
        for (first, last), status in sorted(((parse_partial_date(s.date), s.status) for s in w.status_history if s.date), key=lambda x: x[0][0]):
            if status == "surrendered" and start is None:
                start = (last, f"surrendered on {first.isoformat() if first == last else str(first)[:7]}, {w.id}")
            elif status in _CUSTODY_ENDS and start is not None:
                periods[w.person].append((start[0], first, start[1]))
                start = None
        if start is not None:
            periods[w.person].append((start[0], dt.date.max, start[1]))
    return periods


def requests_and_offices_in_custody(r: RecordSet) -> Iterator[Problem]:
    periods = _custody_periods(r)

    def held(person: str, when: str) -> str | None:
        first, last = parse_partial_date(when)
        return next((what for begins, ends, what in periods.get(person, ()) if begins < first and last < ends), None)

    for key, q in r.requests.items():
        if q.requesting == "ICC" and q.kind == "arrest_and_surrender" and (what := held(q.person, q.date)):
            yield Problem(r.files[("requests", key)], key, "date",
                          f"the Court's request of {q.date} to arrest and surrender {q.person}, already in its custody ({what})")
    for key, p in r.persons.items():
        for i, o in enumerate(p.offices):
            if o.start and (what := held(key, o.start)):
                yield Problem(r.files[("persons", key)], key, f"offices[{i}].start",
                              f"{o.title!r} taken up on {o.start} while {key} was in the Court's custody ({what}): "
                              "say in the office's note how it was held from detention", "warning")


def custody_spells(r: RecordSet) -> Iterator[Problem]:
    since_of = {iso3: st.since.date for iso3, st in r.states.items() if st.since}
    for key, w in r.warrants.items():
        if not w.custody:
            continue
        f = r.files[("warrants", key)]
        deaths = [s.date for s in w.status_history if s.status == "deceased" and s.date and not s.disputed]
        for other in r.warrants.values():
            if other.person == w.person and other is not w:
                deaths += [s.date for s in other.status_history if s.status == "deceased" and s.date and not s.disputed]
        death = min(deaths, key=first_day) if deaths else None
        surrenders = [s.date for s in w.status_history if s.status == "surrendered" and s.date]
        for i, c in enumerate(w.custody):
            if death and first_day(c.since) > last_day(death):
                yield Problem(f, key, f"custody[{i}].since", f"held by {c.held_by} from {c.since}, after the death recorded on {death}")
            elif death and c.until and first_day(c.until) > last_day(death):
                yield Problem(f, key, f"custody[{i}].until", f"held by {c.held_by} until {c.until}, after the death recorded on {death}: "
                              "the spell ended at the latest then (ended: died)")
            if c.until and c.ended in ("surrendered", "died"):
                status = "surrendered" if c.ended == "surrendered" else "deceased"
                days = surrenders if status == "surrendered" else deaths
                if not any(DateSpan.parse(d).may_be_on_or_before(last_day(c.until)) and not DateSpan.parse(d).surely_before(first_day(c.until))
                           for d in days):
                    yield Problem(f, key, f"custody[{i}].ended",
                                  f"ended {c.ended} on {c.until}, but no warrant of the person records {status!r} that day: record "
                                  "it, or correct how the spell ended")
            if c.held_by in since_of and last_day(c.since) < first_day(since_of[c.held_by]):
                yield Problem(f, key, f"custody[{i}].since", f"held by {c.held_by} from {c.since}, but {c.held_by} is dated from "
                              f"{since_of[c.held_by]} (its since)")
            if c.until:
                for s in surrenders:
                    if last_day(c.since) <= first_day(s) and first_day(c.until) > last_day(s):
                        yield Problem(f, key, f"custody[{i}].until",
                                      f"held by {c.held_by} until {c.until}, after the surrender to the Court on {s}: the Court held "
                                      "the person from then; end the spell at the latest on that day (ended: surrendered)")
                        break


def spells_by_person(r: RecordSet) -> dict[str, list[tuple[str, dt.date, dt.date | None, str]]]:
    """Person -> (holding State, the day from which the spell surely ran, the day to which it surely ran or None while
    it lasts, warrant) of every custody spell whose end is known (a spell that ended on a day the sources do not give,
    ``until_unknown``, may have ended any time after it began, so it shows no day the person was surely held but the
    first, and is left out)."""
    out: dict[str, list[tuple[str, dt.date, dt.date | None, str]]] = {}
    for key, w in r.warrants.items():
        for c in w.custody:
            if c.until is None and c.until_unknown is not None:
                continue
            out.setdefault(w.person, []).append((c.held_by, last_day(c.since), first_day(c.until) if c.until else None, key))
    return out


def surrenders_by_the_holder(r: RecordSet) -> Iterator[Problem]:
    spells = spells_by_person(r)
    for key, w in r.warrants.items():
        mine = spells.get(w.person, [])
        if not mine:
            continue
        for i, sc in enumerate(w.status_history):
            if sc.status != "surrendered" or not sc.by_state or not sc.date or sc.disputed:
                continue
            day = DateSpan.parse(sc.date)
            if not day.exact:
                continue
            holding = [s for s in mine if s[1] <= day.first and (s[2] is None or s[2] >= day.last)]
            if holding and not any(s[0] == sc.by_state for s in holding):
                others = ", ".join(sorted({s[0] for s in holding}))
                yield Problem(r.files[("warrants", key)], key, f"status_history[{i}].by_state",
                              f"surrendered by {sc.by_state} on {sc.date}, but the record's custody spells show the person held "
                              f"that day by {others}, not by {sc.by_state}: the State that holds the person surrenders him "
                              "(Arts. 59, 89(1)); correct the State, or the spells")


def transfers(r: RecordSet) -> Iterator[Problem]:
    for wid, w in r.warrants.items():
        for i, spell in enumerate(w.custody):
            if spell.ended != "transferred":
                continue
            since = span_or_none(spell.since)
            if spell.until:
                follows = any(other.since == spell.until for other in w.custody if other is not spell)
                when = f"on {spell.until}"
            else:
                follows = any((s := span_or_none(other.since)) and since and s.last > since.first for other in w.custody if other is not spell)
                when = f"after {spell.since}"
            if not follows:
                yield Problem(r.file_of("warrants", wid), wid, f"custody[{i}].ended",
                              f"transferred, but no custody spell of the warrant begins {when}: record the spell of the State he "
                              "was transferred to (a transfer to the Court is 'surrendered')")
