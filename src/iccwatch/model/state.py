"""States and their relation to the Rome Statute and related instruments over time."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from iccwatch.model.common import Iso3, PartialDate, Slug, Source, Sourced, Strict

#: What a State can do in relation to a treaty, or to the Court's jurisdiction, and when.
ParticipationAction = Literal[
    "signature",
    "ratification",
    "accession",
    "acceptance",
    "approval",
    "succession",
    # Where the source gives the date a State became bound without saying how.
    "ratification_or_accession",
    "entry_into_force",
    # Art. 127: notification, the date it takes (or was scheduled to take) effect, revocation.
    "withdrawal_notified",
    "withdrawal_effective",
    "withdrawal_revoked",
    # A government's announcement, not deposited with the depositary: no legal effect by itself.
    "withdrawal_announced",
    # A signatory's notification that it does not intend to become a party (VCLT art. 18).
    "signature_withdrawn",
    # Art. 12(3): acceptance of the Court's jurisdiction by a non-party, for a period.
    "declaration_12_3",
    # A later communication confirming an earlier Art. 12(3) declaration (not a new one).
    "declaration_12_3_confirmed",
    # Art. 87(5)(a): an ad hoc arrangement or agreement with a non-party.
    "ad_hoc_arrangement",
    # Art. 98(2): an agreement under which the consent of a sending State is needed to surrender its persons.
    "art_98_2_agreement",
    # Art. 124 transitional declaration (war crimes) and its withdrawal.
    "declaration_124",
    "declaration_124_withdrawn",
]

#: Actions by which a State expresses its consent to be bound (its instrument is "deposited").
CONSENT_ACTIONS = ("ratification", "accession", "acceptance", "approval", "succession", "ratification_or_accession")


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

    @model_validator(mode="after")
    def _covers_only_for_declarations(self) -> Participation:
        if (self.covers_from or self.covers_to) and self.action not in (
            "declaration_12_3",
            "declaration_12_3_confirmed",
            "ad_hoc_arrangement",
        ):
            raise ValueError("covers_from/covers_to apply only to declarations and ad hoc arrangements")
        if (self.action == "art_98_2_agreement") != (self.counterparty is not None):
            raise ValueError("counterparty is required for art_98_2_agreement, and only for it")
        return self


class State(Strict):
    """A State (or the Cook Islands, a State Party that is not a UN member), keyed by ISO alpha-3."""

    iso3: Iso3
    iso2: str = Field(pattern=r"^[A-Z]{2}$")
    numeric: str = Field(pattern=r"^\d{3}$")
    name: str
    name_fr: str
    official_name: str | None = None
    official_name_fr: str | None = None
    short_name: str | None = None
    un_status: Literal["member", "observer", "non_member"]
    #: Where the identity facts (codes, names, UN status) come from.
    sources: list[Source] = Field(min_length=1)
    participation: list[Participation] = []
    note: str | None = None
