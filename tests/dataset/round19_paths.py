"""Round nineteen of the bad input, the paths beside the record (not a test; run by hand, its rows are in ROUND19.md):
the monitor given documents whose front matter dates them in the future or by no date, an HTML page with no body, a
feed of 10,000 items, files that are not text; the review queue accepting a candidate whose record changed after it was
queued, or two candidates writing one file at once; the API given counts out of any range.

Each kind runs through round fourteen's sandbox and judge (``round14_probe``: a copy of the small record and of a store
built from it, the real ``iccwatch`` command in its own process, the API through FastAPI's test client; every file
under ``data/`` and every row of the store hashed before and after), so "CHANGED" marks a refusal that changed
something.

    PYTHONPATH=src python tests/dataset/round19_paths.py OUT.json [WHAT ...]
    PYTHONPATH=src python tests/dataset/round19_paths.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import round14_probe as r14  # noqa: E402
from probe_harness import BASHIR, main  # noqa: E402
from round14_probe import Env, Kind, api, candidate, ingest, review  # noqa: E402

A = "/api/v1"
VISIT = f"events/2010-07-22-{BASHIR}-chad.yaml"
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 for a summit.\n"


def front(**fields: str) -> str:
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in fields.items()) + "---\n" + TEXT


def feed(n: int, **item: str) -> str:
    extra = "".join(f"<{k}>{v}</{k}>" for k, v in item.items())
    items = "".join(f"<item><title>Omar Al-Bashir visits Chad ({i})</title><link>https://www.reuters.com/world/x-{i}/</link>"
                    f"<description>Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010.</description>{extra}</item>"
                    for i in range(n))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>probe</title>{items}</channel></rss>'


def review_after(change: Callable[[Env, str], None], *args: str, **fields: str) -> Callable[[Env], Any]:
    """A review command on a pending candidate, with the record changed by hand after the candidate was queued (the
    hashes are taken after both)."""
    def run(env: Env) -> Any:
        cid = candidate(env, **fields)
        change(env, cid)
        return ("review", cid, [a.replace("CID", cid) for a in args])
    return run


def _hand_written_visit(env: Env, cid: str) -> None:
    p = env.data / VISIT
    p.write_text(f"""id: 2010-07-22-{BASHIR}-chad
date: "2010-07-22"
person: {BASHIR}
state: TCD
action: no_arrest
note: written by hand after the candidate was queued (probe)
sources:
- url: https://www.icc-cpi.int/darfur/albashir
  publisher: International Criminal Court
  kind: primary
""", encoding="utf-8")


def _broken_state(env: Env, cid: str) -> None:
    p = env.data / "states" / "TCD.yaml"
    p.write_text(p.read_text(encoding="utf-8") + "participation: [\n", encoding="utf-8")


def _person_removed(env: Env, cid: str) -> None:
    for rel in (f"persons/{BASHIR}.yaml",):
        (env.data / rel).rename(env.root / "removed.yaml")


def _note_on_state(env: Env, cid: str) -> None:
    p = env.data / "states" / "TCD.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("un_status: member", "un_status: member\nnote: edited by hand (probe)", 1),
                 encoding="utf-8")


def _edit_kept(env: Env) -> Any:
    """A visit accepted after the host State's file was edited by hand (a note added): accepted, the note kept."""
    cid = candidate(env)
    _note_on_state(env, cid)
    code, out = env.cli("monitor", "review", "accept", cid, "--reviewer", "probe")
    kept = "edited by hand (probe)" in (env.data / "states" / "TCD.yaml").read_text(encoding="utf-8")
    return ("cli", code if kept else 1, ("the hand edit kept; " if kept else "the hand edit LOST; ") + out[-200:])


def two_at_once(env: Env) -> Any:
    """Two candidates (one visit, two documents) accepted at once by two processes: one file, written once; the other
    refused, naming it; nothing lost."""
    a = candidate(env)
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import Candidate, Evidence
    from iccwatch.monitor.queue import Queue

    doc = make_document(TEXT, url="https://www.aljazeera.com/news/x-2010-07-22", title="Bashir in Chad", publisher="Al Jazeera",
                        date="2010-07-22")
    c = Candidate(id="00000000000000bb", document=doc.id, type="visit", evidence=Evidence(sentence=TEXT.strip(), start=0, end=len(TEXT) - 1),
                  confidence=0.9, method="probe", person=BASHIR, state="TCD", date="2010-07-22")
    q = Queue(env.url)
    q.add(doc, [(c, None)])
    q.close()
    import os

    e = {**os.environ, "ICCWATCH_DATA": str(env.data), "ICCWATCH_DB": str(env.db), "COLUMNS": "200", "NO_COLOR": "1"}
    ps = [subprocess.Popen([r14.EXE, "monitor", "review", "accept", cid, "--reviewer", "probe"], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, env=e, cwd=env.root) for cid in (a, c.id)]
    outs = [(p.wait(timeout=300), p.stdout.read() if p.stdout else "") for p in ps]
    files = sorted(str(p.relative_to(env.data)) for p in (env.data / "events").glob("2010-07-22-*"))
    codes = [o[0] for o in outs]
    said = " || ".join(" ".join(o[1].split())[-200:] for o in outs)
    q = Queue(env.url)
    statuses = sorted(r["status"] for r in q.entries(None))
    q.close()
    ok = codes.count(0) == 1 and len(files) == 1
    return ("cli", 0 if ok else 1, f"exit codes {codes}; files {files}; queue {statuses}; {said}")


def without_words(env: Env) -> Any:
    """A store built from a record without the monitor's words (data/lookups/monitor_words.yaml), then an ingest."""
    (env.data / "lookups" / "monitor_words.yaml").unlink()
    code, out = env.cli("data", "build", "--data", str(env.data), "--db", str(env.db))
    if code != 0:
        return ("cli", code, "the build failed: " + out[-300:])
    return ingest("ok.txt", front(url='"https://www.reuters.com/world/x-2010-07-22/"', date='"2010-07-22"'))(env)


def _bin(name: str, data: bytes) -> Callable[[Env], Any]:
    return ingest(name, data, "--date", "2010-07-22")


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(1024)

KINDS: list[Kind] = [
    ("monitor", "control: ingest a text with front matter (url, publisher, date)",
     ingest("ok.txt", front(url='"https://www.reuters.com/world/x-2010-07-22/"', publisher='"Reuters"', date='"2010-07-22"')), ()),
    ("monitor", "ingest a text whose front matter date is in the future (2099-01-01)",
     ingest("future.txt", front(url='"https://www.reuters.com/world/x/"', date='"2099-01-01"')), ("date",)),
    ("monitor", "ingest a text whose front matter date is a word (yesterday)", ingest("word.txt", front(date="yesterday")), ("date",)),
    ("monitor", "ingest a text whose front matter date is a bare number (20100722)", ingest("num.txt", front(date="20100722")), ("date",)),
    ("monitor", "ingest a text whose front matter date is a list", ingest("list.txt", front(date="[2010-07-22]")), ("date",)),
    ("monitor", "ingest a text whose front matter date has a time and zone (2010-07-22T10:00:00+02:00)",
     ingest("time.txt", front(date='"2010-07-22T10:00:00+02:00"')), ("date",)),
    ("monitor", "ingest a text whose front matter date is before the Statute was adopted (1990-01-01)",
     ingest("old.txt", front(date='"1990-01-01"')), ("date",)),
    ("monitor", "ingest with --date in the future (2099-01-01)", ingest("d.txt", TEXT, "--date", "2099-01-01"), ("--date", "date")),
    ("monitor", "ingest an HTML page with no body (a head and its title only)",
     ingest("nobody.html", "<html><head><title>Omar Al-Bashir arrived in Chad</title></head></html>", "--date", "2010-07-22"),
     ("nobody.html",)),
    ("monitor", "ingest an HTML page with an empty body and the text only in a meta description",
     ingest("meta.html", f'<html><head><meta name="description" content="{TEXT.strip()}"></head><body></body></html>', "--date", "2010-07-22"),
     ("meta.html",)),
    ("monitor", "ingest an HTML page that is a frameset (no body)",
     ingest("frames.html", '<html><frameset><frame src="a.html"></frameset></html>', "--date", "2010-07-22"), ("frames.html",)),
    ("monitor", "ingest an RSS feed with 10,000 items", ingest("big.xml", feed(10_000)), ("big.xml",)),
    ("monitor", "ingest an RSS feed whose item is dated in the future (pubDate 2099)",
     ingest("futurefeed.xml", feed(1, pubDate="Thu, 01 Jan 2099 00:00:00 GMT")), ("pubDate", "date")),
    ("monitor", "ingest an RSS feed whose item's date is not a date (pubDate soon)", ingest("wordfeed.xml", feed(1, pubDate="soon")),
     ("pubDate", "date")),
    ("monitor", "ingest an RSS feed whose item links to javascript:", ingest("jsfeed.xml", feed(1).replace("https://www.reuters.com/world/x-0/", "javascript:alert(1)")),
     ("link", "javascript")),
    ("monitor", "ingest a PNG named .txt (not text)", _bin("image.txt", PNG), ("image.txt",)),
    ("monitor", "ingest an executable named .html (not text)", _bin("prog.html", ELF), ("prog.html",)),
    ("monitor", "ingest a gzip file named .xml", _bin("feed.xml", gzip.compress(feed(1).encode())), ("feed.xml",)),
    ("monitor", "ingest a UTF-16 text without a byte-order mark", _bin("u16.txt", TEXT.encode("utf-16-le")), ("u16.txt",)),
    ("monitor", "ingest a text of NUL bytes only", _bin("nul.txt", bytes(4096)), ("nul.txt",)),
    ("monitor", "ingest on a store built from a record without the monitor's words (no monitor_words.yaml)", without_words,
     ("monitor_words",)),
    ("monitor", "ingest a folder holding a symbolic link to itself",
     lambda env: (lambda p: (p.mkdir(), (p / "loop").symlink_to(p / "loop"), ("cli", *env.cli("monitor", "ingest", str(p), "--db", str(env.db))))[-1])(env.root / "in"),
     ("folder holding no readable file",)),
    # review: the record changed after the candidate was queued
    ("monitor", "review accept of a visit whose file was written by hand after it was queued (same id)",
     review_after(_hand_written_visit, "monitor", "review", "accept", "CID", "--reviewer", "probe"), (VISIT.split("/")[1], "exists", "already")),
    ("monitor", "review accept of a visit while the host State's file was broken by hand (malformed YAML)",
     review_after(_broken_state, "monitor", "review", "accept", "CID", "--reviewer", "probe"), ("TCD",)),
    ("monitor", "review accept of a visit whose person's file was removed after it was queued",
     review_after(_person_removed, "monitor", "review", "accept", "CID", "--reviewer", "probe"), (BASHIR,)),
    ("monitor", "control: review accept of a visit after an unrelated hand edit of the State's file (the edit kept)", _edit_kept, ()),
    ("monitor", "two accepts at once of two candidates (two documents) writing one visit's file", two_at_once, ()),
    # the doors that write, given what is not theirs
    ("build", "data build with --db naming a text file that is not SQLite (store.sqlite holding prose)",
     lambda env: (lambda p: (p.write_text("not a database\n" * 100, encoding="utf-8"),
                             ("build", *env.cli("data", "build", "--data", str(env.data), "--db", str(p))))[-1])(env.root / "prose.sqlite"),
     ("prose.sqlite",)),
    ("monitor", "review accept with --data naming a file (not a folder)",
     review("monitor", "review", "accept", "CID", "--reviewer", "probe", "--data", "/etc/hostname"), ("--data", "/etc/hostname")),
    ("monitor", "ingest with a --publisher of 10,000 characters", ingest("pub.txt", TEXT, "--date", "2010-07-22", "--publisher", "R" * 10_000),
     ("--publisher",)),
    ("monitor", "ingest with a --publisher holding a line break and a terminal escape",
     ingest("pub2.txt", TEXT, "--date", "2010-07-22", "--publisher", "Reuters\n\x1b[31mfake"), ("--publisher",)),
    ("monitor", "ingest an HTML page named .pdf", _bin("page.pdf", f"<html><body><p>{TEXT}</p></body></html>".encode()), ("page.pdf",)),
    # api: counts out of range
    ("api", "GET /monitor/candidates?limit=1000000000000", api("GET", f"{A}/monitor/candidates?limit=1000000000000"), ("limit",)),
    ("api", "GET /monitor/candidates?offset=-5", api("GET", f"{A}/monitor/candidates?offset=-5"), ("offset",)),
    ("api", "GET /monitor/candidates?offset=1e3", api("GET", f"{A}/monitor/candidates?offset=1e3"), ("offset",)),
    ("api", "GET /persons/{id}/travel?on=99999-01-01 (a five-digit year)", api("GET", f"{A}/persons/{BASHIR}/travel?on=99999-01-01"), ("on",)),
]


ROOT = Path(__file__).resolve().parents[2]
#: The monitor reads its words (gatherings, other languages) from the store: the small record has no monitor_words.yaml,
#: so the sandbox's record gets the bundled one (a store built without it is itself a kind above).
WORDS = {"lookups/monitor_words.yaml": (ROOT / "data" / "lookups" / "monitor_words.yaml").read_text(encoding="utf-8")}


def run(out: Path, only: set[str] | None) -> None:
    r14.EXTRA = {**r14.EXTRA, **WORDS}
    r14.KINDS = KINDS  # round fourteen's runner and judge, over this round's kinds
    r14.run(out, only)


if __name__ == "__main__":
    main(run)
