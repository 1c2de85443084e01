"""Who held a person under a warrant, and who handed the person over (``status_history``, ``custody``). Run by
``checks.py`` in the order of ``CHECKS`` there (tests/dataset/ROUND22.md).

Warnings:

* a **surrender by another State than the one that last arrested the person**, with no custody spell of the
  surrendering State on the day: each date and State may be right alone, but the record then does not say how the
  person came into that State's hands (a transfer is a custody spell ended ``transferred`` and one beginning)
  (``surrender_hands``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan


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
