"""Read the record back from the store."""

from __future__ import annotations

from sqlalchemy import inspect, select

from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.model import Meta
from iccwatch.store import schema
from iccwatch.store.build import make_engine, sqlite_path


class StoreMissing(Exception):
    """No built store at the given URL."""


def read_records(db_url: str) -> RecordSet:
    """Every record in the store, as model objects. Raises StoreMissing if nothing is built there."""
    path = sqlite_path(db_url)
    if path is not None and not path.exists():
        raise StoreMissing(f"no store at {path}; run `iccwatch data build`")
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("records"):
                raise StoreMissing(f"the database at {db_url} holds no built record; run `iccwatch data build`")
            info = {row.key: row.value for row in conn.execute(select(schema.build_info))}
            out = RecordSet(meta=Meta.model_validate(info["meta"]), lookups=info.get("lookups", {}))
            for row in conn.execute(select(schema.records)):
                model, _ = KINDS[row.kind]
                out.of_kind(row.kind)[row.key] = model.model_validate(row.data)
                out.files[(row.kind, row.key)] = row.file
            return out
    finally:
        engine.dispose()
