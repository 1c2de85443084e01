"""Concurrent use, round 28 (session 45): round 27's leftovers (a page sorted by names or words and the downloads read the
whole queue; the count and the ``OFFSET`` walk grew with the queue; memory past 10,000 requests unmeasured), then new
scenarios (Y1 ... of docs/monitor.md, "Concurrent use, round 28"). Real processes, a real HTTP server (``iccwatch serve`` in
a process of its own), real SQLite, on copies of the reliability rounds' small record and its store (never data/)."""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update
from tests.conftest import SLOW_GROUP
from tests.test_reliability_review import STATE, _candidate
from tests.test_reliability_s39 import _cli, _done, _env, _review
from tests.test_reliability_s41 import _end, _server
from tests.test_reliability_s43 import _fill_queue
from tests.test_reliability_s44 import _cells, _request, _rss_kb, _varied_queue

from iccwatch.facts import Facts
from iccwatch.monitor.queue import Queue

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)
HEAVY = pytest.mark.skipif(not os.environ.get("ICCWATCH_RELIABILITY_HEAVY"), reason="heavy: ICCWATCH_RELIABILITY_HEAVY=1")

#: The table's columns of the record's names and words (what the store does not hold).
WORDS = ("person_name", "state_name", "review", "record", "evidence", "document", "type", "date", "status")


def _varied_words(db: Path, n: int = 240) -> list[str]:
    """``_varied_queue`` with its names and words varied too: four States and none, a known person, a person the record
    does not know and none, dates of a day, a month and a year and none, reviewers and notes, record files."""
    ids = _varied_queue(db, n)
    q = Queue(f"sqlite:///{db}")
    rows = {r["id"]: r for r in q.entries()}
    with q.write() as conn:
        for i, cid in enumerate(ids):
            pl = dict(rows[cid]["payload"])
            pl["state"] = ("NLD", "MNG", "RUS", "UKR", None)[i % 5]
            pl["date"] = ("2020-01-01", "2020-01", "2020", None, "2019-12-31", "2020-01-01")[i % 6]
            if i % 4 == 0:
                pl["person"] = "vladimir-vladimirovich-putin"
            elif i % 4 == 1:
                pl["person_name"] = ("Zoë Example", "Ábel Example", "abel example")[i % 3]
            if i % 7 == 0:
                pl["evidence"] = {"sentence": f"Évidence {i % 3}: a sentence.", "start": 0, "end": 10}
            values = {"payload": pl}
            if rows[cid]["status"] in ("accepted", "rejected"):
                values |= {"reviewed_at": f"2024-03-0{1 + i % 3}T10:00:00+00:00", "reviewer": ("ana", "Bo", None)[i % 3],
                           "review_note": ("checked", None)[i % 2],
                           "record_file": f"states/{('NLD', 'MNG')[i % 2]}.yaml" if rows[cid]["status"] == "accepted" else None}
            if rows[cid]["status"] == "duplicate" and i % 2:
                values |= {"duplicate_of": "states/RUS.yaml"}
            conn.execute(update(q.candidates).where(q.candidates.c.id == cid).values(**values))
    q.close()
    return ids


def test_y0_a_page_sorted_by_names_or_words_and_every_page_read_by_keyset_is_the_whole_filter_sorted(env: dict[str, Path]) -> None:
    """Round 27's leftovers: a page sorted by a column of names or words read and sorted the whole filter; page N walked N-1
    pages of rows (``OFFSET``). Each page of each such column (status, period, direction), read a chunk at a time keeping only
    the page's place, is the whole filter sorted by the table's ``_sorted`` and cut there; and the pages of the store's orders
    read forwards (Next), backwards (Previous), from the end and at random are the same rows as ``OFFSET`` gives."""
    from iccwatch.store import read_records
    from iccwatch.web.pages import (
        MONITOR_COLUMNS,
        MONITOR_SQL_ORDERS,
        PAGE_SIZE,
        _monitor_page_rows,
        _monitor_rows,
        _sorted,
    )

    _varied_words(env["db"])
    q = Queue(f"sqlite:///{env['db']}")
    facts = Facts(read_records(f"sqlite:///{env['db']}"))
    compared = 0
    for status, (since, until), sort, direction in itertools.product(("pending", "all"), ((None, None), ("2024-03", "2024-03")),
                                                                     WORDS, ("asc", "desc")):
        whole = _sorted(_monitor_rows(q, facts, status, direction, since, until), sort, direction, list(MONITOR_COLUMNS))
        pages = max(1, -(-len(whole) // PAGE_SIZE))
        for page in range(1, pages + 1):
            got = _monitor_page_rows(_request({"page": str(page)}), q, facts, status, sort, direction, since, until)
            assert got is not None
            rows, number, total = got
            assert (number, total) == (page, len(whole))
            assert [r["id"] for r in rows] == [r["id"] for r in whole[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]], (status, since, sort, direction, page)
            assert rows == whole[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
            compared += 1
    assert compared >= 100
    rng = random.Random(45)
    for status, order, descending in itertools.product((None, "pending"), ("queued", *MONITOR_SQL_ORDERS), (False, True)):
        total = q.count(status)
        pages = -(-total // 7)
        truth = {n: q.entries(status, limit=7, offset=(n - 1) * 7, order=order, descending=descending) for n in range(1, pages + 1)}
        for n in [*range(1, pages + 1), *range(pages, 0, -1), *(rng.randrange(1, pages + 1) for _ in range(20))]:
            assert q.page(n, 7, total, status, order=order, descending=descending) == truth[n], (status, order, descending, n)
    q.close()


def test_y0b_the_streamed_downloads_are_byte_for_byte_the_whole_filter_written_at_once(env: dict[str, Path]) -> None:
    """The monitor's CSV and JSON downloads, now written 500 candidates at a time from the store (their memory one chunk's),
    through ``iccwatch serve``: each byte for byte what the whole filter sorted and written at once gives (the table's rows
    and order, its header, an empty filter's header or ``[]``)."""
    from iccwatch import service
    from iccwatch.store import read_records
    from iccwatch.web.pages import (
        MONITOR_COLUMNS,
        MONITOR_DOWNLOAD_COLUMNS,
        _csv_flat,
        _json_objects,
        _monitor_rows,
        _sorted,
    )

    _varied_words(env["db"], 1_200)
    q = Queue(f"sqlite:///{env['db']}")
    facts = Facts(read_records(f"sqlite:///{env['db']}"))
    columns = MONITOR_COLUMNS + MONITOR_DOWNLOAD_COLUMNS
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    try:
        with httpx.Client(base_url=base, timeout=300) as c:
            for status, sort, direction, since in itertools.product(("all", "pending", "accepted"), (None, "review_id", "confidence", "person_name"),
                                                                    ("asc", "desc"), (None, "2031-01")):
                rows = _sorted(_monitor_rows(q, facts, status, direction, since, None), sort, direction, list(MONITOR_COLUMNS))
                flat, header = _csv_flat(rows, columns)
                want = {"csv": service.rows_to_csv(flat, header),
                        "json": json.dumps(_json_objects(rows, columns), ensure_ascii=False, indent=1, default=str)}
                for fmt in ("csv", "json"):
                    query = {"format": fmt, "status": status, "dir": direction, **({"sort": sort} if sort else {}), **({"since": since} if since else {})}
                    r = c.get("/monitor", params=query)
                    assert r.status_code == 200, r.text[:500]
                    assert r.text == want[fmt], (query, r.text[:300], want[fmt][:300])
    finally:
        code, out, err = _end(p)
    q.close()
    assert "Traceback" not in err, err[-2000:]


def _insert_elsewhere(db: Path, n: int, start: int) -> None:
    """``n`` pending candidates written by another process (a cron run's ingest, as far as the queue can tell)."""
    code = (f"import sys; sys.path[:0] = {[str(Path(__file__).parents[1])]!r}\n"
            "from pathlib import Path\nfrom iccwatch.monitor.queue import Queue\nfrom tests.test_reliability_review import _candidate\n"
            f"q = Queue('sqlite:///{db}')\n"
            f"for k in range({start}, {start + n}): _candidate(q, k, state='{STATE}', date='2011-01-%02d' % (1 + k % 28))\n")
    subprocess.run([sys.executable, "-c", code], env=_env(), check=True, timeout=300)


def test_y0c_the_count_and_the_pages_learnt_are_read_only_while_the_store_is_as_it_was(env: dict[str, Path]) -> None:
    """The count of a filter and the pages' keys are kept for the store as it stands (its file change counter, inode, size,
    time): another process's ingest, a decision, a rebuild's swap and a rollback journal beside the store each make the next
    page count again and read by ``OFFSET``, so no page shows a stale total or rows."""
    _fill_queue(env["db"], 600)
    q = Queue(f"sqlite:///{env['db']}")
    v0 = q.version()
    assert v0 is not None and q.count("pending") == 600
    first = q.page(1, 50, 600, "pending")
    _insert_elsewhere(env["db"], 3, 7_000)
    assert q.version() != v0
    assert q.count("pending") == 603
    assert q.page(2, 50, 603, "pending") == q.entries("pending", limit=50, offset=50)
    assert q.page(1, 50, 603, "pending") == first  # the three are newer: read last, queued order
    (code, out, err), = _done(_review(env, "reject", first[0]["id"]))
    assert code == 0, err
    assert q.count("pending") == 602 and q.page(1, 50, 602, "pending")[0]["id"] == first[1]["id"]
    journal = Path(f"{env['db']}-journal")
    journal.write_bytes(b"")  # a writer inside its transaction: nothing is learnt meanwhile
    assert q.version() is None
    journal.unlink()
    copy = env["tmp"] / "swapped.sqlite"  # a rebuild's swap: another file with another queue under the same name
    import shutil

    shutil.copy(env["db"], copy)
    _insert_elsewhere(copy, 2, 7_100)
    os.replace(copy, env["db"])
    assert q.count("pending") == 604
    q.close()


# ------------------------------------------------------------------ new scenarios


def _slow_download(base: str, path: str, rate: int, got: dict[str, bytes]) -> None:
    """Read ``path`` at about ``rate`` bytes a second (a slow link)."""
    port = int(base.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=600) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        body = bytearray()
        while chunk := s.recv(1024):
            body += chunk
            time.sleep(1024 / rate)
        got[path] = bytes(body)


def _while_slow_download(env: dict[str, Path], path: str, rate: int, wait: float,
                         action: Callable[[], list[tuple[int, str, str]]]) -> tuple[list[tuple[int, str, str]], bool, bytes, str]:
    """``iccwatch serve`` on ``env``'s store (rate limit off), a client reading ``path`` at ``rate`` bytes a second, and
    ``wait`` seconds into it ``action`` (e.g. reviews from other processes). Returns the action's (code, out, err)s,
    whether the download was still running when the action ended (else the test proves nothing), the download's raw bytes
    and the server's stderr (round 30, session 47: written once, Y1 and round 29's Z1 had it each)."""
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    got: dict[str, bytes] = {}
    try:
        t = threading.Thread(target=_slow_download, args=(base, path, rate, got))
        t.start()
        time.sleep(wait)
        outs = action()
        still = t.is_alive()
        t.join(timeout=900)
    finally:
        _, _, err = _end(p)
    return outs, still, got.get(path, b""), err


def _unchunked(raw: bytes) -> bytes:
    head, _, body = raw.partition(b"\r\n\r\n")
    if b"chunked" not in head.lower():
        return body
    out, at = bytearray(), 0
    while True:
        end = body.index(b"\r\n", at)
        size = int(body[at:end], 16)
        if size == 0:
            return bytes(out)
        out += body[end + 2:end + 2 + size]
        at = end + 2 + size + 2


def test_y1_rejects_from_other_processes_land_while_a_slow_client_reads_the_whole_queues_download(env: dict[str, Path]) -> None:
    """A client reads the monitor's CSV of 3,000 candidates at 16 kB/s (minutes), while three rejects run from processes
    with a lock wait of 20 s: each lands (the download reads the store 500 candidates at a time, never holding it between
    reads), and the download holds each candidate once, whole."""
    _fill_queue(env["db"], 3_000)
    q = Queue(f"sqlite:///{env['db']}")
    ids = [r["id"] for r in q.entries("pending", limit=3)]
    q.close()
    path = "/monitor?format=csv&status=all&dir=asc"
    outs, still, raw, err = _while_slow_download(env, path, 16_000, 3, lambda: _done(
        *(_review(env, "reject", cid, "--reason", "test", ICCWATCH_LOCK_WAIT="20") for cid in ids)))
    assert [c for c, _, _ in outs] == [0, 0, 0], outs
    assert still, "the download ended before the rejects: the test proves nothing"
    lines = _unchunked(raw).decode().splitlines()
    assert len(lines) == 3_001 and len({ln.rsplit(",", 1)[1] for ln in lines[1:]}) == 3_000  # each its own time stamp
    q = Queue(f"sqlite:///{env['db']}")
    assert {q.get(cid)["status"] for cid in ids} == {"rejected"}
    q.close()
    assert "Traceback" not in err, err[-2000:]


def test_y2_abandoned_streamed_downloads_hold_no_read_a_writer_waits_for(env: dict[str, Path]) -> None:
    """Twenty-four clients ask for the streamed CSV and JSON of 3,000 candidates and hang up after their first kilobyte (the
    server's generator left where it stopped): a reject with a lock wait of 5 s then lands at once, the server answers, its
    memory does not keep the abandoned answers."""
    _fill_queue(env["db"], 3_000)
    q = Queue(f"sqlite:///{env['db']}")
    cid = q.entries("pending", limit=1)[0]["id"]
    q.close()
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    port = int(base.rsplit(":", 1)[1])
    try:
        rss0 = _rss_kb(p.pid)
        held = []
        for k in range(24):
            s = socket.create_connection(("127.0.0.1", port), timeout=120)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            s.sendall(f"GET /monitor?format={('csv', 'json')[k % 2]}&status=all HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            s.recv(1024)
            held.append(s)  # open, never read again
        (code, out, err), = _done(_review(env, "reject", cid, "--reason", "test", ICCWATCH_LOCK_WAIT="5"))
        for s in held:
            s.close()
        time.sleep(2)
        ok = [httpx.get(base + x, timeout=120).status_code for x in ("/api/v1/meta", "/monitor", "/monitor?sort=person_name")]
        rss1 = _rss_kb(p.pid)
    finally:
        _, _, serr = _end(p)
    assert code == 0, err
    assert ok == [200, 200, 200] and "Traceback" not in serr, serr[-2000:]
    print(f"RSS {rss0:,} kB before 24 abandoned downloads, {rss1:,} kB after")
    assert rss1 - rss0 < 100_000


def test_y3_a_rebuild_swapping_the_store_under_a_streamed_download_gives_each_candidate_once(env: dict[str, Path]) -> None:
    """``data build`` swaps the store (a new file under the same name, the queue copied into it) while a client is reading
    the monitor's JSON of 3,000 candidates slowly: the download goes on in the new file and is whole JSON with each
    candidate once; the pages after it count the swapped store."""
    _fill_queue(env["db"], 3_000)
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    got: dict[str, bytes] = {}
    path = "/monitor?format=json&status=all"
    try:
        ino = env["db"].stat().st_ino
        t = threading.Thread(target=_slow_download, args=(base, path, 32_000, got))
        t.start()
        time.sleep(2)
        (code, out, err), = _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))
        swapped_during = t.is_alive()
        t.join(timeout=900)
        page = httpx.get(base + "/monitor?status=all", timeout=120)
    finally:
        _, _, serr = _end(p)
    assert code == 0, err
    assert env["db"].stat().st_ino != ino and swapped_during
    rows = json.loads(_unchunked(got[path]))
    assert len(rows) == 3_000 and len({r["review_id"] + r["created_at"] for r in rows}) == 3_000
    assert page.status_code == 200 and "3000 rows" in page.text
    assert "Traceback" not in serr, serr[-2000:]


def test_y4_an_ingest_of_one_long_document_killed_inside_it_then_rerun_stores_it_once(store_copy: Path, tmp_path: Path) -> None:
    """One long document (a thousand paragraphs, visits told throughout) ingested by cron and SIGKILLed at three moments
    inside it (its reading, its rules, its write), each time run again: the document stored once, each fact queued once, the
    store whole, no journal left behind."""
    from tests.test_reliability_s41 import _queued

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "long.txt").write_text(" ".join(
        f"Paragraph {k}. The talks covered energy, coal and a new railway line." + (
            f" Vladimir Putin arrived in Ulaanbaatar on {('Monday', 'Tuesday', 'Wednesday')[k % 3]} for an official visit to Mongolia."
            if k % 100 == 0 else "") for k in range(1_000)), encoding="utf-8")
    docs0, _, _ = _queued(store_copy)
    args = ("monitor", "ingest", str(inbox), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(store_copy))
    killed = 0
    for after in (3.0, 6.0, 10.0):
        p = _cli(*args)
        time.sleep(after)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            killed += 1
        p.communicate()
    (code, out, err), = _done(_cli(*args))
    assert code == 0, err[-1500:]
    (code2, out2, err2), = _done(_cli(*args))  # once more: nothing new
    docs, keys, _ = _queued(store_copy)
    assert docs - docs0 == 1 and [k for k, c in keys.items() if c > 1] == []
    con = sqlite3.connect(store_copy)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert not Path(f"{store_copy}-journal").exists()
    print(f"killed {killed} of 3 times")
    assert killed >= 2


def test_y5_an_accept_on_a_full_disk_is_refused_and_changes_nothing(env: dict[str, Path]) -> None:
    """The disk is full (no file may grow: RLIMIT_FSIZE at the store's size, SIGXFSZ ignored) when a reviewer accepts: the
    accept is refused with a clear error, no traceback; the State's file as it was, the candidate pending; with room, the
    same accept lands."""
    import resource

    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4501, state=STATE, date="2013-03-03")
    q.close()
    state_file = env["data"] / "states" / f"{STATE}.yaml"
    before, store_before = state_file.read_bytes(), env["db"].read_bytes()
    limit = min(len(before), len(store_before))

    def full() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    p = subprocess.Popen([sys.executable, "-m", "iccwatch", "monitor", "review", "accept", cid, "--data", str(env["data"]),
                          "--db", str(env["db"])], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), preexec_fn=full)
    out, err = p.communicate(timeout=600)
    print(p.returncode, err[-800:])
    assert p.returncode != 0 and "Traceback" not in err and err.strip(), err[-1500:]
    assert state_file.read_bytes() == before
    q = Queue(f"sqlite:///{env['db']}")
    assert q.get(cid)["status"] == "pending"
    q.close()
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code == 0, err
    assert b"2013-03-03" in state_file.read_bytes()


def test_y6_the_store_removed_under_the_running_server_is_said_never_shown_as_an_empty_queue(env: dict[str, Path]) -> None:
    """The store's file is removed (a clean-up gone wrong) while the server runs: the monitor's page, its download and the
    API's page of the queue do not answer "no candidate" as if the queue were empty, and no empty store is made in its
    place."""
    _fill_queue(env["db"], 120)
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    try:
        assert httpx.get(base + "/monitor", timeout=120).status_code == 200
        kept = env["tmp"] / "kept.sqlite"
        os.rename(env["db"], kept)
        answers = {x: httpx.get(base + x, timeout=120) for x in ("/monitor", "/monitor?format=csv", "/api/v1/monitor/candidates")}
        made = env["db"].exists()
        os.rename(kept, env["db"])
        back = httpx.get(base + "/monitor", timeout=120)
    finally:
        _, _, serr = _end(p)
    for x, r in answers.items():
        print(x, r.status_code, r.text[:200].replace("\n", " "))
    assert not made, "an empty store was made in the removed one's place"
    for x, r in answers.items():
        assert r.status_code >= 500, (x, r.status_code, r.text[:500])
        assert "No candidate fact" not in r.text and "Traceback" not in r.text and "is gone" in r.text, (x, r.text[:500])
    assert back.status_code == 200 and "120 rows" in back.text
    assert "Traceback" not in serr, serr[-2000:]


def test_y7_hostile_sorts_pages_and_periods_are_refused_or_ignored_and_change_nothing(env: dict[str, Path]) -> None:
    """Query values an attacker or a broken link sends to the monitor (SQL in the sort and the direction, page numbers
    negative, huge, fractional or in another script, periods that are no dates, a status that is SQL, a cursor field
    the page does not read): each answered 200 (a sort by nothing the table has) or 422 naming the field; never 500; the
    store's bytes unchanged."""
    _fill_queue(env["db"], 200)
    before = env["db"].read_bytes()
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    queries = [{"sort": "id; DROP TABLE ops_candidates; --"}, {"sort": "confidence", "dir": "desc; DELETE FROM ops_candidates"},
               {"page": "-1"}, {"page": "1.5"}, {"page": "٣"}, {"page": "9" * 40}, {"page": "0x10"}, {"since": "2024-13-01"},
               {"until": "' OR 1=1 --"}, {"status": "pending' OR '1'='1"}, {"sort": "person_name", "page": "99999"},
               {"sort": "review_id", "dir": "desc", "page": "2", "after": "zzzz"}, {"format": "csv", "sort": "status", "dir": "sideways"},
               {"format": "xml"}, {"sort": "__class__"}, {"sort": "evidence", "dir": "desc", "page": "4"}]
    try:
        answers = [(q, httpx.get(base + "/monitor", params=q, timeout=120)) for q in queries]
    finally:
        _, _, serr = _end(p)
    for q, r in answers:
        print(q, r.status_code)
        assert r.status_code in (200, 422), (q, r.status_code, r.text[:500])
    assert env["db"].read_bytes() == before
    assert "Traceback" not in serr, serr[-2000:]


def test_y8_many_slow_downloaders_leave_the_pages_answered(env: dict[str, Path]) -> None:
    """Thirty-two clients read the monitor's streamed CSV of 2,000 candidates at 4 kB/s at once (each minutes long), while
    a client asks pages: each page answered within 30 s, every slow download whole in the end, no traceback."""
    _fill_queue(env["db"], 2_000)
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    got: dict[str, bytes] = {}
    took = []
    try:
        ts = [threading.Thread(target=_slow_download, args=(base, f"/monitor?format=csv&status=all&k={k}", 4_000, got)) for k in range(32)]
        for t in ts:
            t.start()
        time.sleep(3)
        with httpx.Client(base_url=base, timeout=120) as c:
            for x in ("/monitor", "/monitor?page=7&status=all", "/monitor?sort=state_name&dir=desc", f"/api/v1/states/{STATE}",
                      "/api/v1/monitor/candidates?limit=50&offset=1900") * 3:
                t0 = time.perf_counter()
                assert c.get(x).status_code == 200, x
                took.append(time.perf_counter() - t0)
        busy = sum(t.is_alive() for t in ts)
        for t in ts:
            t.join(timeout=1800)
    finally:
        _, _, serr = _end(p)
    print(f"pages answered in at most {max(took):.2f} s while {busy} of 32 slow downloads were running")
    assert busy >= 16 and max(took) < 30
    assert len(got) == 32 and all(len(_unchunked(b).decode().splitlines()) == 2_001 for b in got.values())
    assert "Traceback" not in serr, serr[-2000:]


@HEAVY
@pytest.mark.parametrize("n", [10_000, 50_000])
def test_y9_the_servers_memory_is_flat_across_many_mixed_requests(env: dict[str, Path], n: int) -> None:
    """``n`` mixed requests (pages of the monitor in every sort, paged, filtered; the API's pages, a State on a day, the
    arrest answer; the ask page; the API's exports and the monitor's streamed downloads), four clients, a queue of 2,000, the
    rate limit off: every answer 200, and the server's RSS over the second half moves by less than 16 MB (round 27 measured
    10,000 and could not tell whether the growth levelled off)."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from bench_soak_queue import address

    _fill_queue(env["db"], 2_000)
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    try:
        series, codes = _rss_under_load(base, p.pid, [address(k, 2_000) for k in range(n)], n // 10, timeout=600)
    finally:
        _, _, serr = _end(p)
    print(f"RSS every {n // 10:,} requests (kB): {series}; answers {codes}")
    assert set(codes) == {200} and sum(codes.values()) == n, codes
    half = series[len(series) // 2 - 1:]
    assert max(half) - min(half) < 16_000, series
    assert "Traceback" not in serr, serr[-2000:]


def _rss_under_load(base: str, pid: int, paths: list[str], step: int, clients: int = 4,
                    timeout: float = 300) -> tuple[list[int], dict[int, int]]:
    """``paths`` asked of the server at ``base`` ``step`` at a time, each step by ``clients`` threads at once (each its own
    connection): the server's RSS (kB) after each step, and how many answers each status code had (round 28's Y9, round
    29's Z10)."""
    codes: dict[int, int] = {}
    lock = threading.Lock()
    series: list[int] = []
    for first in range(0, len(paths), step):
        part = paths[first:first + step]

        def client(i: int, part: list[str] = part) -> None:
            with httpx.Client(base_url=base, timeout=timeout) as c:
                for path in part[i::clients]:
                    code = c.get(path).status_code
                    with lock:
                        codes[code] = codes.get(code, 0) + 1

        ts = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        series.append(_rss_kb(pid))
    return series, codes


def test_y10_two_servers_and_a_reviewer_between_them_count_the_same_queue(env: dict[str, Path]) -> None:
    """Two servers on one store, each having read (and learnt the count of) the monitor's pages; a reviewer rejects two
    candidates and another process queues three more: both servers' next pages say the new totals and rows at once
    (what a page learnt is read only while the store is as it was), the same bytes from both."""
    _fill_queue(env["db"], 300)
    q = Queue(f"sqlite:///{env['db']}")
    ids = [r["id"] for r in q.entries("pending", limit=2)]
    q.close()
    a, base_a = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    b, base_b = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    try:
        for base in (base_a, base_b):
            for x in ("/monitor", "/monitor?page=2", "/monitor?status=all&page=6"):
                assert "300 rows" in httpx.get(base + x, timeout=120).text
        outs = _done(*(_review(env, "reject", cid) for cid in ids))
        _insert_elsewhere(env["db"], 3, 8_000)
        pages = {base: [httpx.get(base + x, timeout=120).text for x in ("/monitor", "/monitor?page=2", "/monitor?status=all&page=7")]
                 for base in (base_a, base_b)}
    finally:
        _, _, ea = _end(a)
        _, _, eb = _end(b)
    assert [c for c, _, _ in outs] == [0, 0]
    assert [_cells(t, "ID") for t in pages[base_a]] == [_cells(t, "ID") for t in pages[base_b]]
    first, second, last = pages[base_a]
    assert "301 rows" in first and "301 rows" in second and "303 rows" in last
    # the oldest three of all (the last page, latest first): the two rejected and one pending
    assert sorted(_cells(last, "Status")) == ["pending", "rejected", "rejected"], _cells(last, "Status")
    assert "Traceback" not in ea + eb
