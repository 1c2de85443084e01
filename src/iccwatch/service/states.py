"""States: their relation to the Rome Statute on a date, their treaty acts, and the list of States."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.errors import FieldError
from iccwatch.facts import Facts
from iccwatch.law import party_status
from iccwatch.law.party_status import retraction_words
from iccwatch.model.dates import DateSpan, date_sort_key
from iccwatch.service.common import graded, participation_row
from iccwatch.service.reasoning import tree_citations, tree_sources


@graded
def state_relation(facts: Facts, code: str, on: dt.date) -> dict[str, Any]:
    """A State's relation to the Rome Statute on a date, with its reasoning and sources."""
    ps = party_status(facts, code, on)
    st = facts.state(ps.iso3)
    steps = ps.step.as_dict()["children"]
    return {
        "iso3": st.iso3,
        "name": st.name,
        "on": on.isoformat(),
        "party": ps.party,
        "status": ps.status,
        "since": ps.since,
        "until": ps.until,
        "certain": not ps.doubts,
        "doubts": list(ps.doubts),
        "conclusion": ps.step.conclusion,
        "article_12_3_declarations": [participation_row(d) for d in ps.declarations],
        "withdrawal_announcements": [participation_row(a) for a in ps.announcements],
        # each announcement as the reasoning words it (a retraction by the day asked included)
        "announcements_in_words": [c["conclusion"] for c in steps if c["rule"] == "withdrawal_announced"],
        "came_into_being": st.since.date if st.since else None,
        "came_into_being_text": came_into_being_words(st.name, st.since.date if st.since else None, on),
        # the sources that state that day (a State's since carries its own)
        "came_into_being_sources": [x.model_dump(mode="json", exclude_none=True) for x in st.since.sources] if st.since else [],
        "reasoning": ps.step.as_dict(),
        "citations": tree_citations(ps.step),
        "sources": tree_sources(ps.step),
        "assumptions": [str(a) for a in facts.assumptions],
        "record_checked_through": facts.records.meta.checked_through,
    }


@graded
def state_timeline(facts: Facts, code: str) -> list[dict[str, Any]]:
    """A State's treaty acts (signature, ratification, declarations, withdrawal...) in date order."""
    st = facts.state(code)
    rows = [participation_row(a) for a in sorted(st.participation, key=lambda a: date_sort_key(a.date))]
    for row in rows:
        if row.get("retracted"):
            row["retraction"] = retraction_words(row["retracted"])
    return rows


def came_into_being_words(name: str, since: str | None, on: dt.date | None = None) -> str | None:
    """The sentence for a State that came into being after the Statute was adopted (its ``since``), or None;
    asked about a day before it, the sentence says that the State did not yet exist then."""
    if not since:
        return None
    if on is not None and DateSpan.parse(since).surely_after(on):
        return f"{name} did not yet exist as a State on {on.isoformat()}: it came into being on {since}"
    return f"{name} came into being as a State on {since}; the record holds no fact of it before that day"


#: Every status ``law.party_status`` gives (tests/test_cli.py checks every State's on many dates is one).
STATUSES = ("party", "party_withdrawal_pending", "former_party", "ratified_not_in_force", "signature_withdrawn",
            "signatory", "non_party")


def states_list(facts: Facts, on: dt.date, party: bool | None = None, status: str | None = None) -> list[dict[str, Any]]:
    """Every State with its relation to the Statute on ``on``, optionally only parties (or not) or one status.
    An unknown status is a FieldError on ``status`` listing the statuses (never an empty list)."""
    if status is not None and status not in STATUSES:
        raise FieldError("status", f"{status!r} is not a status; one of: {', '.join(STATUSES)}")
    rows = []
    for iso3, st in sorted(facts.records.states.items()):
        ps = party_status(facts, iso3, on)
        if party is not None and ps.party != party:
            continue
        if status and ps.status != status:
            continue
        rows.append(
            {"iso3": iso3, "name": st.name, "on": on.isoformat(), "party": ps.party, "status": ps.status,
             "since": ps.since, "until": ps.until, "certain": not ps.doubts}
        )
    return rows
