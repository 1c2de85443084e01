"""Round sixteen of the bad input, the paths beside the record (not a test; run by hand, its rows are in ROUND16.md):
the monitor's review (``--set`` values, read by ``monitor.review.parse_sets`` as ``review edit`` and ``review accept``
read them), the CLI (``--on`` at the ends of the calendar the record reads) and the API (the same values as query
parameters, and the what-if assumptions ``assume=``, read as the CLI's ``--assume``). Each kind prints whether it
was refused with a message naming the value, accepted, or crashed.

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


def arrest_with(*assume: str) -> str:
    """The API's arrest question (Chad, Al-Bashir, 21 July 2010) with what-if assumptions (``assume=``, as ``--assume``)."""
    from fastapi.testclient import TestClient

    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    params = {"state": "TCD", "person": B, "on": "2010-07-21", "assume": list(assume)}
    with TestClient(create_app(Settings.from_env()), raise_server_exceptions=False) as c:
        r = c.get("/api/v1/arrest", params=params)
    return f"{r.status_code}: {r.text[:200]}"


B = "omar-hassan-ahmad-al-bashir"
ASSUME = [
    ("control: TCD withdrawal_notified 2009-01-01", ["TCD withdrawal_notified 2009-01-01"]),
    ("TCD ratification 2010-02-30", ["TCD ratification 2010-02-30"]),
    ("ZZZ ratification 2010-01-01 (no such State)", ["ZZZ ratification 2010-01-01"]),
    ("TCD ratification 1990-01-01 (before the Statute)", ["TCD ratification 1990-01-01"]),
    ("TCD signature 2005-01-01 (after signature closed)", ["TCD signature 2005-01-01"]),
    ("USA withdrawal_effective 2010-01-01 (an effect with no notification)", ["USA withdrawal_effective 2010-01-01"]),
    ("TCD withdrawal_notified given twice, two dates", ["TCD withdrawal_notified 2009-01-01", "TCD withdrawal_notified 2009-06-01"]),
    ("TCD withdrawal_notified 9999-12-31", ["TCD withdrawal_notified 9999-12-31"]),
    ("art16 deferral for five years (Art. 16: 12 months)", ["art16 deferral darfur-sudan 2010-01-01 2015-01-01"]),
    ("art16 deferral ending before it starts", ["art16 deferral darfur-sudan 2010-01-01 2009-01-01"]),
    ("art16 deferral of a situation not in the record", ["art16 deferral atlantis 2010-01-01"]),
    ("warrant of a person not in the record", ["warrant nobody-at-all issued 2010-01-01"]),
    ("custody on 30 February", [f"custody {B} 2010-02-30"]),
    ("office as head of State of ZZZ", [f"office {B} head_of_state ZZZ 2010-01-01"]),
    ("office ending before it starts", [f"office {B} head_of_state TCD 2010-01-01 2009-01-01"]),
    ("referral by the Council obliging ZZZ", ["referral darfur-sudan unsc 2010-01-01 obliging ZZZ"]),
    ("extradition requested by a State of itself", [f"extradition {B} from TCD by TCD 2010-01-01"]),
    ("an art_98_2_agreement with itself", ["TCD art_98_2_agreement 2005-01-01 with TCD"]),
    ("400 assumptions in one request", [f"TCD withdrawal_notified 2009-01-{(i % 28) + 1:02d}" for i in range(400)]),
]


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
    *[("api", f"GET /api/v1/arrest with assume: {what}", lambda a=a: arrest_with(*a)) for what, a in ASSUME],
]


if __name__ == "__main__":
    for kind, what, run in KINDS:
        print(f"| {kind} | {what} | {run()} |", flush=True)
