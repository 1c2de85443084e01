"""Legal instruments the record refers to: treaties, Security Council and Assembly resolutions, agreements."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced, Url


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
