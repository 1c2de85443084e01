"""What the service modules share: grading the sources of an answer, and the date filters of list views."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from iccwatch.dataset.grading import grade_sources_in
from iccwatch.dataset.names import fold_accents
from iccwatch.facts import Facts
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Participation, Source

_F = TypeVar("_F", bound=Callable[..., Any])


def graded(fn: _F) -> _F:
    """Grade every source in what ``fn(facts, ...)`` returns: publisher, class, grade, primary first."""

    @functools.wraps(fn)
    def wrapper(facts: Facts, *args: Any, **kwargs: Any) -> Any:
        return grade_sources_in(fn(facts, *args, **kwargs), facts.publishers)

    return wrapper  # type: ignore[return-value]


def source_list(sources: list[Source]) -> list[dict[str, Any]]:
    return [s.model_dump(mode="json", exclude_none=True) for s in sources]


def participation_row(a: Participation) -> dict[str, Any]:
    return a.model_dump(mode="json", exclude_none=True, exclude_defaults=False)


def year_not_after(year: int | None, on: dt.date | None) -> None:
    """Refuse a list's ``year`` after the day it stops at (``on``, the CLI's ``--until``): no record can be in
    both, and the empty list answered before (round twenty-one) read as "none recorded that year"."""
    if year is not None and on is not None and year > on.year:
        from iccwatch.errors import FieldError

        raise FieldError("year", f"{year} is after the day the list stops at ({on.isoformat()}): no record can be dated in "
                                 "that year and by that day; give an earlier year or a later day")


def on_or_before(date: str | None, on: dt.date | None) -> bool:
    """True when a (partial) date may fall on or before ``on``; an undated record, or no ``on``, passes.

    A record dated only to a year or a month that runs past ``on`` (an event of "2025" in a list up to
    2025-04) passes: leaving it out would drop what may well have happened by then, and the record does
    not say it did not. A list marks such a record instead (``date_doubt``), so that it is not read as
    surely before the day asked."""
    return on is None or date is None or DateSpan.parse(date).may_be_on_or_before(on)


def date_doubt(date: str | None, on: dt.date | None) -> str | None:
    """The mark a listed record carries when its date, known only to a year or a month, may fall after
    ``on`` (the last day of a list's ``--until``/``on``): "date: 2025 only; may be after the day asked".
    None for a day, a span ending by ``on``, an undated record, or no ``on``. The CLI, the API and the
    dashboard show these words."""
    if on is None or not date:
        return None
    span = DateSpan.parse(date)
    if span.exact or span.last <= on or not span.may_be_on_or_before(on):
        return None
    return f"date: {date} only; may be after the day asked"


def folded(text: str) -> str:
    """A name for sorting: accents dropped, case folded ("Côte d'Ivoire" among the C's)."""
    return fold_accents(text)


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date else None
