"""Round twenty-two of the bad input, the paths beside the record (not a test; run by hand, its rows are in ROUND22.md):
weighted, as the brief asked, to what rounds fourteen to twenty-one tried least: the command line's numeric and text
options (zero, negative and huge limits, empty strings, options given twice, options that do not exist), the REST API's
parameters (unicode, overlong, injection-like strings, search syntax) and methods and bodies (a method a path does not
take, a JSON or text body where a file is asked for, a wrong content type), the monitor's review queue (an accept
repeated, an accept after the record or the queue changed under it, edits to invalid values, ids that are patterns)
and concurrency (an edit and an accept at once, an accept and a reject at once, two ingests into one store, a build
while a reviewer edits).

Each kind runs through round fourteen's sandbox and judge (``round14_probe``: a copy of the small record and of a store
built from it, the real ``iccwatch`` command in its own process, the API through FastAPI's test client; every file
under ``data/`` and every row of the store hashed before and after), so "CHANGED" marks a refusal that changed
something.

    PYTHONPATH=src python tests/dataset/round22_paths.py OUT.json [WHAT ...]
    PYTHONPATH=src python tests/dataset/round22_paths.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import round14_probe as r14  # noqa: E402
from probe_harness import BASHIR, main  # noqa: E402
from round14_probe import Env, Kind, api, candidate, cli, ingest  # noqa: E402
from round20_paths import ACCEPT, VISIT, second_candidate, steps, tamper  # noqa: E402

A = "/api/v1"
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 for a summit.\n"
WEIGHTS = (Path(__file__).resolve().parents[2] / "src" / "iccwatch" / "assess" / "default_weights.yaml").read_bytes()


def q(text: str) -> str:
    return quote(text, safe="")


def edit(*sets: str) -> tuple[str, ...]:
    return ("monitor", "review", "edit", "CID", *[x for s in sets for x in ("--set", s)])


def queued_cmd(*args: str) -> Callable[[Env], Any]:
    """A review command on a pending candidate, the hashes taken after it was queued (round fourteen's review door)."""
    def run(env: Env) -> Any:
        cid = candidate(env)
        return ("review", cid, [a.replace("CID", cid) for a in args])
    return run


def after_change(change: Callable[[Env, str], None], *args: str) -> Callable[[Env], Any]:
    """A review command after ``change`` (to data/ or the queue) once the candidate is queued; hashes after the change."""
    def run(env: Env) -> Any:
        cid = candidate(env)
        change(env, cid)
        return ("review", cid, [a.replace("CID", cid) for a in args])
    return run


def _drop_person(env: Env, cid: str) -> None:
    (env.data / "persons" / f"{BASHIR}.yaml").unlink()


def _break_state(env: Env, cid: str) -> None:
    p = env.data / "states" / "TCD.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("iso3: TCD", "iso3: [TCD", 1), encoding="utf-8")


def _drop_document(env: Env, cid: str) -> None:
    con = sqlite3.connect(env.db)
    (doc,) = con.execute("select document_id from ops_candidates where id = ?", (cid,)).fetchone()
    con.execute("delete from ops_documents where id = ?", (doc,))
    con.commit()
    con.close()


def _write_event_by_hand(env: Env, cid: str) -> None:
    """The same trip written by hand under another id (a day's trip, the next day's file)."""
    src = env.data / "events" / f"2010-07-21-{BASHIR}-chad.yaml"
    text = src.read_text(encoding="utf-8").replace("2010-07-21", "2010-07-22")
    (env.data / VISIT).write_text(text, encoding="utf-8")


def _mark(status: str) -> Callable[[Env, str], None]:
    return lambda env, cid: tamper(env, cid, row={"status": status})


def concurrently(*commands: tuple[str, ...], second: bool = False, check: Callable[[Env, str, list[tuple[int, str]]], tuple[bool, str]]) -> Callable[[Env], Any]:
    """Several commands at once (threads, each its own process) on one queued candidate (and a second one if asked);
    ``check`` reads the outcome (data/, the queue) and says whether it is whole."""
    def run(env: Env) -> Any:
        cid = candidate(env)
        if second:
            second_candidate(env)
        res: list[tuple[int, str]] = [(0, "")] * len(commands)

        def go(i: int, c: tuple[str, ...]) -> None:
            res[i] = env.cli(*[a.replace("CID", cid) for a in c])

        ts = [threading.Thread(target=go, args=(i, c)) for i, c in enumerate(commands)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        ok, said = check(env, cid, res)
        shown = "; ".join(f"[{' '.join(c[2:3])}: exit {code} {' '.join(out.split())[-140:]}]" for c, (code, out) in zip(commands, res, strict=True))
        return ("cli", 0 if ok else 1, f"{said}; {shown}")
    return run


def _statuses(env: Env) -> dict[str, str]:
    con = sqlite3.connect(env.db)
    try:
        return dict(con.execute("select id, status from ops_candidates").fetchall())
    finally:
        con.close()


def _accept_and_reject(env: Env, cid: str, res: list[tuple[int, str]]) -> tuple[bool, str]:
    st = _statuses(env)[cid]
    written = (env.data / VISIT).exists()
    codes = sorted(c for c, _ in res)
    ok = codes[0] == 0 and codes[1] != 0 and ((st == "accepted") == written) and st in ("accepted", "rejected")
    return ok, f"status {st}, file written {written}"


def _edit_and_accept(env: Env, cid: str, res: list[tuple[int, str]]) -> tuple[bool, str]:
    """Whole: accepted, one file written, and the edit either made before the accept (the file is the edited day's) or
    refused as coming after it; never an edit said done and lost."""
    st = _statuses(env)[cid]
    old = (env.data / VISIT).exists()
    edited = (env.data / VISIT.replace("2010-07-22", "2010-07-23")).exists()
    edit_code = res[0][0]
    ok = st == "accepted" and old != edited and (edited if edit_code == 0 else old)
    return ok, f"status {st}, edit exit {edit_code}, file of 2010-07-22 {old}, of 2010-07-23 {edited}"


def two_ingests(env: Env) -> Any:
    """Two ``monitor ingest`` at once into one store, of two documents: both end, both documents queued."""
    a = env.root / "in1" / "a.txt"
    b = env.root / "in2" / "b.txt"
    for p, day in ((a, "2010-07-22"), (b, "2013-07-15")):
        p.parent.mkdir()
        p.write_text(f"---\nurl: \"https://www.reuters.com/world/x-{day}/\"\npublisher: \"Reuters\"\ndate: \"{day}\"\n---\n"
                     f"Omar Al-Bashir arrived in {'Chad' if day.startswith('2010') else 'Abuja'} on {day} for a summit.\n", encoding="utf-8")
    res: list[tuple[int, str]] = [(0, ""), (0, "")]

    def go(i: int, p: Path) -> None:
        res[i] = env.cli("monitor", "ingest", str(p), "--db", str(env.db))

    ts = [threading.Thread(target=go, args=(i, p)) for i, p in enumerate((a, b))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    con = sqlite3.connect(env.db)
    docs = con.execute("select count(*) from ops_documents").fetchone()[0]
    con.close()
    ok = [c for c, _ in res] == [0, 0] and docs == 2
    return ("cli", 0 if ok else 1, f"exits {[c for c, _ in res]}; documents {docs}; " + " || ".join(" ".join(o.split())[-160:] for _, o in res))


def build_while_editing(env: Env) -> Any:
    """``review edit`` while ``data build`` rewrites the store the queue lives in: both end, the edit kept."""
    cid = candidate(env)
    e = {**os.environ, "ICCWATCH_DATA": str(env.data), "ICCWATCH_DB": str(env.db), "COLUMNS": "200", "NO_COLOR": "1"}
    build = subprocess.Popen([r14.EXE, "data", "build", "--data", str(env.data), "--db", str(env.db)], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=e, cwd=env.root)
    code, out = env.cli("monitor", "review", "edit", cid, "--set", "date=2010-07-23")
    bcode = build.wait(timeout=300)
    con = sqlite3.connect(env.db)
    (payload,) = con.execute("select payload from ops_candidates where id = ?", (cid,)).fetchone()
    con.close()
    ok = code == 0 and bcode == 0 and '"2010-07-23"' in payload
    return ("cli", 0 if ok else 1, f"edit exit {code}, build exit {bcode}, edit kept {'2010-07-23' in payload}; {' '.join(out.split())[-200:]}")


def list_while_ingesting(env: Env) -> Any:
    """``review list`` over and over while an ingest writes the queue: no list fails."""
    p = env.root / "in" / "a.txt"
    p.parent.mkdir()
    p.write_text(TEXT * 200, encoding="utf-8")
    e = {**os.environ, "ICCWATCH_DATA": str(env.data), "ICCWATCH_DB": str(env.db), "COLUMNS": "200", "NO_COLOR": "1"}
    ing = subprocess.Popen([r14.EXE, "monitor", "ingest", str(p), "--db", str(env.db), "--date", "2010-07-22", "--publisher", "Reuters"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=e, cwd=env.root)
    codes = []
    while ing.poll() is None and len(codes) < 20:
        codes.append(env.cli("monitor", "review", "list", "--status", "all")[0])
    icode = ing.wait(timeout=300)
    bad = [c for c in codes if c != 0]
    return ("cli", 0 if icode == 0 and not bad else 1, f"ingest exit {icode}; {len(codes)} lists, failed: {bad}")


def upload(files: Any = None, data: Any = None, content: bytes | None = None, headers: dict[str, str] | None = None, path: str = f"{A}/index") -> Any:
    return api("POST", path, files=files, data=data, content=content, headers=headers)


KINDS: list[Kind] = [
    # ---- controls
    ("cli", "control: search bashir --limit 5", cli("search", "bashir", "--limit", "5"), ()),
    ("api", "control: GET /search?q=bashir&limit=5", api("GET", f"{A}/search?q=bashir&limit=5"), ()),
    ("monitor", "control: review edit --set date=2010-07-23 then accept", steps(edit("date=2010-07-23"), ACCEPT), ()),
    # ---- the command line's options
    ("cli", "search bashir --limit 0", cli("search", "bashir", "--limit", "0"), ("--limit",)),
    ("cli", "search bashir --limit -1", cli("search", "bashir", "--limit", "-1"), ("--limit",)),
    ("cli", "search bashir --limit 201 (over the bound)", cli("search", "bashir", "--limit", "201"), ("--limit",)),
    ("cli", "search bashir --limit 10**30", cli("search", "bashir", "--limit", "1" + "0" * 30), ("--limit",)),
    ("cli", "search bashir --limit ten", cli("search", "bashir", "--limit", "ten"), ("--limit",)),
    ("cli", "search bashir --limit 5 --limit 7 (an option twice)", cli("search", "bashir", "--limit", "5", "--limit", "7"), ("--limit",)),
    ("cli", "search '' (an empty word)", cli("search", ""), ("words", "WORDS", "empty")),
    ("cli", "search of only spaces", cli("search", "   "), ("words", "WORDS", "empty", "blank")),
    ("cli", "search with an SQL-like string ('; DROP TABLE persons; --)", cli("search", "'; DROP TABLE persons; --"), ()),
    ("cli", "search with an unbalanced double quote (\"bashir)", cli("search", '"bashir'), ()),
    ("cli", "search with full-text syntax (NEAR(bashir chad))", cli("search", "NEAR(bashir", "chad)"), ()),
    ("cli", "search for a lone asterisk (*)", cli("search", "*"), ()),
    ("cli", "search with a right-to-left override character", cli("search", "\u202ebashir"), ()),
    ("cli", "search --kind trips (a kind the search has not)", cli("search", "bashir", "--kind", "trips"), ("--kind", "trips")),
    ("cli", "search --kind '' (an empty kind)", cli("search", "bashir", "--kind", ""), ("--kind",)),
    ("cli", "state TCD --on given twice (two days)", cli("state", "TCD", "--on", "2010-07-21", "--on", "2017-03-29"), ("--on",)),
    ("cli", "state TCD --lang fr (an option that does not exist)", cli("state", "TCD", "--lang", "fr"), ("--lang",)),
    ("cli", "state '' (an empty State)", cli("state", ""), ("STATE", "state", "empty")),
    ("cli", "person ../states/TCD (a path for a person)", cli("person", "../states/TCD"), ("../states/TCD",)),
    ("cli", "events --year 0", cli("events", "--year", "0"), ("--year",)),
    ("cli", "events --year 99999", cli("events", "--year", "99999"), ("--year",)),
    ("cli", "events --year '' (empty)", cli("events", "--year", ""), ("--year",)),
    ("cli", "events --state tcd (lower case)", cli("events", "--state", "tcd"), ("--state", "tcd")),
    ("cli", "events --state TCD --state JOR (an option twice)", cli("events", "--state", "TCD", "--state", "JOR"), ("--state",)),
    ("cli", "export events --format '' (an empty format)", cli("export", "events", "--format", ""), ("--format",)),
    ("cli", "monitor review list --status '' (empty)", cli("monitor", "review", "list", "--status", ""), ("--status",)),
    ("cli", "monitor review list --type '' (empty)", cli("monitor", "review", "list", "--type", ""), ("--type",)),
    ("cli", "monitor review list --status pending --status all (an option twice)", cli("monitor", "review", "list", "--status", "pending", "--status", "all"), ("--status",)),
    ("cli", "index --samples 10**30", cli("index", "--samples", "1" + "0" * 30), ("--samples",)),
    ("cli", "index --year '' (empty)", cli("index", "--year", ""), ("--year",)),
    ("cli", "ask question '' (an empty question)", cli("ask", "question", ""), ("question", "QUESTION", "empty")),
    ("cli", "ask question of 100,000 characters", cli("ask", "question", "Must Chad arrest Bashir? " * 4000), ("question", "QUESTION", "characters")),
    # ---- the API's parameters
    ("api", "GET /search?q=<201 characters> (over the bound)", api("GET", f"{A}/search?q={'b' * 201}"), ("q",)),
    ("api", "GET /search?q=%00 (a NUL)", api("GET", f"{A}/search?q=%00"), ("q",)),
    ("api", "GET /search?q= an SQL-like string", api("GET", f"{A}/search?q={q(chr(39) + '; DROP TABLE persons; --')}"), ()),
    ("api", "GET /search?q= an unbalanced quote (\"bashir)", api("GET", f"{A}/search?q={q(chr(34) + 'bashir')}"), ()),
    ("api", "GET /search?q=NEAR(bashir chad) (full-text syntax)", api("GET", f"{A}/search?q={q('NEAR(bashir chad)')}"), ()),
    ("api", "GET /search?q=* (a lone asterisk)", api("GET", f"{A}/search?q=*"), ()),
    ("api", "GET /search?q= a right-to-left override and a combining mark", api("GET", f"{A}/search?q={q(chr(0x202E) + 'bashi' + chr(0x301) + 'r')}"), ()),
    ("api", "GET /search?q= an emoji", api("GET", f"{A}/search?q={q(chr(0x1F30D))}"), ()),
    ("api", "GET /search?q=%ff (not UTF-8 once decoded)", api("GET", f"{A}/search?q=%ff"), ("q",)),
    ("api", "GET /search?q=bashir&limit=1e3", api("GET", f"{A}/search?q=bashir&limit=1e3"), ("limit",)),
    ("api", "GET /search?q=bashir&limit=10**30", api("GET", f"{A}/search?q=bashir&limit={'1' + '0' * 30}"), ("limit",)),
    ("api", "GET /persons/<unicode id> (omär)", api("GET", f"{A}/persons/{q('om' + chr(0xE4) + 'r')}"), ("person",)),
    ("api", "GET /persons/<an id of 5,000 letters>", api("GET", f"{A}/persons/{'a' * 5000}"), ("person",)),
    ("api", "GET /persons/..%2f..%2fmeta (an encoded path)", api("GET", f"{A}/persons/..%2f..%2fmeta"), ("person", "path")),
    ("api", "GET /states/TCD%00 (a NUL after the code)", api("GET", f"{A}/states/TCD%00"), ("state",)),
    ("api", "GET /states/<script>", api("GET", f"{A}/states/{q('<script>')}"), ("state",)),
    ("api", "GET /events?state=TCD' OR '1'='1", api("GET", f"{A}/events?state={q(chr(39).join(['TCD', ' OR ', '1', '=', '1']))}"), ("state",)),
    ("api", "GET /events?limit=-1", api("GET", f"{A}/events?limit=-1"), ("limit",)),
    ("api", "GET /events?offset=-1", api("GET", f"{A}/events?offset=-1"), ("offset",)),
    ("api", "GET /events?year= (empty)", api("GET", f"{A}/events?year="), ("year",)),
    ("api", "GET /question?q= an empty question", api("GET", f"{A}/question?q="), ("q",)),
    ("api", "GET /monitor/candidates?status=<script>", api("GET", f"{A}/monitor/candidates?status={q('<script>')}"), ("status",)),
    ("api", "GET /monitor/candidates?status=pending&status=all (a parameter twice)", api("GET", f"{A}/monitor/candidates?status=pending&status=all"), ("status",)),
    # ---- methods, bodies, content types
    ("api", "POST /events (a method the path does not take)", api("POST", f"{A}/events", json={"id": "x"}), ("method",)),
    ("api", "PUT /persons/omar-hassan-ahmad-al-bashir", api("PUT", f"{A}/persons/{BASHIR}", json={"name": "x"}), ("method",)),
    ("api", "DELETE /monitor/candidates", api("DELETE", f"{A}/monitor/candidates"), ("method",)),
    ("api", "POST /index with a text/plain body", upload(content=WEIGHTS, headers={"content-type": "text/plain"}), ("weights",)),
    ("api", "POST /index with a form field weights that is text, not a file", upload(data={"weights": WEIGHTS.decode()}), ("weights",)),
    ("api", "POST /index with a multipart body cut off (no closing boundary)",
     upload(content=b"--xyz\r\nContent-Disposition: form-data; name=\"weights\"; filename=\"w.yaml\"\r\n\r\n" + WEIGHTS[:200],
            headers={"content-type": "multipart/form-data; boundary=xyz"}), ("weights",)),
    ("api", "POST /index with a multipart content type without a boundary", upload(content=WEIGHTS, headers={"content-type": "multipart/form-data"}), ("weights", "body")),
    ("api", "POST /index with weights in UTF-16", upload(files={"weights": ("w.yaml", WEIGHTS.decode().encode("utf-16"), "application/x-yaml")}), ("weights",)),
    ("api", "POST /index with weights holding a !!python/object tag",
     upload(files={"weights": ("w.yaml", b"!!python/object/apply:os.system ['true']\n", "application/x-yaml")}), ("weights",)),
    ("api", "POST /index with weights holding a duplicate key (window twice)",
     upload(files={"weights": ("w.yaml", WEIGHTS + b"\nwindow:\n  years: 3\n", "application/x-yaml")}), ("weights",)),
    ("api", "POST /index?year=abc with good weights", upload(files={"weights": ("w.yaml", WEIGHTS, "application/x-yaml")}, path=f"{A}/index?year=abc"), ("year",)),
    # ---- the monitor's review queue
    ("monitor", "an accept, then another accept of the same candidate (sequentially)", steps(ACCEPT, ACCEPT), ("accepted",)),
    ("monitor", "an accept, then an edit of the accepted candidate", steps(ACCEPT, edit("date=2010-07-23")), ("accepted", "decided")),
    ("monitor", "review reject --reason '' (an empty reason)", queued_cmd("monitor", "review", "reject", "CID", "--reason", ""), ("--reason",)),
    ("monitor", "a reject, then another reject of the same candidate", steps(("monitor", "review", "reject", "CID", "--reason", "not a visit"),
                                              ("monitor", "review", "reject", "CID", "--reason", "again")), ("rejected",)),
    ("monitor", "review accept after the person's record was deleted from data/", after_change(_drop_person, *ACCEPT), (BASHIR, "person")),
    ("monitor", "review accept after the State's record was broken by hand", after_change(_break_state, *ACCEPT), ("TCD",)),
    ("monitor", "review accept after the candidate's document was deleted from the store", after_change(_drop_document, *ACCEPT), ("document",)),
    ("monitor", "review accept after the same trip was written by hand under the candidate's file name",
     after_change(_write_event_by_hand, *ACCEPT), ("already", "exists", VISIT.split("/")[1])),
    ("monitor", "review accept of a candidate whose status was set to an unknown word in the store (maybe)", after_change(_mark("maybe"), *ACCEPT), ("status", "maybe")),
    ("monitor", "review edit --set date=2010-07-32", queued_cmd(*edit("date=2010-07-32")), ("date",)),
    ("monitor", "review edit --set date=2010-W29", queued_cmd(*edit("date=2010-W29")), ("date",)),
    ("monitor", "review edit --set date=2010-07-22T10:00+02:00", queued_cmd(*edit("date=2010-07-22T10:00+02:00")), ("date",)),
    ("monitor", "review edit --set state= (empty value)", queued_cmd(*edit("state=")), ("state",)),
    ("monitor", "review edit --set =TCD (no field)", queued_cmd(*edit("=TCD")), ("--set",)),
    ("monitor", "review edit --set state (no =)", queued_cmd(*edit("state")), ("--set",)),
    ("monitor", "review edit --set colour=red (a field the candidate has not)", queued_cmd(*edit("colour=red")), ("colour",)),
    ("monitor", "review edit --set date twice (2010-07-22, 2010-07-23)", queued_cmd(*edit("date=2010-07-22", "date=2010-07-23")), ("date",)),
    ("monitor", "review edit --set confidence=2 (over 1)", queued_cmd(*edit("confidence=2")), ("confidence",)),
    ("monitor", "review edit --set person=Omar Al-Bashir (a name, not an id)", queued_cmd(*edit("person=Omar Al-Bashir")), ("person",)),
    ("monitor", "review edit --set type=decision (another candidate type)", queued_cmd(*edit("type=decision")), ("type",)),
    ("monitor", "review edit --set end_date=2010-07-20 (before the date)", queued_cmd(*edit("end_date=2010-07-20")), ("end_date",)),
    ("monitor", "review edit --set state=TCD with a NUL-free control character (U+0007)", queued_cmd(*edit("state=TC\u0007D")), ("state",)),
    ("monitor", "review show % (a LIKE wildcard as an id)", queued_cmd("monitor", "review", "show", "%"), ("%",)),
    ("monitor", "review accept _ (a LIKE wildcard as an id)", queued_cmd("monitor", "review", "accept", "_", "--reviewer", "probe"), ("_",)),
    ("monitor", "review accept of an id in capitals", lambda env: ("review", candidate(env), ["monitor", "review", "accept", "00000000000000AA", "--reviewer", "probe"]),
     ("00000000000000AA",)),
    ("monitor", "review accept --reviewer '' (an empty reviewer)", queued_cmd(*ACCEPT[:-1], ""), ("--reviewer",)),
    ("monitor", "review accept --reviewer with a line break (a forged commit trailer)", queued_cmd(*ACCEPT[:-1], "probe\nSigned-off-by: someone"), ("--reviewer",)),
    ("monitor", "review accept --source-url javascript:alert(1)", queued_cmd(*ACCEPT, "--source-url", "javascript:alert(1)"), ("--source-url",)),
    ("monitor", "review accept --force without --reason", queued_cmd(*ACCEPT, "--force"), ("--reason", "--force")),
    # ---- concurrency
    ("monitor", "an accept and a reject of one candidate at once",
     concurrently(ACCEPT, ("monitor", "review", "reject", "CID", "--reason", "not a visit", "--reviewer", "other"), check=_accept_and_reject), ()),
    ("monitor", "an edit and an accept of one candidate at once",
     concurrently(edit("date=2010-07-23"), ACCEPT, check=_edit_and_accept), ()),
    ("monitor", "two ingests at once into one store", two_ingests, ()),
    ("build", "a data build while a reviewer edits a candidate", build_while_editing, ()),
    ("monitor", "listing the queue over and over while an ingest writes it", list_while_ingesting, ()),
    # ---- ingest: dates and options
    ("monitor", "ingest --date 2010-02-29 (no such day)", ingest("d.txt", TEXT, "--date", "2010-02-29", "--publisher", "Reuters"), ("--date",)),
    ("monitor", "ingest --date 2010-W29", ingest("d.txt", TEXT, "--date", "2010-W29", "--publisher", "Reuters"), ("--date",)),
    ("monitor", "ingest --date with a zone (2010-07-22T10:00Z)", ingest("d.txt", TEXT, "--date", "2010-07-22T10:00Z", "--publisher", "Reuters"), ("--date",)),
    ("monitor", "ingest --date twice", ingest("d.txt", TEXT, "--date", "2010-07-22", "--date", "2010-07-23", "--publisher", "Reuters"), ("--date",)),
    ("monitor", "ingest of a text whose front matter has a YAML anchor and alias (publisher: *u)",
     ingest("a.txt", "---\nurl: &u \"https://www.reuters.com/world/x-2010-07-22/\"\npublisher: *u\ndate: \"2010-07-22\"\n---\n" + TEXT), ("publisher", "a.txt")),
    ("monitor", "ingest of a text whose front matter has a !!python tag",
     ingest("t.txt", "---\nurl: !!python/object/apply:os.system [\"true\"]\ndate: \"2010-07-22\"\n---\n" + TEXT), ("url", "t.txt")),
    ("monitor", "ingest of a text whose front matter date has a zone (2010-07-22T10:00:00+02:00)",
     ingest("z.txt", "---\nurl: \"https://www.reuters.com/world/x-2010-07-22/\"\npublisher: \"Reuters\"\ndate: 2010-07-22T10:00:00+02:00\n---\n" + TEXT), ("date",)),
    ("monitor", "ingest of a text whose front matter url has a space",
     ingest("s.txt", "---\nurl: \"https://www.reuters.com/world/x 2010-07-22/\"\npublisher: \"Reuters\"\ndate: \"2010-07-22\"\n---\n" + TEXT), ("url",)),
    ("monitor", "ingest of a text whose front matter url is a mailto: address",
     ingest("m.txt", "---\nurl: \"mailto:desk@reuters.com\"\npublisher: \"Reuters\"\ndate: \"2010-07-22\"\n---\n" + TEXT), ("url",)),
]

ROOT = Path(__file__).resolve().parents[2]
WORDS = {"lookups/monitor_words.yaml": (ROOT / "data" / "lookups" / "monitor_words.yaml").read_text(encoding="utf-8")}


def run(out: Path, only: set[str] | None) -> None:
    r14.EXE = os.environ.get("ICCWATCH_PROBE_EXE") or r14.EXE  # "before": a command running the round's starting code
    r14.EXTRA = {**r14.EXTRA, **WORDS}
    r14.KINDS = KINDS
    r14.run(out, only)


if __name__ == "__main__":
    main(run)
