"""The monitor page (/monitor) and the API's page of the queue over a small and a big review queue, in one run: each
queue in a copy of the small record's store, served by ``iccwatch serve`` in a process of its own, each address asked
``--repeat`` times; printed, the median seconds for each queue and the ratio big / small (round 27, session 44: the page
read and sorted the whole queue in Python, about 19 s for 50,000 on the loaded test machine; read a page at a time in
the index's order, a page should cost about the same whatever the queue's size: a ratio near 1). Round 28 (session 45):
the pager's Next, the last page, a column of names and the streamed downloads too, each with the growth of the server's
peak resident memory while it answered (``peak+``: VmHWM after the answer less VmRSS before it, the peak reset first).

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
             "/api/v1/monitor/candidates?limit=100", "/api/v1/monitor/candidates?limit=100&offset={last}",
             # round 28 (session 45): a page in the middle reached by Next (the page before read first, not timed), the last
             # page, a column of names, the downloads (streamed): each with the server's peak memory while it answered
             "/monitor?status=all&page={middle}", "/monitor?status=all&page={pages}", "/monitor?sort=person_name&dir=asc",
             "/monitor?sort=state_name&dir=desc&page=2", "/monitor?format=csv&status=all", "/monitor?format=json&status=all",
             # round 29 (session 46): the API's offsets walked in steps (the step before asked first, untimed) and typed (a
             # first-half offset never asked), a page typed in the first half three pages after one read (untimed), and
             # the download sorted by a column of names (its rows streamed by id, its places sorted)
             "/api/v1/monitor/candidates?limit=100&offset={third}", "/api/v1/monitor/candidates?limit=100&offset={quarter}",
             "/monitor?status=all&page={quarter_page}", "/monitor?format=csv&status=all&sort=person_name&dir=asc")
#: Addresses whose page before is asked first, untimed (the pager's Next: the page before's last row is known).
AFTER_NEXT = ("/monitor?status=all&page={middle}",)
#: Addresses asked after another, untimed: the API's step before, a page three before.
AFTER = {"/api/v1/monitor/candidates?limit=100&offset={third}": "/api/v1/monitor/candidates?limit=100&offset={third_before}",
         "/monitor?status=all&page={quarter_page}": "/monitor?status=all&page={quarter_before}"}


def _peak_reset(pid: int) -> None:
    """The process's peak resident memory (VmHWM) set back to its resident memory now (Linux: ``clear_refs`` 5)."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def _kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise SystemExit(f"no {field} for {pid}")


def _timed(base: str, n: int, repeat: int, pid: int) -> tuple[dict[str, float], dict[str, int]]:
    out, peak = {}, {}
    pages = -(-n // 50)
    with httpx.Client(base_url=base, timeout=600) as c:
        for address in ADDRESSES:
            # the typed API offset moves on each repeat, so that none was read before (a repeat is another address)
            at = {"last": n - 100, "middle": pages // 2, "pages": pages, "third": n // 300 * 100,
                  "third_before": n // 300 * 100 - 100, "quarter_page": pages // 4, "quarter_before": pages // 4 - 3}
            took, grew = [], []
            for k in range(repeat):
                path = address.format(**at, quarter=n // 400 * 100 + 7 * k)
                if address in AFTER_NEXT:
                    c.get(address.format(**{**at, "middle": pages // 2 - 1}))
                if address in AFTER:
                    c.get(AFTER[address].format(**at))
                _peak_reset(pid)
                before = _kb(pid, "VmRSS")
                t0 = time.perf_counter()
                r = c.get(path)
                took.append(time.perf_counter() - t0)
                grew.append(_kb(pid, "VmHWM") - before)
                if r.status_code != 200:
                    raise SystemExit(f"{path}: {r.status_code} {r.text[:300]}")
            out[address], peak[address] = statistics.median(took), max(grew)
    return out, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=500)
    ap.add_argument("--big", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = make_env(Path(tmp), ROOT / "data")
        times, peaks = {}, {}
        for n in (args.small, args.big):
            db = Path(tmp) / f"store-{n}.sqlite"
            shutil.copy(env["db"], db)
            t0 = time.perf_counter()
            _fill_queue(db, n)
            print(f"queue of {n:,} written in {time.perf_counter() - t0:.1f} s", flush=True)
            p, base = _server(db, env["data"])
            try:
                times[n], peaks[n] = _timed(base, n, args.repeat, p.pid)
            finally:
                _end(p)
    print(f"{'address':<60} {'small':>9} {'big':>9} {'big/small':>9} {'peak+ small':>12} {'peak+ big':>10}")
    for address in ADDRESSES:
        small, big = times[args.small][address], times[args.big][address]
        print(f"{address:<60} {small:>8.3f}s {big:>8.3f}s {big / small:>8.2f}x {peaks[args.small][address]:>9,} kB "
              f"{peaks[args.big][address]:>7,} kB")


if __name__ == "__main__":
    main()
