"""A wider soak than bench_soak.py, as a hostile user would send: every page and API route, many distinct
query strings and dates (real, impossible and malformed), unknown parameters, long and Unicode input,
control characters, HEAD and OPTIONS, CSV, JSON and PDF downloads, 404s. The server's resident memory
(RSS) is read every ``--every`` requests, so the trend shows whether it levels off.

Fails (exit 1) when the RSS grew by more than --bound-mb between the end of the warm-up and the end, or
on any 5xx answer. Only 127.0.0.1 is contacted; the server runs on a temporary store built from data/,
with the rate limit off (ICCWATCH_RATE_LIMIT=0).

With --trace-dir DIR the server runs under tracemalloc (benchmarks/traced_server.py, slower) and the run is
cut into --phases equal phases; after the warm-up and after each phase the server writes a snapshot, its RSS
before and after malloc_trim, live objects by type and its caches' sizes, and the benchmark prints the
allocations that grew most, by traceback, between the second snapshot and the last.

Run: .venv/bin/python benchmarks/bench_soak_wide.py [--requests 30000] [--clients 3] [--bound-mb 64]
     [--trace-dir DIR --phases 4]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ids(folder: str) -> list[str]:
    return sorted(p.stem for p in (ROOT / "data" / folder).glob("*.yaml"))


STATES = ids("states")
PERSONS = ids("persons")
STATEMENTS = ids("statements")
NOISE = "éü中文ش\u200b\u202e🙂"


def junk(rng: random.Random) -> str:
    """A value a user could type: a word, a long string, Unicode, control characters, a malformed date."""
    kind = rng.randrange(8)
    if kind == 0:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(1, 12)))
    if kind == 1:
        return "x" * rng.choice([300, 2000, 6000])
    if kind == 2:
        return "".join(rng.choice(NOISE) for _ in range(rng.randrange(1, 40)))
    if kind == 3:
        return "".join(chr(rng.randrange(1, 32)) for _ in range(rng.randrange(1, 8)))
    if kind == 4:
        return f"{rng.randrange(1990, 2030)}-{rng.randrange(0, 15):02d}-{rng.randrange(0, 35):02d}"
    if kind == 5:
        return rng.choice(["yesterday", "today", "2024-W10", "2024-W10-3", "2024-13", "2024-02-30", "", " ", "-1", "1e9", "NaN"])
    if kind == 6:
        return str(rng.randrange(-10**12, 10**12))
    return rng.choice(STATES).upper() + rng.choice(["", "x", " "])


def day(rng: random.Random) -> str:
    start = dt.date(2002, 7, 1)
    return (start + dt.timedelta(days=rng.randrange((dt.date.today() - start).days + 400))).isoformat()


def request(rng: random.Random) -> tuple[str, str]:
    """One (method, path+query)."""
    s, p, d = rng.choice(STATES).upper(), rng.choice(PERSONS), day(rng)
    year = rng.randrange(2002, 2027)
    q = urllib.parse.quote
    paths = [
        f"/?on={d}", "/about", f"/search?q={q(junk(rng))}", f"/search?q={q(rng.choice(PERSONS).split('-')[0])}",
        f"/states?on={d}", f"/states/{s}?on={d}&year={year}", f"/states/{s}/report.html?on={d}&year={year}",
        f"/states/{s}/report.pdf?on={d}", f"/persons?q={q(junk(rng))}", f"/persons?status={q(junk(rng))}",
        f"/persons/{p}?on={d}", f"/ask?state={s}&person={p}&on={d}", f"/ask?question={q('Must ' + s + ' arrest ' + p + ' on ' + d + '?')}",
        f"/ask?state={q(junk(rng))}&person={q(junk(rng))}&on={q(junk(rng))}", f"/ask/result?state={s}&person={p}&on={d}",
        "/situations", f"/situations?format={rng.choice(['csv', 'json', 'xml'])}",
        f"/decisions?state={s}&year={year}", f"/decisions?format=csv&person={p}",
        f"/events?page={rng.randrange(-1, 8)}&sort={q(junk(rng))}", f"/events?format=json&state={s}", f"/events?row=e-{q(junk(rng))}",
        "/statements", f"/statements/{rng.choice(STATEMENTS)}", f"/statements/{rng.choice(STATEMENTS)}?format=csv", "/gaps",
        f"/monitor?status={q(rng.choice(['pending', 'all', 'accepted', junk(rng)]))}", f"/index?year={year}&sort={rng.choice(['rank', 'score', 'name'])}",
        f"/index?group=states_parties&format=csv&year={year}", "/index/method",
        f"/api/v1/map?on={q(rng.choice([d, junk(rng)]))}", f"/api/v1/states?on={d}&limit={rng.randrange(0, 300)}&offset={rng.randrange(0, 300)}",
        f"/api/v1/states/{s}?on={d}", f"/api/v1/states/{s}/obligations?on={d}", f"/api/v1/persons?q={q(junk(rng))}&on={d}",
        f"/api/v1/persons/{p}?on={d}", f"/api/v1/persons/{p}/travel?on={d}", f"/api/v1/arrest?state={s}&person={p}&on={d}",
        f"/api/v1/arrest?state={q(junk(rng))}&person={q(junk(rng))}&on={q(junk(rng))}",
        f"/api/v1/question?q={q('Must ' + s + ' arrest ' + p + ' on ' + d + '?')}", f"/api/v1/question?q={q(junk(rng))}",
        f"/api/v1/situations?on={d}", f"/api/v1/decisions?year={year}&state={s}", f"/api/v1/events?person={p}&on={d}",
        f"/api/v1/statements?state={s}&year={year}", f"/api/v1/statements/{rng.choice(STATEMENTS)}", f"/api/v1/search?q={q(junk(rng))}",
        f"/api/v1/search?q={q(p.split('-')[-1])}&kind={rng.choice(['person', 'state', 'event', 'x'])}", "/api/v1/assessment/events",
        "/api/v1/assessment/gaps", f"/api/v1/index?year={year}&samples={rng.randrange(1, 30)}&seed={rng.randrange(2**31)}",
        f"/api/v1/index/{s}?year={year}&samples=5&seed={rng.randrange(2**31)}", f"/api/v1/monitor/candidates?status=all&offset={rng.randrange(0, 50)}",
        "/api/v1/monitor/alerts", f"/api/v1/export/{q(rng.choice(['states', 'persons', 'events', 'decisions', junk(rng)]))}?format={rng.choice(['csv', 'json'])}",
        "/api/v1/meta", f"/api/v1/{q(junk(rng))}", f"/{q(junk(rng))}", f"/states/{q(junk(rng))}", f"/persons/{q(junk(rng))}",
        f"/static/{q(junk(rng))}.js", "/docs", "/api/v1/openapi.json",
    ]
    path = rng.choice(paths)
    if rng.random() < 0.3:  # an unknown parameter, named anew each time
        path += ("&" if "?" in path else "?") + f"{q(junk(rng)[:40])}={q(junk(rng)[:40])}"
    method = rng.choices(["GET", "HEAD", "OPTIONS"], [0.85, 0.1, 0.05])[0]
    return method, path


def run(base: str, n: int, clients: int, seed: int, proc: psutil.Process, every: int, trace: list[tuple[int, float]],
        deadline: float, progress: bool = False, start: int = 0) -> dict[int, int]:
    """Send ``n`` requests from ``clients`` threads; the RSS is read every ``every`` requests, counted from ``start``."""
    codes: dict[int, int] = {}
    lock = threading.Lock()
    count = [start]

    def worker(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        with httpx.Client(base_url=base, timeout=120) as c:
            for _ in range(n // clients):
                if time.monotonic() > deadline:
                    return
                method, path = request(rng)
                try:
                    code = c.request(method, path).status_code
                except httpx.TransportError:
                    code = 0
                except httpx.InvalidURL:  # the client refuses to send it: the generator's fault, not the server's
                    continue
                with lock:
                    codes[code] = codes.get(code, 0) + 1
                    count[0] += 1
                    if code >= 500 or code == 0:
                        print(f"  {code} {method} {path[:200]}", flush=True)
                    if count[0] % every == 0:
                        trace.append((count[0], proc.memory_info().rss / 2**20))
                        if progress:
                            print(f"  {count[0]:,} requests: {trace[-1][1]:.1f} MB", flush=True)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return codes


def snapshot(proc: subprocess.Popen[bytes], folder: Path, n: int) -> None:
    """Ask the traced server for snapshot ``n`` and wait until it is written."""
    proc.send_signal(signal.SIGUSR1)
    done = folder / f"phase-{n}.done"
    for _ in range(2400):
        if done.exists():
            return
        time.sleep(0.25)
    raise RuntimeError(f"the traced server wrote no {done} in 10 minutes")


def compare(folder: Path, first: int, last: int, top: int = 25) -> None:
    """Print what grew between two snapshots: the facts' caches, live objects by type, and the allocations by
    traceback (most growth first)."""
    import tracemalloc

    def table(n: int) -> dict[str, str]:
        rows = (line.rsplit(" ", 1) for line in (folder / f"phase-{n}.txt").read_text(encoding="utf-8").splitlines())
        return {k: v for k, v in rows}

    a, b = table(first), table(last)
    print(f"\nsnapshot {first} -> {last} (tracing from snapshot 1):")
    for key in sorted(set(a) | set(b)):
        if key.startswith(("rss", "traced", "index_cache")) or a.get(key) != b.get(key):
            print(f"  {key}: {a.get(key, '-')} -> {b.get(key, '-')}")
    if not (folder / f"phase-{first}.snap").exists():
        return
    old = tracemalloc.Snapshot.load(str(folder / f"phase-{first}.snap"))
    new = tracemalloc.Snapshot.load(str(folder / f"phase-{last}.snap"))
    for stat in new.compare_to(old, "traceback")[:top]:
        print(f"\n  {stat.size_diff / 2**10:+.0f} KiB, {stat.count_diff:+d} blocks (now {stat.size / 2**10:.0f} KiB)")
        for line in stat.traceback.format(limit=8, most_recent_first=True):
            print("    " + line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=30_000)
    ap.add_argument("--warmup", type=int, default=3_000)
    ap.add_argument("--clients", type=int, default=3)
    ap.add_argument("--every", type=int, default=1_000, help="read the RSS every this many requests")
    ap.add_argument("--bound-mb", type=float, default=64.0)
    ap.add_argument("--max-seconds", type=float, default=3600)
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--progress", action="store_true", help="print the RSS as it is read")
    ap.add_argument("--trace-dir", type=Path, help="run the server under tracemalloc and write snapshots here")
    ap.add_argument("--phases", type=int, default=4, help="with --trace-dir: snapshots after the warm-up and each phase")
    ap.add_argument("--frames", type=int, default=8, help="with --trace-dir: frames kept per allocation; 0: no tracemalloc")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="iccwatch-soakw-"))
    db = tmp / "iccwatch.sqlite"
    env = {**os.environ, "ICCWATCH_RATE_LIMIT": "0", "ICCWATCH_DB": str(db)}
    subprocess.run([sys.executable, "-m", "iccwatch", "data", "build", "--db", str(db)], env=env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    port = free_port()
    if args.trace_dir:
        args.trace_dir.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, str(ROOT / "benchmarks" / "traced_server.py"), "--port", str(port), "--db", str(db),
               "--trace-dir", str(args.trace_dir), "--frames", str(args.frames)]
    else:
        cmd = [sys.executable, "-m", "iccwatch", "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    trace: list[tuple[int, float]] = []
    try:
        for _ in range(400):
            try:
                httpx.get(base + "/api/v1/meta", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.25)
        server = psutil.Process(proc.pid)
        start_rss = server.memory_info().rss / 2**20
        deadline = time.monotonic() + args.max_seconds
        run(base, args.warmup, args.clients, 1, server, args.every, [], deadline)
        before = server.memory_info().rss / 2**20
        t0 = time.monotonic()
        if args.trace_dir:
            snapshot(proc, args.trace_dir, 1)
            codes: dict[int, int] = {}
            for k in range(args.phases):  # each phase its own seed, so that it asks new questions
                for code, v in run(base, args.requests // args.phases, args.clients, args.seed * 100 + k, server, args.every,
                                   trace, deadline, args.progress, sum(codes.values())).items():
                    codes[code] = codes.get(code, 0) + v
                snapshot(proc, args.trace_dir, k + 2)
        else:
            codes = run(base, args.requests, args.clients, args.seed, server, args.every, trace, deadline, args.progress)
        elapsed = time.monotonic() - t0
        after = server.memory_info().rss / 2**20
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    n = sum(codes.values())
    errors = sum(v for k, v in codes.items() if k >= 500 or k == 0)
    print(f"requests: {args.warmup:,} warm-up, then {n:,} in {elapsed:.0f} s; status codes {dict(sorted(codes.items()))}")
    print(f"server RSS: {start_rss:.1f} MB at start, {before:.1f} MB after the warm-up, {after:.1f} MB at the end "
          f"(growth {after - before:+.1f} MB, bound {args.bound_mb:.0f} MB)")
    print("trace (requests, MB): " + ", ".join(f"{k}:{v:.0f}" for k, v in trace))
    if args.trace_dir:
        compare(args.trace_dir, 2, args.phases + 1)
    if after - before > args.bound_mb or errors:
        print(f"FAIL: growth {after - before:.1f} MB, {errors} server errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
