"""Whether a source's own note says the cited page was not read (moved out of ``unread_primary_checks`` in session 40
so that the CLI, which says of each source it prints whether it was read, reads notes without loading the record's
models)."""

from __future__ import annotations

import re

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


#: Round 38: the day a source's note says it was read, as the record writes it: ``read (2026-12-02)``, ``read 2026-12-02``,
#: ``read on 2026-12-02``, ``read/2026-12-02``, ``read in the stored copy on 2026-12-02``, ``read in the stored material
#: (2026-12-02)``, ``read at the Court's address (2026-12-02)``, ``read at this address on 2026-12-02``. Only these forms:
#: a day after other words ("read as Brazil's duties on 2025-06-01", "read (searched 2026-12-02") is not the reading's.
_READ_DAY = re.compile(
    r"\bread(?:\s*\(\s*|\s*/\s*|\s+on\s+|\s+in\s+the\s+stored\s+(?:copy|material)(?:\s+on\s+|\s*\(\s*)"
    r"|\s+at\s+(?:the\s+Court's|this)\s+address(?:\s+on\s+|\s*\(\s*)|\s+)(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def read_days(note: str) -> list[str]:
    """The days (YYYY-MM-DD) the note says the source was read on; a "read" a negation governs ("not read (2026-12-02)":
    the day of a search that did not find it) gives none."""
    return [m.group(1) for m in _READ_DAY.finditer(note) if not _NEGATED.search(note[max(0, m.start() - 30):m.start()])]
