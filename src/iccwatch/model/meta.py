"""What the record knows up to, overall and kind by kind."""

from __future__ import annotations

from pydantic import Field

from iccwatch.model.common import PartialDate, Strict


class KindCoverage(Strict):
    """How far one kind of record was checked, against which list, and what it cannot hold."""

    #: The date through which this kind was checked against its list: facts after it may be missing.
    checked_through: PartialDate
    #: The list this kind is checked against (e.g. the Court's case pages, the UN depositary's list).
    checked_against: str
    #: What the record holds completely for this kind.
    complete: str | None = None
    #: What is known to be incomplete, or cannot be complete (e.g. sealed warrants).
    incomplete: list[str] = Field(default_factory=list)


class Meta(Strict):
    #: The record's cut-off: no kind was checked beyond it, and facts after it may be missing. A kind
    #: may have been checked only through an earlier date (``coverage``).
    checked_through: PartialDate
    title: str
    licence: str
    note: str | None = None
    #: Per record kind (the folder name under data/): its coverage.
    coverage: dict[str, KindCoverage] = Field(default_factory=dict)

    def checked_through_of(self, kind: str) -> str:
        """The date through which ``kind`` was checked (the overall date where the kind has none)."""
        c = self.coverage.get(kind)
        return c.checked_through if c else self.checked_through
