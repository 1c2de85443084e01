"""Domain types of the record (pydantic v2). Nothing but types and the treaty's own date arithmetic."""

from iccwatch.model.common import Source, Sourced, parse_partial_date
from iccwatch.model.dates import DateSpan
from iccwatch.model.decision import Decision
from iccwatch.model.event import Event
from iccwatch.model.instrument import Instrument
from iccwatch.model.measure import Measure
from iccwatch.model.meta import KindCoverage, Meta
from iccwatch.model.person import Office, Person, StatusChange, Warrant
from iccwatch.model.position import Position
from iccwatch.model.request import Request
from iccwatch.model.response import Response
from iccwatch.model.situation import Situation
from iccwatch.model.state import Participation, State
from iccwatch.model.statement import Statement

__all__ = [
    "DateSpan",
    "Decision",
    "Event",
    "Instrument",
    "KindCoverage",
    "Measure",
    "Meta",
    "Office",
    "Participation",
    "Person",
    "Position",
    "Request",
    "Response",
    "Situation",
    "Source",
    "Sourced",
    "State",
    "Statement",
    "StatusChange",
    "Warrant",
    "parse_partial_date",
]
