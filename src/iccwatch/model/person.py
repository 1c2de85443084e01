"""Persons subject to the Court's warrants or summonses, and the offices they held."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from iccwatch.model.common import Iso3, PartialDate, Slug, Source, Sourced, Strict
from iccwatch.model.dates import DateSpan
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
    #: For a person at large under a public warrant of whom no trip is recorded (``data/events``): what was
    #: searched for the person's travel abroad since the warrant, when, and what was (not) found. Counted,
    #: not hidden, like a decision's ``later_rulings_gap`` (docs/coverage.md, events).
    travel_gap: str | None = None


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
    #: The Court determined the case inadmissible (Arts. 17, 19): the warrant is no longer to be executed.
    "case_inadmissible",
    "convicted",
    "acquitted",
]


#: Statuses with which a person leaves the Court's custody, or it ends (the checker's custody rules).
CUSTODY_ENDS: tuple[WarrantStatus, ...] = ("released", "acquitted", "deceased", "proceedings_terminated", "warrant_withdrawn")
#: Statuses that end a warrant itself: no one need execute it any more, whatever the person's custody.
WARRANT_ENDS: tuple[WarrantStatus, ...] = ("warrant_withdrawn", "proceedings_terminated", "case_inadmissible")


class StatusChange(Sourced):
    status: WarrantStatus
    date: PartialDate | None = None
    by_state: Iso3 | None = None
    #: Set where no cited source states the status itself and it is inferred from facts they do state: why
    #: (e.g. "a public warrant, no arrest or surrender recorded"). The sources then state those facts (the
    #: warrant's issue or unsealing). The law reads the status as it reads any other; the views say "inferred".
    inferred: str | None = Field(default=None, min_length=1)


class AdmissibilityChallenge(Sourced):
    """A State's challenge to the admissibility of the case (Art. 19(2)(b): it is investigating or
    prosecuting it), from the day it was made (or first made public) until the Court determined it.
    While it is under consideration the requested State may postpone executing a request (Art. 95)."""

    by_state: Iso3
    made: PartialDate
    #: The day the Court determined the challenge; None while it is under consideration (or no ruling is known).
    determined: PartialDate | None = None

    @model_validator(mode="after")
    def _order(self) -> AdmissibilityChallenge:
        if self.determined is not None and DateSpan.parse(self.determined).surely_before(DateSpan.parse(self.made).first):
            raise ValueError(f"determined on {self.determined}, before the challenge was made on {self.made}")
        return self


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
    #: States' challenges to the admissibility of the case (Art. 19(2)(b)), which may allow the
    #: challenging State to postpone the surrender (Art. 95).
    admissibility_challenges: list[AdmissibilityChallenge] = []
