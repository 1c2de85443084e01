"""Concurrent use, round 26 (session 43): a 100,000-word document and pathological text, 1,000 near-duplicate reports,
a review queue of 50,000 candidates, the server restarted under a keep-alive client, a data build killed at each of its
stages, two servers on one store, an accept whose record file was edited by hand in between, exports of every kind
while builds run, stores left with a hot journal by a SIGKILL in each write path, output into a pipe closed early, an
inbox holding things that are no files, and a store path that is no file. Real processes, a real HTTP server
(tests/live_server.py, or `iccwatch serve` in a process of its own), real SQLite, on copies of a small record and its
store, or of the whole record's store (never data/). Each test names its scenario (W1 ... of docs/monitor.md,
"Concurrent use, round 26")."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import insert
from tests.conftest import SLOW_GROUP
from tests.test_reliability_review import STATE, _announcements, _candidate
from tests.test_reliability_s39 import _cli, _done, _env, _errors, _review
from tests.test_reliability_s40 import _free_port
from tests.test_reliability_s41 import _end, _hand_entry, _queued, _server, _temporaries

from iccwatch.dataset.yaml_io import read_yaml, write_yaml
from iccwatch.monitor.queue import Queue

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)

#: W1-W3 (a 100,000-word document, a million characters of pathological text, 1,000 near-duplicates) were written in
#: session 43 but not run to their end (the loaded machine gave W1's ingest 79 s of CPU in 28 minutes): they run when
#: ICCWATCH_RELIABILITY_HEAVY is set, until a run on a quieter machine gives their figures.
HEAVY = pytest.mark.skipif(not os.environ.get("ICCWATCH_RELIABILITY_HEAVY"), reason="set ICCWATCH_RELIABILITY_HEAVY=1 (not yet run to its end)")

EXPORT_KINDS = ("states-parties", "states", "participation", "situations", "persons", "warrants", "decisions", "events",
                "statements", "statement-signatories", "instruments", "positions", "measures", "requests", "responses")


def _measured(*args: str, timeout: float = 1800) -> tuple[int, str, str, float, int]:
    """``iccwatch ARGS`` in a process of its own: exit code, output, errors, seconds on the clock and peak RSS (kB)."""
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, "-c", "import resource, runpy, sys; sys.argv = ['iccwatch'] + sys.argv[1:]\n"
                          "try:\n    runpy.run_module('iccwatch', run_name='__main__')\nfinally:\n"
                          "    print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)", *args],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    out, err = p.communicate(timeout=timeout)
    took = time.monotonic() - t0
    maxrss = int(err.rsplit("MAXRSS", 1)[1].split()[0])
    return p.returncode, out, err.rsplit("MAXRSS", 1)[0], took, maxrss


def _ingest_args(path: Path, db: Path, *extra: str) -> tuple[str, ...]:
    return ("monitor", "ingest", str(path), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(db), *extra)


# ------------------------------------------------------------------ large and pathological documents

#: Sentences of a long report: trips, a warrant, background; several are the same fact told again.
PROSE = [
    "Russian President Vladimir Putin arrived in Ulaanbaatar on Monday for an official visit to Mongolia.",
    "The visit was criticised by human rights groups, who recalled the warrant issued by the International Criminal Court.",
    "Officials in Ulaanbaatar said the talks would cover energy supplies, a new railway line and the price of coal.",
    "Mongolia, a State Party to the Rome Statute since 2002, did not say whether it had been asked to arrest him.",
    "Crowds lined the road from the airport, and a guard of honour met the delegation at the central square.",
    "Putin arrived in Ulaanbaatar on Monday, the first trip of his to a member State of the Court since the warrant.",
]


@HEAVY
def test_w1_a_100000_word_document_is_read_in_bounded_memory_and_time_and_its_facts_queued_once(store_copy: Path, tmp_path: Path) -> None:
    words, parts = 0, []
    while words < 100_000:
        s = PROSE[len(parts) % len(PROSE)]
        parts.append(s)
        words += len(s.split())
    doc = tmp_path / "long-report.txt"
    doc.write_text(" ".join(parts), encoding="utf-8")
    docs0, _, n0 = _queued(store_copy)
    code, out, err, took, maxrss = _measured(*_ingest_args(doc, store_copy))
    docs, keys, n = _queued(store_copy)
    print(f"100,000 words ({doc.stat().st_size:,} bytes): exit {code}, {took:.0f} s, peak RSS {maxrss:,} kB, {n - n0} candidates")
    assert code == 0 and "Traceback" not in err, (code, out[-2000:], err[-2000:])
    assert docs - docs0 == 1 and n - n0 >= 1
    assert [k for k, c in keys.items() if c > 1] == []  # one fact told a thousand times is queued once
    assert maxrss < 1_500_000, maxrss
    assert took < 900, took


@HEAVY
@pytest.mark.parametrize("shape", ["one-token", "no-sentence-end", "nested-brackets"])
def test_w2_pathological_text_of_a_million_characters_ends_within_bounds(store_copy: Path, tmp_path: Path, shape: str) -> None:
    """Text that makes a careless pattern backtrack: one 990,000-character token, 150,000 words with no sentence end,
    and 100,000 nested brackets and quotes; each is read (or named) in bounded time and memory, never a hang."""
    text = {"one-token": "Putin" + "a" * 990_000,
            "no-sentence-end": " ".join(["Putin arrived in Ulaanbaatar and"] * 30_000),
            "nested-brackets": "(" * 50_000 + "Putin arrived in Ulaanbaatar on Monday" + "\u00ab\"" * 25_000 + ")" * 50_000}[shape]
    doc = tmp_path / f"{shape}.txt"
    doc.write_text(text, encoding="utf-8")
    code, out, err, took, maxrss = _measured(*_ingest_args(doc, store_copy), timeout=1200)
    print(f"{shape}: {len(text):,} characters, exit {code}, {took:.0f} s, peak RSS {maxrss:,} kB")
    assert code in (0, 1) and "Traceback" not in err, (code, out[-1500:], err[-1500:])
    assert code == 0 or str(doc) in err, err[-1500:]
    assert took < 600 and maxrss < 1_500_000, (took, maxrss)


@HEAVY
def test_w3_1000_near_duplicate_reports_store_each_document_and_queue_each_fact_once(store_copy: Path, tmp_path: Path) -> None:
    """The same trips retold by a thousand outlets: another dateline, case, spacing, a sentence added; every document is
    stored, every fact (type, person, State, date) is pending once, the other readings are duplicates."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    stories = ["Russian President Vladimir Putin arrived in Ulaanbaatar on Monday for an official visit to Mongolia.",
               "Benjamin Netanyahu arrived in Budapest on Thursday for a four-day visit to Hungary."]
    for k in range(1000):
        s = stories[k % 2]
        told = [s, s.upper() if k % 7 == 0 else s, f"ULAANBAATAR, June {1 + k % 3} (Wire {k}) - {s}", f"{s}  The visit drew protests ({k})."][k % 4]
        (inbox / f"{k:04d}.txt").write_text(told, encoding="utf-8")
    docs0, keys0, n0 = _queued(store_copy)
    code, out, err, took, maxrss = _measured(*_ingest_args(inbox, store_copy), timeout=3600)
    docs, keys, n = _queued(store_copy)
    new = {k: c - keys0.get(k, 0) for k, c in keys.items() if c - keys0.get(k, 0)}
    print(f"1,000 near-duplicates: exit {code}, {took:.0f} s, peak RSS {maxrss:,} kB, {docs - docs0} documents, {n - n0} candidates, "
          f"{len(new)} facts pending")
    assert code == 0 and "Traceback" not in err, (code, err[-2000:])
    assert docs - docs0 == 1000
    assert [k for k, c in keys.items() if c > 1] == [] and 1 <= len(new) <= 8, new
    assert maxrss < 1_500_000, maxrss


# ------------------------------------------------------------------ a queue of 50,000


def _fill_queue(db: Path, n: int) -> None:
    """``n`` candidates from ``n // 10`` documents, written straight into the store's tables (as years of cron runs would leave)."""
    q = Queue(f"sqlite:///{db}")
    docs, cands = [], []
    for d in range(n // 10):
        docs.append({"id": f"d{d:015x}", "url": f"https://news.example.org/q-{d}", "title": f"Queued {d}", "publisher": "Test Wire",
                     "date": "2020-03-01", "language": "en", "text": f"Report {d}: the government announced it would leave the Court.",
                     "ingested_at": f"2024-01-01T00:{d // 600 % 60:02d}:{d // 10 % 60:02d}+00:00"})
        for k in range(10):
            i = d * 10 + k
            text = f"Report {d}: the government announced it would leave the Court."
            payload = {"id": f"{i:016x}", "document": f"d{d:015x}", "type": "withdrawal_announced", "state": STATE,
                       "date": f"{1990 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                       "evidence": {"sentence": text, "start": 0, "end": len(text)}, "confidence": 0.9, "method": "test"}
            cands.append({"id": f"{i:016x}", "document_id": f"d{d:015x}", "type": "withdrawal_announced", "payload": payload,
                          "confidence": 0.9, "method": "test", "model_version": "test", "status": "pending", "duplicate_of": None,
                          "created_at": f"2024-01-01T00:00:00.{i:06d}+00:00"})
    with q.write() as conn:
        conn.execute(insert(q.documents), docs)
        conn.execute(insert(q.candidates), cands)
    q.close()


def test_w4_a_queue_of_50000_candidates_is_paged_and_quick_on_the_page_the_api_and_the_cli(env: dict[str, Path]) -> None:
    _fill_queue(env["db"], 50_000)
    p, base = _server(env["db"], env["data"])
    took: dict[str, float] = {}
    sizes: dict[str, int] = {}
    try:
        with httpx.Client(base_url=base, timeout=600) as c:
            for name, path in (("page", "/monitor"), ("page, all", "/monitor?status=all"), ("api", "/api/v1/monitor/candidates?limit=100"),
                               ("api, last", "/api/v1/monitor/candidates?limit=100&offset=49950")):
                t0 = time.monotonic()
                r = c.get(path)
                took[name], sizes[name] = time.monotonic() - t0, len(r.content)
                assert r.status_code == 200, (path, r.status_code, r.text[:300])
            last = c.get("/api/v1/monitor/candidates?limit=100&offset=49950").json()
    finally:
        _end(p)
    t0 = time.monotonic()
    (code, out, err), = _done(_cli("monitor", "review", "list", "--db", str(env["db"])), timeout=900)
    took["cli"], sizes["cli"] = time.monotonic() - t0, len(out)
    t0 = time.monotonic()
    (jcode, jout, jerr), = _done(_cli("monitor", "review", "list", "--db", str(env["db"]), "--json", "--limit", "100"), timeout=900)
    took["cli json"], sizes["cli json"] = time.monotonic() - t0, len(jout)
    print("50,000 candidates: " + "; ".join(f"{k} {took[k]:.1f} s, {sizes[k]:,} bytes" for k in took))
    assert code == 0 and jcode == 0, (err[-1000:], jerr[-1000:])
    assert len(last["items"]) == 50 and last["total"] == 50_000, {k: v for k, v in last.items() if k != "items"}
    assert len(json.loads(jout)) == 100
    assert "50,000" in out or "50000" in out, out[-500:]  # the table says how many there are, beyond the page shown
    for name in took:  # paged: each answer a page's size, not the queue's
        assert sizes[name] < 2_000_000, (name, sizes[name])
        assert took[name] < 60, (name, took[name])


# ------------------------------------------------------------------ the server


def test_w5_the_server_restarted_while_a_client_holds_a_keep_alive_connection(env: dict[str, Path]) -> None:
    """A client keeps its connection open between requests; the server is stopped (SIGINT) and started again on the same
    port. The old server ends promptly despite the idle connection, the new one binds the port, and the client's next
    request (on its now closed connection) is answered, not lost."""
    port = _free_port()
    p, base = _server(env["db"], env["data"], port)
    with httpx.Client(base_url=base, timeout=60) as c:
        first = c.get("/api/v1/meta")
        assert first.status_code == 200
        t0 = time.monotonic()
        code, out, err = _end(p)
        ended = time.monotonic() - t0
        assert "Traceback" not in err and ended < 30, (ended, err[-1500:])
        p2, _ = _server(env["db"], env["data"], port)
        try:
            assert p2.poll() is None, p2.communicate()
            again = c.get("/api/v1/meta")
            assert again.status_code == 200 and again.json() == first.json()
            assert c.get(f"/api/v1/states/{STATE}").status_code == 200
        finally:
            _end(p2)
    print(f"the old server ended {ended:.1f} s after SIGINT with a keep-alive connection open")


def test_w6_two_servers_on_one_store_agree_through_an_accept_and_a_rebuild(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4301, state=STATE, date="2011-02-03")
    (pa, a), (pb, b) = _server(env["db"], env["data"]), _server(env["db"], env["data"])
    paths = ("/api/v1/monitor/candidates?status=all", f"/api/v1/states/{STATE}", "/api/v1/export/participation")
    try:
        def both() -> list[tuple[int, bytes, int, bytes]]:
            return [(httpx.get(a + x, timeout=120).status_code, httpx.get(a + x, timeout=120).content,
                     httpx.get(b + x, timeout=120).status_code, httpx.get(b + x, timeout=120).content) for x in paths]

        for sa, ba, sb, bb in both():
            assert sa == sb == 200 and ba == bb
        (code, out, err), = _done(_review(env, "accept", cid))
        assert code == 0, err[-1500:]
        (code, out, err), = _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))
        assert code == 0, err[-1500:]
        after = both()
        for (sa, ba, sb, bb), x in zip(after, paths, strict=True):
            assert sa == sb == 200 and ba == bb, x
        assert b"2011-02-03" in after[1][1] and b"accepted" in after[0][1]
    finally:
        _end(pa), _end(pb)


# ------------------------------------------------------------------ builds


def test_w7_a_data_build_killed_at_each_of_its_stages_then_rerun_keeps_the_store_and_the_queue(env: dict[str, Path]) -> None:
    """SIGKILL at eight moments spread over a build (reading and checking the record, writing the new file, copying the
    queue, the swap); after each: the store answers, its queue is whole; the next build runs, leaves no temporary, and
    keeps the queue."""
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4310 + i, state=STATE, date=f"2010-0{1 + i}-07") for i in range(3)]
    q.close()
    build = ("data", "build", "--data", str(env["data"]), "--db", str(env["db"]))
    t0 = time.monotonic()
    (code, _, err), = _done(_cli(*build))
    whole = time.monotonic() - t0
    assert code == 0, err[-1500:]
    for k in range(8):
        p = _cli(*build)
        time.sleep(whole * (k + 0.5) / 8)
        p.kill()
        p.communicate()
        q = Queue(f"sqlite:///{env['db']}")
        assert {str(q.get(c)["status"]) for c in cids} == {"pending"}, k
        q.close()
        (code, _, err), = _done(_cli(*build))
        assert code == 0 and "Traceback" not in err, (k, err[-1500:])
        assert [n for n in os.listdir(env["db"].parent) if ".building-" in n] == [], k
        q = Queue(f"sqlite:///{env['db']}")
        assert {str(q.get(c)["status"]) for c in cids} == {"pending"}, k
        q.close()


def _exports(db: Path) -> dict[str, str]:
    outs = _done(*(_cli("export", kind, "--db", str(db), "--format", "csv") for kind in EXPORT_KINDS))
    assert [c for c, _, _ in outs] == [0] * len(EXPORT_KINDS), [e[-300:] for c, _, e in outs if c]
    return {kind: out for kind, (_, out, _) in zip(EXPORT_KINDS, outs, strict=True)}


def test_w8_exports_of_every_kind_while_builds_alternate_are_each_one_builds(env: dict[str, Path]) -> None:
    """Two data folders, one with a hand-added entry; builds from the one and the other run in turn while every kind is
    exported again and again: each export is byte for byte one build's, never a mixture or a half file."""
    other = env["tmp"] / "data2"
    shutil.copytree(env["data"], other)
    path = other / "states" / f"{STATE}.yaml"
    st = read_yaml(path)
    st["participation"].append(_hand_entry("2009-04-04"))
    write_yaml(path, st)
    serial = []
    for data in (env["data"], other):
        (code, _, err), = _done(_cli("data", "build", "--data", str(data), "--db", str(env["db"])))
        assert code == 0, err[-1500:]
        serial.append(_exports(env["db"]))
    assert serial[0]["participation"] != serial[1]["participation"]
    stop = threading.Event()

    def builds() -> None:
        k = 0
        while not stop.is_set():
            _done(_cli("data", "build", "--data", str((env["data"], other)[k % 2]), "--db", str(env["db"])))
            k += 1

    t = threading.Thread(target=builds)
    t.start()
    try:
        rounds = [_exports(env["db"]) for _ in range(3)]
    finally:
        stop.set()
        t.join()
    for got in rounds:
        for kind, text in got.items():
            assert text in (serial[0][kind], serial[1][kind]), (kind, text[:300])
            list(csv.reader(io.StringIO(text)))


# ------------------------------------------------------------------ the record edited by hand in between


def test_w9_an_accept_whose_fact_was_typed_into_the_file_by_hand_meanwhile_is_refused_naming_the_file(env: dict[str, Path]) -> None:
    """A reviewer reads the candidate (review show); meanwhile a colleague types the same fact (same action, State and
    date) into the State's file by hand. The accept must not write the fact twice: it is refused naming the file and
    the entry there, or written once; the record still passes the check."""
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4320, state=STATE, date="2008-05-06")
    (code, out, _), = _done(_cli("monitor", "review", "show", cid, "--db", str(env["db"])))
    assert code == 0 and "2008-05-06" in out
    path = env["data"] / "states" / f"{STATE}.yaml"
    st = read_yaml(path)
    st["participation"].append(_hand_entry("2008-05-06"))
    write_yaml(path, st)
    before = path.read_bytes()
    (code, out, err), = _done(_review(env, "accept", cid))
    assert _announcements(env["data"]).count("2008-05-06") == 1, (code, out, err)
    assert code == 2 and f"{STATE}.yaml" in err and "2008-05-06" in err, (code, out, err)
    assert path.read_bytes() == before and str(q.get(cid)["status"]) == "pending"
    assert _errors(env["data"]) == []


def test_w9b_an_accept_into_a_state_file_removed_by_hand_meanwhile_is_refused_naming_it_and_makes_nothing(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4321, state=STATE, date="2008-05-07")
    path = env["data"] / "states" / f"{STATE}.yaml"
    path.unlink()
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code == 2 and f"{STATE}.yaml" in err, (code, out, err)
    assert not path.exists() and str(q.get(cid)["status"]) == "pending"


# ------------------------------------------------------------------ hot journals


def _journal(db: Path) -> Path:
    return db.with_name(db.name + "-journal")


def _kill_inside_a_write(start: Callable[[], subprocess.Popen[str]], db: Path, tries: int = 12) -> bool:
    """Start a writer and SIGKILL it the moment its rollback journal appears (inside its write transaction); True when a
    hot journal was left (the kill landed inside), False when each try ended before or after its transaction."""
    journal = _journal(db)
    for _ in range(tries):
        p = start()
        while p.poll() is None:
            try:
                if journal.stat().st_size > 0:
                    p.kill()
                    break
            except FileNotFoundError:
                continue
        p.communicate()
        if journal.exists() and journal.stat().st_size > 0:
            return True
    return False


def _hot(db: Path, how: str) -> None:
    """Leave a hot journal in ``db`` as a SIGKILL inside a write transaction does, written by a process of its own:
    ``how`` names the table the killed writer was changing (a candidate's status: an accept or a reject; a document
    added: an ingest)."""
    code = ("import sqlite3, sys, os, signal\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('PRAGMA cache_size=1')\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "if sys.argv[2] == 'decide':\n"
            "    c.execute(\"UPDATE ops_candidates SET status='accepted', reviewer='killed'\")\n"
            "else:\n"
            "    c.execute(\"INSERT INTO ops_documents (id, url, title, publisher, date, language, text, ingested_at) "
            "SELECT id || 'x', url, title, publisher, date, language, text, ingested_at FROM ops_documents\")\n"
            "c.execute(\"CREATE TABLE killed_midway (x)\")\n"
            "c.execute(\"INSERT INTO killed_midway VALUES (zeroblob(4000000))\")\n"  # more than the cache: pages spill to the file
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", code, str(db), how], env=_env(), check=False)
    assert _journal(db).exists() and _journal(db).stat().st_size > 0, "no hot journal was left"


@pytest.mark.parametrize("path", ["accept", "reject", "ingest", "build"])
def test_w10_a_sigkill_inside_each_write_path_leaves_a_hot_journal_the_next_command_of_each_kind_rolls_back(env: dict[str, Path], pristine_store: Path,
                                                                                                          path: str) -> None:
    """Each write path killed inside its transaction (its rollback journal on disk, "hot"): the next command of each
    kind (review list, show, reject, accept, ingest, build) opens the store, the half-done transaction is rolled back,
    and nothing decided before is lost. On the whole record's store (the ingest reads its monitor words)."""
    shutil.copy(pristine_store, env["db"])
    q = Queue(f"sqlite:///{env['db']}")
    keep = _candidate(q, 4330, state=STATE, date="2007-01-02")
    (code, _, err), = _done(_review(env, "reject", keep, "--reason", "decided before the crash"))
    assert code == 0, err
    cids = [_candidate(q, 4331 + i, state=STATE, date=f"2007-0{2 + i}-03") for i in range(3)]
    q.close()
    inbox = env["tmp"] / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Vladimir Putin arrived in Ulaanbaatar on Monday for an official visit to Mongolia.")
    # a build writes a file of its own and only reads the store (its queue, copied under the lock): a crash of another
    # writer just before it is what it meets, so it gets the made hot journal; so does a writer whose kill missed
    killed_for_real = path != "build" and _kill_inside_a_write({
        "accept": lambda: _review(env, "accept", cids[0]),
        "reject": lambda: _review(env, "reject", cids[0], "--reason", "x"),
        "ingest": lambda: _cli(*_ingest_args(inbox, env["db"])),
    }[path], env["db"], tries=3)
    if not killed_for_real:
        _hot(env["db"], "decide" if path in ("accept", "reject") else "add")
    assert _journal(env["db"]).exists()
    print(f"{path}: killed inside its own transaction: {killed_for_real}")
    (code, out, err), = _done(_cli("monitor", "review", "list", "--status", "all", "--json", "--db", str(env["db"])))
    assert code == 0, err[-1500:]
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows[keep]["status"] == "rejected"
    with sqlite3.connect(env["db"]) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT count(*) FROM sqlite_master WHERE name='killed_midway'").fetchone()[0] == 0
    # the candidate whose write was killed is left to the reconciliation (a fact in the record and not marked is marked by
    # the next review, as round 22's S13 holds); the two others are decided after the crash
    pending = [c for c in cids[1:] if rows[c]["status"] == "pending"]
    assert len(pending) == 2, rows
    (code, out, err), = _done(_cli("monitor", "review", "show", pending[0], "--db", str(env["db"])))
    assert code == 0, err[-1500:]
    for args in (("reject", pending[0], "--reason", "after the crash"), ("accept", pending[1])):
        (code, out, err), = _done(_review(env, *args))
        assert code == 0, (args, err[-1500:])
    (code, _, err), = _done(_cli(*_ingest_args(inbox, env["db"])))
    assert code == 0, err[-1500:]
    (code, _, err), = _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))
    assert code == 0, err[-1500:]
    q = Queue(f"sqlite:///{env['db']}")
    assert str(q.get(keep)["status"]) == "rejected" and str(q.get(pending[0])["status"]) == "rejected"
    assert str(q.get(pending[1])["status"]) == "accepted"
    killed = str(q.get(cids[0])["status"])
    assert (killed == "accepted") == ("2007-02-03" in _announcements(env["data"])), killed  # queue and record agree
    q.close()
    # a journal a read left (one the kill left before any page reached the file is no hot one: readers ignore it) is gone
    # once the next writes have run
    assert not _journal(env["db"]).exists() or _journal(env["db"]).stat().st_size == 0


@pytest.mark.parametrize("reader", ["list", "serve", "export"])
def test_w11_a_hot_journal_met_first_by_a_reader_is_rolled_back_or_named_never_read_as_half_a_write(env: dict[str, Path], reader: str) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4340 + i, state=STATE, date=f"2006-0{1 + i}-03") for i in range(2)]
    q.close()
    _hot(env["db"], "decide")
    if reader == "list":
        (code, out, err), = _done(_cli("monitor", "review", "list", "--json", "--db", str(env["db"])))
        assert code == 0, err[-1500:]
        assert {r["id"] for r in json.loads(out)} >= set(cids)
    elif reader == "export":
        (code, out, err), = _done(_cli("export", "participation", "--db", str(env["db"])))
        assert code == 0 and STATE in out, err[-1500:]
    else:
        p, base = _server(env["db"], env["data"])
        try:
            r = httpx.get(base + "/api/v1/monitor/candidates", timeout=60)
            assert r.status_code == 200, r.text[:500]
            assert {c["id"] for c in r.json()["items"]} >= set(cids)
        finally:
            _end(p)
    q = Queue(f"sqlite:///{env['db']}")
    assert {str(q.get(c)["status"]) for c in cids} == {"pending"}
    q.close()


# ------------------------------------------------------------------ pipes and things that are no files


@pytest.mark.parametrize("args", [("monitor", "review", "list", "--status", "all"), ("monitor", "review", "list", "--status", "all", "--json"),
                                  ("export", "participation"), ("export", "states", "--format", "json")])
def test_w12_output_into_a_pipe_closed_early_ends_quietly(env: dict[str, Path], args: tuple[str, ...]) -> None:
    """`iccwatch ... | head -c 200`: the reader goes away after a few bytes; the command ends without a traceback (a
    closed pipe is not an error of the program's), and changes nothing."""
    q = Queue(f"sqlite:///{env['db']}")
    for i in range(300):
        _candidate(q, 4400 + i, state=STATE, date=f"2005-{1 + i % 12:02d}-{1 + i % 28:02d}")
    q.close()
    before = env["db"].read_bytes()
    p = subprocess.Popen([sys.executable, "-m", "iccwatch", *args, "--db", str(env["db"])], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env={**_env(), "COLUMNS": "200"})
    assert p.stdout is not None and p.stderr is not None
    got = p.stdout.read(200)
    p.stdout.close()
    err = p.stderr.read().decode(errors="replace")
    p.wait(timeout=240)
    assert len(got) == 200
    assert "Traceback" not in err and "Exception ignored" not in err, err[-2000:]
    assert p.returncode in (0, 1, 120, -signal.SIGPIPE), (p.returncode, err[-500:])
    assert env["db"].read_bytes() == before


def test_w13_an_inbox_holding_a_fifo_a_link_loop_a_dangling_link_and_a_link_to_an_endless_device(store_copy: Path, tmp_path: Path) -> None:
    """A cron job's inbox with things that are no documents: a named pipe nobody writes to (reading it would wait
    forever), a link to /dev/zero (endless), a dangling link and a link to the inbox itself (a loop). The run ends in
    bounded time, reads the good document once, and hangs on nothing."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text("Vladimir Putin arrived in Ulaanbaatar on Monday for an official visit to Mongolia.")
    os.mkfifo(inbox / "pipe.txt")
    (inbox / "zero.txt").symlink_to("/dev/zero")
    (inbox / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (inbox / "loop").symlink_to(inbox)
    docs0, _, _ = _queued(store_copy)
    code, out, err, took, maxrss = _measured(*_ingest_args(inbox, store_copy), timeout=600)
    docs, _, _ = _queued(store_copy)
    print(f"odd inbox: exit {code}, {took:.0f} s, peak RSS {maxrss:,} kB, {docs - docs0} documents")
    assert "Traceback" not in err and code in (0, 1), (code, err[-2000:])
    assert docs - docs0 == 1
    assert took < 300 and maxrss < 1_500_000


@pytest.mark.parametrize("what", ["fifo", "dev-null", "dev-zero"])
def test_w14_a_store_path_that_is_a_pipe_or_a_device_is_named_by_each_command_never_a_hang(env: dict[str, Path], what: str) -> None:
    """A store path naming a named pipe or a character device (null, zero; the test's own nodes, never /dev's: a build
    run as root once replaced the machine's /dev/null and /dev/zero with its store). Each command names the path and
    leaves it as it was: no hang on the pipe, no store written over the device."""
    target = env["tmp"] / f"store.{what}"
    if what == "fifo":
        os.mkfifo(target)
    else:
        try:
            os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3 if what == "dev-null" else 5))
        except PermissionError:
            pytest.skip("no device node can be made here (not root)")
    inbox = env["tmp"] / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Vladimir Putin arrived in Ulaanbaatar on Monday for an official visit to Mongolia.")
    commands = [("monitor", "review", "list", "--db", str(target)),
                ("monitor", "review", "reject", "0123", "--reason", "x", "--data", str(env["data"]), "--db", str(target)),
                _ingest_args(inbox, target), ("export", "states", "--db", str(target)),
                ("data", "build", "--data", str(env["data"]), "--db", str(target))]
    for args in commands:
        p = _cli(*args)
        try:
            out, err = p.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
            pytest.fail(f"{' '.join(args[:3])} --db {what}: still running after 120 s (a hang)")
        assert p.returncode == 2 and "Traceback" not in err and str(target) in err, (args[:3], p.returncode, err[-1500:])
    assert target.exists() and not target.is_file() and (stat.S_ISFIFO if what == "fifo" else stat.S_ISCHR)(target.stat().st_mode)


# ------------------------------------------------------------------ a second client on the server's sockets


def test_w15_a_client_sending_two_pipelined_requests_gets_both_answers(env: dict[str, Path]) -> None:
    """HTTP/1.1 pipelining: two requests written at once on one connection; the server answers both in order (or
    closes after the first, as HTTP allows), and answers others meanwhile."""
    p, base = _server(env["db"], env["data"])
    port = int(base.rsplit(":", 1)[1])
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
            s.sendall(b"GET /api/v1/meta HTTP/1.1\r\nHost: x\r\n\r\nGET /api/v1/states/" + STATE.encode() + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        assert data.startswith(b"HTTP/1.1 200"), data[:200]
        assert data.count(b"HTTP/1.1 200") in (1, 2) and (data.count(b"HTTP/1.1 200") == 2 or b"connection: close" in data.lower())
        assert httpx.get(base + "/api/v1/meta", timeout=60).status_code == 200
    finally:
        code, out, err = _end(p)
    assert "Traceback" not in err, err[-2000:]


def test_w16_a_review_decision_while_20_readers_page_through_a_50000_queue(env: dict[str, Path]) -> None:
    """Reviewers reject while twenty readers page through the queue over HTTP: every page whole JSON of its size, every
    decision kept, the readers' pages quick. Session 43 found the rejects refused as busy after their 30 s wait (an
    xfail): each page sorted the whole queue, and twenty overlapping reads kept the store read past the writers' wait.
    Round 27 (session 44) reads a page in an index's order (revision 0002) and reconcile by the ids the record names."""
    _fill_queue(env["db"], 50_000)
    # 20 readers ask as fast as the server answers: the rate limit off, or its 429s (pages now read in SQL answer faster
    # than the limit allows) fail the test for what it does not test
    p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
    stop = threading.Event()
    slow: list[float] = []
    bad: list[str] = []

    def reader(k: int) -> None:
        with httpx.Client(base_url=base, timeout=600) as c:
            i = k
            while not stop.is_set():
                t0 = time.monotonic()
                r = c.get(f"/api/v1/monitor/candidates?status=all&limit=50&offset={(i * 997) % 49_950}")
                slow.append(time.monotonic() - t0)
                if r.status_code != 200 or len(r.json()["items"]) != 50:
                    bad.append(f"{r.status_code} {r.text[:200]}")
                i += 1

    ts = [threading.Thread(target=reader, args=(k,)) for k in range(20)]
    try:
        for t in ts:
            t.start()
        outs = _done(*(_review(env, "reject", f"{i:016x}", "--reason", "read by the test") for i in (7, 700, 49_999)), timeout=600)
    finally:
        stop.set()
        for t in ts:
            t.join()
        _end(p)
    assert [c for c, _, _ in outs] == [0, 0, 0], [e[-300:] for _, _, e in outs]
    q = Queue(f"sqlite:///{env['db']}")
    assert {str(q.get(f"{i:016x}")["status"]) for i in (7, 700, 49_999)} == {"rejected"}
    slow.sort()
    print(f"{len(slow)} pages read by 20 readers over a 50,000 queue: median {slow[len(slow) // 2]:.2f} s, max {slow[-1]:.2f} s")
    assert bad == [] and slow and slow[len(slow) // 2] < 10, (bad[:3], slow[-3:])


def test_w17_a_data_build_while_a_reject_and_an_ingest_write_keeps_all_three(env: dict[str, Path], pristine_store: Path,
                                                                              data_dir: Path) -> None:
    """A cron ingest, a reviewer's reject and a build at one moment, three processes: the build's copy of the queue must
    hold the reject and the ingested document, whichever order the store's lock gives them. On the whole record's store
    (the ingest reads its monitor words)."""
    shutil.copy(pristine_store, env["db"])
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4350, state=STATE, date="2004-03-03")
    q.close()
    inbox = env["tmp"] / "inbox"
    inbox.mkdir()
    for k in range(20):
        (inbox / f"{k}.txt").write_text(f"Vladimir Putin arrived in Ulaanbaatar on Monday for an official visit to Mongolia ({k}).")
    docs0, _, _ = _queued(env["db"])
    outs = _done(_cli(*_ingest_args(inbox, env["db"])), _review(env, "reject", cid, "--reason", "rumour"),
                 _cli("data", "build", "--data", str(data_dir), "--db", str(env["db"])))  # data/ only read: the store stays the whole record's
    assert [c for c, _, _ in outs] == [0, 0, 0], [e[-500:] for _, _, e in outs]
    docs, _, _ = _queued(env["db"])
    q = Queue(f"sqlite:///{env['db']}")
    assert str(q.get(cid)["status"]) == "rejected" and docs - docs0 == 20
    assert _temporaries(env["db"].parent) == []


def test_w4b_a_page_past_every_row_sqlite_can_number_is_empty_not_an_error(tmp_path: Path) -> None:
    """The API's offset has no upper bound; the queue's page read from SQLite must not overflow its integer (the API fuzz
    test found ``offset=9223372036854775808`` answering 500 after the page moved into SQL)."""
    from iccwatch.monitor.queue import Queue

    q = Queue(f"sqlite:///{tmp_path / 'q.sqlite'}")
    assert q.entries("pending", limit=100, offset=2**63) == []
    assert q.entries(None, offset=2**70) == []
