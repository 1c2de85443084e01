"""Concurrent use, round 23 (session 40): a review team, a server under many readers, the CLI while the server runs,
bad input at the interfaces and the server's memory; real processes, a real HTTP server (tests/live_server.py, or
`iccwatch serve` in a process of its own), real SQLite, on copies of a small record and its store (never data/). Each
test names its scenario (T1 ... of docs/monitor.md, "Concurrent use, round 23")."""

from __future__ import annotations

import contextlib
import os
import random
import signal
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
from tests.live_server import wait_answering
from tests.test_reliability_review import STATE, _announcements, _candidate
from tests.test_reliability_s39 import _audit, _cli, _clients, _done, _env, _review, _serve

from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.monitor.queue import Queue

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)

RNG = random.Random(40)


@contextlib.contextmanager
def _immutable(*paths: Path) -> Iterator[None]:
    """Folders or files no process may change (``chattr +i``: also binds root, as a read-only or full disk does)."""
    done: list[Path] = []
    try:
        for p in paths:
            r = subprocess.run(["chattr", "+i", str(p)], capture_output=True, text=True)
            if r.returncode:
                pytest.skip(f"chattr +i not possible here: {r.stderr.strip()}")
            done.append(p)
        yield
    finally:
        for p in done:
            subprocess.run(["chattr", "-i", str(p)], check=True)


def _status(q: Queue, cid: str) -> str:
    return str(q.get(cid)["status"])


def _no_traceback(*outs: tuple[int, str, str]) -> None:
    for _, out, err in outs:
        assert "Traceback" not in out + err, (out, err)


def _stop(server: object, t: threading.Thread) -> None:
    server.should_exit = True  # type: ignore[attr-defined]
    t.join(timeout=20)


def _get_served(env: dict[str, Path], path: str) -> httpx.Response:
    """One GET of ``path`` from a real server on the environment's record and store, started and stopped around it."""
    base, server, t = _serve(env["data"], env["db"])
    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            return c.get(path)
    finally:
        _stop(server, t)


# ------------------------------------------------------------------ a review team


def test_t1_two_reviewers_edit_different_fields_then_both_accept(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4001, state=STATE, date="2011-05-04")
    outs = _done(_review(env, "edit", cid, "--set", "date=2011-05-05"), _review(env, "edit", cid, "--set", "state=MNG"))
    assert [c for c, _, _ in outs] == [0, 0], outs
    outs = _done(_review(env, "accept", cid), _review(env, "accept", cid))
    assert sorted(c for c, _, _ in outs) == [0, 2], outs
    got = [a["date"] for a in read_yaml(env["data"] / "states" / "MNG.yaml")["participation"] if a["action"] == "withdrawal_announced"]
    assert got.count("2011-05-05") == 1 and "2011-05-05" not in _announcements(env["data"])
    assert _status(q, cid) == "accepted" and _audit(q, "accepted", cid) == 1


def test_t2_an_accept_and_a_reject_of_one_candidate_at_once_leave_queue_and_record_agreeing(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    for run in range(3):
        date = f"2011-0{run + 1}-21"
        cid = _candidate(q, 4010 + run, state=STATE, date=date)
        procs = [_review(env, "accept", cid), _review(env, "reject", cid, "--reason", "rumour")]
        if run % 2:
            procs.reverse()
        outs = _done(*procs)
        assert sorted(c for c, _, _ in outs) == [0, 2], outs
        assert (_status(q, cid) == "accepted") == (date in _announcements(env["data"])), run
        assert _announcements(env["data"]).count(date) <= 1


def test_t3_an_edit_after_the_accept_is_refused_and_changes_nothing(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4020, state=STATE, date="2011-06-01")
    assert _done(_review(env, "accept", cid))[0][0] == 0
    before = (env["data"] / "states" / f"{STATE}.yaml").read_bytes()
    (code, out, err), = _done(_review(env, "edit", cid, "--set", "date=2011-06-02"))
    assert code == 2 and "accepted" in err, (code, out, err)
    assert (env["data"] / "states" / f"{STATE}.yaml").read_bytes() == before and q.get(cid)["payload"]["date"] == "2011-06-01"


def test_t4_a_reject_while_an_ingest_writes_the_queue_keeps_both(env: dict[str, Path], store_copy: Path) -> None:
    """The monitor's ingest (on a whole store: it needs the record's lexicon) and a reviewer's reject at once."""
    q = Queue(f"sqlite:///{store_copy}")
    cid = _candidate(q, 4030, state=STATE, date="2011-07-01")
    earlier = {r["id"] for r in q.entries() if r["type"] == "visit"}
    doc = env["tmp"] / "visit.txt"
    doc.write_text("Yoav Gallant arrived in Paris on Monday for a security conference.")
    outs = _done(_cli("monitor", "ingest", str(doc), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(store_copy), "--json"),
                 _cli("monitor", "review", "reject", cid, "--reason", "rumour", "--data", str(env["data"]), "--db", str(store_copy)))
    assert [c for c, _, _ in outs] == [0, 0], outs
    assert _status(q, cid) == "rejected"
    assert [r["status"] for r in q.entries() if r["type"] == "visit" and r["id"] not in earlier] == ["pending"]


def test_t5_a_reviewer_and_a_monitor_run_on_the_same_candidate_id_prefix(env: dict[str, Path]) -> None:
    """Two candidates whose ids share a prefix: an accept by the prefix is refused as ambiguous, nothing written."""
    q = Queue(f"sqlite:///{env['db']}")
    a = _candidate(q, 0x4040_0001, state=STATE, date="2011-08-01")
    b = _candidate(q, 0x4040_0002, state=STATE, date="2011-08-02")
    before = (env["data"] / "states" / f"{STATE}.yaml").read_bytes()
    (code, out, err), = _done(_review(env, "accept", a[:12]))
    assert code != 0 and (env["data"] / "states" / f"{STATE}.yaml").read_bytes() == before, (code, out, err)
    assert _status(q, a) == _status(q, b) == "pending"


# ------------------------------------------------------------------ the server while the CLI runs


def test_t6_a_server_restart_in_the_middle_of_a_review_shows_every_decision(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4050 + i, state=STATE, date=f"2011-09-0{i + 1}") for i in range(3)]
    base, server, t = _serve(env["data"], env["db"])
    try:
        assert _done(_review(env, "accept", cids[0]))[0][0] == 0
        with httpx.Client(base_url=base, timeout=60) as c:
            assert c.get("/api/v1/monitor/candidates?status=accepted").status_code == 200
        accepting = _review(env, "accept", cids[1])
    finally:
        _stop(server, t)
    rejecting = _review(env, "reject", cids[2], "--reason", "rumour")
    assert [c for c, _, _ in _done(accepting, rejecting)] == [0, 0]
    base, server, t = _serve(env["data"], env["db"])
    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            items = {i["id"]: i["status"] for i in c.get("/api/v1/monitor/candidates?status=all").json()["items"]}
            page = c.get("/monitor?status=all")
    finally:
        _stop(server, t)
    assert [items[c] for c in cids] == ["accepted", "accepted", "rejected"] and page.status_code == 200


def test_t7_30_readers_of_the_dashboard_pages_while_the_store_rebuilds_get_whole_pages(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    stop = threading.Event()
    pages = ("/", "/states", f"/states/{STATE}", "/persons", "/monitor?status=all", "/situations", "/events", "/index")
    got: list[tuple[str, int, bool]] = []
    lock = threading.Lock()

    def reader(k: int) -> None:
        with httpx.Client(base_url=base, timeout=120, follow_redirects=True) as c:
            i = k
            while not stop.is_set() or i < k + len(pages):
                r = c.get(pages[i % len(pages)])
                with lock:
                    got.append((pages[i % len(pages)], r.status_code, r.text.rstrip().endswith("</html>")))
                i += 1

    ts = [threading.Thread(target=reader, args=(k,)) for k in range(30)]
    for x in ts:
        x.start()
    try:
        outs = _done(*(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])) for _ in range(2)))
        assert [c for c, _, _ in outs] == [0, 0], outs
    finally:
        stop.set()
        for x in ts:
            x.join(timeout=180)
        _stop(server, t)
    bad = [g for g in got if g[1] != 200 or not g[2]]
    assert got and bad == [], bad[:5]


def test_t8_a_build_killed_while_the_server_reads_leaves_it_answering(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    stop = threading.Event()
    codes, bad, ts = _clients(base, ("/api/v1/meta", "/api/v1/states", "/api/v1/monitor/candidates"), 10, stop)
    try:
        for _ in range(2):
            p = _cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"]))
            time.sleep(RNG.uniform(1.0, 4.0))
            p.send_signal(signal.SIGKILL)
            p.communicate()
        with httpx.Client(base_url=base, timeout=60) as c:
            after = c.get("/api/v1/meta")
    finally:
        stop.set()
        for x in ts:
            x.join(timeout=120)
        _stop(server, t)
    assert set(codes) == {200} and bad == [] and after.status_code == 200, (sorted(set(codes)), bad[:3])


def test_t9_an_accept_while_data_build_and_readers_run_is_seen_by_the_server(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4060, state=STATE, date="2011-10-01")
    base, server, t = _serve(env["data"], env["db"])
    stop = threading.Event()
    codes, bad, ts = _clients(base, ("/api/v1/monitor/candidates?status=all", f"/api/v1/states/{STATE}"), 10, stop)
    try:
        build = _cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"]))
        time.sleep(0.3)
        outs = _done(_review(env, "accept", cid), build)
        assert [c for c, _, _ in outs] == [0, 0], outs
        assert _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))[0][0] == 0
        with httpx.Client(base_url=base, timeout=60) as c:
            status = {i["id"]: i["status"] for i in c.get("/api/v1/monitor/candidates?status=all").json()["items"]}
    finally:
        stop.set()
        for x in ts:
            x.join(timeout=120)
        _stop(server, t)
    assert set(codes) == {200} and bad == [] and status[cid] == "accepted"


# ------------------------------------------------------------------ a full or read-only disk


def test_t10_a_read_only_store_folder_during_an_accept_is_a_clear_error_and_nothing_is_lost(env: dict[str, Path]) -> None:
    """The store's folder cannot take a new file (a full or read-only disk). The accept says so; once the disk is
    writable again, the record and the queue agree (the fact once, the candidate accepted or still pending)."""
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4070, state=STATE, date="2011-11-01")
    with _immutable(env["db"].parent):
        (code, out, err), = _done(_review(env, "accept", cid))
    assert code != 0 and ("read-only" in err or "cannot" in err or "not writ" in err), (code, out, err)
    assert "nothing was" not in err or "2011-11-01" not in _announcements(env["data"]), err  # never a false "nothing changed"
    other = _candidate(q, 4071, state=STATE, date="2011-11-02")
    assert _done(_review(env, "accept", other))[0][0] == 0
    in_record = "2011-11-01" in _announcements(env["data"])
    assert _announcements(env["data"]).count("2011-11-01") <= 1
    assert (_status(q, cid) == "accepted") == in_record, (_status(q, cid), in_record)


def test_t11_a_read_only_store_folder_during_a_reject_is_a_clear_error(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4072, state=STATE, date="2011-11-03")
    with _immutable(env["db"].parent, env["db"]):
        (code, out, err), = _done(_review(env, "reject", cid, "--reason", "rumour"))
    assert code != 0 and str(env["db"].parent) in err + out, (code, out, err)
    assert _status(q, cid) == "pending"


def test_t11b_an_edit_and_an_ingest_on_a_read_only_store_are_clear_errors(env: dict[str, Path], store_copy: Path) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4074, state=STATE, date="2011-11-05")
    doc = env["tmp"] / "visit.txt"
    doc.write_text("Yoav Gallant arrived in Paris on Monday for a security conference.")
    ingested_before = store_copy.read_bytes()
    with _immutable(env["db"].parent, env["db"], store_copy.parent, store_copy):
        outs = _done(_review(env, "edit", cid, "--set", "date=2011-11-06"),
                     _cli("monitor", "ingest", str(doc), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(store_copy)))
    for code, out, err in outs:
        assert code == 2 and "cannot be written" in err, (code, out, err)
    assert q.get(cid)["payload"]["date"] == "2011-11-05" and store_copy.read_bytes() == ingested_before


def test_t11c_the_server_keeps_answering_readers_while_its_store_folder_is_read_only(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    try:
        with _immutable(env["db"].parent, env["db"]), httpx.Client(base_url=base, timeout=60) as c:
            codes = [c.get(p).status_code for p in ("/api/v1/meta", "/api/v1/monitor/candidates?status=all", "/monitor", "/")]
    finally:
        _stop(server, t)
    assert codes == [200, 200, 200, 200]


def test_t12_a_read_only_store_folder_during_data_build_is_a_clear_error_and_the_store_unchanged(env: dict[str, Path]) -> None:
    before = env["db"].read_bytes()
    with _immutable(env["db"].parent):
        (code, out, err), = _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))
    assert code != 0 and str(env["db"].parent) in err + out, (code, out, err)
    assert env["db"].read_bytes() == before


def test_t13_a_read_only_states_folder_during_an_accept_is_a_clear_error_and_the_candidate_stays(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4073, state=STATE, date="2011-11-04")
    path = env["data"] / "states" / f"{STATE}.yaml"
    before = path.read_bytes()
    with _immutable(env["data"] / "states"):
        (code, out, err), = _done(_review(env, "accept", cid))
    assert code != 0 and f"{STATE}.yaml" in err, (code, out, err)
    assert path.read_bytes() == before and _status(q, cid) == "pending"


def test_t14_a_read_only_export_target_is_a_clear_error(env: dict[str, Path]) -> None:
    out_dir = env["tmp"] / "out"
    out_dir.mkdir()
    with _immutable(out_dir):
        (code, out, err), = _done(_cli("export", "states", "--db", str(env["db"]), "--output", str(out_dir / "s.csv"), "--format", "csv"))
    assert code != 0 and "s.csv" in err, (code, out, err)
    assert list(out_dir.iterdir()) == []


# ------------------------------------------------------------------ killed processes


def test_t15_a_temporary_left_by_a_killed_writer_is_removed_by_the_next_review_which_says_so(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    states = env["data"] / "states"
    left = states / f".{STATE}.yaml.k1ll3d00.tmp"
    left.write_text("participation: [half")
    old = time.time() - 3600
    os.utime(left, (old, old))
    cid = _candidate(q, 4080, state=STATE, date="2011-12-01")
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code == 0 and not left.exists(), (code, out, err)
    assert left.name in out + err
    assert [p.name for p in states.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")] == []


def test_t15b_a_fresh_temporary_and_files_of_other_shapes_are_kept(env: dict[str, Path]) -> None:
    """Control: a temporary made a moment ago may be another writer's, live; an editor's swap file is not ours."""
    q = Queue(f"sqlite:///{env['db']}")
    states = env["data"] / "states"
    fresh, swap, restore = states / f".{STATE}.yaml.fr3sh000.tmp", states / f".{STATE}.yaml.swp", states / f".{STATE}.yaml.restore"
    for p in (fresh, swap, restore):
        p.write_text("x: 1")
    old = time.time() - 3600
    os.utime(swap, (old, old))
    os.utime(restore, (old, old))
    cid = _candidate(q, 4083, state=STATE, date="2011-12-04")
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code == 0 and fresh.exists() and swap.exists() and not restore.exists(), (code, out, err)


def test_t16_an_accept_killed_while_holding_the_lock_lets_the_next_one_in_at_once(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    a = _candidate(q, 4081, state=STATE, date="2011-12-02")
    b = _candidate(q, 4082, state=STATE, date="2011-12-03")
    p = _review(env, "accept", a)
    time.sleep(RNG.uniform(1.5, 3.0))
    p.send_signal(signal.SIGKILL)
    p.communicate()
    t0 = time.monotonic()
    (code, out, err), = _done(_review(env, "accept", b, ICCWATCH_LOCK_WAIT="5"))
    assert code == 0 and time.monotonic() - t0 < 60, (code, out, err)
    assert (_status(q, a) == "accepted") == ("2011-12-02" in _announcements(env["data"]))
    leftovers = [x.name for x in (env["data"] / "states").iterdir() if x.name.startswith(".") and x.name != ".review.lock"]
    assert leftovers == [], leftovers


# ------------------------------------------------------------------ bad input at the interfaces


@pytest.mark.parametrize("path", [
    "/api/v1/monitor/candidates?status=bogus", "/api/v1/monitor/candidates?page=-1", "/api/v1/monitor/candidates?page=abc",
    "/api/v1/monitor/candidates?limit=1000000000000", "/api/v1/states/XXX", "/api/v1/states/..%2F..%2Fetc%2Fpasswd",
    "/api/v1/persons/%00", "/api/v1/search?q=" + "a" * 20_000, "/api/v1/search?q=%00%ff", "/api/v1/arrest?person=%00",
    "/api/v1/export/nothing", "/api/v1/index/ZZZ", "/api/v1/question?q=" + "%F0%9F%98%80" * 2000,
])
def test_t17_bad_api_input_is_a_4xx_with_a_json_reason_never_a_500(env: dict[str, Path], path: str) -> None:
    r = _get_served(env, path)
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert r.json(), r.text[:300]


@pytest.mark.parametrize("path", ["/states/%00", "/persons/..%2F..", "/monitor?status=bogus", "/search?q=" + "b" * 20_000,
                                  "/ask?q=%00", "/statements/%ff%fe", "/index/compare?states=" + ",".join(["ZZZ"] * 500)])
def test_t18_bad_page_input_is_a_4xx_page_never_a_500(env: dict[str, Path], path: str) -> None:
    r = _get_served(env, path)
    assert r.status_code < 500, (r.status_code, r.text[:300])


def test_t19_a_store_that_is_not_sqlite_is_a_clear_error_and_stays_as_it_was(env: dict[str, Path]) -> None:
    env["db"].write_text("this is not a database\n" * 50)
    before = env["db"].read_bytes()
    outs = _done(_cli("monitor", "review", "list", "--db", str(env["db"])),
                 _review(env, "reject", "0123456789abcdef", "--reason", "rumour"))
    for code, out, err in outs:
        assert code != 0 and str(env["db"]) in err, (code, out, err)
    assert env["db"].read_bytes() == before


def test_t20_a_server_on_a_store_that_is_not_sqlite_says_so_at_start(env: dict[str, Path]) -> None:
    env["db"].write_text("this is not a database\n" * 50)
    code = ("import sys; from pathlib import Path; from iccwatch.app import create_app; from iccwatch.settings import Settings\n"
            "create_app(Settings(data_dir=Path(sys.argv[1]), db_url='sqlite:///' + sys.argv[2])); print('up')\n")
    p = subprocess.run([sys.executable, "-c", code, str(env["data"]), str(env["db"])], capture_output=True, text=True, env=_env(), timeout=240)
    serve = _cli("serve", "--port", str(_free_port()), "--db", str(env["db"]), ICCWATCH_DATA=str(env["data"]))
    try:
        out, err = serve.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        serve.kill()
        out, err = serve.communicate()
        pytest.fail(f"the server started on a store that is no database: {out} {err}")
    assert serve.returncode != 0 and "Traceback" not in out + err and str(env["db"]) in err, (serve.returncode, out[-500:], err[-1500:])
    assert p.returncode != 0 or "up" in p.stdout  # the app itself: either refuses or is served by the CLI's check


@pytest.mark.parametrize("setting", ["date=2024-13-45", "date", "nosuchfield=1", "state=", "date=" + "9" * 5000])
def test_t21_a_bad_edit_names_the_field_and_changes_nothing(env: dict[str, Path], setting: str) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4090, state=STATE, date="2011-12-09")
    before = q.get(cid)["payload"]
    (code, out, err), = _done(_review(env, "edit", cid, "--set", setting))
    field = setting.split("=")[0]
    assert code == 2 and field in err, (code, out, err)
    assert q.get(cid)["payload"] == before


def test_t22_a_state_file_broken_by_hand_during_accepts_is_named_and_the_candidates_stay(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4095 + i, state=STATE, date=f"2010-01-0{i + 1}") for i in range(2)]
    path = env["data"] / "states" / f"{STATE}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n  - [unclosed\n", encoding="utf-8")
    before = path.read_bytes()
    outs = _done(*(_review(env, "accept", c) for c in cids))
    for code, out, err in outs:
        assert code == 2 and f"{STATE}.yaml" in err, (code, out, err)
    assert path.read_bytes() == before and [_status(q, c) for c in cids] == ["pending", "pending"]


# ------------------------------------------------------------------ memory


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_t23_the_servers_memory_levels_off_over_500_mixed_requests(env: dict[str, Path]) -> None:
    port = _free_port()
    p = _cli("serve", "--port", str(port), "--db", str(env["db"]), ICCWATCH_DATA=str(env["data"]))
    base = f"http://127.0.0.1:{port}"
    words = ["court", "arrest", "visit", "warrant", "Mongolia", "Putin", "withdrawal", "summit", "état", "détention"]
    paths = ["/api/v1/meta", "/api/v1/states", f"/api/v1/states/{STATE}", "/api/v1/persons", "/", "/states", "/monitor",
             "/api/v1/monitor/candidates?status=all", "/api/v1/monitor/alerts", "/api/v1/states/XXX", "/events"]
    rng = random.Random(40)
    try:
        wait_answering(p, base, steps=600)
        with httpx.Client(base_url=base, timeout=120) as c:
            levels = []
            for i in range(500):
                if i % 3 == 0:
                    path = f"/api/v1/search?q={rng.choice(words)}+{rng.randrange(10**6)}"
                elif i % 7 == 0:
                    path = f"/search?q={rng.choice(words)}{rng.randrange(10**6)}"
                else:
                    path = rng.choice(paths)
                assert c.get(path).status_code < 500, path
                if i in (149, 299, 499):
                    levels.append(_rss_kb(p.pid))
    finally:
        p.send_signal(signal.SIGINT)
        try:
            p.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
    print(f"RSS after 150, 300 and 500 requests (kB): {levels}")
    assert levels[2] - levels[1] < 8 * 1024, levels  # under 8 MB over the last 200 requests: levelled off
