"""Opening the record: the service layer loads ``Facts`` from the store (``Facts`` itself does no I/O)."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Hashable
from pathlib import Path

from iccwatch.caching import BoundedCache
from iccwatch.dataset.records import RecordSet
from iccwatch.errors import FieldError, InputError
from iccwatch.facts import Facts
from iccwatch.settings import Settings
from iccwatch.store.fingerprint import is_stale, source_of
from iccwatch.store.read import (
    StoreMissing,
    connect_read_only,
    not_a_file,
    plain_sqlite_file,
    read_records,
)

#: Tables a store holds besides the record's own (``store.schema``): the review queue and audit log
#: (``ops_*``), the migrations' version, the full-text index and SQLite's own.
_OWN_PREFIXES = ("ops_", "search", "sqlite_", "alembic_version")


def safe_url(db_url: str) -> str:
    """The store's address as it may be printed: a password in it is masked."""
    return re.sub(r"(://[^/:@]*:)[^/@]*@", r"\1***@", db_url)


def _is_store_error(exc: BaseException) -> bool:
    """An error from the database itself (unreadable file, refused connection, unknown driver)."""
    return isinstance(exc, sqlite3.Error) or any(c.__module__.split(".")[0] in ("sqlalchemy", "psycopg", "psycopg2")
                                                 for c in type(exc).__mro__)


def _reason(exc: BaseException) -> str:
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return first[0] if first else type(exc).__name__


def refuse_foreign_file(db_url: str) -> None:
    """Refuse (FieldError on ``db``) to build over an SQLite file that holds tables of something else:
    a build replaces the whole file, so another program's database would be lost. A path that is a named pipe or a
    device is refused too (``refuse_special_file``)."""
    refuse_special_file(db_url)
    path = plain_sqlite_file(db_url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return
    from iccwatch.store import schema
    from iccwatch.store.locks import StoreBusy, busy_wait, unwritable

    seconds = busy_wait()
    try:
        con = connect_read_only(path, timeout=seconds)
        try:
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        said = unwritable(exc, path, "nothing was changed")
        if isinstance(said, StoreBusy):  # round 25: another program's transaction is no sign of a foreign file
            raise said from None
        if "malformed" in _reason(exc):  # round 25: a store cut short (a crash, a full disk, a bad copy) is said as such
            raise FieldError("db", f"{path} is damaged ({_reason(exc)}: cut short or overwritten); nothing was changed: keep a "
                                   "copy if its review queue matters (`sqlite3 FILE .recover` reads what is left), move it away "
                                   "and run `iccwatch data build`") from None
        raise FieldError("db", f"{path} is not an iccwatch store ({_reason(exc)}); nothing was changed: give another "
                               "path, or move the file away and run `iccwatch data build`") from None
    foreign = sorted(t for t in tables if t not in schema.metadata.tables and not t.startswith(_OWN_PREFIXES))
    if foreign:
        raise FieldError("db", f"{path} is a database of something else (tables {', '.join(foreign[:5])}), not an iccwatch "
                               "store; nothing was changed: give another path")


def refuse_special_file(db_url: str) -> None:
    """A store's path that is a named pipe, a device or a socket: refused (FieldError on ``db``) before SQLite opens it
    (round 26, session 43: an ingest waited forever on a pipe; a build was renamed over /dev/null)."""
    path = plain_sqlite_file(db_url)
    said = not_a_file(path) if path is not None else None
    if said:
        raise FieldError("db", f"{said}; nothing was read or written: give the path of the store's file")


def _refuse_missing(settings: Settings) -> None:
    """A store named by ``--db`` or ``ICCWATCH_DB`` that is not there is most likely a mistyped path: building
    a new one there would answer from it as if it were the store meant. Only ``iccwatch data build`` makes one."""
    path = plain_sqlite_file(settings.db_url)
    where = str(path) if path is not None else safe_url(settings.db_url)
    what = (f"no store at {where} (no such file)" if path is not None and not path.exists()
            else f"{where} holds no iccwatch store")
    message = (f"{what}; check the path, or build a store there with `iccwatch data build --db {where}`; "
               "nothing was created")
    if settings.db_named_by == "--db":
        raise FieldError("db", message)
    raise InputError(f"{settings.db_named_by}: {message}")


def open_facts(settings: Settings, on_build: Callable[[str], None] | None = None, plain: bool = False) -> Facts:
    """The facts from the store; builds the store from the bundled record first if it is missing from its
    default place (a store named by ``--db`` or ``ICCWATCH_DB`` that is missing is refused, naming it).

    ``plain=True`` reads the records as plain objects (``read_records``), for a short read-only run.
    A store built from ``settings.data_dir`` whose files have changed since is rebuilt first; if the
    changed record does not pass the check, the answers come from the store as built, and ``on_build``
    is told why (the problems are the ones ``iccwatch data check`` lists).

    A store that cannot be read (a file that is not a database, a server that refuses the connection, an
    unknown driver) is a FieldError on ``db`` that names it, and nothing is built over it; nor is a store
    built over another program's SQLite file.
    """
    refuse_special_file(settings.db_url)
    try:
        return _open_facts(settings, on_build, plain)
    except Exception as exc:
        if _is_store_error(exc):
            raise FieldError("db", f"cannot read the store at {safe_url(settings.db_url)}: {_reason(exc)}") from None
        raise


#: The records last read from a few SQLite store files in this process, by the file's state (``_file_state``) and
#: ``plain``: one process that opens the same unchanged store again and again (a test suite running the CLI in
#: process, a program calling ``open_facts`` per question) reads and rebuilds its records once, and the records'
#: own caches (their objects' grades and walks) serve every later open. The records never change once read
#: (``Facts``), so one object serves every open; a file changed in any way (rebuilt, written by SQLite, replaced,
#: touched) has another state and is read again.
_READ: BoundedCache = BoundedCache(4)


def _file_state(path: Path) -> Hashable | None:
    """What tells one content of an SQLite file from another without reading it: the file (its real path, device
    and inode), its size, modification and change times, and the header's change counter, which SQLite increments
    at every write transaction in rollback-journal mode (https://www.sqlite.org/fileformat.html, 1.3.8). None (not
    cached) for a file in WAL mode (whose counter need not change), with a journal or WAL file beside it, or whose
    header is not SQLite's."""
    try:
        if any(os.path.lexists(f"{path}{side}") for side in ("-wal", "-journal")):
            return None
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            header = fh.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00") or header[18:20] != b"\x01\x01":
        return None
    return (os.path.realpath(path), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, header[24:28], header[92:96])


def _read_records(db_url: str, plain: bool) -> RecordSet:
    """``read_records(db_url, plain)``, the very records read before while an SQLite store file is unchanged
    (``_READ``); kept only when the file's state is the same before and after the read."""
    path = plain_sqlite_file(db_url)
    state = None if path is None else _file_state(path)
    if path is None or state is None:
        return read_records(db_url, plain)
    hit, held = _READ.lookup((state, plain))
    if hit:
        return held  # type: ignore[no-any-return]
    records = read_records(db_url, plain)
    if _file_state(path) == state:
        _READ.put((state, plain), records)
    return records


def _open_facts(settings: Settings, on_build: Callable[[str], None] | None, plain: bool) -> Facts:
    try:
        records = _read_records(settings.db_url, plain)
    except StoreMissing:
        if settings.db_named_by:
            _refuse_missing(settings)
        refuse_foreign_file(settings.db_url)
        if on_build:
            on_build(f"no store yet at {settings.db_url}: building it from {settings.data_dir}")
        from iccwatch.store.build import build_store

        build_store(settings.data_dir, settings.db_url)
        return Facts(_read_records(settings.db_url, plain))
    build = getattr(records, "build", None) or {}
    built_from = build.get("data_dir")
    if on_build and built_from and built_from != source_of(settings.data_dir):
        on_build(f"note: the store at {safe_url(settings.db_url)} was built from the record in {built_from} "
                 f"({build.get('built_at')}), not from {settings.data_dir}: answers come from that record")
    if is_stale(build, settings.data_dir):
        from iccwatch.dataset import RecordError
        from iccwatch.store.build import DataChanging, build_store

        if on_build:
            on_build(f"the record in {settings.data_dir} changed since the store was built ({build.get('built_at')}): rebuilding it")
        try:
            build_store(settings.data_dir, settings.db_url)
        except RecordError as e:
            if on_build:
                first = "; ".join(str(p) for p in [p for p in e.problems if p.severity == "error"][:3])
                on_build(f"the changed record does not pass the check, so the store was not rebuilt and answers come from "
                         f"the record as built on {build.get('built_at')} (run `iccwatch data check`): {first}")
            return Facts(records)
        except DataChanging as e:
            # (session 48) the folder changing under the rebuild each time it was read (a git checkout or pull): the store
            # is as it was, so the answer comes from the record as built, said, not a traceback (round 30's AA6 met it in CI)
            if on_build:
                on_build(f"the record is changing now, so the store was not rebuilt and answers come from the record as "
                         f"built on {build.get('built_at')}: {e}")
            return Facts(records)
        return Facts(_read_records(settings.db_url, plain))
    return Facts(records)
