"""Which States are parties on a day, by the record's own participation acts: the checker's reading (the data
assertions, and the statements whose title says "States Parties"), in a module of its own so that the checks that
ask it need not import the whole checker (``checks.py`` imports them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.walked import walked
from iccwatch.model.rome_statute import party_intervals


def parties_on(records: RecordSet, day: dt.date, instrument: str = "rome-statute") -> list[str]:
    """ISO codes of the States that are parties on ``day`` by the record's dates (disputed ends applied)."""
    def intervals(st: Any) -> Sequence[Any]:
        if instrument == "rome-statute":
            return walked(_rome_statute_intervals, st)
        return party_intervals(st.participation, instrument)

    return sorted(iso3 for iso3, st in records.states.items() if any(iv.contains(day) for iv in intervals(st)))


def _rome_statute_intervals(st: Any) -> Iterator[Any]:
    """A State's periods as a party to the Rome Statute (``party_intervals``): they depend on the State's record alone,
    so they are kept per record object (``walked``); each check asks for every State's on each date the assertions and
    the statements name (~17 dates a check of data/)."""
    return iter(party_intervals(st.participation))
