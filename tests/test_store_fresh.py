"""A store built from data/ follows the files: an edit is rebuilt before the next answer, an edit
that breaks the record leaves the store as built and says why, and an untouched record is not rebuilt."""

from __future__ import annotations

import os
from pathlib import Path

from iccwatch.service.loading import open_facts
from iccwatch.settings import Settings
from iccwatch.store import build_store
from iccwatch.store.fingerprint import is_stale


def _open(data: Path, url: str) -> tuple[str, list[str]]:
    said: list[str] = []
    facts = open_facts(Settings.from_env(data_dir=str(data), db=url), on_build=said.append)
    return facts.records.states["MNG"].name, said


def test_an_edited_record_is_rebuilt_and_a_broken_one_is_not(data_copy: Path, tmp_path: Path) -> None:
    """A store whose record files changed is rebuilt on the next read, and says so, once; a change that
    fails the check leaves the answers as built and says why, naming the record."""
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    build_store(data_copy, url)
    assert _open(data_copy, url) == ("Mongolia", [])

    mng = data_copy / "states" / "MNG.yaml"
    text = mng.read_text(encoding="utf-8")
    assert "name: Mongolia\n" in text
    mng.write_text(text.replace("name: Mongolia\n", "name: Mongolia (edited)\n"), encoding="utf-8")
    name, said = _open(data_copy, url)
    assert name == "Mongolia (edited)" and "changed since the store was built" in said[0]
    assert _open(data_copy, url) == ("Mongolia (edited)", [])  # rebuilt once, then fresh

    mng.write_text(text.replace("name: Mongolia\n", "name: Mongolia\nname_typo: x\n"), encoding="utf-8")
    name, said = _open(data_copy, url)
    assert name == "Mongolia (edited)"
    assert "does not pass the check" in said[-1] and "MNG" in said[-1]


def test_new_file_times_with_the_same_content_are_not_stale(data_copy: Path, tmp_path: Path) -> None:
    """New modification times with the same content do not make a store stale; changed content does; a
    store built from another folder is not judged against this one."""
    from iccwatch.store.read import read_records

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    build_store(data_copy, url)
    build = read_records(url).build  # type: ignore[attr-defined]
    for path in data_copy.rglob("*.yaml"):
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert build["data_stat"] and not is_stale(build, data_copy)
    (data_copy / "states" / "MNG.yaml").write_text("iso3: MNG\n", encoding="utf-8")
    assert is_stale(build, data_copy)
    # A store built from another folder is not judged against this one.
    assert not is_stale({**build, "data_dir": str(tmp_path)}, data_copy)


def _rename_in_place(db: Path, iso3: str, name: str) -> None:
    """The State's name changed inside the store's file by SQLite itself (no rebuild: the same file, same size)."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        with con:
            con.execute("UPDATE records SET data = json_set(data, '$.name', ?) WHERE kind = 'states' AND key = ?", (name, iso3))
    finally:
        con.close()


def test_an_unchanged_store_is_read_once_and_a_changed_one_again(data_copy: Path, tmp_path: Path) -> None:
    """Opening an unchanged store file again gives the very records read before (read once per process); a change
    written into the file by SQLite, at once and without changing its size, a rebuild, a copy of another store over
    it and a file in WAL mode are read again, so no answer comes from records the file no longer holds."""
    import shutil
    import sqlite3

    db = tmp_path / "store.sqlite"
    url = f"sqlite:///{db}"
    build_store(data_copy, url)
    settings = Settings.from_env(data_dir=str(data_copy), db=url)
    first = open_facts(settings).records
    assert open_facts(settings).records is first and open_facts(settings, plain=True).records is not first
    assert open_facts(settings, plain=True).records is open_facts(settings, plain=True).records

    size = db.stat().st_size
    _rename_in_place(db, "MNG", "Mongolib")  # one letter for another: the same size
    assert db.stat().st_size == size
    changed = open_facts(settings).records
    assert changed is not first and changed.states["MNG"].name == "Mongolib" and first.states["MNG"].name == "Mongolia"
    assert open_facts(settings, plain=True).records.states["MNG"].name == "Mongolib"

    build_store(data_copy, url)
    assert open_facts(settings).records.states["MNG"].name == "Mongolia"

    other = tmp_path / "other.sqlite"
    shutil.copy(db, other)
    _rename_in_place(other, "MNG", "Mongolia (other)")
    shutil.copy(other, db)
    assert open_facts(settings).records.states["MNG"].name == "Mongolia (other)"

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
        wal = open_facts(settings).records
        assert open_facts(settings).records is not wal  # not kept: in WAL mode the header's counter need not change
        with con:
            con.execute("UPDATE records SET data = json_set(data, '$.name', 'Mongolia (wal)') WHERE kind = 'states' AND key = 'MNG'")
        assert open_facts(settings).records.states["MNG"].name == "Mongolia (wal)"
    finally:
        con.close()


def test_a_record_changing_under_the_rebuild_answers_from_the_store_as_built(data_copy: Path, tmp_path: Path,
                                                                             monkeypatch) -> None:  # noqa: ANN001
    """(session 48) A read that finds the store stale rebuilds it; where the data folder changes each time the rebuild
    reads it (a git checkout or pull in progress: ``store.build._read_still`` gives up with DataChanging), the answer comes
    from the store as built and says so. It was a traceback (round 30's AA6 met it in the fresh-clone CI: an export run
    while git switched the folder). The folder's changing is stood in for by its listing differing at each look."""
    import itertools

    from iccwatch.dataset import still

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    build_store(data_copy, url)
    mng = data_copy / "states" / "MNG.yaml"
    mng.write_text(mng.read_text(encoding="utf-8").replace("name: Mongolia\n", "name: Mongolia (edited)\n"), encoding="utf-8")
    looks = itertools.count()
    monkeypatch.setattr(still, "folder_state", lambda data_dir: [("look", next(looks), 0, 0)])
    name, said = _open(data_copy, url)
    assert name == "Mongolia"
    assert "changing now" in said[-1] and "changed while it was read" in said[-1], said
