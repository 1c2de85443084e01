"""Judicial decisions on a State's failure to cooperate (Art. 87(7), earlier 'informing' decisions, appeals)."""

from __future__ import annotations

from typing import Literal

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced

Forum = Literal["ASP", "UNSC", "ASP+UNSC", "none"]


class Decision(Sourced):
    id: Slug
    date: PartialDate
    chamber: str
    state: Iso3
    persons: list[Slug] = []
    situation: Slug
    request_type: Literal["arrest_surrender", "other_assistance"]
    #: non_compliance: a finding of failure to comply; no_finding: the Chamber informed a body or
    #: declined a finding; reversed_on_appeal: an appeal set the finding aside.
    #: postponement_allowed: the Chamber allowed the State to postpone executing the request (Art. 95).
    finding: Literal["non_compliance", "no_finding", "reversed_on_appeal", "postponement_allowed"]
    #: What the decision actually did, not what it could have done.
    referred_to: Forum
    record_number: str | None = None
    #: The decision this one rules on appeal.
    appeal_of: Slug | None = None
    #: An earlier decision in the same proceedings that this one completes (e.g. after a remand).
    follows: Slug | None = None
    #: For a postponement: when it lapsed (the Court's determination of the admissibility challenge).
    effective_until: PartialDate | None = None
    #: Travel or other events the decision concerns.
    events: list[Slug] = []
