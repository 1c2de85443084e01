"""The Court's rulings on cooperation and on the cases of persons under warrant.

``kind: non_compliance`` (the default) is a decision on a State's failure to cooperate (Art. 87(7),
earlier 'informing' decisions, appeals of them); it names the State, the request, the finding and
the forum. Other kinds are the rulings that follow or surround it: leave to appeal, challenges to a
warrant or to jurisdiction, confirmation of charges, conviction, sentence, acquittal, proceedings
terminated, and others; for them the State and the finding are optional, and ``outcome`` says what the
ruling did.
"""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced

Forum = Literal["ASP", "UNSC", "ASP+UNSC", "none"]

DecisionKind = Literal[
    "non_compliance",
    "leave_to_appeal",
    "reconsideration",
    "warrant_challenge",
    "jurisdiction_challenge",
    "admissibility_challenge",
    "fitness_to_stand_trial",
    "interim_release",
    "confirmation_of_charges",
    "conviction",
    "acquittal",
    "sentence",
    "appeal_judgment",
    "proceedings_terminated",
    "warrant_withdrawn",
    "other",
]


class Decision(Sourced):
    id: Slug
    date: PartialDate
    chamber: str
    kind: DecisionKind = "non_compliance"
    #: The State whose cooperation is ruled on (required for a non-compliance decision).
    state: Iso3 | None = None
    persons: list[Slug] = []
    situation: Slug
    request_type: Literal["arrest_surrender", "other_assistance"] | None = None
    #: non_compliance: a finding of failure to comply; no_finding: the Chamber informed a body or
    #: declined a finding; reversed_on_appeal: an appeal set the finding aside.
    #: postponement_allowed: the Chamber allowed the State to postpone executing the request (Art. 95).
    finding: Literal["non_compliance", "no_finding", "reversed_on_appeal", "postponement_allowed"] | None = None
    #: What the decision actually did, not what it could have done.
    referred_to: Forum | None = None
    #: For rulings of other kinds: what the ruling did, in a word or two (granted, refused, rejected,
    #: confirmed, convicted, terminated ...).
    outcome: str | None = None
    summary: str | None = None
    record_number: str | None = None
    #: The decision this one rules on appeal (or on a request for leave to appeal).
    appeal_of: Slug | None = None
    #: An earlier decision in the same proceedings that this one completes (e.g. after a remand).
    follows: Slug | None = None
    #: For a postponement: when it lapsed (the Court's determination of the admissibility challenge).
    effective_until: PartialDate | None = None
    #: Travel or other events the decision concerns.
    events: list[Slug] = []
    #: For a finding of non-compliance that no recorded ruling follows (appeal_of / follows): what was
    #: searched for later rulings (reconsideration, leave to appeal, appeal, a later decision) and when,
    #: and that none was found. Counted, not hidden, like ``primary_gap``.
    later_rulings_gap: str | None = None
    #: For a finding referred to the Assembly or the Council (``referred_to``) that no recorded response
    #: of a forum it was referred to names (``data/responses``, ``decision`` / ``related_decisions``): what
    #: was searched for that forum's response (the Bureau's non-cooperation procedure, the President's
    #: letters, a plenary debate, a cooperation resolution naming the State; the Council's meetings and
    #: acts) and when, and that none was found. Counted, not hidden, like ``later_rulings_gap``.
    responses_gap: str | None = None

    @model_validator(mode="after")
    def _fields_of_kind(self) -> Decision:
        if self.kind == "non_compliance":
            missing = [f for f in ("state", "request_type", "finding", "referred_to") if getattr(self, f) is None]
            if missing:
                raise ValueError(f"a non-compliance decision needs {', '.join(missing)}")
        elif not self.outcome:
            raise ValueError(f"a ruling of kind {self.kind!r} says what it did (outcome)")
        return self
