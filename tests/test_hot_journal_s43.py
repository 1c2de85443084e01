"""A store left with a hot rollback journal (a process killed inside a write transaction) is opened by the next
command, which rolls the unfinished transaction back as SQLite does, and loses nothing (session 43).

Before: the checks that open the store read-only before anything else (``service.loading.refuse_foreign_file``, the
read path ``store.read._read_sqlite``) met SQLITE_READONLY_ROLLBACK ("attempt to write a readonly database"), and the
next cron run was refused with "--db: cannot read the store" (a flaky failure of round 24's U2[sigkill]: only when the
kill fell inside a write). Here the kill falls inside a write every time: the child holds its transaction open until
it is killed.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.test_reliability_s39 import _cli, _done
from tests.test_reliability_s41 import _inbox, _ingest, _queued

#: A child that opens a write transaction on the store, writes to the review queue's documents table, says so and
#: waits to be killed: the store is left with a hot journal (rollback mode, the store's default).
_WRITER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute('PRAGMA cache_size = 1')
con.execute('BEGIN IMMEDIATE')
con.execute('CREATE TABLE ops_half_written (x)')
for i in range(5000):
    con.execute('INSERT INTO ops_half_written VALUES (?)', ('x' * 400,))
print('inside', flush=True)
time.sleep(600)
"""


def _leave_hot_journal(db: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "inside"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert Path(f"{db}-journal").exists() and Path(f"{db}-journal").stat().st_size > 0


def _tables(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def test_a_hot_journal_is_what_sqlite_refuses_read_only() -> None:
    """The fault itself, so the test below cannot pass for another reason: a read-only connection cannot roll back."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "s.sqlite"
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE t (x)")
        con.commit()
        con.close()
        _leave_hot_journal(db)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True).execute("SELECT * FROM sqlite_master").fetchall()


def test_the_next_ingest_after_a_kill_inside_a_write_opens_the_store_and_loses_nothing(store_copy: Path, tmp_path: Path) -> None:
    docs0, keys0, n0 = _queued(store_copy)
    _leave_hot_journal(store_copy)
    (code, out, err), = _done(_ingest(_inbox(tmp_path / "inbox", 1), store_copy))
    assert code == 0, (code, out[-400:], err[-800:])
    assert "ops_half_written" not in _tables(store_copy)  # the unfinished transaction was rolled back, not kept
    docs, keys, n = _queued(store_copy)
    assert docs > docs0 and n >= n0 and all(keys[k] >= v for k, v in keys0.items())


@pytest.mark.parametrize("args", [("monitor", "review", "list", "--json"), ("states", "--json")])
def test_the_next_read_command_after_a_kill_inside_a_write_answers(store_copy: Path, args: tuple[str, ...]) -> None:
    _leave_hot_journal(store_copy)
    (code, out, err), = _done(_cli(*args, "--db", str(store_copy)))
    assert code == 0, (args, code, out[-400:], err[-800:])
    assert "ops_half_written" not in _tables(store_copy)
