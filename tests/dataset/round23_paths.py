"""Round twenty-three of the bad input, the paths beside the record (not a test; run by hand, its rows are in
ROUND23.md): weighted, as the brief asked, to the kinds real users make: the command line and the API given a person's
id misspelt by one letter, a State by its name, demonym or two-letter code, a date written 22/07/2010; a path that is a
folder where a file is asked for; the monitor given an empty file, a file of only a byte-order mark, of only line ends
or of only front matter; review edits written by hand (a State's name, a misspelt id, a date with slashes, a value with
a space around it); an accept whose source address was copied with tracking parameters or a fragment.

Each kind runs through round fourteen's sandbox and judge (``round14_probe``), as round twenty-two's paths.

    PYTHONPATH=src python tests/dataset/round23_paths.py OUT.json [WHAT ...]
    PYTHONPATH=src python tests/dataset/round23_paths.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import round14_probe as r14  # noqa: E402
from probe_harness import BASHIR, main  # noqa: E402
from round14_probe import Env, Kind, api, cli, ingest  # noqa: E402
from round20_paths import ACCEPT  # noqa: E402
from round22_paths import WORDS, edit, queued_cmd  # noqa: E402

A = "/api/v1"
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on 22 July 2010 for a summit.\n"
TYPO = "omar-hassan-ahmad-al-bashr"
FM = "---\nurl: \"https://www.reuters.com/world/x-2010-07-22/\"\npublisher: \"Reuters\"\ndate: \"2010-07-22\"\n---\n"


def a_folder(env: Env) -> Path:
    p = env.root / "a-folder.yaml"
    p.mkdir()
    return p


def with_folder(*args: str) -> Any:
    """A command whose FOLDER argument is a folder named like a file (a-folder.yaml)."""
    def run(env: Env) -> Any:
        f = a_folder(env)
        return ("cli", *env.cli(*[str(f) if a == "FOLDER" else a for a in args]))
    return run


KINDS: list[Kind] = [
    # ---- controls
    ("cli", "control: person omar-hassan-ahmad-al-bashir", cli("person", BASHIR), ()),
    ("cli", "control: events --state Chad (a name, which the option takes)", cli("events", "--state", "Chad"), ()),
    ("monitor", "control: ingest of a text with front matter", ingest("ok.txt", FM + TEXT), ()),
    # ---- ids and States written by hand, on the command line
    ("cli", "person with an id misspelt by one letter (omar-hassan-ahmad-al-bashr)", cli("person", TYPO), (TYPO,)),
    ("cli", "person with an id missing a letter (joseph-kny)", cli("person", "joseph-kny"), ("joseph-kny",)),
    ("cli", "state with a code misspelt (TDC)", cli("state", "TDC"), ("TDC",)),
    ("cli", "state by its demonym (Chadian)", cli("state", "Chadian"), ("Chadian",)),
    ("cli", "state by its two-letter code (TD)", cli("state", "TD"), ("TD",)),
    ("cli", "state by its name misspelt (Chadd)", cli("state", "Chadd"), ("Chadd",)),
    ("cli", "events --state Chadd (a name misspelt)", cli("events", "--state", "Chadd"), ("--state", "Chadd")),
    ("cli", "events --person with an id misspelt", cli("events", "--person", TYPO), ("--person", TYPO)),
    ("cli", "state TCD --on 22/07/2010 (a date with slashes)", cli("state", "TCD", "--on", "22/07/2010"), ("--on",)),
    ("cli", "state TCD --on '2010-07-22 ' (a trailing space)", cli("state", "TCD", "--on", "2010-07-22 "), ("--on",)),
    ("cli", "events --until 2010-02-30 (no such day)", cli("events", "--until", "2010-02-30"), ("--until",)),
    ("cli", "state ' TCD' (a leading space)", cli("state", " TCD"), ()),
    ("cli", "persons --on 2026-W10 (a week date)", cli("persons", "--on", "2026-W10"), ("--on",)),
    # ---- a folder where a file is asked for
    ("cli", "data check --data naming a file (not a folder)", cli("data", "check", "--data", "data/meta.yaml"), ("--data", "meta.yaml")),
    ("cli", "index --weights naming a folder named like a file (a-folder.yaml)", with_folder("index", "--weights", "FOLDER"), ("--weights", "a-folder.yaml")),
    ("cli", "report state TCD -o naming a folder named like a file", with_folder("report", "state", "TCD", "-o", "FOLDER"), ("-o", "--output", "a-folder.yaml")),
    ("cli", "export events -o naming a folder named like a file", with_folder("export", "events", "-o", "FOLDER"), ("-o", "--output", "a-folder.yaml")),
    ("cli", "data build --db naming a folder named like a file", with_folder("data", "build", "--db", "FOLDER"), ("--db", "a-folder.yaml")),
    ("monitor", "monitor ingest of a folder named like a file (a-folder.txt, empty)",
     lambda env: ("cli", *env.cli("monitor", "ingest", str((lambda p: (p.mkdir(), p)[1])(env.root / "a-folder.txt")), "--db", str(env.db))),
     ("a-folder.txt",)),
    # ---- the monitor given empty or near-empty files
    ("monitor", "ingest of an empty text file (0 bytes)", ingest("empty.txt", b"", "--date", "2010-07-22", "--publisher", "Reuters"), ("empty.txt",)),
    ("monitor", "ingest of a text file holding only a BOM", ingest("bom.txt", b"\xef\xbb\xbf", "--date", "2010-07-22", "--publisher", "Reuters"), ("bom.txt",)),
    ("monitor", "ingest of a text file holding only line ends (CRLF)", ingest("crlf.txt", b"\r\n\r\n\r\n", "--date", "2010-07-22", "--publisher", "Reuters"), ("crlf.txt",)),
    ("monitor", "ingest of a text holding only front matter (no body)", ingest("fm.txt", FM), ("fm.txt",)),
    ("monitor", "ingest of an empty HTML file (0 bytes)", ingest("empty.html", b"", "--date", "2010-07-22", "--publisher", "Reuters"), ("empty.html",)),
    ("monitor", "ingest of an HTML page with no text (only tags)", ingest("tags.html", "<html><head></head><body><div></div></body></html>", "--date", "2010-07-22", "--publisher", "Reuters"), ("tags.html",)),
    ("monitor", "ingest of an empty PDF (0 bytes)", ingest("empty.pdf", b"", "--date", "2010-07-22", "--publisher", "Reuters"), ("empty.pdf",)),
    ("monitor", "ingest of an Atom feed with no entries", ingest("feed.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>"), ("feed.xml",)),
    ("monitor", "ingest --date 22/07/2010 (slashes)", ingest("d.txt", TEXT, "--date", "22/07/2010", "--publisher", "Reuters"), ("--date",)),
    ("monitor", "ingest --publisher '' (empty)", ingest("p.txt", TEXT, "--date", "2010-07-22", "--publisher", ""), ("--publisher",)),
    ("monitor", "ingest of a text whose front matter date is 22/07/2010", ingest("fd.txt", FM.replace('"2010-07-22"', '"22/07/2010"') + TEXT), ("date",)),
    ("monitor", "ingest of a text whose front matter url has tracking parameters (utm_source)",
     ingest("u.txt", FM.replace('x-2010-07-22/"', 'x-2010-07-22/?utm_source=twitter"') + TEXT), ("url", "utm")),
    ("monitor", "ingest of a text whose front matter is indented with a tab", ingest("tab.txt", FM.replace("publisher:", "\tpublisher:") + TEXT), ("tab.txt",)),
    # ---- review edits written by hand
    ("monitor", "review edit --set state=Chad (a name for the code)", queued_cmd(*edit("state=Chad")), ("state",)),
    ("monitor", "review edit --set state=tcd (lower case)", queued_cmd(*edit("state=tcd")), ("state",)),
    ("monitor", "review edit --set state=TDC (a code misspelt)", queued_cmd(*edit("state=TDC")), ("state",)),
    ("monitor", "review edit --set person=<id misspelt by one letter>", queued_cmd(*edit(f"person={TYPO}")), ("person",)),
    ("monitor", "review edit --set date=22/07/2010", queued_cmd(*edit("date=22/07/2010")), ("date",)),
    ("monitor", "review edit --set date=2010-02-30", queued_cmd(*edit("date=2010-02-30")), ("date",)),
    ("monitor", "review edit --set 'state=TCD ' (a trailing space)", queued_cmd(*edit("state=TCD ")), ("state",)),
    ("monitor", "review edit --set ' date=2010-07-23' (a space before the field)", queued_cmd(*edit(" date=2010-07-23")), ("date", "--set")),
    ("monitor", "review accept --source-url with tracking parameters (utm_source)",
     queued_cmd(*ACCEPT, "--source-url", "https://www.reuters.com/world/x-2010-07-22/?utm_source=twitter"), ("--source-url",)),
    ("monitor", "review accept --source-url with a text fragment (#:~:text=)",
     queued_cmd(*ACCEPT, "--source-url", "https://www.reuters.com/world/x-2010-07-22/#:~:text=Bashir"), ("--source-url",)),
    ("monitor", "review accept --source-url with a trailing full stop", queued_cmd(*ACCEPT, "--source-url", "https://www.reuters.com/world/x-2010-07-22/."), ("--source-url",)),
    ("monitor", "review accept --source-url without its scheme (www.)", queued_cmd(*ACCEPT, "--source-url", "www.reuters.com/world/x-2010-07-22/"), ("--source-url",)),
    ("monitor", "review accept --reviewer ' ' (a space)", queued_cmd(*ACCEPT[:-1], " "), ("--reviewer",)),
    ("monitor", "review show of an id with a trailing space", lambda env: ("review", r14.candidate(env), ["monitor", "review", "show", "00000000000000aa "]), ("00000000000000aa",)),
    # ---- the API, the same hand-written values
    ("api", "GET /persons/<id misspelt by one letter>", api("GET", f"{A}/persons/{TYPO}"), ("person",)),
    ("api", "GET /states/TDC (a code misspelt)", api("GET", f"{A}/states/TDC"), ("state",)),
    ("api", "GET /states/Chadian (a demonym)", api("GET", f"{A}/states/Chadian"), ("state",)),
    ("api", "GET /events?state=Chadd (a name misspelt)", api("GET", f"{A}/events?state=Chadd"), ("state",)),
    ("api", "GET /events?person=<id misspelt>", api("GET", f"{A}/events?person={TYPO}"), ("person",)),
    ("api", "GET /states/TCD?on=22/07/2010", api("GET", f"{A}/states/TCD?on=22%2F07%2F2010"), ("on",)),
    ("api", "GET /states/TCD?on=2010-07-22%20 (a trailing space)", api("GET", f"{A}/states/TCD?on=2010-07-22%20"), ("on",)),
]


def run(out: Path, only: set[str] | None) -> None:
    r14.EXE = os.environ.get("ICCWATCH_PROBE_EXE") or r14.EXE
    r14.EXTRA = {**r14.EXTRA, **WORDS}
    r14.KINDS = KINDS
    r14.run(out, only)


if __name__ == "__main__":
    main(run)
