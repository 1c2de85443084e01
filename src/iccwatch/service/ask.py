"""Questions to the law engine: must a State arrest a person on a date, a State's duties, a person's travel map."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.dataset.coverage import coverage as kinds_coverage
from iccwatch.dataset.coverage import coverage_notice
from iccwatch.facts import Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.obligations import state_obligations
from iccwatch.law.travel import travel_map
from iccwatch.service.common import graded

#: The record kinds the law engine's answers rest on (for the coverage notice).
LAW_KINDS = ("states", "instruments", "situations", "persons", "warrants", "decisions")


def _with_notice(answer: dict[str, Any], facts: Facts, on: dt.date, kinds: tuple[str, ...] = LAW_KINDS) -> dict[str, Any]:
    notice = coverage_notice(facts.records, on, kinds)
    if notice:
        answer["coverage_notice"] = notice
    return answer


@graded
def ask_arrest(facts: Facts, state: str, person: str, on: dt.date) -> dict[str, Any]:
    """Whether ``state`` must arrest and surrender ``person`` on ``on``: the Determination with its reasoning."""
    return _with_notice(arrest_obligation(facts, state, person, on).as_dict(), facts, on)


@graded
def ask_obligations(facts: Facts, state: str, on: dt.date) -> dict[str, Any]:
    """A State's duties of cooperation with the Court on ``on`` and their legal bases."""
    return _with_notice(state_obligations(facts, state, on), facts, on)


@graded
def ask_travel(facts: Facts, person: str, on: dt.date) -> dict[str, Any]:
    """For every State: would it have to arrest ``person`` on ``on``?"""
    return _with_notice(travel_map(facts, person, on), facts, on, (*LAW_KINDS, "events"))


def coverage(facts: Facts, today: dt.date | None = None) -> dict[str, Any]:
    """Kind by kind: how many records, the period covered, checked_through, the list checked against,
    and what the coverage policy says is incomplete (the "About the data" page)."""
    return kinds_coverage(facts.records, today or dt.date.today())
