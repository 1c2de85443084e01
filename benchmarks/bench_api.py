"""Load run on loopback against `iccwatch serve`: requests per second and p50/p99 latency for the map
data, a State page and an arrest determination. Bounded in time; only 127.0.0.1 is contacted.

Run: .venv/bin/python benchmarks/bench_api.py [--seconds 10] [--clients 8]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time

import httpx

ENDPOINTS = {
    "map data": "/api/v1/map?on=2025-01-01",
    "State page": "/states/HUN?on=2025-04-03",
    "arrest determination": "/api/v1/arrest?state=MNG&person=vladimir-vladimirovich-putin&on=2024-09-03",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hammer(url: str, seconds: float, clients: int) -> tuple[int, list[float], int]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker() -> None:
        nonlocal errors
        with httpx.Client(timeout=30) as c:
            while time.perf_counter() < stop:
                t = time.perf_counter()
                r = c.get(url)
                dt = time.perf_counter() - t
                with lock:
                    latencies.append(dt)
                    errors += r.status_code != 200

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(latencies), latencies, errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", type=int, default=8)
    args = ap.parse_args()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "iccwatch", "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/api/v1/meta", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.25)
        print(f"machine: {os.cpu_count()} cores; server: one uvicorn process; {args.clients} clients, {args.seconds:.0f} s per endpoint")
        for name, path in ENDPOINTS.items():
            httpx.get(base + path, timeout=30)  # warm
            n, lat, errors = hammer(base + path, args.seconds, args.clients)
            q = statistics.quantiles(lat, n=100)
            print(f"{name:22s} {n / args.seconds:8.1f} req/s   p50 {q[49] * 1000:7.1f} ms   p99 {q[98] * 1000:7.1f} ms   errors {errors}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
