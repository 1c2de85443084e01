"""Situations before the Court."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.facts import Facts
from iccwatch.model.dates import DateSpan, date_sort_key
from iccwatch.service.common import date_doubt, graded, on_or_before


@graded
def situations_list(facts: Facts, on: dt.date | None = None) -> list[dict[str, Any]]:
    """Situations (those referred, examined or opened by ``on`` if given)."""
    out = []
    for s in sorted(facts.records.situations.values(), key=lambda s: date_sort_key(s.investigation_opened)):
        first = min((d for d in (s.referral_date, s.investigation_opened,
                                 s.preliminary_examination.opened if s.preliminary_examination else None) if d), default=None)
        if on_or_before(first, on):
            row = s.model_dump(mode="json", exclude_none=True)
            if doubt := date_doubt(first, on):  # the first of its referral, examination or investigation
                row["date_doubt"] = doubt
            if on is not None and DateSpan.parse(s.status_as_of).surely_after(on):
                # the record's status is today's: a list up to an earlier day says so rather than pass it as then
                row["status_note"] = f"the status as of {s.status_as_of}, after the day asked"
            words = deferrals_in_words(facts, row.get("deferrals", []), on)
            if words:
                row["deferral_requests"] = words
            out.append(row)
    return out


_OUTCOME_WORDS = {"resumption_authorised": "the Chamber authorised the investigation to resume",
                  "application_rejected": "the Chamber refused to authorise the investigation's resumption"}


def deferrals_in_words(facts: Facts, deferrals: list[dict[str, Any]], on: dt.date | None = None) -> str:
    """States' Art. 18(2) deferral requests in a situation, in words, as they stood on ``on`` (every one if
    None): who asked and when, and the Chamber's ruling once made ("pending" before it)."""
    parts = []
    for d in deferrals:
        if not on_or_before(d["requested"], on):
            continue
        state = facts.records.states.get(d["state"])
        text = f"{state.name if state else d['state']} requested deferral on {d['requested']}"
        if d.get("notified") and d["notified"] != d["requested"]:
            text += f" (notified to the Chamber on {d['notified']})"
        ruled = d.get("outcome_date")
        if d["outcome"] in _OUTCOME_WORDS and ruled and on_or_before(ruled, on):
            text += f"; on {ruled} {_OUTCOME_WORDS[d['outcome']]}"
        else:
            text += "; no ruling yet"
        parts.append(text)
    return " · ".join(parts)
