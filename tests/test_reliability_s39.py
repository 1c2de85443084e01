"""Concurrent use, round 22 (session 39): races and interruptions with real processes and a real HTTP server, on
copies of a small record and its store (never data/). Each test names its scenario (S1 ... S30 of docs/monitor.md,
"Concurrent use, round 22"); what each one holds to: nothing lost, nothing written twice, no file left half
written, no hang, and a clear message for the one that loses."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import yaml
from tests.conftest import SLOW_GROUP
from tests.live_server import serve
from tests.test_reliability_review import STATE, _announcements, _candidate

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import Candidate, Evidence
from iccwatch.monitor.queue import Queue
from iccwatch.store import build_store

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)  # processes of their own: seconds each, started first

SRC = Path(__file__).parents[1] / "src"
RNG = random.Random(39)  # the kill moments: varied, the same on every run


# ------------------------------------------------------------------ set-up


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC), "OMP_NUM_THREADS": "1", **extra}


def _cli(*args: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "iccwatch", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env(**extra))


def _review(e: dict[str, Path], verb: str, cid: str, *extra: str, **envvars: str) -> subprocess.Popen[str]:
    return _cli("monitor", "review", verb, cid, *extra, "--data", str(e["data"]), "--db", str(e["db"]), **envvars)


def _done(*procs: subprocess.Popen[str], timeout: float = 240) -> list[tuple[int, str, str]]:
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=timeout)
        outs.append((p.returncode, out, err))
    assert not any("Traceback" in out + err for _, out, err in outs), outs
    return outs


def _holder(path: Path) -> subprocess.Popen[str]:
    """A live process that takes a file lock and keeps it (a reviewer or a build that is stuck)."""
    code = ("import sys, time; from filelock import FileLock; l = FileLock(sys.argv[1]); l.acquire(); "
            "print('held', flush=True); time.sleep(600)")
    p = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True, env=_env())
    assert p.stdout is not None and p.stdout.readline().strip() == "held"
    return p


def _audit(q: Queue, action: str, cid: str) -> int:
    from sqlalchemy import func, select

    with q.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(q.audit).where(q.audit.c.action == action, q.audit.c.target == cid)).scalar_one())


def _errors(data: Path) -> list[str]:
    _, problems = check_dataset(data)
    return [str(p) for p in problems if p.severity == "error"]


def _serve(data: Path, db: Path) -> tuple[str, object, threading.Thread]:
    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    return serve(create_app(Settings(data_dir=data, db_url=f"sqlite:///{db}")))


def _clients(base: str, paths: tuple[str, ...], n: int, stop: threading.Event) -> tuple[list[int], list[str], list[threading.Thread]]:
    """n clients asking the server in turn for each path until told to stop; every status and every body that is not
    whole JSON (an API answer cut short) is kept."""
    codes: list[int] = []
    bad: list[str] = []
    lock = threading.Lock()

    def client(k: int) -> None:
        with httpx.Client(base_url=base, timeout=120) as c:
            i = k
            while not stop.is_set() or i < k + len(paths):
                path = paths[i % len(paths)]
                r = c.get(path)
                with lock:
                    codes.append(r.status_code)
                    if path.startswith("/api/"):
                        try:
                            r.json()
                        except ValueError:
                            bad.append(f"{path}: {r.text[:200]}")
                i += 1
                stop.wait(0.02)

    ts = [threading.Thread(target=client, args=(k,)) for k in range(n)]
    for t in ts:
        t.start()
    return codes, bad, ts


# ------------------------------------------------------------------ accepts and rejects in processes


def test_s1_two_processes_accepting_the_same_candidate_write_it_once(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 3901, state=STATE, date="2016-01-11")
    outs = _done(_review(env, "accept", cid), _review(env, "accept", cid))
    assert sorted(code for code, _, _ in outs) == [0, 2], outs
    loser = next(err for code, _, err in outs if code == 2)
    assert "already accepted" in loser, loser
    assert _announcements(env["data"]).count("2016-01-11") == 1
    assert q.get(cid)["status"] == "accepted" and _audit(q, "accepted", cid) == 1


def test_s2_two_processes_accepting_two_candidates_into_one_file_keep_both(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    a = _candidate(q, 3902, state=STATE, date="2016-02-12")
    b = _candidate(q, 3903, state=STATE, date="2016-03-13")
    outs = _done(_review(env, "accept", a), _review(env, "accept", b))
    assert [code for code, _, _ in outs] == [0, 0], outs
    got = _announcements(env["data"])
    assert got.count("2016-02-12") == 1 and got.count("2016-03-13") == 1
    assert {q.get(a)["status"], q.get(b)["status"]} == {"accepted"} and _errors(env["data"]) == []


def test_s3_three_processes_accepting_into_two_files_keep_all(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    wanted = [("NLD", "2016-04-10"), ("MNG", "2016-04-11"), ("NLD", "2016-04-12")]
    cids = [_candidate(q, 3904 + i, state=iso3, date=date) for i, (iso3, date) in enumerate(wanted)]
    outs = _done(*(_review(env, "accept", cid) for cid in cids))
    assert [code for code, _, _ in outs] == [0, 0, 0], outs
    for iso3, date in wanted:
        dates = [a["date"] for a in read_yaml(env["data"] / "states" / f"{iso3}.yaml")["participation"] if a["action"] == "withdrawal_announced"]
        assert dates.count(date) == 1, (iso3, dates)
    assert _errors(env["data"]) == []


def test_s4_an_accept_while_data_build_runs_in_another_process_keeps_fact_and_mark(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 3910 + i, state=STATE, date=f"2015-0{i + 1}-05") for i in range(2)]
    build = _cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"]))
    time.sleep(0.5)
    outs = _done(_review(env, "accept", cids[0]), build, _review(env, "accept", cids[1]))
    assert [code for code, _, _ in outs] == [0, 0, 0], outs
    build_store(env["data"], f"sqlite:///{env['db']}")  # one more build: the queue's marks survive it
    q = Queue(f"sqlite:///{env['db']}")
    assert [q.get(c)["status"] for c in cids] == ["accepted", "accepted"]
    assert [_audit(q, "accepted", c) for c in cids] == [1, 1]
    assert sorted(d for d in _announcements(env["data"]) if d.startswith("2015-0")) == ["2015-01-05", "2015-02-05"]


def test_s5_two_processes_rejecting_the_same_candidate_reject_it_once(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 3920, state=STATE, date="2014-01-01")
    outs = _done(_review(env, "reject", cid, "--reason", "rumour"), _review(env, "reject", cid, "--reason", "rumour"))
    assert sorted(code for code, _, _ in outs) == [0, 2], outs
    assert "already rejected" in next(err for code, _, err in outs if code == 2)
    assert q.get(cid)["status"] == "rejected" and _audit(q, "rejected", cid) == 1
    assert "2014-01-01" not in _announcements(env["data"])


def test_s6_an_edit_racing_an_accept_leaves_the_record_as_the_queue_says(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 3921, state=STATE, date="2014-02-02")
    outs = _done(_review(env, "accept", cid), _review(env, "edit", cid, "--set", "date=2014-02-03"))
    assert outs[0][0] == 0, outs
    row = q.get(cid)
    got = [d for d in _announcements(env["data"]) if d.startswith("2014-02")]
    if outs[1][0] == 0:  # the edit came first: the accept wrote the edited date
        assert row["payload"]["date"] == "2014-02-03" and got == ["2014-02-03"]
    else:
        assert "already accepted" in outs[1][2] and row["payload"]["date"] == "2014-02-02" and got == ["2014-02-02"]


def test_s7_two_edits_of_one_candidate_at_once_keep_both(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 3922, state=STATE, date="2014-03-03")
    outs = _done(_review(env, "edit", cid, "--set", "date=2014-03-04"), _review(env, "edit", cid, "--set", "state=MNG"))
    assert [code for code, _, _ in outs] == [0, 0], outs
    payload = q.get(cid)["payload"]
    assert (payload["date"], payload["state"]) == ("2014-03-04", "MNG")
    assert _audit(q, "edit", cid) == 2


# ------------------------------------------------------------------ ingest


def test_s8_s9_ingests_at_once_store_a_document_once_and_a_fact_reported_twice_once_pending(tmp_path: Path, store_copy: Path) -> None:
    """S8: two processes ingest the same document; S9: a third ingests another report of the same visit. One document
    row for the first, its candidates once, one pending visit among the reports (the later one a duplicate of the
    queue), and one alert."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Yoav Gallant arrived in Paris on Monday for a security conference.")
    b.write_text("Report two. Yoav Gallant arrived in Paris on Monday for a security conference, officials said.")
    args = ("--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(store_copy), "--json")
    outs = _done(_cli("monitor", "ingest", str(a), *args), _cli("monitor", "ingest", str(a), *args), _cli("monitor", "ingest", str(b), *args))
    assert [code for code, _, _ in outs] == [0, 0, 0], outs
    q = Queue(f"sqlite:///{store_copy}")
    visits = [r for r in q.entries() if r["type"] == "visit"]
    assert len({r["document_id"] for r in visits}) == 2 and len(visits) == 2, visits
    assert sorted(r["status"] for r in visits) == ["duplicate", "pending"], [(r["status"], r["duplicate_of"]) for r in visits]
    assert len(q.list_alerts()) == 1


def test_s10_the_queue_itself_marks_a_fact_already_queued_by_another_document(env: dict[str, Path]) -> None:
    """The mechanism behind S9: an ingest's de-duplication is read before its write, so another process may queue the
    same fact in between; the queue checks again inside its write transaction."""
    q = Queue(f"sqlite:///{env['db']}")
    made = []
    for n in (1, 2):
        text = f"Report {n}: Vladimir Putin arrived in Mongolia."
        doc = make_document(text, url=f"https://news.example.org/s10-{n}", title=f"S10 {n}", publisher="Test Wire", date="2024-09-03")
        c = Candidate(id=f"{0x3930 + n:016x}", document=doc.id, type="visit", person="vladimir-vladimirovich-putin", state="MNG",
                      date="2024-09-02", evidence=Evidence(sentence=text, start=0, end=len(text)), confidence=0.9, method="test")
        assert q.add(doc, [(c, None)]) == 1  # each was new when its process read the queue
        made.append(c.id)
    first, second = (q.get(c) for c in made)
    assert (first["status"], second["status"], second["duplicate_of"]) == ("pending", "duplicate", "queue")
    audit = [r for r in _audit_rows(q) if r["action"] == "ingest"]
    assert [r["detail"]["candidates"] for r in audit] == [1, 1]


def _audit_rows(q: Queue) -> list[dict[str, object]]:
    from sqlalchemy import select

    with q.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(q.audit).order_by(q.audit.c.id))]


# ------------------------------------------------------------------ a real server under load


def test_s11_20_http_clients_read_the_queue_while_processes_accept_and_build(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 3940 + i, state=STATE, date=f"2013-0{i + 1}-07") for i in range(3)]
    base, server, t = _serve(env["data"], env["db"])
    stop = threading.Event()
    codes, bad, ts = _clients(base, ("/api/v1/monitor/candidates?status=all", "/api/v1/monitor/alerts", "/monitor?status=all",
                                     "/api/v1/meta"), 20, stop)
    try:
        outs = _done(_review(env, "accept", cids[0]), _review(env, "accept", cids[1]),
                     _cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])),
                     _review(env, "reject", cids[2], "--reason", "rumour"))
        assert [code for code, _, _ in outs] == [0, 0, 0, 0], outs
        with httpx.Client(base_url=base, timeout=60) as c:
            items = c.get("/api/v1/monitor/candidates?status=all").json()["items"]
    finally:
        stop.set()
        for x in ts:
            x.join(timeout=120)
        server.should_exit = True  # type: ignore[attr-defined]
        t.join(timeout=20)
    assert codes and set(codes) == {200} and bad == [], (sorted(set(codes)), bad[:3])
    status = {i["id"]: i["status"] for i in items}
    assert [status[c] for c in cids] == ["accepted", "accepted", "rejected"]


def test_s12_20_http_clients_during_two_builds_get_whole_answers_from_one_store_or_the_other(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    with httpx.Client(base_url=base, timeout=60) as c:
        before = c.get("/api/v1/meta").json()["counts"]
    stop = threading.Event()
    codes, bad, ts = _clients(base, ("/api/v1/meta", "/api/v1/states", "/api/v1/persons"), 20, stop)
    try:
        outs = _done(*(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])) for _ in range(2)))
        assert [code for code, _, _ in outs] == [0, 0], outs
    finally:
        stop.set()
        for x in ts:
            x.join(timeout=120)
        with httpx.Client(base_url=base, timeout=60) as c:
            after = c.get("/api/v1/meta").json()["counts"]
        server.should_exit = True  # type: ignore[attr-defined]
        t.join(timeout=20)
    assert codes and set(codes) == {200} and bad == [], (sorted(set(codes)), bad[:3])
    assert after == before
    assert sorted(p.name for p in env["tmp"].iterdir() if "building" in p.name) == []


# ------------------------------------------------------------------ killed in the middle


def test_s13_an_accept_killed_at_any_moment_leaves_a_whole_file_and_a_queue_that_agrees(env: dict[str, Path]) -> None:
    """SIGKILL at varied moments (before, during and after the write): the State's file parses and is the old one or
    the old one with the fact; afterwards a reject of the same candidate either reconciles it (the fact was written:
    'already accepted') or rejects it (the fact was not)."""
    q = Queue(f"sqlite:///{env['db']}")
    path = env["data"] / "states" / f"{STATE}.yaml"
    for run in range(4):
        date = f"2012-0{run + 1}-09"
        cid = _candidate(q, 3950 + run, state=STATE, date=date)
        before = path.read_bytes()
        p = _review(env, "accept", cid)
        time.sleep(RNG.uniform(1.0, 3.5))
        p.send_signal(signal.SIGKILL)
        p.communicate()
        now = read_yaml(path)  # never half written
        written = [a for a in now["participation"] if a.get("date") == date]
        assert len(written) <= 1
        if not written:
            assert path.read_bytes() == before
        (code, _, err), = _done(_review(env, "reject", cid, "--reason", "after a crash"))
        assert q.get(cid)["status"] == ("accepted" if written else "rejected"), (run, code, err)
        assert code == (2 if written else 0), err
    assert _errors(env["data"]) == []  # the killed writers' hidden temporaries (if any) are not read as records


def test_s14_a_lock_left_by_a_killed_process_is_taken_at_once(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 3960, state=STATE, date="2011-01-01")
    holder = _holder(env["data"] / ".review.lock")
    holder.kill()
    holder.wait()
    assert (env["data"] / ".review.lock").exists()  # the file stays; the lock died with its process
    # "at once": the accept may not wait for the lock at all (a wait of 0 s fails at the first try on a held lock, as
    # S15 shows), so no clock is read; session 43: the clock bound (30 s for the whole command, with a 60 s wait) failed
    # under load, the accept's own run (start-up, the record's check, the commit) taking 42 s on two busy cores
    (code, _, err), = _done(_review(env, "accept", cid, ICCWATCH_LOCK_WAIT="0"))
    assert code == 0, err


@pytest.mark.parametrize("which", ["review", "store"])
def test_s15_s16_a_lock_held_by_a_stuck_process_is_a_clear_error_after_the_wait_not_a_hang(env: dict[str, Path], which: str) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 3961, state=STATE, date="2011-02-02")
    before = (env["data"] / "states" / f"{STATE}.yaml").read_bytes()
    lock = env["data"] / ".review.lock" if which == "review" else env["tmp"] / ".store.sqlite.lock"
    holder = _holder(lock)
    try:
        p = _review(env, "reject", cid, "--reason", "rumour", ICCWATCH_LOCK_WAIT="2")
        (code, out, err), = _done(p, timeout=60)
    finally:
        holder.kill()
        holder.wait()
    assert code == 2, (code, out, err)
    assert lock.name in err and "another process" in err and "nothing was changed" in err, err
    assert q.get(cid)["status"] == "pending"
    assert (env["data"] / "states" / f"{STATE}.yaml").read_bytes() == before


def test_s17_a_build_while_a_stuck_process_holds_the_store_lock_is_a_clear_error_and_the_store_unchanged(env: dict[str, Path]) -> None:
    before = env["db"].read_bytes()
    holder = _holder(env["tmp"] / ".store.sqlite.lock")
    try:
        (code, out, err), = _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"]), ICCWATCH_LOCK_WAIT="2"), timeout=90)
    finally:
        holder.kill()
        holder.wait()
    assert code != 0 and ".store.sqlite.lock" in err and "another process" in err, (code, out, err)
    assert env["db"].read_bytes() == before
    assert sorted(p.name for p in env["tmp"].iterdir() if "building" in p.name) == []


@pytest.mark.parametrize("value", ["abc", "-1", "nan"])
def test_s18_a_bad_lock_wait_is_named_and_changes_nothing(env: dict[str, Path], value: str) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 3962, state=STATE, date="2011-03-03")
    (code, _, err), = _done(_review(env, "accept", cid, ICCWATCH_LOCK_WAIT=value))
    assert code == 2 and "ICCWATCH_LOCK_WAIT" in err, err
    assert q.get(cid)["status"] == "pending" and "2011-03-03" not in _announcements(env["data"])


def test_s19_a_lock_path_that_is_a_folder_is_a_clear_error(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 3963, state=STATE, date="2011-04-04")
    (env["data"] / ".review.lock").mkdir()
    (code, _, err), = _done(_review(env, "accept", cid))
    assert code == 2 and ".review.lock" in err and "nothing was changed" in err, err
    assert q.get(cid)["status"] == "pending" and "2011-04-04" not in _announcements(env["data"])


def test_s20_a_build_killed_midway_leaves_the_old_store_whole_and_the_next_build_clean(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 3964, state=STATE, date="2010-01-01")
    for delay in (1.5, 2.5, 3.5):
        p = _cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"]))
        time.sleep(delay)
        p.kill()
        p.communicate()
        assert Queue(f"sqlite:///{env['db']}").get(cid)["status"] == "pending"  # the store opens, the queue is there
    build_store(env["data"], f"sqlite:///{env['db']}")
    assert Queue(f"sqlite:///{env['db']}").get(cid)["status"] == "pending"
    assert sorted(p.name for p in env["tmp"].iterdir() if "building" in p.name) == []


def test_s21_a_yaml_writer_killed_at_any_moment_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    code = ("import sys; from pathlib import Path; from iccwatch.dataset.yaml_io import write_yaml\n"
            "p = Path(sys.argv[1]); i = 0\n"
            "while True:\n    i += 1; write_yaml(p, {'n': i, 'rows': [{'k': i, 'v': 'x' * 200}] * 3000})\n")
    for _ in range(3):
        p = subprocess.Popen([sys.executable, "-c", code, str(path)], env=_env())
        time.sleep(RNG.uniform(1.5, 3.0))
        p.kill()
        p.wait()
        if path.exists():
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            assert len(data["rows"]) == 3000 and data["rows"][-1]["k"] == data["n"]


# ------------------------------------------------------------------ checks and exports while the record changes


def test_s22_two_data_checks_at_once_agree(env: dict[str, Path]) -> None:
    outs = _done(*(_cli("data", "check", "--data", str(env["data"])) for _ in range(2)))
    assert [code for code, _, _ in outs] == [0, 0] and outs[0][1] == outs[1][1], outs


def test_s23_data_checks_while_accepts_write_never_see_half_a_file(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 3970 + i, state=STATE, date=f"2009-0{i + 1}-10") for i in range(2)]
    accepts = [_review(env, "accept", c) for c in cids]
    checks = [_cli("data", "check", "--data", str(env["data"])) for _ in range(2)]
    outs = _done(*accepts, *checks)
    assert all(code == 0 for code, _, _ in outs), outs


def test_s24_exports_while_the_record_changes_are_each_whole(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 3980 + i, state=STATE, date=f"2008-0{i + 1}-10") for i in range(2)]
    out = env["tmp"] / "states.json"
    procs = [_review(env, "accept", c) for c in cids]
    procs.append(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))
    procs += [_cli("export", "states", "--format", "json", "--output", str(out), "--db", str(env["db"])) for _ in range(2)]
    outs = _done(*procs)
    assert all(code == 0 for code, _, _ in outs), outs
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(rows, list) and any(r.get("iso3", r.get("id")) == STATE for r in rows)
    assert [p.name for p in env["tmp"].iterdir() if p.name.startswith(".states.json")] == []


def test_s25_an_export_killed_midway_leaves_the_previous_file(env: dict[str, Path]) -> None:
    out = env["tmp"] / "persons.csv"
    out.write_text("previous\n")
    for _ in range(3):
        p = _cli("export", "persons", "--format", "csv", "--output", str(out), "--db", str(env["db"]))
        time.sleep(RNG.uniform(1.0, 2.5))
        p.kill()
        p.communicate()
        text = out.read_text(encoding="utf-8")
        assert text == "previous\n" or text.count("\n") >= 2, text[:200]
        out.write_text("previous\n")


def test_s26_two_servers_starting_on_a_store_without_queue_tables_both_start(env: dict[str, Path]) -> None:
    import sqlite3

    con = sqlite3.connect(env["db"])
    for table in ("ops_alerts", "ops_audit", "ops_candidates", "ops_documents", "alembic_version"):
        con.execute(f"DROP TABLE {table}")
    con.commit()
    con.close()
    code = ("import sys; from pathlib import Path; from iccwatch.app import create_app; from iccwatch.settings import Settings\n"
            "create_app(Settings(data_dir=Path(sys.argv[1]), db_url='sqlite:///' + sys.argv[2])); print('up')\n")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(env["data"]), str(env["db"])], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env()) for _ in range(3)]
    outs = _done(*procs)
    assert [(c, o.strip()) for c, o, _ in outs] == [(0, "up")] * 3, outs
    q = Queue(f"sqlite:///{env['db']}")
    assert q.entries() == []


def test_s27_two_builds_at_once_keep_every_queued_candidate(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 3990 + i, state=STATE, date=f"2007-0{i + 1}-10") for i in range(3)]
    builds = [_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])) for _ in range(2)]
    time.sleep(0.3)
    late = _candidate(Queue(f"sqlite:///{env['db']}"), 3999, state=STATE, date="2007-09-10")  # queued during the builds
    outs = _done(*builds)
    assert [code for code, _, _ in outs] == [0, 0], outs
    q = Queue(f"sqlite:///{env['db']}")
    assert [q.get(c)["status"] for c in [*cids, late]] == ["pending"] * 4


# ------------------------------------------------------------------ the queue's own transactions


_ADD = ("import sys; from iccwatch.monitor.queue import Queue; from iccwatch.monitor.documents import make_document\n"
        "from iccwatch.monitor.extract import Candidate, Evidence\n"
        "q = Queue('sqlite:///' + sys.argv[1]); text = 'Vladimir Putin arrived in Mongolia.'\n"
        "doc = make_document(text, url='https://news.example.org/s28', title='S28', publisher='Test Wire', date='2024-09-03')\n"
        "cs = [Candidate(id=f'{0x3a00 + i:016x}', document=doc.id, type='visit', person='vladimir-vladimirovich-putin', state='MNG',"
        " date=f'2024-09-0{i + 1}', evidence=Evidence(sentence=text, start=0, end=len(text)), confidence=0.9, method='test') for i in range(3)]\n"
        "print(q.add(doc, [(c, None) for c in cs]))\n")


def test_s28_the_same_document_queued_by_three_processes_at_once_is_stored_once(env: dict[str, Path]) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", _ADD, str(env["db"])], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=_env()) for _ in range(3)]
    outs = _done(*procs)
    assert sorted(int(o) for _, o, _ in outs) == [0, 0, 3], outs
    q = Queue(f"sqlite:///{env['db']}")
    assert len(q.entries()) == 3 and len({r["document_id"] for r in q.entries()}) == 1


def test_s29_a_writer_killed_inside_its_transaction_leaves_nothing_and_blocks_nobody(env: dict[str, Path]) -> None:
    code = ("import sys, time; from sqlalchemy import insert; from iccwatch.monitor.queue import Queue\n"
            "q = Queue('sqlite:///' + sys.argv[1])\n"
            "with q.write() as conn:\n"
            "    conn.execute(insert(q.audit).values(at='x', actor='killed', action='half', target='t', detail=None))\n"
            "    print('inside', flush=True); time.sleep(600)\n")
    p = subprocess.Popen([sys.executable, "-c", code, str(env["db"])], stdout=subprocess.PIPE, text=True, env=_env())
    assert p.stdout is not None and p.stdout.readline().strip() == "inside"
    p.kill()
    p.wait()
    q = Queue(f"sqlite:///{env['db']}")
    t0 = time.monotonic()
    cid = _candidate(q, 0x3A01, state=STATE, date="2006-01-01")
    assert time.monotonic() - t0 < 20 and q.get(cid)["status"] == "pending"
    assert [r for r in _audit_rows(q) if r["action"] == "half"] == []


def test_s30_review_lists_while_accepts_write_are_each_whole_json(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 0x3A10 + i, state=STATE, date=f"2005-0{i + 1}-10") for i in range(2)]
    procs = [_review(env, "accept", c) for c in cids]
    lists = [_cli("monitor", "review", "list", "--status", "all", "--json", "--db", str(env["db"])) for _ in range(2)]
    outs = _done(*procs, *lists)
    assert all(code == 0 for code, _, _ in outs), outs
    for _, out, _ in outs[2:]:
        ids = {r["id"] for r in json.loads(out)}
        assert set(cids) <= ids
