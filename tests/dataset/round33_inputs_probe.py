"""Round thirty-three's probe of what the CLI and the API are given (not a test; tests/dataset/ROUND33.md): a day before
the Statute or far in the future, a State code of three letters that is not ISO's, a person id with spaces around it or
an invisible character in it, a number past 64 bits, an export path in a missing folder or on a file that cannot be
written, a parameter the address does not take. Run on a store of the small fixture record, in process.

    PYTHONPATH=src python tests/dataset/round33_inputs_probe.py [STORE.sqlite]

Each answer is classed: **refused, named** (exit 2 or HTTP 4xx, with the option, parameter or value named),
**warned** (answered, with the record's doubt that it was checked through an earlier day), **answered** (the question
has an answer the record gives: a day before the Statute is a day no one was a party), **crash** (a traceback, HTTP 500).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "fixtures" / "record"
P = "omar-hassan-ahmad-al-bashir"
BIG = 10**23

CLI = [["state", "JOR", "--on", "1900-01-01"], ["state", "JOR", "--on", "0001-01-01"], ["state", "JOR", "--on", "0000-01-01"],
       ["state", "JOR", "--on", "9999-12-31"], ["state", "JOR", "--on", "3000-01-01"], ["state", "XXA"], ["state", "ABC"],
       ["state", "J0R"], ["state", "JORD"], ["state", "\u0408OR"], ["state", "JOR "], ["state", "jor"],
       ["person", P + " "], ["person", " " + P], ["person", P + "\u200b"], ["person", P, "--on", "9999-12-31"],
       ["person", P, "--on", "1900-01-01"], ["ask", "arrest", "--person", P, "--state", "JOR", "--on", "9999-12-31"],
       ["ask", "arrest", "--person", P, "--state", "JOR", "--on", "1900-01-01"], ["ask", "arrest", "--person", P, "--state", "XXA"],
       ["ask", "arrest", "--person", P + " ", "--state", "JOR"], ["states", "--on", "9999-12-31"], ["events", "--until", "1900"],
       ["decisions", "--year", "99999"], ["decisions", "--year", "-1"], ["export", "nosuchkind"],
       ["export", "events", "--output", "{tmp}"], ["export", "events", "--output", "/proc/version"],
       ["export", "events", "--output", "{tmp}/missing/folder/events.csv"]]

API = ["/api/v1/states/JOR?on=9999-12-31", "/api/v1/states/JOR?on=1900-01-01", "/api/v1/states/XXA", "/api/v1/states/JOR%20",
       "/api/v1/states/J%00R", f"/api/v1/persons/{P}%20", f"/api/v1/arrest?person={P}&state=JOR&on=0000-01-01",
       f"/api/v1/arrest?person={P}&state=JOR&on=9999-12-31", f"/api/v1/arrest?person={P}&state=JOR&extra=1",
       f"/api/v1/events?limit={BIG}", f"/api/v1/events?offset={BIG}", f"/api/v1/events?offset={2**63}", f"/api/v1/events?year={BIG}",
       "/api/v1/states?limit=-1", "/api/v1/statements?page=-1", f"/api/v1/index?year={BIG}", "/api/v1/index?year=1900",
       f"/api/v1/persons/{P}/travel?on=0001-01-01", "/api/v1/states/JOR/obligations?on=9999-12-31"]


def _class(code: int, text: str, crashed: bool) -> str:
    if crashed or code >= 500:
        return "crash"
    if code in (2,) or 400 <= code < 500:
        return "refused, named"
    return "warned" if "checked through" in text else "answered"


def main(store: Path) -> None:
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from iccwatch.app import create_app
    from iccwatch.cli import app
    from iccwatch.settings import Settings
    from iccwatch.store import build_store

    if not store.exists():
        build_store(SMALL, f"sqlite:///{store}")
    url = f"sqlite:///{store}"
    print("| input | class | answer |\n|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for args in CLI:
            args = [a.replace("{tmp}", tmp) for a in args]
            r = CliRunner().invoke(app, [*args, "--db", url])
            text = (r.stdout or "") + (r.stderr or "")
            crashed = r.exception is not None and not isinstance(r.exception, SystemExit)
            said = next((ln for ln in text.splitlines() if ln.startswith(("error", "Error"))), text.splitlines()[0] if text else "")
            shown = " ".join(args).replace(tmp, "TMP")
            print(f"| `iccwatch {ascii(shown)[1:-1]}` | {_class(r.exit_code, text, crashed)} | {said[:110].replace(tmp, 'TMP').replace('|', '/')} |")
    client = TestClient(create_app(Settings(data_dir=SMALL, db_url=url)), raise_server_exceptions=False)
    for address in API:
        r = client.get(address)
        print(f"| `GET {address[:80]}` | {_class(r.status_code, r.text, False)} | {r.status_code} {r.text[:100].replace('|', '/')} |")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "round33-inputs.sqlite")
