"""The file locks every writer takes, and the one way they are taken (``held``).

The SQLite build renames a new file over the old one. A writer of the operational tables (ingest,
review) holds the store's lock for each transaction and opens a fresh connection inside it, and the build
holds it while it copies those tables across and renames the file: so no write lands in a file that
is about to be replaced, and none is lost. Other databases swap inside one transaction and need no
file lock. The review's lock on ``data/`` (``monitor.review.data_lock``) is taken the same way.

The locks are the kernel's (``flock``): a process that dies, even killed, lets go of its lock at once, so a
lock file left behind is never stale. A lock held by a live process (a build or a review that is slow or
stuck) is waited for, at most ``ICCWATCH_LOCK_WAIT`` seconds when that is set, and then refused with a
``LockBusy`` (a conflict: exit code 2, HTTP 409) naming the lock file, nothing changed; a lock path that
cannot be opened as a file (a folder in its place) is a ``LockUnusable`` naming it (round 22, session 39).
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import resource
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from iccwatch.errors import ConflictError, InputError

#: How long a writer waits for a build's swap (seconds); the swap itself takes well under a second.
WAIT = 120.0
#: The setting that overrides every lock's wait (seconds, 0 to a day).
WAIT_SETTING = "ICCWATCH_LOCK_WAIT"


class LockBusy(ConflictError):
    """Another live process held a lock for longer than a writer waits."""


class LockUnusable(InputError):
    """A lock's path cannot be opened as a lock file."""


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(f".{db_file.name}.lock")


def wait_for(default: float) -> float:
    """The seconds to wait for a lock: ``ICCWATCH_LOCK_WAIT`` when set, else ``default``."""
    raw = os.environ.get(WAIT_SETTING, "").strip()
    if not raw:
        return default
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if not (0 <= seconds <= 86_400):  # also refuses nan and inf
        raise InputError(f"{WAIT_SETTING}={raw!r}: give the seconds a writer waits for a lock, a number from 0 to 86400; "
                         "nothing was changed")
    return seconds


@contextlib.contextmanager
def held(path: Path, default_wait: float, holder: str) -> Iterator[None]:
    """Hold the lock at ``path`` for the block. ``holder`` says who else may hold it (for the message)."""
    seconds = wait_for(default_wait)
    lock = FileLock(str(path), timeout=seconds)
    try:
        lock.acquire()
    except Timeout:
        raise LockBusy(f"{path} is held by another process ({holder}) and was not let go within {seconds:g} s: nothing was "
                       f"changed; wait for it to finish, or end it, then try again ({WAIT_SETTING} sets the wait)") from None
    except OSError as exc:
        raise LockUnusable(f"{path} cannot be used as a lock ({exc.strerror or exc}): nothing was changed; if no iccwatch "
                           "process is running, remove it and try again") from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def store_lock(db_file: Path | None, timeout: float = WAIT) -> Iterator[None]:
    """Hold the store's file lock (no-op for a server database)."""
    if db_file is None:
        yield
        return
    db_file.parent.mkdir(parents=True, exist_ok=True)
    with held(lock_path(db_file), timeout, "a build of the store, an ingest or a review writing to it"):
        yield



class StoreUnwritable(InputError):
    """The store's file or folder cannot be written (read-only, full disk, I/O error): said with the file and what was
    left as it was."""

    def __init__(self, db_file: Path | None, why: str, left: str):
        self.db_file, self.why = db_file, why
        where = f"{db_file} (in {db_file.parent})" if db_file is not None else "the store"
        super().__init__(f"{where} cannot be written ({why}): is its folder read-only or the disk full? {left}; free space "
                         "or make the folder writable, then try again")

    def left(self, left: str) -> StoreUnwritable:
        """The same error, saying instead what was left as it was."""
        return StoreUnwritable(self.db_file, self.why, left)


#: SQLite's words for a store that cannot take a write (its folder read-only, the disk full, the device failing); any
#: other OperationalError (a missing table, a bad statement) is a fault of the program and stays one.
_UNWRITABLE = ("unable to open database file", "readonly database", "database or disk is full", "disk i/o error")


class StoreBusy(ConflictError):
    """Another program (a backup, an `sqlite3` shell left open in a transaction) held the store's SQLite lock for longer
    than a writer waits: said with the file, the wait and what was left as it was (round 25, session 42: a traceback)."""

    def __init__(self, db_file: Path | None, why: str, left: str, seconds: float | None = None):
        self.db_file, self.why, self.seconds = db_file, why, seconds
        where = f"{db_file}" if db_file is not None else "the store"
        waited = f" within {seconds:g} s" if seconds is not None else ""
        super().__init__(f"{where} is busy: another program holds a transaction on it ({why}) and did not let go{waited}; "
                         f"{left}; wait for it to finish (a backup, an open `sqlite3` shell), or end it, then try again "
                         f"({WAIT_SETTING} sets the wait)")

    def left(self, left: str) -> StoreBusy:
        """The same error, saying instead what was left as it was."""
        return StoreBusy(self.db_file, self.why, left, self.seconds)


#: The errors of a write the store refused (it cannot be written, or another program holds it): nothing was written to it.
STORE_REFUSED = (StoreUnwritable, StoreBusy)

#: SQLite's words for a store another connection holds locked (``SQLITE_BUSY``, ``SQLITE_LOCKED``).
_BUSY = ("database is locked", "database table is locked", "database schema is locked")

#: How long a writer's SQLite connection waits for another program's transaction on the store (seconds; the file
#: locks above keep iccwatch's own writers apart, so only a program of another kind, or a long read, is waited for).
BUSY_WAIT = 30.0


def busy_wait() -> float:
    """The seconds a writer's SQLite connection waits for a lock another program holds (``ICCWATCH_LOCK_WAIT`` when set)."""
    return wait_for(BUSY_WAIT)


#: Fewer descriptors left than this (of the process's ``RLIMIT_NOFILE``) after SQLite could not open the store is taken
#: for descriptors used up, not for a store that cannot be opened: a socket closed since may have freed a few.
FILES_MARGIN = 32


def out_of_files(exc: BaseException) -> bool:
    """Whether ``exc`` (or what it wraps: SQLAlchemy's ``orig``, a cause, a context) is the process having no file
    descriptor left: an ``OSError`` EMFILE or ENFILE, or SQLite's "unable to open database file" while the process is
    at (or within ``FILES_MARGIN`` of) its open files' limit (round 31, session 47: 2,000 requests at once on a server
    allowed 1,024 files answered 272 times 500; SQLite does not say why it could not open the file). A store that cannot
    be opened for another reason (gone, unreadable) is not this."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    sqlite_open = False
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, OSError) and e.errno in (errno.EMFILE, errno.ENFILE):
            return True
        if "unable to open database file" in str(e).lower():
            sqlite_open = True
        orig = getattr(e, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None, e.__cause__, e.__context__]
        if isinstance(e, BaseExceptionGroup):  # a task group's (the server's middleware runs the app in one)
            todo += list(e.exceptions)
    return sqlite_open and _files_left() < FILES_MARGIN


def _files_left() -> int:
    """How many more files this process may open now (0 when it cannot open one more); a large number where the
    system does not say (no ``/proc``). Its modules are imported with this one: importing a module opens its file,
    which is what cannot be done here (round 31's first run: an ImportError for ``resource`` in place of the answer)."""
    try:
        fd = os.open(os.devnull, os.O_RDONLY)
    except OSError as exc:
        return 0 if exc.errno in (errno.EMFILE, errno.ENFILE) else 1 << 30
    os.close(fd)
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    try:
        used = len(os.listdir("/proc/self/fd"))
    except OSError:
        return 1 << 30
    return 1 << 30 if soft == resource.RLIM_INFINITY else soft - used


def unwritable(exc: BaseException, db_file: Path | None, left: str) -> StoreUnwritable | StoreBusy | None:
    """A ``StoreUnwritable`` naming ``db_file`` for a write that failed because the store cannot be written (round 23,
    session 40: a read-only var/ ended an accept or a reject in a traceback), a ``StoreBusy`` for one another program's
    transaction kept out (round 25), else None."""
    why = str(getattr(exc, "orig", None) or exc)
    first = why.strip().splitlines()[0] if why.strip() else why
    if out_of_files(exc):  # round 31: no descriptor left is no read-only folder; the server answers it 503 (api.guard)
        return None
    if any(words in why.lower() for words in _BUSY):
        return StoreBusy(db_file, first, left, busy_wait())
    if not any(words in why.lower() for words in _UNWRITABLE):
        return None
    return StoreUnwritable(db_file, why, left)
