"""The facts the law engine sees: a read-only view of the record, optionally changed by assumptions.

What-if questions add or override facts with explicit assumptions ("HUN withdrawal_effective
2026-06-02"); every answer built on them lists what was assumed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from iccwatch.dataset import RecordSet, load_dataset
from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.names import name_matches
from iccwatch.model import Participation, Person, Source, State, parse_partial_date
from iccwatch.model.state import ParticipationAction
from iccwatch.store import read_records

ASSUMPTION_SOURCE = Source(
    url="https://iccwatch.invalid/assumption",
    title="assumption given by the user (what-if)",
    kind="secondary",
)


class UnknownState(LookupError):
    pass


class UnknownPerson(LookupError):
    pass


@dataclass(frozen=True)
class Assumption:
    """A fact assumed for a what-if question: ``ISO3 ACTION DATE`` on a State's participation."""

    iso3: str
    action: str
    date: str
    instrument: str = "rome-statute"
    counterparty: str | None = None

    @classmethod
    def parse(cls, text: str) -> Assumption:
        m = re.fullmatch(r"\s*([A-Za-z]{3})\s+([a-z_0-9]+)\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+with\s+([A-Za-z]{3}))?\s*", text)
        if not m:
            raise ValueError(f"cannot read assumption {text!r}: write 'ISO3 ACTION YYYY-MM-DD', e.g. 'HUN withdrawal_effective 2026-06-02' "
                             "(for an agreement add 'with ISO3')")
        iso3, action, date = m.group(1).upper(), m.group(2), m.group(3)
        counterparty = m.group(4).upper() if m.group(4) else None
        if (action == "art_98_2_agreement") != (counterparty is not None):
            raise ValueError(f"assumption {text!r}: an art_98_2_agreement needs 'with ISO3', and only it takes one")
        allowed = ParticipationAction.__args__  # type: ignore[attr-defined]
        if action not in allowed:
            raise ValueError(f"unknown action {action!r} in assumption {text!r}; one of: {', '.join(allowed)}")
        parse_partial_date(date)
        return cls(iso3, action, date, counterparty=counterparty)

    def __str__(self) -> str:
        return f"{self.iso3} {self.action} {self.date}" + (f" with {self.counterparty}" if self.counterparty else "")


class Facts:
    """The record as the engine sees it. Never writes."""

    def __init__(self, records: RecordSet, assumptions: tuple[Assumption, ...] = ()):
        self.records = records
        self.assumptions = assumptions
        #: Memoised answers of pure rules over these facts (the facts never change once built).
        self.memo: dict[tuple[object, ...], object] = {}

    @functools.cached_property
    def publishers(self) -> PublisherIndex:
        """The publisher and grade of each cited domain (data/lookups/publishers.yaml)."""
        return PublisherIndex.from_lookups(self.records.lookups)

    # ---- construction
    @classmethod
    def from_store(cls, db_url: str) -> Facts:
        return cls(read_records(db_url))

    @classmethod
    def from_data(cls, data_dir: Path) -> Facts:
        return cls(load_dataset(data_dir))

    def with_assumptions(self, assumptions: list[Assumption]) -> Facts:
        """A copy of the facts with each assumption applied to the State's participation.

        An assumed act replaces a recorded act of the same kind (so an assumed withdrawal_effective
        replaces a disputed one) and counts as undisputed for the question asked.
        """
        states = dict(self.records.states)
        for a in assumptions:
            st = states.get(a.iso3)
            if st is None:
                raise UnknownState(f"unknown state code {a.iso3!r} in assumption {a}")
            kept = [p for p in st.participation if not (p.action == a.action and p.instrument == a.instrument)]
            assumed = Participation(
                instrument=a.instrument,
                action=a.action,  # type: ignore[arg-type]
                date=a.date,
                counterparty=a.counterparty,
                sources=[ASSUMPTION_SOURCE],
                note="assumed for this question",
            )
            if a.action == "withdrawal_revoked":
                kept = [p for p in kept if p.action != "withdrawal_effective"]
            states[a.iso3] = st.model_copy(update={"participation": [*kept, assumed]})
        return Facts(replace(self.records, states=states), self.assumptions + tuple(assumptions))

    def without_act(self, iso3: str, act: Participation) -> Facts:
        """A copy of the facts without one recorded act (to test how an answer depends on a disputed fact)."""
        st = self.records.states[iso3]
        kept = [p for p in st.participation if p is not act]
        states = {**self.records.states, iso3: st.model_copy(update={"participation": kept})}
        return Facts(replace(self.records, states=states), self.assumptions)

    # ---- lookups
    @property
    def checked_through(self) -> dt.date:
        return parse_partial_date(self.records.meta.checked_through)[1]

    def state(self, code: str) -> State:
        """A State by ISO alpha-3 (any case), alpha-2, or exact English name."""
        c = code.strip()
        st = self.records.states.get(c.upper())
        if st:
            return st
        for s in self.records.states.values():
            if c.upper() == s.iso2 or c.casefold() in {n.casefold() for n in (s.name, s.short_name or "", s.official_name or "")}:
                return s
        names = self.records.lookups.get("state_names", {}).get("names", {})
        for iso3, aliases in names.items():
            if c.casefold() in {a.casefold() for a in aliases}:
                return self.records.states[iso3]
        raise UnknownState(f"unknown state {code!r}: give an ISO 3166-1 alpha-3 code such as HUN")

    def find_persons(self, query: str) -> list[Person]:
        """Persons whose name or an alias matches ``query``; exact matches win over partial ones."""
        scored = [(name_matches(query, [p.name, *p.aliases]), p) for p in self.records.persons.values()]
        best = max((s for s, _ in scored), default=0)
        return [p for s, p in scored if s == best and s > 0]

    def person(self, query: str) -> Person:
        if query in self.records.persons:
            return self.records.persons[query]
        hits = self.find_persons(query)
        if not hits:
            raise UnknownPerson(f"no person in the record matches {query!r}")
        if len(hits) > 1:
            raise UnknownPerson(f"{query!r} matches several persons: {', '.join(p.name for p in hits)}; be more specific")
        return hits[0]
