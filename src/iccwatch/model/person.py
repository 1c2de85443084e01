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


#: Why proceedings ended or a person was released, where the sources of the status state it (session 35): the
#: person's standing in the case reads it ("charges not confirmed", "sentence completed"); the law does not.
StatusGround = Literal["death", "charges_not_confirmed", "charges_withdrawn", "charges_vacated", "sentence_completed",
                       "interim_release"]
#: The grounds each status can carry: an ending of the proceedings, or a release.
GROUNDS_OF: dict[str, tuple[StatusGround, ...]] = {
    "proceedings_terminated": ("death", "charges_not_confirmed", "charges_withdrawn", "charges_vacated"),
    "warrant_withdrawn": ("death", "charges_withdrawn"),
    "released": ("sentence_completed", "interim_release"),
}


class StatusChange(Sourced):
    status: WarrantStatus
    date: PartialDate | None = None
    by_state: Iso3 | None = None
    #: Set where no cited source states the status itself and it is inferred from facts they do state: why
    #: (e.g. "a public warrant, no arrest or surrender recorded"). The sources then state those facts (the
    #: warrant's issue or unsealing). The law reads the status as it reads any other; the views say "inferred".
    inferred: str | None = Field(default=None, min_length=1)
    #: The ground of an ending or a release, where the status's sources state it (``GROUNDS_OF``).
    ground: StatusGround | None = None

    @model_validator(mode="after")
    def _ground_fits(self) -> StatusChange:
        if self.ground is not None and self.ground not in GROUNDS_OF.get(self.status, ()):
            fits = ", ".join(GROUNDS_OF.get(self.status, ())) or "none"
            raise ValueError(f"ground {self.ground!r} does not fit the status {self.status!r} (grounds it takes: {fits})")
        return self


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


class Custody(Sourced):
    """A spell during which the person under the warrant was held, not by the Court: by a State's authorities
    (``holder: state``), or by a group that is not the State's authorities on its territory (``holder:
    non_state_group``, naming the ``group``). ``held_by`` is the State that held the person, or on whose
    territory the group held him. While a State holds the person, its duty under the warrant is to surrender
    him (Arts. 59, 89(1)), not to find and arrest him; other States' duty to arrest stands, but no arrest there
    is possible while he is held elsewhere. From ``since`` (the day the sources state) to ``until`` (the day
    the spell ended, where they state it; None while it lasts or where the end is not recorded, said in
    ``until_unknown``). ``ended``: how it ended, where the sources say."""

    held_by: Iso3
    holder: Literal["state", "non_state_group"] = "state"
    #: For ``holder: non_state_group``: the group, as the sources name it.
    group: str | None = Field(default=None, min_length=1)
    since: PartialDate
    until: PartialDate | None = None
    ended: Literal["surrendered", "released", "escaped", "transferred", "died"] | None = None
    #: Where the spell ended but the sources give no date (what was searched): the law then cannot tell whether
    #: the person was still held after ``since``.
    until_unknown: str | None = Field(default=None, min_length=1)
    #: With ``until_unknown``: a day by which the sources show the spell had ended (the law then reads the person as
    #: possibly held from ``since`` to that day, and not held after it).
    ended_by: PartialDate | None = None
    #: The custodial State's own proceedings against the person, in a few words, where the sources state them
    #: (Arts. 89(2), 89(4), 94, 95 then bear on the surrender).
    own_proceedings: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Custody:
        if self.holder == "non_state_group" and not self.group:
            raise ValueError("holder non_state_group needs group: the group that held the person")
        if self.holder == "state" and self.group:
            raise ValueError("group is only for holder non_state_group")
        if self.until is not None and DateSpan.parse(self.until).surely_before(DateSpan.parse(self.since).first):
            raise ValueError(f"until {self.until} is before since {self.since}")
        if self.until is not None and self.until_unknown:
            raise ValueError("until and until_unknown together: give the end's date or say why it is not known, not both")
        if self.ended_by is not None and not self.until_unknown:
            raise ValueError("ended_by is only for a spell whose end is not dated (until_unknown)")
        if self.ended_by is not None and DateSpan.parse(self.ended_by).surely_before(DateSpan.parse(self.since).first):
            raise ValueError(f"ended_by {self.ended_by} is before since {self.since}")
        if self.ended is not None and self.until is None and not self.until_unknown:
            raise ValueError(f"ended: {self.ended} without until: give the day it ended, or until_unknown saying what was searched")
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
    #: Spells during which a State (or a group on its territory) held the person without surrendering him to the
    #: Court. Where none is recorded, an ``arrested`` status with ``by_state`` is read as that State's custody
    #: until the warrant's next dated status (law/warrants.py, ``custody_spells``).
    custody: list[Custody] = []
