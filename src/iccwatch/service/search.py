"""Full-text search over the record's names, titles and notes (SQLite FTS5 or PostgreSQL)."""

from __future__ import annotations

from typing import Any

from iccwatch.errors import FieldError
from iccwatch.facts import Facts


def search_records(facts: Facts, db_url: str, q: str, kinds: tuple[str, ...] | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """The records matching every word of ``q`` (as a prefix), described for display, best first
    (``kinds``: only these kinds of record; default all)."""
    # Imported here: the search runs SQL through SQLAlchemy, which a CLI question must not load (tests/test_store_read.py).
    from iccwatch.store.search import KINDS, describe, search

    kinds = kinds or KINDS
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise FieldError("kind", f"unknown kind {unknown[0]!r}; one of: {', '.join(KINDS)}")
    return [d for h in search(db_url, q, kinds, limit) if (d := describe(facts.records, h))]
