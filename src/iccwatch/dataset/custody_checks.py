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
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan, parse_partial_date
from iccwatch.model.person import CUSTODY_ENDS


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


def _span(value: str | None) -> DateSpan | None:
    try:
        return DateSpan.parse(value) if value else None
    except ValueError:
        return None


def custody_across_warrants(r: RecordSet) -> Iterator[Problem]:
    by_person: dict[str, list[tuple[str, int, Any, DateSpan, DateSpan]]] = {}
    for wid, w in r.warrants.items():
        for i, c in enumerate(w.custody):
            since, until = _span(c.since), _span(c.until)
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
