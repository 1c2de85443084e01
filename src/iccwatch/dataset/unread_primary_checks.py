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

import re
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import FactRef, per_record_facts

#: Words saying the cited page itself was not read.
UNREAD = re.compile(
    r"\bnot (?:yet )?(?:been |be )?(?:read|readable|found|located|stored|seen|opened)\b"
    r"|\b(?:cannot|can't|could not|couldn't) be (?:read|found|located|opened)\b"
    r"|\bunread\b|\bnot in the stored material\b|\bheader only\b"
    r"|\b(?:stored |available )?only as (?:its|a|the) (?:header|opening|cover(?: page)?)\b",
    re.IGNORECASE)

_READ = re.compile(r"\bread\b", re.IGNORECASE)
#: A negation shortly before "read" ("not read", "could not be read", "never read", "not yet been read").
_NEGATED = re.compile(r"\b(?:not|never|cannot|n't|nor)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


def says_read(note: str) -> bool:
    """Whether the note says, somewhere, that the text was read (a "read" no negation governs)."""
    return any(not _NEGATED.search(note[max(0, m.start() - 30):m.start()]) for m in _READ.finditer(note))


def says_unread(note: str) -> bool:
    """Whether the note says the cited page was not read and nowhere says where it was read instead."""
    return bool(UNREAD.search(note)) and not says_read(note)


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
