"""Concurrent use, round 33 (session 49): every read of the data folder that can meet a file vanishing or changing under it
(docs/monitor.md, "Concurrent use, round 33"). The race is real (a real file removed and written anew on a real file
system, as ``git checkout`` does); only its timing is made deterministic: the OS call that reads or lists is wrapped so
that the file vanishes just before it and comes back (a new inode) just after. Nothing of the loader is mocked."""

from __future__ import annotations

import contextlib
import os
import pathlib
import sqlite3
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from iccwatch.dataset import yaml_io
from iccwatch.service.loading import open_facts
from iccwatch.settings import Settings
from iccwatch.store import build_store, fingerprint
from iccwatch.store.build import DataChanging, read_build_info


class Vanish:
    """The file ``target`` vanishes at the wrapped call on it (its first ``times`` calls) and is written anew right after
    (git removes a file and writes it again: a new inode). ``folder``: the whole folder moves away and back instead."""

    def __init__(self, target: Path, times: int = 1, folder: bool = False) -> None:
        self.target, self.times, self.folder, self.fired = target, times, folder, 0

    def hits(self, path: Any) -> bool:
        if isinstance(path, int) or self.fired >= self.times:
            return False
        return os.path.abspath(os.fspath(path)) == str(self.target)

    @contextlib.contextmanager
    def gone(self) -> Iterator[None]:
        self.fired += 1
        if self.folder:
            away = self.target.with_name(self.target.name + ".away")
            os.rename(self.target, away)
            try:
                yield
            finally:
                os.rename(away, self.target)
            return
        with open(self.target, "rb") as fh:  # not Path.read_bytes: that may be the call wrapped
            data = fh.read()
        self.target.unlink()
        try:
            yield
        finally:
            with open(self.target, "wb") as fh:
                fh.write(data)

    def around(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(path: Any, *a: Any, **k: Any) -> Any:
            if self.hits(path):
                with self.gone():
                    return real(path, *a, **k)
            return real(path, *a, **k)

        return call

def _os_with(**over: Any) -> types.ModuleType:
    proxy = types.ModuleType("os")
    proxy.__dict__.update(os.__dict__)
    proxy.__dict__.update(over)
    return proxy


def _at_loader_read(monkeypatch: pytest.MonkeyPatch, v: Vanish) -> Vanish:
    """The loader's read of a record file (``yaml_io.read_text_checked``: its ``os.stat``, then its open)."""
    monkeypatch.setattr(yaml_io, "os", _os_with(stat=v.around(os.stat)))
    return v


def _at_listing(monkeypatch: pytest.MonkeyPatch, v: Vanish) -> Vanish:
    """A folder's listing by pathlib (``Path.iterdir``: the loader's listing of a kind's folder)."""
    monkeypatch.setattr(pathlib, "os", _os_with(listdir=v.around(os.listdir)))
    return v


def _at_digest_read(monkeypatch: pytest.MonkeyPatch, v: Vanish) -> Vanish:
    """The content digest's read of a file (``Path.read_bytes``), after ``rglob`` listed it."""
    monkeypatch.setattr(pathlib.Path, "read_bytes", v.around(pathlib.Path.read_bytes))
    return v


def _at_stat_fingerprint(monkeypatch: pytest.MonkeyPatch, v: Vanish) -> Vanish:
    """The stat fingerprint's ``os.stat`` of a file its ``os.scandir`` listed (``v.folder``: its ``os.scandir`` of a
    folder the listing of its parent found)."""
    if v.folder:
        monkeypatch.setattr(fingerprint, "os", _os_with(scandir=v.around(os.scandir)))
    else:
        monkeypatch.setattr(fingerprint, "os", _os_with(stat=v.around(os.stat)))
    return v


def _edit(data: Path) -> Path:
    mng = data / "states" / "MNG.yaml"
    mng.write_text(mng.read_text(encoding="utf-8").replace("name: Mongolia\n", "name: Mongolia (edited)\n"), encoding="utf-8")
    return mng


def _mongolia(url: str) -> str:
    con = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        return str(con.execute("SELECT name FROM states WHERE iso3 = 'MNG'").fetchone()[0])
    finally:
        con.close()


# ------------------------------------------------------------------ the build's still read


@pytest.mark.parametrize("where", ["loader read", "loader listing", "digest read", "stat fingerprint", "stat fingerprint folder"])
def test_a_build_that_meets_a_file_vanishing_reads_again_and_builds(where: str, data_copy: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A record file (or its kind's folder) vanishes between being listed and being read, once, at each read the build
    makes of the folder: the build reads it again and builds the whole record, its fingerprints those of the folder now.
    Before round 33: the loader's read gave a record error ('cannot read'), the digest's read and the stat fingerprint a
    FileNotFoundError traceback (the listing's was already read again: the control)."""
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    mng = data_copy / "states" / "MNG.yaml"
    hook = {"loader read": lambda: _at_loader_read(monkeypatch, Vanish(mng)),
            "loader listing": lambda: _at_listing(monkeypatch, Vanish(mng.parent, folder=True)),
            "digest read": lambda: _at_digest_read(monkeypatch, Vanish(mng)),
            "stat fingerprint": lambda: _at_stat_fingerprint(monkeypatch, Vanish(mng)),
            "stat fingerprint folder": lambda: _at_stat_fingerprint(monkeypatch, Vanish(mng.parent, folder=True))}[where]()
    info = build_store(data_copy, url)
    monkeypatch.undo()
    assert hook.fired == 1
    assert _mongolia(url) == "Mongolia"
    assert info["data_sha256"] == fingerprint.content_digest(data_copy)
    assert info["data_stat"] == fingerprint.stat_fingerprint(data_copy)
    assert not fingerprint.is_stale(read_build_info(url) or {}, data_copy)


@pytest.mark.parametrize("where", ["loader read", "digest read", "stat fingerprint"])
def test_a_build_that_meets_a_file_vanishing_at_every_read_refuses_and_leaves_the_store(where: str, data_copy: Path,
                                                                                       tmp_path: Path,
                                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The same file vanishes at every read: the build refuses with DataChanging (the folder is changing), and the store
    built before is the same file, byte for byte."""
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    build_store(data_copy, url)
    before = (tmp_path / "store.sqlite").read_bytes()
    mng = _edit(data_copy)
    {"loader read": _at_loader_read, "digest read": _at_digest_read, "stat fingerprint": _at_stat_fingerprint}[where](
        monkeypatch, Vanish(mng, times=99))
    with pytest.raises(DataChanging, match="changed while it was read, 3 times"):
        build_store(data_copy, url)
    monkeypatch.undo()
    assert (tmp_path / "store.sqlite").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if ".building-" in p.name] == []


def test_a_record_error_of_a_still_folder_is_the_records_own(data_copy: Path, tmp_path: Path) -> None:
    """Control: a broken file in a folder nobody changes is a record error at once (no read again, no DataChanging)."""
    from iccwatch.dataset import RecordError, still

    mng = data_copy / "states" / "MNG.yaml"
    mng.write_text(mng.read_text(encoding="utf-8").replace("name: Mongolia\n", "name: [Mongolia\n"), encoding="utf-8")
    looks = []
    real = still.folder_state

    def counted(d: Path) -> Any:
        looks.append(1)
        return real(d)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(still, "folder_state", counted)
        with pytest.raises(RecordError):
            build_store(data_copy, f"sqlite:///{tmp_path / 'store.sqlite'}")
    assert len(looks) == 2  # one read: the state before and after it


# ------------------------------------------------------------------ a read that finds the store stale (CLI, export, API)


def _open(data: Path, url: str) -> tuple[str, list[str]]:
    said: list[str] = []
    facts = open_facts(Settings.from_env(data_dir=str(data), db=url), on_build=said.append)
    return facts.records.states["MNG"].name, said


@pytest.mark.parametrize("where", ["stat fingerprint", "stat fingerprint folder", "digest read"])
def test_a_stale_check_that_meets_a_file_vanishing_rebuilds(where: str, data_copy: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A read of the store (a CLI question, an export, the API's load) checks whether the store is stale: the stat
    fingerprint or the content digest meets a file vanished since its folder was listed. That is a folder changing: the
    store is rebuilt from the folder as it is now (here still again) and answers the edit. Before round 33: a
    FileNotFoundError traceback (round 30's AA6 in CI)."""
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    build_store(data_copy, url)
    mng = _edit(data_copy)
    hook = {"stat fingerprint": lambda: _at_stat_fingerprint(monkeypatch, Vanish(mng)),
            "stat fingerprint folder": lambda: _at_stat_fingerprint(monkeypatch, Vanish(mng.parent, folder=True)),
            "digest read": lambda: _at_digest_read(monkeypatch, Vanish(mng))}[where]()
    name, said = _open(data_copy, url)
    monkeypatch.undo()
    assert hook.fired == 1
    assert name == "Mongolia (edited)", said
    assert "rebuilding it" in said[-1], said


def test_a_stale_store_whose_folder_vanishes_at_every_read_answers_as_built(data_copy: Path, tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The rebuild meets the file vanished at each of its reads: the answer comes from the store as built and says the
    record is changing (before round 33 the vanished file was a record error: 'does not pass the check')."""
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    build_store(data_copy, url)
    mng = _edit(data_copy)
    _at_loader_read(monkeypatch, Vanish(mng, times=99))
    name, said = _open(data_copy, url)
    monkeypatch.undo()
    assert name == "Mongolia"
    assert "changing now" in said[-1] and "changed while it was read" in said[-1], said


def test_the_apis_load_meets_a_file_vanishing_and_rebuilds(data_copy: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The API's load (``create_app``'s ``load``, also run by ``StoreWatch`` when the store changes) on a stale store whose
    file vanishes under the stale check: the app starts, its facts the folder's as it is now."""
    from iccwatch.app import create_app

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    build_store(data_copy, url)
    mng = _edit(data_copy)
    hook = _at_stat_fingerprint(monkeypatch, Vanish(mng))
    app = create_app(Settings.from_env(data_dir=str(data_copy), db=url))
    monkeypatch.undo()
    assert hook.fired == 1
    assert app.state.facts.records.states["MNG"].name == "Mongolia (edited)"


# ------------------------------------------------------------------ data check


def test_data_check_that_meets_a_file_vanishing_checks_again_or_says_the_folder_is_changing(
        data_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``iccwatch data check`` meets a record file vanished between listing and reading it: once, it checks the folder
    again and reports what is there (0 errors); at every read, it refuses (exit 2) saying the folder changed while it was
    read, never 'cannot read' a file that is there, never a traceback. Before round 33: exit 1 and 'MNG.yaml: cannot
    read: No such file or directory', an error the record does not have."""
    from iccwatch.cli import app

    mng = data_copy / "states" / "MNG.yaml"
    hook = _at_loader_read(monkeypatch, Vanish(mng))
    once = CliRunner().invoke(app, ["data", "check", "--data", str(data_copy)])
    assert hook.fired == 1
    assert once.exit_code == 0, once.output[-800:]
    assert "cannot read" not in once.output and "0 error(s)" in once.output
    monkeypatch.undo()
    _at_loader_read(monkeypatch, Vanish(mng, times=99))
    every = CliRunner().invoke(app, ["data", "check", "--data", str(data_copy)])
    assert every.exit_code == 2, every.output[-800:]
    assert "changed while it was read" in every.output and "nothing was checked" in every.output
    assert every.exception is None or isinstance(every.exception, SystemExit)


# ------------------------------------------------------------------ a read of an empty queue under a lock (rely32's note)


def _hold_and_add(db: Path) -> sqlite3.Connection:
    """Another program takes the store (``BEGIN EXCLUSIVE``) and, once asked, writes one document and one candidate in its
    transaction (its rollback journal then beside the store)."""
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def _add_one(holder: sqlite3.Connection) -> None:
    import json

    holder.execute("INSERT INTO ops_documents (id, url, title, publisher, date, language, text, ingested_at) VALUES "
                   "('d49', 'https://news.example.org/r49', 'Held', 'Test Wire', '2020-03-01', 'en', 'Report.', "
                   "'2024-01-01T00:00:00+00:00')")
    payload = {"id": "c49", "document": "d49", "type": "withdrawal_announced", "state": "MNG", "date": "2020-03-01",
               "evidence": {"sentence": "Report.", "start": 0, "end": 7}, "confidence": 0.9, "method": "test"}
    holder.execute("INSERT INTO ops_candidates (id, document_id, type, payload, confidence, method, model_version, status, "
                   "created_at) VALUES ('c49', 'd49', 'withdrawal_announced', ?, 0.9, 'test', 'test', 'pending', "
                   "'2024-01-01T00:00:00.000001+00:00')", (json.dumps(payload),))


def test_an_empty_queue_read_under_a_lock_is_a_true_zero_and_a_write_under_way_is_waited_for(
        env: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """rely32's note: with the store held (``BEGIN EXCLUSIVE``) the API answered an empty queue 200, total 0. That is the
    queue as last committed (a lock taken and nothing written yet changes nothing a reader could see: the file, its change
    counter and the absence of a journal say so, and what ``Queue`` learnt is keyed by them), so a true 0, not a read that
    should have waited: a query not asked before waits like any read (409 past ``ICCWATCH_LOCK_WAIT``). Once the holder
    writes (its journal beside the store) the same query is no longer answered from what was learnt: it waits, 409; after
    the commit it answers the new candidate, after a rollback 0 again. A real server, real SQLite."""
    from tests.live_server import serve

    from iccwatch.app import create_app

    q = "/api/v1/monitor/candidates?status=pending"
    monkeypatch.setenv("ICCWATCH_LOCK_WAIT", "0.5")
    monkeypatch.setenv("ICCWATCH_RATE_LIMIT", "0")
    base, server, _ = serve(create_app(Settings.from_env(data_dir=env["data"], db=f"sqlite:///{env['db']}")))
    import httpx

    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            assert c.get(q).json()["total"] == 0
            for end in ("ROLLBACK", "COMMIT"):
                holder = _hold_and_add(env["db"])
                try:
                    held = c.get(q)  # taken, nothing written: the queue as last committed
                    assert held.status_code == 200 and held.json()["total"] == 0, held.text[:300]
                    new = c.get(q.replace("pending", "rejected" if end == "ROLLBACK" else "accepted"))  # not asked before: it reads, waits
                    assert new.status_code == 409 and "is busy" in new.json()["detail"], new.text[:300]
                    _add_one(holder)
                    assert Path(f"{env['db']}-journal").exists()
                    writing = c.get(q)  # a write under way: not answered from what was learnt
                    assert writing.status_code == 409 and "is busy" in writing.json()["detail"], writing.text[:300]
                finally:
                    holder.execute(end)
                    holder.close()
                after = c.get(q).json()
                assert after["total"] == (end == "COMMIT"), after
                assert [i["id"] for i in after["items"]] == (["c49"] if end == "COMMIT" else [])
    finally:
        server.should_exit = True  # type: ignore[attr-defined]


# ------------------------------------------------------------------ the review's check of an accept


def test_an_accepts_check_that_meets_a_file_vanishing_checks_again_or_undoes_the_accept(env: dict[str, Path],
                                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """An accept writes the fact, then checks the whole record: another State's file vanishes under that check (git
    rewriting it). Once: the check reads the folder again and the accept stands. At every read: DataChanging, the file
    written put back as it was, the candidate still pending. Before round 33: 'cannot read' made it a record that would
    not pass the check (a ReviewError naming an error the record has not)."""
    from tests.test_reliability_review import STATE, _announcements, _candidate

    from iccwatch.monitor import review
    from iccwatch.monitor.queue import Queue

    q = Queue(f"sqlite:///{env['db']}")
    try:
        other = next(p for p in sorted((env["data"] / "states").iterdir()) if p.stem != STATE)
        first, second = _candidate(q, 1, state=STATE, date="2020-03-01"), _candidate(q, 2, state=STATE, date="2020-04-01")
        before = _announcements(env["data"])
        hook = _at_loader_read(monkeypatch, Vanish(other))
        review.accept(q, env["data"], first, reviewer="t")
        assert hook.fired == 1 and _announcements(env["data"]) == [*before, "2020-03-01"]
        monkeypatch.undo()
        target = env["data"] / "states" / f"{STATE}.yaml"
        held = target.read_bytes()
        _at_loader_read(monkeypatch, Vanish(other, times=99))
        with pytest.raises(DataChanging, match="the accept was undone"):
            review.accept(q, env["data"], second, reviewer="t")
        monkeypatch.undo()
        assert target.read_bytes() == held
        assert q.get(second)["status"] == "pending"
    finally:
        q.close()


@pytest.mark.parametrize("command", [["data", "sources", "--json"], ["data", "coverage"]])
def test_the_other_data_reports_read_the_folder_still(command: list[str], data_copy: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``data sources`` and ``data coverage`` read the folder as ``data check`` does: a file vanishing under every read
    is refused (exit 2, the folder changing), never reported as a file that cannot be read."""
    from iccwatch.cli import app

    _at_loader_read(monkeypatch, Vanish(data_copy / "states" / "MNG.yaml", times=99))
    r = CliRunner().invoke(app, [*command, "--data", str(data_copy)])
    assert r.exit_code == 2 and "changed while it was read" in r.output, r.output[-800:]
    assert "cannot read" not in r.output
