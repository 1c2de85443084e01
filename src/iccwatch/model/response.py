"""What the Assembly of States Parties or the Security Council did about non-cooperation: after a
finding the Court referred to it, or on a situation the Council referred (briefings, resolutions)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import model_validator

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced

ResponseKind = Literal[
    # The Bureau or the Assembly took a referral up under its non-cooperation procedures (a meeting,
    # a letter of the President, a plenary debate).
    "formal",
    # Diplomatic contacts by the Assembly's President or focal points.
    "informal",
    # An Assembly resolution on cooperation (e.g. the session's cooperation resolution).
    "asp_resolution",
    # A Council act (resolution, presidential statement) on the referral.
    "unsc_action",
    # The referral or non-cooperation was raised in the Council (e.g. the Prosecutor's briefing on a
    # situation it referred) without an act.
    "unsc_discussion",
]


#: Whether a response of this kind is an act adopted, where the kind alone says so.
_ACT_BY_KIND: dict[str, bool] = {"unsc_discussion": False, "unsc_action": True, "asp_resolution": True}


class Response(Sourced):
    id: Slug
    #: The finding this responds to, where it responds to one. An Assembly response may be general
    #: (a cooperation resolution, a plenary debate on non-cooperation) and name none.
    decision: Slug | None = None
    #: Further findings the same response takes up.
    related_decisions: list[Slug] = []
    #: The situation concerned (for a Council briefing, the situation it referred).
    situation: Slug | None = None
    #: States whose non-cooperation the response names.
    states: list[Iso3] = []
    body: Literal["ASP", "UNSC"]
    date: PartialDate
    kind: ResponseKind
    #: The document's symbol: a UN meeting record (S/PV.NNNN) or resolution, or an Assembly
    #: resolution (ICC-ASP/NN/Res.N).
    document: str | None = None
    #: Whether the body adopted anything on non-cooperation (a resolution, statement or measure):
    #: for a Council briefing, whether the Council acted. Unset, it follows from the kind where the
    #: kind says it (a ``unsc_discussion`` did not act; a ``unsc_action`` or ``asp_resolution`` did).
    acted: bool | None = None
    summary: str

    @model_validator(mode="before")
    @classmethod
    def _acted_from_kind(cls, data: Any) -> Any:
        # the kind says it: a discussion in the Council is one without an act; a resolution or a Council
        # act is one adopted (the checker refuses a record whose recorded value says otherwise)
        if isinstance(data, dict) and data.get("acted") is None and data.get("kind") in _ACT_BY_KIND:
            return {**data, "acted": _ACT_BY_KIND[data["kind"]]}
        return data

    @model_validator(mode="after")
    def _about(self) -> Response:
        if self.body == "UNSC" and self.decision is None and self.situation is None and not self.related_decisions:
            raise ValueError("a response of the Council names the finding (decision) or the situation it is about")
        if self.body == "ASP" and self.kind.startswith("unsc_") or self.body == "UNSC" and self.kind in ("formal", "informal", "asp_resolution"):
            raise ValueError(f"kind {self.kind!r} is not a response of the {self.body}")
        return self

    def about_decisions(self) -> list[str]:
        return ([self.decision] if self.decision else []) + list(self.related_decisions)
