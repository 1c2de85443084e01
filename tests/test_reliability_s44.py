"""Concurrent use, round 27 (session 44): the monitor's queue read a page at a time in the store's order (round 26's
leftovers: the page sorted 50,000 candidates in Python, reconcile read the whole queue, W16's writers waited on the
readers), then new scenarios (X1 ... of docs/monitor.md, "Concurrent use, round 27"). Real processes, a real HTTP server
(``iccwatch serve`` in a process of its own), real SQLite, on copies of the reliability rounds' small record and its
store (never data/)."""

from __future__ import annotations

import itertools
import re
import sqlite3
from pathlib import Path

import httpx
import pytest
from sqlalchemy import insert
from starlette.requests import Request
from tests.conftest import SLOW_GROUP
from tests.test_reliability_review import STATE, _candidate
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
    columns = [(c, c) for c in MONITOR_COLUMNS]
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
    # the columns of names and words, the downloads and an unknown direction read the whole queue as before
    for sort, direction, query in (("person_name", "asc", {}), ("ingested_on", "up", {}), ("ingested_on", "desc", {"format": "csv"})):
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
