"""Round twenty-five of the bad input, the doors beside the record (not a test; run by hand, its rows are in
ROUND25.md): weighted, as the brief asked, to what a user meets outside the record's YAML and rounds one to twenty-four
tried least: files given to the command line in another encoding (UTF-16, Latin-1 with accents), with a byte-order
mark, a NUL byte, CRLF line ends, empty, missing, a folder or a named pipe (``ask --assume-file``, never tried before;
``index --weights``, tried only as a folder, an empty file and prose; ``monitor evaluate``'s folder, never run as a
command); options of the wrong type; the API's query parameters in another date form and bodies of another content
type; the monitor given a text in UTF-16, with mixed line ends or a NUL inside a sentence, an HTML page whose body is
only white space, a feed with no dates or dated tomorrow, front matter with a date carrying a zone but no time; exports
to a path that cannot be written (a name too long, a link into the record, a dangling link); two processes writing one
output or the store at once.

Each kind runs through round fourteen's sandbox and judge (``round14_probe``), as rounds twenty-two and twenty-three's.

    PYTHONPATH=src python tests/dataset/round25_paths.py OUT.json [WHAT ...]
    PYTHONPATH=src python tests/dataset/round25_paths.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import round14_probe as r14  # noqa: E402
from probe_harness import BASHIR, main  # noqa: E402
from round14_probe import Env, Kind, api, cli, ingest  # noqa: E402
from round21_paths import ITEM, feed, front  # noqa: E402
from round22_paths import WORDS  # noqa: E402

A = "/api/v1"
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 for a summit.\n"
FM = ('url: "https://www.reuters.com/world/x-2010-07-22/"', 'publisher: "Reuters"', 'date: "2010-07-22"')
ROOT = Path(__file__).resolve().parents[2]
WEIGHTS = (ROOT / "src" / "iccwatch" / "assess" / "default_weights.yaml").read_text(encoding="utf-8")
ASSUME = "# what if Chad had notified its withdrawal (Côte d'Ivoire's case aside)\nTCD withdrawal_notified 2009-01-01\n"
ARREST = ("ask", "arrest", "--state", "TCD", "--person", BASHIR, "--on", "2010-07-22")
HUNG_SECONDS = 20


def _run(env: Env, *args: str) -> Any:
    try:
        return ("cli", *env.cli(*args, timeout=HUNG_SECONDS))
    except subprocess.TimeoutExpired:
        return ("cli", 124, f"HUNG: no answer in {HUNG_SECONDS} s")


def given_file(content: bytes | str | None, *args: str, name: str = "given.txt", make: str = "") -> Callable[[Env], Any]:
    """A command given a file (FILE in ``args``): ``content`` written to it, or nothing (missing); ``make`` "folder" or
    "fifo" makes that instead."""
    def run(env: Env) -> Any:
        p = env.root / name
        if make == "folder":
            p.mkdir()
        elif make == "fifo":
            os.mkfifo(p)
        elif content is not None:
            p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return _run(env, *[str(p) if a == "FILE" else a for a in args])
    return run


def assume_file(content: bytes | str | None, make: str = "") -> Callable[[Env], Any]:
    return given_file(content, *ARREST, "--assume-file", "FILE", name="assume.txt", make=make)


def weights_file(content: bytes | str | None, make: str = "") -> Callable[[Env], Any]:
    return given_file(content, "index", "--weights", "FILE", name="w.yaml", make=make)


def export_to(name: str, link_to: str = "", *more: str) -> Callable[[Env], Any]:
    """``export events -o ROOT/name``; ``link_to`` (under the sandbox: DATA/..., ROOT/...) makes ``name`` a link first."""
    def run(env: Env) -> Any:
        out = env.root / name
        if link_to:
            out.symlink_to(link_to.replace("DATA", str(env.data)).replace("ROOT", str(env.root)))
        return _run(env, "export", "events", "-o", str(out), *more)
    return run


def report_to(name: str) -> Callable[[Env], Any]:
    def run(env: Env) -> Any:
        return _run(env, "report", "state", "TCD", "-o", str(env.root / name))
    return run


def evaluate(make: str) -> Callable[[Env], Any]:
    def run(env: Env) -> Any:
        p = env.root / "set"
        if make == "folder":
            p.mkdir()
        elif make == "file":
            p.write_text("not a folder\n", encoding="utf-8")
        return _run(env, "monitor", "evaluate", str(p), "--db", str(env.db))
    return run


LABELLED = ROOT / "tests" / "monitor" / "labelled" / "001-putin-mongolia-trip-announced.yaml"


def evaluate_cases(extra: str, fix: Callable[[str], str] | None = None) -> Callable[[Env], Any]:
    """``monitor evaluate`` of a folder of written cases: one case of the project's set (changed by ``fix``) and a file
    ``010-x.yaml`` holding ``extra`` (none if empty)."""
    def run(env: Env) -> Any:
        p = env.root / "cases"
        p.mkdir()
        text = LABELLED.read_text(encoding="utf-8")
        (p / LABELLED.name).write_text(fix(text) if fix else text, encoding="utf-8")
        if extra:
            (p / "010-x.yaml").write_text(extra, encoding="utf-8")
        return _run(env, "monitor", "evaluate", str(p), "--db", str(env.db))
    return run


def raw_body(content: bytes, content_type: str, path: str = f"{A}/index") -> Callable[[Env], Any]:
    return api("POST", path, content=content, headers={"content-type": content_type})


def _together(env: Env, commands: list[tuple[str, ...]]) -> list[tuple[int, str]]:
    res: list[tuple[int, str]] = [(0, "")] * len(commands)

    def go(i: int, c: tuple[str, ...]) -> None:
        res[i] = env.cli(*c)

    ts = [threading.Thread(target=go, args=(i, c)) for i, c in enumerate(commands)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return res


def two_exports_one_file(env: Env) -> Any:
    """Two ``export`` at once to one file, one CSV and one JSON of another kind: both end, and the file is whole (exactly
    one of the two outputs, never a mixture)."""
    out = env.root / "out.txt"
    single = {}
    for kind, fmt in (("events", "csv"), ("persons", "json")):
        p = env.root / f"single-{kind}.{fmt}"
        env.cli("export", kind, "--format", fmt, "-o", str(p))
        single[kind] = p.read_bytes()
    res = _together(env, [("export", "events", "--format", "csv", "-o", str(out)), ("export", "persons", "--format", "json", "-o", str(out))])
    got = out.read_bytes() if out.exists() else b""
    whole = got in single.values()
    leftovers = [p.name for p in env.root.iterdir() if p.name.startswith(".out.txt.")]  # replacing()'s temporary files
    ok = [c for c, _ in res] == [0, 0] and whole and not leftovers
    return ("cli", 0 if ok else 1, f"exits {[c for c, _ in res]}; file whole {whole} ({len(got)} bytes); temporary files left {leftovers}")


def export_while_building(env: Env) -> Any:
    """An ``export`` while ``data build`` rebuilds the same store: both end, the export is the whole list (as alone)."""
    alone = env.root / "alone.csv"
    env.cli("export", "events", "-o", str(alone))
    build = subprocess.Popen([r14.EXE, "data", "build", "--data", str(env.data), "--db", str(env.db)], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env={**os.environ, "ICCWATCH_DATA": str(env.data)}, cwd=env.root)
    outs = []
    for i in range(4):
        p = env.root / f"during-{i}.csv"
        code, said = env.cli("export", "events", "-o", str(p))
        outs.append((code, p.read_bytes() == alone.read_bytes() if p.exists() else False, " ".join(said.split())[-120:]))
    build_out, _ = build.communicate(timeout=300)
    ok = build.returncode == 0 and all(c == 0 and same for c, same, _ in outs)
    return ("cli", 0 if ok else 1, f"build exit {build.returncode}; exports (exit, same as alone) {[(c, s) for c, s, _ in outs]}; "
            f"{[w for _, _, w in outs if w][:1]}")


def ingest_while_accepting(env: Env) -> Any:
    """A ``monitor ingest`` of one document while a reviewer accepts a candidate of another, one store and one record:
    both end, the visit written and accepted, the new document queued."""
    cid = r14.candidate(env)
    p = env.root / "in" / "b.txt"
    p.parent.mkdir()
    p.write_text("\n".join(["---", 'url: "https://www.reuters.com/world/x-2013-07-15/"', 'publisher: "Reuters"', 'date: "2013-07-15"', "---",
                            "Omar Al-Bashir arrived in Abuja on 15 July 2013 for a summit.\n"]), encoding="utf-8")
    res = _together(env, [("monitor", "review", "accept", cid, "--reviewer", "probe"), ("monitor", "ingest", str(p), "--db", str(env.db))])
    con = sqlite3.connect(env.db)
    try:
        status = con.execute("select status from ops_candidates where id=?", (cid,)).fetchone()[0]
        docs = con.execute("select count(*) from ops_documents").fetchone()[0]
    finally:
        con.close()
    written = any(env.data.glob("events/2010-07-22-*chad*.yaml"))
    ok = [c for c, _ in res] == [0, 0] and status == "accepted" and written and docs == 2
    return ("cli", 0 if ok else 1, f"exits {[c for c, _ in res]}; status {status}; visit written {written}; documents {docs}; "
            + " || ".join(" ".join(o.split())[-120:] for _, o in res))


def tomorrow() -> str:
    return (dt.date.today() + dt.timedelta(days=1)).strftime("%a, %d %b %Y 10:00:00 +0000")


LONG = "x" * 300 + ".csv"
MIXED = "---\r\n" + "\n".join(FM) + "\r---\n" + "Omar Al-Bashir arrived in N'Djamena,\r\nChad, on 22 July 2010\rfor a summit.\n"

KINDS: list[Kind] = [
    # ---- controls
    ("cli", "control: ask arrest --assume-file with one assumption and a comment (UTF-8)", assume_file(ASSUME), ()),
    ("cli", "control: index --weights naming the published weights copied", weights_file(WEIGHTS), ()),
    ("monitor", "control: ingest of a text with front matter", ingest("ok.txt", "\n".join(["---", *FM, "---", TEXT])), ()),
    # ---- ask --assume-file: a file given to the command line
    ("cli", "ask arrest --assume-file naming a missing file", assume_file(None), ("--assume-file", "assume.txt")),
    ("cli", "ask arrest --assume-file naming a folder", assume_file(None, make="folder"), ("--assume-file", "assume.txt")),
    ("cli", "ask arrest --assume-file naming a named pipe (nothing ever written to it)", assume_file(None, make="fifo"), ("--assume-file", "assume.txt")),
    ("cli", "ask arrest --assume-file naming an empty file", assume_file(b""), ("--assume-file", "assume.txt")),
    ("cli", "ask arrest --assume-file saved as UTF-16 (with its BOM)", assume_file(ASSUME.encode("utf-16")), ("--assume-file", "assume.txt")),
    ("cli", "ask arrest --assume-file in Latin-1 (an accent in a comment)", assume_file(ASSUME.encode("latin-1")), ("--assume-file", "assume.txt")),
    ("cli", "ask arrest --assume-file with a UTF-8 BOM", assume_file(b"\xef\xbb\xbf" + ASSUME.encode()), ("--assume-file", "assume.txt")),
    ("cli", "ask arrest --assume-file with a NUL byte in a line", assume_file(ASSUME.replace("2009-01-01", "2009-01-01\0")), ("--assume-file", "assume.txt")),
    ("cli", "ask arrest --assume-file with CRLF line ends", assume_file(ASSUME.replace("\n", "\r\n")), ("--assume-file",)),
    ("cli", "ask arrest --assume-file of 5 MB (one comment line repeated)", assume_file("# a comment\n" * 450_000 + ASSUME), ("--assume-file", "assume.txt")),
    ("cli", "ask arrest --assume-file with the same assumption twice", assume_file(ASSUME + "TCD withdrawal_notified 2009-02-01\n"), ("assume.txt", "assum")),
    # ---- index --weights: encodings and kinds of file not tried before
    ("cli", "index --weights saved as UTF-16 (with its BOM)", weights_file(WEIGHTS.encode("utf-16")), ("--weights", "w.yaml")),
    ("cli", "index --weights in Latin-1 (an accent in a comment)", weights_file(("# pondérations\n" + WEIGHTS).encode("latin-1")), ("--weights", "w.yaml")),
    ("cli", "index --weights with a UTF-8 BOM", weights_file(b"\xef\xbb\xbf" + WEIGHTS.encode()), ("--weights", "w.yaml")),
    ("cli", "index --weights with a NUL byte", weights_file(WEIGHTS.replace("pillars:", "pillars:\0", 1)), ("--weights", "w.yaml")),
    ("cli", "index --weights naming a named pipe", weights_file(None, make="fifo"), ("--weights", "w.yaml")),
    ("cli", "index --weights naming a missing file", weights_file(None), ("--weights", "w.yaml")),
    # ---- monitor evaluate: its folder
    ("monitor", "monitor evaluate of a missing folder", evaluate(""), ("set",)),
    ("monitor", "monitor evaluate of a file, not a folder", evaluate("file"), ("set",)),
    ("monitor", "monitor evaluate of an empty folder", evaluate("folder"), ("set",)),
    ("monitor", "control: monitor evaluate of a folder of one written case", evaluate_cases(""), ()),
    ("monitor", "monitor evaluate of a written case that is a list", evaluate_cases("- id: x\n- document: y\n"), ("010-x.yaml",)),
    ("monitor", "monitor evaluate of a written case with no document", evaluate_cases("id: 010-x\nexpected: []\n"), ("010-x.yaml", "document")),
    ("monitor", "monitor evaluate of a written case whose fact has no type",
     evaluate_cases("", lambda t: t.replace("  - type: planned_visit", "  - what: planned_visit")), ("001-putin", "type")),
    ("monitor", "monitor evaluate of a written case that is not YAML (an unclosed bracket)", evaluate_cases("id: [x\n"), ("010-x.yaml",)),
    # ---- options of the wrong type
    ("cli", "index --year 2010.0 (a year written as a decimal)", cli("index", "--year", "2010.0"), ("--year",)),
    ("cli", "index --seed abc", cli("index", "--seed", "abc"), ("--seed",)),
    ("cli", "ask arrest --on 20100722 (ISO's basic form)", cli("ask", "arrest", "--state", "TCD", "--person", BASHIR, "--on", "20100722"), ("--on",)),
    ("monitor", "monitor review list --status PENDING (capitals)", cli("monitor", "review", "list", "--status", "PENDING"), ("--status",)),
    ("monitor", "monitor ingest --date 20100722 (ISO's basic form)", ingest("d.txt", TEXT, "--date", "20100722", "--publisher", "Reuters"), ("--date",)),
    # ---- the API: dates in another form, bodies of another type
    ("api", "GET /states?on=20100722 (ISO's basic form)", api("GET", f"{A}/states?on=20100722"), ("on",)),
    ("api", "GET /arrest?on=20100722 (ISO's basic form)", api("GET", f"{A}/arrest?state=TCD&person={BASHIR}&on=20100722"), ("on",)),
    ("api", "GET /question?today=22.07.2010", api("GET", f"{A}/question?q=Must+Chad+arrest+Al-Bashir%3F&today=22.07.2010"), ("today",)),
    ("api", "GET /monitor/candidates?limit=0", api("GET", f"{A}/monitor/candidates?limit=0"), ("limit",)),
    ("api", "POST /index with the weights as a JSON body (application/json)",
     raw_body(json.dumps({"pillars": {}}).encode(), "application/json"), ("weights",)),
    ("api", "POST /index with the weights as a raw YAML body (application/yaml, not a form)", raw_body(WEIGHTS.encode(), "application/yaml"), ("weights",)),
    ("api", "POST /index with a form body (urlencoded) naming weights", raw_body(b"weights=pillars", "application/x-www-form-urlencoded"), ("weights",)),
    ("api", "POST /index with weights with a UTF-8 BOM",
     api("POST", f"{A}/index", files={"weights": ("w.yaml", b"\xef\xbb\xbf" + WEIGHTS.encode(), "application/yaml")}), ("weights",)),
    ("api", "POST /index with a body of 20 MB (application/octet-stream)", raw_body(b"\0" * 20_000_000, "application/octet-stream"), ("weights", "body")),
    # ---- the monitor's inputs
    ("monitor", "ingest a text with front matter saved as UTF-16 (with its BOM)",
     ingest("u16.txt", "\n".join(["---", *FM, "---", TEXT]).encode("utf-16")), ()),
    ("monitor", "ingest a text with mixed line ends (LF, CRLF and a lone CR)", ingest("mixed.txt", MIXED), ()),
    ("monitor", "ingest a text with one NUL byte inside a sentence", ingest("nul.txt", "\n".join(["---", *FM, "---", TEXT.replace("Chad,", "Chad,\0")])), ("nul.txt",)),
    ("monitor", "ingest an HTML page whose body is only white space and no-break spaces",
     ingest("ws.html", "<html><head><title>Bashir</title></head><body> \n&nbsp;&nbsp; \t</body></html>", "--date", "2010-07-22", "--publisher", "Reuters"),
     ("ws.html",)),
    ("monitor", "ingest an RSS feed whose items have no date (no --date given)", ingest("nodate.xml", feed(ITEM + ITEM.replace("x-2010", "y-2010"))), ("nodate.xml", "date")),
    ("monitor", "ingest an RSS feed whose item is dated tomorrow",
     lambda env: ingest("tomorrow.xml", feed(ITEM.replace("</link>", f"</link><pubDate>{tomorrow()}</pubDate>")))(env), ("tomorrow.xml", "date")),
    ("monitor", "ingest a text whose front matter date has a zone and no time (2010-07-22+02:00)",
     ingest("tz.txt", front(FM[0], FM[1], 'date: "2010-07-22+02:00"')), ("date",)),
    ("monitor", "ingest a text whose front matter date is unquoted with a zone (2010-07-22 10:00:00+02:00)",
     ingest("tz2.txt", front(FM[0], FM[1], "date: 2010-07-22 10:00:00+02:00")), ("date",)),
    ("monitor", "ingest --date disagreeing with the text's front matter date", ingest("fd.txt", front(*FM), "--date", "2013-07-15"), ("fd.txt", "--date")),
    ("monitor", "ingest --publisher disagreeing with the text's front matter publisher", ingest("fp.txt", front(*FM), "--publisher", "AFP"),
     ("fp.txt", "--publisher")),
    ("monitor", "control: ingest --date and --publisher agreeing with the front matter", ingest("fa.txt", front(*FM), "--date", "2010-07-22", "--publisher", "Reuters"), ()),
    ("monitor", "ingest of a missing file", lambda env: ("cli", *env.cli("monitor", "ingest", str(env.root / "nowhere.txt"), "--db", str(env.db))),
     ("nowhere.txt",)),
    # ---- exports to a path that cannot be written
    ("cli", "export events -o a file name of 304 characters", export_to(LONG), ("--output",)),
    ("cli", "report state TCD -o a file name of 305 characters", report_to("x" * 300 + ".html"), ("--output",)),
    ("cli", "export events -o a link into the record (out.csv -> data/events/<a trip>.yaml)",
     export_to("out.csv", f"DATA/events/2010-07-21-{BASHIR}-chad.yaml"), ("--output", "data")),
    ("cli", "export events -o a dangling link (out.csv -> a missing folder's file)", export_to("out.csv", "ROOT/gone/x.csv"), ("--output",)),
    ("cli", "export events -o a dangling link into the record's folder (out.csv -> data/events/new.csv)", export_to("out.csv", "DATA/events/new.csv"),
     ("--output", "data")),
    ("cli", "ask obligations --assume-file in Windows-1252 (a curly apostrophe in a comment)",
     given_file(ASSUME.replace("'", "\u2019").encode("cp1252"), "ask", "obligations", "--state", "TCD", "--on", "2010-07-22", "--assume-file", "FILE",
                name="assume.txt"), ("--assume-file", "assume.txt")),
    ("cli", "export events -o a link to a folder", export_to("out.csv", "DATA"), ("--output",)),
    # ---- two processes at once
    ("cli", "two exports at once to one file (a CSV and a JSON)", two_exports_one_file, ()),
    ("cli", "exports while a data build rebuilds the store", export_while_building, ()),
    ("monitor", "an ingest while a reviewer accepts (one store, one record)", ingest_while_accepting, ()),
]


def judge(door: str, got: Any, names: tuple[str, ...]) -> tuple[str, str]:
    if door != "api" and len(got) >= 3 and isinstance(got[2], str) and got[2].startswith("HUNG"):
        return "hung", got[2]
    return _judge(door, got, names)


_judge = r14.judge


def run(out: Path, only: set[str] | None) -> None:
    r14.EXE = os.environ.get("ICCWATCH_PROBE_EXE") or r14.EXE
    r14.EXTRA = {**r14.EXTRA, **WORDS}
    r14.KINDS = KINDS
    r14.judge = judge
    r14.run(out, only)


if __name__ == "__main__":
    main(run)
