"""Statements (joint statements and their signatories)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.facts import Facts
from iccwatch.service.common import graded, on_or_before, year_of


@graded
def statements_list(facts: Facts, state: str | None = None, year: int | None = None, on: dt.date | None = None) -> list[dict[str, Any]]:
    """Statements in date order (those ``state`` signed, if given), with their number of signatories."""
    iso3 = facts.state(state).iso3 if state else None
    out = []
    for s in sorted(facts.records.statements.values(), key=lambda s: s.date or ""):
        if iso3 and iso3 not in s.signatories or year and year_of(s.date) != year:
            continue
        if not on_or_before(s.date, on):
            continue
        row = s.model_dump(mode="json", exclude_none=True)
        row["signatory_count"] = len(s.signatories)
        out.append(row)
    return out
