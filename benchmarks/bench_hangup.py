"""What the hang-up watch and the store's stat cost per request (round 32, session 48): two real servers (``iccwatch serve``,
uvicorn, on copies of one SQLite store) in the same run, one as it is and one without ``api.guard.HangUp`` (the task that
awaits each GET's hang-up beside the app) and without ``StoreWatch``'s check (one ``os.stat`` of the store file per
request, to notice a rebuild). Clients ask each server in turn (A B A B ...: a drift of the machine's speed falls on both),
for a few seconds each; reported per endpoint: requests a second and the server's CPU per request (its user + system
time from /proc, which the load of other processes on the machine moves less than wall time), each as the median of the
pairs, and the ratio with / without, pair by pair. Only 127.0.0.1 is contacted.

``store.build._read_still`` (the stillness check of the data folder) runs in ``data build`` only, never per request: it is
not in this run.

Run: .venv/bin/python benchmarks/bench_hangup.py [--db var/iccwatch.sqlite] [--seconds 4] [--pairs 5] [--clients 4]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ENDPOINTS = {
    "API meta (cheapest)": "/api/v1/meta",
    "API queue page": "/api/v1/monitor/candidates?status=all&limit=50",
    "review page": "/monitor?status=all",
}

#: ``iccwatch serve`` without the hang-up watch and the store's stat: HangUp replaced by a pass-through and
#: StoreWatch.check by one that looks at nothing (both names are read when the app is made, after this runs).
_BARE = """
import sys
from iccwatch.api import guard
class _Through:
    def __init__(self, app):
        self.app = app
    async def __call__(self, scope, receive, send):
        await self.app(scope, receive, send)
guard.HangUp = _Through
guard.StoreWatch.check = lambda self: False
sys.argv = ['iccwatch', *sys.argv[1:]]
from iccwatch.cli import main
main()
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(bare: bool, db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    head = [sys.executable, "-c", _BARE] if bare else [sys.executable, "-m", "iccwatch"]
    env = {**os.environ, "ICCWATCH_RATE_LIMIT": "0"}
    proc = subprocess.Popen([*head, "serve", "--port", str(port), "--db", str(db)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(1200):
        try:
            if httpx.get(base + "/api/v1/meta", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.25)
    proc.kill()
    raise SystemExit(f"the server on {db} did not answer")


def hammer(url: str, seconds: float, clients: int) -> tuple[int, int]:
    """(answers, errors) of ``clients`` keep-alive clients asking ``url`` for ``seconds``."""
    counts = [0] * clients
    errors = [0] * clients
    stop = time.perf_counter() + seconds

    def worker(i: int) -> None:
        with httpx.Client(timeout=60) as c:
            while time.perf_counter() < stop:
                r = c.get(url)
                counts[i] += 1
                errors[i] += r.status_code != 200

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts), sum(errors)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", type=Path, default=Path("var/iccwatch.sqlite"))
    ap.add_argument("--seconds", type=float, default=4)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--clients", type=int, default=4)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-hangup-"))
    servers = {}
    try:
        for name, bare in (("with", False), ("without", True)):
            (tmp / name).mkdir()
            db = tmp / name / "store.sqlite"
            shutil.copy(args.db, db)
            servers[name] = start(bare, db)
        print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; two uvicorn servers (with and without "
              f"HangUp and the store's stat); {args.clients} clients, {args.seconds:g} s per turn, {args.pairs} pairs per "
              f"endpoint; store {args.db} ({args.db.stat().st_size // 1024:,} kB)")
        for label, path in ENDPOINTS.items():
            rate: dict[str, list[float]] = {"with": [], "without": []}
            cpu: dict[str, list[float]] = {"with": [], "without": []}
            errors = 0
            for _, base in servers.values():
                httpx.get(base + path, timeout=120)  # warm
            for k in range(args.pairs):
                order = ("with", "without") if k % 2 == 0 else ("without", "with")
                for name in order:
                    proc, base = servers[name]
                    c0 = cpu_seconds(proc.pid)
                    n, e = hammer(base + path, args.seconds, args.clients)
                    errors += e
                    rate[name].append(n / args.seconds)
                    cpu[name].append((cpu_seconds(proc.pid) - c0) / max(n, 1))
            rr = [a / b for a, b in zip(rate["with"], rate["without"], strict=True)]
            cr = [a / b for a, b in zip(cpu["with"], cpu["without"], strict=True) if b > 0]
            print(f"{label:22s} req/s with {statistics.median(rate['with']):8.1f}  without "
                  f"{statistics.median(rate['without']):8.1f}  ratio {statistics.median(rr):.3f} "
                  f"({min(rr):.3f}-{max(rr):.3f});  CPU ms/request with {statistics.median(cpu['with']) * 1000:6.2f}  "
                  f"without {statistics.median(cpu['without']) * 1000:6.2f}  ratio "
                  f"{statistics.median(cr) if cr else float('nan'):.3f} ({min(cr, default=0):.3f}-{max(cr, default=0):.3f}); "
                  f"errors {errors}", flush=True)
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
