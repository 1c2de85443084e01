"""Statements (joint statements and their signatories)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.facts import Facts, UnknownStatement
from iccwatch.law import party_status
from iccwatch.model.dates import DateSpan, date_sort_key
from iccwatch.service.common import (
    date_doubt,
    folded,
    graded,
    on_or_before,
    year_not_after,
    year_of,
)


@graded
def statements_list(facts: Facts, state: str | None = None, year: int | None = None, on: dt.date | None = None) -> list[dict[str, Any]]:
    """Statements in date order (those ``state`` signed, if given), with their number of signatories."""
    year_not_after(year, on)
    iso3 = facts.state(state).iso3 if state else None
    out = []
    for s in sorted(facts.records.statements.values(), key=lambda s: date_sort_key(s.date)):
        if iso3 and iso3 not in s.signatories or year and year_of(s.date) != year:
            continue
        if not on_or_before(s.date, on):
            continue
        row = s.model_dump(mode="json", exclude_none=True)
        if doubt := date_doubt(s.date, on):
            row["date_doubt"] = doubt
        row["signatory_count"] = len(s.signatories)
        out.append(row)
    return out


@graded
def statement_view(facts: Facts, statement_id: str) -> dict[str, Any]:
    """One statement with its signatories by name, each with its relation to the Rome Statute on the
    statement's date (its first day where only the month is known).

    Raises ``UnknownStatement`` (a ``LookupError`` naming the id) when the record holds no such statement.
    """
    s = facts.records.statements.get(statement_id)
    if s is None:
        raise UnknownStatement(statement_id)
    view = s.model_dump(mode="json", exclude_none=True)
    on = DateSpan.parse(s.date).first if s.date else None
    states = facts.records.states
    rows = []
    for iso3 in s.signatories:
        row: dict[str, Any] = {"state": iso3, "state_name": states[iso3].name if iso3 in states else iso3}
        if on is not None and iso3 in states:
            row["status"] = party_status(facts, iso3, on).status
        rows.append(row)
    view["signatory_states"] = sorted(rows, key=lambda r: folded(r["state_name"]))
    view["signatory_count"] = len(rows)
    return view
