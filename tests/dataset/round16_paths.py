"""Round sixteen of the bad input, the paths beside the record (not a test; run by hand, its rows are in ROUND16.md):
the monitor's review (``--set`` values, read by ``monitor.review.parse_sets`` as ``review edit`` and ``review accept``
read them), the CLI (``--on`` at the ends of the calendar the record reads) and the API (the same values as query
parameters). Each kind prints whether it was refused with a message naming the value, accepted, or crashed.

    PYTHONPATH=src ICCWATCH_DB=... python tests/dataset/round16_paths.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXE = str(Path(sys.executable).with_name("iccwatch"))


def review(*sets: str) -> str:
    from iccwatch.monitor.review import ReviewError, parse_sets

    try:
        return f"accepted: {parse_sets(list(sets))}"
    except ReviewError as exc:
        return f"refused: {exc}"
    except Exception as exc:  # noqa: BLE001 - a crash is what is looked for
        return f"crashed: {exc!r}"


def cli(*args: str) -> str:
    p = subprocess.run([EXE, *args], capture_output=True, text=True, env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
                       timeout=300, errors="replace")
    out = (p.stdout + p.stderr).strip().splitlines()
    tail = " / ".join(out[-2:])[:200]
    return f"exit {p.returncode}: {tail}" + (" (traceback)" if "Traceback" in p.stdout + p.stderr else "")


def api(path: str) -> str:
    from fastapi.testclient import TestClient

    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    with TestClient(create_app(Settings.from_env()), raise_server_exceptions=False) as c:
        r = c.get(path)
    return f"{r.status_code}: {r.text[:200]}"


KINDS = [
    ("monitor", "review edit --set date given twice (two days)", lambda: review("date=2010-07-21", "date=2011-01-01")),
    ("monitor", "review edit --set forum=parliament (not a forum the Court refers to)", lambda: review("forum=parliament")),
    ("monitor", "review edit --set forum=asp (a forum in lower case)", lambda: review("forum=asp")),
    ("monitor", "review edit --set announced_count=+67 (a sign)", lambda: review("announced_count=+67")),
    ("monitor", "review edit --set signatories=TCD;JOR (a semicolon for a comma)", lambda: review("signatories=TCD;JOR")),
    ("monitor", "review edit --set date=2010-07-21 with a no-break space after it", lambda: review("date=2010-07-21\u00a0")),
    ("monitor", "review edit --set action= (empty)", lambda: review("action=")),
    ("cli", "state TCD --on 9999-12-31 (after the calendar's last year the record reads, 9000)", lambda: cli("state", "TCD", "--on", "9999-12-31")),
    ("cli", "state TCD --on 1799-12-31 (before 1800)", lambda: cli("state", "TCD", "--on", "1799-12-31")),
    ("cli", "persons --on 9999-12-31", lambda: cli("persons", "--on", "9999-12-31")),
    ("cli", "state TCD --on 2010-07 (a month, not a day)", lambda: cli("state", "TCD", "--on", "2010-07")),
    ("api", "GET /api/v1/states/TCD?on=9999-12-31", lambda: api("/api/v1/states/TCD?on=9999-12-31")),
    ("api", "GET /api/v1/states/TCD?on=1799-12-31", lambda: api("/api/v1/states/TCD?on=1799-12-31")),
    ("api", "GET /api/v1/states/TCD?on=2010-07 (a month)", lambda: api("/api/v1/states/TCD?on=2010-07")),
]


if __name__ == "__main__":
    for kind, what, run in KINDS:
        print(f"| {kind} | {what} | {run()} |", flush=True)
