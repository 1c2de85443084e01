"""A lock on the store file, shared by every process that writes it.

The SQLite build renames a new file over the old one. A writer of the operational tables (ingest,
review) holds this lock for each transaction and opens a fresh connection inside it, and the build
holds it while it copies those tables across and renames the file: so no write lands in a file that
is about to be replaced, and none is lost. Other databases swap inside one transaction and need no
file lock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock

#: How long a writer waits for a build's swap (seconds); the swap itself takes well under a second.
WAIT = 120.0


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(f".{db_file.name}.lock")


@contextlib.contextmanager
def store_lock(db_file: Path | None, timeout: float = WAIT) -> Iterator[None]:
    """Hold the store's file lock (no-op for a server database)."""
    if db_file is None:
        yield
        return
    db_file.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(lock_path(db_file)), timeout=timeout):
        yield
