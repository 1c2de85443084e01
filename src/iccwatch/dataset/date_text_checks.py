"""A text field that holds a date where words are due. Run by ``checks.py`` in the order of ``CHECKS`` there
(tests/dataset/ROUND24.md).

Errors:

* a **text field that is only a date** where words are due (an event's occasion, a decision's outcome, a title, a
  summary, a note ...): the date belongs in the record's own date field, and the text says in words what it is (as a
  text that is only a web address is refused, for a date) (``texts_only_a_date``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import fields_of, per_record_problems
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan

#: Fields holding words, in which a date alone says nothing (the date is the record's own field).
_WORDS = {"title", "summary", "note", "occasion", "followup", "outcome", "primary_gap", "travel_gap", "later_rulings_gap",
          "responses_gap", "held_by", "court", "group", "author", "basis", "reason"}


_ONLY_DATE = re.compile(r"^\s*\d{4}(?:-\d{2}){0,2}\s*$")


def texts_only_a_date(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _date_findings)


def _date_findings(obj: Any) -> Iterator[tuple[str, str]]:
    for at, _owner, name, v in fields_of(obj):
        if name in _WORDS and isinstance(v, str) and _ONLY_DATE.match(v) and _is_date(v.strip()):
            yield at, (f"{v.strip()!r} is only a date: say in words what the {name.replace('_', ' ')} is (the date is the "
                       "record's date field, or belongs in the words)")


def _is_date(text: str) -> bool:
    try:
        DateSpan.parse(text)
    except ValueError:
        return False
    return True
