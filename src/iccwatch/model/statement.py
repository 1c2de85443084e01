"""Joint statements of States about the Court: in its support, or against it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced


class Statement(Sourced):
    id: Slug
    date: PartialDate | None = None
    title: str
    #: For the Court (support: the default, e.g. against intimidation of its officials) or against it (e.g. a
    #: joint communiqué denouncing it, announcing a withdrawal or calling on States not to cooperate). Only
    #: statements of support count in the index's joint_statements indicator.
    stance: Literal["support", "against"] = "support"
    drafters: list[Iso3] = []
    #: How many signatories the statement itself or its sources announce.
    announced_signatories: int | None = Field(default=None, ge=0)
    signatories: list[Iso3]
    #: True only when the list is known to be the full list of signatories.
    complete: bool
    #: The States that were in a position to join, where not every State Party was (e.g. a statement of
    #: the Security Council's members that are States Parties). Empty: open to every State Party.
    open_to: list[Iso3] = []

    @field_validator("signatories")
    @classmethod
    def _once_each(cls, value: list[str]) -> list[str]:
        twice = sorted({c for i, c in enumerate(value) if c in value[:i]})
        if twice:
            raise ValueError(f"{', '.join(twice)} listed twice: list each signatory once")
        return value

    @model_validator(mode="after")
    def _completeness(self) -> Statement:
        n = len(self.signatories)
        if self.complete and self.announced_signatories is not None and n != self.announced_signatories:
            raise ValueError(
                f"marked complete but lists {n} signatories where {self.announced_signatories} were announced"
            )
        if not self.complete and self.announced_signatories is not None and n > self.announced_signatories:
            raise ValueError(f"lists {n} signatories, more than the {self.announced_signatories} announced")
        if self.open_to and (outside := sorted(set(self.signatories) - set(self.open_to))):
            raise ValueError(f"signatories {', '.join(outside)} are not among the States it was open_to")
        return self
