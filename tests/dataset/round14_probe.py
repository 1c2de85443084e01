"""Round fourteen: bad input through every door, not only bad records (the probe; not a test; its table is ROUND14.md).

Rounds three to thirteen wrote bad RECORDS into a copy of the small fixture record. The project's rule is wider:
bad input, through any door, gets a clear error naming the file, record or field, and changes nothing. Each kind here
is one bad input (or, marked *control*, a proper one) through one door:

- ``files``: a file of the record that is bad as a file (empty, a BOM, tabs, Latin-1, binary, a YAML bomb, nesting,
  size, links, documents, shape, place and name), checked with ``check_dataset`` (what ``data check`` runs);
- ``build``: ``iccwatch data build`` into an existing store, with a bad record or a bad option;
- ``cli``: the command line's arguments (dates, State codes, persons, empty and long strings, options twice);
- ``api``: the REST API's query parameters and bodies;
- ``monitor``: ``monitor ingest`` of malformed HTML, feeds and front matter, and ``monitor review`` edits and accepts.

Each is checked for (a) a clear error naming the file, record or field (the words each kind expects are listed with
it), (b) nothing changed: every file under ``data/`` (the review lock aside) and every row of the store's tables are
hashed before and after, (c) no traceback and no 500. The command line is run as a separate process (the real
``iccwatch`` console script, with its fast path), the API in process (FastAPI's test client over a store built from
the record). Results are written as they come.

    PYTHONPATH=src python tests/dataset/round14_probe.py OUT.json [WHAT ...]
    PYTHONPATH=src python tests/dataset/round14_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import BASHIR, E_CHAD, EXTRA, SMALL, classify, main  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXE = str(Path(sys.executable).with_name("iccwatch"))
ENV_STATE = "TCD"

# --------------------------------------------------------------------------------------------- the sandbox


class Env:
    """One kind's sandbox: a copy of the small record (with round four's extra records) and of a store built from it."""

    def __init__(self, base: Path, at: Path):
        shutil.copytree(base, at, symlinks=True)
        self.root = at
        self.data = at / "data"
        self.db = at / "store.sqlite"
        self.url = f"sqlite:///{self.db}"

    def cli(self, *args: str, timeout: float = 120) -> tuple[int, str]:
        env = {**os.environ, "ICCWATCH_DATA": str(self.data), "ICCWATCH_DB": str(self.db), "COLUMNS": "200", "NO_COLOR": "1"}
        p = subprocess.run([EXE, *args], capture_output=True, text=True, env=env, timeout=timeout, cwd=self.root, errors="replace")
        return p.returncode, p.stdout + p.stderr


def data_hash(data: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(data.rglob("*")):
        if p.name == ".review.lock":
            continue  # the accept's lock file (git-ignored, read by nothing)
        h.update(str(p.relative_to(data)).encode())
        if p.is_symlink():
            h.update(os.readlink(p).encode())
        elif p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def store_hash(db: Path) -> str:
    h = hashlib.sha256()
    if not db.exists():
        return "absent"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for (name,) in con.execute("select name from sqlite_master where type='table' order by name"):
            rows = sorted(repr(r) for r in con.execute(f'select * from "{name}"'))  # noqa: S608 - names from the store itself
            h.update(name.encode())
            for r in rows:
                h.update(r.encode())
    finally:
        con.close()
    return h.hexdigest()


# --------------------------------------------------------------------------------------------- the doors


Outcome = tuple[bool, str]  # (refused, what was said)


def files(change: Callable[[Path], list[str]]) -> Callable[[Env], Any]:
    """A file change checked with check_dataset: refused and named as round four reads it."""
    def run(env: Env) -> Any:
        from iccwatch.dataset import check_dataset

        changed = change(env.data)
        before = data_hash(env.data)
        _, problems = check_dataset(env.data)
        result, shown = classify(problems, changed)
        return ("files", result, shown, before)
    return run


def cli(*args: str, setup: Callable[[Env], Any] | None = None) -> Callable[[Env], Any]:
    def run(env: Env) -> Any:
        if setup:
            setup(env)
        return ("cli", *env.cli(*args))
    return run


def api(method: str, path: str, **kw: Any) -> Callable[[Env], Any]:
    def run(env: Env) -> Any:
        from fastapi.testclient import TestClient

        from iccwatch.app import create_app
        from iccwatch.settings import Settings

        app = create_app(Settings(data_dir=env.data, db_url=env.url))
        with TestClient(app, raise_server_exceptions=False) as c:
            r = c.request(method, path, **kw)
        return ("api", r.status_code, r.text[:600])
    return run


def write(rel: str, data: bytes | str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        p = d / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode() if isinstance(data, str) else data)
        return [rel]
    return change


def edit_bytes(rel: str, fn: Callable[[bytes], bytes]) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        p = d / rel
        p.write_bytes(fn(p.read_bytes()))
        return [rel]
    return change


def moved(rel: str, to: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        (d / to).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(d / rel, d / to)
        (d / rel).unlink()
        return [to]
    return change


def copied(rel: str, to: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        (d / to).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(d / rel, d / to)
        return [to]
    return change


def linked(rel: str, target: Callable[[Path], Path]) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        (d / rel).unlink(missing_ok=True)
        (d / rel).symlink_to(target(d))
        return [rel]
    return change


def fifo(rel: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        os.mkfifo(d / rel)
        return [rel]
    return change


def chad(d: Path) -> str:
    return (d / E_CHAD).read_text(encoding="utf-8")


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True))
DEEP = "id: x\nnote: " + "[" * 10_000 + "]" * 10_000 + "\n"
BAD_EVENT = E_CHAD  # a trip whose date becomes impossible
NEW_EVENT = f"events/2010-07-22-{BASHIR}-chad.yaml"


def build_bad(change: Callable[[Path], list[str]], *more: str) -> Callable[[Env], Any]:
    """``data build`` over the existing store with the change made: refused naming the file, the store as it was and readable."""
    def run(env: Env) -> Any:
        change(env.data)
        after_change = data_hash(env.data)
        code, out = env.cli("data", "build", "--data", str(env.data), "--db", str(env.db), *more)
        return ("build", code, out, after_change)
    return run


def readable(env: Env) -> str:
    try:
        from iccwatch.store import read_records

        recs = read_records(env.url)
        return f"store readable ({len(recs.persons)} persons)"
    except Exception as exc:  # noqa: BLE001 - what the probe reports
        return f"store NOT readable: {type(exc).__name__}: {exc}"[:200]


# --- the monitor

HTML_BROKEN = ("<html><head><title>Bashir in Chad</title></head><body><div><p>Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 "
               "<b>for a summit</span><p>unclosed <i>tags")
HTML_OPEN_TITLE = "<html><head><title>Al Bashir in Chad<body><p>Omar Al-Bashir arrived in N'Djamena on 21 July 2010 <div><p>unclosed <b>"


def ingest(name: str, data: bytes | str, *more: str) -> Callable[[Env], Any]:
    def run(env: Env) -> Any:
        p = env.root / "in" / name
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(data.encode() if isinstance(data, str) else data)
        return ("cli", *env.cli("monitor", "ingest", str(p), "--db", str(env.db), *more))
    return run


def candidate(env: Env, **fields: str) -> str:
    """A pending candidate (a visit of Al Bashir to Chad, from a test news source) in the env's queue."""
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import Candidate, Evidence
    from iccwatch.monitor.queue import Queue

    text = "Omar Al-Bashir arrived in N'Djamena on 22 July 2010 for a summit."
    doc = make_document(text, url="https://www.reuters.com/world/x-2010-07-22/", title="Bashir in Chad", publisher="Reuters", date="2010-07-22")
    fields = {"person": BASHIR, "state": "TCD", "date": "2010-07-22", **fields}
    c = Candidate(id="00000000000000aa", document=doc.id, type="visit", evidence=Evidence(sentence=text, start=0, end=len(text)),
                  confidence=0.9, method="probe", **fields)
    q = Queue(env.url)
    q.add(doc, [(c, None)])
    q.close()
    return c.id


def review(*args: str, **fields: str) -> Callable[[Env], Any]:
    """A review command on a pending candidate put in the queue first (the hashes are taken after it is put)."""
    def run(env: Env) -> Any:
        cid = candidate(env, **fields)
        return ("review", cid, [a.replace("CID", cid) for a in args])
    return run


# --------------------------------------------------------------------------------------------- the kinds

Kind = tuple[str, str, Callable[[Env], Any], tuple[str, ...]]

A = "/api/v1"
WEIGHTS = (ROOT / "src" / "iccwatch" / "assess" / "default_weights.yaml").read_bytes()
KINDS: list[Kind] = [
    # files ------------------------------------------------------------------------------------------------------
    ("files", "control: the record as it is", files(lambda d: []), ()),
    ("files", "control: a record file with CRLF line ends", files(edit_bytes(E_CHAD, lambda b: b.replace(b"\n", b"\r\n"))), ()),
    ("files", "an empty record file", files(write(E_CHAD, b"")), ()),
    ("files", "a record file holding only a comment", files(write(E_CHAD, "# to be written\n")), ()),
    ("files", "a record file holding only spaces and line breaks", files(write(E_CHAD, "  \n\n   \n")), ()),
    ("files", "a record file holding only null (~)", files(write(E_CHAD, "~\n")), ()),
    ("files", "a record file holding only a document marker (---)", files(write(E_CHAD, "---\n")), ()),
    ("files", "a UTF-8 byte-order mark before the first key", files(edit_bytes(E_CHAD, lambda b: b"\xef\xbb\xbf" + b)), ()),
    ("files", "a byte-order mark inside a value", files(edit_bytes(E_CHAD, lambda b: b.replace(b"action: ", b"action: \xef\xbb\xbf", 1))), ()),
    ("files", "a file saved as UTF-16 (with its BOM)", files(lambda d: [E_CHAD] if (d / E_CHAD).write_bytes(chad(d).encode("utf-16")) else []), ()),
    ("files", "lines ending in a lone CR (old Mac)", files(edit_bytes(E_CHAD, lambda b: b.replace(b"\n", b"\r"))), ()),
    ("files", "indentation with tabs", files(edit_bytes(E_CHAD, lambda b: b.replace(b"\n  ", b"\n\t"))), ()),
    ("files", "Latin-1 bytes (an e acute as 0xE9)", files(edit_bytes(E_CHAD, lambda b: b.replace(b"followup: ", b"followup: caf\xe9 ", 1))), ()),
    ("files", "a binary file (PNG header, NUL bytes) named .yaml", files(write(E_CHAD, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))), ()),
    ("files", "a NUL byte inside a value", files(edit_bytes(E_CHAD, lambda b: b.replace(b"followup: ", b"followup: a\x00b ", 1))), ()),
    ("files", "a YAML bomb (billion laughs, nine levels of aliases)", files(write(E_CHAD, BOMB)), ()),
    ("files", "10,000-deep nesting of flow lists", files(write(E_CHAD, DEEP)), ()),
    ("files", "10,000-deep nesting of compact block lists (- - - ...)", files(write(E_CHAD, "id: x\nnote:\n" + "- " * 10_000 + "x\n")), ()),
    ("files", "a 50 MB record file", files(lambda d: [E_CHAD] if (d / E_CHAD).write_bytes(b"summary: " + b"x" * 50_000_000 + b"\n") else []), ()),
    ("files", "a symbolic link to a file outside the data folder", files(linked(E_CHAD, lambda d: Path("/etc/hostname"))), ()),
    ("files", "a symbolic link to a folder outside the data folder (a kind's folder)",
     files(lambda d: [("decisions")] if (shutil.rmtree(d / "decisions") or (d / "decisions").symlink_to(SMALL / "decisions")) is None else []), ()),
    ("files", "a symbolic link loop named .yaml", files(lambda d: [NEW_EVENT] if (d / NEW_EVENT).symlink_to(d / NEW_EVENT) is None else []), ()),
    ("files", "a FIFO named .yaml", files(lambda d: fifo(NEW_EVENT)(d)), ()),
    ("files", "a folder named .yaml among the records", files(lambda d: [NEW_EVENT] if (d / NEW_EVENT).mkdir() is None else []), ()),
    ("files", "two YAML documents in one file (---)", files(lambda d: write(E_CHAD, chad(d) + "---\n" + chad(d))(d)), ()),
    ("files", "a top-level list instead of a mapping", files(lambda d: write(E_CHAD, "- " + chad(d).replace("\n", "\n  ").rstrip() + "\n")(d)), ()),
    ("files", "a top-level scalar (a line of text)", files(write(E_CHAD, "Al Bashir went to Chad\n")), ()),
    ("files", "an event file put in the decisions folder", files(moved(E_CHAD, "decisions/" + Path(E_CHAD).name)), ()),
    ("files", "a filename with spaces", files(moved(E_CHAD, E_CHAD.replace("-chad", " chad"))), ()),
    ("files", "a filename in upper case", files(moved(E_CHAD, "events/" + Path(E_CHAD).stem.upper() + ".yaml")), ()),
    ("files", "a filename with the extension in upper case (.YAML)", files(moved(E_CHAD, E_CHAD[:-5] + ".YAML")), ()),
    ("files", "a hidden record file (.name.yaml)", files(moved(E_CHAD, "events/." + Path(E_CHAD).name)), ()),
    ("files", "a .yml file beside the .yaml (same record)", files(copied(E_CHAD, E_CHAD[:-5] + ".yml")), ()),
    ("files", "an editor's backup beside the record (name.yaml~)", files(copied(E_CHAD, E_CHAD + "~")), ()),
    ("files", "a stray text file in a record folder (notes.txt)", files(write("events/notes.txt", "to do\n")), ()),
    ("files", "a stray file at the top of data/ (notes.yaml)", files(write("notes.yaml", "a: b\n")), ()),
    ("files", "an empty folder of an unknown kind", files(lambda d: ["trips"] if (d / "trips").mkdir() is None else []), ()),
    ("files", "a record file nested one folder deeper", files(moved(E_CHAD, "events/2010/" + Path(E_CHAD).name)), ()),
    ("files", "an empty meta.yaml", files(write("meta.yaml", "")), ()),
    ("files", "meta.yaml as a list", files(write("meta.yaml", "- title: x\n")), ()),
    ("files", "a lookup table as a list", files(write("lookups/publishers.yaml", "- a\n- b\n")), ()),
    ("files", "a lookup table file in Latin-1", files(edit_bytes("lookups/publishers.yaml", lambda b: b + b"# caf\xe9\n")), ()),
    ("files", "assertions.yaml with a YAML bomb", files(write("assertions.yaml", BOMB)), ()),
    ("files", "a file unreadable by its permissions (mode 000; the probe runs as root, who reads it anyway)",
     files(lambda d: [E_CHAD] if (d / E_CHAD).chmod(0) is None else []), ()),
    # build ------------------------------------------------------------------------------------------------------
    ("build", "control: data build of the record as it is", build_bad(lambda d: []), ()),
    ("build", "data build over a store, with a record whose date is impossible",
     build_bad(lambda d: write(E_CHAD, chad(d).replace("2010-07-21", "2010-02-30", 1))(d)), (E_CHAD,)),
    ("build", "data build over a store, with a YAML bomb as a record", build_bad(write(E_CHAD, BOMB)), (E_CHAD,)),
    ("build", "data build over a store, with a binary record", build_bad(write(E_CHAD, b"\x00\x01\x02\xff")), (E_CHAD,)),
    ("build", "data build over a store, with meta.yaml deleted", build_bad(lambda d: [(d / "meta.yaml").unlink()] and []), ("meta.yaml",)),
    ("build", "data build with --data naming a folder that does not exist", lambda env: ("build", *env.cli("data", "build", "--data", str(env.root / "nodata"), "--db", str(env.db))), ("nodata",)),
    ("build", "data build with --data naming a file", lambda env: ("build", *env.cli("data", "build", "--data", str(env.data / "meta.yaml"), "--db", str(env.db))), ("meta.yaml",)),
    ("build", "data build with --db naming a folder", lambda env: ("build", *env.cli("data", "build", "--data", str(env.data), "--db", str(env.data))), ("--db",)),
    ("build", "data build with --db naming another program's file (a text file)",
     lambda env: (env.root / "notes.sqlite").write_text("my notes\n") and ("build", *env.cli("data", "build", "--data", str(env.data), "--db", str(env.root / "notes.sqlite"))), ("--db",)),
    ("build", "data build with --db an unknown URL scheme", lambda env: ("build", *env.cli("data", "build", "--data", str(env.data), "--db", "nosuch://x/y")), ("--db",)),
    # cli --------------------------------------------------------------------------------------------------------
    ("cli", "control: state TCD --on 2010-07-21", cli("state", "TCD", "--on", "2010-07-21"), ()),
    ("cli", "state with an unknown State code (XXX)", cli("state", "XXX"), ("XXX",)),
    ("cli", "state with a two-letter code (TD)", cli("state", "TD"), ("TD",)),
    ("cli", "state --on 30 February (2010-02-30)", cli("state", "TCD", "--on", "2010-02-30"), ("--on",)),
    ("cli", "state --on a date with a time (2010-07-21T10:00)", cli("state", "TCD", "--on", "2010-07-21T10:00"), ("--on",)),
    ("cli", "state --on year 0 (0000-01-01)", cli("state", "TCD", "--on", "0000-01-01"), ("--on",)),
    ("cli", "state --on an empty string", cli("state", "TCD", "--on", ""), ("--on",)),
    ("cli", "state with an empty State", cli("state", ""), ("state",)),
    ("cli", "state with a 100,000-character State", cli("state", "A" * 100_000), ("state",)),
    ("cli", "state with a control character in the code (TCD + ESC)", cli("state", "TCD\x1b[31m"), ("state",)),
    ("cli", "state --on given twice (two different dates)", cli("state", "TCD", "--on", "2010-07-21", "--on", "2001-01-01"), ("--on",)),
    ("cli", "person with an unknown person", cli("person", "nobody-at-all"), ("nobody-at-all",)),
    ("cli", "person with an empty name", cli("person", ""), ("person",)),
    ("cli", "person with a 100,000-character name", cli("person", "x" * 100_000), ("person",)),
    ("cli", "events --year abc", cli("events", "--year", "abc"), ("--year",)),
    ("cli", "events --year given twice", cli("events", "--year", "2010", "--year", "2017"), ("--year",)),
    ("cli", "events --until 2010-13-01", cli("events", "--until", "2010-13-01"), ("--until",)),
    ("cli", "events --state given twice", cli("events", "--state", "TCD", "--state", "JOR"), ("--state",)),
    ("cli", "persons --on given twice", cli("persons", "--on", "2010-07-21", "--on", "2020-01-01"), ("--on",)),
    ("cli", "ask arrest (fast path) with an unknown State", cli("ask", "arrest", "--state", "XXX", "--person", BASHIR, "--on", "2010-07-21"), ("XXX",)),
    ("cli", "ask arrest (fast path) with an unknown person", cli("ask", "arrest", "--state", "TCD", "--person", "nobody-at-all", "--on", "2010-07-21"), ("nobody-at-all",)),
    ("cli", "ask arrest (fast path) --on 30 February", cli("ask", "arrest", "--state", "TCD", "--person", BASHIR, "--on", "2010-02-30"), ("--on",)),
    ("cli", "ask arrest with --on given twice", cli("ask", "arrest", "--state", "TCD", "--person", BASHIR, "--on", "2010-07-21", "--on", "2001-01-01"), ("--on",)),
    ("cli", "ask arrest with an empty --state", cli("ask", "arrest", "--state", "", "--person", BASHIR), ("--state",)),
    ("cli", "search with an empty query", cli("search", ""), ("words",)),
    ("cli", "search with a 100,000-character query", cli("search", "x" * 100_000), ("words",)),
    ("cli", "export an unknown kind", cli("export", "trips"), ("trips",)),
    ("cli", "index --year 1800", cli("index", "--year", "1800"), ("--year",)),
    ("cli", "data check --data naming a file", cli("data", "check", "--data", "/etc/hostname"), ("hostname",)),
    # api --------------------------------------------------------------------------------------------------------
    ("api", "control: GET /states?on=2010-07-21", api("GET", f"{A}/states?on=2010-07-21"), ()),
    ("api", "GET /states?on=2010-02-30 (impossible date)", api("GET", f"{A}/states?on=2010-02-30"), ("on",)),
    ("api", "GET /states?on= (empty)", api("GET", f"{A}/states?on="), ("on",)),
    ("api", "GET /states?on=2010-07-21T10:00 (a time)", api("GET", f"{A}/states?on=2010-07-21T10:00"), ("on",)),
    ("api", "GET /states/XXX (unknown State)", api("GET", f"{A}/states/XXX"), ("state",)),
    ("api", "GET /states/%00 (a NUL)", api("GET", f"{A}/states/%00"), ("state",)),
    ("api", "GET /persons/nobody-at-all", api("GET", f"{A}/persons/nobody-at-all"), ("person",)),
    ("api", "GET /persons?limit=100000000 (huge limit)", api("GET", f"{A}/persons?limit=100000000"), ("limit",)),
    ("api", "GET /persons?limit=99999999999999999999999 (over 64 bits)", api("GET", f"{A}/persons?limit=99999999999999999999999"), ("limit",)),
    ("api", "GET /persons?offset=-1 (negative offset)", api("GET", f"{A}/persons?offset=-1"), ("offset",)),
    ("api", "GET /persons?limit=abc (wrong type)", api("GET", f"{A}/persons?limit=abc"), ("limit",)),
    ("api", "GET /persons?limit=1.5 (a fraction)", api("GET", f"{A}/persons?limit=1.5"), ("limit",)),
    ("api", "GET /persons?limit=1&limit=2 (a parameter twice)", api("GET", f"{A}/persons?limit=1&limit=2"), ("limit",)),
    ("api", "GET /states?on=2010-07-21&on=2001-01-01 (a date twice)", api("GET", f"{A}/states?on=2010-07-21&on=2001-01-01"), ("on",)),
    ("api", "GET /persons?limt=5 (an unknown parameter: a typo of limit)", api("GET", f"{A}/persons?limt=5"), ("limt",)),
    ("api", "GET /events?sate=TCD (an unknown parameter: a typo of state)", api("GET", f"{A}/events?sate=TCD"), ("sate",)),
    ("api", "GET /persons?q= + 60,000 characters", api("GET", f"{A}/persons?q=" + "x" * 60_000), ("q",)),
    ("api", "GET /search?q= + 60,000 characters", api("GET", f"{A}/search?q=" + "x" * 60_000), ("q",)),
    ("api", "GET /events?year=abc", api("GET", f"{A}/events?year=abc"), ("year",)),
    ("api", "GET /export/trips (unknown kind)", api("GET", f"{A}/export/trips"), ("kind",)),
    ("api", "GET /index?year=1800", api("GET", f"{A}/index?year=1800"), ("year",)),
    ("api", "POST /index with invalid YAML weights", api("POST", f"{A}/index", files={"weights": ("w.yaml", b"a: [b\n", "text/yaml")}), ("weights",)),
    ("api", "POST /index with weights as a YAML bomb", api("POST", f"{A}/index", files={"weights": ("w.yaml", BOMB.encode(), "text/yaml")}), ("weights",)),
    ("api", "POST /index with weights of the wrong type (a list)", api("POST", f"{A}/index", files={"weights": ("w.yaml", b"- 1\n- 2\n", "text/yaml")}), ("weights",)),
    ("api", "POST /index with weights in Latin-1", api("POST", f"{A}/index", files={"weights": ("w.yaml", b"a: caf\xe9\n", "text/yaml")}), ("weights",)),
    ("api", "POST /index with an oversized body (3 MB)", api("POST", f"{A}/index", files={"weights": ("w.yaml", b"#" * 3_000_000, "text/yaml")}), ("weights",)),
    ("api", "POST /index with invalid JSON (no file)", api("POST", f"{A}/index", content=b"{", headers={"content-type": "application/json"}), ("weights",)),
    ("api", "POST /index with a JSON object (no file)", api("POST", f"{A}/index", json={"weights": {"a": 1}}), ("weights",)),
    ("api", "POST /index with unknown form fields beside the file", api("POST", f"{A}/index", files={"weights": ("w.yaml", WEIGHTS, "text/yaml")},
                                                                    data={"colour": "red"}), ("colour",)),
    ("api", "POST /index with two weights files", api("POST", f"{A}/index", files=[("weights", ("a.yaml", WEIGHTS, "text/yaml")),
                                                                               ("weights", ("b.yaml", WEIGHTS, "text/yaml"))]), ("weights",)),
    ("api", "control: GET /search with kind given twice (a list parameter)", api("GET", f"{A}/search?q=bashir&kind=events&kind=persons"), ()),
    ("api", "control: POST /index with the default weights", api("POST", f"{A}/index?samples=10", files={"weights": ("w.yaml", WEIGHTS, "text/yaml")}), ()),
    # monitor ----------------------------------------------------------------------------------------------------
    ("monitor", "control: ingest a news text with front matter",
     ingest("ok.txt", "---\nurl: \"https://www.reuters.com/world/x-2010-07-22/\"\npublisher: \"Reuters\"\ndate: \"2010-07-22\"\n---\n"
            "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010.\n"), ()),
    ("monitor", "control: ingest HTML with unclosed and stray tags (read leniently)", ingest("broken.html", HTML_BROKEN, "--date", "2010-07-22"), ()),
    ("monitor", "ingest HTML whose <title> is never closed (the page is all title, as HTML reads it)",
     ingest("title.html", HTML_OPEN_TITLE, "--date", "2010-07-22"), ("title.html",)),
    ("monitor", "ingest HTML with no text (only a script)", ingest("script.html", "<html><script>alert(1)</script></html>", "--date", "2010-07-22"), ("script.html",)),
    ("monitor", "ingest a malformed RSS feed (not XML)", ingest("feed.xml", "<rss><channel><item><title>x</item>", "--date", "2010-07-22"), ("feed.xml",)),
    ("monitor", "ingest an RSS feed with an XML entity bomb", ingest("bomb.xml", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                                                                     + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True))
                                                                     + ']><rss><channel><item><title>&i;</title></item></channel></rss>'), ("bomb.xml",)),
    ("monitor", "ingest an RSS feed with an external entity (XXE)", ingest("xxe.xml", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
                                                                      '<rss><channel><item><title>&x;</title><link>https://www.reuters.com/a</link></item></channel></rss>'), ("xxe.xml",)),
    ("monitor", "ingest a text whose front matter is never closed", ingest("open.txt", "---\nurl: \"https://www.reuters.com/a\"\nOmar Al-Bashir in Chad.\n"), ("open.txt",)),
    ("monitor", "ingest a text whose front matter has an impossible date", ingest("date.txt", "---\ndate: \"2010-02-30\"\n---\nOmar Al-Bashir in Chad.\n"), ("date",)),
    ("monitor", "ingest a text whose front matter has an unknown key", ingest("key.txt", "---\nauthor: \"x\"\n---\nOmar Al-Bashir in Chad.\n"), ("author",)),
    ("monitor", "ingest a text whose front matter is a list", ingest("list.txt", "---\n- a\n---\nOmar Al-Bashir in Chad.\n"), ("list.txt",)),
    ("monitor", "ingest a text whose front matter is a YAML bomb", ingest("fbomb.txt", "---\n" + BOMB + "---\nOmar Al-Bashir in Chad.\n"), ("fbomb.txt",)),
    ("monitor", "ingest a text whose front matter url is not a web address", ingest("js.txt", "---\nurl: \"javascript:alert(1)\"\n---\nOmar Al-Bashir in Chad.\n"), ("url",)),
    ("monitor", "ingest an empty text file", ingest("empty.txt", ""), ("empty.txt",)),
    ("monitor", "ingest a text file in Latin-1", ingest("latin.txt", b"Omar Al-Bashir in N'Djamena, caf\xe9.\n", "--date", "2010-07-22"), ("latin.txt",)),
    ("monitor", "ingest a corrupt PDF", ingest("bad.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>\ntrailer<<>>\n%%EOF"), ("bad.pdf",)),
    ("monitor", "ingest a path that does not exist", lambda env: ("cli", *env.cli("monitor", "ingest", str(env.root / "nothing.txt"), "--db", str(env.db))), ("nothing.txt",)),
    ("monitor", "ingest with --date 2010-02-30", ingest("d.txt", "Omar Al-Bashir in Chad.\n", "--date", "2010-02-30"), ("--date",)),
    ("monitor", "review edit --set date=2010-02-30", review("monitor", "review", "edit", "CID", "--set", "date=2010-02-30"), ("date",)),
    ("monitor", "review edit --set an unknown field", review("monitor", "review", "edit", "CID", "--set", "colour=red"), ("colour",)),
    ("monitor", "review edit --set state=X1Z", review("monitor", "review", "edit", "CID", "--set", "state=X1Z"), ("state",)),
    ("monitor", "review edit --set person=Not A Slug", review("monitor", "review", "edit", "CID", "--set", "person=Not A Slug"), ("person",)),
    ("monitor", "review accept of a candidate edited to a State not in the record (ZZZ)",
     review("monitor", "review", "accept", "CID", "--set", "state=ZZZ"), ("state",)),
    ("monitor", "review accept of a candidate edited to a person not in the record",
     review("monitor", "review", "accept", "CID", "--set", "person=nobody-at-all"), ("person",)),
    ("monitor", "review accept of a candidate edited to end before it starts",
     review("monitor", "review", "accept", "CID", "--set", "end_date=2010-07-01"), ("end_date",)),
    ("monitor", "review accept of a candidate edited to a date before the person's first warrant (1990)",
     review("monitor", "review", "accept", "CID", "--set", "date=1990-07-22"), ("date",)),
    ("monitor", "review accept with --source-url javascript:",
     review("monitor", "review", "accept", "CID", "--source-url", "javascript:alert(1)"), ("source",)),
    ("monitor", "review accept of an unknown candidate id", review("monitor", "review", "accept", "ffffffffffffffff"), ("ffffffffffffffff",)),
]


# --------------------------------------------------------------------------------------------- the runner


def judge(door: str, got: Any, names: tuple[str, ...]) -> tuple[str, str]:
    """(result, what was said) for one kind's answer."""
    if door == "files":
        _, result, shown, _ = got
        return result, " / ".join(shown)
    if door == "api":
        _, status, body = got
        if status >= 500:
            return f"crashed ({status})", body
        if status < 400:
            return f"passed ({status})", body[:200]
        try:
            field = json.loads(body).get("field") or ""
            said = f"{field}: {json.loads(body).get('detail')}"
        except ValueError:
            field, said = "", body
        named = not names or any(n == field or n in said for n in names)
        return (f"refused {status}, named" if named else f"refused {status}, not named"), said[:300]
    code, out = got[1], got[2]
    if "Traceback" in out:
        return "crashed (traceback)", out[-400:]
    if code == 0:
        return "passed", out[-200:]
    named = not names or any(n in out for n in names)
    return ("refused, named" if named else "refused, not named"), " ".join(out.split())[-300:]


def run(out: Path, only: set[str] | None) -> None:
    from iccwatch.store import build_store

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        shutil.copytree(SMALL, base / "data")
        for rel, text in EXTRA.items():
            (base / "data" / rel).parent.mkdir(parents=True, exist_ok=True)
            (base / "data" / rel).write_text(text, encoding="utf-8")
        build_store(base / "data", f"sqlite:///{base / 'store.sqlite'}")
        for i, (door, what, fn, names) in enumerate(KINDS):
            if only and what not in only and door not in only:
                continue
            env = Env(base, Path(tmp) / f"k{i}")
            t0 = time.monotonic()
            try:
                if door == "monitor" and what.startswith("review"):
                    _, cid, args = fn(env)
                    d0, s0 = data_hash(env.data), store_hash(env.db)
                    got = ("cli", *env.cli(*args))
                else:
                    d0, s0 = data_hash(env.data), store_hash(env.db)
                    got = fn(env)
                    if door == "files" or (door == "build" and len(got) == 4):
                        d0 = got[3]
                result, said = judge(door, got, names)
            except Exception:  # noqa: BLE001 - the probe reports it
                result, said = "crashed (in the probe's process)", traceback.format_exc()[-600:]
                d0 = s0 = ""
            changed = []
            try:
                if d0 and data_hash(env.data) != d0:
                    changed.append("data/")
            except OSError:
                pass
            if s0 and store_hash(env.db) != s0:
                changed.append("store")
            control = what.startswith("control")
            if changed and not (control and result.startswith("passed")):
                result += f"; CHANGED {' and '.join(changed)}"
            if door == "build" and not control:
                result += f"; {readable(env)}"
            secs = round(time.monotonic() - t0, 2)
            results.append({"kind": door, "what": what, "result": result, "problems": [said[:400]], "seconds": secs})
            print(f"{result[:60]:60} {secs:6.2f}s {door} | {what}", flush=True)
            shutil.rmtree(env.root, ignore_errors=True)
            out.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main(run)
