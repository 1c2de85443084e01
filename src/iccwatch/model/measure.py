"""Measures for or against the Court: implementing legislation, agreements with the Court, sanctions or
proceedings against the Court and its officials, visa denials, cyberattacks. The author is usually a
State; it may be another body (an international organisation, a group) or unknown (e.g. a cyberattack
nobody has been publicly found responsible for)."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced

MeasureKind = Literal[
    "sanctions_against_court",
    "proceedings_against_court_officials",
    "sanctions_lifted",
    # A national law restricting the State's own cooperation with the Court.
    "law_restricting_cooperation",
    # A refusal of a visa or of entry to the Court's officials or staff on Court business.
    "visa_denial_to_court_officials",
    # An intrusion into the Court's information systems.
    "cyberattack_on_court",
    "implementing_legislation",
    "enforcement_of_sentences_agreement",
    "witness_relocation_agreement",
    "interim_release_agreement",
    "other_cooperation_agreement",
    "host_state_agreement",
    # A State Party's referral of a situation to the Prosecutor under Art. 14, alone or jointly with other
    # States Parties (``targets`` names the situation: a data/situations id, or a short name where the
    # referral led only to a preliminary examination).
    "situation_referral",
]

#: Measures that act against the Court (pillar 4 of the index).
AGAINST_COURT = ("sanctions_against_court", "proceedings_against_court_officials", "law_restricting_cooperation")
#: Other conduct against the Court that the record holds (not counted by the index's pillar 4 as it
#: stands; a measure whose author is unknown belongs to no State).
OTHER_AGAINST_COURT = ("visa_denial_to_court_officials", "cyberattack_on_court")
#: Agreements that support the Court's work (pillar 3).
COOPERATION_AGREEMENTS = (
    "enforcement_of_sentences_agreement",
    "witness_relocation_agreement",
    "interim_release_agreement",
    "other_cooperation_agreement",
    "host_state_agreement",
)

#: Referrals of situations to the Prosecutor (Art. 14; pillar 3 of the index).
REFERRALS = ("situation_referral",)

AuthorKind = Literal["state", "other_body", "unknown"]

#: What an implementing law covers: cooperation with the Court (Part 9), the Statute's crimes in national
#: law only, or both. A crimes-only law does not implement the duty to cooperate (Art. 88).
LegislationScope = Literal["cooperation", "crimes_only", "crimes_and_cooperation"]


class Measure(Sourced):
    id: Slug
    #: The State that took the measure; absent when the author is another body or unknown.
    state: Iso3 | None = None
    #: Who took the measure: a State (``state`` names it), another body (``author`` names it), or
    #: unknown (``author`` may say what is reported, e.g. "attributed by the Court to no one").
    author_kind: AuthorKind = "state"
    author: str | None = None
    kind: MeasureKind
    title: str
    date: PartialDate
    end_date: PartialDate | None = None
    targets: str | None = None
    #: For implementing legislation: what the law covers (absent: not coded; read as covering cooperation).
    scope: LegislationScope | None = None
    summary: str

    @model_validator(mode="after")
    def _scope(self) -> Measure:
        if self.scope is not None and self.kind != "implementing_legislation":
            raise ValueError(f"scope says what an implementing law covers; a {self.kind} has none")
        return self

    @model_validator(mode="after")
    def _author(self) -> Measure:
        if self.author_kind == "state" and self.state is None:
            raise ValueError("a measure by a State names the State (state: ISO3); for another author set author_kind")
        if self.author_kind != "state" and self.state is not None:
            raise ValueError(f"author_kind {self.author_kind!r} with a state: a measure by a State has author_kind 'state'")
        if self.author_kind == "other_body" and not self.author:
            raise ValueError("a measure by another body names it (author)")
        return self
