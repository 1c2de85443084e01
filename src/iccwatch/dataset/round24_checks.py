"""Round twenty-four of the bad input (session 31): what the record's newer kinds and fields let through.

* a **text field that is only a date** where words are due (an event's occasion, a decision's outcome, a title, a
  summary, a note ...): the date belongs in the record's own date field, and the text says in words what it is (round
  fifteen's rule for a text that is only a web address, for a date);
* a decision whose ``appeal_of`` and ``follows`` name **the same decision**: a ruling on appeal names the decision it
  rules on in ``appeal_of`` only; ``follows`` is an earlier decision it completes (e.g. after a remand), so one decision
  cannot be both.
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


def round24_problems(r: RecordSet) -> list[Problem]:
    return [*per_record_problems(r, _record_findings), *_appeal_and_follows(r)]


def _record_findings(obj: Any) -> Iterator[tuple[str, str]]:
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


def _appeal_and_follows(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.appeal_of is not None and d.appeal_of == d.follows:
            yield Problem(r.file_of("decisions", key), key, "follows",
                          f"appeal_of and follows both name {d.follows!r}: a ruling on appeal names the decision it rules on in "
                          "appeal_of only (follows is an earlier decision it completes, e.g. after a remand)")
