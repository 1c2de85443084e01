"""Concurrent use, round 24 (session 41): cron runs of the monitor that overlap or are stopped, hand edits under a
reviewer, exports and reports while the store rebuilds, clients that go away, stall or crawl, 50 questions at once,
two servers on one port, SIGTERM in the middle of writes, bad input at the HTTP interface and the server's memory over
1000 requests with report PDFs. Real processes, a real HTTP server (tests/live_server.py, or `iccwatch serve` in a
process of its own), real SQLite, on copies of a small record and its store, or of the whole record's store (never
data/). Each test names its scenario (U1 ... of docs/monitor.md, "Concurrent use, round 24")."""

from __future__ import annotations

import csv
import io
import json
import random
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from tests.conftest import SLOW_GROUP
from tests.live_server import wait_answering
from tests.test_reliability_review import STATE, _announcements, _candidate
from tests.test_reliability_s39 import _cli, _clients, _done, _holder, _review, _serve
from tests.test_reliability_s40 import _free_port, _get_served, _rss_kb, _stop

from iccwatch.dataset.yaml_io import read_yaml, write_yaml
from iccwatch.monitor.queue import Queue

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)

RNG = random.Random(41)

#: An inbox as a cron job finds it: reports of trips, in several languages, one file each.
INBOX = {
    "a-gallant-paris.txt": "Yoav Gallant arrived in Paris on Monday for a security conference.",
    "b-putin-mongolia.txt": "Russian President Vladimir Putin arrived in Ulaanbaatar on Monday for an official visit to Mongolia.",
    "c-bashir-kenya.txt": "Sudanese President Omar al-Bashir arrived in Nairobi on Friday to attend the ceremony.",
    "d-netanyahu-hungary.txt": "Benjamin Netanyahu arrived in Budapest on Thursday for a four-day visit to Hungary.",
    "e-putin-tajikistan.txt": "Vladimir Poutine est arrivé mardi à Douchanbé pour une visite officielle au Tadjikistan.",
    "f-bashir-chad.txt": "Omar al-Bashir llegó el miércoles a Yamena para una cumbre regional en Chad.",
}


def _inbox(folder: Path, n: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        for name, text in INBOX.items():
            (folder / f"{k}-{name}").write_text(f"{text} (report {k})" if k else text, encoding="utf-8")
    return folder


def _ingest(inbox: Path, db: Path) -> subprocess.Popen[str]:
    return _cli("monitor", "ingest", str(inbox), "--date", "2025-06-04", "--publisher", "Test Wire", "--db", str(db), "--json")


def _queued(db: Path) -> tuple[int, Counter[tuple[Any, ...]], int]:
    """Documents stored, the pending candidates by their fact (type, person, State, date), and the candidates."""
    q = Queue(f"sqlite:///{db}")
    with q.engine.connect() as conn:
        docs = int(conn.execute(select(func.count()).select_from(q.documents)).scalar_one())
        rows = conn.execute(select(q.candidates.c.type, q.candidates.c.payload, q.candidates.c.status)).all()
    keys = Counter((r.type, r.payload.get("person"), r.payload.get("state"), r.payload.get("date")) for r in rows if r.status == "pending")
    return docs, keys, len(rows)


def _temporaries(*folders: Path) -> list[str]:
    return sorted(p.name for f in folders for p in f.iterdir() if p.name.startswith(".") and (p.name.endswith(".tmp") or ".tmp" in p.name))


def _server(db: Path, data: Path, port: int | None = None, **env: str) -> tuple[subprocess.Popen[str], str]:
    """``iccwatch serve`` on ``db`` and ``data``, waited for until it answers (``env``: more settings, e.g.
    ``ICCWATCH_RATE_LIMIT="0"``)."""
    port = port or _free_port()
    p = _cli("serve", "--port", str(port), "--db", str(db), ICCWATCH_DATA=str(data), **env)
    base = f"http://127.0.0.1:{port}"
    wait_answering(p, base)
    return p, base


def _end(p: subprocess.Popen[str], sig: int = signal.SIGINT) -> tuple[int, str, str]:
    if p.poll() is None:
        p.send_signal(sig)
    try:
        out, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
    return p.returncode, out, err


def _whole_pdf(body: bytes) -> bool:
    return body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")


# ------------------------------------------------------------------ the monitor by cron


def test_u1_two_cron_runs_on_one_inbox_at_once_store_each_document_once_and_no_fact_twice(store_copy: Path, tmp_path: Path) -> None:
    serial = tmp_path / "serial.sqlite"
    shutil.copy(store_copy, serial)
    inbox = _inbox(tmp_path / "inbox", 2)
    docs0, _, _ = _queued(store_copy)
    outs = _done(_ingest(inbox, store_copy), _ingest(inbox, store_copy))
    assert [c for c, _, _ in outs] == [0, 0], outs
    assert _done(_ingest(inbox, serial))[0][0] == 0
    docs, keys, _ = _queued(store_copy)
    sdocs, skeys, _ = _queued(serial)
    assert docs - docs0 == len(INBOX) * 2 == sdocs - docs0
    assert [k for k, n in keys.items() if n > 1] == [] and set(keys) == set(skeys), (keys, skeys)
    alerts = Counter((a["state"], a["person"], a["on_date"]) for a in Queue(f"sqlite:///{store_copy}").list_alerts())
    assert alerts and [k for k, n in alerts.items() if n > 1] == [] and set(alerts) == {(a["state"], a["person"], a["on_date"]) for a in Queue(f"sqlite:///{serial}").list_alerts()}


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_u2_a_cron_run_stopped_mid_ingest_then_the_next_run_lose_nothing_and_add_nothing_twice(store_copy: Path, tmp_path: Path, sig: int) -> None:
    serial = tmp_path / "serial.sqlite"
    shutil.copy(store_copy, serial)
    inbox = _inbox(tmp_path / "inbox", 3)
    docs0, _, _ = _queued(store_copy)
    p = _ingest(inbox, store_copy)
    time.sleep(RNG.uniform(4.0, 9.0))
    p.send_signal(sig)
    p.communicate()
    (code, out, err), = _done(_ingest(inbox, store_copy))
    assert code == 0, (code, out, err)
    assert _done(_ingest(inbox, serial))[0][0] == 0
    docs, keys, _ = _queued(store_copy)
    sdocs, skeys, _ = _queued(serial)
    assert docs == sdocs and [k for k, n in keys.items() if n > 1] == [] and set(keys) == set(skeys)
    assert _temporaries(store_copy.parent) == []


def test_u3_review_list_json_while_two_ingests_write_is_whole(store_copy: Path, tmp_path: Path) -> None:
    ingests = [_ingest(_inbox(tmp_path / f"in{k}", 1 + k), store_copy) for k in range(2)]
    lists = []
    while any(p.poll() is None for p in ingests):
        lists.append(_cli("monitor", "review", "list", "--db", str(store_copy), "--json"))
        _done(lists[-1])
    outs = _done(*ingests)
    assert [c for c, _, _ in outs] == [0, 0]
    for p in lists:
        assert p.returncode == 0


def test_u4_bad_ingest_input_is_named_and_changes_nothing(store_copy: Path, tmp_path: Path) -> None:
    inbox = _inbox(tmp_path / "inbox")
    before = _queued(store_copy)
    for args in (("--date", "2025-13-45"), ("--date", "yesterday"), ("--publisher", "x" * 100_000)):
        p = _cli("monitor", "ingest", str(inbox), "--db", str(store_copy), *args)
        (code, out, err), = _done(p)
        assert code == 2 and args[0] in err, (args[0], code, out[-300:], err[-600:])
    (code, out, err), = _done(_cli("monitor", "ingest", str(tmp_path / "no-such-inbox"), "--date", "2025-06-04", "--db", str(store_copy)))
    assert code != 0 and "no-such-inbox" in err, (code, err)
    assert _queued(store_copy) == before


# ------------------------------------------------------------------ hand edits and reviewers


def _hand_entry(date: str) -> dict[str, Any]:
    """A withdrawal announcement as a person types it into the State's file (its source named, no candidate)."""
    return {"action": "withdrawal_announced", "instrument": "rome-statute", "date": date,
            "sources": [{"url": f"https://news.example.org/hand-{date}", "title": f"Hand {date}", "publisher": "Test Wire",
                         "date": "2020-03-01", "kind": "secondary", "note": "typed in by hand"}]}


def test_u5_an_accept_after_a_hand_added_entry_keeps_the_entry(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4101, state=STATE, date="2012-01-05")
    path = env["data"] / "states" / f"{STATE}.yaml"
    st = read_yaml(path)
    st["participation"].append(_hand_entry("2012-01-02"))
    write_yaml(path, st)
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code == 0, (code, out, err)
    assert sorted(d for d in _announcements(env["data"]) if d.startswith("2012-01")) == ["2012-01-02", "2012-01-05"]


def test_u6_an_accept_after_a_hand_added_comment_keeps_the_comment_or_refuses(env: dict[str, Path]) -> None:
    """A reviewer's colleague noted something in the State's file as a YAML comment; the accept that follows must keep
    it (or say it cannot, writing nothing): it never drops a person's words silently."""
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4102, state=STATE, date="2012-02-05")
    path = env["data"] / "states" / f"{STATE}.yaml"
    text = path.read_text(encoding="utf-8")
    note = "# checked against the depositary notification on 2026-11-30 (reviewer B)"
    path.write_text(note + "\n" + text.replace("participation:\n", "participation:\n  # entries below: one a line of the treaty's record\n", 1), encoding="utf-8")
    before = path.read_bytes()
    (code, out, err), = _done(_review(env, "accept", cid))
    after = path.read_text(encoding="utf-8")
    if code == 0:
        assert note in after and "# entries below" in after and "2012-02-05" in _announcements(env["data"]), after[:400]
    else:
        assert code == 2 and f"{STATE}.yaml" in err and "comment" in err, (code, err)
        assert path.read_bytes() == before and str(q.get(cid)["status"]) == "pending"


def test_u6b_an_accept_into_a_file_laid_out_by_hand_keeps_its_layout_and_comments(env: dict[str, Path]) -> None:
    """The list indented by two spaces, a comment on its own line and one after a value: all kept, the fact added."""
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4103, state=STATE, date="2012-02-06")
    path = env["data"] / "states" / f"{STATE}.yaml"
    text = path.read_text(encoding="utf-8")
    head, _, tail = text.partition("participation:\n")
    body, sep, rest = tail.partition("\n" + next(ln for ln in tail.splitlines() if ln and not ln[0].isspace() and not ln.startswith("- ")) if any(
        ln and not ln[0].isspace() and not ln.startswith("- ") for ln in tail.splitlines()) else "\n\0")
    indented = "\n".join("  " + ln if ln else ln for ln in body.splitlines())
    hand = head.replace("name: Netherlands\n", "name: Netherlands  # short name as the UN gives it\n") + "participation:\n  # read again in November\n" + indented + sep + rest.replace("\0", "")
    if not hand.endswith("\n"):
        hand += "\n"
    path.write_text(hand, encoding="utf-8")
    assert read_yaml(path)["participation"], "the test's own file must load"
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code == 0, (code, err)
    after = path.read_text(encoding="utf-8")
    assert after.startswith(hand.rstrip("\n")[: len(hand) // 2]) and "# short name as the UN gives it" in after and "# read again in November" in after
    assert "2012-02-06" in _announcements(env["data"]) and str(q.get(cid)["status"]) == "accepted"


def test_u6c_a_file_with_comments_the_accept_cannot_keep_is_refused_and_unchanged(env: dict[str, Path]) -> None:
    """The list written inline ('participation: [...]') after a comment: adding to it would lose the comment, so the
    accept says so and writes nothing; without the comment the file is written again as the writer gives it."""
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4104, state=STATE, date="2012-02-07")
    path = env["data"] / "states" / f"{STATE}.yaml"
    st = read_yaml(path)
    import yaml as pyyaml

    flow = "participation: " + pyyaml.safe_dump(st.pop("participation"), default_flow_style=True, sort_keys=False)
    body = pyyaml.safe_dump(st, sort_keys=False, allow_unicode=True)
    path.write_text("# kept by reviewer B\n" + body + flow, encoding="utf-8")
    before = path.read_bytes()
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code == 2 and f"{STATE}.yaml" in err and "comments" in err, (code, err)
    assert path.read_bytes() == before and str(q.get(cid)["status"]) == "pending"
    path.write_text(body + flow, encoding="utf-8")
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code == 0 and "2012-02-07" in _announcements(env["data"]), (code, err)


def test_u7_a_hand_edit_saved_again_and_again_during_accepts_is_never_lost(env: dict[str, Path]) -> None:
    """A person saves the State's file (each time with one more hand-added entry) while three accepts run: every hand
    entry is in the file after, and each accept either wrote its fact or refused naming the file."""
    q = Queue(f"sqlite:///{env['db']}")
    cids = [_candidate(q, 4110 + i, state=STATE, date=f"2012-03-0{i + 1}") for i in range(3)]
    path = env["data"] / "states" / f"{STATE}.yaml"
    procs = [_review(env, "accept", c) for c in cids]
    hand: list[str] = []
    for k in range(12):
        time.sleep(RNG.uniform(0.1, 0.6))
        st = read_yaml(path)
        hand.append(f"2012-04-{k + 1:02d}")
        st["participation"].append(_hand_entry(hand[-1]))
        write_yaml(path, st)
    outs = _done(*procs)
    for code, _, err in outs:
        assert code == 0 or (code == 2 and f"{STATE}.yaml" in err), (code, err)
    got = _announcements(env["data"])
    assert [d for d in hand if d not in got] == [], got
    for cid, (code, _, _), date in zip(cids, outs, ("2012-03-01", "2012-03-02", "2012-03-03"), strict=True):
        assert (code == 0) == (date in got) == (str(q.get(cid)["status"]) == "accepted"), (cid, code)


@pytest.mark.parametrize("from_accepts_version", [True, False], ids=["saved-from-the-accepts-version", "saved-from-the-old-version"])
def test_u7b_a_hand_save_while_the_accept_checks_the_record_is_said_as_it_is(env: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
                                                                           from_accepts_version: bool) -> None:
    """A person saves the State's file while the accept checks the record (deterministic: the save is made inside the
    check). Saved from the version the accept wrote, the file holds the fact: the accept is done (the queue says
    accepted), never "left without this fact". Saved from the version before, the fact is not in it: the accept
    says so, the candidate stays pending, the hand version stays."""
    from iccwatch.monitor import review

    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4130 + from_accepts_version, state=STATE, date="2012-06-01")
    path = env["data"] / "states" / f"{STATE}.yaml"
    old = read_yaml(path)
    real = review.check_dataset

    saves: list[bool] = []

    def saved_meanwhile(data_dir: Path) -> Any:
        # one save, made inside the first check (session 49: the check is a still read since round 33, which reads the
        # folder again when it changed under it; a hook saving at every call would be a folder that never stops changing)
        if not saves:
            st = read_yaml(path) if from_accepts_version else old
            st["participation"].append(_hand_entry("2012-06-09"))
            write_yaml(path, st)
            saves.append(True)
        return real(data_dir)

    monkeypatch.setattr(review, "check_dataset", saved_meanwhile)
    if from_accepts_version:
        review.accept(q, env["data"], cid)
        assert str(q.get(cid)["status"]) == "accepted"
        assert {"2012-06-01", "2012-06-09"} <= set(_announcements(env["data"]))
    else:
        with pytest.raises(review.ReviewError, match="without this fact"):
            review.accept(q, env["data"], cid)
        assert str(q.get(cid)["status"]) == "pending"
        assert "2012-06-09" in _announcements(env["data"]) and "2012-06-01" not in _announcements(env["data"])


# ------------------------------------------------------------------ exports and reports while the store changes


def test_u8_api_exports_while_the_store_rebuilds_are_whole(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    kinds = ("states", "participation", "persons", "warrants", "events")
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            want = {k: (len(list(csv.reader(io.StringIO(c.get(f"/api/v1/export/{k}").text)))),
                        len(c.get(f"/api/v1/export/{k}?format=json").json())) for k in kinds}
        stop = threading.Event()
        bad: list[str] = []

        def reader(i: int) -> None:
            with httpx.Client(base_url=base, timeout=120) as c:
                while not stop.is_set():
                    k = kinds[i % len(kinds)]
                    r1, r2 = c.get(f"/api/v1/export/{k}"), c.get(f"/api/v1/export/{k}?format=json")
                    rows = len(list(csv.reader(io.StringIO(r1.text))))
                    if r1.status_code != 200 or r2.status_code != 200 or rows != want[k][0] or len(r2.json()) != want[k][1]:
                        bad.append(f"{k}: {r1.status_code} {r2.status_code} {rows}")
                    i += 1

        ts = [threading.Thread(target=reader, args=(i,)) for i in range(8)]
        for x in ts:
            x.start()
        outs = _done(*(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])) for _ in range(2)))
        stop.set()
        for x in ts:
            x.join(timeout=180)
    finally:
        _stop(server, t)
    assert [c for c, _, _ in outs] == [0, 0] and bad == [], bad[:5]


def test_u9_report_pdfs_over_http_while_the_store_rebuilds_are_whole(env: dict[str, Path]) -> None:
    p, base = _server(env["db"], env["data"])
    try:
        got: list[tuple[int, bool]] = []

        def reader(i: int) -> None:
            with httpx.Client(base_url=base, timeout=240) as c:
                for k in range(3):
                    r = c.get(f"/states/{('NLD', 'MNG', 'UKR')[(i + k) % 3]}/report.pdf?on=2024-0{1 + (i + k) % 9}-01")
                    got.append((r.status_code, _whole_pdf(r.content)))

        ts = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
        for x in ts:
            x.start()
        outs = _done(_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))
        for x in ts:
            x.join(timeout=600)
    finally:
        code, out, err = _end(p)
    assert outs[0][0] == 0 and len(got) == 12 and set(got) == {(200, True)}, got
    assert "Traceback" not in err, err[-2000:]


def test_u10_cli_exports_and_reports_to_one_file_at_once_leave_one_whole_file(env: dict[str, Path]) -> None:
    out = env["tmp"] / "out"
    out.mkdir()
    csv_path, pdf_path = out / "states.csv", out / "report.pdf"
    outs = _done(*(_cli("export", "states", "--db", str(env["db"]), "--output", str(csv_path)) for _ in range(3)),
                 *(_cli("report", "state", STATE, "--db", str(env["db"]), "--output", str(pdf_path)) for _ in range(2)),
                 _cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])))
    assert [c for c, _, _ in outs] == [0] * 6, outs
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert len(rows) > 1 and len({len(r) for r in rows}) == 1
    assert _whole_pdf(pdf_path.read_bytes()) and sorted(x.name for x in out.iterdir()) == ["report.pdf", "states.csv"]


# ------------------------------------------------------------------ clients that go away, stall or crawl


def _whole_record_server(data_dir: Path, store_copy: Path) -> tuple[str, object, threading.Thread]:
    return _serve(data_dir, store_copy)


def test_u11_clients_that_disconnect_mid_download_of_a_large_export_leave_the_server_whole(data_dir: Path, store_copy: Path) -> None:
    base, server, t = _whole_record_server(data_dir, store_copy)
    host, port = base.removeprefix("http://").split(":")
    try:
        with httpx.Client(base_url=base, timeout=240) as c:
            full = c.get("/api/v1/export/events?format=json")
        assert full.status_code == 200 and len(full.content) > 200_000, len(full.content)
        for k in range(20):
            s = socket.create_connection((host, int(port)))
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            s.sendall(f"GET /api/v1/export/{('events', 'participation')[k % 2]}?format={('json', 'csv')[k % 2]} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            s.recv(RNG.randrange(1, 4096))
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # a reset, as a dropped line
            s.close()
        with httpx.Client(base_url=base, timeout=240) as c:
            again = c.get("/api/v1/export/events?format=json")
            meta = c.get("/api/v1/meta")
    finally:
        _stop(server, t)
    assert again.status_code == 200 and again.content == full.content and meta.status_code == 200


def test_u12_a_client_that_never_reads_a_large_answer_does_not_hold_up_the_others(data_dir: Path, store_copy: Path) -> None:
    base, server, t = _whole_record_server(data_dir, store_copy)
    host, port = base.removeprefix("http://").split(":")
    stalled = []
    try:
        for _ in range(4):
            s = socket.create_connection((host, int(port)))
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
            s.sendall(b"GET /api/v1/export/events?format=json HTTP/1.1\r\nHost: x\r\n\r\n")
            stalled.append(s)
        time.sleep(2)
        times = []
        with httpx.Client(base_url=base, timeout=60) as c:
            for path in ("/api/v1/meta", "/api/v1/states", "/", "/api/v1/meta") * 3:
                t0 = time.monotonic()
                assert c.get(path).status_code == 200
                times.append(time.monotonic() - t0)
    finally:
        for s in stalled:
            s.close()
        _stop(server, t)
    assert max(times) < 30, times


def test_u13_a_very_slow_client_does_not_hold_up_the_others(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    host, port = base.removeprefix("http://").split(":")
    slow_done: list[bytes] = []

    def crawl() -> None:
        s = socket.create_connection((host, int(port)))
        s.settimeout(120)
        for ch in b"GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n":
            s.send(bytes([ch]))
            time.sleep(0.1)
        slow_done.append(s.recv(100))
        s.close()

    slow = [threading.Thread(target=crawl) for _ in range(5)]
    for x in slow:
        x.start()
    try:
        time.sleep(1)
        stop = threading.Event()
        codes, bad, ts = _clients(base, ("/api/v1/meta", "/api/v1/states", "/api/v1/persons"), 5, stop)
        time.sleep(4)
        stop.set()
        for x in ts:
            x.join(timeout=60)
        for x in slow:
            x.join(timeout=60)
    finally:
        _stop(server, t)
    assert len(codes) > 30 and set(codes) == {200} and bad == [], (len(codes), set(codes))
    assert len(slow_done) == 5 and all(b.startswith(b"HTTP/1.1 200") for b in slow_done), slow_done


def test_u14_two_hundred_idle_connections_leave_the_server_answering(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    host, port = base.removeprefix("http://").split(":")
    idle = []
    try:
        for _ in range(200):
            idle.append(socket.create_connection((host, int(port))))
        with httpx.Client(base_url=base, timeout=60) as c:
            t0 = time.monotonic()
            codes = [c.get(p).status_code for p in ("/api/v1/meta", "/", "/api/v1/states")]
            took = time.monotonic() - t0
    finally:
        for s in idle:
            s.close()
        _stop(server, t)
    assert codes == [200, 200, 200] and took < 30, (codes, took)


# ------------------------------------------------------------------ many questions at once


QUESTIONS = [
    "Must Mongolia arrest Putin on 3 September 2024?", "Must Russia arrest Putin on 1 January 2024?",
    "Must the Netherlands arrest Putin on 2 May 2023?", "Must Ukraine arrest Vladimir Putin on 1 March 2025?",
    "Doit la Mongolie arrêter Poutine le 3 septembre 2024 ?", "Must Mongolia arrest Putin?",
]


def test_u15_fifty_questions_at_once_get_the_answers_they_get_one_by_one(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    paths = [f"/api/v1/question?q={q}&today=2026-12-03" for q in QUESTIONS]
    paths += [f"/api/v1/arrest?state={s}&person=vladimir-vladimirovich-putin&on={d}"
              for s in ("MNG", "RUS", "NLD", "UKR") for d in ("2023-03-18", "2024-09-03")]
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            serial = {p: (r.status_code, r.text) for p in paths for r in [c.get(p)]}
        asked = [paths[i % len(paths)] for i in range(50)]
        got: list[tuple[str, int, str]] = [("", 0, "")] * 50
        barrier = threading.Barrier(50)

        def ask(i: int) -> None:
            with httpx.Client(base_url=base, timeout=240) as c:
                barrier.wait()
                r = c.get(asked[i])
                got[i] = (asked[i], r.status_code, r.text)

        ts = [threading.Thread(target=ask, args=(i,)) for i in range(50)]
        for x in ts:
            x.start()
        for x in ts:
            x.join(timeout=300)
    finally:
        _stop(server, t)
    assert {s for s, _ in serial.values()} <= {200, 422} and 200 in {s for s, _ in serial.values()}, serial
    assert [g[0] for g in got if (g[1], g[2]) != serial[g[0]]] == []


def test_u16_fifty_ask_pages_at_once_match_the_serial_ones(env: dict[str, Path]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    paths = [f"/ask?question={q}" for q in QUESTIONS[:4]] + [f"/ask?state=MNG&person=vladimir-vladimirovich-putin&on=2024-09-0{d}" for d in range(1, 5)]
    try:
        with httpx.Client(base_url=base, timeout=120, follow_redirects=True) as c:
            serial = {p: (r.status_code, r.text) for p in paths for r in [c.get(p)]}
        got: list[tuple[str, int, str]] = [("", 0, "")] * 50
        barrier = threading.Barrier(50)

        def ask(i: int) -> None:
            with httpx.Client(base_url=base, timeout=240, follow_redirects=True) as c:
                barrier.wait()
                r = c.get(paths[i % len(paths)])
                got[i] = (paths[i % len(paths)], r.status_code, r.text)

        ts = [threading.Thread(target=ask, args=(i,)) for i in range(50)]
        for x in ts:
            x.start()
        for x in ts:
            x.join(timeout=300)
    finally:
        _stop(server, t)
    assert [g[0] for g in got if (g[1], g[2]) != serial[g[0]]] == []


def test_u16b_cli_questions_while_the_store_rebuilds_get_the_serial_answer(env: dict[str, Path]) -> None:
    ask = ("ask", "arrest", "--state", "MNG", "--person", "vladimir-vladimirovich-putin", "--on", "2024-09-03", "--json", "--db", str(env["db"]))
    (code, want, err), = _done(_cli(*ask))
    assert code == 0 and json.loads(want), err
    builds = [_cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"])) for _ in range(2)]
    got = []
    while any(b.poll() is None for b in builds):
        got.append(_done(*(_cli(*ask) for _ in range(3)))[0:3])
    assert [c for c, _, _ in _done(*builds)] == [0, 0]
    answers = [o for batch in got for o in batch]
    assert answers and [(c, e) for c, o, e in answers if c != 0 or o != want] == []


# ------------------------------------------------------------------ servers and signals


def test_u17_two_servers_started_at_once_on_one_port_one_serves_the_other_says_why(env: dict[str, Path]) -> None:
    port = _free_port()
    a = _cli("serve", "--port", str(port), "--db", str(env["db"]), ICCWATCH_DATA=str(env["data"]))
    b = _cli("serve", "--port", str(port), "--db", str(env["db"]), ICCWATCH_DATA=str(env["data"]))
    procs = [a, b]
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and all(p.poll() is None for p in procs):
        time.sleep(0.2)
    loser = next((p for p in procs if p.poll() is not None), None)
    winner = next((p for p in procs if p is not loser), None)
    try:
        r = httpx.get(f"http://127.0.0.1:{port}/api/v1/meta", timeout=60)
    finally:
        ends = [_end(p) for p in procs]
    assert loser is not None and r.status_code == 200 and winner is not None and winner.returncode in (0, -signal.SIGINT)
    code, out, err = ends[procs.index(loser)]
    assert code not in (0, None) and str(port) in err and "Traceback" not in out + err, (code, out[-500:], err[-2000:])


def test_u18_sigterm_to_the_server_with_requests_in_flight_ends_it_cleanly_and_the_port_is_free(env: dict[str, Path]) -> None:
    p, base = _server(env["db"], env["data"])
    port = int(base.rsplit(":", 1)[1])
    stop = threading.Event()
    errors: list[str] = []

    def client() -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            while not stop.is_set():
                try:
                    c.get("/states")
                except httpx.TransportError as exc:
                    errors.append(type(exc).__name__)
                    return

    ts = [threading.Thread(target=client) for _ in range(6)]
    for x in ts:
        x.start()
    time.sleep(2)
    t0 = time.monotonic()
    code, out, err = _end(p, signal.SIGTERM)
    took = time.monotonic() - t0
    stop.set()
    for x in ts:
        x.join(timeout=60)
    assert "Traceback" not in out + err and took < 30, (took, err[-2000:])
    q, base2 = _server(env["db"], env["data"], port)
    try:
        again = httpx.get(base2 + "/api/v1/meta", timeout=60).status_code
    finally:
        _end(q)
    assert again == 200


@pytest.mark.parametrize("moment", [0.6, 1.2, 1.8, 2.6, 3.4])
def test_u19_sigterm_during_an_accept_leaves_no_half_file_no_temporary_and_queue_and_record_agree(env: dict[str, Path], moment: float) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4120 + int(moment * 10), state=STATE, date="2012-05-01")
    other = _candidate(q, 4150 + int(moment * 10), state=STATE, date="2012-05-02")
    p = _review(env, "accept", cid)
    time.sleep(moment)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate()
    assert "Traceback" not in out + err, err[-2000:]
    states = env["data"] / "states"
    read_yaml(states / f"{STATE}.yaml")  # whole
    assert _temporaries(states, env["data"]) == [], "a temporary left right after the SIGTERM"
    (code, out, err), = _done(_review(env, "accept", other))
    assert code == 0, (code, out, err)
    assert (str(q.get(cid)["status"]) == "accepted") == ("2012-05-01" in _announcements(env["data"]))


@pytest.mark.parametrize("delay", [0.0, 0.3, 0.9])
def test_u20_sigterm_during_data_build_leaves_the_old_store_and_no_temporary(env: dict[str, Path], delay: float) -> None:
    """The build is stopped once its temporary store exists (then after ``delay`` more seconds): the old store opens,
    the queue is there, and no temporary store is left beside it (a cron job's timeout should not leave a copy of the
    whole store until the next build)."""
    folder = env["db"].parent
    p = _cli("data", "build", "--data", str(env["data"]), "--db", str(env["db"]))
    deadline = time.monotonic() + 120
    while p.poll() is None and time.monotonic() < deadline and not any(".building-" in x.name for x in folder.iterdir()):
        time.sleep(0.005)
    assert p.poll() is None, "the build ended before its temporary store was seen"
    time.sleep(delay)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate()
    assert "Traceback" not in out + err, err[-2000:]
    assert p.returncode != 0 or "built" in out
    assert [x.name for x in folder.iterdir() if ".building-" in x.name or x.name.endswith(".tmp")] == []
    (code, out, err), = _done(_cli("monitor", "review", "list", "--db", str(env["db"]), "--json"))
    assert code == 0 and isinstance(json.loads(out), (list, dict))


def test_u21_sigterm_during_an_export_to_a_file_leaves_the_old_file_or_the_whole_new_one(env: dict[str, Path]) -> None:
    out_dir = env["tmp"] / "out"
    out_dir.mkdir()
    target = out_dir / "participation.json"
    target.write_text("[]\n")
    for k in range(4):
        p = _cli("export", "participation", "--db", str(env["db"]), "--output", str(target))
        time.sleep(0.8 + 0.7 * k)
        p.send_signal(signal.SIGTERM)
        _, err = p.communicate()
        assert "Traceback" not in err, err[-2000:]
        json.loads(target.read_text())
        assert sorted(x.name for x in out_dir.iterdir()) == ["participation.json"]


def test_u21b_sigterm_during_a_pdf_report_to_a_file_leaves_the_old_file_or_the_whole_new_one(env: dict[str, Path]) -> None:
    out_dir = env["tmp"] / "out"
    out_dir.mkdir()
    target = out_dir / "report.pdf"
    target.write_bytes(b"%PDF-1.7 an older report\n%%EOF\n")
    for k in range(3):
        p = _cli("report", "state", STATE, "--db", str(env["db"]), "--output", str(target))
        time.sleep(2.0 + 1.5 * k)
        p.send_signal(signal.SIGTERM)
        _, err = p.communicate()
        assert "Traceback" not in err, err[-2000:]
        assert _whole_pdf(target.read_bytes()) and sorted(x.name for x in out_dir.iterdir()) == ["report.pdf"]


def test_u21c_sigterm_to_an_accept_waiting_for_a_stuck_reviewer_ends_it_at_once_changing_nothing(env: dict[str, Path]) -> None:
    q = Queue(f"sqlite:///{env['db']}")
    cid = _candidate(q, 4140, state=STATE, date="2012-07-01")
    before = (env["data"] / "states" / f"{STATE}.yaml").read_bytes()
    stuck = _holder(env["data"] / ".review.lock")
    try:
        p = _review(env, "accept", cid)
        time.sleep(4)
        t0 = time.monotonic()
        p.send_signal(signal.SIGTERM)
        out, err = p.communicate(timeout=60)
        took = time.monotonic() - t0
    finally:
        stuck.kill()
        stuck.communicate()
    assert p.returncode != 0 and took < 10 and "Traceback" not in out + err, (p.returncode, took, err[-1000:])
    assert (env["data"] / "states" / f"{STATE}.yaml").read_bytes() == before and str(q.get(cid)["status"]) == "pending"
    (code, out, err), = _done(_review(env, "accept", cid))
    assert code == 0 and "2012-07-01" in _announcements(env["data"])


def test_u21d_eight_report_pdfs_asked_at_once_are_all_whole(env: dict[str, Path]) -> None:
    p, base = _server(env["db"], env["data"])
    got: list[tuple[int, bool]] = []
    barrier = threading.Barrier(8)

    def ask(i: int) -> None:
        with httpx.Client(base_url=base, timeout=300) as c:
            barrier.wait()
            r = c.get(f"/states/{('NLD', 'MNG')[i % 2]}/report.pdf?on=2025-0{1 + i}-01")
            got.append((r.status_code, _whole_pdf(r.content)))

    ts = [threading.Thread(target=ask, args=(i,)) for i in range(8)]
    try:
        for x in ts:
            x.start()
        for x in ts:
            x.join(timeout=600)
    finally:
        code, out, err = _end(p)
    assert len(got) == 8 and set(got) == {(200, True)} and "Traceback" not in err, (got, err[-1500:])


@pytest.mark.parametrize("which", ["db-folder", "data-file"])
def test_u21e_a_store_that_is_a_folder_or_a_record_that_is_a_file_is_named_by_each_command(env: dict[str, Path], which: str) -> None:
    folder, afile = env["tmp"] / "a-folder", env["tmp"] / "a-file"
    folder.mkdir()
    afile.write_text("not a record\n")
    db, data = (folder, env["data"]) if which == "db-folder" else (env["db"], afile)
    named = str(folder if which == "db-folder" else afile)
    cmds = [("data", "build", "--data", str(data), "--db", str(db)),
            ("monitor", "review", "reject", "0123456789abcdef", "--reason", "rumour", "--data", str(data), "--db", str(db))]
    if which == "db-folder":
        cmds += [("monitor", "review", "list", "--db", str(db)), ("export", "states", "--db", str(db)),
                 ("serve", "--port", str(_free_port()), "--db", str(db))]
    outs = [_done(_cli(*c), timeout=240)[0] for c in cmds]
    for c, (code, out, err) in zip(cmds, outs, strict=True):
        assert code not in (0, None) and named in err, (c[:2], code, out[-300:], err[-800:])
    assert folder.is_dir() and afile.read_text() == "not a record\n"


# ------------------------------------------------------------------ bad input at the HTTP interface


@pytest.mark.parametrize("method,path", [
    ("POST", "/api/v1/states"), ("PUT", "/api/v1/meta"), ("DELETE", "/api/v1/monitor/candidates"), ("PATCH", "/states"),
    ("POST", "/api/v1/export/states"), ("HEAD", "/api/v1/meta"), ("OPTIONS", "/api/v1/question"), ("POST", "/ask"),
])
def test_u22_other_methods_are_refused_or_answered_never_a_500(env: dict[str, Path], method: str, path: str) -> None:
    base, server, t = _serve(env["data"], env["db"])
    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            r = c.request(method, path, content=b'{"x": 1}' if method != "HEAD" else None)
    finally:
        _stop(server, t)
    assert r.status_code < 500 and (r.status_code == 200) == (method == "HEAD"), (r.status_code, r.text[:300])


@pytest.mark.parametrize("headers", [
    {"Cookie": "a=" + "x" * 60_000}, {"Range": "bytes=99999999999-1"}, {"Accept-Language": "\x7f" * 300 + ";q=abc"},
    {"If-None-Match": '"' + "z" * 5000}, {"If-Modified-Since": "yesterday at noon"}, {"Accept": "application/pdf;q=2, */*;q=-1"},
    {"Accept-Encoding": "gzip;q=nan, br;q=1e999"}, {"X-Forwarded-For": ", ".join(["999.1.1.1"] * 400)},
])
def test_u23_odd_request_headers_are_never_a_500(env: dict[str, Path], headers: dict[str, str]) -> None:
    base, server, t = _serve(env["data"], env["db"])
    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            codes = [c.get(p, headers=headers).status_code for p in ("/api/v1/meta", "/states", "/api/v1/export/states", f"/states/{STATE}/report.html")]
    finally:
        _stop(server, t)
    assert all(c < 500 for c in codes), codes


@pytest.mark.parametrize("query", [
    "/api/v1/states?" + "on=2024-01-01&" * 4000, "/states?" + "q" * 10_000 + "=1", "/api/v1/persons?on=" + "2" * 10_000,
    "/api/v1/states?%ff%fe=1", "/api/v1/export/states?format=csv&format=json", "/api/v1/states/NLD?on=2024-02-30",
    "/api/v1/arrest?state=MNG&person=vladimir-vladimirovich-putin&on=0001-01-01", "/ask?question=" + "%E2%80%AE" * 400,
])
def test_u23b_odd_query_strings_are_a_4xx_or_an_answer_never_a_500(env: dict[str, Path], query: str) -> None:
    r = _get_served(env, query)
    assert r.status_code < 500, (r.status_code, r.text[:300])


# ------------------------------------------------------------------ memory


def test_u24_the_servers_memory_levels_off_over_1000_mixed_requests_with_report_pdfs(env: dict[str, Path]) -> None:
    p, base = _server(env["db"], env["data"])
    words = ["court", "arrest", "visit", "warrant", "Mongolia", "Putin", "withdrawal", "summit", "état", "détention"]
    paths = ["/api/v1/meta", "/api/v1/states", f"/api/v1/states/{STATE}", "/api/v1/persons", "/", "/states", "/monitor",
             "/api/v1/monitor/candidates?status=all", "/api/v1/export/participation", "/api/v1/export/states?format=json",
             f"/states/{STATE}", "/ask?question=Must+Mongolia+arrest+Putin+on+3+September+2024%3F", "/api/v1/states/XXX"]
    rng = random.Random(41)
    levels: list[int] = []
    try:
        with httpx.Client(base_url=base, timeout=240) as c:
            for i in range(1000):
                if i % 50 == 0:
                    path = f"/states/{rng.choice(('NLD', 'MNG', 'UKR', 'RUS'))}/report.pdf?on=2024-{1 + i // 50 % 12:02d}-01"
                elif i % 3 == 0:
                    path = f"/api/v1/search?q={rng.choice(words)}+{rng.randrange(10**6)}"
                elif i % 11 == 0:
                    path = f"/api/v1/question?q=Must+Mongolia+arrest+Putin+on+{1 + i % 28}+May+2024%3F"
                else:
                    path = rng.choice(paths)
                r = c.get(path)
                assert r.status_code < 500, path
                if i in (199, 399, 599, 799, 999):
                    levels.append(_rss_kb(p.pid) + sum(_rss_kb(int(k)) for k in _children(p.pid)))
    finally:
        _end(p)
    print(f"RSS (server and its children) after 200, 400, 600, 800 and 1000 requests (kB): {levels}")
    assert levels[4] - levels[2] < 16 * 1024, levels  # under 16 MB over the last 400 requests: levelled off


def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
