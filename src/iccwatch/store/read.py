"""Read the record back from the store.

A plain SQLite file (``sqlite:///PATH``) is read with the standard library's sqlite3, read-only, so
that a short CLI run does not import SQLAlchemy; any other URL (PostgreSQL, SQLite with options) goes
through SQLAlchemy. Both read the same two tables the build writes and give the same RecordSet.
"""

from __future__ import annotations

import json
from pathlib import Path

from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.model import Meta


class StoreMissing(Exception):
    """No built store at the given URL."""


def plain_sqlite_file(db_url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (no driver, no options), else None."""
    prefix = "sqlite:///"
    if not db_url.startswith(prefix) or "?" in db_url:
        return None
    path = db_url[len(prefix):]
    return Path(path) if path and path != ":memory:" else None


def read_records(db_url: str) -> RecordSet:
    """Every record in the store, as model objects. Raises StoreMissing if nothing is built there."""
    path = plain_sqlite_file(db_url)
    if path is not None:
        if not path.exists():
            raise StoreMissing(f"no store at {path}; run `iccwatch data build`")
        return _read_sqlite(path, db_url)
    return _read_sqlalchemy(db_url)


def _record_set(info: dict[str, object], rows: object) -> RecordSet:
    out = RecordSet(meta=Meta.model_validate(info["meta"]), lookups=info.get("lookups", {}))  # type: ignore[arg-type]
    for kind, key, file, data in rows:  # type: ignore[attr-defined]
        model, _ = KINDS[kind]
        out.of_kind(kind)[key] = model.model_validate(data)
        out.files[(kind, key)] = file
    return out


def _json(value: object) -> object:
    """A JSON column's value: SQLite's numeric affinity hands numbers back already converted."""
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def _read_sqlite(path: Path, db_url: str) -> RecordSet:
    import sqlite3

    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'records'").fetchone():
            raise StoreMissing(f"the database at {db_url} holds no built record; run `iccwatch data build`")
        info = {key: _json(value) for key, value in con.execute("SELECT key, value FROM build_info")}
        rows = ((kind, key, file, _json(data)) for kind, key, file, data in con.execute("SELECT kind, key, file, data FROM records"))
        return _record_set(info, rows)
    finally:
        con.close()


def _read_sqlalchemy(db_url: str) -> RecordSet:
    from sqlalchemy import inspect, select

    from iccwatch.store import schema
    from iccwatch.store.build import make_engine, sqlite_path

    path = sqlite_path(db_url)
    if path is not None and not path.exists():
        raise StoreMissing(f"no store at {path}; run `iccwatch data build`")
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("records"):
                raise StoreMissing(f"the database at {db_url} holds no built record; run `iccwatch data build`")
            info = {row.key: row.value for row in conn.execute(select(schema.build_info))}
            return _record_set(info, ((row.kind, row.key, row.file, row.data) for row in conn.execute(select(schema.records))))
    finally:
        engine.dispose()
