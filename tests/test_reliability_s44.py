"""Concurrent use, round 27 (session 44): the monitor's queue read a page at a time in the store's order (round 26's
leftovers: the page sorted 50,000 candidates in Python, reconcile read the whole queue, W16's writers waited on the
readers), then new scenarios (X1 ... of docs/monitor.md, "Concurrent use, round 27"). Real processes, a real HTTP server
(``iccwatch serve`` in a process of its own), real SQLite, on copies of the reliability rounds' small record and its
store (never data/)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
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
from sqlalchemy import insert
from starlette.requests import Request
from tests.conftest import SLOW_GROUP
from tests.test_reliability_review import STATE, _announcements, _candidate
from tests.test_reliability_s39 import _cli, _done, _review
from tests.test_reliability_s41 import _end, _server

from iccwatch.facts import Facts
from iccwatch.monitor.queue import Queue
from iccwatch.monitor.review import reconcile

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)


def _varied_queue(db: Path, n: int = 240) -> list[str]:
    """``n`` candidates whose order has ties everywhere: several in one second, several seconds in one day, three days, three
    confidences, ids sharing their first ten characters, four statuses. Returns the ids."""
    q = Queue(f"sqlite:///{db}")
    docs, cands = [], []
    for d in range(n // 8):
        docs.append({"id": f"v{d:015x}", "url": f"https://news.example.org/v-{d}", "title": f"Varied {d}", "publisher": "Test Wire",
                     "date": "2021-05-01", "language": "en", "text": f"Report {d}.", "ingested_at": "2024-01-01T00:00:00+00:00"})
    statuses = ("pending", "pending", "duplicate", "rejected", "accepted")
    for i in range(n):
        cid = ("aaaaaaaaaa" if i % 5 == 0 else f"{(i * 7919) % 10**10:010d}") + f"{i:06x}"
        day = ("2024-02-28", "2024-03-01", "2024-03-02")[i % 3]
        text = f"Report {i // 8}: the government announced it would leave the Court."
        payload = {"id": cid, "document": f"v{i // 8:015x}", "type": "withdrawal_announced", "state": STATE, "date": "2020-01-01",
                   "evidence": {"sentence": text, "start": 0, "end": len(text)}, "confidence": 0.9, "method": "test"}
        cands.append({"id": cid, "document_id": f"v{i // 8:015x}", "type": "withdrawal_announced", "payload": payload,
                      "confidence": (0.5, 0.7, 0.9)[i % 3 if i % 2 else (i // 2) % 3], "method": "test", "model_version": "test",
                      "status": statuses[i % 5 if i % 3 else (i // 3) % 5], "duplicate_of": None,
                      "created_at": f"{day}T0{i % 4}:00:{(i // 12) % 3:02d}+00:00"})
    with q.write() as conn:
        conn.execute(insert(q.documents), docs)
        conn.execute(insert(q.candidates), cands)
    q.close()
    return [c["id"] for c in cands]


def _request(query: dict[str, str]) -> Request:
    from urllib.parse import urlencode

    return Request({"type": "http", "method": "GET", "path": "/monitor", "headers": [], "query_string": urlencode(query).encode()})


def test_x0_the_monitor_page_read_in_the_stores_order_is_the_page_sorted_in_python(env: dict[str, Path]) -> None:
    """Round 26's leftover: /monitor read and sorted the whole queue for a page of 50. Each page the store reads (status,
    period, sort, direction, every page number) holds the same rows, in the same order, as the whole filter sorted by the
    table's own sort (``_sorted``) and cut to that page."""
    from iccwatch.store import read_records
    from iccwatch.web.pages import (
        MONITOR_COLUMNS,
        MONITOR_SQL_ORDERS,
        PAGE_SIZE,
        _monitor_page_rows,
        _monitor_rows,
        _sorted,
    )

    _varied_queue(env["db"])
    q = Queue(f"sqlite:///{env['db']}")
    facts = Facts(read_records(f"sqlite:///{env['db']}"))
    columns = list(MONITOR_COLUMNS)  # (name, heading) pairs, as the page gives the table
    compared = 0
    for status, (since, until), sort, direction in itertools.product(
            ("pending", "all", "rejected"), ((None, None), ("2024-03-01", None), (None, "2024-03-01"), ("2024-03", "2024-03"), ("2024-02-28", "2024-02-28")),
            (None, "nothing-such", *MONITOR_SQL_ORDERS), ("asc", "desc")):
        whole = _sorted(_monitor_rows(q, facts, status, direction, since, until), sort, direction, columns)
        pages = max(1, -(-len(whole) // PAGE_SIZE))
        for page in range(1, pages + 1):
            got = _monitor_page_rows(_request({"page": str(page)}), q, facts, status, sort, direction, since, until)
            assert got is not None
            rows, number, total = got
            assert (number, total) == (page, len(whole))
            assert [r["id"] for r in rows] == [r["id"] for r in whole[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]], (status, since, until, sort, direction, page)
            assert rows == whole[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
            compared += 1
    assert compared > 150
    # the downloads and an unknown direction read the whole queue as before (round 28: a column of names is paged, s45)
    for sort, direction, query in (("ingested_on", "up", {}), ("ingested_on", "desc", {"format": "csv"})):  # round 28: names paged too
        assert _monitor_page_rows(_request(query), q, facts, "all", sort, direction, None, None) is None


def test_x0b_reconcile_reads_the_candidates_the_record_names_and_gives_the_same_answers(env: dict[str, Path]) -> None:
    """Round 26's leftover: reconcile read (and parsed) the whole queue twice before each accept and reject. Read by the
    ids the record names, it marks the same candidates: the written undecided ones, not a decided one, not one the record
    does not name, not one whose document row is gone (``entries`` never listed it)."""
    from iccwatch.store.read import connect_read_only  # noqa: F401  (the store is real SQLite)

    ids = _varied_queue(env["db"], 80)
    q = Queue(f"sqlite:///{env['db']}")
    by_id = {r["id"]: r for r in q.entries()}
    undecided = [i for i in ids if by_id[i]["status"] in ("pending", "duplicate")]
    decided = [i for i in ids if by_id[i]["status"] not in ("pending", "duplicate")]
    orphan = _candidate(q, 4401, state=STATE, date="2012-02-02")
    con = sqlite3.connect(env["db"])
    with con:
        doc = con.execute("SELECT document_id FROM ops_candidates WHERE id = ?", (orphan,)).fetchone()[0]
        con.execute("UPDATE ops_candidates SET document_id = 'gone' WHERE id = ?", (orphan,))
    con.close()
    assert doc
    named = undecided[:7] + decided[:3] + [orphan]
    note = env["data"] / "states" / f"{STATE}.yaml"
    note.write_text(note.read_text(encoding="utf-8") + "".join(f"# candidate {i}\n" for i in named), encoding="utf-8")
    from iccwatch.monitor.review import written_candidates

    assert set(named) <= set(written_candidates(env["data"]))
    # the answer the whole read gave, computed here as reconcile computed it before
    before = {r["id"] for r in q.entries("pending")} | {r["id"] for r in q.entries("duplicate")}
    expected = sorted(c for c in written_candidates(env["data"]) if c in before)
    assert sorted(reconcile(q, env["data"])) == expected == sorted(undecided[:7])
    assert {str(q.get(i)["status"]) for i in undecided[:7]} == {"accepted"}
    assert reconcile(q, env["data"]) == []


# ------------------------------------------------------------------ /monitor paged past 50, through the real server


def _cells(text: str, label: str) -> list[str]:
    return re.findall(rf'<td data-label="{label}"[^>]*>([^<]*)</td>', text)


def test_x0c_the_monitor_page_of_over_100_candidates_through_the_real_server_and_chromium(env: dict[str, Path]) -> None:
    """Round 26's leftover: /monitor's paging had never been seen with more than 50 candidates. About 120 pending (and the
    decided ones, not shown), through ``iccwatch serve``: pages 1 and 2 hold 50 each, page 3 the rest, together each once
    in the download's order (the whole table); a page past the end is refused naming the field; the pager's links keep the
    filter. Then in Debian's Chromium (Playwright, no downloaded browser): "Next" leads to page 2."""
    import csv
    import io

    from tests.web.conftest import ARGS, CHROMIUM

    _varied_queue(env["db"], 304)
    q = Queue(f"sqlite:///{env['db']}")
    pending = q.count("pending")
    assert 100 < pending <= 150, pending  # three pages
    q.close()
    p, base = _server(env["db"], env["data"])
    try:
        with httpx.Client(base_url=base, timeout=300) as c:
            whole = list(csv.DictReader(io.StringIO(c.get("/monitor", params={"format": "csv"}).text)))
            assert len(whole) == pending
            pages = -(-pending // 50)
            seen: list[str] = []
            for n in range(1, pages + 1):
                r = c.get("/monitor", params={"page": n})
                assert r.status_code == 200, r.text[:500]
                ids = _cells(r.text, "ID")
                assert len(ids) == (50 if n < pages else pending - 50 * (pages - 1)), (n, len(ids))
                assert f"{50 * (n - 1) + 1}" in r.text and f"{pending}" in r.text
                hrefs = [h.replace("&amp;", "&") for h in re.findall(r'<nav[^>]*class="pager"[^>]*>(.*?)</nav>', r.text, re.S)[0].split('href="')[1:]]
                assert hrefs and all("page=" in h for h in hrefs), hrefs
                seen += ids
            assert seen == [row["review_id"] for row in whole] and len(seen) == pending  # (ten characters of an id: not unique here)
            asc = c.get("/monitor", params={"page": 2, "dir": "asc", "sort": "ingested_on"})
            assert asc.status_code == 200 and len(_cells(asc.text, "ID")) == min(50, pending - 50)
            for past in (pages + 1, 0, 10**30):
                bad = c.get("/monitor", params={"page": past})
                assert bad.status_code == 422 and "page" in bad.text and f"1 to {pages}" in bad.text, (past, bad.status_code, bad.text[:300])
            kept = c.get("/monitor", params={"status": "all", "page": 2})
            assert kept.status_code == 200 and len(_cells(kept.text, "ID")) == 50
            assert 'status=all' in re.findall(r'<nav[^>]*class="pager"[^>]*>(.*?)</nav>', kept.text, re.S)[0]
        if not Path(CHROMIUM).exists():
            pytest.fail("Debian's chromium is not installed: scripts/test.sh installs it")
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                pg = browser.new_page()
                pg.goto(base + "/monitor")
                assert pg.inner_text(".pager [aria-current=page]").strip().endswith("1")
                first = pg.eval_on_selector_all('td[data-label="ID"]', "cells => cells.map(c => c.textContent.trim())")
                pg.click(".pager a:has-text('Next')")
                pg.wait_for_url(re.compile(r"page=2"))
                assert pg.inner_text(".pager [aria-current=page]").strip().endswith("2")
                second = pg.eval_on_selector_all('td[data-label="ID"]', "cells => cells.map(c => c.textContent.trim())")
                assert first == seen[:50] and second == seen[50:100]
                answer = pg.goto(base + f"/monitor?page={pages + 1}")
                assert answer is not None and answer.status == 422 and "page" in pg.inner_text("main")
            finally:
                browser.close()
    finally:
        _end(p)


# ------------------------------------------------------------------ round 27: new scenarios


def _at_revision_0001(db: Path) -> None:
    """The store as an iccwatch before round 27 left it: the queue's tables at revision 0001, without its order's indexes."""
    con = sqlite3.connect(db)
    with con:
        con.execute("DROP INDEX IF EXISTS ix_ops_candidates_created")
        con.execute("DROP INDEX IF EXISTS ix_ops_candidates_status_created")
        for name in ("review_id", "confidence", "status_review_id", "status_confidence"):  # revision 0003's (round 28)
            con.execute(f"DROP INDEX IF EXISTS ix_ops_candidates_{name}")
        con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.close()


def _indexes(db: Path) -> tuple[set[str], str]:
    con = sqlite3.connect(db)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ops_candidates'")}
        return names, con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_x1_a_store_made_before_the_new_revision_on_a_read_only_disk_is_read_and_upgraded_once_writable(env: dict[str, Path]) -> None:
    """A store at revision 0001 (made before this round) on a read-only disk: the queue's first open cannot add revision
    0002's indexes. ``review list``, ``export``, ``serve`` (its /monitor and the API's page) read it as before; once the
    disk is writable the next command brings it to 0002 and the queue is whole."""
    from tests.test_reliability_s40 import _immutable

    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4410 + i, state=STATE, date=f"2013-0{1 + i}-05") for i in range(3)]
    q.close()
    _at_revision_0001(env["db"])
    with _immutable(env["db"].parent, env["db"]):
        outs = _done(_cli("monitor", "review", "list", "--db", str(env["db"]), "--json"),
                     _cli("export", "participation", "--db", str(env["db"]), "--format", "csv"))
        p, base = _server(env["db"], env["data"])
        try:
            assert p.poll() is None, _end(p)
            page = httpx.get(base + "/monitor", timeout=120)
            api = httpx.get(base + "/api/v1/monitor/candidates", timeout=120)
        finally:
            code, _, err = _end(p)
        assert "Traceback" not in err, err[-1500:]
    assert [c for c, _, _ in outs] == [0, 0], [e[-500:] for _, _, e in outs]
    assert sorted(r["id"] for r in json.loads(outs[0][1])) == sorted(cids)
    assert page.status_code == 200 and all(c[:10] in page.text for c in cids)
    assert api.status_code == 200 and sorted(r["id"] for r in api.json()["items"]) == sorted(cids)
    names, version = _indexes(env["db"])
    assert version == "0001" and not {"ix_ops_candidates_created", "ix_ops_candidates_status_created"} & names
    (code, out, err), = _done(_cli("monitor", "review", "list", "--db", str(env["db"])))
    assert code == 0, err[-1000:]
    names, version = _indexes(env["db"])
    assert version == "0003" and {"ix_ops_candidates_created", "ix_ops_candidates_status_created"} <= names  # 0003: round 28


def test_x2_an_accept_and_a_reject_of_one_candidate_from_two_processes_with_the_server_reading_between(env: dict[str, Path]) -> None:
    """Two reviewers decide the same candidate at once (one accepts, one rejects, two processes) while the server serves
    the queue: for each of four candidates exactly one decision stands, the other is refused naming the decision; the
    record holds the fact only if accepted, and the server shows what the store holds."""
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4420 + i, state=STATE, date=f"2014-0{1 + i}-06") for i in range(4)]
    # the reader asks the server as fast as it answers: the rate limit off, or its 429s (the fresh-clone CI, on a machine
    # faster than the author's) fail the test for what it does not test
    p, base = _unlimited_server(env["db"], env["data"])
    stop = threading.Event()
    bad: list[str] = []

    def reader() -> None:
        with httpx.Client(base_url=base, timeout=300) as c:
            while not stop.is_set():
                for path in ("/monitor?status=all", "/api/v1/monitor/candidates?status=all"):
                    r = c.get(path)
                    if r.status_code != 200:
                        bad.append(f"{path} {r.status_code}")

    t = threading.Thread(target=reader)
    t.start()
    try:
        results = []
        for cid in cids:
            results.append(_done(_review(env, "accept", cid), _review(env, "reject", cid, "--reason", "read twice")))
        stop.set()
        t.join()
        final = httpx.get(base + "/api/v1/monitor/candidates?status=all&limit=100", timeout=120).json()["items"]
    finally:
        stop.set()
        _end(p)
    assert bad == []
    shown = {r["id"]: r["status"] for r in final}
    for cid, ((ac, _, ae), (rc, _, re_)) in zip(cids, results, strict=True):
        status = str(q.get(cid)["status"])
        assert sorted((ac == 0, rc == 0)) == [False, True], (cid, ae[-300:], re_[-300:])
        assert status == ("accepted" if ac == 0 else "rejected") == shown[cid]
        loser = re_ if ac == 0 else ae
        assert "already" in loser and "Traceback" not in loser, loser[-500:]
        date = str(q.get(cid)["payload"]["date"])
        assert _announcements(env["data"]).count(date) == (1 if ac == 0 else 0), (cid, status)


def test_x3_an_ingest_killed_mid_document_then_rerun_keeps_each_document_and_fact_once(store_copy: Path, tmp_path: Path) -> None:
    """A cron ingest of twelve documents SIGKILLed at three moments of its run (each then run again to its end): each
    document stored once, each fact queued once, the store whole (``PRAGMA integrity_check``), no journal left hot."""
    from tests.test_reliability_s41 import _queued

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for k in range(12):
        (inbox / f"{k:02d}.txt").write_text(f"Report {k}. Vladimir Putin arrived in Ulaanbaatar on Monday for an official visit to "
                                            f"Mongolia, his office said ({k}). The visit lasted two days.", encoding="utf-8")
    docs0, _, _ = _queued(store_copy)
    args = ("monitor", "ingest", str(inbox), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(store_copy))
    killed = 0
    for after in (4.0, 8.0, 12.0):
        p = _cli(*args)
        time.sleep(after)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            killed += 1
        p.communicate()
    (code, out, err), = _done(_cli(*args))
    assert code == 0 and "Traceback" not in err, err[-1500:]
    docs, keys, _ = _queued(store_copy)
    assert docs - docs0 == 12, (docs, docs0)
    assert [k for k, c in keys.items() if c > 1] == []
    con = sqlite3.connect(store_copy)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    print(f"ingest killed {killed} times of 3 (one may have ended before its kill)")
    assert killed >= 1


def test_x4_the_server_answers_while_64_slow_clients_hold_half_requests_and_16_never_read_their_answers(env: dict[str, Path]) -> None:
    """Slow clients: 64 connections send half a request's headers and wait; 16 ask for an export and never read it. Other
    clients are answered meanwhile, each within 30 s; the slow ones finished later are answered too; no traceback."""
    p, base = _server(env["db"], env["data"])
    port = int(base.rsplit(":", 1)[1])
    slow: list[socket.socket] = []
    try:
        for _ in range(64):
            s = socket.create_connection(("127.0.0.1", port), timeout=60)
            s.sendall(b"GET /api/v1/meta HTTP/1.1\r\nHost: x\r\n")
            slow.append(s)
        deaf = []
        for _ in range(16):
            s = socket.create_connection(("127.0.0.1", port), timeout=60)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            s.sendall(b"GET /api/v1/export/participation?format=csv HTTP/1.1\r\nHost: x\r\n\r\n")
            deaf.append(s)
        took = []
        with httpx.Client(base_url=base, timeout=60) as c:
            for path in ("/api/v1/meta", f"/api/v1/states/{STATE}", "/monitor", "/api/v1/monitor/candidates") * 3:
                t0 = time.monotonic()
                assert c.get(path).status_code == 200, path
                took.append(time.monotonic() - t0)
        for s in slow:
            s.sendall(b"Connection: close\r\n\r\n")
        answered = 0
        for s in slow:
            data = b""
            while chunk := s.recv(65536):
                data += chunk
            answered += data.startswith(b"HTTP/1.1 200")
        for s in deaf:
            s.close()
        assert httpx.get(base + "/api/v1/meta", timeout=60).status_code == 200
    finally:
        for s in slow:
            s.close()
        code, out, err = _end(p)
    print(f"others answered in at most {max(took):.2f} s; {answered} of 64 slow clients answered")
    assert max(took) < 30 and answered == 64, (max(took), answered)
    assert "Traceback" not in err, err[-2000:]


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _unlimited_server(db: Path, data: Path) -> tuple[subprocess.Popen[str], str]:
    """``iccwatch serve`` without its rate limit (``ICCWATCH_RATE_LIMIT=0``: one test client asks thousands a minute)."""
    return _server(db, data, ICCWATCH_RATE_LIMIT="0")


def test_x5_the_servers_memory_stays_bounded_across_10000_requests_each_asking_something_new(env: dict[str, Path]) -> None:
    """10,000 requests, each address new (its page, offset, filter, period, the day a State is asked on, or a query field
    the page does not read), four clients
    at once, to a server over a queue of 2,000 (its rate limit off): its resident memory after the last is within 80 MB of what it was after the
    first 2,000 (a cache keyed by what clients ask, or a list of every request, would grow with each)."""
    from tests.test_reliability_s43 import _fill_queue

    _fill_queue(env["db"], 2_000)
    p, base = _unlimited_server(env["db"], env["data"])
    rss: list[int] = []
    codes: dict[int, int] = {}
    lock = threading.Lock()

    def address(k: int) -> str:
        day = (dt.date(2003, 1, 1) + dt.timedelta(days=k % 8000)).isoformat()  # a day not asked before (up to 2024)
        return (f"/api/v1/monitor/candidates?status=all&limit={1 + k % 97}&offset={k % 1900}", f"/api/v1/monitor/candidates?limit=5&offset={k % 2500}",
                f"/monitor?page={1 + k % 40}&status=all&until=2024-{1 + k % 12:02d}-{1 + k % 28:02d}", f"/api/v1/states/{STATE}?on={day}",
                f"/monitor?sort=confidence&dir={'asc' if k % 2 else 'desc'}&page={1 + k % 5}&q{k}=x")[k % 5]

    def client(part: range) -> None:
        with httpx.Client(base_url=base, timeout=300) as c:
            for k in part:
                code = c.get(address(k)).status_code
                with lock:
                    codes[code] = codes.get(code, 0) + 1

    try:
        for first, last in ((0, 2_000), (2_000, 10_000)):
            step = (last - first) // 4
            ts = [threading.Thread(target=client, args=(range(first + i * step, first + (i + 1) * step),)) for i in range(4)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            rss.append(_rss_kb(p.pid))
    finally:
        _end(p)
    print(f"server RSS after 2,000 requests {rss[0]:,} kB, after 10,000 {rss[1]:,} kB; answers {codes}")
    assert set(codes) == {200} and sum(codes.values()) == 10_000, codes
    assert rss[1] - rss[0] < 80_000, rss


def test_x6_a_full_disk_under_an_ingest_and_a_build_is_a_clear_error_and_the_store_unchanged(store_copy: Path, tmp_path: Path,
                                                                                           data_dir: Path) -> None:
    """The store's disk fills (the file may not grow: RLIMIT_FSIZE at its size, SIGXFSZ ignored, as a full disk answers
    ENOSPC/EFBIG): an ingest of documents, and a build, are refused with an error naming the store; the store checks, holds
    what it held, and the next ingest with room stores each document once."""
    import resource

    from tests.test_reliability_s41 import _queued

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for k in range(40):
        (inbox / f"{k:02d}.txt").write_text(f"Report {k}. " + "The talks covered energy, coal and a new railway line. " * 300
                                            + "Vladimir Putin arrived in Ulaanbaatar on Monday for an official visit to Mongolia.", encoding="utf-8")
    size = store_copy.stat().st_size
    docs0, _, n0 = _queued(store_copy)

    def full() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    def run(*args: str) -> tuple[int, str, str]:
        from tests.test_reliability_s39 import _env

        p = subprocess.Popen([sys.executable, "-m", "iccwatch", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=_env(), preexec_fn=full)
        out, err = p.communicate(timeout=1800)
        return p.returncode, out, err

    code, out, err = run("monitor", "ingest", str(inbox), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(store_copy))
    assert code != 0 and "Traceback" not in err and str(store_copy) in err + out, (code, err[-1500:])
    docs, _, n = _queued(store_copy)
    assert (docs, n) == (docs0, n0) or docs > docs0  # whole documents only: each stored with its candidates, or none
    con = sqlite3.connect(store_copy)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    size = store_copy.stat().st_size // 2  # a build writes a new file beside the store: it cannot reach the store's size
    before = store_copy.read_bytes()
    code, out, err = run("data", "build", "--data", str(data_dir), "--db", str(store_copy))  # data/ only read
    assert code != 0 and "Traceback" not in err and str(store_copy.parent) in err + out, (code, err[-1500:])
    assert store_copy.read_bytes() == before and not [f for f in store_copy.parent.iterdir() if ".building" in f.name]
    (code, out, err), = _done(_cli("monitor", "ingest", str(inbox), "--date", "2025-06-04", "--publisher", "Test Wire",
                                   "--db", str(store_copy)))
    assert code == 0, err[-1500:]
    assert _queued(store_copy)[0] - docs0 == 40


def test_x7_a_review_waiting_on_a_stopped_process_that_holds_the_stores_lock_is_refused_then_lands_when_it_goes_on(env: dict[str, Path]) -> None:
    """A process holding the store's lock is stopped (SIGSTOP: a laptop suspended, a debugger): a reject waiting 2 s is
    refused naming the lock and changes nothing; once the holder goes on (SIGCONT) and lets go, the reject lands."""
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4430, state=STATE, date="2015-05-05")
    from tests.test_reliability_s39 import _env

    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; from iccwatch.store.locks import store_lock\n"
                               "with store_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(3)\n", str(env["db"])],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        holder.send_signal(signal.SIGSTOP)
        (code, out, err), = _done(_review(env, "reject", cid, "--reason", "rumour", ICCWATCH_LOCK_WAIT="2"))
        assert code != 0 and "Traceback" not in err and ("held by another process" in err or "busy" in err.lower()), (code, err[-1000:])
        assert str(q.get(cid)["status"]) == "pending"
    finally:
        holder.send_signal(signal.SIGCONT)
        holder.communicate(timeout=120)
    (code, out, err), = _done(_review(env, "reject", cid, "--reason", "rumour"))
    assert code == 0, err[-1000:]
    assert str(q.get(cid)["status"]) == "rejected"


def test_x8_a_store_from_a_newer_iccwatch_is_named_never_downgraded(env: dict[str, Path]) -> None:
    """A store whose queue a newer iccwatch migrated (a revision this one does not know): ``review list``, ``reject`` and
    ``serve`` say so, naming the store, change nothing, and never a traceback."""
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4440, state=STATE, date="2016-06-06")
    q.close()
    con = sqlite3.connect(env["db"])
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    before = env["db"].read_bytes()
    outs = _done(_cli("monitor", "review", "list", "--db", str(env["db"])), _review(env, "reject", cid, "--reason", "rumour"))
    p, base = _server(env["db"], env["data"])
    outs.append(_end(p))
    for code, _, err in outs:
        assert code == 2 and "Traceback" not in err and str(env["db"]) in err and "9999" in err, (code, err[-1500:])
    assert env["db"].read_bytes() == before


def test_x9_a_client_gone_in_the_middle_of_a_big_download_leaves_the_server_answering(env: dict[str, Path]) -> None:
    """Forty clients ask for the monitor's whole CSV (2,000 candidates) and the API's whole queue and hang up after their
    first kilobyte; the server answers the next clients, its memory does not keep the abandoned answers, no traceback."""
    from tests.test_reliability_s43 import _fill_queue

    _fill_queue(env["db"], 2_000)
    p, base = _server(env["db"], env["data"])
    port = int(base.rsplit(":", 1)[1])
    try:
        assert httpx.get(base + "/monitor?format=csv&status=all", timeout=300).status_code == 200
        rss0 = _rss_kb(p.pid)
        for k in range(40):
            path = ("/monitor?format=csv&status=all", "/api/v1/monitor/candidates?status=all&limit=0")[k % 2]
            with socket.create_connection(("127.0.0.1", port), timeout=120) as s:
                s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                s.recv(1024)
        time.sleep(2)
        ok = [httpx.get(base + x, timeout=120).status_code for x in ("/api/v1/meta", "/monitor", f"/api/v1/states/{STATE}")]
        rss1 = _rss_kb(p.pid)
    finally:
        code, out, err = _end(p)
    print(f"RSS {rss0:,} kB before 40 abandoned downloads, {rss1:,} kB after")
    assert ok == [200, 200, 200] and "Traceback" not in err, err[-2000:]
    assert rss1 - rss0 < 100_000, (rss0, rss1)


def test_x10_reviews_through_two_data_folders_on_one_store_decide_each_candidate_once(env: dict[str, Path]) -> None:
    """Two reviewers, each with a clone of the record (two data folders: two data locks), on one store: both accept the
    same candidates at once. Each candidate is decided once; the loser is refused naming the decision; the winner's clone
    holds the fact once, and the loser's clone holds it at most once and is told so (it wrote before the queue said no)."""
    import shutil

    other = env["tmp"] / "data2"
    shutil.copytree(env["data"], other)
    second = {**env, "data": other}
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4450 + i, state=STATE, date=f"2017-0{1 + i}-07") for i in range(4)]
    for cid in cids:
        (a, _, ae), (b, _, be) = _done(_review(env, "accept", cid), _review(second, "accept", cid))
        assert sorted((a == 0, b == 0)) == [False, True], (ae[-300:], be[-300:])
        date = str(q.get(cid)["payload"]["date"])
        winner, loser, said = (env["data"], other, be) if a == 0 else (other, env["data"], ae)
        assert str(q.get(cid)["status"]) == "accepted" and "Traceback" not in said
        assert _announcements(winner).count(date) == 1
        kept = _announcements(loser).count(date)
        assert kept == 0 or (kept == 1 and "holds the record" in said), (kept, said[-500:])


def test_x11_an_edit_through_another_data_folder_while_an_accept_checks_the_record_is_never_lost(env: dict[str, Path]) -> None:
    """Two reviewers with their own clones of the record on one store: one accepts a candidate while the other corrects its
    date (``review edit --set date=...``), at once. The data locks are the clones' own, so nothing orders them; the store
    must: either the edit lands first and the accept writes the corrected date, or the accept lands first and the edit is
    refused, or the accept is refused (the candidate changed under it) and nothing is written. Never an accepted
    candidate whose record holds another date than the queue's, with the edit told it was made."""
    import shutil

    other = env["tmp"] / "data2"
    shutil.copytree(env["data"], other)
    second = {**env, "data": other}
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4460 + i, state=STATE, date=f"2018-0{1 + i}-08") for i in range(3)]
    outcomes = []
    for i, cid in enumerate(cids):
        new = f"2018-0{1 + i}-28"
        (ac, _, ae), (ec, _, ee) = _done(_review(env, "accept", cid), _review(second, "edit", cid, "--set", f"date={new}"))
        row = q.get(cid)
        stored, status = str(row["payload"]["date"]), str(row["status"])
        recorded = [d for d in (f"2018-0{1 + i}-08", new) if d in _announcements(env["data"])]
        outcomes.append((ac, ec, status, stored, recorded))
        assert "Traceback" not in ae + ee, (ae[-800:], ee[-800:])
        if status == "accepted":
            assert ac == 0 and recorded == [stored], outcomes[-1]  # the record holds what the queue holds
            assert ec != 0 or stored == new, (outcomes[-1], ee[-300:])  # an edit said to be made is in the record
        else:
            assert ac != 0 and recorded == [] and ec == 0 and stored == new, (outcomes[-1], ae[-500:])
    print("accept / edit outcomes:", outcomes)
