"""Events: a suspect's presence in a State (or a planned, cancelled or transit trip) and what the State did."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.facts import Facts
from iccwatch.law import party_status
from iccwatch.model.dates import DateSpan, date_sort_key
from iccwatch.service.common import date_doubt, graded, on_or_before, year_not_after, year_of

#: The host's relations on the day in which it was a State Party (its withdrawal pending or not: Art. 127(1)).
HOST_PARTY = ("party", "party_withdrawal_pending")


def host_kept(host_status: str, host_party: bool | None) -> bool:
    """Whether a row with ``host_status`` passes the filter ``host_party``: True keeps a host that was a State Party on
    the day, False one that was not; a host whose relation changed within a month or a year the event is dated to
    (``uncertain``) is in neither."""
    if host_party is None:
        return True
    if host_status == "uncertain":
        return False
    return (host_status in HOST_PARTY) == host_party


@graded
def events_list(facts: Facts, state: str | None = None, person: str | None = None, year: int | None = None,
                on: dt.date | None = None, host_party: bool | None = None) -> list[dict[str, Any]]:
    """Events in date order, with the State's and the person's names and the host's relation to the Rome
    Statute on the event's day as the law derives it (``host_status``; ``uncertain`` where the day is known
    only to a month or year across which it changed). ``host_party_reported`` is what a source said.
    ``host_party``: only events whose host was a State Party on the day (True) or was not (False)."""
    year_not_after(year, on)
    iso3 = facts.state(state).iso3 if state else None
    pid = facts.person(person).id if person else None
    out = []
    for e in sorted(facts.records.events.values(), key=lambda e: date_sort_key(e.date)):
        if iso3 and e.state != iso3 or pid and e.person != pid or year and year_of(e.date) != year:
            continue
        if not on_or_before(e.date, on):
            continue
        row = e.model_dump(mode="json", exclude_none=True)
        if doubt := date_doubt(e.date, on):
            row["date_doubt"] = doubt
        row["state_name"] = facts.records.states[e.state].name
        row["person_name"] = facts.records.persons[e.person].name
        row["host_status"] = _host_status(facts, e.state, e.date)
        if not host_kept(row["host_status"], host_party):
            continue
        out.append(row)
    return out


def host_status(facts: Facts, iso3: str, date: str) -> str:
    """The host's relation to the Statute on an event's (partial) date: ``uncertain`` where it changed within it."""
    return _host_status(facts, iso3, date)


def _host_status(facts: Facts, iso3: str, date: str) -> str:
    span = DateSpan.parse(date)
    first, last = party_status(facts, iso3, span.first).status, party_status(facts, iso3, span.last).status
    return first if first == last else "uncertain"
