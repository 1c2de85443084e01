"""Measures a State takes for or against the Court: implementing legislation, agreements with the Court,
sanctions or proceedings against the Court and its officials."""

from __future__ import annotations

from typing import Literal

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced

MeasureKind = Literal[
    "sanctions_against_court",
    "proceedings_against_court_officials",
    "sanctions_lifted",
    # A national law restricting the State's own cooperation with the Court.
    "law_restricting_cooperation",
    "implementing_legislation",
    "enforcement_of_sentences_agreement",
    "witness_relocation_agreement",
    "interim_release_agreement",
    "other_cooperation_agreement",
    "host_state_agreement",
]

#: Measures that act against the Court (pillar 4 of the index).
AGAINST_COURT = ("sanctions_against_court", "proceedings_against_court_officials", "law_restricting_cooperation")
#: Agreements that support the Court's work (pillar 3).
COOPERATION_AGREEMENTS = (
    "enforcement_of_sentences_agreement",
    "witness_relocation_agreement",
    "interim_release_agreement",
    "other_cooperation_agreement",
    "host_state_agreement",
)


class Measure(Sourced):
    id: Slug
    state: Iso3
    kind: MeasureKind
    title: str
    date: PartialDate
    end_date: PartialDate | None = None
    targets: str | None = None
    summary: str
