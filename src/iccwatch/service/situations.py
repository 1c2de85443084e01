"""Situations before the Court."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.facts import Facts
from iccwatch.service.common import graded, on_or_before


@graded
def situations_list(facts: Facts, on: dt.date | None = None) -> list[dict[str, Any]]:
    """Situations (those referred, examined or opened by ``on`` if given)."""
    out = []
    for s in sorted(facts.records.situations.values(), key=lambda s: s.investigation_opened or ""):
        first = min((d for d in (s.referral_date, s.investigation_opened,
                                 s.preliminary_examination.opened if s.preliminary_examination else None) if d), default=None)
        if on_or_before(first, on):
            out.append(s.model_dump(mode="json", exclude_none=True))
    return out
