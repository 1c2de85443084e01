"""What the service modules share: grading the sources of an answer, and the date filters of list views."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from iccwatch.dataset.grading import grade_sources_in
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


def on_or_before(date: str | None, on: dt.date | None) -> bool:
    """True when a (partial) date may fall on or before ``on``; an undated record, or no ``on``, passes."""
    return on is None or date is None or DateSpan.parse(date).may_be_on_or_before(on)


def folded(text: str) -> str:
    """A name for sorting: accents dropped, case folded ("Côte d'Ivoire" among the C's)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date else None
