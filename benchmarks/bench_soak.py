"""Soak run on loopback against `iccwatch serve`: the server's resident memory (RSS) before and after
N requests over varying dates, States, persons and seeds. Fails (exit 1) when memory grew by more than
the stated bound: every cache in the server must be bounded, so memory must level off.

Bounded in time (--max-seconds); only 127.0.0.1 is contacted; the server runs on a temporary copy of
the store, with the rate limit off (ICCWATCH_RATE_LIMIT=0) so the run measures memory, not throttling.

Run: .venv/bin/python benchmarks/bench_soak.py [--requests 50000] [--clients 3] [--bound-mb 64]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
STATES = ["HUN", "MNG", "ZAF", "JOR", "FRA", "DEU", "TJK", "BDI", "PHL", "UKR", "USA", "RUS", "ITA", "KEN", "UGA", "TCD"]
PERSONS = ["vladimir-vladimirovich-putin", "benjamin-netanyahu", "omar-hassan-ahmad-al-bashir"]


def wait_for_server(base: str) -> None:
    """Return once the server at ``base`` answers (up to about 100 s)."""
    for _ in range(400):
        try:
            httpx.get(base + "/api/v1/meta", timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.25)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def paths(rng: random.Random) -> str:
    """One request: a date anywhere from 2002 to today (the map's time slider), a State, a person, a seed."""
    day = (dt.date(2002, 7, 1) + dt.timedelta(days=rng.randrange((dt.date.today() - dt.date(2002, 7, 1)).days))).isoformat()
    state, person = rng.choice(STATES), rng.choice(PERSONS)
    return rng.choice([
        f"/api/v1/map?on={day}",
        f"/api/v1/states/{state}?on={day}",
        f"/api/v1/arrest?state={state}&person={person}&on={day}",
        f"/api/v1/states?on={day}&limit=5",
        f"/api/v1/persons/{person}?on={day}",
        f"/api/v1/index?year={rng.randrange(2003, 2026)}&samples=5&seed={rng.randrange(2**31)}",
        "/api/v1/monitor/candidates",
    ])


def run(base: str, n: int, clients: int, deadline: float, seed: int) -> tuple[int, int, dict[int, int]]:
    done = errors = 0
    codes: dict[int, int] = {}
    lock = threading.Lock()
    per = n // clients

    def worker(k: int) -> None:
        nonlocal done, errors
        rng = random.Random(seed * 1000 + k)
        with httpx.Client(base_url=base, timeout=60) as c:
            for _ in range(per):
                if time.monotonic() > deadline:
                    return
                path = paths(rng)
                try:
                    code = c.get(path).status_code
                except httpx.TransportError:  # a keep-alive connection the server closed meanwhile: one retry
                    try:
                        code = c.get(path).status_code
                    except httpx.TransportError:
                        code = 0
                with lock:
                    done += 1
                    codes[code] = codes.get(code, 0) + 1
                    errors += code >= 500 or code == 0

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return done, errors, codes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=10_000, help="requests after the warm-up (default 10,000)")
    ap.add_argument("--warmup", type=int, default=1_000, help="requests before the first measure (default 1,000)")
    ap.add_argument("--clients", type=int, default=3)
    ap.add_argument("--bound-mb", type=float, default=64.0, help="largest growth of the server's RSS allowed (default 64 MB)")
    ap.add_argument("--max-seconds", type=float, default=1800, help="stop sending after this long (default 30 min)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="iccwatch-soak-"))
    db = tmp / "iccwatch.sqlite"
    env = {**os.environ, "ICCWATCH_RATE_LIMIT": "0", "ICCWATCH_DB": str(db)}
    subprocess.run([sys.executable, "-m", "iccwatch", "data", "build", "--db", str(db)], env=env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "iccwatch", "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    start = time.monotonic()
    try:
        wait_for_server(base)
        server = psutil.Process(proc.pid)
        deadline = start + args.max_seconds
        run(base, args.warmup, args.clients, deadline, seed=1)
        before = server.memory_info().rss
        t0 = time.monotonic()
        n, errors, codes = run(base, args.requests, args.clients, deadline, seed=2)
        elapsed = time.monotonic() - t0
        after = server.memory_info().rss
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    growth = (after - before) / 2**20
    print(f"machine: {os.cpu_count()} cores; server: one uvicorn process; {args.clients} clients over loopback")
    print(f"requests: {args.warmup:,} warm-up, then {n:,} in {elapsed:.0f} s ({n / max(elapsed, 1e-9):.0f} req/s); status codes {dict(sorted(codes.items()))}")
    print(f"server RSS: {before / 2**20:.1f} MB after the warm-up, {after / 2**20:.1f} MB after; growth {growth:+.1f} MB (bound {args.bound_mb:.0f} MB)")
    ok = growth <= args.bound_mb and errors == 0 and n == args.requests - args.requests % args.clients
    if not ok:
        why = [f"memory grew {growth:.1f} MB > {args.bound_mb:.0f} MB" if growth > args.bound_mb else "",
               f"{errors} server errors" if errors else "", "stopped by --max-seconds" if n < args.requests - args.requests % args.clients else ""]
        print("FAIL: " + "; ".join(w for w in why if w))
        return 1
    print("OK: memory within the bound")
    return 0


if __name__ == "__main__":
    sys.exit(main())
