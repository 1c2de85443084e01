"""What the Assembly of States Parties or the Security Council did after the Court referred a failure."""

from __future__ import annotations

from typing import Literal

from iccwatch.model.common import PartialDate, Slug, Sourced


class Response(Sourced):
    id: Slug
    #: The referral decision this responds to.
    decision: Slug
    body: Literal["ASP", "UNSC"]
    date: PartialDate
    #: formal: the Bureau or the Assembly took the referral up (meeting, letter, plenary); informal:
    #: diplomatic contacts by the Assembly's President or focal points; unsc_action: a Council act;
    #: unsc_discussion: the referral was raised in the Council without an act.
    kind: Literal["formal", "informal", "unsc_action", "unsc_discussion"]
    summary: str
