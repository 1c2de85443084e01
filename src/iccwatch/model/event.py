"""Events: a warrant subject's presence in a State, and what that State did."""

from __future__ import annotations

from typing import Literal

from iccwatch.model.common import Iso3, PartialDate, Slug, Sourced

EventAction = Literal["no_arrest", "arrest", "surrender", "visit_cancelled", "arrest_and_release"]


class Event(Sourced):
    id: Slug
    date: PartialDate
    end_date: PartialDate | None = None
    person: Slug
    state: Iso3
    action: EventAction
    #: Whether the host was a State Party on the date, as the source states it; the checker compares
    #: it with the record's own participation dates.
    host_party_reported: bool | None = None
    followup: str | None = None
