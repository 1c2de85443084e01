"""Read the record back from the store.

A plain SQLite file (``sqlite:///PATH``) is read with the standard library's sqlite3, read-only, so
that a short CLI run does not import SQLAlchemy; any other URL (PostgreSQL, SQLite with options) goes
through SQLAlchemy. Both read the same two tables the build writes and give the same RecordSet.

Rows are not validated again on read: the build validated every record (``load_dataset``) before
writing its JSON dump, so the reader rebuilds the model objects from that JSON directly
(:func:`trusted`), which is several times faster than validating and, above all, never builds
pydantic's validators (the model classes defer that to first use). What the reader does not
understand it does not guess at: a model field of a type JSON cannot carry as it is (a date, a tuple,
an enum) makes its class be validated instead.

``read_records(url, plain=True)`` skips the model altogether: the objects are plain Python
(:mod:`iccwatch.store.plain`), so that one CLI question does not import pydantic.
"""

from __future__ import annotations

import functools
import json
import threading
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from iccwatch.dataset.records import KIND_KEYS, KINDS, RecordSet
from iccwatch.store.plain import plain as plain_object

if TYPE_CHECKING:
    import sqlite3

    from pydantic import BaseModel

M = TypeVar("M", bound="BaseModel")


class StoreMissing(Exception):
    """No built store at the given URL."""


def plain_sqlite_file(db_url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (no driver, no options), else None."""
    prefix = "sqlite:///"
    if not db_url.startswith(prefix) or "?" in db_url:
        return None
    path = db_url[len(prefix):]
    return Path(path) if path and path != ":memory:" else None


def not_a_file(path: Path) -> str | None:
    """What ``path`` is when it is there but is neither a file nor a folder (a named pipe, a device, a socket), said for
    a store's path; None otherwise. Round 26 (session 43): SQLite's open of a named pipe waited forever for a writer (an
    ingest hung), and a device read as an empty file, so a command that builds a missing store built one and renamed it
    over the device (run as root, ``--db /dev/null`` replaced the machine's /dev/null with a store)."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:  # not there, or not reachable: said where the store is opened
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a character device" if stat.S_ISCHR(mode)
            else "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    return f"{path} is {kind}, not a file: a store is an SQLite file"


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at ``path``, first rolling back a transaction a killed process left
    unfinished in it (a hot journal), as SQLite's next writer would: a read-only connection cannot roll it back and
    answers SQLITE_READONLY_ROLLBACK ("attempt to write a readonly database") to every query. The rollback restores
    the file as it was before that transaction; nothing committed is touched."""
    import sqlite3

    uri = f"{path.resolve().as_uri()}?mode=ro"
    con = sqlite3.connect(uri, uri=True, timeout=timeout)
    try:
        con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return con
    except sqlite3.OperationalError as exc:
        con.close()
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
            raise
    rw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=timeout)
    try:
        rw.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # the first read rolls the hot journal back
    finally:
        rw.close()
    return sqlite3.connect(uri, uri=True, timeout=timeout)


def read_records(db_url: str, plain: bool = False) -> RecordSet:
    """Every record in the store, as model objects. Raises StoreMissing if nothing is built there.

    ``plain=True`` gives the store's objects as plain Python (:mod:`iccwatch.store.plain`: the same
    fields, not validated, no pydantic imported), for a short read-only run such as one CLI question.
    """
    path = plain_sqlite_file(db_url)
    if path is not None:
        if not path.exists():
            raise StoreMissing(f"no store at {path}; run `iccwatch data build`")
        return _read_sqlite(path, db_url, plain)
    return _read_sqlalchemy(db_url, plain)


# ---- rebuilding model objects from the build's own JSON dump

Convert = Callable[[Any], Any]
#: Per model class: its field names, and the fields holding nested models with how to rebuild each;
#: None where the class has a field JSON does not carry as it is (that class is validated). One entry
#: per model class.
_Plan = tuple[frozenset[str], tuple[tuple[str, Convert], ...]]
_PLANS: dict[type[BaseModel], _Plan | None] = {}
_JSON_SCALARS = (str, int, float, bool, type(None))


class _Untrusted(Exception):
    """A field type the JSON dump does not give back as it is."""


def _converter(annotation: Any) -> Convert | None:
    """How to rebuild a value of ``annotation`` from JSON; None if JSON already gives it as it is."""
    from pydantic import BaseModel

    origin = typing.get_origin(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return functools.partial(trusted, annotation)
    if annotation in _JSON_SCALARS or annotation is Any:
        return None
    if origin is typing.Annotated:
        return _converter(typing.get_args(annotation)[0])
    if origin is typing.Literal:
        if all(isinstance(a, _JSON_SCALARS) for a in typing.get_args(annotation)):
            return None
        raise _Untrusted(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [c for c in (_converter(a) for a in typing.get_args(annotation)) if c is not None]
        if not inner:
            return None
        if len(inner) == 1 and type(None) in typing.get_args(annotation) and len(typing.get_args(annotation)) == 2:
            item = inner[0]
            return lambda v: None if v is None else item(v)
        raise _Untrusted(annotation)
    if origin is list:
        each = _converter(typing.get_args(annotation)[0])
        return None if each is None else (lambda v: [each(x) for x in v])
    if origin is dict:
        key, value = typing.get_args(annotation)
        if key is not str:
            raise _Untrusted(annotation)
        of_value = _converter(value)
        return None if of_value is None else (lambda v: {k: of_value(x) for k, x in v.items()})
    raise _Untrusted(annotation)


def _plan(cls: type[BaseModel]) -> _Plan | None:
    if cls in _PLANS:
        return _PLANS[cls]
    fields = cls.model_fields
    _PLANS[cls] = (frozenset(fields), ())  # a model that contains itself: rebuilt through the same plan
    try:
        converts = []
        for name, field in fields.items():
            if field.alias not in (None, name):
                raise _Untrusted(field.alias)
            convert = _converter(field.annotation)
            if convert is not None:
                converts.append((name, convert))
        _PLANS[cls] = (frozenset(fields), tuple(converts))
    except _Untrusted:
        _PLANS[cls] = None
    return _PLANS[cls]


_set = object.__setattr__


def trusted(cls: type[M], data: dict[str, Any]) -> M:
    """The model object that ``cls.model_validate(data)`` gives, for ``data`` that is the JSON dump of
    an object already validated (``model_dump(mode="json")`` of every field, as the build writes it).

    Nested models are rebuilt the same way; nothing is checked, so this is only for what the store's
    build wrote. A class with a field JSON cannot carry as it is, or a row without exactly its fields
    (a dump by another version of the model), is validated instead.
    """
    plan = _PLANS.get(cls) or _plan(cls)
    if plan is None or data.keys() != plan[0]:
        return cls.model_validate(data)
    values = dict(data)
    for name, convert in plan[1]:
        values[name] = convert(values[name])
    obj = cls.__new__(cls)
    # What model_construct does for a complete set of fields, without its per-field default handling.
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


#: Held while a kind is decoded (once per kind and record set; reentrant should a model read another kind).
_DECODING = threading.RLock()


class _LazyKind:
    """One kind of a ``_LazyRecordSet``: its rows decoded when the kind is first asked for and kept in the record set's
    ``__dict__`` under the kind's name. A non-data descriptor (no ``__set__``): once the kind is there, reading it is
    a plain attribute lookup that never calls this (the property it replaces ran a function on every read: 2.9% of
    the samples of a profile of the law's audit, session 24); assigning the kind writes it there, as the property's
    setter did."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.__doc__ = f"The {kind}, rebuilt from the store's JSON when first asked for."

    def __get__(self, obj: _LazyRecordSet | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        kind = self.kind
        values = obj.__dict__
        if kind not in values:
            # A server's threads may first ask for one kind at once: without the lock the second found the
            # rows already taken by the first, and kept an empty dict ("unknown state 'HUN'").
            with _DECODING:
                if kind not in values:
                    rows = values["_pending"].pop(kind, ())
                    if values["_plain"]:
                        name = KIND_KEYS[kind][0]
                        values[kind] = {key: plain_object(name, _json(data)) for key, data in rows}
                    else:
                        model, _ = KINDS[kind]
                        values[kind] = {key: trusted(model, _json(data)) for key, data in rows}
        return values[kind]


class _LazyRecordSet(RecordSet):
    """The record as read from the store: every row is read at once, but the rows of a kind are
    decoded and rebuilt only when that kind is first used, so a question pays only for the kinds it
    reads (an arrest question never decodes the events, measures or statements). Otherwise a RecordSet
    like any other (``dataclasses.replace`` gives a copy with every kind decoded)."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RecordSet):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in ("meta", *KINDS, "lookups", "files"))

    __hash__ = None  # type: ignore[assignment]


for _k in KINDS:
    setattr(_LazyRecordSet, _k, _LazyKind(_k))


def _record_set(info: dict[str, Any], rows: Any, plain_objects: bool = False) -> RecordSet:
    out = _LazyRecordSet.__new__(_LazyRecordSet)
    pending: dict[str, list[tuple[str, Any]]] = {}
    files: dict[tuple[str, str], str] = {}
    for kind, key, file, data in rows:
        pending.setdefault(kind, []).append((key, data))
        files[(kind, key)] = file
    unknown = pending.keys() - KINDS.keys()
    if unknown:
        raise KeyError(f"unknown record kind {sorted(unknown)[0]!r}; kinds are {', '.join(KINDS)}")
    if plain_objects:
        meta = plain_object("Meta", info["meta"])
    else:
        from iccwatch.model import Meta

        meta = trusted(Meta, info["meta"])
    build = {k: info.get(k) for k in ("built_at", "data_sha256", "data_dir", "data_stat")}
    out.__dict__.update(meta=meta, lookups=info.get("lookups", {}), files=files, _pending=pending, _plain=plain_objects,
                        build=build)
    return out


def _json(value: object) -> Any:
    """A JSON column's value: SQLite's numeric affinity hands numbers back already converted."""
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def _read_sqlite(path: Path, db_url: str, plain_objects: bool = False) -> RecordSet:
    con = connect_read_only(path)
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'records'").fetchone():
            raise StoreMissing(f"the database at {db_url} holds no built record; run `iccwatch data build`")
        info = {key: _json(value) for key, value in con.execute("SELECT key, value FROM build_info")}
        return _record_set(info, con.execute("SELECT kind, key, file, data FROM records"), plain_objects)
    finally:
        con.close()


def _read_sqlalchemy(db_url: str, plain_objects: bool = False) -> RecordSet:
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
            return _record_set(info, ((row.kind, row.key, row.file, row.data) for row in conn.execute(select(schema.records))),
                               plain_objects)
    finally:
        engine.dispose()
