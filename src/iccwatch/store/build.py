"""Build the store from the record, atomically.

SQLite: the new database is written to a temporary file beside the target, operational tables
(``ops_*``) are copied over from the old one, and the file is renamed into place; a build that fails
at any point leaves the previous store untouched. Other databases (PostgreSQL): the record tables
are dropped and refilled inside one transaction, so readers see the old or the new record, never half.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, create_engine, event, insert, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool

from iccwatch.dataset import RecordSet, load_dataset
from iccwatch.dataset.still import DataChanging, read_still
from iccwatch.model import DateSpan
from iccwatch.store import ops, schema
from iccwatch.store.fingerprint import content_digest, source_of, stat_fingerprint
from iccwatch.store.locks import store_lock

SCHEMA_VERSION = 1

__all__ = ["DataChanging", "build_store", "make_engine", "read_build_info", "remove_stale_temporaries", "searchable_text",
           "sqlite_path"]


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return None
    if not u.database or u.database == ":memory:":
        raise ValueError("an in-memory SQLite database cannot hold a built store; give a file path")
    return Path(u.database)


def make_engine(url: str, fresh: bool = False, json_deserializer: Callable[[str], Any] | None = None,
                busy: float | None = None) -> Engine:
    """An engine for ``url``. ``fresh``: SQLite without a connection pool, so each transaction opens the
    file that is in place now (a rebuilt store replaces the file; a pooled connection would keep
    writing to the old one). ``json_deserializer``: how JSON columns are read (SQLAlchemy's default where None).
    ``busy``: the seconds an SQLite connection waits for a lock another connection holds (SQLite's driver waits 5)."""
    kw: dict[str, Any] = {} if json_deserializer is None else {"json_deserializer": json_deserializer}
    if fresh and make_url(url).get_backend_name() == "sqlite":
        kw["poolclass"] = NullPool
    if busy is not None and make_url(url).get_backend_name() == "sqlite":
        kw["connect_args"] = {"timeout": busy}
    engine = create_engine(url, **kw)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _: Any) -> None:  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

    return engine


def build_store(data_dir: Path, db_url: str) -> dict[str, Any]:
    """Check the record in ``data_dir`` and build the store at ``db_url``. Returns build info.

    Raises dataset.RecordError (listing every problem) before touching the store if the record has
    errors.
    """
    records, digest, stat = _read_still(data_dir)
    info = _build_info(records, data_dir, digest, stat)
    path = sqlite_path(db_url)
    if path is None:
        engine = make_engine(db_url)
        try:
            with engine.begin() as conn:
                for table in reversed(schema.RECORD_TABLES):
                    table.drop(conn, checkfirst=True)
                schema.metadata.create_all(conn, tables=schema.RECORD_TABLES)
                _fill(conn, records, info)
            ops.migrate(engine)
        finally:
            engine.dispose()
        return info
    from iccwatch.store.read import not_a_file

    if said := not_a_file(path):  # round 26: a build renamed over /dev/null; a store replaces a file, never a device
        raise ValueError(f"{said}; nothing was built: give the path of the store's file")
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    tmp = path.with_name(f".{path.name}.building-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{tmp}")
    try:
        with engine.begin() as conn:
            schema.metadata.create_all(conn, tables=schema.RECORD_TABLES)
            _fill(conn, records, info)
            _create_fts(conn, records)
        # The swap: no operational write may land in the old file once its tables are copied.
        with store_lock(path):
            if path.exists():
                _copy_operational_tables(tmp, path)
            ops.migrate(engine)
            engine.dispose()
            os.replace(tmp, path)
    except BaseException:
        engine.dispose()
        # round 27 (session 44): a build refused by a full disk left its new file's rollback journal beside the store
        # (``.store.sqlite.building-PID-journal``) until the next build; the file and its journal go together
        for left in (tmp, tmp.with_name(tmp.name + "-journal")):
            left.unlink(missing_ok=True)
        raise
    return info


def _read_still(data_dir: Path, tries: int = 3) -> tuple[RecordSet, str, str]:
    """The record in ``data_dir`` as one state of the folder, with that state's content digest and stat fingerprint
    (``iccwatch.dataset.still``: round 30, session 47, a build run while ``git checkout`` rewrote the folder file by file
    built a store of one commit's Mongolia and the other's Netherlands, and said nothing; round 33, session 49: the
    fingerprints were taken after the still read, so a file removed meanwhile was a traceback and a file changed meanwhile
    gave a digest of another state than the records built)."""
    return read_still(data_dir, lambda: (load_dataset(data_dir), content_digest(data_dir), stat_fingerprint(data_dir)), tries)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete what killed builds left beside the store (their process is gone); returns the files removed."""
    removed = []
    for tmp in path.parent.glob(f".{path.name}.building-*"):
        pid = tmp.name.rsplit(".building-", 1)[1].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
            continue
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def _build_info(records: RecordSet, data_dir: Path, digest: str, stat: str) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "data_sha256": digest,
        # Where the record came from and its files' cheap fingerprint: a read compares them with the
        # files now there (iccwatch.store.fingerprint) and rebuilds a stale store.
        "data_dir": source_of(data_dir),
        "data_stat": stat,
        "counts": records.counts(),
        "meta": records.meta.model_dump(mode="json"),
        "lookups": records.lookups,
    }


def _walk_sources(obj: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(obj, dict):
        for s in obj.get("sources", []) or []:
            yield (path or "record", s)
        for k, v in obj.items():
            if k != "sources":
                yield from _walk_sources(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk_sources(v, f"{path}[{i}]")


def _fill(conn: Connection, r: RecordSet, info: dict[str, Any]) -> None:
    conn.execute(insert(schema.build_info), [{"key": k, "value": v} for k, v in info.items()])
    rows, source_rows = [], []
    for kind in ("states", "instruments", "situations", "persons", "warrants", "decisions", "events", "statements", "positions", "requests", "measures", "responses"):
        for key, obj in r.of_kind(kind).items():
            data = obj.model_dump(mode="json", exclude_defaults=False)
            rows.append({"kind": kind, "key": key, "file": r.files[(kind, key)], "data": data})
            for p, src in _walk_sources(data):
                source_rows.append(
                    {"kind": kind, "key": key, "path": p, "url": src["url"], "publisher": src.get("publisher"), "source_kind": src["kind"]}
                )
    conn.execute(insert(schema.records), rows)
    conn.execute(insert(schema.sources), source_rows)
    conn.execute(
        insert(schema.states),
        [{"iso3": s.iso3, "iso2": s.iso2, "numeric": s.numeric, "name": s.name, "name_fr": s.name_fr, "un_status": s.un_status} for s in r.states.values()],
    )
    part = []
    for s in r.states.values():
        for a in s.participation:
            span = DateSpan.parse(a.date)
            first, last = span.first, span.last
            part.append(
                {"iso3": s.iso3, "instrument": a.instrument, "action": a.action, "date": a.date, "date_first": first,
                 "date_last": last, "covers_from": a.covers_from, "covers_to": a.covers_to,
                 "confidence": a.confidence, "disputed": a.disputed, "note": a.note}
            )
    conn.execute(insert(schema.participation), part)
    _insert(conn, schema.situations, r.situations.values(), ["id", "name", "trigger", "unsc_resolution", "investigation_opened", "status"])
    conn.execute(
        insert(schema.persons),
        [{"id": p.id, "name": p.name, "nationality": ";".join(p.nationality) or None} for p in r.persons.values()],
    )
    from iccwatch.dataset.names import normalise_name

    conn.execute(
        insert(schema.person_names),
        [{"person": p.id, "name": n, "normalised": normalise_name(n)} for p in r.persons.values() for n in [p.name, *p.aliases]],
    )
    conn.execute(
        insert(schema.warrants),
        [{"id": w.id, "person": w.person, "situation": w.situation, "kind": w.kind, "case_number": w.case_number,
          "issued": w.issued, "status": w.status_history[-1].status if w.status_history else None} for w in r.warrants.values()],
    )
    _insert(conn, schema.decisions, r.decisions.values(), ["id", "date", "chamber", "kind", "state", "situation", "request_type", "finding", "referred_to", "record_number"])
    _insert(conn, schema.events, r.events.values(), ["id", "date", "person", "state", "action"])
    _insert(conn, schema.statements, r.statements.values(), ["id", "date", "title", "complete", "announced_signatories"])
    sig = [{"statement": s.id, "iso3": iso} for s in r.statements.values() for iso in s.signatories]
    if sig:
        conn.execute(insert(schema.statement_signatories), sig)


def _insert(conn: Connection, table: Any, objs: Any, cols: list[str]) -> None:
    rows = [{c: getattr(o, c) for c in cols} for o in objs]
    if rows:
        conn.execute(insert(table), rows)


def _create_fts(conn: Connection, r: RecordSet) -> None:
    """Full-text search over names, aliases, titles and notes (SQLite FTS5)."""
    conn.execute(text("CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, key UNINDEXED, body)"))
    rows = []
    for kind in ("states", "situations", "persons", "decisions", "events", "statements", "measures"):
        for key, obj in r.of_kind(kind).items():
            rows.append({"kind": kind, "key": key, "body": searchable_text(obj)})
    conn.execute(text("INSERT INTO search (kind, key, body) VALUES (:kind, :key, :body)"), rows)


def searchable_text(obj: BaseModel) -> str:
    data = obj.model_dump(mode="json")
    parts: list[str] = []

    def walk(v: Any, key: str = "") -> None:
        if key in ("sources", "url"):
            return
        if isinstance(v, str):
            parts.append(v)
        elif isinstance(v, dict):
            for k, x in v.items():
                walk(x, k)
        elif isinstance(v, list):
            for x in v:
                walk(x, key)

    walk(data)
    return " ".join(parts)


def _copy_operational_tables(new_path: Path, old_path: Path) -> None:
    """Carry ``ops_*`` tables (review queue, audit log, ...) and Alembic's version from the old store."""
    con = sqlite3.connect(new_path)
    try:
        con.execute("ATTACH DATABASE ? AS old", (str(old_path),))
        tables = con.execute(
            "SELECT name, sql FROM old.sqlite_master WHERE type='table' AND (name LIKE 'ops\\_%' ESCAPE '\\' OR name='alembic_version')"
        ).fetchall()
        with con:
            for name, ddl in tables:
                con.execute(ddl)
                con.execute(f'INSERT INTO main."{name}" SELECT * FROM old."{name}"')
            for (ddl,) in con.execute(
                "SELECT sql FROM old.sqlite_master WHERE type='index' AND tbl_name LIKE 'ops\\_%' ESCAPE '\\' AND sql IS NOT NULL"
            ).fetchall():
                con.execute(ddl)
        con.execute("DETACH DATABASE old")
    finally:
        con.close()


def read_build_info(db_url: str) -> dict[str, Any] | None:
    path = sqlite_path(db_url)
    if path is not None and not path.exists():
        return None
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("build_info"):
                return None
            return {row.key: row.value for row in conn.execute(schema.build_info.select())}
    finally:
        engine.dispose()
