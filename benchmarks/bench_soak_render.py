"""Soak of one kind of request at a time against a real `iccwatch serve`, reading where the memory grows.

Kinds: ``pages`` (a State's dashboard page: no chart or PDF is drawn on the server, the charts are drawn by the
reader's browser), ``charts`` (a State's HTML report: its data and its two charts drawn to SVG by vl-convert),
``pdf`` (the same report as PDF: the data, the charts and WeasyPrint's layout). Each request asks a new date, so
no answer comes from the pages' cache. Every ``--every`` requests it prints the server's RSS, the RSS of its
render child (``ICCWATCH_RENDER_JOBS``; none when rendering in the server) and the server's mappings by kind
from /proc/PID/smaps: the glibc heap (``[heap]``), anonymous mappings (Python's arenas, glibc's other arenas,
the JavaScript engine's heap), and each shared library's private pages.

Only 127.0.0.1 is contacted; the server runs on a temporary copy of the store with the rate limit off.

Run: .venv/bin/python benchmarks/bench_soak_render.py --kind pdf [--requests 600] [--every 100] [--render-jobs 0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_soak import free_port, wait_for_server  # noqa: E402

STATES = ["HUN", "MNG", "ZAF", "JOR", "FRA", "DEU", "TJK", "BDI", "PHL", "UKR", "KEN", "UGA", "TCD", "AFG", "GEO", "VEN"]
PATHS = {"pages": "/states/{state}?on={day}", "charts": "/states/{state}/report.html?on={day}",
         "pdf": "/states/{state}/report.pdf?on={day}"}


def smaps(pid: int) -> Counter[str]:
    """The process's private memory (Private_Clean + Private_Dirty, MB) by mapping: heap, anon, stack, or the file's name."""
    out: Counter[str] = Counter()
    name = "anon"
    try:
        lines = Path(f"/proc/{pid}/smaps").read_text().splitlines()
    except OSError:
        return out
    for line in lines:
        head = line.split(None, 5)
        if len(head) >= 5 and "-" in head[0] and not head[0].endswith(":"):
            path = head[5].strip() if len(head) == 6 else ""
            name = "anon" if not path else path if path.startswith("[") else Path(path).name
        elif line.startswith(("Private_Clean:", "Private_Dirty:")):
            out[name] += int(line.split()[1]) / 1024
    return out


def children_rss(proc: psutil.Process) -> tuple[float, list[int]]:
    kids = proc.children(recursive=True)
    total = 0.0
    for k in kids:
        try:
            total += k.memory_info().rss / 2**20
        except psutil.Error:
            pass
    return total, [k.pid for k in kids]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=sorted(PATHS), required=True)
    ap.add_argument("--requests", type=int, default=600)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--every", type=int, default=100)
    ap.add_argument("--render-jobs", default=None, help="ICCWATCH_RENDER_JOBS for the server (default: the server's default)")
    ap.add_argument("--max-seconds", type=float, default=1800)
    ap.add_argument("--top", type=int, default=6, help="mappings to print: those that grew most")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="iccwatch-soak-render-"))
    db = tmp / "iccwatch.sqlite"
    env = {**os.environ, "ICCWATCH_RATE_LIMIT": "0", "ICCWATCH_DB": str(db)}
    if args.render_jobs is not None:
        env["ICCWATCH_RENDER_JOBS"] = str(args.render_jobs)
    subprocess.run([sys.executable, "-m", "iccwatch", "data", "build", "--db", str(db)], env=env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "iccwatch", "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    rng = random.Random(7)
    span = (dt.date.today() - dt.date(2002, 7, 1)).days
    asked: set[tuple[str, str]] = set()
    codes: Counter[int] = Counter()
    start = time.monotonic()

    def one(c: httpx.Client) -> None:
        while True:
            state = rng.choice(STATES)
            day = (dt.date(2002, 7, 1) + dt.timedelta(days=rng.randrange(span))).isoformat()
            if (state, day) not in asked:
                asked.add((state, day))
                break
        codes[c.get(PATHS[args.kind].format(state=state, day=day)).status_code] += 1

    print(f"kind {args.kind}: {PATHS[args.kind]}; ICCWATCH_RENDER_JOBS={env.get('ICCWATCH_RENDER_JOBS', '(default)')}; "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    try:
        wait_for_server(base)
        server = psutil.Process(proc.pid)
        first: Counter[str] | None = None
        with httpx.Client(base_url=base, timeout=300) as c:
            for _ in range(args.warmup):
                one(c)
            done = 0
            while True:
                maps = smaps(proc.pid)
                kids, pids = children_rss(server)
                first = first or maps
                grew = sorted(((maps[k] - first[k], k) for k in set(maps) | set(first)), reverse=True)[: args.top]
                print(f"{done:>6} requests ({time.monotonic() - start:5.0f} s): server RSS {server.memory_info().rss / 2**20:7.1f} MB, "
                      f"child RSS {kids:6.1f} MB {pids}; heap {maps['[heap]']:6.1f}, anon {maps['anon']:6.1f}; grew since first: "
                      + ", ".join(f"{k} {d:+.1f}" for d, k in grew), flush=True)
                if done >= args.requests or time.monotonic() - start > args.max_seconds:
                    break
                for _ in range(args.every):
                    one(c)
                    done += 1
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"status codes {dict(sorted(codes.items()))}")
    return 0 if set(codes) == {200} else 1


if __name__ == "__main__":
    sys.exit(main())
