"""Events: a warrant subject's presence in a State (or a trip there planned, cancelled, or a transit or
overflight), and what that State did."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from iccwatch.model.common import DateSpan, Iso3, PartialDate, Slug, Sourced, Strict

#: What the host did. ``visit_cancelled``: the trip did not take place (see ``cancelled_by``);
#: ``visit_planned``: the trip is announced or planned and has not (yet) taken place.
EventAction = Literal["no_arrest", "arrest", "surrender", "visit_cancelled", "arrest_and_release", "visit_planned"]

#: The kind of trip. ``visit``: the person was on the State's territory as a destination; ``transit``:
#: a stopover on the territory (e.g. a refuelling landing) on the way elsewhere; ``overflight``: the
#: person's aircraft crossed the State's airspace without landing; ``planned``: announced, not (yet)
#: made; ``cancelled``: announced and then not made.
TripKind = Literal["visit", "transit", "overflight", "planned", "cancelled"]

#: Who or what stopped a cancelled trip. ``host_refused_entry``: the host said it would arrest or not
#: admit the person, or asked the person not to come; ``visitor_stayed_away``: the person's side
#: decided not to travel; ``moved_online``: the meeting went ahead with the person taking part
#: remotely; ``meeting_called_off``: another participant or the organiser called the meeting off;
#: ``meeting_relocated``: the meeting was moved to another State; ``unknown``: the sources do not say.
CancelledBy = Literal["host_refused_entry", "visitor_stayed_away", "moved_online", "meeting_called_off", "meeting_relocated", "unknown"]

_TRIP_OF_ACTION = {"visit_cancelled": "cancelled", "visit_planned": "planned"}


class Handover(Strict):
    """The handover to the Court of a person a State arrested (session 33): its own day, and which of the event's
    sources state that day (``stated_by``: the position of a source in the event's ``sources``, counted from 0, or its
    address). The event's ``date`` stays the day of the arrest, or of the act that began the custody."""

    date: PartialDate
    stated_by: list[int | str] = Field(min_length=1)


class ConsultationReply(Strict):
    """The Court's reply to a State's consultations under Art. 97 (session 39, round 49: 'What did the Court reply to
    Mongolia's request for consultations?' found it only in the consultation's note): the day of the reply where the
    sources date it, what the Court said, in a few words, and which of the event's sources state it (``stated_by``, as
    the consultation's). A reply is not the Court's later ruling on the failure, which is a decision."""

    date: PartialDate | None = None
    said: str = Field(min_length=1)
    stated_by: list[int | str] = Field(min_length=1)


class Consultation(Strict):
    """Consultations the host State sought with the Court under Art. 97 about executing its request for this visit
    (session 38: 'Which States asked the Court for consultations under Article 97?'): the day or month they were
    sought, where the sources date them (absent where they say only that they were sought), which of the event's
    sources state it (``stated_by``: a position in the event's ``sources``, counted from 0, or an address), and a note
    for what the sources leave open. Consultations do not suspend the duty to arrest (the Court's holding on Mongolia,
    2024): the record says that they were sought, not that they excused anything."""

    date: PartialDate | None = None
    stated_by: list[int | str] = Field(min_length=1)
    note: str | None = None
    #: The Court's reply to the consultation, where a source read states it (session 39: it was only in the note).
    reply: ConsultationReply | None = None


class Event(Sourced):
    id: Slug
    date: PartialDate
    end_date: PartialDate | None = None
    person: Slug
    state: Iso3
    action: EventAction
    #: Inferred from ``action`` when absent (a cancelled or planned action makes a cancelled or planned
    #: trip; otherwise a visit), so records written before the field existed stay valid.
    trip: TripKind = "visit"
    #: For a cancelled trip: who or what stopped it.
    cancelled_by: CancelledBy | None = None
    #: What the trip was for (a summit, a State visit), in a few words.
    occasion: str | None = None
    #: Whether the host was a State Party on the date, as the source states it; the checker compares
    #: it with the record's own participation dates.
    host_party_reported: bool | None = None
    followup: str | None = None
    #: For a surrender: the handover to the Court, dated apart from the arrest (``date``), with the sources that state
    #: its day; or ``surrendered_unknown``, why the record does not date it. Neither, in a record written before the
    #: field existed: the handover is told only in ``followup`` (session 33).
    surrendered: Handover | None = None
    surrendered_unknown: str | None = None
    #: Consultations under Art. 97 the host State sought about this visit (session 38), with the sources that say so.
    consultation: Consultation | None = None

    @model_validator(mode="before")
    @classmethod
    def _infer_trip(cls, data: Any) -> Any:
        action = data.get("action") if isinstance(data, dict) else None
        if isinstance(action, str) and "trip" not in data and action in _TRIP_OF_ACTION:
            data = {**data, "trip": _TRIP_OF_ACTION[data["action"]]}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Event:
        for action, trip in _TRIP_OF_ACTION.items():
            if (self.action == action) != (self.trip == trip):
                raise ValueError(f"trip {self.trip!r} and action {self.action!r} disagree: a {trip} trip has action {action!r}, and only it")
        if self.cancelled_by is not None and self.trip != "cancelled":
            raise ValueError("cancelled_by is only for a cancelled trip")
        self._check_handover()
        if self.consultation is not None:
            self._check_stated_by("consultation", self.consultation.stated_by)
            reply, asked = self.consultation.reply, self.consultation.date
            if reply is not None:
                self._check_stated_by("consultation.reply", reply.stated_by)
                if reply.date and asked and DateSpan.parse(reply.date).last < DateSpan.parse(asked).first:
                    raise ValueError(f"consultation.reply.date: the reply ({reply.date}) is before the consultation it "
                                     f"answers ({asked})")
        return self

    def _check_stated_by(self, field: str, refs: list[int | str]) -> None:
        urls = [str(s.url) for s in self.sources]
        for i, ref in enumerate(refs):
            if isinstance(ref, int) and not 0 <= ref < len(urls):
                raise ValueError(f"{field}.stated_by[{i}]: {ref} is no position in the event's sources (0 to {len(urls) - 1})")
            if isinstance(ref, str) and ref not in urls and ref.rstrip("/") not in {u.rstrip("/") for u in urls}:
                raise ValueError(f"{field}.stated_by[{i}]: {ref!r} is not among the event's sources: cite it there first")

    def _check_handover(self) -> None:
        if self.surrendered is None and self.surrendered_unknown is None:
            return
        if self.action != "surrender":
            raise ValueError(f"surrendered and surrendered_unknown are only for a surrender (action {self.action!r} hands no one to the Court)")
        if self.surrendered is not None and self.surrendered_unknown is not None:
            raise ValueError("surrendered and surrendered_unknown are both given: date the handover or say why it is not dated, not both")
        if self.surrendered is None:
            return
        if DateSpan.parse(self.surrendered.date).last < DateSpan.parse(self.date).first:
            raise ValueError(f"surrendered.date: the handover ({self.surrendered.date}) is before the arrest ({self.date})")
        urls = [str(s.url) for s in self.sources]
        for i, ref in enumerate(self.surrendered.stated_by):
            if isinstance(ref, int) and not 0 <= ref < len(urls):
                raise ValueError(f"surrendered.stated_by[{i}]: {ref} is no position in the event's sources (0 to {len(urls) - 1})")
            if isinstance(ref, str) and ref not in urls and ref.rstrip("/") not in {u.rstrip("/") for u in urls}:
                raise ValueError(f"surrendered.stated_by[{i}]: {ref!r} is not among the event's sources: cite it there first")

    def handover_sources(self) -> list[Any]:
        """The event's sources that state the handover's day (``surrendered.stated_by``), in the event's order."""
        if self.surrendered is None:
            return []
        urls = [str(s.url).rstrip("/") for s in self.sources]
        at = {r if isinstance(r, int) else urls.index(r.rstrip("/")) for r in self.surrendered.stated_by}
        return [s for i, s in enumerate(self.sources) if i in at]
