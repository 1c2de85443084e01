"""Round eighteen of the bad input, the paths beside the record (not a test; run by hand, its rows are in ROUND18.md):
``data build`` into a store that cannot be created or from a data folder that is empty or a link to itself, a socket
among the records, the review queue given an empty candidate id and a reviewer or reason no person writes, and the
API's question, monitor, travel, index and export addresses given values out of their range or shape.

Each kind runs through round fourteen's sandbox and judge (``round14_probe``: a copy of the small record and of a store
built from it, the real ``iccwatch`` command in its own process, the API through FastAPI's test client; every file
under ``data/`` and every row of the store hashed before and after), so "CHANGED" marks a refusal that changed
something, and a build's row says whether the store is still readable.

    PYTHONPATH=src python tests/dataset/round18_paths.py OUT.json [WHAT ...]
    PYTHONPATH=src python tests/dataset/round18_paths.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import round14_probe as r14  # noqa: E402
from probe_harness import BASHIR, main  # noqa: E402
from round14_probe import Env, Kind, api, files, review  # noqa: E402

A = "/api/v1"
NEW = f"events/2010-07-22-{BASHIR}-chad.yaml"


def build(*args: str, setup: Callable[[Env], list[str]] | None = None) -> Callable[[Env], Any]:
    """``data build`` with the options given (``{root}`` is the sandbox's folder, ``{data}`` its record, ``{db}`` its store)."""
    def run(env: Env) -> Any:
        extra = setup(env) if setup else []
        given = [a.format(root=env.root, data=env.data, db=env.db) for a in (*args, *extra)]
        return ("build", *env.cli("data", "build", *given))
    return run


def cli_env(env_vars: dict[str, str], *args: str) -> Callable[[Env], Any]:
    """A command run with environment variables set (beside the sandbox's ICCWATCH_DATA and ICCWATCH_DB)."""
    def run(env: Env) -> Any:
        import os
        import subprocess

        given = {**os.environ, "ICCWATCH_DATA": str(env.data), "ICCWATCH_DB": str(env.db), "COLUMNS": "200", "NO_COLOR": "1", **env_vars}
        p = subprocess.run([r14.EXE, *args], capture_output=True, text=True, env=given, timeout=120, cwd=env.root, errors="replace")
        return ("cli", p.returncode, p.stdout + p.stderr)
    return run


def _file_in_the_way(env: Env) -> list[str]:
    (env.root / "notafolder").write_text("a file, not a folder\n", encoding="utf-8")
    return []


def _empty_folder(env: Env) -> list[str]:
    (env.root / "empty").mkdir()
    return []


def _self_link(env: Env) -> list[str]:
    (env.root / "loop").symlink_to(env.root / "loop")
    return []


def _socket(rel: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(str(d / rel))
        s.close()
        return [rel]
    return change


def q(text: str) -> str:
    return f"{A}/question?q={quote(text)}"


KINDS: list[Kind] = [
    ("build", "control: data build of the record as it is", build("--data", "{data}", "--db", "{db}"), ()),
    ("build", "data build with --db in a folder that is a regular file (the store cannot be created)",
     build("--data", "{data}", "--db", "{root}/notafolder/store.sqlite", setup=_file_in_the_way), ("notafolder",)),
    ("build", "data build with --db under /proc (not writable, even by root)",
     build("--data", "{data}", "--db", "/proc/iccwatch-probe/store.sqlite"), ("/proc",)),
    ("build", "data build with --data naming an empty folder", build("--data", "{root}/empty", "--db", "{db}", setup=_empty_folder),
     ("empty", "meta.yaml")),
    ("build", "data build with --data naming a symbolic link to itself", build("--data", "{root}/loop", "--db", "{db}", setup=_self_link),
     ("loop",)),
    ("cli", "data check with ICCWATCH_RATE_LIMIT=abc (not a number)", cli_env({"ICCWATCH_RATE_LIMIT": "abc"}, "data", "check"),
     ("ICCWATCH_RATE_LIMIT",)),
    ("cli", "state TCD with ICCWATCH_RENDER_JOBS=-1", cli_env({"ICCWATCH_RENDER_JOBS": "-1"}, "state", "TCD"), ("ICCWATCH_RENDER_JOBS",)),
    ("cli", "data check with ICCWATCH_DATA naming a symbolic link to itself",
     lambda env: cli_env({"ICCWATCH_DATA": str(env.root / "loop")}, "data", "check")(env) if not _self_link(env) else None, ("loop",)),
    ("files", "a UNIX socket named .yaml among the records", files(_socket(NEW)), ()),
    ("monitor", "review accept '' (an empty candidate id, one candidate pending)", review("monitor", "review", "accept", ""), ("candidate",)),
    ("monitor", "review reject ' ' (a blank candidate id, one candidate pending)", review("monitor", "review", "reject", " "), ("candidate",)),
    ("monitor", "review show '' (an empty candidate id, one candidate pending)", review("monitor", "review", "show", ""), ("candidate",)),
    ("monitor", "review edit '' --set date=2010-07-23 (an empty candidate id)",
     review("monitor", "review", "edit", "", "--set", "date=2010-07-23"), ("candidate",)),
    ("monitor", "review accept --reviewer with a line break ('Ann\\nBob')",
     review("monitor", "review", "accept", "CID", "--reviewer", "Ann\nBob"), ("reviewer",)),
    ("monitor", "review accept --reviewer with a terminal escape (ESC[31m)",
     review("monitor", "review", "accept", "CID", "--reviewer", "\x1b[31mAnn"), ("reviewer",)),
    ("monitor", "review reject --reason of 100,000 characters", review("monitor", "review", "reject", "CID", "--reason", "x" * 100_000),
     ("reason",)),
    ("monitor", "review reject --reason with a NUL-free control character (BEL)",
     review("monitor", "review", "reject", "CID", "--reason", "duplicate\x07"), ("reason",)),
    ("monitor", "review accept --set person=<5,000-letter id> (a slug no person has)",
     review("monitor", "review", "accept", "CID", "--set", "person=" + "a" * 5000), ("person",)),
    ("monitor", "review accept --source-url with a user and password",
     review("monitor", "review", "accept", "CID", "--source-url", "https://user:pw@www.reuters.com/world/x/"), ("url", "user")),
    ("api", "control: GET /question (Must Chad arrest Al-Bashir on 21 July 2010?)",
     api("GET", q("Must Chad arrest Omar Al-Bashir on 21 July 2010?")), ()),
    ("api", "GET /question with 501 characters", api("GET", q("x" * 501)), ("q",)),
    ("api", "GET /question with a NUL in the question", api("GET", q("Must Chad arrest Omar Al-Bashir\x00 on 21 July 2010?")), ("q",)),
    ("api", "GET /question on 1 January 9999", api("GET", q("Must Chad arrest Omar Al-Bashir on 1 January 9999?")), ("q",)),
    ("api", "GET /question on 31 February 2010", api("GET", q("Must Chad arrest Omar Al-Bashir on 31 February 2010?")), ("q",)),
    ("api", "GET /question on day 0 (0 July 2010)", api("GET", q("Must Chad arrest Omar Al-Bashir on 0 July 2010?")), ("q",)),
    ("api", "GET /question empty", api("GET", f"{A}/question?q="), ("q",)),
    ("api", "GET /question with a bidirectional override (U+202E) in the State", api("GET", q("Must \u202edahC arrest Omar Al-Bashir on 21 July 2010?")),
     ("q",)),
    ("api", "GET /monitor/candidates?status=ALL (capitals)", api("GET", f"{A}/monitor/candidates?status=ALL"), ("status",)),
    ("api", "GET /monitor/candidates?limit=-1", api("GET", f"{A}/monitor/candidates?limit=-1"), ("limit",)),
    ("api", "GET /arrest?presence=Airspace (capitals)",
     api("GET", f"{A}/arrest?state=TCD&person={BASHIR}&on=2010-07-21&presence=Airspace"), ("presence",)),
    ("api", "GET /persons/{id}/travel?on=-2010-01-01 (a negative year)", api("GET", f"{A}/persons/{BASHIR}/travel?on=-2010-01-01"), ("on",)),
    ("api", "GET /index/TCD?year=-1", api("GET", f"{A}/index/TCD?year=-1"), ("year",)),
    ("api", "GET /index?samples=0", api("GET", f"{A}/index?samples=0"), ("samples",)),
    ("api", "GET /export/events?format=xml", api("GET", f"{A}/export/events?format=xml"), ("format",)),
    ("api", "GET /statements/..%2F..%2Fmeta (a path climbing out of the kind)", api("GET", f"{A}/statements/..%2F..%2Fmeta"), ("statement",)),
    ("api", "GET /search?q=%00 (a NUL)", api("GET", f"{A}/search?q=%00"), ("q",)),
]


def run(out: Path, only: set[str] | None) -> None:
    r14.KINDS = KINDS  # round fourteen's runner and judge, over this round's kinds
    r14.run(out, only)


if __name__ == "__main__":
    main(run)
