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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
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
