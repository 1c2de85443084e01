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
