"""Round 31 (session 47): ``store.locks.out_of_files`` tells a store SQLite could not open because the process has no
file descriptor left (answered 503 by the server) from a store that cannot be opened (gone, a folder missing): real
SQLite, the limit lowered in a process of its own."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from iccwatch.store.locks import out_of_files, unwritable


def test_an_oserror_of_too_many_open_files_is_out_of_files_and_another_is_not() -> None:
    assert out_of_files(OSError(errno.EMFILE, "Too many open files"))
    assert out_of_files(OSError(errno.ENFILE, "Too many open files in system"))
    wrapped = RuntimeError("lock")
    wrapped.__cause__ = OSError(errno.EMFILE, "Too many open files")
    assert out_of_files(wrapped)
    assert not out_of_files(OSError(errno.EACCES, "Permission denied"))  # control
    assert not out_of_files(ValueError("bad"))  # control


def test_a_store_in_a_missing_folder_with_descriptors_to_spare_is_not_out_of_files(tmp_path: Path) -> None:
    """Control: SQLite's same words for a store whose folder is not there: a store that cannot be opened, said as
    before (``unwritable``'s StoreUnwritable), not a 503."""
    try:
        sqlite3.connect(tmp_path / "no-such-folder" / "store.sqlite").execute("select 1")
    except sqlite3.OperationalError as exc:
        assert "unable to open database file" in str(exc)
        assert not out_of_files(exc)
        assert unwritable(exc, tmp_path / "no-such-folder" / "store.sqlite", "nothing was read") is not None
    else:  # pragma: no cover
        raise AssertionError("SQLite opened a store in a missing folder")


def test_sqlite_unable_to_open_with_every_descriptor_taken_is_out_of_files(tmp_path: Path) -> None:
    """A process allowed 64 files opens files until the kernel refuses (EMFILE), then asks SQLite for an existing
    store: SQLite's "unable to open database file" is out of files, and ``unwritable`` no longer calls it a read-only
    folder; with one descriptor given back, the same open works (control)."""
    db = tmp_path / "store.sqlite"
    sqlite3.connect(db).execute("create table t (x)").connection.commit()
    code = textwrap.dedent(f"""
        import os, resource, sqlite3
        from iccwatch.store.locks import out_of_files, unwritable
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
        held = []
        try:
            while True:
                held.append(os.open(os.devnull, os.O_RDONLY))
        except OSError:
            pass
        try:
            sqlite3.connect({str(db)!r}).execute("select * from t")
            print("opened")
        except sqlite3.OperationalError as exc:
            print(str(exc), out_of_files(exc), unwritable(exc, None, "x"))
        for fd in held[-4:]:
            os.close(fd)
        sqlite3.connect({str(db)!r}).execute("select * from t")
        print("then opened")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines() == ["unable to open database file True None", "then opened"], out.stdout
