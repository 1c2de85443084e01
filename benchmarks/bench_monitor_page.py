"""The monitor page (/monitor) and the API's page of the queue over a small and a big review queue, in one run: each
queue in a copy of the small record's store, served by ``iccwatch serve`` in a process of its own, each address asked
``--repeat`` times; printed, the median seconds for each queue and the ratio big / small (round 27, session 44: the page
read and sorted the whole queue in Python, about 19 s for 50,000 on the loaded test machine; read a page at a time in
the index's order, a page should cost about the same whatever the queue's size: a ratio near 1).

The queues are written straight into the store's tables (``tests/test_reliability_s43._fill_queue``, as years of cron
runs would leave them). A ratio is measured, not asserted: the machine's load moves each time.

Run: .venv/bin/python benchmarks/bench_monitor_page.py [--small 500] [--big 50000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the record, the queue's filling and the server's start are the tests' own

from tests.test_reliability_review import make_env  # noqa: E402
from tests.test_reliability_s41 import _end, _server  # noqa: E402
from tests.test_reliability_s43 import _fill_queue  # noqa: E402

ADDRESSES = ("/monitor", "/monitor?page=2", "/monitor?status=all&dir=asc", "/monitor?sort=review_id&dir=desc",
             "/api/v1/monitor/candidates?limit=100", "/api/v1/monitor/candidates?limit=100&offset={last}")


def _timed(base: str, n: int, repeat: int) -> dict[str, float]:
    out = {}
    with httpx.Client(base_url=base, timeout=600) as c:
        for address in ADDRESSES:
            path = address.format(last=n - 100)
            took = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                r = c.get(path)
                took.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    raise SystemExit(f"{path}: {r.status_code} {r.text[:300]}")
            out[address] = statistics.median(took)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=500)
    ap.add_argument("--big", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = make_env(Path(tmp), ROOT / "data")
        times = {}
        for n in (args.small, args.big):
            db = Path(tmp) / f"store-{n}.sqlite"
            shutil.copy(env["db"], db)
            t0 = time.perf_counter()
            _fill_queue(db, n)
            print(f"queue of {n:,} written in {time.perf_counter() - t0:.1f} s", flush=True)
            p, base = _server(db, env["data"])
            try:
                times[n] = _timed(base, n, args.repeat)
            finally:
                _end(p)
    print(f"{'address':<60} {'small':>9} {'big':>9} {'big/small':>9}")
    for address in ADDRESSES:
        small, big = times[args.small][address], times[args.big][address]
        print(f"{address:<60} {small:>8.3f}s {big:>8.3f}s {big / small:>8.2f}x")


if __name__ == "__main__":
    main()
