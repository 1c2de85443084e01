"""The same build and read-back on a real PostgreSQL server (started by scripts/test.sh)."""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from iccwatch.dataset import RecordError, load_dataset
from iccwatch.store import build_store, read_build_info, read_records

# One database for all: whichever worker runs a test here holds an exclusive lock on the server while
# it does, so two xdist workers never build into it at once (the xdist_group alone did not keep them
# on one worker).
pytestmark = [pytest.mark.postgres, pytest.mark.xdist_group("postgres")]


@pytest.fixture
def pg_url() -> Iterator[str]:
    url = os.environ.get("ICCWATCH_TEST_PG")
    if not url:
        pytest.fail("ICCWATCH_TEST_PG is not set: run the tests through scripts/test.sh (make test), which starts PostgreSQL")
    with open(Path(tempfile.gettempdir()) / "iccwatch-postgres-tests.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield url
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def test_build_and_read_back_on_postgres(pg_url: str, small_dir: Path) -> None:
    """On a real PostgreSQL server: a build and a rebuild give the same records as the files (no row twice)."""
    build_store(small_dir, pg_url)
    build_store(small_dir, pg_url)  # a rebuild replaces, never duplicates
    back = read_records(pg_url)
    files = load_dataset(small_dir)
    assert back.states == files.states
    assert back.decisions == files.decisions
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM states")).scalar_one() == len(files.states)
    engine.dispose()


def test_failed_build_on_postgres_changes_nothing(pg_url: str, small_dir: Path, tmp_path: Path) -> None:
    """On a real PostgreSQL server: a build of a broken record leaves the previous build as it was."""
    build_store(small_dir, pg_url)
    info = read_build_info(pg_url)
    broken = tmp_path / "data"
    shutil.copytree(small_dir, broken)
    (broken / "events" / "2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml").write_text("id: [\n")
    with pytest.raises(RecordError):
        build_store(broken, pg_url)
    assert read_build_info(pg_url) == info


def test_serve_on_postgres_answers_from_a_rebuilt_store(pg_url: str, small_dir: Path, tmp_path: Path) -> None:
    """A rebuild on the server database is noticed by a running app (its build stamp is asked for)."""
    import time

    from fastapi.testclient import TestClient

    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    data = tmp_path / "data"
    shutil.copytree(small_dir, data)
    build_store(data, pg_url)
    app = create_app(Settings(data_dir=data, db_url=pg_url, store_check_seconds=0.0))
    with TestClient(app) as client:
        before = client.get("/api/v1/meta").json()
        # an event no other record names (so the rebuild succeeds with one event fewer)
        next(e for e in sorted((data / "events").glob("*.yaml"))
             if not any(e.stem in f.read_text() for f in data.rglob("*.yaml") if f != e)).unlink()
        build_store(data, pg_url)
        time.sleep(0.01)
        after = client.get("/api/v1/meta").json()
    assert after["data_sha256"] != before["data_sha256"]
    assert after["counts"]["events"] == before["counts"]["events"] - 1
