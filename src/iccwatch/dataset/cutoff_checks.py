"""One rule for every date of what happened: not after the cut-off, not in the future.

Every partial-date field (``PartialDate``) of every model a record is made of, nested facts included, is found by
walking the models (:func:`dated_fields`), not listed by hand: a date field added to a model is checked from then on.
Two rules read the same walk:

* **the cut-off**: a fact dated after the record's ``checked_through`` (data/meta.yaml) is an error, since no kind
  was checked after that day (:func:`cutoff_problems`). A kind's own ``checked_through`` (``coverage``) is not the
  bound: it says through when the kind's list was checked, so that later facts may be *missing*; a later fact found
  and sourced before the record's cut-off (a situation's status brought up to date) is not wrong;
* **the future**: a fact dated after today (with a margin) cannot have happened (``checks._record_dates``).

Dates that may lie later, and dates this rule does not read, are the exceptions in :data:`LEEWAY`, each with its
reason; a date after the cut-off that is only doubtful is a warning there, with the reason it is not refused.

From the bad-input rounds seven to sixteen:

* the record's **cut-off** (``checked_through`` of meta.yaml, or of a kind's coverage) **not a full day**: a cut-off is
  the last day checked, and a month would leave its last weeks neither checked nor open (``cutoffs_not_full_days``;
  tests/dataset/ROUND9.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import (
    KINDS_WITH_SOURCES,
    fields_of,
)
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.dataset.walked import walked
from iccwatch.model import DateSpan
from iccwatch.model.common import PartialDate
from iccwatch.model.dates import is_exact


@dataclass(frozen=True)
class Leeway:
    """How one date field departs from the rule: ``future`` False when it may lie after today, ``cutoff`` the
    severity of a date after the cut-off (None: not checked against it), ``when`` the condition on the field's
    owner under which the leeway applies (None: always), and ``reason`` why."""

    reason: str
    future: bool = True
    cutoff: Literal["error", "warning"] | None = "error"
    when: Callable[[Any], bool] | None = None


#: (model, field) -> how its date departs from the rule, and why. A field not listed is checked by both rules
#: (an error each). Each entry must name a partial-date field of a model (a test holds the table to the models).
LEEWAY: dict[tuple[str, str], Leeway] = {
    ("Participation", "date"): Leeway(
        "a withdrawal takes effect one year after its notification is received (Art. 127(1)): the day is scheduled, "
        "and may lie after the cut-off and after today", future=False, cutoff=None,
        when=lambda a: a.action == "withdrawal_effective"),
    ("Participation", "covers_to"): Leeway(
        "a declaration may accept the Court's jurisdiction for a period that ends after the cut-off, or after today",
        future=False, cutoff=None),
    ("Event", "date"): Leeway(
        "a planned trip is dated when it is to take place", future=False, cutoff=None, when=lambda e: e.trip == "planned"),
    ("Event", "end_date"): Leeway(
        "a planned trip is dated when it is to take place", future=False, cutoff=None, when=lambda e: e.trip == "planned"),
    ("Instrument", "entry_into_force"): Leeway(
        "an instrument enters into force on a day its own terms fix, which may be scheduled", future=False, cutoff=None),
    ("Measure", "end_date"): Leeway(
        "a measure may be adopted with the day it ends (a law's sunset, a ban's term): that day may lie ahead; after "
        "the cut-off, check the year, or say in a note how it is known", future=False, cutoff="warning"),
}

#: Dated facts that are not refused after the cut-off, only flagged (a warning), and why. Kept apart from LEEWAY
#: only for their wording; :func:`leeway_of` reads both.
DOUBTFUL_AFTER_CUTOFF: dict[tuple[str, str], Leeway] = {
    ("Event", "date"): Leeway(
        "a trip may be added from a report of it before the events were checked through its day: check the "
        "date, or move the record's checked_through when it is checked", cutoff="warning"),
    ("Event", "end_date"): Leeway(
        "a trip under way on the cut-off may end after it: check the date, or move the record's checked_through "
        "when it is checked", cutoff="warning"),
    ("Measure", "date"): Leeway(
        "a measure may be dated by its entry into force, set in advance: check the year, or say in a note how it "
        "is known", cutoff="warning"),
}

#: Dates this rule does not read at all, and why (the walk reaches no Source: its fields are a leaf).
NOT_READ: dict[tuple[str, str], str] = {
    ("Source", "date"): "a source's own date: one in the future is refused by the sources rule; a source published "
    "after the cut-off may still state an earlier fact",
}


def leeway_of(model: str, field: str, owner: Any) -> Leeway | None:
    """The leeway that applies to ``field`` of ``owner`` (of class ``model``), or None."""
    for table in (LEEWAY, DOUBTFUL_AFTER_CUTOFF):
        lee = table.get((model, field))
        if lee is not None and (lee.when is None or lee.when(owner)):
            return lee
    return None


#: What makes a text a partial date (its validator): pydantic moves it from a required field's annotation to its metadata.
_PARTIAL_DATE_CHECKS = get_args(PartialDate)[1:]


def _is_partial_date(annotation: Any) -> bool:
    if annotation == PartialDate:
        return True
    return get_origin(annotation) in (Union, types.UnionType) and any(_is_partial_date(a) for a in get_args(annotation))


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    elif get_origin(annotation) is not Annotated:
        for a in get_args(annotation):
            yield from _models_in(a)


@functools.cache
def dated_fields() -> frozenset[tuple[str, str]]:
    """(model, field) of every partial-date field of every model a record of any kind is made of (nested models
    included; a Source's own date is not a fact's: :data:`NOT_READ`)."""
    found: set[tuple[str, str]] = set()
    seen: set[type[BaseModel]] = set()
    todo = [KINDS[kind][0] for kind in KINDS_WITH_SOURCES]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            if _is_partial_date(info.annotation) or (bool(info.metadata) and all(m in info.metadata for m in _PARTIAL_DATE_CHECKS)):
                found.add((model.__name__, name))
            todo.extend(m for m in _models_in(info.annotation) if m.__name__ != "Source")
    return frozenset(found)


def dates_of(obj: Any) -> tuple[tuple[str, str, Leeway | None], ...]:
    """(field path, date, its leeway or None) of every date of what happened in a record, nested facts included,
    sources not."""
    return walked(_walk_dates, obj)


def _walk_dates(obj: Any) -> Iterator[tuple[str, str, Leeway | None]]:
    fields = dated_fields()
    for where, owner, name, v in fields_of(obj):
        if isinstance(v, str) and (type(owner).__name__, name) in fields:
            yield where, v, leeway_of(type(owner).__name__, name, owner)


def future_dates(obj: Any) -> Iterator[tuple[str, str]]:
    """(field path, date) of every date of a record that may not lie after today."""
    return ((where, v) for where, v, lee in dates_of(obj) if lee is None or lee.future)


def cutoff_problems(r: RecordSet, latest: dt.date) -> Iterator[Problem]:
    """Every date of what happened after the record's cut-off. A date after ``latest`` (today, with the margin)
    that may not lie ahead is left to the future rule, which reports it once."""
    through = r.meta.checked_through
    cut_off = DateSpan.parse(through).last
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            for where, v, lee in dates_of(obj):
                severity = "error" if lee is None else lee.cutoff
                if severity is None:
                    continue
                first = DateSpan.parse(v).first
                if first <= cut_off or (first > latest and (lee is None or lee.future)):
                    continue
                why = f" ({lee.reason})" if lee is not None and severity == "warning" else ""
                yield Problem(r.files[(kind, key)], key, where, f"{v} is after the record's checked_through date {through}: "
                              f"nothing after it was checked{why}", severity)


def cutoffs_not_full_days(r: RecordSet) -> Iterator[Problem]:
    f = "data/meta.yaml"
    if not is_exact(r.meta.checked_through):
        yield Problem(f, "meta", "checked_through", f"the record's cut-off {r.meta.checked_through!r} is not a full day "
                      "(YYYY-MM-DD): a cut-off names the last day checked")
    for kind, c in (r.meta.coverage or {}).items():
        if not is_exact(c.checked_through):
            yield Problem(f, "meta", f"coverage.{kind}.checked_through", f"{kind}'s cut-off {c.checked_through!r} is not a full day "
                          "(YYYY-MM-DD): a cut-off names the last day checked")
