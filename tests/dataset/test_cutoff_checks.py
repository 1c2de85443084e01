"""The one rule for dates of what happened (dataset/cutoff_checks.py): not after the record's cut-off, not in the
future, every partial-date field of every model included, the exceptions a table with a reason each."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.dataset.editing import edit_record

from iccwatch.dataset import check_dataset
from iccwatch.dataset.cutoff_checks import (
    DOUBTFUL_AFTER_CUTOFF,
    LEEWAY,
    NOT_READ,
    cutoff_problems,
    dated_fields,
    dates_of,
)
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.record_walks import KINDS_WITH_SOURCES
from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.model import DateSpan
from iccwatch.model.common import Source

_DAY = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def test_every_exception_names_a_date_field_of_a_model_and_gives_a_reason() -> None:
    fields = dated_fields()
    for table in (LEEWAY, DOUBTFUL_AFTER_CUTOFF):
        for (model, field), lee in table.items():
            assert (model, field) in fields, f"{model}.{field} is not a partial-date field of any record's model"
            assert len(lee.reason.split()) >= 5
    for (model, field), reason in NOT_READ.items():
        assert model == "Source" and field in Source.model_fields and len(reason.split()) >= 5


def _raw_dates(obj: Any, at: str = "") -> Iterator[tuple[str, str]]:
    """(field path, text) of every value of a parsed file that reads as a date, sources left out."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k != "sources" and k != "source":
                yield from _raw_dates(v, f"{at}.{k}" if at else str(k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _raw_dates(v, f"{at}[{i}]")
    elif isinstance(obj, dt.date) or (isinstance(obj, str) and _DAY.match(obj)):
        yield at, str(obj)


def test_every_date_written_in_the_small_record_is_read_by_the_cutoff_rule(small_dir: Path) -> None:
    """With the cut-off moved back to 2003, every value of the small record's files that is written as a date
    (found in the YAML, not through the models) is reported after it, unless a listed exception lets it be later."""
    records, problems = load_records(small_dir)
    assert records is not None and not [p for p in problems if p.severity == "error"]
    early = dataclasses.replace(records, meta=records.meta.model_copy(update={"checked_through": "2003-01-01"}))
    found = {(p.file, p.field) for p in cutoff_problems(early, dt.date.max)}
    exempt_models = {m for (m, _f) in LEEWAY} | {m for (m, _f) in DOUBTFUL_AFTER_CUTOFF}
    missed = []
    checked = 0
    for kind in KINDS_WITH_SOURCES:
        for key in records.of_kind(kind):
            f = records.files[(kind, key)]
            for at, text in _raw_dates(read_yaml(small_dir.parent / f)):
                if DateSpan.parse(text).first <= dt.date(2003, 1, 1):
                    continue
                checked += 1
                if (f, at) not in found:
                    missed.append((f, at, text))
    # Only the listed exceptions may be missed (a scheduled withdrawal, a declaration's period, an entry into force),
    # and each only where its condition holds.
    exempt = {(records.files[(kind, key)], at) for kind in KINDS_WITH_SOURCES for key, obj in records.of_kind(kind).items()
              for at, _v, lee in dates_of(obj) if lee is not None and lee.cutoff is None}
    assert checked > 50 and exempt_models
    assert sorted((f, at) for f, at, _ in missed if (f, at) not in exempt) == []


def test_a_nested_date_in_the_future_is_reported_once_as_in_the_future(data_copy: Path) -> None:
    """Custody spells were checked against the cut-off but not the future: the one walk now reads both, and a
    date in the future is not reported a second time as after the cut-off."""
    w = "warrants/omar-hassan-ahmad-al-bashir-1.yaml"
    edit_record(data_copy, w, lambda d: d.update(custody=[{"held_by": "SDN", "since": "2099-01-01", "sources": d["sources"]}]))
    _, problems = check_dataset(data_copy)
    at = [p for p in problems if p.field == "custody[0].since"]
    assert [p.severity for p in at if "in the future" in p.message] == ["error"]
    assert not [p for p in at if "checked_through" in p.message]


def test_a_planned_trip_after_the_cutoff_passes_and_a_past_one_is_flagged(data_copy: Path) -> None:
    records, _ = load_records(data_copy)
    assert records is not None and records.events
    key, ev = next(iter(records.events.items()))
    rel = records.files[("events", key)].split("/", 1)[1]
    after = (DateSpan.parse(records.meta.checked_through).last + dt.timedelta(days=1)).isoformat()
    edit_record(data_copy, rel, lambda d: d.update(date=after, end_date=None))
    _, problems = check_dataset(data_copy)
    flagged = [p for p in problems if p.record == key and p.field == "date" and "checked_through" in p.message]
    assert [p.severity for p in flagged] == ["warning"] and "a trip may be added" in flagged[0].message
    edit_record(data_copy, rel, lambda d: d.update(trip="planned"))
    _, problems = check_dataset(data_copy)
    assert not [p for p in problems if p.record == key and "checked_through" in p.message]
