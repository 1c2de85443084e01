"""Concurrent use, round 29 (session 46): round 28's leftovers (a download sorted by names read the whole filter; a page
typed in the first half and the API's offsets walked ``OFFSET``), then new scenarios (Z1 ... of docs/monitor.md, "Concurrent
use, round 29"). Real processes, a real HTTP server (``iccwatch serve`` in a process of its own), raw sockets, real SQLite,
on copies of the reliability rounds' small record and its store (never data/)."""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import threading
import time
from pathlib import Path

import httpx
import pytest
from tests.conftest import SLOW_GROUP
from tests.test_reliability_review import STATE, _candidate
from tests.test_reliability_s39 import _cli, _done, _review
from tests.test_reliability_s41 import _end, _server
from tests.test_reliability_s43 import _fill_queue
from tests.test_reliability_s44 import _at_revision_0001, _cells, _indexes, _rss_kb
from tests.test_reliability_s45 import (
    _rss_under_load,
    _slow_download,
    _unchunked,
    _varied_words,
    _while_slow_download,
)

from iccwatch.monitor.queue import Queue

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)


def _integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


# ------------------------------------------------------------------ round 28's leftovers


def test_z0_any_window_of_the_queue_read_from_the_nearest_place_is_the_offsets_rows(env: dict[str, Path]) -> None:
    """``Queue.window`` (what a page and the API's offset read) starts from the nearest place a read before it ended or
    began, from the end, or from the start: for windows of several sizes, read forwards in steps (the API's walk), backwards,
    at random and in pages typed anywhere, each the same rows as ``entries(limit, offset)``; a write in between (another
    version of the store) is read right, never from a place learnt before it."""
    _varied_words(env["db"], 400)
    q = Queue(f"sqlite:///{env['db']}")
    rng = random.Random(46)
    for status, order, descending in itertools.product((None, "pending"), ("queued", "review_id", "confidence"), (False, True)):
        total = q.count(status)
        for size in (1, 7, 50, 100):
            steps = [*range(0, total + size, size), *range(total, -size, -size)]
            steps += [rng.randrange(0, total + 3) for _ in range(15)]
            for o in steps:
                o = max(0, o)
                truth = q.entries(status, limit=size, offset=o, order=order, descending=descending)
                assert q.window(o, size, total, status, order=order, descending=descending) == truth, (status, order, descending, size, o)
    # what SQLite is asked to walk: the API's offsets in steps of 100 bind an OFFSET of 0, and a window typed between
    # places read before walks only the rows from the nearest one (round 28: each walked its whole offset)
    from sqlalchemy import event

    walked: list[int] = []

    def seen(conn, cursor, statement, params, context, many) -> None:  # noqa: ANN001 - SQLAlchemy's hook
        if "OFFSET" in statement and "JOIN" in statement:  # a read of the listing (not the probe of _read)
            walked.append(int(params[-1]))

    fresh = Queue(f"sqlite:///{env['db']}")  # nothing learnt yet
    event.listen(fresh.engine, "before_cursor_execute", seen)
    total = fresh.count(None)
    for o in range(0, 300, 100):
        fresh.window(o, 100, total, None)
    typed = fresh.window(150, 30, total, None)  # typed: read back from where the step at 200 began, 20 rows walked
    event.remove(fresh.engine, "before_cursor_execute", seen)
    fresh.close()
    assert typed == q.entries(None, limit=30, offset=150)
    assert walked == [0, 0, 0, 20], walked
    # a write between two reads: the places learnt before it are not used
    total = q.count("pending")
    first = q.window(0, 50, total, "pending")
    assert q.window(50, 50, total, "pending") == q.entries("pending", limit=50, offset=50)
    with q.write() as conn:
        conn.execute(q.candidates.delete().where(q.candidates.c.id == first[10]["id"]))
    total = q.count("pending")
    assert q.window(50, 50, total, "pending") == q.entries("pending", limit=50, offset=50)
    assert q.window(100, 50, total, "pending") == q.entries("pending", limit=50, offset=100)
    # bounded: many filters and offsets keep at most MARKED_FILTERS filters of MARKS places a side
    for k in range(300):
        q.window(rng.randrange(0, total), 1 + k % 9, total, "pending", order=("queued", "review_id", "confidence")[k % 3], descending=k % 2 == 0)
    assert len(q._marks) <= q.MARKED_FILTERS
    assert all(len(a) <= q.MARKS and len(b) <= q.MARKS for a, b in q._marks._data.values())
    q.close()


def test_z0b_the_apis_offsets_walked_in_steps_are_each_the_queues_rows(env: dict[str, Path]) -> None:
    """The API's contract kept (``offset``, ``limit``, ``total``; no new parameter): through ``iccwatch serve``, a client
    walking the queue's offsets in steps of 100, then backwards, then at random and past the end, gets each time the rows
    ``entries(limit, offset)`` gives, each candidate once over the forward walk."""
    _fill_queue(env["db"], 1_000)
    q = Queue(f"sqlite:///{env['db']}")
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    seen: list[str] = []
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            def api(o: int, n: int = 100) -> dict:
                r = c.get("/api/v1/monitor/candidates", params={"status": "all", "offset": o, "limit": n})
                assert r.status_code == 200, r.text[:300]
                return r.json()

            for o in range(0, 1_000, 100):
                got = api(o)
                assert got["total"] == 1_000 and (got["offset"], got["limit"]) == (o, 100)
                assert [r["id"] for r in got["items"]] == [r["id"] for r in q.entries(None, limit=100, offset=o)]
                seen += [r["id"] for r in got["items"]]
            for o in [*range(900, -1, -100), 437, 12, 999, 1_000, 5_000, 2**63 - 1, 2**63, 10**30]:
                got = api(o, 37)
                assert [r["id"] for r in got["items"]] == [r["id"] for r in q.entries(None, limit=37, offset=o)], o
    finally:
        _, _, serr = _end(p)
    q.close()
    assert len(seen) == len(set(seen)) == 1_000
    assert "Traceback" not in serr, serr[-2000:]


# ------------------------------------------------------------------ new scenarios


def test_z1_accepts_land_while_a_slow_client_reads_the_download_sorted_by_names(env: dict[str, Path]) -> None:
    """A client reads the monitor's CSV sorted by person (a column of the record's names, read as places then rows by id,
    500 a read) of 3,000 candidates at 16 kB/s, while three accepts run from processes (lock wait 20 s): each lands while
    the download runs, the download holds each candidate once, whole."""
    _fill_queue(env["db"], 3_000)
    q = Queue(f"sqlite:///{env['db']}")
    # facts the record can take (the filling's dates run from 1990: before the Statute, an accept is refused, as it should)
    ids = [r["id"] for r in q.entries("pending", limit=60) if r["payload"]["date"] >= "2005"][:3]
    q.close()
    path = "/monitor?format=csv&status=all&sort=person_name&dir=asc"
    outs, still, raw, err = _while_slow_download(env, path, 16_000, 4, lambda: _done(
        *(_review(env, "accept", cid, ICCWATCH_LOCK_WAIT="20") for cid in ids)))
    assert [c for c, _, _ in outs] == [0, 0, 0], [e[-500:] for _, _, e in outs]
    assert still, "the download ended before the accepts: the test proves nothing"
    lines = _unchunked(raw).decode().splitlines()
    assert len(lines) == 3_001 and len({ln.rsplit(",", 1)[1] for ln in lines[1:]}) == 3_000
    q = Queue(f"sqlite:///{env['db']}")
    assert {q.get(cid)["status"] for cid in ids} == {"accepted"}
    q.close()
    assert "Traceback" not in err, err[-2000:]


def test_z2_a_store_of_an_older_revision_swapped_under_the_server_then_upgraded_by_another_process(env: dict[str, Path]) -> None:
    """The store replaced under a running server by a copy made before revisions 0002 and 0003 (no order indexes), then
    brought to 0003 by another process (``review list``) while four clients read the server's pages: every page answered
    200 with the right total before, during and after the upgrade; the store at 0003 with its indexes, whole."""
    _fill_queue(env["db"], 600)
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    old = env["tmp"] / "old.sqlite"
    shutil.copy(env["db"], old)
    _at_revision_0001(old)
    _candidate(Queue(f"sqlite:///{env['db']}", migrate=False), 9_901, state=STATE, date="2012-02-02")  # the swapped-out file differs
    stop = threading.Event()
    bad: list[str] = []
    totals: set[str] = set()

    def reader(k: int) -> None:
        with httpx.Client(base_url=base, timeout=300) as c:
            while not stop.is_set():
                for x in ("/monitor?status=all", f"/monitor?status=all&page={1 + k * 3}", "/monitor?sort=confidence&dir=desc&page=5",
                          "/api/v1/monitor/candidates?status=all&offset=550"):
                    r = c.get(x)
                    if r.status_code != 200:
                        bad.append(f"{x} {r.status_code} {r.text[:200]}")
                    elif x.startswith("/monitor?status=all&page"):
                        totals.update(__import__("re").findall(r"(\d+) rows", r.text)[:1])

    try:
        assert "601 rows" in httpx.get(base + "/monitor?status=all", timeout=120).text
        os.replace(old, env["db"])
        ts = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
        for t in ts:
            t.start()
        time.sleep(3)
        (code, out, err), = _done(_cli("monitor", "review", "list", "--db", str(env["db"])))
        time.sleep(3)
        stop.set()
        for t in ts:
            t.join()
        after = httpx.get(base + "/monitor?status=all&page=12", timeout=120)
    finally:
        stop.set()
        _, _, serr = _end(p)
    assert code == 0, err[-1000:]
    assert bad == [], bad[:5]
    assert totals == {"600"}, totals
    assert after.status_code == 200 and "600 rows" in after.text and len(_cells(after.text, "ID")) == 50
    names, version = _indexes(env["db"])
    assert version == "0003" and "ix_ops_candidates_created" in names
    assert _integrity(env["db"]) == "ok"
    assert "Traceback" not in serr, serr[-2000:]


def test_z3_clients_hanging_up_inside_the_download_sorted_by_names_hold_nothing_a_writer_waits_for(env: dict[str, Path]) -> None:
    """Sixteen clients ask for the CSV or JSON of 3,000 candidates sorted by a column of names (each one's places sorted,
    then its rows read 500 at a time) and hang up after their first kilobyte or before any byte: a reject with a 5 s lock
    wait then lands, the next pages are answered, the server's memory keeps none of the sixteen."""
    _fill_queue(env["db"], 3_000)
    q = Queue(f"sqlite:///{env['db']}")
    cid = q.entries("pending", limit=1)[0]["id"]
    q.close()
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    port = int(base.rsplit(":", 1)[1])
    try:
        httpx.get(base + "/monitor?sort=state_name", timeout=300)
        rss0 = _rss_kb(p.pid)
        held = []
        for k in range(16):
            s = socket.create_connection(("127.0.0.1", port), timeout=300)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            s.sendall(f"GET /monitor?format={('csv', 'json')[k % 2]}&status=all&sort={('person_name', 'state_name')[k // 2 % 2]} "
                      "HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            if k % 4 == 3:
                s.close()  # gone before the first byte
                continue
            s.recv(1024)
            held.append(s)
        (code, out, err), = _done(_review(env, "reject", cid, "--reason", "test", ICCWATCH_LOCK_WAIT="5"))
        for s in held:
            s.close()
        time.sleep(3)
        ok = [httpx.get(base + x, timeout=300).status_code for x in ("/api/v1/meta", "/monitor", "/monitor?sort=person_name&page=3")]
        rss1 = _rss_kb(p.pid)
    finally:
        _, _, serr = _end(p)
    assert code == 0, err[-1000:]
    assert ok == [200, 200, 200], ok
    print(f"RSS {rss0:,} kB before 16 abandoned downloads sorted by names, {rss1:,} kB after")
    assert rss1 - rss0 < 60_000
    assert "Traceback" not in serr, serr[-2000:]


def test_z4_very_deep_pages_and_offsets_are_answered_or_refused_never_500(env: dict[str, Path]) -> None:
    """Deep pages and offsets: the monitor's last page and one past it, a page of 300 digits, the API's offset at the last
    row, at SQLite's largest integer and past it, 10^400, and a limit of 0 and 10^6: each 200 (the right rows or none) or
    422 naming the field; the server answers afterwards; the store unchanged."""
    _fill_queue(env["db"], 2_000)
    before = env["db"].read_bytes()
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    try:
        with httpx.Client(base_url=base, timeout=300) as c:
            pages = {n: c.get("/monitor", params={"status": "all", "page": n}) for n in ("40", "41", "9" * 300, "0" * 200 + "2")}
            offsets = {(o, lim): c.get("/api/v1/monitor/candidates", params={"status": "all", "offset": o, "limit": lim})
                       for o, lim in (("1999", "100"), (str(2**63 - 1), "5"), (str(2**63), "5"), ("1" + "0" * 400, "5"),
                                      ("0", "0"), ("0", str(10**6)), ("-1", "5"))}
            meta = c.get("/api/v1/meta").status_code
    finally:
        _, _, serr = _end(p)
    for k, r in [*pages.items(), *offsets.items()]:
        print(str(k)[:40], r.status_code, r.text[:160].replace("\n", " "))
        assert r.status_code in (200, 422), (k[:40], r.status_code, r.text[:400])
        if r.status_code == 422:
            assert "page" in r.text or "offset" in r.text or "limit" in r.text, r.text[:400]
    assert pages["40"].status_code == 200 and len(_cells(pages["40"].text, "ID")) == 50
    assert pages["41"].status_code == 422 and pages["9" * 300].status_code == 422
    assert pages["0" * 200 + "2"].status_code == 200
    assert offsets["1999", "100"].status_code == 200 and len(offsets["1999", "100"].json()["items"]) == 1
    assert offsets[str(2**63 - 1), "5"].json()["items"] == [] and offsets[str(2**63), "5"].json()["items"] == []
    assert [offsets[k].status_code for k in (("0", "0"), ("0", str(10**6)), ("-1", "5"))] == [422, 422, 422]
    assert meta == 200 and env["db"].read_bytes() == before
    assert "Traceback" not in serr, serr[-2000:]


def _raw(port: int, request: bytes, timeout: float = 60) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(request)
        except OSError:  # the server closed before the whole request was sent: what it answered, if anything, is read below
            pass
        out = bytearray()
        try:
            while chunk := s.recv(65536):
                out += chunk
        except OSError:
            pass
        return bytes(out)


def test_z5_huge_query_strings_headers_and_repeated_fields_are_refused_or_answered_and_the_server_stays(env: dict[str, Path]) -> None:
    """Requests built to exhaust the server: a query string of 1 MB, a header of 256 kB, 5,000 headers, 20,000 repeated
    ``status`` fields, a sort of 100 kB: each answered with a status (a 4xx, or 200 where the page can ignore what it does
    not read), never a 500 or a traceback; the server answers the next client and its memory is back within 40 MB."""
    _fill_queue(env["db"], 200)
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    port = int(base.rsplit(":", 1)[1])
    answers = {}
    try:
        rss0 = _rss_kb(p.pid)
        big = {
            "query 1 MB": f"GET /monitor?q={'a' * 1_000_000} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode(),
            "header 256 kB": f"GET /monitor HTTP/1.1\r\nHost: x\r\nX-Big: {'b' * 262_144}\r\nConnection: close\r\n\r\n".encode(),
            "5,000 headers": ("GET /monitor HTTP/1.1\r\nHost: x\r\n" + "".join(f"X-H{i}: v\r\n" for i in range(5_000))
                              + "Connection: close\r\n\r\n").encode(),
            "20,000 status": ("GET /monitor?" + "&".join(["status=all"] * 20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").encode(),
            "sort 100 kB": f"GET /monitor?sort={'c' * 100_000}&dir=desc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode(),
            "API 20,000 offsets": ("GET /api/v1/monitor/candidates?" + "&".join(f"offset={i}" for i in range(20_000))
                                   + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").encode(),
        }
        for name, req in big.items():
            for _ in range(3):
                answers[name] = _raw(port, req)
        after = httpx.get(base + "/monitor?status=all", timeout=120)
        rss1 = _rss_kb(p.pid)
    finally:
        _, _, serr = _end(p)
    for name, raw in answers.items():
        line = raw.split(b"\r\n", 1)[0].decode("latin-1")
        print(name, "->", line or "(closed without an answer)", raw.partition(b"\r\n\r\n")[2][:120])
        assert not line.startswith("HTTP/1.1 5"), (name, raw[:400])
    assert after.status_code == 200 and "200 rows" in after.text
    print(f"RSS {rss0:,} kB before, {rss1:,} kB after")
    assert rss1 - rss0 < 40_000
    assert "Traceback" not in serr, serr[-2000:]


def test_z6_an_ingest_and_a_data_build_on_one_store_at_once_lose_no_document(store_copy: Path, tmp_path: Path, data_dir: Path) -> None:
    """A monitor ingest of six documents and ``data build`` (which copies the queue into a new file and swaps it in) run on
    one store (the whole record's) at once, twice, the build started at two moments of the ingest: each exits 0, and after
    each pair the six documents are in the store that stands, each once, no fact queued twice; the store whole."""
    from tests.test_reliability_s41 import _queued

    results = []
    for round_ in range(2):
        inbox = tmp_path / f"inbox{round_}"
        inbox.mkdir()
        for k in range(6):
            (inbox / f"{k:02d}.txt").write_text(f"Report {round_}-{k}. Vladimir Putin arrived in Ulaanbaatar on Monday for an official "
                                                f"visit to Mongolia, his office said ({round_}.{k}). The visit lasted two days.", encoding="utf-8")
        docs0, _, _ = _queued(store_copy)
        ingest = _cli("monitor", "ingest", str(inbox), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(store_copy),
                      ICCWATCH_LOCK_WAIT="300")
        time.sleep(1.0 + 3.0 * round_)
        build = _cli("data", "build", "--data", str(data_dir), "--db", str(store_copy), ICCWATCH_LOCK_WAIT="300")  # data/ only read
        (ic, iout, ierr), (bc, bout, berr) = _done(ingest, build, timeout=900)
        docs, keys, _ = _queued(store_copy)
        results.append((ic, bc, docs - docs0, ierr[-300:], berr[-300:]))
        assert [k for k, c in keys.items() if c > 1] == []
    print(results)
    for ic, bc, added, ierr, berr in results:
        assert (ic, bc) == (0, 0), (ierr, berr)
        assert added == 6, ("the ingest stored six documents; the store that stands holds", added, ierr, berr)
    assert _integrity(store_copy) == "ok"


def test_z7_sigterm_to_the_server_in_the_middle_of_requests_ends_it_cleanly_and_leaves_the_store_whole(env: dict[str, Path]) -> None:
    """SIGTERM reaches the server while eight clients read slow downloads and pages and a reject is being written by another
    process: the server ends (within 60 s), with no traceback; the reject lands or is refused, never half; no journal left
    beside the store; the store whole; a new server on it answers the queue as the store holds it."""
    _fill_queue(env["db"], 2_000)
    q = Queue(f"sqlite:///{env['db']}")
    cid = q.entries("pending", limit=1)[0]["id"]
    q.close()
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    got: dict[str, bytes] = {}
    ts = [threading.Thread(target=_slow_download, args=(base, f"/monitor?format=csv&status=all&k={k}", 8_000, got), daemon=True)
          for k in range(4)]
    stop = threading.Event()

    def pager() -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            while not stop.is_set():
                try:
                    c.get("/monitor?status=all&page=7")
                except httpx.HTTPError:
                    return

    ts += [threading.Thread(target=pager, daemon=True) for _ in range(4)]
    for t in ts:
        t.start()
    time.sleep(3)
    rev = _review(env, "reject", cid, "--reason", "test")
    time.sleep(0.3)
    t0 = time.monotonic()
    code, out, serr = _end(p, signal.SIGTERM)
    took = time.monotonic() - t0
    stop.set()
    (rc, rout, rerr), = _done(rev)
    print(f"server exit {code} after {took:.1f} s; reject exit {rc}")
    assert took < 60 and code is not None
    assert "Traceback" not in serr, serr[-2000:]
    assert rc == 0, rerr[-500:]
    assert not Path(f"{env['db']}-journal").exists() and _integrity(env["db"]) == "ok"
    p2, base2 = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    try:
        page = httpx.get(base2 + "/monitor?status=all", timeout=120)
        one = httpx.get(base2 + "/monitor?status=rejected", timeout=120)
    finally:
        _end(p2)
    assert page.status_code == 200 and "2000 rows" in page.text
    assert cid[:10] in one.text


def test_z8_the_same_accept_given_twice_at_once_writes_the_fact_once(env: dict[str, Path]) -> None:
    """A reviewer's accept sent twice at once (a double click, a retried job), three candidates, twice through one data
    folder and once through two (a clone): each candidate accepted once, the other refused saying it is already accepted;
    the record holds each fact once."""
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4600 + i, state=STATE, date=f"2015-0{1 + i}-07") for i in range(3)]
    clone = env["tmp"] / "clone"
    shutil.copytree(env["data"], clone)
    state_file = env["data"] / "states" / f"{STATE}.yaml"
    results = []
    for i, cid in enumerate(cids):
        other = {"data": clone, "db": env["db"]} if i == 2 else env
        results.append(_done(_review(env, "accept", cid), _review(other, "accept", cid)))
    for cid, outs in zip(cids, results, strict=True):
        codes = sorted(c for c, _, _ in outs)
        assert codes == [0, 2], [e[-400:] for _, _, e in outs]
        loser = next(e for c, _, e in outs if c != 0)
        assert "already" in loser or "meanwhile" in loser, loser[-400:]
        assert q.get(cid)["status"] == "accepted"
    text = state_file.read_text(encoding="utf-8") + (clone / "states" / f"{STATE}.yaml").read_text(encoding="utf-8")
    for i in range(3):
        assert text.count(f"2015-0{1 + i}-07") == 1, (i, text.count(f"2015-0{1 + i}-07"))
    q.close()


def test_z9_the_apis_offset_walk_across_writes_reads_the_store_as_it_stands(env: dict[str, Path]) -> None:
    """A client walks the API's offsets in steps while other processes reject candidates and queue new ones between its
    steps: each step's rows are the store's rows at that offset as it then stands (a place learnt before a write is not
    used after it), the totals move with the writes."""
    from tests.test_reliability_s45 import _insert_elsewhere

    _fill_queue(env["db"], 800)
    q = Queue(f"sqlite:///{env['db']}")
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    wrong, totals = [], []
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            for k, o in enumerate(range(0, 800, 100)):
                r = c.get("/api/v1/monitor/candidates", params={"offset": o, "limit": 100}).json()
                totals.append(r["total"])
                if [x["id"] for x in r["items"]] != [x["id"] for x in q.entries("pending", limit=100, offset=o)]:
                    wrong.append(o)
                if k % 3 == 1:
                    victim = q.entries("pending", limit=1, offset=o + 50)[0]["id"]
                    (code, _, err), = _done(_review(env, "reject", victim, "--reason", "test"))
                    assert code == 0, err[-400:]
                elif k % 3 == 2:
                    _insert_elsewhere(env["db"], 2, 9_000 + k * 10)
    finally:
        _, _, serr = _end(p)
    q.close()
    assert wrong == [], wrong
    assert totals[0] == 800 and totals[-1] != 800, totals
    assert "Traceback" not in serr, serr[-2000:]


def test_z10_the_servers_memory_stays_flat_across_thousands_of_new_offsets_and_filters(env: dict[str, Path]) -> None:
    """4,000 requests each asking the API or the monitor for an offset, a size, an order and a period not asked before (what
    the queue remembers of each read: its places, bounded per filter and in filters), four clients, a queue of 3,000: each
    answered 200; the server's RSS over the second half moves by less than 8 MB."""
    _fill_queue(env["db"], 3_000)
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    sorts = ("ingested_on", "review_id", "confidence")

    def address(k: int) -> str:
        if k % 2:
            return f"/api/v1/monitor/candidates?status={('all', 'pending')[k // 2 % 2]}&offset={(k * 7919) % 3_000}&limit={1 + k % 97}"
        return f"/monitor?status=all&sort={sorts[k % 3]}&dir={('asc', 'desc')[k // 3 % 2]}&page={1 + (k * 31) % 60}"

    try:
        series, codes = _rss_under_load(base, p.pid, [address(k) for k in range(4_000)], 500)
    finally:
        _, _, serr = _end(p)
    print(f"RSS every 500 requests (kB): {series}; answers {codes}")
    assert set(codes) == {200} and sum(codes.values()) == 4_000, codes
    half = series[len(series) // 2 - 1:]
    assert max(half) - min(half) < 8_000, series
    assert "Traceback" not in serr, serr[-2000:]


def test_z11_a_json_download_while_rejects_write_is_whole_json_each_candidate_once(env: dict[str, Path]) -> None:
    """Eight clients download the monitor's JSON of 2,000 candidates in each store order and in a column of names while
    another process rejects twenty candidates one after another: every download whole JSON with each candidate once; each
    reject landed."""
    _fill_queue(env["db"], 2_000)
    q = Queue(f"sqlite:///{env['db']}")
    ids = [r["id"] for r in q.entries("pending", limit=20, offset=900)]
    q.close()
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    got: dict[str, bytes] = {}
    paths = [f"/monitor?format=json&status=all&sort={s}&dir={d}" for s in ("ingested_on", "confidence", "person_name", "state_name")
             for d in ("asc", "desc")]
    try:
        ts = [threading.Thread(target=_slow_download, args=(base, x, 64_000, got)) for x in paths]
        for t in ts:
            t.start()
        codes = []
        for cid in ids:
            (code, _, err), = _done(_review(env, "reject", cid, "--reason", "test", ICCWATCH_LOCK_WAIT="20"))
            codes.append(code)
        for t in ts:
            t.join(timeout=900)
    finally:
        _, _, serr = _end(p)
    assert codes == [0] * 20
    for x in paths:
        rows = json.loads(_unchunked(got[x]))
        assert len(rows) == 2_000 and len({r["created_at"] for r in rows}) == 2_000, x
    assert "Traceback" not in serr, serr[-2000:]
