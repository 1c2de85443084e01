"""Notes a reader sees: no working session's number, no path under tests/ (a warning).

Source notes, ``primary_gap`` notes and fact notes reach users in the dashboard's footnotes, the CLI and the exports,
and the coverage notes in ``data/meta.yaml`` reach them on "About the data". A search or a reading is dated by its
ISO date; "session 14" or ``tests/fixtures/...`` tells a reader nothing. One rule for both kinds of note.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.bookkeeping import bookkeeping
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import fields_of, per_record_problems, sources_of
from iccwatch.dataset.records import RecordSet

#: Fields that name a document rather than note something: a cited page's title may say "session 2".
_NOT_NOTES = frozenset({"title", "url", "publisher", "name", "official_name", "aliases"})


def notes_problems(r: RecordSet) -> Iterator[Problem]:
    """A warning for each note of a record that carries bookkeeping (one per field)."""
    return per_record_problems(r, _note_findings)


def _note_findings(obj: Any) -> Iterator[tuple[str, str, str]]:
    for at, _, name, v in fields_of(obj):
        if isinstance(v, str) and name not in _NOT_NOTES and (msg := bookkeeping(v)) is not None:
            yield at, "a note shown to readers " + msg, "warning"
    for at, src in sources_of(obj):
        for name in ("note", "pinpoint", "copy_of"):
            text = getattr(src, name, None)
            if isinstance(text, str) and (msg := bookkeeping(text)) is not None:
                yield f"{at}.{name}", "a note shown to readers " + msg, "warning"
