"""Full-text search over the record: the store's SQLite FTS5 index (built by ``store.build``).

A store without the index (PostgreSQL) is searched over the records themselves (``scan``: the same text,
every word as a word's start), so every store answers; the order is then by kind and key rather than by
relevance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, text

from iccwatch.dataset.names import fold_accents
from iccwatch.dataset.records import RecordSet
from iccwatch.store.build import make_engine, searchable_text

KINDS = ("states", "persons", "situations", "decisions", "events", "statements", "measures")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    kind: str
    key: str
    snippet: str


def fts_query(q: str) -> str:
    """A user's words as an FTS5 query: every word must match, as a prefix; operators are not exposed."""
    words = _WORD.findall(q)
    return " AND ".join(f'"{w}"*' for w in words)


def search(db_url: str, q: str, kinds: tuple[str, ...] = KINDS, limit: int | None = 50) -> list[Hit] | None:
    """The records of ``kinds`` matching every word of ``q`` (as a prefix), the best first: at most ``limit``
    of them, or every one (``None``). The kinds are chosen in the query, so a search of one kind finds its
    records however many records of other kinds match better. ``None`` where the store has no index (a
    PostgreSQL store): ``scan`` searches the records themselves."""
    query = fts_query(q)
    if not query or not kinds:
        return []
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("search"):
                return None
            if engine.dialect.name == "sqlite":
                marks = ", ".join(f":k{i}" for i in range(len(kinds)))
                sql = text("SELECT kind, key, snippet(search, 2, '', '', ' … ', 12) AS snip FROM search "
                           f"WHERE search MATCH :q AND kind IN ({marks}) ORDER BY rank LIMIT :n")
                rows = conn.execute(sql, {"q": query, "n": -1 if limit is None else limit,
                                          **{f"k{i}": k for i, k in enumerate(kinds)}}).all()
            else:  # pragma: no cover - PostgreSQL stores have no FTS5 table
                return None
    finally:
        engine.dispose()
    return [Hit(row.kind, row.key, row.snip) for row in rows]


def scan(records: RecordSet, q: str, kinds: tuple[str, ...] = KINDS) -> list[Hit]:
    """The search without an index: the records of ``kinds`` whose indexed text (the text the SQLite index
    holds) has every word of ``q`` as a word's start, accents and case aside, by kind and key."""
    words = [fold_accents(w) for w in _WORD.findall(q)]
    if not words:
        return []
    out = []
    for kind in (k for k in KINDS if k in kinds):
        for key in sorted(records.of_kind(kind)):
            tokens = _WORD.findall(fold_accents(searchable_text(records.of_kind(kind)[key])))
            if all(any(t.startswith(w) for t in tokens) for w in words):
                out.append(Hit(kind, key, ""))
    return out



KIND_LABEL = {"states": "State", "persons": "Person", "situations": "Situation", "decisions": "Decision", "events": "Event",
              "statements": "Statement", "measures": "Measure"}


def describe(records: RecordSet, hit: Hit) -> dict[str, Any] | None:
    """A hit as people read it: its kind, a title made of names and dates, the State and person it concerns."""
    states, persons = records.states, records.persons

    def st(code: str | None) -> str:
        return states[code].name if code in states else (code or "")

    def words(v: object) -> str:
        return str(v or "").replace("_", " ")

    def dotted(*parts: object) -> str:  # a part the record leaves empty is left out, not shown as " ·  · "
        return " · ".join(str(p) for p in parts if p)

    obj = records.of_kind(hit.kind).get(hit.key)
    if obj is None:
        return None
    out: dict[str, Any] = {"kind": KIND_LABEL[hit.kind], "record_kind": hit.kind, "key": hit.key, "snippet": hit.snippet,
                           "state": None, "person": None}
    if hit.kind in ("states", "persons", "situations"):
        out["title"] = obj.name
        out["state"] = hit.key if hit.kind == "states" else None
        out["person"] = hit.key if hit.kind == "persons" else None
    elif hit.kind == "decisions":
        out.update(title=dotted(obj.date, st(obj.state) or ", ".join(persons[p].name if p in persons else p for p in getattr(obj, "persons", None) or []),
                                words(getattr(obj, 'finding', None) or getattr(obj, 'kind', ''))),
                   state=obj.state)
    elif hit.kind == "events":
        name = persons[obj.person].name if obj.person in persons else obj.person
        out.update(title=dotted(obj.date, name, st(obj.state), words(obj.action)), state=obj.state, person=obj.person)
    elif hit.kind == "statements":
        out["title"] = dotted(obj.date, obj.title)
    elif hit.kind == "measures":
        out.update(title=dotted(obj.date, st(obj.state), obj.title), state=obj.state)
    return out
