"""The server's resident memory (RSS) across 50,000 mixed requests over a review queue (round 28, session 45: round 27
measured 10,000 and could not say whether the growth levels off past them). ``iccwatch serve`` in a process of its own on
a copy of the small record's store with a queue of ``--queue`` candidates, its rate limit off; ``--clients`` clients ask
pages (the monitor's, paged, sorted and filtered; the record's), the API (the queue's pages, a State on a day, the arrest
answer), the ask page and downloads (the monitor's CSV and JSON, the API's exports), each address new where it can be.
The RSS is read every ``--every`` requests; printed, the series and the growth over the second half (flat: a few MB at
most, whatever the count). A figure, not a test: the machine's load moves it.

Run: .venv/bin/python benchmarks/bench_soak_queue.py [--requests 50000] [--queue 2000] [--clients 4] [--every 5000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the record, the queue's filling and the server's start are the tests' own

from tests.test_reliability_review import STATE, make_env  # noqa: E402
from tests.test_reliability_s41 import _end, _server  # noqa: E402
from tests.test_reliability_s43 import _fill_queue  # noqa: E402

PERSON = "vladimir-vladimirovich-putin"


def address(k: int, queue: int) -> str:
    """The k-th request of the mix: each kind in turn, its query new where the kind allows (a page, an offset, a day)."""
    day = (dt.date(2003, 1, 1) + dt.timedelta(days=k % 8000)).isoformat()
    kinds = (
        f"/monitor?page={1 + k % max(1, queue // 50)}&status=all",
        f"/monitor?sort={('confidence', 'review_id', 'ingested_on', 'person_name', 'status')[k % 5]}&dir={'asc' if k % 2 else 'desc'}&page={1 + k % 3}",
        f"/monitor?status=all&until=2024-{1 + k % 12:02d}-{1 + k % 28:02d}",
        f"/api/v1/monitor/candidates?status=all&limit={1 + k % 97}&offset={k % max(1, queue - 100)}",
        f"/api/v1/states/{STATE}?on={day}",
        f"/api/v1/arrest?state={STATE}&person={PERSON}&on={day}",
        f"/ask?state={STATE}&person={PERSON}&on={day}",
        f"/states/{STATE}",
        f"/api/v1/export/{('states', 'warrants', 'persons')[k % 3]}?format={'csv' if k % 2 else 'json'}",
        f"/monitor?format={'csv' if k % 2 else 'json'}&status=all" if k % 50 < 2 else f"/monitor?page=1&q{k}=x",
    )
    return kinds[k % len(kinds)]


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=50_000)
    ap.add_argument("--queue", type=int, default=2_000)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--every", type=int, default=5_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = make_env(Path(tmp), ROOT / "data")
        _fill_queue(env["db"], args.queue)
        p, base = _server(env["db"], env["data"], ICCWATCH_RATE_LIMIT="0")
        codes: dict[int, int] = {}
        lock = threading.Lock()
        series: list[tuple[int, int]] = []
        t0 = time.monotonic()
        try:
            for first in range(0, args.requests, args.every):
                part = range(first, min(args.requests, first + args.every))

                def client(i: int, part: range = part) -> None:
                    with httpx.Client(base_url=base, timeout=600) as c:
                        for k in part[i::args.clients]:
                            code = c.get(address(k, args.queue)).status_code
                            with lock:
                                codes[code] = codes.get(code, 0) + 1

                ts = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                series.append((part.stop, rss_kb(p.pid)))
                print(f"{part.stop:>7,} requests  RSS {series[-1][1]:>9,} kB  ({time.monotonic() - t0:.0f} s)", flush=True)
        finally:
            code, _, err = _end(p)
    half = [kb for n, kb in series if n >= args.requests // 2]
    print(f"answers {dict(sorted(codes.items()))}; tracebacks in the server's log: {err.count('Traceback')}")
    print(f"RSS first {series[0][1]:,} kB, last {series[-1][1]:,} kB, largest {max(kb for _, kb in series):,} kB; "
          f"over the second half {half[-1] - half[0]:+,} kB (range {max(half) - min(half):,} kB)")


if __name__ == "__main__":
    main()
