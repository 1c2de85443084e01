"""Legal instruments the record refers to: treaties, Security Council and Assembly resolutions, agreements."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced, Strict, Url


class Art16Request(Strict):
    """A Security Council request under Art. 16 of the Statute, in a resolution adopted under Chapter VII: for
    the period it names (``start`` to ``end``, both days included; 12 months, renewable by a new resolution),
    "no investigation or prosecution may be commenced or proceeded with" in the cases it covers.

    ``paragraph`` is the resolution's operative paragraph that makes the request; ``covers`` its scope in the
    resolution's words; ``persons`` and ``situations`` the record's persons and situations it names, where it
    names any (a request that describes only a class of persons, such as personnel of contributing States,
    names none: whether it reaches a person is then not told by the record); ``renews`` the resolution whose
    request it renews."""

    paragraph: int = Field(ge=1)
    start: PartialDate
    end: PartialDate
    covers: str
    persons: list[Slug] = []
    situations: list[Slug] = []
    renews: Slug | None = None


class Instrument(Sourced):
    """A treaty, resolution or agreement, with the official text's address."""

    id: Slug
    kind: Literal["treaty", "unsc_resolution", "asp_resolution", "agreement"]
    title: str
    #: Canonical short citation, e.g. "RS", "APIC", "UNSC res 1593 (2005)".
    citation: str
    symbol: str | None = None
    adopted: PartialDate | None = None
    entry_into_force: PartialDate | None = None
    text_url: Url | None = None
    #: For a Security Council referral (Art. 13(b)): the situation it referred.
    situation: Slug | None = None
    #: The States the resolution *decides* must cooperate (binding under Art. 25 UN Charter).
    obliges_states: list[Iso3] = []
    #: Who else it obliges, in words (e.g. non-State parties to a conflict).
    obliges_others: str | None = None
    #: The operative paragraph that imposes cooperation.
    #: (Bounded: no resolution has a thousand operative paragraphs; a larger number is a slip or a pasted figure.)
    cooperation_paragraph: int | None = Field(default=None, ge=1, le=999)
    #: Whom it only urges (no legal obligation).
    urges: str | None = None
    summary: str | None = None
    #: For a Security Council resolution requesting a deferral under Art. 16: the request (period, scope).
    art16_request: Art16Request | None = None

    @model_validator(mode="after")
    def _art16_only_by_council(self) -> Instrument:
        if self.art16_request is not None and self.kind != "unsc_resolution":
            raise ValueError("only a Security Council resolution makes a request under Art. 16 (art16_request)")
        return self
