"""Situations before the Court and how they were triggered (Rome Statute art. 13)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from iccwatch.model.common import Iso3, PartialDate, Slug, Source, Sourced, Strict


class Authorisation(Strict):
    """A Pre-Trial (or Appeals) Chamber's authorisation of an investigation under Art. 15(4)."""

    date: PartialDate
    chamber: str
    record_number: str | None = None
    sources: list[Source] = []


class PreliminaryExamination(Strict):
    """The Prosecutor's preliminary examination (Art. 15, 53(1)) before an investigation."""

    opened: PartialDate
    sources: list[Source] = Field(min_length=1)


class Art18Deferral(Strict):
    """A State's request under Art. 18(2) that the Prosecutor defer to its own investigation, and what the
    Pre-Trial Chamber made of it on the Prosecutor's application (rules 53-55).

    ``requested`` is the day the State made its request (the deferral runs from it: "at the request of that
    State, the Prosecutor shall defer"); ``notified`` the day the Prosecutor notified the Chamber of it, where
    different. ``outcome`` is ``resumption_authorised`` (the Chamber authorised the investigation, not
    upholding the request), ``application_rejected`` (the Chamber refused the Prosecutor's application: the
    deferral stands, open to review under Art. 18(3)) or ``pending`` (no ruling yet); ``outcome_date`` and
    ``decision`` (the ruling's record in ``data/decisions``) go with a ruling."""

    state: Iso3
    requested: PartialDate
    notified: PartialDate | None = None
    outcome: Literal["resumption_authorised", "application_rejected", "pending"]
    outcome_date: PartialDate | None = None
    decision: Slug | None = None
    sources: list[Source] = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="after")
    def _outcome_fields(self) -> Art18Deferral:
        if self.outcome == "pending" and (self.outcome_date or self.decision):
            raise ValueError("a pending deferral request has no outcome_date or decision")
        if self.outcome != "pending" and not self.outcome_date:
            raise ValueError(f"outcome {self.outcome} needs the ruling's outcome_date")
        return self


class Situation(Sourced):
    id: Slug
    name: str
    icc_number: str | None = None
    #: The State(s) on whose territory (or by whose nationals) the alleged crimes occurred.
    states: list[Iso3] = Field(min_length=1)
    trigger: Literal["state_referral", "unsc_referral", "proprio_motu"]
    referring_states: list[Iso3] = []
    referral_instrument: str | None = None
    referral_date: PartialDate | None = None
    #: For a Security Council referral: the resolution (an instrument id).
    unsc_resolution: Slug | None = None
    preliminary_examination: PreliminaryExamination | None = None
    authorisation: Authorisation | None = None
    investigation_opened: PartialDate | None = None
    #: The period of conduct within the Court's jurisdiction, where it is limited (Art. 12(3)).
    jurisdiction_from: PartialDate | None = None
    #: States' requests under Art. 18(2) that the Prosecutor defer to their investigations.
    deferrals: list[Art18Deferral] = []
    status: str
    status_as_of: PartialDate

    @model_validator(mode="after")
    def _trigger_fields(self) -> Situation:
        if self.trigger == "unsc_referral" and not self.unsc_resolution:
            raise ValueError("a Security Council referral needs unsc_resolution")
        if self.trigger != "unsc_referral" and self.unsc_resolution:
            raise ValueError("unsc_resolution applies only to trigger unsc_referral")
        return self


#: How a situation comes before the Court (Art. 13), in words, for the tables that print the stored codes.
TRIGGER_KEY = ("Trigger (Art. 13): state referral, by a State Party (Art. 14); UNSC referral, by the Security Council "
               "(Art. 13(b)); proprio motu, the Prosecutor's own initiative, authorised by a Pre-Trial Chamber (Art. 15).")
