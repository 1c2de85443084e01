"""What the record knows up to."""

from __future__ import annotations

from iccwatch.model.common import PartialDate, Strict


class Meta(Strict):
    #: The date through which the record was checked: facts after it may be missing.
    checked_through: PartialDate
    title: str
    licence: str
    note: str | None = None
