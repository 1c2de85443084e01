"""Concurrent use, round 30 (session 47): round 29's leftovers (the 400 for a request head too large was h11's plain text),
then new scenarios (AA1 ... of docs/monitor.md, "Concurrent use, round 30"). Real processes, a real HTTP server (``iccwatch
serve`` in a process of its own), raw sockets, real SQLite, on copies of the reliability rounds' small record and its store
(never data/)."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from tests.conftest import SLOW_GROUP
from tests.live_server import wait_answering
from tests.test_reliability_review import STATE, _candidate
from tests.test_reliability_s39 import _cli, _done, _review
from tests.test_reliability_s40 import _immutable
from tests.test_reliability_s41 import _end, _server
from tests.test_reliability_s43 import _fill_queue, _journal
from tests.test_reliability_s44 import _rss_kb
from tests.test_reliability_s45 import HEAVY, _unchunked
from tests.test_reliability_s46 import _integrity, _raw

from iccwatch.monitor.queue import Queue

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)


def _port(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


def _fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def _answered(base: str, path: str = "/api/v1/meta", timeout: float = 60) -> tuple[int, float]:
    t0 = time.monotonic()
    r = httpx.get(base + path, timeout=timeout)
    return r.status_code, time.monotonic() - t0


def _closed_by_server(s: socket.socket) -> bool:
    """Whether the server closed ``s`` (what is left of its answer read, then the end of the stream)."""
    s.settimeout(5)
    try:
        while s.recv(65536):
            pass
        return True
    except TimeoutError:
        return False
    except OSError:  # reset
        return True


def _logged_server(env: dict[str, Path], **extra: str) -> tuple[subprocess.Popen[str], str, Path]:
    """``iccwatch serve`` as ``_server`` starts it, its output written to a file (a pipe nobody reads while the test runs
    fills at 64 kB and then blocks the server's event loop in its logging: round 30's first AA2 run was that)."""
    from tests.test_reliability_s39 import _env
    from tests.test_reliability_s40 import _free_port

    port, log = _free_port(), env["tmp"] / "server.log"
    with open(log, "w") as fh:
        p = subprocess.Popen([sys.executable, "-m", "iccwatch", "serve", "--port", str(port), "--db", str(env["db"])],
                             stdout=fh, stderr=subprocess.STDOUT, text=True, env=_env(ICCWATCH_DATA=str(env["data"]), **extra))
    base = f"http://127.0.0.1:{port}"
    wait_answering(p, base)
    return p, base, log


# ------------------------------------------------------------------ round 29's leftover


def test_aa0_a_request_head_too_large_is_answered_in_the_apis_json_or_the_sites_html(env: dict[str, Path]) -> None:
    """A request whose head is larger than the HTTP layer reads (a 1 MB query, a 256 kB header) never reaches the app: the
    400 is the API's error shape (JSON, ``detail`` and ``field``) for the API's paths and an HTML page for the site's, each
    saying what was too large; bytes that are no HTTP get the HTML page saying so. Round 29: h11's plain text
    "Invalid HTTP request received." for every path. Controls: the same paths with a small head answer 200."""
    _fill_queue(env["db"], 50)
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    port = _port(base)
    try:
        asked = {
            "api query": f"GET /api/v1/monitor/candidates?q={'a' * 1_000_000} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
            "api header": f"GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nX-Big: {'b' * 262_144}\r\n\r\n".encode(),
            "site query": f"GET /monitor?q={'a' * 1_000_000} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
            "site header": f"GET /states HTTP/1.1\r\nHost: x\r\nX-Big: {'b' * 262_144}\r\n\r\n".encode(),
            "no http": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 a TLS hello sent to the plain port\r\n\r\n",
        }
        got = {name: _raw(port, req) for name, req in asked.items()}
        controls = {path: httpx.get(base + path, timeout=60).status_code for path in ("/api/v1/meta", "/monitor", "/")}
    finally:
        _, _, serr = _end(p)
    for name, raw in got.items():
        head, _, body = raw.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400"), (name, raw[:300])
        if name.startswith("api"):
            assert b"content-type: application/json" in head.lower(), (name, head)
            answer = json.loads(body)
            assert answer["field"] is None and "larger than this server reads" in answer["detail"], answer
        else:
            assert b"content-type: text/html" in head.lower(), (name, head)
            words = "could not be read as HTTP" if name == "no http" else "larger than this server reads"
            assert body.startswith(b"<!doctype html>") and words.encode() in body, (name, body[:400])
    assert controls == {"/api/v1/meta": 200, "/monitor": 200, "/": 200}, controls
    assert "Traceback" not in serr, serr[-2000:]


# ------------------------------------------------------------------ new scenarios


def test_aa1_hundreds_of_idle_keep_alive_connections_are_let_go_and_the_next_client_is_answered(env: dict[str, Path]) -> None:
    """600 clients each ask one page on a keep-alive connection and keep it open, saying nothing more: a new client is
    answered meanwhile, and the server lets the idle connections go (its open files back within 50 of where they were)
    instead of holding one descriptor per idle client for ever."""
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    port = _port(base)
    socks: list[socket.socket] = []
    try:
        before = _fds(p.pid)
        for _ in range(600):
            s = socket.create_connection(("127.0.0.1", port), timeout=60)
            s.sendall(b"GET /api/v1/meta HTTP/1.1\r\nHost: x\r\n\r\n")
            socks.append(s)
        answered = 0
        for s in socks:
            if s.recv(65536).startswith(b"HTTP/1.1 200"):
                answered += 1
        held = _fds(p.pid)
        code, took = _answered(base)
        time.sleep(12)  # past the keep-alive wait
        after = _fds(p.pid)
        closed = sum(_closed_by_server(s) for s in socks)
    finally:
        for s in socks:
            s.close()
        _, _, serr = _end(p)
    print(f"fds {before} before, {held} with 600 idle, {after} after the wait; next client {code} in {took:.2f} s")
    assert answered == 600 and code == 200
    assert closed == 600 and after - before < 50, (before, held, after, closed)
    assert "Traceback" not in serr, serr[-2000:]


def test_aa2_clients_that_never_finish_their_request_head_do_not_take_every_connection(env: dict[str, Path]) -> None:
    """A slow-loris of another shape than round 21's (an endless header): 400 clients each send the start of a request
    head and then one byte every 2 s, staying far under the head's size limit, on a server allowed 300 open files
    (``prlimit``, as a host's default ulimit of 1,024 would be with more clients). The server must not keep them until its
    descriptors run out: a head not finished in its time is answered 408 and closed, and a client that asks properly is
    answered within that time."""
    p, base, log = _logged_server(env, ICCWATCH_RATE_LIMIT="0", ICCWATCH_HEAD_WAIT="5")
    port = _port(base)
    subprocess.run(["prlimit", f"--pid={p.pid}", "--nofile=300:300"], check=True)
    stop = threading.Event()
    cut: list[bytes] = []
    lock = threading.Lock()

    def loris() -> None:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=30)
        except OSError:
            return
        with s:
            try:
                s.sendall(b"GET /monitor HTTP/1.1\r\nHost: x\r\n")
                while not stop.is_set():
                    s.sendall(b"X")
                    s.settimeout(2)
                    try:
                        got = s.recv(65536)
                    except TimeoutError:
                        continue
                    with lock:
                        cut.append(got)
                    return
            except OSError:
                with lock:
                    cut.append(b"(reset)")

    ts = [threading.Thread(target=loris, daemon=True) for _ in range(400)]
    try:
        for t in ts:
            t.start()
        time.sleep(3)
        codes = []
        for _ in range(5):
            try:
                codes.append(_answered(base, timeout=30))
            except httpx.TransportError as exc:
                codes.append((repr(exc), 0.0))
            time.sleep(2)
        time.sleep(6)
        stop.set()
        for t in ts:
            t.join(timeout=30)
        try:
            final = _answered(base)
        except httpx.TransportError as exc:
            final = (repr(exc), 0.0)
    finally:
        stop.set()
        _end(p)
    serr = log.read_text(encoding="utf-8", errors="replace")
    timed_out = sum(1 for c in cut if c.startswith(b"HTTP/1.1 408"))
    print(f"next clients {codes}; {timed_out} of 400 answered 408, {len(cut)} cut; after: {final}; "
          f"'out of system resource' logged {serr.count('out of system resource')} times")
    assert all(c == 200 and took < 15 for c, took in codes), codes
    assert timed_out >= 250, (timed_out, cut[:3])
    assert final[0] == 200
    # the only tracebacks are asyncio's own for an accept refused while the descriptors were all taken (EMFILE)
    assert serr.count("Traceback") <= serr.count("out of system resource"), serr[-2000:]


def test_aa3_a_store_file_made_unwritable_under_a_running_server(env: dict[str, Path]) -> None:
    """The store's file alone (not its folder) made unwritable (``chattr +i``, which binds root as a read-only mount does)
    while the server runs: the server's pages still answer 200 with the queue; a reject from another process is refused
    naming the store, no traceback, the candidate still pending; made writable again, the same reject lands."""
    _fill_queue(env["db"], 60)
    q = Queue(f"sqlite:///{env['db']}")
    cid = q.entries("pending", limit=1)[0]["id"]
    q.close()
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    try:
        with _immutable(env["db"]):
            pages = [httpx.get(base + x, timeout=60) for x in ("/monitor?status=all", "/api/v1/monitor/candidates?status=all")]
            (code, out, err), = _done(_review(env, "reject", cid, "--reason", "test", ICCWATCH_LOCK_WAIT="3"))
            page_after = httpx.get(base + "/monitor?status=all", timeout=60)
        (code2, _, err2), = _done(_review(env, "reject", cid, "--reason", "test"))
    finally:
        _, _, serr = _end(p)
    print(code, (out + err)[-600:])
    assert [r.status_code for r in pages] == [200, 200] and "60 rows" in pages[0].text
    assert pages[1].json()["total"] == 60
    assert code == 2 and str(env["db"].name) in err and "Traceback" not in err, err[-800:]
    assert page_after.status_code == 200 and "60 rows" in page_after.text
    assert code2 == 0, err2[-600:]
    q = Queue(f"sqlite:///{env['db']}")
    assert q.get(cid)["status"] == "rejected"
    q.close()
    assert _integrity(env["db"]) == "ok"
    assert "Traceback" not in serr, serr[-2000:]


def test_aa4_an_accept_and_a_reject_of_one_candidate_at_once_decide_it_once(env: dict[str, Path]) -> None:
    """Two reviewers decide the same candidate at the same moment, one accepting and one rejecting (two processes, one
    store, one data folder), while two servers on the store show it; four candidates, the order of the starts swapped:
    each candidate decided once (one process 0, the other 2 saying it was decided already or meanwhile), the record holds
    the fact exactly when the candidate stands accepted, and both servers show the status that stands."""
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4700 + i, state=STATE, date=f"2016-0{1 + i}-09") for i in range(4)]
    state_file = env["data"] / "states" / f"{STATE}.yaml"
    p1, base1 = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    p2, base2 = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    results = []
    try:
        for i, cid in enumerate(cids):
            pair = [_review(env, "accept", cid), _review(env, "reject", cid, "--reason", "test")]
            results.append(_done(*(pair if i % 2 == 0 else pair[::-1])))
        shown = [{x["id"]: x["status"] for x in httpx.get(b + "/api/v1/monitor/candidates", params={"status": "all", "limit": 500},
                                                          timeout=60).json()["items"]} for b in (base1, base2)]
    finally:
        outs = [_end(p1), _end(p2)]
    text = state_file.read_text(encoding="utf-8")
    for i, (cid, outs_) in enumerate(zip(cids, results, strict=True)):
        codes = sorted(c for c, _, _ in outs_)
        assert codes == [0, 2], [e[-400:] for _, _, e in outs_]
        loser = next(e for c, _, e in outs_ if c != 0)
        assert "already" in loser or "meanwhile" in loser, loser[-400:]
        status = q.get(cid)["status"]
        assert status in ("accepted", "rejected")
        assert text.count(f"2016-0{1 + i}-09") == (1 if status == "accepted" else 0), (cid, status)
        assert shown[0][cid] == shown[1][cid] == status
    q.close()
    assert all("Traceback" not in e for _, _, e in outs)


def test_aa5_candidates_queued_with_a_clock_set_back_while_a_download_reads_are_never_given_twice(env: dict[str, Path]) -> None:
    """Another process queues candidates stamped with times before the ones already queued (a clock set back between two
    writes, or a second machine's clock behind) while a client reads the streamed CSV of 2,000 candidates slowly (read by
    keyset on the time and id): the download is whole, holds each candidate once and every candidate that was there
    when it started; the next page counts the new ones."""
    from tests.test_reliability_s45 import _insert_elsewhere, _while_slow_download

    _fill_queue(env["db"], 2_000)
    con = sqlite3.connect(env["db"])
    first = con.execute("SELECT min(created_at) FROM ops_candidates").fetchone()[0]
    before = {r[0] for r in con.execute("SELECT id FROM ops_candidates")}
    con.close()

    def set_back() -> list[tuple[int, str, str]]:
        _insert_elsewhere(env["db"], 30, 900_000)
        con = sqlite3.connect(env["db"])  # the new ones stamped before the first (the clock set back), each its own second
        new = [r[0] for r in con.execute("SELECT id FROM ops_candidates") if r[0] not in before]
        with con:
            con.executemany("UPDATE ops_candidates SET created_at = ? WHERE id = ?",
                            [(f"1989-01-01T00:00:{k:02d}+00:00", cid) for k, cid in enumerate(new)])
        con.close()
        return [(0, "", "")]

    path = "/monitor?format=csv&status=all&dir=asc"
    _, still, raw, serr = _while_slow_download(env, path, 16_000, 3, set_back)
    assert still, "the download ended before the writes: the test proves nothing"
    lines = _unchunked(raw).decode().splitlines()
    stamps = [ln.rsplit(",", 1)[1] for ln in lines[1:]]
    assert len(stamps) == len(set(stamps)), "a candidate given twice"
    assert len(lines) - 1 >= 2_000, len(lines)
    con = sqlite3.connect(env["db"])
    assert con.execute("SELECT count(*) FROM ops_candidates").fetchone()[0] == 2_030
    assert con.execute("SELECT min(created_at) FROM ops_candidates").fetchone()[0] < first
    con.close()
    assert "Traceback" not in serr, serr[-2000:]


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, text=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t"})


def _export(db: Path, data: Path) -> subprocess.Popen[str]:
    return _cli("export", "states", "--format", "json", "--db", str(db), ICCWATCH_DATA=str(data))


def test_aa6_exports_while_git_checkout_rewrites_the_data_folder_and_builds_swap_the_store(env: dict[str, Path]) -> None:
    """The data folder is a git clone switched between two commits (A and B differ in two States' files) again and again,
    a ``data build`` rebuilds the store from it again and again, and exports of the States run meanwhile: every export is
    A's or B's whole (never a mix of the two commits), every build and export ends 0 or refuses naming what it could not
    read, never a traceback. (Session 48: a non-strict xfail after the fresh-clone CI met a FileNotFoundError; round 33,
    session 49: every read of the folder counts a vanished file as a change (``iccwatch.dataset.still``), and the test
    passed in each of its runs in a loop: a plain test again.)"""
    data, db = env["data"], env["db"]
    _git(data, "init", "-q")
    _git(data, "add", "-A")
    _git(data, "commit", "-q", "-m", "A")
    for iso3 in ("MNG", "NLD"):
        f = data / "states" / f"{iso3}.yaml"
        text = f.read_text(encoding="utf-8")
        f.write_text(text.replace("\nname_fr: ", "\nname_fr: B-", 1), encoding="utf-8")
    _git(data, "commit", "-q", "-am", "B")

    def sha(rev: str) -> str:
        return subprocess.run(["git", "-C", str(data), "rev-parse", rev], capture_output=True, text=True, check=True).stdout.strip()

    a, branch = sha("HEAD~1"), sha("HEAD")
    wholes = {}
    for rev in (a, branch):
        _git(data, "checkout", "-q", rev)
        (c, _, e), = _done(_cli("data", "build", "--data", str(data), "--db", str(db)))
        assert c == 0, e[-600:]
        (c, out, e), = _done(_export(db, data))
        assert c == 0, e[-600:]
        wholes[rev] = out
    assert wholes[a] != wholes[branch] and wholes[branch].count("B-") == 2
    stop = threading.Event()
    switches = [0]

    def switching() -> None:
        k = 0
        while not stop.is_set():
            _git(data, "checkout", "-q", a if k % 2 == 0 else branch)
            k += 1
            switches[0] = k
            time.sleep(0.05)

    t = threading.Thread(target=switching)
    t.start()
    builds, exports = [], []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            b = _cli("data", "build", "--data", str(data), "--db", str(db), ICCWATCH_LOCK_WAIT="60")
            es = [_export(db, data) for _ in range(2)]
            builds += _done(b, timeout=600)
            exports += _done(*es, timeout=600)
    finally:
        stop.set()
        t.join()
    mixed = [out for c, out, _ in exports if c == 0 and out not in wholes.values()]
    print(f"{switches[0]} checkouts, {len(builds)} builds ({[c for c, _, _ in builds]}), {len(exports)} exports "
          f"({sum(out == wholes[a] for _, out, _ in exports)} A, {sum(out == wholes[branch] for _, out, _ in exports)} B, "
          f"{len(mixed)} mixed)")
    for c, _out, e in exports:
        assert c == 0 or (c in (1, 2) and e.strip()), (c, e[-600:])
    for c, _out, e in builds:  # built, or refused saying the folder changed while it was read
        assert c == 0 or (c == 2 and "changed while it was read" in e), (c, e[-600:])
    assert not mixed, [m.count("B-") for m in mixed]
    assert sum(c == 0 for c, _, _ in exports) >= len(exports) // 2


#: AA7's bound: of the last two groups of three rounds, at least one adds under this (kB) to the highest RSS before it.
AA7_BOUND_KB = 20_000


def _aa7_groups(p: subprocess.Popen[str], base: str, groups: int, idle: float = 10) -> list[int]:
    """AA7's run: ``groups`` groups of three rounds of thirty clients that ask a page sorted by names and hang up 50 ms
    later, the server let be idle ``idle`` s after each group once it answers; its RSS (kB) before and after each group."""
    port = _port(base)
    rss = [_rss_kb(p.pid)]
    for group in range(groups):
        for rnd in range(3):
            socks = []
            for k in range(30):
                s = socket.create_connection(("127.0.0.1", port), timeout=30)
                s.sendall(f"GET /monitor?status=all&sort=person_name&dir=asc&g={group}&r={rnd}&k={k} HTTP/1.1\r\n"
                          "Host: x\r\n\r\n".encode())
                socks.append(s)
            time.sleep(0.05)
            for s in socks:
                s.close()
        _answered(base, timeout=300)
        time.sleep(idle)
        rss.append(_rss_kb(p.pid))
        print(f"after {3 * (group + 1)} rounds: RSS {rss[-1]:,} kB", flush=True)
    return rss


def _aa7_growth(rss: list[int]) -> int:
    """What the memory still grows by (kB): the least that either of the last two groups added to the highest RSS
    before it. A plateau is reached once, however late (the step that reaches it is large, the others are not), so one
    of the last two steps is small; a leak adds at every group, so both are large. (Round 33's late plateau, 122.9,
    126.7 and 166.4 MB, compared the second three rounds with the first: one step, so the plateau read as growth.)"""
    assert len(rss) >= 3, rss
    return min(rss[i] - max(rss[:i]) for i in (len(rss) - 2, len(rss) - 1))


def test_aa7_growth_measure_tells_a_late_plateau_from_a_leak() -> None:
    """``_aa7_growth`` on round 31's, round 33's and AA7b's figures (kB) and on a made-up steady leak."""
    assert _aa7_growth([122_892, 126_724, 166_372, 166_500, 165_900]) < AA7_BOUND_KB  # round 33's failure, run on
    assert _aa7_growth([122_892, 126_724, 130_000, 131_000, 170_000]) < AA7_BOUND_KB  # a plateau in the last group
    assert _aa7_growth([123_036, 166_156, 178_280, 178_388, 178_376, 174_396]) < AA7_BOUND_KB  # AA7b, round 33
    assert _aa7_growth([125_400, 180_500, 218_000, 255_000, 292_000]) >= AA7_BOUND_KB  # round 31's CI rate, kept up
    assert _aa7_growth([120_000, 145_000, 170_000, 195_000, 220_000]) >= AA7_BOUND_KB  # 25 MB a group


def test_aa7_clients_that_give_up_on_a_slow_page_leave_the_server_answering(env: dict[str, Path]) -> None:
    """Thirty clients ask a page sorted by names (every candidate of 3,000 made into a row) and hang up 50 ms later,
    twelve times over in four groups of three: the server answers a page asked after them with 200 within 120 s, its
    memory stops growing (of the last two groups, one adds under 20 MB to the highest before it: ``_aa7_growth``), and
    the log holds no traceback. Round 34 (session 49): the bound was the second three rounds against the first, which a
    plateau reached late failed (round 33); ``test_aa7_leak_control`` shows the new bound still fails a real leak."""
    _fill_queue(env["db"], 3_000)
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    try:
        _answered(base, "/monitor?status=all", timeout=300)
        rss = _aa7_groups(p, base, int(os.environ.get("ICCWATCH_AA7_GROUPS", "4")))
        code, took = _answered(base, "/monitor?status=all&page=2", timeout=300)
    finally:
        _, _, serr = _end(p)
    print(f"next page {code} in {took:.1f} s; RSS by group of three rounds (kB): {rss}; growth {_aa7_growth(rss):,} kB")
    assert code == 200 and took < 120
    assert _aa7_growth(rss) < AA7_BOUND_KB, rss
    assert "Traceback" not in serr, serr[-2000:]


#: ``iccwatch serve`` that leaks on purpose: every row the monitor's table makes of a candidate (``_candidate_row``, what
#: a page sorted by names makes of each of the 3,000 while it finds the page's places) is kept, as a cache that is never
#: emptied would keep it. AA7's run on it must fail AA7's bound.
_LEAKING = """
import sys
import iccwatch.web.pages as pages
kept = []
_row = pages._candidate_row
def keeping(*args, **kwargs):
    row = _row(*args, **kwargs)
    kept.append(dict(row))
    return row
pages._candidate_row = keeping
sys.argv = ['iccwatch', *sys.argv[1:]]
from iccwatch.cli import main
main()
"""


@HEAVY
def test_aa7_leak_control(env: dict[str, Path]) -> None:
    """AA7's run on a server that keeps every row it makes (``_LEAKING``: every candidate's row kept; ICCWATCH_RELIABILITY_HEAVY=1): a real
    leak, which AA7's bound must fail (both of the last two groups add 20 MB or more to the highest RSS before them)."""
    from tests.test_reliability_s48 import _serve

    _fill_queue(env["db"], 3_000)
    p, base = _serve(env, _LEAKING, env["tmp"] / "leaking.log", ICCWATCH_RATE_LIMIT="0")
    try:
        _answered(base, "/monitor?status=all", timeout=300)
        rss = _aa7_groups(p, base, int(os.environ.get("ICCWATCH_AA7_GROUPS", "4")))
    finally:
        _end(p)
    print(f"leaking server: RSS by group of three rounds (kB): {rss}; growth {_aa7_growth(rss):,} kB")
    assert _aa7_growth(rss) >= AA7_BOUND_KB, rss


@HEAVY
def test_aa7b_memory_of_abandoned_sorted_pages_stops_growing_over_fifteen_rounds(env: dict[str, Path]) -> None:
    """Round 31: AA7 run longer (ICCWATCH_RELIABILITY_HEAVY=1): fifteen rounds of thirty clients that ask a page sorted
    by names (3,000 candidates) and hang up 50 ms later, the server let be idle after each three; its memory after each
    group of three is printed, and the last two groups together add under 10 MB (it stops growing); the next page 200."""
    _fill_queue(env["db"], 3_000)
    p, base, log = _logged_server(env, ICCWATCH_RATE_LIMIT="0")
    port = _port(base)
    try:
        _answered(base, "/monitor?status=all", timeout=300)
        rss = [_rss_kb(p.pid)]
        for group in range(int(os.environ.get("ICCWATCH_AA7B_GROUPS", "5"))):
            for rnd in range(3):
                socks = []
                for k in range(30):
                    s = socket.create_connection(("127.0.0.1", port), timeout=30)
                    s.sendall(f"GET /monitor?status=all&sort=person_name&dir=asc&g={group}&r={rnd}&k={k} HTTP/1.1\r\n"
                              "Host: x\r\n\r\n".encode())
                    socks.append(s)
                time.sleep(0.05)
                for s in socks:
                    s.close()
            _answered(base, timeout=300)
            time.sleep(20)
            rss.append(_rss_kb(p.pid))
            print(f"after {3 * (group + 1)} rounds: RSS {rss[-1]:,} kB", flush=True)
        code, took = _answered(base, "/monitor?status=all&page=2", timeout=300)
    finally:
        _end(p)
    print(f"RSS by group of three rounds (kB): {rss}; next page {code} in {took:.1f} s")
    assert code == 200
    assert rss[-1] - rss[-3] < 10_000, rss
    assert "Traceback" not in log.read_text(encoding="utf-8", errors="replace")


def _when_journal(p: subprocess.Popen[str], db: Path, then: int, wait: float = 120) -> bool:
    """Send ``then`` (a signal) to ``p`` the moment the store's rollback journal appears (inside its write); False when ``p``
    ended first."""
    journal, t0 = _journal(db), time.monotonic()
    while p.poll() is None and time.monotonic() - t0 < wait:
        try:
            if journal.stat().st_size > 0:
                os.kill(p.pid, then)
                return True
        except FileNotFoundError:
            continue
    return False


def test_aa8_a_reviewer_frozen_inside_its_write_holds_no_reader_and_refuses_the_next_writer_clearly(env: dict[str, Path]) -> None:
    """A reject frozen (SIGSTOP: a suspended terminal, a paused container) the moment its journal appears, inside its write:
    the server's pages still answer 200 (a reader is not kept out by a writer that has not begun to commit, or is told why);
    another reject, with a lock wait of 3 s, is refused naming the lock or the store (exit 2, no traceback), the candidate
    still pending. Thawed (SIGCONT), the frozen reject lands, and the other, given again, lands: nothing lost."""
    _fill_queue(env["db"], 300)
    q = Queue(f"sqlite:///{env['db']}")
    a, b = (r["id"] for r in q.entries("pending", limit=2))
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0", ICCWATCH_LOCK_WAIT="5")
    frozen = None
    try:
        for _ in range(12):
            frozen = _review(env, "reject", a, "--reason", "test")
            if _when_journal(frozen, env["db"], signal.SIGSTOP):
                break
            frozen.communicate()
            with q.write() as conn:  # landed before it could be frozen: set it back and try again
                conn.execute(q.candidates.update().where(q.candidates.c.id == a).values(status="pending", reviewer=None))
        else:
            pytest.skip("the reject ended each time before its journal could be seen")
        pages = []
        for x in ("/monitor?status=all", "/api/v1/monitor/candidates?status=all"):
            try:
                r = httpx.get(base + x, timeout=60)
                pages.append((r.status_code, r.text))
            except httpx.TransportError as exc:
                pages.append((0, repr(exc)))
        (code, out, err), = _done(_review(env, "reject", b, "--reason", "test", ICCWATCH_LOCK_WAIT="3"))
        os.kill(frozen.pid, signal.SIGCONT)
        fout, ferr = frozen.communicate(timeout=120)
        (code2, _, err2), = _done(_review(env, "reject", b, "--reason", "test"))
    finally:
        if frozen is not None and frozen.poll() is None:
            os.kill(frozen.pid, signal.SIGCONT)
        _, _, serr = _end(p)
    print([(c, t[:200]) for c, t in pages], code, err[-500:])
    # the queue as it stands, or a refusal saying the store is busy: never an empty queue (round 30's first run: the API
    # answered total 0 and the page did not answer within 60 s)
    assert all((c == 200 and '"total":0' not in t and "No candidate" not in t) or (c in (409, 503) and "busy" in t)
               for c, t in pages), pages
    assert code == 2 and "Traceback" not in err and ("lock" in err.lower() or "store" in err.lower()), err[-800:]
    assert frozen.returncode == 0, ferr[-600:]
    assert code2 == 0, err2[-600:]
    assert q.get(a)["status"] == q.get(b)["status"] == "rejected"
    q.close()
    assert _integrity(env["db"]) == "ok"
    assert "Traceback" not in serr, serr[-2000:]


def test_aa9_a_reviewer_interrupted_inside_its_write_leaves_the_store_as_before_and_unlocked(env: dict[str, Path]) -> None:
    """A reject interrupted (SIGINT: Ctrl-C, a job cancelled) the moment its journal appears, inside its write, six times:
    each time the reject either landed whole or not at all (the candidate rejected with its audit entry, or pending with
    none), no journal is left, and a reject of another candidate with a lock wait of 2 s lands at once (no lock kept)."""
    _fill_queue(env["db"], 200)
    q = Queue(f"sqlite:///{env['db']}")
    ids = [r["id"] for r in q.entries("pending", limit=12)]
    inside = 0
    for k in range(6):
        cid, other = ids[2 * k], ids[2 * k + 1]
        p = _review(env, "reject", cid, "--reason", "test")
        inside += _when_journal(p, env["db"], signal.SIGINT)
        out, err = p.communicate(timeout=120)
        assert "Traceback" not in out + err, err[-800:]
        assert not _journal(env["db"]).exists() or _journal(env["db"]).stat().st_size == 0
        con = sqlite3.connect(env["db"])
        audited = con.execute("SELECT count(*) FROM ops_audit WHERE target = ? AND action = 'rejected'", (cid,)).fetchone()[0]
        con.close()
        status = q.get(cid)["status"]
        assert (status, audited) in (("rejected", 1), ("pending", 0)), (k, p.returncode, status, audited, err[-400:])
        (c2, _, e2), = _done(_review(env, "reject", other, "--reason", "test", ICCWATCH_LOCK_WAIT="2"))
        assert c2 == 0, e2[-600:]
    q.close()
    print(f"interrupted inside the write {inside} times of 6")
    assert inside >= 1
    assert _integrity(env["db"]) == "ok"


# session 47 (lead): heavy. 2,000 sockets against 1,024 descriptors is a stress measurement whose outcome depends on the
# machine's load: it passed 3 of 4 runs here, and the one failure came while a fresh-clone CI run and the filter's
# training shared the two cores; the suite runs it with ICCWATCH_RELIABILITY_HEAVY=1 (as AA7b).
@HEAVY
def test_aa10_two_thousand_requests_at_once_on_a_server_allowed_1024_files_are_each_answered(env: dict[str, Path]) -> None:
    """2,000 clients connect at once and each sends its request (the API's meta, the monitor's first page of the API)
    before any answer is read, to a server allowed 1,024 open files (a host's usual limit): every client is answered, 200
    or (round 31) a 503 with Retry-After that says the server could not open the store for too many connections, never a
    500 (round 30: 272 of 2,000); those beyond the descriptors wait in the listen queue and are answered as others finish;
    the server then answers a new client, and its open files fall back to within 50 of where they were."""
    _fill_queue(env["db"], 100)
    p, base, log = _logged_server(env, ICCWATCH_RATE_LIMIT="0")
    port = _port(base)
    subprocess.run(["prlimit", f"--pid={p.pid}", "--nofile=1024:1024"], check=True)
    paths = ("/api/v1/meta", "/api/v1/monitor/candidates?limit=5")
    socks: list[socket.socket] = []
    try:
        before = _fds(p.pid)
        for k in range(2_000):
            s = socket.create_connection(("127.0.0.1", port), timeout=180)
            s.sendall(f"GET {paths[k % 2]} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            socks.append(s)
        t0 = time.monotonic()
        heads, answers = [], []
        for s in socks:
            out = bytearray()
            try:
                while chunk := s.recv(65536):
                    out += chunk
            except OSError as exc:
                out += repr(exc).encode()
            heads.append(bytes(out[:12]))
            answers.append(bytes(out))
            s.close()
        took = time.monotonic() - t0
        code, _ = _answered(base)
        time.sleep(2)
        after = _fds(p.pid)
    finally:
        for s in socks:
            s.close()
        _end(p)
    serr = log.read_text(encoding="utf-8", errors="replace")
    lines = [ln for ln in serr.splitlines() if ln.strip() and "out of system resource" not in ln and "Errno 24" not in ln]
    print("the log's other lines, each once:", sorted(set(lines))[-40:])
    busy = [a for a in answers if a.startswith(b"HTTP/1.1 503")]
    print(f"{sum(h == b'HTTP/1.1 200' for h in heads)} of 2,000 answered 200 and {len(busy)} 503 in {took:.1f} s; fds "
          f"{before} -> {after}; 'out of system resource' logged {serr.count('out of system resource')} times")
    assert all(h in (b"HTTP/1.1 200", b"HTTP/1.1 503") for h in heads), sorted(set(heads))
    for a in busy:  # the clear 503: when to come back, and why, in the API's shape
        head, _, body = a.partition(b"\r\n\r\n")
        assert b"\r\nretry-after: 2" in head.lower(), head
        assert json.loads(body)["detail"].startswith("the server cannot open the store now: every file it may hold open "
                                                     "is in use (too many connections at once"), body[:400]
    assert code == 200 and after - before < 50
    assert serr.count("Traceback") <= serr.count("out of system resource"), serr[-2000:]


def test_aa0b_a_bad_head_wait_refuses_to_start_the_server_naming_the_setting(env: dict[str, Path]) -> None:
    """``ICCWATCH_HEAD_WAIT`` that is no number, 0, negative or past an hour: ``serve`` exits 2 naming the setting, and
    listens on nothing."""
    from tests.test_reliability_s40 import _free_port

    for bad in ("soon", "0", "-3", "inf", "99999"):
        p = _cli("serve", "--port", str(_free_port()), "--db", str(env["db"]), ICCWATCH_DATA=str(env["data"]), ICCWATCH_HEAD_WAIT=bad)
        out, err = p.communicate(timeout=300)
        assert p.returncode == 2 and "ICCWATCH_HEAD_WAIT" in out + err and "Traceback" not in out + err, (bad, out, err[-600:])


# ------------------------------------------------------------------ round 31


def _cpu_s(pid: int) -> float:
    """The CPU seconds (user and system) process ``pid`` has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _idle(pid: int, quiet: float = 3.0, wait: float = 600) -> None:
    """Wait until process ``pid`` has used no CPU for ``quiet`` seconds (its work done or stopped)."""
    end, last, still = time.monotonic() + wait, _cpu_s(pid), 0.0
    while time.monotonic() < end and still < quiet:
        time.sleep(0.5)
        now = _cpu_s(pid)
        still = still + 0.5 if now - last < 0.02 else 0.0
        last = now


def test_aa11_a_page_whose_client_hung_up_is_not_computed_to_its_end(env: dict[str, Path]) -> None:
    """Round 31: thirty clients ask a page sorted by names (3,000 candidates, the queue read 500 at a time) and hang up
    50 ms later; the server's CPU for them, once idle, is under two thirds of what five clients that wait for the same
    page cost it per client (a hang-up stops the read at its next chunk: ``gone.check``; on the base 0.092 s against
    0.108 s, 85 %); the next page is 200 and whole."""
    _fill_queue(env["db"], 3_000)
    p, base, log = _logged_server(env, ICCWATCH_RATE_LIMIT="0")
    port = _port(base)
    path = "/monitor?status=all&sort=person_name&dir=asc"
    try:
        _answered(base, path, timeout=300)
        _idle(p.pid)
        c0 = _cpu_s(p.pid)
        with httpx.Client(timeout=300) as client:
            waited = [client.get(f"{base}{path}&w={k}") for k in range(5)]
        _idle(p.pid)
        full = (_cpu_s(p.pid) - c0) / 5
        c1 = _cpu_s(p.pid)
        socks = []
        for k in range(30):
            s = socket.create_connection(("127.0.0.1", port), timeout=30)
            s.sendall(f"GET {path}&k={k} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            socks.append(s)
        time.sleep(0.05)
        for s in socks:
            s.close()
        _idle(p.pid)
        gone = (_cpu_s(p.pid) - c1) / 30
        r = httpx.get(base + path + "&page=2", timeout=300)
    finally:
        _end(p)
    print(f"CPU per page: {full:.3f} s waited for (5), {gone:.3f} s hung up on (30); next page {r.status_code}")
    assert all(w.status_code == 200 for w in waited) and r.status_code == 200 and "<table" in r.text
    assert gone < full * 2 / 3, (full, gone)
    assert "Traceback" not in log.read_text(encoding="utf-8", errors="replace")


def test_aa11b_a_download_whose_client_hung_up_stops_without_a_traceback(env: dict[str, Path]) -> None:
    """Round 31: ten clients each read the first 4 kB of the queue's CSV sorted by names (3,000 candidates) and hang up:
    the stream stops (``gone.check`` between chunks) with nothing in the server's log, and the whole download is then
    given to a client that reads it (3,000 rows and the header)."""
    _fill_queue(env["db"], 3_000)
    p, base, log = _logged_server(env, ICCWATCH_RATE_LIMIT="0")
    port = _port(base)
    path = "/monitor?status=all&sort=person_name&dir=asc&format=csv"
    try:
        for k in range(10):
            s = socket.create_connection(("127.0.0.1", port), timeout=60)
            s.sendall(f"GET {path}&k={k} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            got = b""
            while len(got) < 4096:
                chunk = s.recv(4096)
                if not chunk:
                    break
                got += chunk
            s.close()
            assert got.startswith(b"HTTP/1.1 200"), got[:200]
        _idle(p.pid)
        r = httpx.get(base + path, timeout=300)
    finally:
        _end(p)
    assert r.status_code == 200 and len(r.text.strip().splitlines()) >= 3_001, r.text[-300:]
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text and "ClientGone" not in text, text[-3000:]
