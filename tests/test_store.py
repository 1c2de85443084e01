"""The store: a build is atomic, operational tables survive rebuilds, the record reads back intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from iccwatch.dataset import RecordError, RecordSet
from iccwatch.store import build_store, read_build_info, read_records


def test_records_read_back_equal_the_files(records: RecordSet, db_url: str) -> None:
    from_files = records
    from_store = read_records(db_url)
    for kind in ("states", "persons", "warrants", "decisions", "events", "statements", "situations", "instruments"):
        assert from_store.of_kind(kind) == from_files.of_kind(kind), kind
    assert from_store.meta == from_files.meta


def test_failed_build_leaves_previous_store_intact(data_copy: Path, tmp_path: Path) -> None:
    """A build of a broken record raises naming the file and leaves the previous store byte for byte, with
    its build information, and no temporary file behind."""
    db = tmp_path / "store.sqlite"
    url = f"sqlite:///{db}"
    build_store(data_copy, url)
    before = db.read_bytes()
    info = read_build_info(url)
    (data_copy / "persons" / "joseph-kony.yaml").write_text("id: joseph-kony\nname: [broken\n")
    with pytest.raises(RecordError) as exc:
        build_store(data_copy, url)
    assert any(p.file == "data/persons/joseph-kony.yaml" for p in exc.value.problems)
    assert db.read_bytes() == before
    assert read_build_info(url) == info
    assert not list(tmp_path.glob(".store.sqlite.building-*"))


def test_operational_tables_survive_a_rebuild(small_dir: Path, tmp_path: Path) -> None:
    """Rows of the operational tables (ops_*) are carried over when the store is rebuilt."""
    db = tmp_path / "store.sqlite"
    build_store(small_dir, f"sqlite:///{db}")
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE ops_review_queue (id INTEGER PRIMARY KEY, candidate TEXT NOT NULL)")
    con.execute("INSERT INTO ops_review_queue (candidate) VALUES ('a visit to review')")
    con.commit()
    con.close()
    build_store(small_dir, f"sqlite:///{db}")
    con = sqlite3.connect(db)
    assert con.execute("SELECT candidate FROM ops_review_queue").fetchall() == [("a visit to review",)]
    con.close()


def test_full_text_search_finds_aliases(db_url: str) -> None:
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    hits = con.execute("SELECT kind, key FROM search WHERE search MATCH 'Kushayb'").fetchall()
    con.close()
    assert ("persons", "ali-muhammad-ali-abd-al-rahman") in hits


def test_sources_are_flattened_for_every_fact(db_url: str) -> None:
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    n = con.execute("SELECT count(*) FROM sources WHERE kind='states' AND key='HUN' AND path LIKE 'participation[%'").fetchone()[0]
    con.close()
    assert n >= 5
