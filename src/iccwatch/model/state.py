"""States and their relation to the Rome Statute and related instruments over time."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from iccwatch.model.common import Iso3, PartialDate, Slug, Source, Sourced, Strict

# The vocabulary lives in the pure iccwatch.model.terms (importable without pydantic).
from iccwatch.model.terms import CONSENT_ACTIONS as CONSENT_ACTIONS
from iccwatch.model.terms import ParticipationAction as ParticipationAction


class Participation(Sourced):
    """One dated act of a State under an instrument (by default the Rome Statute)."""

    instrument: Slug = "rome-statute"
    action: ParticipationAction
    date: PartialDate
    #: For declarations: the period of conduct the acceptance covers.
    covers_from: PartialDate | None = None
    covers_to: PartialDate | None = None
    #: For ad hoc arrangements and declarations limited to a situation.
    situation: Slug | None = None
    #: For bilateral agreements (Art. 98(2)): the other party.
    counterparty: Iso3 | None = None
    #: An entry into force or a withdrawal's effect whose date the record does not take from a
    #: document stating it but from the Statute's own rule (art. 126 or art. 127(1)) applied to the
    #: State's act named here (e.g. ``ratification``). Its sources are that article of the Statute;
    #: the act's own sources state the date the rule starts from (docs/data-format.md).
    derived_from: ParticipationAction | None = None
    #: For a domestic court's ruling: the court, as the ruling names it (e.g. "High Court, Gauteng Division").
    court: str | None = None
    #: For a withdrawal announcement: the date the government took it back (e.g. its office said the announcement
    #: was made in error). An announcement has no effect under Art. 127(1) either way; a retracted one is not
    #: counted as an announced withdrawal by the index (docs/data-format.md).
    retracted: PartialDate | None = None

    @model_validator(mode="after")
    def _retracted_only_announcements(self) -> Participation:
        if self.retracted is not None and self.action != "withdrawal_announced":
            raise ValueError(f"retracted applies only to a withdrawal_announced; a {self.action} is ended by its own act "
                             "(a withdrawal_revoked, a declaration_124_withdrawn, a signature_withdrawn)")
        return self

    @model_validator(mode="after")
    def _derived_only_by_the_final_clauses(self) -> Participation:
        if self.derived_from is None:
            return self
        allowed = {"entry_into_force": set(CONSENT_ACTIONS) - {"succession"}, "withdrawal_effective": {"withdrawal_notified"}}
        if self.derived_from not in allowed.get(self.action, set()):
            raise ValueError(
                "derived_from applies only to an entry_into_force (from ratification, accession, acceptance or approval) "
                "or a withdrawal_effective (from withdrawal_notified)"
            )
        return self

    @model_validator(mode="after")
    def _covers_only_for_declarations(self) -> Participation:
        if (self.covers_from or self.covers_to) and self.action not in (
            "declaration_12_3",
            "declaration_12_3_confirmed",
            "ad_hoc_arrangement",
        ):
            raise ValueError("covers_from/covers_to apply only to declarations and ad hoc arrangements")
        if self.situation is not None and self.action not in ("declaration_12_3", "declaration_12_3_confirmed", "ad_hoc_arrangement"):
            raise ValueError(f"situation applies only to declarations and ad hoc arrangements limited to a situation, not to a {self.action}")
        if (self.action == "art_98_2_agreement") != (self.counterparty is not None):
            raise ValueError("counterparty is required for art_98_2_agreement, and only for it")
        if (self.action == "domestic_court_ruling") != (self.court is not None):
            raise ValueError("court is required for domestic_court_ruling, and only for it")
        return self


#: The status of a State's national legislation for cooperation with the Court (Part 9, Art. 88), as a
#: source states it on a date: a law in force covering cooperation (``enacted``), a law covering only
#: part of the cooperation the Statute asks for (``partial``), a bill before the government or parliament
#: and no law (``draft``), or no law and no bill (``none``).
LegislationStatusValue = Literal["enacted", "partial", "draft", "none"]


class LegislationStatus(Sourced):
    """What a source says of a State's cooperation legislation on a date (docs/data-format.md).

    A status is a statement *as of* a date: ``none`` and ``draft`` say nothing of later years (a law may
    have been passed since); ``enacted`` and ``partial`` name a law, which stays in force unless a later
    status says otherwise."""

    status: LegislationStatusValue
    #: The date on which the source states the status (its date, or the date it says it speaks for).
    as_of: PartialDate
    #: The law or bill (title, number, gazette), where the source names one; required for enacted,
    #: partial and draft.
    law: str | None = None
    #: The data/measures record of the law, where the record holds one.
    measure: Slug | None = None

    @model_validator(mode="after")
    def _named(self) -> LegislationStatus:
        if self.status != "none" and not (self.law or self.measure):
            raise ValueError(f"a status {self.status!r} names the law or bill (law: or measure:)")
        if self.status == "none" and (self.law or self.measure):
            raise ValueError("a status 'none' names no law or bill (say what the source says in note)")
        return self


class CameIntoBeing(Sourced):
    """The day a State created after 1998-07-17 came into being (its independence), as its sources state it."""

    date: PartialDate


class Ended(Sourced):
    """The day a State ceased to exist (dissolved, or merged into or succeeded by others), as its sources state it, and
    the States of the record that succeeded it (round 40: the checker refuses a fact of the State dated after it, and a
    successor the record does not hold)."""

    date: PartialDate
    successors: list[Iso3] = []


class State(Strict):
    """A State (or the Cook Islands, a State Party that is not a UN member), keyed by ISO alpha-3."""

    iso3: Iso3
    iso2: str = Field(pattern=r"^[A-Z]{2}$")
    numeric: str = Field(pattern=r"^[0-9]{3}$")  # ASCII digits: \\d also takes another script's (round 35)
    name: str
    name_fr: str
    official_name: str | None = None
    official_name_fr: str | None = None
    short_name: str | None = None
    un_status: Literal["member", "observer", "non_member"]
    #: For a State that came into being after the Statute was adopted (1998-07-17): the day it did (its
    #: independence), with the sources that state that day. The checker refuses a fact of the State dated before it.
    since: CameIntoBeing | None = None
    #: For a State that ceased to exist: the day it did and its successors, with the sources that state them. The
    #: checker refuses a fact of the State dated after it.
    ended: Ended | None = None
    #: Where the identity facts (codes, names, UN status) come from.
    sources: list[Source] = Field(min_length=1)
    participation: list[Participation] = []
    #: The status of its cooperation legislation (Art. 88) as sources state it on dates, oldest first.
    implementing_legislation: list[LegislationStatus] = []
    note: str | None = None
