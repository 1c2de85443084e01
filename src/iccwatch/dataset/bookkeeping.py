"""Bookkeeping a reader cannot use in a note: a working session's number, a path under tests/ (text rules only).

Kept apart from the checks that walk records so that the coverage notice, read by every answer, imports no model.
"""

from __future__ import annotations

import re

#: A working session's number ("session 14"), not a parliament's session ("session 2005-06") nor a UN document's.
_SESSION = re.compile(r"\bsession\s+\d{1,2}(?![\d\-/])", re.IGNORECASE)
#: A path under the project's tests/ folder.
_TESTS_PATH = re.compile(r"(?<![\w./-])(?:\./)?tests/[\w./-]*")


def bookkeeping(text: str) -> str | None:
    """What in ``text`` a reader cannot use, said as the end of a warning, or None."""
    if (m := _SESSION.search(text)) is not None:
        return f"names a working session ({m.group()!r}); date the search instead (an ISO date)"
    if (m := _TESTS_PATH.search(text)) is not None:
        return f"names a path under tests/ ({m.group()!r}); say what was checked, not where a test keeps it"
    return None
