"""Round twenty of the bad input, the paths beside the record (not a test; run by hand, its rows are in ROUND20.md):
weighted, as the brief asked, to what a reviewer or a user of the other interfaces does wrong. The review queue and the
accept path: a candidate edited by hand in the queue into a bad shape (its id, its type, its evidence, its document),
an accept after a reject, an accept naming an id of another kind, a source on a content farm or on no listed publisher,
``--data`` naming an empty folder; the web's monitor page and the API over such a queue; the command line and the API
given days no calendar has, lower-case codes, ids with path separators, the new ``today`` of a question.

Each kind runs through round fourteen's sandbox and judge (``round14_probe``: a copy of the small record and of a store
built from it, the real ``iccwatch`` command in its own process, the API through FastAPI's test client; every file
under ``data/`` and every row of the store hashed before and after), so "CHANGED" marks a refusal that changed
something.

    PYTHONPATH=src python tests/dataset/round20_paths.py OUT.json [WHAT ...]
    PYTHONPATH=src python tests/dataset/round20_paths.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import round14_probe as r14  # noqa: E402
from probe_harness import BASHIR, main  # noqa: E402
from round14_probe import Env, Kind, api, candidate, cli, ingest  # noqa: E402

A = "/api/v1"
TEXT = "Omar Al-Bashir arrived in N'Djamena on 22 July 2010 for a summit."
VISIT = f"events/2010-07-22-{BASHIR}-chad.yaml"


def tamper(env: Env, cid: str, payload: dict[str, Any] | None = None, document: dict[str, Any] | None = None,
           row: dict[str, Any] | None = None, raw_payload: str | None = None) -> None:
    """Edit a queued candidate by hand in the store (as someone with a SQL shell would)."""
    con = sqlite3.connect(env.db)
    try:
        if payload is not None or raw_payload is not None:
            (old,) = con.execute("select payload from ops_candidates where id = ?", (cid,)).fetchone()
            new = raw_payload if raw_payload is not None else json.dumps({**json.loads(old), **payload})
            con.execute("update ops_candidates set payload = ? where id = ?", (new, cid))
        for k, v in (row or {}).items():
            con.execute(f"update ops_candidates set {k} = ? where id = ?", (v, cid))  # noqa: S608 - the probe's own column names
        if document:
            (doc,) = con.execute("select document_id from ops_candidates where id = ?", (cid,)).fetchone()
            for k, v in document.items():
                con.execute(f"update ops_documents set {k} = ? where id = ?", (v, doc))  # noqa: S608
        con.commit()
    finally:
        con.close()


def second_candidate(env: Env, cid: str = "00000000000000bb", **fields: str) -> str:
    """A second pending candidate (another document: Al Jazeera), a visit to Jordan by default."""
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import Candidate, Evidence
    from iccwatch.monitor.queue import Queue

    text = "Omar Al-Bashir arrived in Amman on 29 March 2017 for the Arab League summit."
    doc = make_document(text, url="https://www.aljazeera.com/news/x-2017-03-29", title="Bashir in Jordan", publisher="Al Jazeera", date="2017-03-29")
    fields = {"person": BASHIR, "state": "JOR", "date": "2017-03-29", **fields}
    c = Candidate(id=cid, document=doc.id, type="visit", evidence=Evidence(sentence=text, start=0, end=len(text)),
                  confidence=0.9, method="probe", **fields)
    q = Queue(env.url)
    q.add(doc, [(c, None)])
    q.close()
    return c.id


def queued(change: Callable[[Env, str], None], *args: str) -> Callable[[Env], Any]:
    """A review command (``CID`` in args is the candidate's id) on a candidate queued, then changed by ``change``;
    the hashes are taken after both (round fourteen's ``review`` door)."""
    def run(env: Env) -> Any:
        cid = candidate(env)
        change(env, cid)
        return ("review", cid, [a.replace("CID", cid) for a in args])
    return run


ACCEPT = ("monitor", "review", "accept", "CID", "--reviewer", "probe")


def steps(*commands: tuple[str, ...], setup: Callable[[Env, str], None] | None = None) -> Callable[[Env], Any]:
    """Several commands in turn on one queued candidate (hashes before the first); the last one's answer is judged,
    with every earlier one's exit code shown."""
    def run(env: Env) -> Any:
        cid = candidate(env)
        if setup:
            setup(env, cid)
        said = []
        code, out = 0, ""
        for c in commands:
            code, out = env.cli(*[a.replace("CID", cid) for a in c])
            said.append(f"[{' '.join(c[2:4])}: exit {code}]")
        return ("cli", code, " ".join(said) + " " + out)
    return run


def accept_then_list(change: Callable[[Env, str], None]) -> Callable[[Env], Any]:
    """An accept of candidate A after ``change``; then every candidate's status: passes only where A alone is decided."""
    def run(env: Env) -> Any:
        a = candidate(env)
        second_candidate(env)
        change(env, a)
        code, out = env.cli(*[x.replace("CID", a) for x in ACCEPT])
        code2, out2 = env.cli("monitor", "review", "accept", "00000000000000bb", "--reviewer", "probe")
        con = sqlite3.connect(env.db)
        statuses = dict(con.execute("select id, status from ops_candidates").fetchall())
        con.close()
        return ("cli", code, f"accept A: exit {code}; accept B: exit {code2} ({' '.join(out2.split())[-160:]}); statuses {statuses}; "
                f"{' '.join(out.split())[-300:]}")
    return run


def web(path: str, setup: Callable[[Env, str], None] | None = None) -> Callable[[Env], Any]:
    """A web page (or API address) over the sandbox's store, a candidate queued (and changed by ``setup``) first."""
    def run(env: Env) -> Any:
        from fastapi.testclient import TestClient

        from iccwatch.app import create_app
        from iccwatch.settings import Settings

        if setup:
            setup(env, candidate(env))
        app = create_app(Settings(data_dir=env.data, db_url=env.url))
        with TestClient(app, raise_server_exceptions=False) as c:
            r = c.get(path)
        return ("api", r.status_code, r.text[:600])
    return run


def _payload(**fields: Any) -> Callable[[Env, str], None]:
    return lambda env, cid: tamper(env, cid, payload=fields)


def _document(**fields: Any) -> Callable[[Env, str], None]:
    return lambda env, cid: tamper(env, cid, document=fields)


def _empty_data(env: Env) -> str:
    p = env.root / "empty"
    p.mkdir()
    return str(p)


def with_data(make: Callable[[Env], str], *args: str) -> Callable[[Env], Any]:
    """An accept with --data naming a folder ``make`` prepares."""
    def run(env: Env) -> Any:
        cid = candidate(env)
        folder = make(env)
        return ("cli", *env.cli(*[a.replace("CID", cid) for a in ACCEPT], "--data", folder, *args))
    return run


def _stray_only(env: Env) -> str:
    p = env.root / "stray"
    p.mkdir()
    (p / "notes.txt").write_text("a note left in the folder\n", encoding="utf-8")
    return str(p)


def accept_during_build(env: Env) -> Any:
    """An accept while ``data build`` runs on the same data/ and store: both end well, the accepted file is in data/,
    the store is readable, the queue marks the candidate accepted."""
    cid = candidate(env)
    e = {**os.environ, "ICCWATCH_DATA": str(env.data), "ICCWATCH_DB": str(env.db), "COLUMNS": "200", "NO_COLOR": "1"}
    build = subprocess.Popen([r14.EXE, "data", "build", "--data", str(env.data), "--db", str(env.db)], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=e, cwd=env.root)
    code, out = env.cli(*[a.replace("CID", cid) for a in ACCEPT])
    bcode = build.wait(timeout=300)
    bout = build.stdout.read() if build.stdout else ""
    con = sqlite3.connect(env.db)
    status = con.execute("select status from ops_candidates where id = ?", (cid,)).fetchone()
    con.close()
    ok = code == 0 and bcode == 0 and (env.data / VISIT).exists() and status == ("accepted",)
    return ("cli", 0 if ok else 1, f"accept exit {code}, build exit {bcode}, file {(env.data / VISIT).exists()}, queue {status}; "
            f"{' '.join(out.split())[-200:]} || {' '.join(bout.split())[-200:]}")


def two_matches(env: Env) -> Any:
    candidate(env)
    second_candidate(env, cid="00000000000000ab")
    return ("cli", *env.cli("monitor", "review", "accept", "00000000000000a", "--reviewer", "probe"))


def _q(text: str) -> str:
    from urllib.parse import quote
    return quote(text)


Q = _q("Must Chad arrest Omar Al-Bashir?")

KINDS: list[Kind] = [
    # ---- controls
    ("monitor", "control: review accept of a queued visit", steps(ACCEPT), ()),
    ("api", "control: GET /question?today=2010-07-21", api("GET", f"{A}/question?q={Q}&today=2010-07-21"), ()),
    # ---- the review queue: a candidate edited by hand in the store into a bad shape
    ("monitor", "accept of a candidate whose stored payload's id names another pending candidate (then an accept of that other)",
     accept_then_list(lambda env, cid: tamper(env, cid, payload={"id": "00000000000000bb"})), ("id", "00000000000000bb")),
    ("monitor", "review accept of a candidate whose stored payload's type differs from its row's (row visit, payload warrant_issued)",
     queued(_payload(type="warrant_issued"), *ACCEPT, "--set", "situation=darfur-sudan"), ("type",)),
    ("monitor", "review accept of a candidate whose stored type is no candidate type (teleport, in the row and the payload)",
     queued(lambda env, cid: tamper(env, cid, payload={"type": "teleport"}, row={"type": "teleport"}), *ACCEPT), ("type", "teleport")),
    ("monitor", "review accept of a candidate whose stored date is a number (20100722)", queued(_payload(date=20100722), *ACCEPT), ("date",)),
    ("monitor", "review accept of a candidate whose stored person holds a path (../persons/x)",
     queued(_payload(person="../persons/x"), *ACCEPT), ("person", "../persons/x")),
    ("monitor", "review accept of a candidate whose stored person is a State's code (TCD)", queued(_payload(person="TCD"), *ACCEPT), ("person", "TCD")),
    ("monitor", "review accept of a candidate whose stored state is lower case (tcd)", queued(_payload(state="tcd"), *ACCEPT), ("state", "tcd")),
    ("monitor", "review accept of a candidate whose evidence lies past the document's end (characters 5000-5066)",
     queued(_payload(evidence={"sentence": TEXT, "start": 5000, "end": 5066}), *ACCEPT), ("evidence", "characters")),
    ("monitor", "review accept of a candidate whose evidence quotes a sentence the document does not hold",
     queued(_payload(evidence={"sentence": "Omar Al-Bashir was arrested in N'Djamena on 22 July 2010.", "start": 0, "end": 57}), *ACCEPT),
     ("evidence",)),
    ("monitor", "review accept of a candidate whose evidence starts at a negative offset (-5)",
     queued(_payload(evidence={"sentence": TEXT, "start": -5, "end": 60}), *ACCEPT), ("evidence", "start")),
    ("monitor", "review accept of a candidate whose stored payload is a JSON list", queued(lambda env, cid: tamper(env, cid, raw_payload="[1, 2]"), *ACCEPT),
     ("payload", "malformed")),
    ("monitor", "review accept of a candidate whose stored payload is not JSON", queued(lambda env, cid: tamper(env, cid, raw_payload="{not json"), *ACCEPT),
     ("payload", "malformed", "JSON")),
    ("monitor", "review show of a candidate whose stored payload is not JSON",
     queued(lambda env, cid: tamper(env, cid, raw_payload="{not json"), "monitor", "review", "show", "CID"), ("payload", "JSON")),
    ("monitor", "review list over a queue holding a candidate whose payload is not JSON",
     queued(lambda env, cid: tamper(env, cid, raw_payload="{not json"), "monitor", "review", "list"), ("payload", "JSON")),
    ("monitor", "review accept of a candidate whose document's address is file:///etc/passwd",
     queued(_document(url="file:///etc/passwd"), *ACCEPT), ("address", "url")),
    ("monitor", "review accept of a candidate whose document's address holds a user and password",
     queued(_document(url="https://user:secret@www.reuters.com/world/x-2010-07-22/"), *ACCEPT), ("user", "password", "url")),
    ("monitor", "review accept of a candidate whose document is on a content farm (graded X: 24ukraine.com)",
     queued(_document(url="https://24ukraine.com/x-2010-07-22", publisher="24ukraine.com"), *ACCEPT), ("24ukraine", "grade")),
    ("monitor", "review accept of a candidate whose document is on no listed publisher's domain",
     queued(_document(url="https://www.example-unlisted-news.org/x", publisher="Example"), *ACCEPT), ("example-unlisted-news", "domain")),
    ("monitor", "review accept of a candidate whose document's date is a day no calendar has (2010-02-30)",
     queued(_document(date="2010-02-30"), *ACCEPT), ("date", "2010-02-30")),
    ("monitor", "review accept of a candidate whose document's publisher is another than its domain's (reuters.com as Al Jazeera)",
     queued(_document(publisher="Al Jazeera"), *ACCEPT), ("publisher",)),
    # ---- the accept path: decided twice, ids of other kinds, sources given by hand
    ("monitor", "reject then accept of one candidate",
     steps(("monitor", "review", "reject", "CID", "--reviewer", "probe", "--reason", "not a visit"), ACCEPT), ("rejected",)),
    ("monitor", "accept twice of one candidate", steps(ACCEPT, ACCEPT), ("accepted",)),
    ("monitor", "accept then reject of one candidate",
     steps(ACCEPT, ("monitor", "review", "reject", "CID", "--reviewer", "probe", "--reason", "second thoughts")), ("accepted",)),
    ("monitor", "review accept naming a person's id as the candidate id", queued(lambda env, cid: None, "monitor", "review", "accept", BASHIR,
                                                                                 "--reviewer", "probe"), (BASHIR,)),
    ("monitor", "accept of a prefix two candidates share", two_matches, ("matches",)),
    ("monitor", "review accept --set person=darfur-sudan (a situation's id)", queued(lambda env, cid: None, *ACCEPT, "--set", "person=darfur-sudan"),
     ("darfur-sudan", "person")),
    ("monitor", "review accept --set person=tcd (a State's code in lower case)", queued(lambda env, cid: None, *ACCEPT, "--set", "person=tcd"),
     ("tcd", "person")),
    ("monitor", "review accept --set person=../states/TCD (a path)", queued(lambda env, cid: None, *ACCEPT, "--set", "person=../states/TCD"),
     ("person",)),
    ("monitor", "review accept --set date=9999-12-31", queued(lambda env, cid: None, *ACCEPT, "--set", "date=9999-12-31"), ("date", "9999")),
    ("monitor", "review accept --set end_date=9999-12-31", queued(lambda env, cid: None, *ACCEPT, "--set", "end_date=9999-12-31"), ("end_date", "9999")),
    ("monitor", "review accept --source-url on a content farm (graded X: 24ukraine.com)",
     queued(lambda env, cid: None, *ACCEPT, "--source-url", "https://24ukraine.com/x-2010-07-22"), ("24ukraine", "grade")),
    ("monitor", "review accept --source-url on no listed publisher's domain",
     queued(lambda env, cid: None, *ACCEPT, "--source-url", "https://www.example-unlisted-news.org/x"), ("example-unlisted-news", "domain")),
    ("monitor", "review accept --source-url naming the Court's page for a Reuters document (the document's title, publisher and pinpoint carried over)",
     queued(lambda env, cid: None, *ACCEPT, "--source-url", "https://www.icc-cpi.int/darfur/albashir"), ("--source-url", "publisher")),
    ("monitor", "accept --data naming an empty folder", with_data(_empty_data), ("--data",)),
    ("monitor", "accept --data naming a folder that does not exist", with_data(lambda env: str(env.root / "nowhere")), ("--data", "nowhere")),
    ("monitor", "accept --data naming a folder holding only a stray text file", with_data(_stray_only), ("--data", "stray")),
    ("monitor", "accept while a data build runs on the same data/ and store", accept_during_build, ()),
    # ---- the web's monitor page and the API over the queue
    ("api", "web page: GET /monitor?status=bogus", web("/monitor?status=bogus"), ("status",)),
    ("api", "web page: GET /monitor?sort=<script>", web("/monitor?sort=%3Cscript%3E"), ("sort",)),
    ("api", "web page: GET /monitor?dir=sideways", web("/monitor?dir=sideways"), ("dir",)),
    ("api", "web page: GET /monitor over a candidate whose stored person is a list", web("/monitor", _payload(person=["a", "b"])), ("person",)),
    ("api", "web page: GET /monitor over a candidate whose stored payload is not JSON",
     web("/monitor", lambda env, cid: tamper(env, cid, raw_payload="{not json")), ("payload",)),
    ("api", "GET /monitor/candidates over a candidate whose stored date is a number", web(f"{A}/monitor/candidates", _payload(date=20100722)),
     ("date",)),
    ("api", "GET /monitor/candidates over a candidate whose stored payload is not JSON",
     web(f"{A}/monitor/candidates", lambda env, cid: tamper(env, cid, raw_payload="{not json")), ("payload",)),
    ("api", "GET /monitor/alerts over a candidate whose stored payload is a JSON list",
     web(f"{A}/monitor/alerts", lambda env, cid: tamper(env, cid, raw_payload="[1]")), ("payload",)),
    # ---- the command line and the API: bad values
    ("api", "GET /question?today=2024-02-30", api("GET", f"{A}/question?q={Q}&today=2024-02-30"), ("today",)),
    ("api", "GET /question?today=0000-01-01", api("GET", f"{A}/question?q={Q}&today=0000-01-01"), ("today",)),
    ("api", "GET /question?today=9999-12-31", api("GET", f"{A}/question?q={Q}&today=9999-12-31"), ("today",)),
    ("api", "GET /question?today=tomorrow", api("GET", f"{A}/question?q={Q}&today=tomorrow"), ("today",)),
    ("api", "GET /question?today= (empty)", api("GET", f"{A}/question?q={Q}&today="), ("today",)),
    ("cli", "ask question --today 2024-02-30", cli("ask", "question", "Must Chad arrest Omar Al-Bashir?", "--today", "2024-02-30"), ("--today", "today")),
    ("cli", "ask question --today 1800-01-01", cli("ask", "question", "Must Chad arrest Omar Al-Bashir?", "--today", "1800-01-01"), ("--today", "today")),
    ("api", "GET /states/tcd (a code in lower case)", api("GET", f"{A}/states/tcd"), ("tcd",)),
    ("api", "GET /persons/..%2Fstates%2FTCD (a path in a person id)", api("GET", f"{A}/persons/..%2Fstates%2FTCD"), ("person", "states")),
    ("api", "GET /events?state=tcd", api("GET", f"{A}/events?state=tcd"), ("state",)),
    ("api", "GET /events?state=ZZZ", api("GET", f"{A}/events?state=ZZZ"), ("state",)),
    ("api", "GET /events?year=99999", api("GET", f"{A}/events?year=99999"), ("year",)),
    ("cli", "person ../states/TCD (a path as a person)", cli("person", "../states/TCD"), ("../states/TCD", "person")),
    ("cli", "state tcd (lower case)", cli("state", "tcd"), ("tcd",)),
    ("cli", "events --state tcd", cli("events", "--state", "tcd"), ("tcd", "--state")),
    ("cli", "events --state ZZZ", cli("events", "--state", "ZZZ"), ("ZZZ", "--state")),
    ("cli", "data check --data naming an empty folder", lambda env: ("cli", *env.cli("data", "check", "--data", _empty_data(env))), ("--data", "empty")),
    ("build", "data build --data naming a folder holding only a stray text file",
     lambda env: ("build", *env.cli("data", "build", "--data", _stray_only(env), "--db", str(env.db))), ("stray", "--data")),
    ("monitor", "ingest with --date 0000-01-01", ingest("d0.txt", TEXT, "--date", "0000-01-01"), ("--date",)),
    ("monitor", "ingest with an empty --publisher", ingest("p0.txt", TEXT, "--date", "2010-07-22", "--publisher", ""), ("--publisher",)),
    ("monitor", "list of the review queue with --type teleport (no such candidate type)", cli("monitor", "review", "list", "--type", "teleport"), ("--type", "teleport")),
]


ROOT = Path(__file__).resolve().parents[2]
#: The monitor reads its words from the store (round nineteen): the sandbox's record gets the bundled monitor_words.yaml.
WORDS = {"lookups/monitor_words.yaml": (ROOT / "data" / "lookups" / "monitor_words.yaml").read_text(encoding="utf-8")}


def run(out: Path, only: set[str] | None) -> None:
    r14.EXTRA = {**r14.EXTRA, **WORDS}
    r14.KINDS = KINDS  # round fourteen's runner and judge, over this round's kinds
    r14.run(out, only)


if __name__ == "__main__":
    main(run)
