"""A primary source whose own note says it was not read (issue 16; audit26's rule, added by audit28 in session 16).

The editorial policy cites a source as primary only where it was read and states the fact. A ``kind: primary``
citation whose own note says the page was not read, not found, not stored, or stored only as a header, and does
not say where the text was read instead (the policy's one exception: an official text read in a licensed
reproduction, cited at the official address with a note saying where it was read), contradicts its own tag. It
is a warning: the note may be stale (the page was read since) and must then say so, or the tag is wrong and the
citation becomes secondary, with the fact's ``primary_gap`` saying what was searched.

Only the source's own note is read: a fact's note or ``primary_gap`` saying that some *other* document was not
found says nothing about this one.
"""

from __future__ import annotations

from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.read_notes import UNREAD, says_read, says_unread  # noqa: F401 (kept importable from here)
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import FactRef, per_record_facts


def unread_primary_problems(records: RecordSet) -> list[Problem]:
    return list(_unread_primaries(records))


def _unread_primaries(records: RecordSet) -> Iterator[Problem]:
    return per_record_facts(records, _unread_primaries_of)


def _unread_primaries_of(refs: tuple[FactRef, ...]) -> Iterator[Problem]:
    """``_unread_primaries`` of one record's facts (kept per record object: ``per_record_facts``)."""
    for ref in refs:
        for i, s in enumerate(ref.sources):
            if s.kind == "primary" and s.note and says_unread(s.note):
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].kind"),
                              f"{s.url} is cited as primary, but its own note says it was not read or not found: "
                              "if it has been read since, make the note say so (where and when); otherwise cite it "
                              "as secondary and say in the fact's primary_gap what was searched", "warning")
