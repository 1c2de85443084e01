"""Full-text search over the record's names, titles and notes (SQLite FTS5 or PostgreSQL)."""

from __future__ import annotations

from typing import Any

from iccwatch.errors import FieldError
from iccwatch.facts import Facts
from iccwatch.store.search import KINDS, describe, search


def search_records(facts: Facts, db_url: str, q: str, kinds: tuple[str, ...] = KINDS, limit: int = 50) -> list[dict[str, Any]]:
    """The records matching every word of ``q`` (as a prefix), described for display, best first."""
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise FieldError("kind", f"unknown kind {unknown[0]!r}; one of: {', '.join(KINDS)}")
    return [d for h in search(db_url, q, kinds, limit) if (d := describe(facts.records, h))]
