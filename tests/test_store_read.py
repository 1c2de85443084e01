"""The store read back two ways: a plain SQLite file with the standard library (the CLI's fast path)
and through SQLAlchemy (every other URL) give the same record."""

from __future__ import annotations

import subprocess
import sys

from iccwatch.store.read import _read_sqlalchemy, plain_sqlite_file, read_records


def test_both_read_paths_give_the_same_record(db_url: str) -> None:
    assert plain_sqlite_file(db_url) is not None
    fast, slow = read_records(db_url), _read_sqlalchemy(db_url)
    assert fast.counts() == slow.counts() and sum(fast.counts().values()) > 0
    for kind in fast.counts():
        assert fast.of_kind(kind) == slow.of_kind(kind), kind
    assert fast.meta == slow.meta and fast.lookups == slow.lookups and fast.files == slow.files


def test_only_plain_sqlite_urls_take_the_fast_path() -> None:
    assert plain_sqlite_file("sqlite:////tmp/x.sqlite") is not None
    assert plain_sqlite_file("sqlite:///:memory:") is None
    assert plain_sqlite_file("sqlite:////tmp/x.sqlite?mode=ro") is None
    assert plain_sqlite_file("postgresql+psycopg://u@h/db") is None


def test_a_question_does_not_import_sqlalchemy(db_url: str) -> None:
    code = ("import sys; from iccwatch.cli import app; from typer.testing import CliRunner; "
            f"r = CliRunner().invoke(app, ['ask', 'arrest', '--state', 'MNG', '--person', 'Putin', '--on', '2024-09-03', '--json', '--db', {db_url!r}]); "
            "assert r.exit_code == 0, r.output; print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
