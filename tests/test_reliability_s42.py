"""Concurrent use, round 25 (session 42): a disk that fills during a write (a small tmpfs of its own), a store held by
another program's transaction, a store cut short by a crash, documents dated in the future (clock skew), two builds
from two data folders, the data folder changed under a running server, bad bodies and slowloris headers at the HTTP
interface, a 10,000-document inbox and the server's memory over 5,000 requests. Real processes, a real HTTP server
(tests/live_server.py, or `iccwatch serve` in a process of its own), real SQLite, on copies of a small record and its
store, or of the whole record's store (never data/). Each test names its scenario (V1 ... of docs/monitor.md,
"Concurrent use, round 25")."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tests.conftest import SLOW_GROUP
from tests.test_reliability_review import STATE, _announcements, _candidate
from tests.test_reliability_s39 import _cli, _done, _env, _review, _serve
from tests.test_reliability_s40 import _rss_kb, _stop
from tests.test_reliability_s41 import _children, _end, _hand_entry, _queued, _server, _temporaries

from iccwatch.dataset.yaml_io import read_yaml, write_yaml
from iccwatch.monitor.queue import Queue

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)


# ------------------------------------------------------------------ a disk of its own, that fills


@contextlib.contextmanager
def _small_disk(where: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` mounted at ``where`` (a real file system that runs out of space: ENOSPC, as a full disk)."""
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)], capture_output=True, text=True)
    if r.returncode:
        pytest.skip(f"a tmpfs cannot be mounted here: {r.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` until it is full (then free ``leave`` bytes); returns the filler (remove it to free the space)."""
    filler = disk / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    if leave:
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - leave))
    return filler


def _disk_env(env: dict[str, Path], disk: Path, what: str) -> dict[str, Path]:
    """The environment's data folder or store moved onto ``disk``."""
    if what == "data":
        shutil.copytree(env["data"], disk / "data")
        return {**env, "data": disk / "data"}
    shutil.copy(env["db"], disk / "store.sqlite")
    return {**env, "db": disk / "store.sqlite"}


def test_v1_an_accept_into_a_data_folder_on_a_full_disk_is_a_clear_error_and_nothing_is_half_written(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4201, state=STATE, date="2013-01-04")
    with _small_disk(env["tmp"] / "disk", 2048) as disk:
        e = _disk_env(env, disk, "data")
        path = e["data"] / "states" / f"{STATE}.yaml"
        before = path.read_bytes()
        filler = _fill(disk)
        (code, out, err), = _done(_review(e, "accept", cid))
        assert code == 2 and f"{STATE}.yaml" in err and "space" in err, (code, out, err)
        assert path.read_bytes() == before and str(q.get(cid)["status"]) == "pending"
        assert _temporaries(e["data"] / "states", e["data"]) == []
        filler.unlink()
        (code, out, err), = _done(_review(e, "accept", cid))
        assert code == 0 and "2013-01-04" in _announcements(e["data"]), (code, out, err)


def test_v2_an_ingest_into_a_store_on_a_full_disk_is_a_clear_error_and_the_store_unchanged(store_copy: Path, tmp_path: Path) -> None:
    doc = tmp_path / "visit.txt"
    doc.write_text("Yoav Gallant arrived in Paris on Monday for a security conference.")
    with _small_disk(tmp_path / "disk", 40 * 1024) as disk:
        db = disk / "store.sqlite"
        shutil.copy(store_copy, db)
        before = db.read_bytes()
        filler = _fill(disk)
        (code, out, err), = _done(_cli("monitor", "ingest", str(doc), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(db)))
        assert code == 2 and "cannot be written" in err and str(db) in err, (code, out, err[-2000:])
        assert db.read_bytes() == before and _temporaries(disk) == []
        filler.unlink()
        (code, out, err), = _done(_cli("monitor", "ingest", str(doc), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(db)))
        assert code == 0, (code, out, err[-2000:])


def test_v3_a_build_into_a_full_disk_is_a_clear_error_and_leaves_the_old_store_and_no_temporary(env: dict[str, Path]) -> None:
    size_kb = env["db"].stat().st_size // 1024
    with _small_disk(env["tmp"] / "disk", size_kb + 512) as disk:
        e = _disk_env(env, disk, "db")
        before = e["db"].read_bytes()
        _fill(disk, leave=64 * 1024)
        (code, out, err), = _done(_cli("data", "build", "--data", str(e["data"]), "--db", str(e["db"])))
        assert code != 0 and str(disk) in err and ("space" in err or "full" in err), (code, out, err[-2000:])
        assert e["db"].read_bytes() == before
        assert sorted(x.name for x in disk.iterdir() if x.name not in ("filler.bin", "store.sqlite", ".store.sqlite.lock")) == []


@pytest.mark.parametrize("what", ["csv", "pdf"])
def test_v4_an_export_or_a_report_to_a_full_disk_is_a_clear_error_and_leaves_the_old_file(env: dict[str, Path], what: str) -> None:
    with _small_disk(env["tmp"] / "disk", 1024) as disk:
        target = disk / ("s.csv" if what == "csv" else "r.pdf")
        old = b"iso3,name\nOLD,an older export\n" if what == "csv" else b"%PDF-1.7 an older report\n%%EOF\n"
        target.write_bytes(old)
        _fill(disk, leave=512)
        args = (("export", "states", "--format", "csv") if what == "csv" else ("report", "state", STATE))
        (code, out, err), = _done(_cli(*args, "--db", str(env["db"]), "--output", str(target)))
        assert code == 2 and target.name in err and "space" in err, (code, out, err[-2000:])
        assert target.read_bytes() == old and sorted(x.name for x in disk.iterdir()) == ["filler.bin", target.name]


# ------------------------------------------------------------------ a store held or damaged by another program


def _sqlite_holder(db: Path, how: str) -> subprocess.Popen[str]:
    """Another program (a backup, a `sqlite3` shell left open) holding a transaction on the store for ten minutes."""
    code = ("import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            f"c.execute({how!r}); c.execute('SELECT count(*) FROM sqlite_master').fetchall(); print('held', flush=True); time.sleep(600)")
    p = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True, env=_env())
    assert p.stdout is not None and p.stdout.readline().strip() == "held"
    return p


@pytest.mark.parametrize("how", ["BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"])
def test_v5_a_reject_while_another_program_holds_a_write_transaction_is_a_clear_error_within_the_wait(env: dict[str, Path], how: str) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4210, state=STATE, date="2013-02-01")
    holder = _sqlite_holder(env["db"], how)
    try:
        t0 = time.monotonic()
        (code, out, err), = _done(_review(env, "reject", cid, "--reason", "rumour", ICCWATCH_LOCK_WAIT="3"), timeout=120)
        took = time.monotonic() - t0
    finally:
        holder.kill()
        holder.communicate()
    assert code == 2 and str(env["db"]) in err and "busy" in err, (code, out, err[-2000:])
    assert took < 60, took
    assert str(q.get(cid)["status"]) == "pending"
    (code, out, err), = _done(_review(env, "reject", cid, "--reason", "rumour"))
    assert code == 0 and str(q.get(cid)["status"]) == "rejected", (code, out, err)


def test_v6_an_ingest_while_another_program_holds_a_write_transaction_is_a_clear_error(store_copy: Path, tmp_path: Path) -> None:
    doc = tmp_path / "visit.txt"
    doc.write_text("Yoav Gallant arrived in Paris on Monday for a security conference.")
    before = _queued(store_copy)
    holder = _sqlite_holder(store_copy, "BEGIN IMMEDIATE")
    try:
        (code, out, err), = _done(_cli("monitor", "ingest", str(doc), "--date", "2025-06-04", "--publisher", "Test Wire",
                                       "--db", str(store_copy), ICCWATCH_LOCK_WAIT="3"), timeout=180)
    finally:
        holder.kill()
        holder.communicate()
    assert code == 2 and str(store_copy) in err and "busy" in err, (code, out, err[-2000:])
    assert _queued(store_copy) == before


def test_v7_an_accept_while_another_program_reads_the_store_for_long_is_a_clear_error_and_the_record_put_back(env: dict[str, Path]) -> None:
    """A long read (a backup copying the store) keeps a writer from committing: the accept, whose State's file is
    written before the queue is marked, must put the file back and say so."""
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4211, state=STATE, date="2013-02-02")
    path = env["data"] / "states" / f"{STATE}.yaml"
    before = path.read_bytes()
    holder = _sqlite_holder(env["db"], "BEGIN")
    try:
        (code, out, err), = _done(_review(env, "accept", cid, ICCWATCH_LOCK_WAIT="3"), timeout=120)
    finally:
        holder.kill()
        holder.communicate()
    if code == 0:  # a reader does not stop this writer (WAL, or the read ended): then the fact is in, once
        assert str(q.get(cid)["status"]) == "accepted" and _announcements(env["data"]).count("2013-02-02") == 1
    else:
        assert code == 2 and str(env["db"]) in err, (code, out, err[-2000:])
        assert path.read_bytes() == before and str(q.get(cid)["status"]) == "pending"


@pytest.mark.parametrize("cut", ["half", "header", "empty"])
def test_v8_a_store_cut_short_by_a_crash_is_named_by_list_reject_and_serve_and_left_as_it_is(env: dict[str, Path], cut: str) -> None:
    data = env["db"].read_bytes()
    env["db"].write_bytes({"half": data[: len(data) // 2], "header": data[:100], "empty": b""}[cut])
    before = env["db"].read_bytes()
    outs = _done(_cli("monitor", "review", "list", "--db", str(env["db"])),
                 _review(env, "reject", "0123456789abcdef", "--reason", "rumour"))
    for code, out, err in outs:
        assert code != 0 and str(env["db"]) in err and ("damaged" in err or "build" in err), (code, out, err[-2000:])
    assert env["db"].read_bytes() == before
    p, _ = _server(env["db"], env["data"])
    code, out, err = _end(p)
    assert code != 0 and "Traceback" not in out + err and str(env["db"]) in err, (code, out[-500:], err[-2000:])
    assert env["db"].read_bytes() == before


def test_v8b_a_mistyped_store_path_is_named_and_no_store_is_made_there(env: dict[str, Path]) -> None:
    missing = env["tmp"] / "no-such" / "store.sqlite"
    missing.parent.mkdir()
    outs = _done(_cli("monitor", "review", "list", "--db", str(missing)), _cli("monitor", "review", "list", "--db", str(missing), "--json"),
                 _review({**env, "db": missing}, "reject", "0123456789abcdef", "--reason", "rumour"))
    for code, out, err in outs:
        assert code == 2 and str(missing) in err and "data build" in err, (code, out, err[-2000:])
    assert list(missing.parent.iterdir()) == []


def test_v8c_sqlites_busy_words_are_a_conflict_naming_the_store_and_the_wait(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from sqlalchemy.exc import OperationalError

    from iccwatch.errors import exit_code
    from iccwatch.store.locks import StoreBusy, StoreUnwritable, unwritable

    db = tmp_path / "store.sqlite"
    monkeypatch.setenv("ICCWATCH_LOCK_WAIT", "7")
    for words in ("database is locked", "database table is locked"):
        said = unwritable(OperationalError("UPDATE x", {}, Exception(words)), db, "nothing was changed in the queue")
        assert isinstance(said, StoreBusy) and exit_code(said) == 2, said
        assert str(db) in str(said) and "7 s" in str(said) and "nothing was changed in the queue" in str(said)
        assert "put back" in str(said.left("put back"))
    assert isinstance(unwritable(OperationalError("x", {}, Exception("database or disk is full")), db, "-"), StoreUnwritable)
    assert unwritable(OperationalError("x", {}, Exception("no such table: ops_candidates")), db, "-") is None


def test_v9_a_build_over_a_store_cut_short_says_so_keeps_it_and_builds_once_it_is_moved_away(env: dict[str, Path]) -> None:
    """The build does not replace a damaged store by itself (its review queue may still be recovered from it): it
    says what is wrong and what to do; once the file is moved away, the build makes a new store."""
    data = env["db"].read_bytes()
    env["db"].write_bytes(data[: len(data) // 2])
    before = env["db"].read_bytes()
    (code, out, err), = _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))
    assert code == 2 and "damaged" in err and "recover" in err and str(env["db"]) in err, (code, out, err[-2000:])
    assert env["db"].read_bytes() == before
    env["db"].rename(env["db"].with_name("store.sqlite.damaged"))
    (code, out, err), = _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))
    assert code == 0, (code, out, err[-2000:])
    (code, out, err), = _done(_cli("monitor", "review", "list", "--db", str(env["db"]), "--json"))
    assert code == 0 and isinstance(json.loads(out), (list, dict))


# ------------------------------------------------------------------ clock skew


def _ingested_dates(db: Path) -> list[str]:
    q = Queue(f"sqlite:///{db}")
    from sqlalchemy import select

    with q.engine.connect() as conn:
        return [str(r.date) for r in conn.execute(select(q.documents.c.date)).all()]


def test_v10_a_file_whose_time_is_in_the_future_is_not_dated_by_it(store_copy: Path, tmp_path: Path) -> None:
    """A file written on a machine whose clock runs a year ahead (or copied with its time kept): its time is no
    publication date; the ingest names the file and reads nothing from it, as for --date in the future."""
    doc = tmp_path / "inbox" / "visit.txt"
    doc.parent.mkdir()
    doc.write_text("Yoav Gallant arrived in Paris on Monday for a security conference.")
    ahead = time.time() + 400 * 86400
    os.utime(doc, (ahead, ahead))
    before = _queued(store_copy)
    (code, out, err), = _done(_cli("monitor", "ingest", str(doc.parent), "--publisher", "Test Wire", "--db", str(store_copy)))
    assert "visit.txt" in err and ("future" in err or "after today" in err), (code, out, err[-2000:])
    assert _queued(store_copy) == before


def test_v11_a_front_matter_date_in_the_future_is_named_and_the_document_not_read(store_copy: Path, tmp_path: Path) -> None:
    doc = tmp_path / "visit.txt"
    doc.write_text('---\ndate: "2099-03-01"\npublisher: "Test Wire"\n---\nYoav Gallant arrived in Paris on Monday for a security conference.\n')
    good = tmp_path / "good.txt"
    good.write_text("Benjamin Netanyahu arrived in Budapest on Thursday for a four-day visit to Hungary.")
    docs0, _, _ = _queued(store_copy)
    (code, out, err), = _done(_cli("monitor", "ingest", str(doc), str(good), "--publisher", "Test Wire", "--db", str(store_copy)))
    assert "visit.txt" in err and ("future" in err or "after today" in err) and "date" in err, (code, out, err[-2000:])
    assert _queued(store_copy)[0] == docs0 + 1  # the good one read, the other not
    assert "2099-03-01" not in _ingested_dates(store_copy)


def test_v12_a_fact_edited_to_a_date_in_the_future_is_not_accepted_and_nothing_is_written(env: dict[str, Path]) -> None:
    """A reviewer's clock or typing puts a fact in the future: the edit is kept (a planned visit's date is ahead), the
    accept of a fact that must have happened is refused naming the date, and the record is left as it was."""
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4220, state=STATE, date="2013-03-01")
    path = env["data"] / "states" / f"{STATE}.yaml"
    before = path.read_bytes()
    assert _done(_review(env, "edit", cid, "--set", "date=2099-01-01"))[0][0] == 0
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code != 0 and "2099-01-01" in err and "future" in err, (code, out, err)
    assert path.read_bytes() == before and str(q.get(cid)["status"]) == "pending"


# ------------------------------------------------------------------ two builds, a data folder changed under the server


def test_v13_two_builds_at_once_from_two_data_folders_leave_one_whole_store(env: dict[str, Path]) -> None:
    other = env["tmp"] / "other"
    shutil.copytree(env["data"], other)
    st = read_yaml(other / "states" / f"{STATE}.yaml")
    st["participation"].append(_hand_entry("2013-04-02"))
    write_yaml(other / "states" / f"{STATE}.yaml", st)
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4230, state=STATE, date="2013-04-01")
    import sqlite3

    with contextlib.closing(sqlite3.connect(env["db"])) as conn:
        rows0 = conn.execute("SELECT count(*) FROM participation").fetchone()[0]
    for _ in range(2):
        outs = _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])),
                     _cli("data", "build", "--data", str(other), "--db", str(env["db"])))
        assert all(c in (0, 2) for c, _, _ in outs) and any(c == 0 for c, _, _ in outs), outs
        with contextlib.closing(sqlite3.connect(env["db"])) as conn:
            marked = conn.execute(f"SELECT count(*) FROM participation WHERE iso3 = '{STATE}' AND date = '2013-04-02'").fetchone()[0]
            rows = conn.execute("SELECT count(*) FROM participation").fetchone()[0]
            built_from = json.loads(conn.execute("SELECT value FROM build_info WHERE key = 'data_dir'").fetchone()[0])
        assert built_from in (str(env["data"]), str(other)), built_from
        assert marked == (built_from == str(other)) == (rows == rows0 + 1), (marked, rows, rows0, built_from)
        assert str(Queue(f"sqlite:///{env['db']}").get(cid)["status"]) == "pending"


def test_v14_the_data_folder_changed_and_broken_under_a_running_server_changes_no_answer(env: dict[str, Path]) -> None:
    paths = ("/api/v1/meta", f"/api/v1/states/{STATE}", "/api/v1/persons", f"/states/{STATE}", "/monitor", "/api/v1/export/participation")
    base, server, t = _serve(env["data"], env["db"])
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            first = {p: c.get(p) for p in paths}
            assert all(r.status_code == 200 for r in first.values())
            (env["data"] / "states" / f"{STATE}.yaml").write_text("participation: [half written\n")
            shutil.rmtree(env["data"] / "persons")
            (env["data"] / "lookups" / "publishers.yaml").write_text("- :\n")
            for _ in range(3):
                for p in paths:
                    r = c.get(p)
                    assert r.status_code == 200 and (r.content == first[p].content or p == "/api/v1/meta"), p
    finally:
        _stop(server, t)


def test_v15_an_accept_and_a_reject_at_the_same_instant_the_loser_is_told_which_decision_won(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    for run in range(2):
        cid = _candidate(q, 4240 + run, state=STATE, date=f"2013-05-0{run + 1}")
        procs = [_review(env, "accept", cid), _review(env, "reject", cid, "--reason", "rumour")]
        outs = _done(*(procs if run == 0 else procs[::-1]))
        won = str(q.get(cid)["status"])
        lost = [err for code, _, err in outs if code != 0]
        assert len(lost) == 1 and won in lost[0], (won, outs)


# ------------------------------------------------------------------ bad bodies, slowloris


UPLOAD = "/api/v1/index?samples=20"


@pytest.mark.parametrize("case", ["yaml", "json", "form", "boundary", "bytes", "big", "huge", "empty", "nofile"])
def test_v16_bad_bodies_to_the_upload_are_a_4xx_with_a_reason_and_others_are_served(env: dict[str, Path], case: str) -> None:
    base, server, t = _serve(env["data"], env["db"])
    try:
        with httpx.Client(base_url=base, timeout=180) as c:
            if case == "yaml":
                r = c.post(UPLOAD, files={"weights": ("w.yaml", b"pillars: [unclosed\n  - : :\n", "application/x-yaml")})
            elif case == "json":
                r = c.post(UPLOAD, content=b'{"weights": {"pillars": ', headers={"content-type": "application/json"})
            elif case == "form":
                r = c.post(UPLOAD, data={"weights": "pillars: {}"})
            elif case == "boundary":
                r = c.post(UPLOAD, content=b"--xyz\r\nContent-Disposition: form-data; name=\"weights\"; filename=\"w.yaml\"\r\n\r\nab",
                           headers={"content-type": "multipart/form-data; boundary=xyz"})
            elif case == "bytes":
                r = c.post(UPLOAD, files={"weights": ("w.yaml", bytes(range(256)) * 40, "application/octet-stream")})
            elif case == "big":
                r = c.post(UPLOAD, files={"weights": ("w.yaml", b"# x\n" * 800_000, "application/x-yaml")})
            elif case == "huge":
                r = c.post(UPLOAD, content=b"a" * 60_000_000, headers={"content-type": "multipart/form-data; boundary=xyz"})
            elif case == "empty":
                r = c.post(UPLOAD, files={"weights": ("w.yaml", b"", "application/x-yaml")})
            else:
                r = c.post(UPLOAD, content=b"", headers={"content-type": "multipart/form-data; boundary=xyz"})
            assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
            assert r.headers.get("content-type", "").startswith("application/json") and r.json(), r.text[:300]
            assert c.get("/api/v1/meta").status_code == 200
    finally:
        _stop(server, t)


def test_v17_a_request_body_shorter_than_its_content_length_then_a_close_leaves_the_server_answering(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    host, port = base.removeprefix("http://").split(":")
    try:
        for target in (UPLOAD, "/api/v1/meta"):
            for _ in range(10):
                with socket.create_connection((host, int(port)), timeout=10) as s:
                    s.sendall(f"POST {target} HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=xyz\r\n"
                              f"Content-Length: 1000000\r\n\r\n--xyz\r\n".encode())
        with socket.create_connection((host, int(port)), timeout=10) as s:  # a GET with a body of 5 MB
            s.sendall(b"GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\nConnection: close\r\n\r\n")
            got = b""
            with contextlib.suppress(OSError):  # the server may answer and close without reading the body: a reset here
                for _ in range(500):
                    s.sendall(b"a" * 10_000)
            with contextlib.suppress(OSError):
                got = s.recv(200)
        assert got == b"" or got.startswith(b"HTTP/1.1 "), got
        assert httpx.get(base + "/api/v1/meta", timeout=30).status_code == 200
    finally:
        _stop(server, t)


def test_v18_slowloris_connections_sending_endless_headers_do_not_hold_up_the_others(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    host, port = base.removeprefix("http://").split(":")
    stop = threading.Event()
    closed: list[bytes] = []

    def loris(k: int) -> None:
        try:
            with socket.create_connection((host, int(port)), timeout=30) as s:
                s.sendall(b"GET /api/v1/meta HTTP/1.1\r\nHost: x\r\n")
                i = 0
                while not stop.is_set():
                    s.sendall(f"X-Loris-{k}-{i}: {'a' * 200}\r\n".encode())
                    i += 1
                    stop.wait(0.05)
        except OSError:  # the server closed it (a header over its limit): what it should do
            closed.append(b"closed")

    ts = [threading.Thread(target=loris, args=(k,)) for k in range(60)]
    for th in ts:
        th.start()
    try:
        times = []
        with httpx.Client(base_url=base, timeout=60) as c:
            for _ in range(20):
                t0 = time.monotonic()
                assert c.get("/api/v1/meta").status_code == 200
                times.append(time.monotonic() - t0)
                time.sleep(0.2)
    finally:
        stop.set()
        for th in ts:
            th.join(timeout=60)
        _stop(server, t)
    print(f"answer times with 60 slowloris connections (s): max {max(times):.2f}, median {sorted(times)[10]:.2f}; closed by the server: {len(closed)}")
    assert max(times) < 10, times
    assert len(closed) == 60, len(closed)  # each endless header is cut off by the server


# ------------------------------------------------------------------ a very large inbox, memory


def test_v19_a_10000_document_inbox_is_read_in_bounded_memory_and_time(store_copy: Path, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    people = ["Yoav Gallant", "Vladimir Putin", "Omar al-Bashir", "Benjamin Netanyahu"]
    places = ["Paris", "Ulaanbaatar", "Nairobi", "Budapest", "Madrid", "Rome"]
    for k in range(10_000):
        (inbox / f"{k:05d}.txt").write_text(f"Report {k}: {people[k % 4]} arrived in {places[k % 6]} on Monday for talks number {k}.")
    docs0, _, _ = _queued(store_copy)
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, "-c", "import resource, runpy, sys; sys.argv = ['iccwatch'] + sys.argv[1:]\n"
                          "try:\n    runpy.run_module('iccwatch', run_name='__main__')\nfinally:\n"
                          "    print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)",
                          "monitor", "ingest", str(inbox), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(store_copy)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    out, err = p.communicate(timeout=3600)
    took = time.monotonic() - t0
    maxrss = int(err.rsplit("MAXRSS", 1)[1].split()[0])
    docs, _, n = _queued(store_copy)
    print(f"10,000 documents: {took:.0f} s, peak RSS {maxrss:,} kB, {docs - docs0} documents stored, {n} candidates")
    assert p.returncode == 0 and "Traceback" not in err, err[-2000:]
    assert docs - docs0 == 10_000
    assert maxrss < 1_500_000, maxrss  # 1.5 GB: the whole inbox must not be held many times over
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0


def test_v20_the_servers_memory_levels_off_over_5000_mixed_requests(env: dict[str, Path]) -> None:
    p, base = _server(env["db"], env["data"])
    words = ["court", "arrest", "visit", "warrant", "Mongolia", "Putin", "withdrawal", "summit", "état", "détention"]
    paths = ["/api/v1/meta", "/api/v1/states", f"/api/v1/states/{STATE}", "/api/v1/persons", "/", "/monitor",
             "/api/v1/monitor/candidates?status=all", "/api/v1/export/participation", f"/states/{STATE}", "/api/v1/states/XXX",
             "/api/v1/search?q=%00%ff", "/states/%00"]
    levels: list[int] = []
    import random

    rng = random.Random(42)
    try:
        with httpx.Client(base_url=base, timeout=240) as c:
            for i in range(5000):
                if i % 97 == 0:
                    r = c.post(UPLOAD, files={"weights": ("w.yaml", f"pillars: [{i}\n".encode(), "application/x-yaml")})
                elif i % 3 == 0:
                    r = c.get(f"/api/v1/search?q={rng.choice(words)}+{rng.randrange(10**6)}")
                elif i % 13 == 0:
                    r = c.get(f"/api/v1/question?q=Must+Mongolia+arrest+Putin+on+{1 + i % 28}+May+{2000 + i % 25}%3F")
                else:
                    r = c.get(rng.choice(paths))
                assert r.status_code < 500, (i, r.status_code)
                if (i + 1) % 1000 == 0:
                    levels.append(_rss_kb(p.pid) + sum(_rss_kb(int(k)) for k in _children(p.pid)))
    finally:
        _end(p)
    print(f"RSS (server and its children) after 1000, 2000, 3000, 4000 and 5000 requests (kB): {levels}")
    assert levels[4] - levels[2] < 16 * 1024, levels  # under 16 MB over the last 2000 requests: levelled off
