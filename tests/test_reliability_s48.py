"""Concurrent use, round 32 (session 48): round 31's leftovers (docs/monitor.md, "Concurrent use, round 32"). Real
processes, a real HTTP server (``iccwatch serve`` in a process of its own), raw sockets, real SQLite, on copies of the
reliability rounds' small record and its store (never data/)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from tests.conftest import SLOW_GROUP
from tests.live_server import wait_answering
from tests.test_reliability_s41 import _end
from tests.test_reliability_s43 import _fill_queue
from tests.test_reliability_s44 import _rss_kb
from tests.test_reliability_s45 import HEAVY

pytestmark = pytest.mark.xdist_group(SLOW_GROUP)

#: ``iccwatch serve`` with tracemalloc started on its first SIGUSR1 (10 frames; started at once, it slowed the start-up past
#: four minutes) and a snapshot dumped on each later one to the file named by ``ICCWATCH_TM_OUT`` (``.N`` appended, N
#: counting; ``.sizes`` the traced bytes now and at their peak since the last dump): the Python objects alive in the
#: server, to set against its RSS.
_TRACED = """
import os, signal, sys, tracemalloc
n = [0]
def dump(*_):
    if not tracemalloc.is_tracing():
        tracemalloc.start(10)
        return
    n[0] += 1
    snap = tracemalloc.take_snapshot()
    cur, peak = tracemalloc.get_traced_memory()
    snap.dump(f"{os.environ['ICCWATCH_TM_OUT']}.{n[0]}")
    with open(os.environ['ICCWATCH_TM_OUT'] + '.sizes', 'a') as fh:
        fh.write(f"{n[0]} {cur} {peak}\\n")
    tracemalloc.reset_peak()
signal.signal(signal.SIGUSR1, dump)
sys.argv = ['iccwatch', *sys.argv[1:]]
from iccwatch.cli import main
main()
"""


#: ``iccwatch serve`` that, on each SIGUSR1, writes to ``ICCWATCH_TM_OUT`` a line of JSON: its RSS, glibc's own count of
#: its heap (``mallinfo2``: bytes in use, bytes free but kept, bytes in mmapped blocks), the blocks Python's allocator holds
#: (``sys.getallocatedblocks``) and its own arenas (``sys._debugmallocstats``, to the log: pymalloc's arenas are mmapped
#: apart from glibc's heap, 1 MB each in Python 3.11, given back only when wholly empty), then Python's blocks after ``gc.collect()`` and the RSS
#: after that and ``malloc_trim(0)`` (glibc gives back the free pages it kept).
_COUNTED = """
import ctypes, gc, json, os, signal, sys
libc = ctypes.CDLL("libc.so.6")
class M(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                                                "uordblks", "fordblks", "keepcost")]
libc.mallinfo2.restype = M
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
def count(*_):
    m = libc.mallinfo2()
    row = {"rss_kb": rss(), "heap_in_use": m.uordblks, "heap_free_kept": m.fordblks, "heap_arena": m.arena,
           "mmapped": m.hblkhd, "python_blocks": sys.getallocatedblocks()}
    sys.stderr.flush()
    sys._debugmallocstats()  # to the C stderr: the server's log, read by the test
    gc.collect()
    row["python_blocks_after_gc"] = sys.getallocatedblocks()
    libc.malloc_trim(0)
    row["rss_kb_after_gc_and_trim"] = rss()
    with open(os.environ["ICCWATCH_TM_OUT"], "a") as fh:
        fh.write(json.dumps(row) + "\\n")
signal.signal(signal.SIGUSR1, count)
sys.argv = ['iccwatch', *sys.argv[1:]]
from iccwatch.cli import main
main()
"""


def _serve(env: dict[str, Path], traced: bool | str, log: Path, **extra: str) -> tuple[subprocess.Popen[str], str]:
    from tests.test_reliability_s39 import _env
    from tests.test_reliability_s40 import _free_port

    port = _free_port()
    script = traced if isinstance(traced, str) else _TRACED
    head = [sys.executable, "-c", script] if traced else [sys.executable, "-m", "iccwatch"]
    with open(log, "w") as fh:
        p = subprocess.Popen([*head, "serve", "--port", str(port), "--db", str(env["db"])], stdout=fh,
                             stderr=subprocess.STDOUT, text=True, env=_env(ICCWATCH_DATA=str(env["data"]), **extra))
    base = f"http://127.0.0.1:{port}"
    wait_answering(p, base)
    return p, base


def _abandon(port: int, tag: str) -> None:
    """Thirty clients ask a page sorted by names and hang up 50 ms later (AA7's round)."""
    socks = []
    for k in range(30):
        s = socket.create_connection(("127.0.0.1", port), timeout=30)
        s.sendall(f"GET /monitor?status=all&sort=person_name&dir=asc&t={tag}&k={k} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        socks.append(s)
    time.sleep(0.05)
    for s in socks:
        s.close()


def _groups(p: subprocess.Popen[str], base: str, groups: int, dump: bool) -> list[int]:
    """AA7b's run: ``groups`` groups of three rounds, the server idle 20 s after each; RSS (kB) before and after each."""
    port = int(base.rsplit(":", 1)[1])
    httpx.get(base + "/monitor?status=all", timeout=300)
    rss = [_rss_kb(p.pid)]
    if dump:  # tracing starts now, after the start-up and a first page
        os.kill(p.pid, signal.SIGUSR1)
        time.sleep(1)
    for g in range(groups):
        for r in range(3):
            _abandon(port, f"{g}-{r}")
        httpx.get(base + "/api/v1/meta", timeout=300)
        time.sleep(20)
        rss.append(_rss_kb(p.pid))
        if dump:
            os.kill(p.pid, signal.SIGUSR1)
            time.sleep(3)
    return rss


@HEAVY
def test_ac7_where_aa7s_memory_goes_python_objects_against_rss_and_the_allocators_arenas(env: dict[str, Path]) -> None:
    """AA7's memory taken apart (ICCWATCH_RELIABILITY_HEAVY=1): the same run of abandoned pages sorted by names on three
    servers in turn: with tracemalloc (the Python objects alive after each group, against RSS), plain, and plain with
    ``MALLOC_ARENA_MAX=2``. Prints the figures; asserts only that the objects alive do not grow with the rounds."""
    import tracemalloc

    _fill_queue(env["db"], 3_000)
    groups = int(os.environ.get("ICCWATCH_AC7_GROUPS", "5"))
    out = env["tmp"] / "tm"
    figures: dict[str, list[int]] = {}
    for name, traced, extra in (("traced", True, {"ICCWATCH_TM_OUT": str(out)}), ("plain", False, {}),
                                ("arena2", False, {"MALLOC_ARENA_MAX": "2"})):
        p, base = _serve(env, traced, env["tmp"] / f"{name}.log", ICCWATCH_RATE_LIMIT="0", **extra)
        try:
            figures[name] = _groups(p, base, groups, traced)
        finally:
            _end(p)
        print(f"{name}: RSS (kB) before and after each group of three rounds: {figures[name]}", flush=True)
    sizes = [tuple(map(int, line.split())) for line in (out.parent / "tm.sizes").read_text().splitlines()]
    print("traced (n, current bytes, peak bytes since the last dump):", sizes)
    first = tracemalloc.Snapshot.load(f"{out}.1")
    last = tracemalloc.Snapshot.load(f"{out}.{len(sizes)}")
    for stat in last.compare_to(first, "lineno")[:15]:
        print(stat)
    for stat in last.compare_to(first, "traceback")[:3]:
        print(stat)
        for line in stat.traceback.format()[-12:]:
            print("   ", line)
    print(json.dumps(figures))
    # the objects alive after the first group and after the last: within 5 MB (nothing of ours kept per page)
    assert sizes[-1][1] - sizes[0][1] < 5_000_000, sizes


@HEAVY
def test_ac7b_aa7s_memory_held_by_the_allocator_or_by_objects(env: dict[str, Path]) -> None:
    """AA7's run on a plain server (no tracemalloc: the traced server was too slow to be the same run) that counts, after
    each group, glibc's heap in use and free-but-kept, Python's blocks, and RSS before and after ``malloc_trim(0)``
    (ICCWATCH_RELIABILITY_HEAVY=1). Prints the figures; asserts that the memory in use does not grow with the groups."""
    _fill_queue(env["db"], 3_000)
    groups = int(os.environ.get("ICCWATCH_AC7_GROUPS", "5"))
    out = env["tmp"] / "counted.jsonl"
    p, base = _serve(env, _COUNTED, env["tmp"] / "counted.log", ICCWATCH_RATE_LIMIT="0", ICCWATCH_TM_OUT=str(out))
    try:
        rss = _groups(p, base, groups, True)
        time.sleep(2)
    finally:
        _end(p)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    stats = (env["tmp"] / "counted.log").read_text(errors="replace").splitlines()
    arenas = [int(line.split("=")[1].replace(",", "")) for line in stats if line.startswith("# arenas allocated current")]
    used = [int(line.split("=")[1].replace(",", "")) for line in stats if line.startswith("# bytes in allocated blocks")]
    print("RSS (kB) before and after each group (before each count):", rss)
    for row in rows:
        print(row)
    print("pymalloc's arenas (1 MB each) at each count:", arenas, "; bytes in its blocks in use:", used)
    # the heap in use after the first group and after the last: within 10 MB
    assert rows[-1]["heap_in_use"] - rows[1]["heap_in_use"] < 10_000_000, rows
    # no abandoned page left waiting for the cyclic collector (round 32's mend, api.guard._let_go): Python's blocks
    # before a collection within 5 % of after it (before the mend 0.9-1.1 million against 580,000)
    for row in rows:
        assert row["python_blocks"] < 1.05 * row["python_blocks_after_gc"], rows


def test_ac7c_a_client_gone_lets_go_of_the_frames_of_the_work_it_stopped() -> None:
    """``api.guard._let_go``: a ``ClientGone`` caught (alone, in a task group's group, or raised from another) holds no
    traceback after it, so the frames of the work it stopped (and their rows) are freed at once, not by the cyclic
    collector; a control exception keeps its own."""
    import gc
    import weakref

    from iccwatch.api.guard import _let_go
    from iccwatch.gone import ClientGone

    class Rows(list):  # a page's rows, weakly referable
        pass

    def work(held: list[weakref.ref]) -> None:
        rows = Rows(range(1000))
        held.append(weakref.ref(rows))
        me = []  # a frame that holds its own exception: the cycle
        try:
            raise ClientGone("gone")
        except ClientGone as exc:
            me.append(exc)
            raise

    gc.disable()
    try:
        for wrap in (lambda e: e, lambda e: ExceptionGroup("g", [e]), lambda e: RuntimeError("x")):
            held: list[weakref.ref] = []
            try:
                try:
                    work(held)
                except ClientGone as exc:
                    wrapped = wrap(exc)
                    if isinstance(wrapped, RuntimeError):
                        raise wrapped from exc
                    raise wrapped from None
            except (ClientGone, ExceptionGroup, RuntimeError) as caught:
                _let_go(caught)
            assert held[0]() is None, wrap  # freed at once, with no collection
        control: list[weakref.ref] = []
        try:
            work(control)
        except ClientGone as exc:
            kept = exc
        assert control[0]() is not None and kept.__traceback__ is not None  # not let go: held until collected
        del kept
    finally:
        gc.enable()
        gc.collect()
