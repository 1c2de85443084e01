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
