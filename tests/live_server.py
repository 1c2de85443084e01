"""A real uvicorn server for an app, on a free port of 127.0.0.1, in a daemon thread (the tests that need a real HTTP
server and its concurrency: tests/api/test_guard.py, tests/test_reliability_s39.py)."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any


def serve(app: Any, wait_steps: int = 400) -> tuple[str, Any, threading.Thread]:
    """Start ``app`` and wait (``wait_steps`` x 0.05 s at most) until it answers; returns its base URL, the server (set
    ``should_exit`` to stop it) and its thread."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    for _ in range(wait_steps):
        if server.started:
            break
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server, t


def wait_answering(p: Any, base: str, path: str = "/api/v1/meta", steps: int = 1200) -> bool:
    """Wait until the server process ``p`` (an ``iccwatch serve`` started by a test) answers ``path`` at ``base`` with 200:
    at most ``steps`` tries, 0.2 s apart while the port refuses; stops early if ``p`` ended. Returns whether it answered.
    The one wait of the reliability rounds' servers (s40's T23, s41's ``_server``, s47's ``_logged_server``, s48's
    ``_serve`` each had a copy; round 33, session 49)."""
    import httpx

    for _ in range(steps):
        if p.poll() is not None:
            return False
        try:
            if httpx.get(base + path, timeout=5).status_code == 200:
                return True
        except httpx.TransportError:
            time.sleep(0.2)
    return False
