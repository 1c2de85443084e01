"""Requests to a State concerning a person: the Court's request for arrest and surrender, or another
State's competing request for extradition (Art. 90)."""

from __future__ import annotations

from typing import Literal

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced


class Request(Sourced):
    id: Slug
    date: PartialDate
    person: Slug
    #: The State that received the request.
    requested_state: Iso3
    #: "ICC", or the ISO code of the requesting State.
    requesting: str
    kind: Literal["arrest_and_surrender", "extradition", "other_assistance"]
    #: For an extradition request: whether it concerns the same conduct as the Court's case.
    same_conduct: bool | None = None
    #: Whether the requested State has an international obligation to extradite to the requesting State.
    extradition_obligation: bool | None = None
