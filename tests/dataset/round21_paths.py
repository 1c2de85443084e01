"""Round twenty-one of the bad input, the paths beside the record (not a test; run by hand, its rows are in ROUND21.md):
weighted, as the brief asked, to the command line's export, report and index commands given bad options or output
paths (a folder, an unwritable path, the record's own folder, an existing file), the API's query parameters (ranges,
pagination, lists), the monitor's ingest given broken, empty, huge or wrongly encoded feeds and pages and front matter
with bad fields, and concurrency (two builds at once, a build while the API serves, two reviewers accepting at once).

Each kind runs through round fourteen's sandbox and judge (``round14_probe``: a copy of the small record and of a store
built from it, the real ``iccwatch`` command in its own process, the API through FastAPI's test client; every file
under ``data/`` and every row of the store hashed before and after), so "CHANGED" marks a refusal that changed
something.

    PYTHONPATH=src python tests/dataset/round21_paths.py OUT.json [WHAT ...]
    PYTHONPATH=src python tests/dataset/round21_paths.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import round14_probe as r14  # noqa: E402
from probe_harness import BASHIR, main  # noqa: E402
from round14_probe import Env, Kind, api, candidate, cli, ingest  # noqa: E402
from round20_paths import ACCEPT, VISIT  # noqa: E402

A = "/api/v1"
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 for a summit.\n"


def front(*lines: str, text: str = TEXT, nl: str = "\n") -> str:
    return nl.join(["---", *lines, "---", text])


def feed(items: str, *, head: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return f'{head}<rss version="2.0"><channel><title>probe</title>{items}</channel></rss>'


ITEM = ("<item><title>Bashir in Chad</title><link>https://www.reuters.com/world/x-2010-07-22/</link>"
        "<description>Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010.</description></item>")
NIGERIA = "Omar Al-Bashir arrived in Abuja on 15 July 2013 for a summit."
ATOM_NO_LINK = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>probe</title>'
                "<entry><title>Bashir in Chad</title><summary>Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010.</summary></entry></feed>")


def html(body: str, charset: str = "utf-8") -> str:
    return f'<html><head><meta charset="{charset}"><title>Bashir in Chad</title></head><body><p>{body}</p></body></html>'


def export_to(where: str, *more: str, kind: str = "events") -> Any:
    """``export`` with -o given by ``where`` ("DATA/..." under the sandbox's record, "ROOT/..." under the sandbox)."""
    def run(env: Env) -> Any:
        out = where.replace("DATA", str(env.data)).replace("ROOT", str(env.root))
        if where.startswith("ROOT/existing"):
            Path(out).write_text("a file already here\n", encoding="utf-8")
        if where == "ROOT/afolder":
            Path(out).mkdir()
        if where == "ROOT/pipe":
            os.mkfifo(out)
        if where == "ROOT/nulldev":
            os.mknod(out, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # as /dev/null; the probe runs as root in its sandbox
        return ("cli", *env.cli("export", kind, "-o", out, *more))
    return run


def report_to(where: str, *args: str) -> Any:
    def run(env: Env) -> Any:
        out = where.replace("DATA", str(env.data)).replace("ROOT", str(env.root))
        if where == "ROOT/afolder":
            Path(out).mkdir()
        return ("cli", *env.cli("report", *args, "-o", out))
    return run


def weights(content: bytes | None) -> Any:
    def run(env: Env) -> Any:
        p = env.root / "w.yaml"
        if content is None:
            p.mkdir()
        else:
            p.write_bytes(content)
        return ("cli", *env.cli("index", "--weights", str(p)))
    return run


def ingest_folder_empty(env: Env) -> Any:
    p = env.root / "in"
    p.mkdir()
    return ("cli", *env.cli("monitor", "ingest", str(p), "--db", str(env.db)))


def _environ(env: Env) -> dict[str, str]:
    return {**os.environ, "ICCWATCH_DATA": str(env.data), "ICCWATCH_DB": str(env.db), "COLUMNS": "200", "NO_COLOR": "1"}


def two_builds(env: Env) -> Any:
    """Two ``data build`` at once on the same record and store: both end, the store readable and whole."""
    cmd = [r14.EXE, "data", "build", "--data", str(env.data), "--db", str(env.db)]
    ps = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_environ(env), cwd=env.root) for _ in range(2)]
    outs = [(p.wait(timeout=300), p.stdout.read() if p.stdout else "") for p in ps]
    said = r14.readable(env)
    ok = all(c == 0 for c, _ in outs) and "NOT" not in said
    return ("cli", 0 if ok else 1, f"exits {[c for c, _ in outs]}; {said}; " + " || ".join(" ".join(o.split())[-200:] for _, o in outs))


def build_while_serving(env: Env) -> Any:
    """The API answers /persons and /events over and over while ``data build`` rewrites its store: no request fails."""
    from fastapi.testclient import TestClient

    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    cmd = [r14.EXE, "data", "build", "--data", str(env.data), "--db", str(env.db)]
    app = create_app(Settings(data_dir=env.data, db_url=env.url))
    codes: list[int] = []
    with TestClient(app, raise_server_exceptions=False) as c:
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_environ(env), cwd=env.root)
        while p.poll() is None:
            for path in (f"{A}/persons", f"{A}/events", f"{A}/states/TCD"):
                codes.append(c.get(path).status_code)
        for path in (f"{A}/persons", f"{A}/events"):
            codes.append(c.get(path).status_code)
    bad = [x for x in codes if x != 200]
    return ("cli", 0 if p.returncode == 0 and not bad else 1, f"build exit {p.returncode}; {len(codes)} requests, not 200: {bad[:10]}")


def other_candidate(env: Env) -> str:
    """A second pending candidate: a visit to Nigeria (a trip the small record does not hold), from another document."""
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import Candidate, Evidence
    from iccwatch.monitor.queue import Queue

    doc = make_document(NIGERIA, url="https://www.aljazeera.com/news/x-2013-07-15", title="Bashir in Nigeria", publisher="Al Jazeera",
                        date="2013-07-15")
    c = Candidate(id="00000000000000bb", document=doc.id, type="visit", evidence=Evidence(sentence=NIGERIA, start=0, end=len(NIGERIA)),
                  confidence=0.9, method="probe", person=BASHIR, state="NGA", date="2013-07-15")
    q = Queue(env.url)
    q.add(doc, [(c, None)])
    q.close()
    return c.id


def two_reviewers(same: bool) -> Any:
    """Two reviewers' ``review accept`` at once: of two candidates (both written, both accepted) or of one (written
    once, accepted once, the other told)."""
    def run(env: Env) -> Any:
        a = candidate(env)
        b = a if same else other_candidate(env)
        res: dict[str, tuple[int, str]] = {}

        def go(name: str, cid: str) -> None:
            res[name] = env.cli(*[x.replace("CID", cid) for x in ACCEPT[:-1]], name)

        ts = [threading.Thread(target=go, args=("alice", a)), threading.Thread(target=go, args=("bob", b))]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        con = sqlite3.connect(env.db)
        statuses = dict(con.execute("select id, status from ops_candidates").fetchall())
        con.close()
        files = sorted(p.name for p in (env.data / "events").glob("*.yaml"))
        codes = sorted(c for c, _ in res.values())
        if same:
            ok = sorted(c == 0 for c in codes) == [False, True] and statuses == {a: "accepted"} and (env.data / VISIT).exists()
        else:
            ok = codes == [0, 0] and set(statuses.values()) == {"accepted"} and (env.data / VISIT).exists() \
                and any("nigeria" in f and "2013-07-15" in f for f in files)
        said = "; ".join(f"{k}: exit {c} {' '.join(o.split())[-160:]}" for k, (c, o) in res.items())
        return ("cli", 0 if ok else 1, f"statuses {statuses}; events {files}; {said}")
    return run


KINDS: list[Kind] = [
    # ---- controls
    ("cli", "control: export events -o out.csv", export_to("ROOT/out.csv"), ()),
    ("monitor", "control: ingest an RSS feed of one item", ingest("ok.xml", feed(ITEM)), ()),
    # ---- export: output paths and options
    ("cli", "export events -o naming a folder", export_to("ROOT/afolder"), ("--output", "folder")),
    ("cli", "export events -o under /proc (not writable)", export_to("/proc/iccwatch-probe.csv"), ("--output", "/proc")),
    ("cli", "export events -o naming a named pipe (FIFO)", export_to("ROOT/pipe", "--format", "csv"), ("--output", "pipe")),
    ("cli", "export events -o naming a character device (a null device made in the sandbox)", export_to("ROOT/nulldev", "--format", "csv"),
     ("--output", "nulldev")),
    ("cli", "export events -o inside the record's own folder (data/events.csv)", export_to("DATA/events.csv"), ("--output", "data")),
    ("cli", "export events -o inside a kind folder of the record (data/events/x.json)", export_to("DATA/events/x.json"), ("--output", "data")),
    ("cli", "export events -o an existing file (overwritten)", export_to("ROOT/existing.csv"), ("--output",)),
    ("cli", "export events -o out.json --format csv (the name says another format)", export_to("ROOT/out.json", "--format", "csv"), ("--format",)),
    ("cli", "export events -o '' (an empty path)", export_to(""), ("--output",)),
    ("cli", "export events --format CSV (capitals)", cli("export", "events", "--format", "CSV"), ("--format",)),
    ("cli", "export events --format tsv", cli("export", "events", "--format", "tsv"), ("--format", "tsv")),
    ("cli", "export ' events ' (spaces around the kind)", cli("export", " events "), ("events",)),
    ("cli", "export events -o a path whose folder does not exist (made)", export_to("ROOT/new/sub/out.csv"), ("--output",)),
    # ---- report
    ("cli", "report state TCD -o naming a folder", report_to("ROOT/afolder", "state", "TCD"), ("--output", "folder")),
    ("cli", "report state TCD -o out.docx", report_to("ROOT/out.docx", "state", "TCD"), ("--output", ".docx")),
    ("cli", "report state TCD -o inside the record's folder (data/report.html)", report_to("DATA/report.html", "state", "TCD"), ("--output", "data")),
    ("cli", "report gaps -o under /proc (not writable)", report_to("/proc/iccwatch-report.html", "gaps"), ("--output", "/proc")),
    ("cli", "report index --year 2001 (before the index's first year)", cli("report", "index", "--year", "2001"), ("--year",)),
    ("cli", "report state ZZZ (no such State)", cli("report", "state", "ZZZ"), ("ZZZ",)),
    ("cli", "report state TCD --format pdf -o r.html", report_to("ROOT/r.html", "state", "TCD", "--format", "pdf"), ("--format",)),
    # ---- index
    ("cli", "index --year 2101", cli("index", "--year", "2101"), ("--year",)),
    ("cli", "index explain ZZZ (no such State)", cli("index", "explain", "ZZZ"), ("ZZZ",)),
    ("cli", "index --weights naming a folder", weights(None), ("--weights",)),
    ("cli", "index --weights naming an empty file", weights(b""), ("--weights", "w.yaml")),
    ("cli", "index --weights naming a file of prose (YAML reads a string)", weights(b"these are my weights\n"), ("--weights", "w.yaml")),
    ("cli", "index --window 0", cli("index", "--window", "0"), ("--window",)),
    ("cli", "index --samples -1", cli("index", "--samples", "-1"), ("--samples",)),
    # ---- the API's query parameters: ranges, pagination, lists
    ("api", "GET /events?paged=true&offset=1000000 (past the end)", api("GET", f"{A}/events?paged=true&offset=1000000"), ("offset",)),
    ("api", "GET /events?limit=1 (a limit without paged=true)", api("GET", f"{A}/events?limit=1"), ("limit", "paged")),
    ("api", "GET /decisions?paged=maybe", api("GET", f"{A}/decisions?paged=maybe"), ("paged",)),
    ("api", "GET /events?state=TCD&state=JOR (a single-valued parameter given twice)", api("GET", f"{A}/events?state=TCD&state=JOR"), ("state",)),
    ("api", "GET /search?q=bashir&kind=trips (a kind the search has not)", api("GET", f"{A}/search?q=bashir&kind=trips"), ("kind", "trips")),
    ("api", "GET /search?q=bashir&kind= (an empty kind)", api("GET", f"{A}/search?q=bashir&kind="), ("kind",)),
    ("api", "GET /search?q=bashir&limit=0", api("GET", f"{A}/search?q=bashir&limit=0"), ("limit",)),
    ("api", "GET /export/events?format=CSV (capitals)", api("GET", f"{A}/export/events?format=CSV"), ("format",)),
    ("api", "GET /map?on=2010-13-01 (a month 13)", api("GET", f"{A}/map?on=2010-13-01"), ("on",)),
    ("api", "GET /assessment/events?state=ZZZ", api("GET", f"{A}/assessment/events?state=ZZZ"), ("state",)),
    ("api", "GET /index?samples=1001 (over the bound)", api("GET", f"{A}/index?samples=1001"), ("samples",)),
    ("api", "GET /states/TCD/obligations?on=1800-01-01", api("GET", f"{A}/states/TCD/obligations?on=1800-01-01"), ("on",)),
    ("api", "GET /decisions?person=nobody-at-all", api("GET", f"{A}/decisions?person=nobody-at-all"), ("person",)),
    ("api", "GET /events?year=2017&on=2010-12-31 (a year after the until day)", api("GET", f"{A}/events?year=2017&on=2010-12-31"), ("year", "on")),
    ("api", "GET /statements?year=1990 (before the Statute)", api("GET", f"{A}/statements?year=1990"), ("year",)),
    ("api", "web page: GET /states/TCD/report.docx", api("GET", "/states/TCD/report.docx"), ("docx", "fmt")),
    ("api", "web page: GET /index/report.html?year=1999", api("GET", "/index/report.html?year=1999"), ("year",)),
    ("api", "web page: GET /events?year=1997", api("GET", "/events?year=1997"), ("year",)),
    ("api", "web page: GET /events?outcome=bogus", api("GET", "/events?outcome=bogus"), ("outcome",)),
    # ---- the monitor's ingest: broken, empty, huge, wrongly encoded feeds and pages; front matter with bad fields
    ("monitor", "ingest an empty .xml feed (0 bytes)", ingest("empty.xml", b""), ("empty.xml",)),
    ("monitor", "ingest an RSS feed with no items", ingest("none.xml", feed("")), ("none.xml",)),
    ("monitor", "ingest an Atom feed whose entry has no link and no date", ingest("atom.xml", ATOM_NO_LINK), ("atom.xml",)),
    ("monitor", "ingest an RSS feed saved as UTF-16 with its BOM", ingest("u16.xml", feed(ITEM, head='<?xml version="1.0" encoding="utf-16"?>').encode("utf-16")), ("u16.xml",)),
    ("monitor", "ingest an RSS feed cut off in the middle of an item", ingest("cut.xml", feed(ITEM)[:150]), ("cut.xml",)),
    ("monitor", "ingest an HTML page in Windows-1252 that says so (meta charset)",
     ingest("w1252.html", html("Omar Al-Bashir arrived in N'Djamena on 22 July 2010 \u2013 caf\u00e9.", "windows-1252").encode("cp1252")), ()),
    ("monitor", "ingest an HTML page that says UTF-8 but holds Latin-1 bytes",
     ingest("lat.html", html("Omar Al-Bashir arrived in N'Djamena on 22 July 2010. Caf\u00e9.").encode("latin-1")), ("lat.html",)),
    ("monitor", "ingest an HTML page of 30 MB", ingest("huge.html", html("Omar Al-Bashir arrived in N'Djamena on 22 July 2010. " * 550_000)), ("huge.html",)),
    ("monitor", "ingest a text with a UTF-8 BOM before its front matter",
     ingest("bom.txt", "\ufeff" + front('url: "https://www.reuters.com/world/x-2010-07-22/"', 'publisher: "Reuters"', 'date: "2010-07-22"')), ()),
    ("monitor", "ingest a text whose front matter gives the date twice",
     ingest("twice.txt", front('url: "https://www.reuters.com/world/x-2010-07-22/"', 'date: "2010-07-22"', 'date: "2010-07-23"')), ("date",)),
    ("monitor", "ingest a text whose front matter publisher is a list",
     ingest("publist.txt", front('url: "https://www.reuters.com/world/x-2010-07-22/"', "publisher: [Reuters, AFP]", 'date: "2010-07-22"')), ("publisher",)),
    ("monitor", "ingest a text whose front matter url is an ftp address",
     ingest("ftp.txt", front('url: "ftp://ftp.reuters.com/x.txt"', 'date: "2010-07-22"')), ("url",)),
    ("monitor", "ingest a text whose front matter has CRLF line ends",
     ingest("crlf.txt", front('url: "https://www.reuters.com/world/x-2010-07-22/"', 'publisher: "Reuters"', 'date: "2010-07-22"', nl="\r\n")), ()),
    ("monitor", "ingest a text whose front matter title is 20,000 characters",
     ingest("title.txt", front('url: "https://www.reuters.com/world/x-2010-07-22/"', 'date: "2010-07-22"', "title: " + "t" * 20_000)), ("title",)),
    ("monitor", "ingest with a --publisher of only spaces", ingest("sp.txt", TEXT, "--date", "2010-07-22", "--publisher", "   "), ("--publisher",)),
    ("monitor", "ingest a folder holding no file", ingest_folder_empty, ("in",)),
    # ---- concurrency
    ("build", "two data builds at once on one record and store", two_builds, ()),
    ("build", "a data build while the API answers over the same store", build_while_serving, ()),
    ("monitor", "two reviewers accepting two candidates at once", two_reviewers(False), ()),
    ("monitor", "two reviewers accepting the same candidate at once", two_reviewers(True), ()),
]

_ = BASHIR

ROOT = Path(__file__).resolve().parents[2]
WORDS = {"lookups/monitor_words.yaml": (ROOT / "data" / "lookups" / "monitor_words.yaml").read_text(encoding="utf-8")}


def run(out: Path, only: set[str] | None) -> None:
    r14.EXE = os.environ.get("ICCWATCH_PROBE_EXE") or r14.EXE  # "before": a command running the round's starting code
    r14.EXTRA = {**r14.EXTRA, **WORDS}
    r14.KINDS = KINDS
    r14.run(out, only)


if __name__ == "__main__":
    main(run)
