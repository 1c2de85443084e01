"""The searches for a missing primary source: a short statement, then a dated log whose routes are named once.

A fact without a read primary source says why in ``primary_gap``: one or two sentences on what primary is missing
(the decision's text, the depositary notification, the gazette) and why. What was searched for it, and when, is
the fact's ``searched`` list: each entry a day (``on``), a route (an id of ``data/lookups/search_routes.yaml``,
where each route is described once: the Court's press releases by title, the depositary's status table, ...) and
a ``detail`` saying what was looked at and what was found. The rules:

* an **unknown route** id is an error naming the file and the field (a typo would hide a route from every count);
* a search **dated in the future** is an error (a search made later than today cannot have been made);
* a **search log without a statement** (``searched`` with no ``primary_gap``) is a warning: the reader is told
  what was searched but not what is missing;
* a ``primary_gap`` **longer than** :data:`~iccwatch.model.common.PRIMARY_GAP_MAX_CHARS` characters is a warning:
  the searches belong in ``searched`` (``contrib/split_gap_notes.py`` splits an old note).

A search dated after the record's ``checked_through`` is *not* refused: ``checked_through`` is the day through
which facts were searched for, and a search for them is necessarily made on or after it (the record was checked
through 2026-11-30 by searches made from 2026-12-01).

From the bad-input rounds seven to sixteen:

* a **search log** (``searched``) that is empty (leave it out), not in the order the searches were made (the format's
  rule: one entry a search, in order), that logs one search twice, or that dates a search before the Statute was adopted
  (17 July 1998) or before the fact it searched a source for (a trip, a ruling, a status: no source of it could be
  looked for before it happened; a planned or cancelled trip and a scheduled entry into force or withdrawal are left
  out, as their sources come before them) (``search_log_entries``; tests/dataset/ROUND16.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import span_or_none
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import iter_facts
from iccwatch.model.common import PRIMARY_GAP_MAX_CHARS

#: Where the routes are described.
ROUTES_FILE = "data/lookups/search_routes.yaml"
#: A day ahead of UTC's today is still today somewhere (a search logged east of Greenwich).
_MARGIN = dt.timedelta(days=1)


def route_ids(lookups: dict[str, Any]) -> frozenset[str]:
    """The route ids ``data/lookups/search_routes.yaml`` describes (none when the table is missing)."""
    table = lookups.get("search_routes") or {}
    return frozenset((table.get("routes") or {}).keys())


def search_log_problems(records: RecordSet, today: dt.date) -> Iterator[Problem]:
    """The problems of every ``primary_gap`` and ``searched`` log of the record."""
    known = route_ids(records.lookups)
    latest = today + _MARGIN
    for ref in iter_facts(records):
        gap = getattr(ref.fact, "primary_gap", None)
        log = getattr(ref.fact, "searched", None) or []
        if gap and len(gap) > PRIMARY_GAP_MAX_CHARS:
            yield Problem(ref.file, ref.key, ref.field("primary_gap"),
                          f"primary_gap is {len(gap)} characters (over {PRIMARY_GAP_MAX_CHARS}): keep one or two sentences on "
                          "what primary is missing and why, and log the searches in searched (on, route, detail)", "warning")
        if log and not gap:
            yield Problem(ref.file, ref.key, ref.field("searched"),
                          "a search log without a primary_gap: say in primary_gap what primary is missing", "warning")
        for i, entry in enumerate(log):
            at = ref.field(f"searched[{i}]")
            if entry.route not in known:
                hint = f"known: {', '.join(sorted(known))}" if known else f"{ROUTES_FILE} is missing or did not load"
                yield Problem(ref.file, ref.key, f"{at}.route",
                              f"unknown search route {entry.route!r} (not in {ROUTES_FILE}; {hint})")
            if dt.date.fromisoformat(entry.on) > latest:
                yield Problem(ref.file, ref.key, f"{at}.on", f"a search dated {entry.on}, in the future: date it the day it was made")


#: The Statute's adoption: no search for a source of this record was made before it.
STATUTE_ADOPTED = dt.date(1998, 7, 17)


#: Facts whose sources may come before their date: they say what was planned or scheduled.
_SCHEDULED_ACTIONS = {"entry_into_force", "withdrawal_effective"}


def search_log_entries(r: RecordSet) -> Iterator[Problem]:
    for ref in iter_facts(r):
        log = getattr(ref.fact, "searched", None)
        if log is None:
            continue
        if not log:
            yield Problem(ref.file, ref.key, ref.field("searched"), "an empty search log: leave searched out, or log the searches made")
            continue
        seen: set[tuple[str, str, str]] = set()
        fact_day = _fact_day(ref.fact)
        for i, entry in enumerate(log):
            at = ref.field(f"searched[{i}]")
            on = dt.date.fromisoformat(entry.on)
            if i and entry.on < log[i - 1].on:
                yield Problem(ref.file, ref.key, f"{at}.on",
                              f"a search dated {entry.on} after one of {log[i - 1].on}: log the searches in the order they were made")
            if (entry.on, entry.route, entry.detail) in seen:
                yield Problem(ref.file, ref.key, at, f"the search of {entry.on} ({entry.route}) is logged twice: keep it once")
            seen.add((entry.on, entry.route, entry.detail))
            if on < STATUTE_ADOPTED:
                yield Problem(ref.file, ref.key, f"{at}.on",
                              f"a search dated {entry.on}, before the Statute was adopted (1998-07-17): date it the day it was made")
            elif fact_day is not None and on < fact_day:
                yield Problem(ref.file, ref.key, f"{at}.on",
                              f"a search dated {entry.on}, before the fact it searched a source for ({fact_day.isoformat()}): date it "
                              "the day it was made")


def _fact_day(fact: Any) -> dt.date | None:
    """The first day a fact can have happened on, where its sources cannot come before it (not a planned or cancelled
    trip, a scheduled entry into force or withdrawal)."""
    if getattr(fact, "trip", None) in ("planned", "cancelled") or getattr(fact, "action", None) in _SCHEDULED_ACTIONS:
        return None
    day = getattr(fact, "date", None)
    span = span_or_none(day) if isinstance(day, str) else None
    return span.first if span else None
