"""What a dashboard user waits for and downloads, on loopback against one `iccwatch serve` process:

- the API's Swagger page in Debian's Chromium (Playwright, never a downloaded browser): seconds from the
  address to the operations drawn, on a first visit (a new browser context: nothing cached) and on a
  second visit in the same context (the browser's cache);
- a State's PDF report: the server's wall time for the first report of a process, asked a few seconds
  after its State's page (as a reader clicks the link), and for a second State's report, then the same
  report again (the pages' cache, ``X-Cache: hit``);
- bytes on the wire with and without gzip for a page, JSON, CSV and the Swagger bundle.

Wall times on a shared machine move with its load. ``--baseline SRC`` (another checkout's ``src``, e.g.
``git archive COMMIT src | tar -x -C /tmp/old``) starts a second server from that code over the same store
and asks both in turn, A B A B ..., so that each pair meets the same load: compare the pairs' ratios.
Only 127.0.0.1 is contacted.

Run: .venv/bin/python benchmarks/bench_web.py [--runs 5] [--baseline /tmp/old/src]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import free_port  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
SIZES = {"map page": "/?on=2025-01-01", "State page": "/states/HUN?on=2025-04-03", "events CSV": "/events?format=csv",
         "States JSON": "/api/v1/states", "OpenAPI": "/api/v1/openapi.json", "Swagger bundle": "/static/vendor/swagger-ui-bundle.js"}


def swagger(bases: list[str], runs: int) -> dict[str, dict[str, list[float]]]:
    """For each server, the seconds to the Swagger page's operations on a first and a second visit, the
    servers asked in turn within each run."""
    from playwright.sync_api import sync_playwright

    out: dict[str, dict[str, list[float]]] = {b: {"first": [], "again": []} for b in bases}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"])
        for _ in range(runs):
            for base in bases:
                context = browser.new_context(viewport={"width": 1366, "height": 900})
                page = context.new_page()
                for visit in ("first", "again"):
                    t = time.perf_counter()
                    page.goto(base + "/docs")
                    page.wait_for_selector(".opblock-summary", timeout=60000)
                    out[base][visit].append(time.perf_counter() - t)
                context.close()
        browser.close()
    return out


def pdfs(base: str) -> dict[str, float]:
    out = {}
    with httpx.Client(base_url=base, timeout=120) as c:
        c.get("/states/HUN?on=2025-04-03")  # the page a reader opens before clicking its PDF link
        time.sleep(4)
        for name, path in (("first PDF (HUN)", "/states/HUN/report.pdf?on=2025-04-03&year=2025"),
                           ("another State's PDF (KEN)", "/states/KEN/report.pdf?on=2025-04-03&year=2025"),
                           ("the same PDF again", "/states/KEN/report.pdf?on=2025-04-03&year=2025")):
            t = time.perf_counter()
            r = c.get(path)
            out[name] = time.perf_counter() - t
            assert r.status_code == 200 and r.content.startswith(b"%PDF"), (path, r.status_code)
    return out


def sizes(base: str) -> dict[str, tuple[int, int]]:
    out = {}
    with httpx.Client(base_url=base, timeout=60) as c:
        for name, path in SIZES.items():
            plain = c.get(path, headers={"Accept-Encoding": "identity"})
            packed = c.get(path, headers={"Accept-Encoding": "gzip"})
            out[name] = (plain.num_bytes_downloaded, packed.num_bytes_downloaded)
    return out


def start(src: str | None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "ICCWATCH_RATE_LIMIT": "0"}
    if src:  # the baseline's code over this checkout's record, store and front-end files
        from iccwatch.settings import Settings

        here = Settings.from_env()
        env.update(PYTHONPATH=src, ICCWATCH_DATA=str(here.data_dir), ICCWATCH_DB=here.db_url, ICCWATCH_ASSETS=str(here.vendor_dir))
    proc = subprocess.Popen([sys.executable, "-m", "iccwatch", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(400):
        try:
            httpx.get(base + "/api/v1/meta", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.25)
    return proc, base


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="Swagger page visits (each a new browser context)")
    ap.add_argument("--baseline", help="another checkout's src folder, served beside this one and asked in turn")
    args = ap.parse_args()
    servers = [start(None)] + ([start(args.baseline)] if args.baseline else [])
    names = {servers[0][1]: "this", **({servers[1][1]: "baseline"} if args.baseline else {})}
    try:
        print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; each server: one uvicorn process")
        for _, base in servers:
            for name, seconds in pdfs(base).items():
                print(f"{names[base]:8s} {name:28s} {seconds:6.2f} s")
        times = swagger([b for _, b in servers], args.runs)
        for base, visits in times.items():
            for visit, label in (("first", "first visit"), ("again", "second visit")):
                t = visits[visit]
                print(f"{names[base]:8s} Swagger page, {label:12s} median {statistics.median(t):5.2f} s (min {min(t):.2f}, max {max(t):.2f}, {len(t)} runs)")
        if args.baseline:
            this, base = (times[b] for _, b in servers)
            for visit in ("first", "again"):
                ratios = [a / b for a, b in zip(this[visit], base[visit], strict=True)]
                print(f"Swagger {visit} visit: this / baseline, median of {len(ratios)} pairs: {statistics.median(ratios):.2f}")
        for _, base in servers:
            for name, (plain, packed) in sizes(base).items():
                print(f"{names[base]:8s} {name:16s} {plain:>10,d} bytes plain   {packed:>10,d} with gzip")
    finally:
        for proc, _ in servers:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
