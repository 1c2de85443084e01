"""How complete and how current the record is, kind by kind (``iccwatch data coverage``).

For each record kind (a folder under data/): how many records, the period their dates span, the date
through which the kind was checked against its list (``data/meta.yaml`` → ``coverage``), the list,
and what the coverage policy (docs/coverage.md) says the kind cannot hold completely. An answer about a
date after a kind's ``checked_through`` carries one notice saying so (:func:`coverage_notice`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from iccwatch.dataset.coverage_checks import known_gaps
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.model import parse_partial_date


def record_dates(kind: str, obj: Any) -> Iterator[str]:
    """The dates a record of ``kind`` states (partial ISO dates), for the period the kind covers."""
    if kind == "states":
        yield from (a.date for a in obj.participation)
    elif kind == "persons":
        for o in obj.offices:
            yield from (d for d in (o.start, o.end) if d)
    elif kind == "warrants":
        yield from (d for d in (obj.issued, obj.unsealed) if d)
        yield from (c.date for c in obj.status_history if c.date)
    elif kind == "situations":
        yield from (d for d in (obj.referral_date, obj.investigation_opened, obj.status_as_of) if d)
    elif kind == "instruments":
        yield from (d for d in (obj.adopted, obj.entry_into_force) if d)
    else:
        date = getattr(obj, "date", None)
        if date:
            yield date
        end = getattr(obj, "end_date", None)
        if end:
            yield end


def _span(dates: Iterable[str]) -> tuple[str | None, str | None]:
    ds = sorted(dates, key=lambda d: parse_partial_date(d)[0])
    return (ds[0], ds[-1]) if ds else (None, None)


def coverage(records: RecordSet, today: dt.date | None = None) -> dict[str, Any]:
    """Kind by kind: count, period, checked_through, the list checked against, what is incomplete."""
    meta = records.meta
    gaps = known_gaps(records)
    rows = []
    for kind in KINDS:
        recs = records.of_kind(kind)
        first, last = _span(d for obj in recs.values() for d in record_dates(kind, obj))
        c = meta.coverage.get(kind)
        rows.append({
            "kind": kind,
            "records": len(recs),
            "first_date": first,
            "last_date": last,
            "checked_through": meta.checked_through_of(kind),
            "checked_through_own": c is not None,
            "checked_against": c.checked_against if c else None,
            "complete": c.complete if c else None,
            "incomplete": (list(c.incomplete) if c else ["no coverage policy recorded for this kind in data/meta.yaml"]) + gaps.get(kind, []),
        })
    out: dict[str, Any] = {
        "checked_through": meta.checked_through,
        "earliest_kind_checked_through": min((r["checked_through"] for r in rows), key=lambda d: parse_partial_date(d)[1]),
        "policy": "docs/coverage.md",
        "kinds": rows,
    }
    if today is not None:
        out["as_of"] = today.isoformat()
        out["days_behind"] = {r["kind"]: max(0, (today - parse_partial_date(r["checked_through"])[1]).days) for r in rows}
    return out


def coverage_notice(records: RecordSet, on: dt.date | None, kinds: Iterable[str] | None = None) -> str | None:
    """One sentence when ``on`` is after the ``checked_through`` of any of ``kinds`` (all kinds if None):
    facts of those kinds after that date may be missing. None when the answer's date is covered."""
    if on is None:
        return None
    late = []
    for kind in kinds if kinds is not None else KINDS:
        through = records.meta.checked_through_of(kind)
        if on > parse_partial_date(through)[1]:
            late.append((kind, through))
    if not late:
        return None
    # short and plain (it was every kind with its date in one long parenthesis, "states through 2026-11-30,
    # instruments through 2026-11-30, ..."): the record's date, and only the kinds the answer uses that were
    # checked through an earlier one, each such date once; every kind's date and what it was checked against are
    # on the About page and in `iccwatch data coverage`
    general = str(records.meta.checked_through)
    by_date: dict[str, list[str]] = {}
    for kind, through in late:
        if str(through) != general:
            by_date.setdefault(str(through), []).append(kind)
    dates = sorted(by_date, key=lambda d: parse_partial_date(d)[1], reverse=True)
    others = ", ".join(f"{_and(by_date[d])} through {d}" for d in dates)
    if len(by_date) < len({str(t) for _, t in late}):  # kinds checked through the record's own date are late too
        said = f"The record was checked through {general}{f' ({others})' if others else ''}"
        after = "that date" if not others else "those dates"
    else:
        said = f"The record was checked through {general}, but {others.replace(' through ', ' only through ')}"
        after = "that date" if len(dates) == 1 else "those dates"
    return f"{said}; this answer is for {on.isoformat()}, so facts after {after} may be missing. See `iccwatch data coverage`."


def _and(words: list[str]) -> str:
    """'events', 'events and responses', 'events, responses and situations'."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
