"""The review queue in the store's operational tables (migrated with Alembic once, kept across rebuilds)."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, and_, false, func, insert, or_, select, update
from sqlalchemy.exc import OperationalError, ProgrammingError

from iccwatch import gone
from iccwatch.caching import BoundedCache
from iccwatch.errors import InputError, TypedError
from iccwatch.monitor.documents import Document
from iccwatch.monitor.extract import Candidate
from iccwatch.monitor.review_guard import UNREADABLE
from iccwatch.store import ops
from iccwatch.store.build import make_engine, sqlite_path
from iccwatch.store.locks import (
    BUSY_WAIT,
    StoreBusy,
    StoreUnwritable,
    busy_wait,
    out_of_files,
    store_lock,
    unwritable,
)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def _stored_json(text: str) -> Any:
    """A JSON column as stored; text that is not JSON (a hand edit of the table) is kept as ``{UNREADABLE: why}``, so one
    bad row is listed and refused by name, never a traceback for the whole queue (round twenty)."""
    try:
        return json.loads(text)
    except ValueError as exc:
        return {UNREADABLE: f"the stored text is not JSON ({exc})"}


def _readable(row: dict[str, Any]) -> dict[str, Any]:
    """A candidate's row with a payload that is an object (a list or a number, stored by hand, is named as such)."""
    if not isinstance(row.get("payload"), dict):
        row["payload"] = {UNREADABLE: f"the stored payload is a JSON {type(row.get('payload')).__name__}, not an object"}
    return row


def _key(payload: Any) -> tuple[Any, ...]:
    """What makes two candidates the same fact for the queue's de-duplication: (type, person, State, date)."""
    return (payload.get("type"), payload.get("person"), payload.get("state"), payload.get("date"))


def _keys(rows: Any) -> set[tuple[Any, ...]]:
    return {_key(r.payload) for r in rows if isinstance(r.payload, dict)}


_migrated: set[str] = set()
_migrated_lock = threading.Lock()


#: The largest integer SQLite binds; an offset past it is past every row (an API client may ask for one).
_SQLITE_INT_MAX = 2**63 - 1


class Queue:
    """Documents, candidates, alerts and the audit log, over one store.

    Every transaction opens a fresh connection (so a rebuilt store is written, never the file it
    replaced), and every write holds the store's file lock (so it never races the build's swap).
    The tables are migrated once per process and store, at start-up (``migrate=True``), never per
    request; a queue opened with ``migrate=False`` reads an unmigrated store as empty.
    """

    def __init__(self, db_url: str, migrate: bool = True):
        self.db_url = db_url
        self.db_file = sqlite_path(db_url)
        try:  # round 25: the wait for another program's transaction is the writers' stated one, not the driver's 5 s
            busy = busy_wait()
        except InputError:  # a bad ICCWATCH_LOCK_WAIT: said by the first write's lock (store_lock), naming the setting
            busy = BUSY_WAIT
        self.engine = make_engine(db_url, fresh=True, json_deserializer=_stored_json, busy=busy)  # a stored value that is no object is named
        self.documents = ops.documents
        self.candidates = ops.candidates
        self.alerts = ops.alerts
        self.audit = ops.audit
        #: Why the store could not be brought to the latest revision (a read-only or full disk), None when it was.
        self.unmigrated: str | None = None
        #: What the queue's pages learnt of the store as it stands (``version``): each filter's count (round 28, session 45:
        #: the count grew with the queue). Bounded; an entry is read only while the store's version is the one it was
        #: learnt at.
        self._learnt = BoundedCache(512)
        #: Where ``window``'s reads of each filter started and ended (round 29, session 46: any offset read near one read
        #: before walks nothing; round 28 kept each page's first and last keys); bounded, and read only for the version
        #: it was learnt at, as ``_learnt``.
        self._marks = BoundedCache(self.MARKED_FILTERS)
        if migrate:
            self.migrate()
        #: Whether the store's file was there when the queue was opened: if it goes later, each read and write says so
        #: (round 28, session 45: SQLite made an empty file in its place, and the monitor page said "No candidate fact").
        self._was_there = self.db_file is not None and self.db_file.exists()

    def migrate(self) -> None:
        with _migrated_lock:
            if self.db_url in _migrated and (self.db_file is None or self.db_file.exists()):
                return
            with store_lock(self.db_file):
                try:
                    ops.migrate(self.engine)
                except OperationalError as exc:
                    # round 27 (session 44): a store made before a revision, on a read-only or full disk, cannot take it
                    # (revision 0002 adds two indexes); its queue is read as it is (the same answers, without the
                    # indexes' speed) and its writes are refused by ``write`` as before. Not marked migrated: the next
                    # queue opened on it tries again.
                    said = unwritable(exc, self.db_file, "nothing was changed in the queue")
                    if not isinstance(said, StoreUnwritable) or not ops.has_tables(self.engine):
                        raise
                    self.unmigrated = said.args[0] if said.args else str(exc)
                    return
            _migrated.add(self.db_url)

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction, under the store's lock, on a connection to the current file."""
        self._still_there()
        try:
            with store_lock(self.db_file), self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            said = unwritable(exc, self.db_file, "nothing was changed in the queue")
            if said is None:
                raise
            raise said from None

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection | None]:
        """A read connection; None when the store has no operational tables yet (nothing to read). A store another program
        keeps locked past the wait is a ``StoreBusy`` (round 30, session 47: a reviewer frozen inside its write made the
        probe fail, and the API answered an empty queue, total 0, for a store of 300 candidates)."""
        self._still_there()
        with self.engine.connect() as conn:
            try:
                conn.execute(select(self.candidates.c.id).limit(1))
            except (OperationalError, ProgrammingError) as exc:
                conn.rollback()
                said = unwritable(exc, self.db_file, "nothing was read")
                if isinstance(said, StoreBusy):
                    raise said from None
                if out_of_files(exc):  # round 31: no descriptor left is no empty queue either (the server answers 503)
                    raise
                yield None
                return
            yield conn

    def _still_there(self) -> None:
        """Refuse (``StoreGone``) when the store's file, there when the queue was opened, is gone (removed or moved)."""
        if self._was_there and self.db_file is not None and not self.db_file.exists():
            raise StoreGone(f"{self.db_file}: the store is gone (removed or moved while in use): nothing was read or written "
                            "and no store was made in its place; put it back or build it again (`iccwatch data build`)")

    def _audit(self, conn: Connection, action: str, target: str, detail: dict[str, Any] | None = None) -> None:
        conn.execute(insert(self.audit).values(at=now(), actor=actor(), action=action, target=target, detail=detail))

    # ---- ingest
    def has_document(self, doc_id: str) -> bool:
        with self._read() as conn:
            return conn is not None and conn.execute(select(self.documents.c.id).where(self.documents.c.id == doc_id)).first() is not None

    def add(self, doc: Document, candidates: list[tuple[Candidate, str | None]]) -> int:
        """Store a document and its candidates (each with what it duplicates, if anything), in one transaction."""
        return self.add_checked(doc, candidates)[0]

    def add_checked(self, doc: Document, candidates: list[tuple[Candidate, str | None]]) -> tuple[int, dict[str, str | None]]:
        """``add``, also returning what each candidate duplicates as stored. A candidate found new by the caller is checked
        again against the queue inside the write transaction: another process may have queued the same fact (type, person,
        State, date) from another document since the caller read the queue (round 22, session 39: two reports of one
        visit ingested at once were both left pending, each with its alert)."""
        added = 0
        stored: dict[str, str | None] = {}
        with self.write() as conn:
            if conn.execute(select(self.documents.c.id).where(self.documents.c.id == doc.id)).first() is None:
                conn.execute(insert(self.documents).values(**doc.model_dump(), ingested_at=now()))
            queued: set[tuple[Any, ...]] | None = None
            for c, dup in candidates:
                if row := conn.execute(select(self.candidates.c.duplicate_of).where(self.candidates.c.id == c.id)).first():
                    stored[c.id] = row.duplicate_of  # queued before, by this document's earlier ingest
                    continue
                if dup is None:
                    if queued is None:
                        types = {x.type for x, _ in candidates}
                        queued = _keys(conn.execute(select(self.candidates.c.payload).where(self.candidates.c.type.in_(types))).all())
                    dup = "queue" if _key(c.model_dump(mode="json")) in queued else None
                if queued is not None:
                    queued.add(_key(c.model_dump(mode="json")))
                stored[c.id] = dup
                conn.execute(insert(self.candidates).values(
                    id=c.id, document_id=doc.id, type=c.type, payload=c.model_dump(mode="json"), confidence=c.confidence,
                    method=c.method, model_version=c.model_version, status="duplicate" if dup else "pending",
                    duplicate_of=dup, created_at=now()))
                added += 1
            self._audit(conn, "ingest", doc.id, {"candidates": added, "title": doc.title})
        return added, stored

    def pending_keys(self) -> set[tuple[Any, ...]]:
        """(type, person, state, date) of every candidate already in the queue, for de-duplication."""
        with self._read() as conn:
            rows = conn.execute(select(self.candidates.c.payload)).all() if conn is not None else []
        return _keys(rows)

    # ---- review
    #: The orders a page of the queue may be read in (``entries``' ``order``): each the column it sorts by; ties keep the
    #: order the queue was read in before (its time, latest first when descending, then its id), as the monitor page's
    #: stable sort in Python did (round 27, session 44).
    ORDERS = ("queued", "ingested_on", "review_id", "confidence")

    def entries(self, status: str | None = None, type_: str | None = None, limit: int | None = None,
                offset: int = 0, since: dt.date | None = None, until: dt.date | None = None, order: str = "queued",
                descending: bool = False, after: tuple[Any, ...] | None = None, before: tuple[Any, ...] | None = None,
                ids: list[str] | None = None, from_end: bool = False) -> list[dict[str, Any]]:
        """The candidates in the queue (of one status and type when given, read from ``since`` to ``until``: days, both
        included), each with its document's title, URL and date, in the order they were queued (or by ``order``, one of
        ``ORDERS``); ``limit`` and ``offset`` give one page of them (round 26, session 43: a queue of 50,000 was read whole,
        each candidate's JSON parsed, for an API page of 100 or a terminal's table; round 27: the order is an index's,
        so a page is read without sorting the queue). ``after`` (``before``): only the candidates after (before) the one
        whose ``key`` it is, in that order, read by the index from there (keyset paging, round 28: an ``OFFSET`` walks
        every row before the page); ``ids``: only these candidates; ``from_end``: ``limit`` rows after the last ``offset``
        ones, read backwards from the end (the rows themselves in the order's direction)."""
        terms = self._terms(order, descending)
        q = self._listing(status, type_, since, until)
        if ids is not None:
            q = q.where(self.candidates.c.id.in_(ids) if ids else false())
        if after is not None:
            q = q.where(_beyond(terms, after))
        backwards = before is not None or from_end
        if backwards:  # read backwards (from the key, or from the end), then turned round
            terms = [(e, not d, g) for e, d, g in terms]
        if before is not None:
            q = q.where(_beyond(terms, before))
        q = q.order_by(*(e.desc() if d else e for e, d, _ in terms))
        if offset > _SQLITE_INT_MAX:  # past any row SQLite can number: an empty page, as a list sliced there gives
            return []
        if limit is not None:
            q = q.limit(limit).offset(offset)
        elif offset:
            q = q.offset(offset)
        with self._read() as conn:
            if conn is None:
                return []
            rows = [_readable(dict(r._mapping)) for r in conn.execute(q)]
        return rows[::-1] if backwards else rows

    def _listing(self, status: str | None, type_: str | None, since: dt.date | None, until: dt.date | None) -> Any:
        """The filter's candidates, each with its document's title, URL and date (the inner join leaves out a candidate whose
        document row is gone), unordered: what ``entries`` reads, forwards or backwards."""
        q = select(self.candidates, self.documents.c.title, self.documents.c.url, self.documents.c.date.label("document_date")).join(
            self.documents, self.documents.c.id == self.candidates.c.document_id)
        return self._where(q, status, type_, since, until)

    def key(self, row: dict[str, Any], order: str = "queued", descending: bool = False) -> tuple[Any, ...]:
        """The place of a candidate ``entries`` gave in ``order``: what ``after`` and ``before`` take."""
        return tuple(g(row) for _, _, g in self._terms(order, descending))

    def scan(self, status: str | None = None, since: dt.date | None = None, until: dt.date | None = None, order: str = "queued",
             descending: bool = False, chunk: int = 500) -> Iterator[dict[str, Any]]:
        """Every candidate of the filter in ``order``, one at a time (``chunks``' rows)."""
        for rows in self.chunks(status, since, until, order, descending, chunk):
            yield from rows

    def chunks(self, status: str | None = None, since: dt.date | None = None, until: dt.date | None = None, order: str = "queued",
               descending: bool = False, chunk: int = 500) -> Iterator[list[dict[str, Any]]]:
        """Every candidate of the filter in ``order``, ``chunk`` at a time, read by keyset (each chunk its own short read,
        so a writer waits for one chunk, never for a whole download; a download's memory is one chunk's, whatever the
        queue's size: round 28, session 45). A candidate decided meanwhile is given as the chunk that holds it reads it;
        none is given twice (its place in the order does not change). At least one list, the last shorter than ``chunk``
        (empty when the filter's count is a multiple of it). Before each chunk, a request whose client hung up stops here
        (``gone.check``, round 31: a page sorted by names read the whole queue for a client long gone)."""
        after = None
        while True:
            gone.check()
            rows = self.entries(status, limit=chunk, since=since, until=until, order=order, descending=descending, after=after)
            yield rows
            if len(rows) < chunk:
                return
            after = self.key(rows[-1], order, descending)

    def version(self) -> tuple[Any, ...] | None:
        """What the store's file is now, cheaply (no query): its device, inode, size, time and SQLite's file change counter
        (the header's bytes 24-28, moved by every commit in rollback-journal mode). Two reads with the same version saw the
        same queue. None where that cannot be told (not SQLite, no file, WAL mode, a rollback journal beside it)."""
        if self.db_file is None:
            return None
        try:
            with open(self.db_file, "rb") as fh:
                st, head = os.fstat(fh.fileno()), fh.read(28)
            if os.path.lexists(f"{self.db_file}-journal"):  # a writer inside its transaction, or one killed there
                return None
        except OSError:
            return None
        if len(head) < 28 or not head.startswith(b"SQLite format 3\0") or head[18] == 2:  # 2: WAL (the counter stays)
            return None
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, head[24:28])

    def page(self, number: int, size: int, total: int, status: str | None = None, since: dt.date | None = None,
             until: dt.date | None = None, order: str = "queued", descending: bool = False) -> list[dict[str, Any]]:
        """Page ``number`` (``size`` candidates each; ``total`` in the filter, as ``count`` gave it) of the filter in
        ``order``: ``window`` from its first row. The same rows as ``entries(..., limit=size, offset=(number - 1) * size)``
        (round 28, session 45)."""
        return self.window((number - 1) * size, size, total, status, since, until, order, descending)

    #: How many places a filter's ``window`` reads remember on each side (the rows' keys, never the rows), and how many
    #: filters: bounded whatever the queue and the requests (round 29, session 46).
    MARKS = 128
    MARKED_FILTERS = 64

    def window(self, offset: int, limit: int, total: int, status: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, order: str = "queued", descending: bool = False) -> list[dict[str, Any]]:
        """The filter's rows ``offset`` to ``offset + limit`` in ``order`` (``total`` in the filter, as ``count`` gave it),
        read from the nearest place known for the store as it stands: each read remembers where its rows start and end
        (their first and last keys at their offsets), and the next read starts from the place that walks fewest rows: a
        place remembered before it (read forwards by keyset, then ``OFFSET`` over the rows between), one after it (read
        backwards), the filter's end (backwards) or its start (``OFFSET``). The pager's Next and Previous, the API's
        offsets walked in steps, and a jump near a page read before walk nothing (round 28: pages; round 29, session 46:
        any offset and size, the API's and a page typed in the first half). The same rows in each case as
        ``entries(..., limit=limit, offset=offset)``."""
        version = self.version()
        slot = (version, status, since, until, order, descending)
        after, before = (self._marks.lookup(slot)[1] if version is not None else None) or ({}, {})
        end = min(total, offset + limit)
        if end <= offset or offset > _SQLITE_INT_MAX:
            return []
        ways = [(offset - k, "after", k) for k in after if k <= offset] + [(k - end, "before", k) for k in before if k >= end]
        ways += [(total - end, "end", 0), (offset, "start", 0)]
        walked, how, k = min(ways, key=lambda w: w[0])
        read = {"since": since, "until": until, "order": order, "descending": descending, "limit": end - offset, "offset": walked}
        if how == "after":
            rows = self.entries(status, after=after[k], **read)
        elif how == "before":
            rows = self.entries(status, before=before[k], **read)
        else:
            rows = self.entries(status, from_end=how == "end", **read)
        if version is not None and rows:
            after, before = _marked(after, offset + len(rows), self.key(rows[-1], order, descending), self.MARKS), \
                _marked(before, offset, self.key(rows[0], order, descending), self.MARKS)
            self._marks.put(slot, (after, before))
        return rows

    def _terms(self, order: str, descending: bool) -> list[tuple[Any, bool, Any]]:
        """The order's terms: each (the column or expression, descending or not, how a read row gives its value)."""
        c = self.candidates.c
        if order not in self.ORDERS:
            raise ValueError(f"unknown order {order!r}: one of {', '.join(self.ORDERS)}")
        tail = [(c.created_at, descending, lambda r: r["created_at"]), (c.id, False, lambda r: r["id"])]
        if order in ("queued", "ingested_on"):  # a day's candidates by their time: the time's order is the day's
            return tail
        if order == "review_id":
            return [(ops.REVIEW_ID, descending, lambda r: str(r["id"])[:10]), *tail]
        return [(c.confidence, descending, lambda r: r["confidence"]), *tail]

    def _order(self, order: str, descending: bool) -> list[Any]:
        return [e.desc() if d else e for e, d, _ in self._terms(order, descending)]

    def count(self, status: str | None = None, type_: str | None = None, since: dt.date | None = None, until: dt.date | None = None) -> int:
        """How many candidates ``entries`` holds for the same status, type and days (without reading them); counted once
        for the store as it stands (``version``: a commit, a rebuild or a journal beside it counts again; round 28,
        session 45: each page counted the filter, every candidate's document looked up)."""
        version = self.version()
        if version is None:
            return self._count(status, type_, since, until)
        key = ("count", version, status, type_, since, until)
        return int(self._learnt.get_or_compute(key, lambda: self._count(status, type_, since, until)))

    def _count(self, status: str | None, type_: str | None, since: dt.date | None, until: dt.date | None) -> int:
        q = self._where(select(func.count()).select_from(self.candidates.join(
            self.documents, self.documents.c.id == self.candidates.c.document_id)), status, type_, since, until)
        with self._read() as conn:
            return 0 if conn is None else int(conn.execute(q).scalar_one())

    def undecided_among(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are undecided candidates (pending or duplicate) of the queue, as ``entries`` lists them: read
        by id, so ``review.reconcile`` costs what the record names, not what the queue holds (round 27, session 44: it
        read and parsed the whole queue, twice, before each accept and reject)."""
        wanted, found = sorted(set(ids)), set()
        q = self._undecided()
        with self._read() as conn:
            if conn is None:
                return set()
            for at in range(0, len(wanted), 500):  # SQLite binds at most 32,766 values a statement; 500 keeps each small
                found |= {r.id for r in conn.execute(q.where(self.candidates.c.id.in_(wanted[at:at + 500])))}
        return found

    def any_undecided(self) -> bool:
        """Whether any candidate is pending or a duplicate (one row read)."""
        with self._read() as conn:
            return conn is not None and conn.execute(self._undecided().limit(1)).first() is not None

    def _undecided(self) -> Any:
        """The ids of the undecided (pending or duplicate) candidates ``entries`` lists (those with their document)."""
        return select(self.candidates.c.id).join(self.documents, self.documents.c.id == self.candidates.c.document_id).where(
            self.candidates.c.status.in_(("pending", "duplicate")))

    def _where(self, q: Any, status: str | None, type_: str | None, since: dt.date | None = None, until: dt.date | None = None) -> Any:
        if status:
            q = q.where(self.candidates.c.status == status)
        if type_:
            q = q.where(self.candidates.c.type == type_)
        if since:  # from a day: its time stamps (YYYY-MM-DDT...) sort after the day's date, as text
            q = q.where(self.candidates.c.created_at >= since.isoformat())
        if until:  # up to the day's end: before the next day
            q = q.where(self.candidates.c.created_at < (until + dt.timedelta(days=1)).isoformat())
        return q

    def get(self, cid: str) -> dict[str, Any]:
        if not cid.strip():  # round eighteen: an empty prefix matched every candidate, and a queue of one gave it
            raise KeyError("give a candidate id (or its first characters): an empty id names no candidate")
        with self._read() as conn:
            rows = conn.execute(select(self.candidates).where(self.candidates.c.id.startswith(cid, autoescape=True))).all() if conn else []
            if not rows or conn is None:
                raise KeyError(f"no candidate {cid!r} in the review queue")
            if len(rows) > 1:
                raise KeyError(f"{cid!r} matches {len(rows)} candidates; give more of the id")
            row = _readable(dict(rows[0]._mapping))
            doc = conn.execute(select(self.documents).where(self.documents.c.id == row["document_id"])).first()
            row["document"] = dict(doc._mapping) if doc else None
            return row

    def set_payload(self, cid: str, payload: dict[str, Any]) -> bool:
        """Replace an undecided candidate's fields; False, changing nothing, if it was already decided."""
        with self.write() as conn:
            done = conn.execute(update(self.candidates).where(self.candidates.c.id == cid, self.candidates.c.status.in_(("pending", "duplicate")))
                                .values(payload=payload)).rowcount
            if done:
                self._audit(conn, "edit", cid, {"payload": payload})
            return bool(done)

    def decide(self, cid: str, status: str, note: str | None = None, record_file: str | None = None,
               reviewer: str | None = None, detail: dict[str, Any] | None = None, read: dict[str, Any] | None = None) -> bool:
        """Mark an undecided (pending or duplicate) candidate; False, changing nothing, if it was already decided, or if
        ``read`` (the payload the decision was made on) is given and the stored payload is no longer it (round 27,
        session 44: an edit through another data folder, whose lock is that folder's own, landed while an accept checked
        the record, and the accept then marked the edited candidate accepted with the record holding the old fact)."""
        with self.write() as conn:
            if read is not None:
                now_stored = conn.execute(select(self.candidates.c.payload).where(self.candidates.c.id == cid)).scalar_one_or_none()
                if now_stored != read:
                    return False
            done = conn.execute(update(self.candidates).where(self.candidates.c.id == cid, self.candidates.c.status.in_(("pending", "duplicate")))
                                .values(status=status, reviewed_at=now(), reviewer=reviewer or actor(), review_note=note,
                                        record_file=record_file)).rowcount
            if done:
                self._audit(conn, status, cid, {"note": note, "record_file": record_file, **(detail or {})})
            return bool(done)

    # ---- alerts
    def add_alert(self, candidate_id: str, severity: str, state: str, person: str, on: str, answer: str, determination: dict[str, Any]) -> None:
        with self.write() as conn:
            exists = conn.execute(select(self.alerts.c.id).where(self.alerts.c.candidate_id == candidate_id)).first()
            if not exists:
                conn.execute(insert(self.alerts).values(candidate_id=candidate_id, created_at=now(), severity=severity, state=state,
                                                        person=person, on_date=on, answer=answer, determination=determination))

    def list_alerts(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            if conn is None:
                return []
            return [dict(r._mapping) for r in conn.execute(select(self.alerts).order_by(self.alerts.c.id))]


class StoreGone(TypedError):
    """The store's file removed or moved while a queue on it was open: said, never read as an empty queue."""


def _marked(marks: dict[int, tuple[Any, ...]], at: int, key: tuple[Any, ...], most: int) -> dict[int, tuple[Any, ...]]:
    """A copy of ``marks`` with ``key`` at ``at`` (the latest last), holding at most ``most`` (the oldest dropped); a copy,
    so that a thread reading the marks meanwhile sees them whole."""
    out = {k: v for k, v in marks.items() if k != at}
    out[at] = key
    while len(out) > most:
        del out[next(iter(out))]
    return out


def _beyond(terms: list[tuple[Any, bool, Any]], key: tuple[Any, ...]) -> Any:
    """Rows after ``key`` in the order ``terms`` give (keyset paging): after on the first term, or equal on it and after on
    the next, and so on."""
    ors = []
    for i, (expr, desc, _) in enumerate(terms):
        equal = [e == v for (e, _, _), v in zip(terms[:i], key[:i], strict=True)]
        ors.append(and_(*equal, expr < key[i] if desc else expr > key[i]))
    # the first term's bound said once more on its own, so that SQLite seeks the index there (without it, an OR of the
    # terms was read by scanning from the start, or by three searches whose rows it then sorted)
    lead, desc, _ = terms[0]
    return and_(lead <= key[0] if desc else lead >= key[0], or_(*ors))


def period(since: str | None = None, until: str | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The first and the last day of a period given as ``since`` and ``until`` (each YYYY-MM-DD, or a month or a year:
    ``since`` from its first day, ``until`` to its last). A bad date, or ``since`` after ``until``, is a ``FieldError``
    naming the field (``since`` or ``until``); the CLI says it as ``--since``/``--until``, the API and the page answer 422."""
    import re

    from iccwatch.errors import FieldError
    from iccwatch.model.dates import DateSpan

    def bound(field: str, text: str | None) -> dt.date | None:
        if text is None:
            return None
        value = text.strip()
        hint = (f"give YYYY-MM-DD (e.g. 2026-11-01), or YYYY-MM or YYYY for {'the first' if field == 'since' else 'the last'} "
                "day of a month or a year")
        if not re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
            raise FieldError(field, f"{text!r} is not a date: {hint}")
        try:
            span = DateSpan.parse(value)
        except ValueError as exc:  # e.g. '2026-02-30' is not a real calendar date
            raise FieldError(field, f"{exc}: {hint}") from None
        return span.first if field == "since" else span.last

    first, last = bound("since", since), bound("until", until)
    if first and last and first > last:
        raise FieldError("since", f"since {first.isoformat()} is after until {last.isoformat()}: no day is in between")
    return first, last


def alerts_between(rows: list[dict[str, Any]], since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """The alerts raised from ``since`` to ``until`` (both days included; the day an alert was raised is its
    ``created_at``'s UTC day), each with that day as ``raised_on`` (session 40: "the alerts of the last month"). The
    bounds as ``period`` reads them (a bad one is a ``FieldError`` naming the field)."""
    first, last = period(since, until)
    out = []
    for row in rows:
        raised = str(row.get("created_at") or "")[:10]
        if (first and raised < first.isoformat()) or (last and raised > last.isoformat()):
            continue
        out.append({**row, "raised_on": raised})
    return out
