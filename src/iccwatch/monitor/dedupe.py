"""De-duplication of candidates against the record and against earlier candidates."""

from __future__ import annotations

from typing import Any

from iccwatch.facts import Facts
from iccwatch.model.dates import DateSpan
from iccwatch.monitor.extract import Candidate

ACTION_OF = {"visit": ("no_arrest", "arrest", "surrender", "arrest_and_release"), "arrest": ("arrest", "arrest_and_release", "surrender"),
             "surrender": ("surrender",)}


def _near(a: str | None, b: str | None, days: int) -> bool:
    if not a or not b:
        return False
    x, y = DateSpan.parse(a), DateSpan.parse(b)
    return (x.first - y.last).days <= days and (y.first - x.last).days <= days


def duplicate_of(c: Candidate, facts: Facts, earlier: set[tuple[Any, ...]]) -> str | None:
    """What the candidate repeats: a record file, or 'queue' for an earlier candidate; None if new."""
    r = facts.records
    if c.type in ACTION_OF:
        for e in r.events.values():
            if e.person == c.person and e.state == c.state and e.action in ACTION_OF[c.type] and _near(e.date, c.date, 3):
                return r.files[("events", e.id)]
    if c.type in ("warrant_issued", "warrant_unsealed"):
        for w in r.warrants.values():
            if w.person == c.person and (_near(w.issued, c.date, 3) or _near(w.unsealed, c.date, 3) or not c.date):
                return r.files[("warrants", w.id)]
    if c.type == "noncompliance_finding":
        for d in r.decisions.values():
            if d.state == c.state and _near(d.date, c.date, 5):
                return r.files[("decisions", d.id)]
    if c.type in ("withdrawal_announced", "withdrawal_notified") and c.state in r.states:
        action = "withdrawal_notified" if c.type == "withdrawal_notified" else "withdrawal_announced"
        for a in r.states[c.state].participation:
            if a.action == action and (_near(a.date, c.date, 3) or not c.date):
                return r.files[("states", c.state)]
    if c.type == "joint_statement":
        for s in r.statements.values():
            if _near(s.date, c.date, 2):
                return r.files[("statements", s.id)]
    if (c.type, c.person, c.state, c.date) in earlier:
        return "queue"
    return None
