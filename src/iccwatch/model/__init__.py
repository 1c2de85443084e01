"""Domain types of the record (pydantic v2). Nothing but types and the treaty's own date arithmetic.

Names are imported from their modules on first use: ``DateSpan`` and ``parse_partial_date`` come from
the pure :mod:`iccwatch.model.dates`, so the law engine and a one-question CLI run (which reads the
store's plain objects) use them without importing pydantic (benchmarks/bench_cli.py); the model
classes import pydantic when first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iccwatch.lazy import lazy_exports

if TYPE_CHECKING:
    from iccwatch.model.common import Source, Sourced
    from iccwatch.model.dates import DateSpan, parse_partial_date
    from iccwatch.model.decision import Decision
    from iccwatch.model.event import Event
    from iccwatch.model.instrument import Art16Request, Instrument
    from iccwatch.model.measure import Measure
    from iccwatch.model.meta import KindCoverage, Meta
    from iccwatch.model.person import (
        AdmissibilityChallenge,
        Custody,
        Office,
        Person,
        StatusChange,
        Warrant,
    )
    from iccwatch.model.position import Position
    from iccwatch.model.request import Request
    from iccwatch.model.response import Response
    from iccwatch.model.situation import Art18Deferral, Situation
    from iccwatch.model.state import Participation, State
    from iccwatch.model.statement import Statement

#: Each exported name → the module defining it.
_HOME = {
    "DateSpan": "dates",
    "parse_partial_date": "dates",
    "Source": "common",
    "Sourced": "common",
    "Decision": "decision",
    "Event": "event",
    "Instrument": "instrument",
    "Art16Request": "instrument",
    "Measure": "measure",
    "KindCoverage": "meta",
    "Meta": "meta",
    "Office": "person",
    "Person": "person",
    "StatusChange": "person",
    "AdmissibilityChallenge": "person",
    "Custody": "person",
    "Warrant": "person",
    "Position": "position",
    "Request": "request",
    "Response": "response",
    "Situation": "situation",
    "Art18Deferral": "situation",
    "Participation": "state",
    "State": "state",
    "Statement": "statement",
}

__all__ = [
    "Art16Request",
    "Art18Deferral",
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
    "AdmissibilityChallenge",
    "Custody",
    "Warrant",
    "parse_partial_date",
]


_load = lazy_exports(__name__, _HOME, globals())


def __getattr__(name: str) -> Any:
    return _load(name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
