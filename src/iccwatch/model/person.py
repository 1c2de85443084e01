"""Persons subject to the Court's warrants or summonses, and the offices they held."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from iccwatch.model.common import Iso3, PartialDate, Slug, Source, Sourced, Strict
from iccwatch.model.terms import OfficeKind as OfficeKind  # the vocabulary lives in the pure module


class Office(Sourced):
    """An office held for a period: what the immunity rules (Art. 27, 98(1)) look at."""

    title: str
    state: Iso3
    kind: OfficeKind
    start: PartialDate | None = None
    end: PartialDate | None = None
    #: True where the government is not recognised by the UN (e.g. de facto authorities).
    de_facto: bool = False


class Person(Strict):
    id: Slug
    name: str
    aliases: list[str] = []
    nationality: list[Iso3] = []
    offices: list[Office] = []
    sources: list[Source] = Field(min_length=1)
    note: str | None = None


#: Categories of crime in warrants (Rome Statute arts. 6, 7, 8, 8 bis and 70).
CrimeCategory = Literal[
    "genocide",
    "crimes_against_humanity",
    "war_crimes",
    "aggression",
    "offences_against_administration_of_justice",
]

WarrantStatus = Literal[
    "requested",
    "issued",
    "at_large",
    "arrested",
    "surrendered",
    "appeared_voluntarily",
    "released",
    "deceased",
    "warrant_withdrawn",
    "proceedings_terminated",
    "convicted",
    "acquitted",
]


class StatusChange(Sourced):
    status: WarrantStatus
    date: PartialDate | None = None
    by_state: Iso3 | None = None


class Warrant(Sourced):
    """A warrant of arrest or summons to appear (Art. 58), or a prosecution application for one."""

    id: Slug
    person: Slug
    situation: Slug
    kind: Literal["arrest_warrant", "summons_to_appear", "application"]
    case_number: str | None = None
    issued: PartialDate | None = None
    unsealed: PartialDate | None = None
    crimes: list[CrimeCategory] = []
    status_history: list[StatusChange] = []
