"""What every round's probe shares (not a test): the small record and its extra records, the ways a kind changes a
copy of it, how the checker's answer is classified, and the runner that times each check and writes the results.

Rounds four to nine built on ``round4_probe`` (the record and the changes), ``round7_probe`` (warnings counted) and
rounds ten to twelve on ``round10_probe``'s timed runner: each round copied or imported the last one's. They now all
import this module; a round's probe keeps only its own kinds and helpers. A probe is run as a script:

    PYTHONPATH=src python tests/dataset/roundN_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/roundN_probe.py table BEFORE.json AFTER.json

A change whose text to replace is not found raises, and is reported as a void probe (an error of the probe, not a pass).
"""

from __future__ import annotations

import json
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

Change = Callable[[Path], list[str]]
Kind = tuple[str, str, Change]

SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "record"

BASHIR = "omar-hassan-ahmad-al-bashir"
W1 = f"warrants/{BASHIR}-1.yaml"
W2 = f"warrants/{BASHIR}-2.yaml"
BEMBA_W = "warrants/jean-pierre-bemba-gombo-1.yaml"
KONY_W = "warrants/joseph-kony-1.yaml"
PUTIN_W = "warrants/vladimir-vladimirovich-putin-1.yaml"
NTAGANDA_W = "warrants/bosco-ntaganda-1.yaml"
P_BASHIR = f"persons/{BASHIR}.yaml"
P_KONY = "persons/joseph-kony.yaml"
E_CHAD = f"events/2010-07-21-{BASHIR}-chad.yaml"
E_JOR = f"events/2017-03-29-{BASHIR}-jordan.yaml"
E_BEL = "events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml"
D_CHAD = "decisions/2010-08-27-chad.yaml"
D_JOR = "decisions/2017-12-11-jordan.yaml"
D_JOR_AP = "decisions/2019-05-06-jordan.yaml"
ST = "statements/js-2020-06-23.yaml"
MS = "measures/alb-2022-03-02-situation-referral-ukraine.yaml"
RS = "responses/2013-02-13-asp-president-letter-chad.yaml"
PO = "positions/icc-appeals-jordan-2019.yaml"
RQ = f"requests/2009-03-06-icc-{BASHIR}-jor.yaml"

ICC = {"url": "https://www.icc-cpi.int/darfur/albashir", "title": "Al Bashir Case", "publisher": "International Criminal Court",
       "kind": "primary"}
REUTERS = {"url": "https://www.reuters.com/world/x-2020-01-01/", "publisher": "Reuters", "kind": "secondary"}

EXTRA = {
    MS: """id: alb-2022-03-02-situation-referral-ukraine
state: ALB
kind: situation_referral
title: Joint referral of the situation in Ukraine by 38 States Parties (Art. 14)
date: "2022-03-02"
targets: ukraine
summary: One of the 38 States Parties that jointly referred the situation in Ukraine to the Prosecutor on 2 March 2022.
sources:
- url: https://www.icc-cpi.int/ukraine
  title: Situation in Ukraine (ICC-01/22)
  publisher: International Criminal Court
  kind: primary
  pinpoint: referred by 43 States Parties, March-April 2022
""",
    RS: """id: 2013-02-13-asp-president-letter-chad
states:
- TCD
body: ASP
date: "2013-02-13"
kind: informal
summary: The President of the Assembly wrote to Chad's Minister of Foreign Affairs ahead of Omar Al-Bashir's announced visit.
sources:
- url: https://asp.icc-cpi.int/fr/node/1675
  publisher: Assembly of States Parties
  kind: primary
  pinpoint: paragraphs 1-3 (in French)
""",
    PO: """id: icc-appeals-jordan-2019
issue: personal-immunity
held_by: ICC Appeals Chamber (Jordan Referral re Al-Bashir Appeal)
date: "2019-05-06"
court: true
record_number: ICC-02/05-01/09-397
scope: unsc_referral
summary: Customary international law knows no head-of-state immunity before an international court.
answer_if_followed: obliged
sources:
- url: https://www.icc-cpi.int/court-record/icc-02/05-01/09-397
  title: Court record ICC-02/05-01/09-397
  publisher: International Criminal Court
  kind: primary
""",
    RQ: f"""id: 2009-03-06-icc-{BASHIR}-jor
date: "2009-03-06"
person: {BASHIR}
requested_state: JOR
requesting: ICC
kind: arrest_and_surrender
sources:
- url: https://www.icc-cpi.int/darfur/albashir
  title: Al Bashir Case
  publisher: International Criminal Court
  kind: primary
""",
}


# --- how a kind changes the record -------------------------------------------------------------------

def sub(rel: str, old: str, new: str, count: int = 1) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        p = d / rel
        text = p.read_text(encoding="utf-8")
        if old not in text:
            raise LookupError(f"{old!r} not in {rel}")
        p.write_text(text.replace(old, new, count), encoding="utf-8")
        return [rel]
    return change


def ed(rel: str, fn: Callable[[Any], Any]) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        p = d / rel
        obj = load_yaml(p.read_text(encoding="utf-8"))
        out = fn(obj)
        p.write_text(dump_yaml(obj if out is None else out), encoding="utf-8")
        return [rel]
    return change


def raw(rel: str, fn: Callable[[bytes], bytes]) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        p = d / rel
        p.write_bytes(fn(p.read_bytes()))
        return [rel]
    return change


def new(rel: str, text: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        (d / rel).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).write_text(text, encoding="utf-8")
        return [rel]
    return change


def both(*changes: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        return [f for c in changes for f in c(d)]
    return change


def status(rel: str, *items: dict[str, Any]) -> Callable[[Path], list[str]]:
    """Append status changes (each sourced by the Court's case page) to a warrant's history."""
    def fn(w: dict[str, Any]) -> None:
        for it in items:
            w["status_history"].append({**it, "sources": [dict(ICC)]})
    return ed(rel, fn)


def part(iso3: str, *acts: dict[str, Any], drop: Callable[[dict[str, Any]], bool] | None = None) -> Callable[[Path], list[str]]:
    """Add participation acts (sourced by the depositary) to a State, or drop some."""
    src = {"url": "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&clang=_en",
           "publisher": "United Nations Treaty Collection", "kind": "primary"}

    def fn(s: dict[str, Any]) -> None:
        if drop:
            s["participation"] = [a for a in s["participation"] if not drop(a)]
        for a in acts:
            s["participation"].append({"instrument": "rome-statute", **a, "sources": [dict(src)]})
    return ed(f"states/{iso3}.yaml", fn)


def setp(rel: str, path: str, value: Any) -> Callable[[Path], list[str]]:
    """Set a field by a dotted path (list items by index)."""
    def fn(obj: Any) -> None:
        *head, last = path.split(".")
        cur = obj
        for k in head:
            cur = cur[int(k)] if k.isdigit() else cur[k]
        if value is DELETE:
            del cur[int(last) if last.isdigit() else last]
        else:
            cur[int(last) if last.isdigit() else last] = value
    return ed(rel, fn)


DELETE = object()


def src_on(rel: str, path: str, source: dict[str, Any], replace: bool = False) -> Callable[[Path], list[str]]:
    """Add (or put in place of the list) a source on the fact at ``path`` ('' for the record's own)."""
    def fn(obj: Any) -> None:
        cur = obj
        for k in [k for k in path.split(".") if k]:
            cur = cur[int(k)] if k.isdigit() else cur[k]
        cur["sources"] = [source] if replace else cur["sources"] + [source]
    return ed(rel, fn)


def event(eid: str, date: str, state: str, action: str = "no_arrest", person: str = BASHIR, **more: Any) -> Callable[[Path], list[str]]:
    rec = {"id": eid, "date": date, "person": person, "state": state, "action": action, **more,
           "sources": [dict(REUTERS)]}
    return new(f"events/{eid}.yaml", dump_yaml(rec))


def copy_as(src_rel: str, dst_rel: str, fn: Callable[[Any], Any] | None = None) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        obj = load_yaml((d / src_rel).read_text(encoding="utf-8"))
        if fn:
            fn(obj)
        (d / dst_rel).parent.mkdir(parents=True, exist_ok=True)
        (d / dst_rel).write_text(dump_yaml(obj), encoding="utf-8")
        return [dst_rel]
    return change


UNTC = {"url": "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&clang=_en",
        "publisher": "United Nations Treaty Collection", "kind": "primary"}


def url_on_event(url: str) -> Callable[[Path], list[str]]:
    return sub(E_CHAD, "- url: https://www.icc-cpi.int/news/pre-trial-chamber-i-informs", f"- url: {url}\n  publisher: x\n  kind: secondary\n- url: https://www.icc-cpi.int/news/pre-trial-chamber-i-informs")


def add_measure(**fields: Any) -> Callable[[Path], list[str]]:
    rec = {"id": fields.pop("id"), **fields, "sources": [dict(ICC)]}
    return new(f"measures/{rec['id']}.yaml", dump_yaml(rec))


def custody(rel: str, *spells: dict[str, Any], statuses: tuple[dict[str, Any], ...] = ()) -> Callable[[Path], list[str]]:
    """Add custody spells (and status changes first), each sourced by the Court's case page."""
    def fn(w: dict[str, Any]) -> None:
        for s in statuses:
            w["status_history"].append({**s, "sources": [dict(ICC)]})
        w.setdefault("custody", []).extend({**s, "sources": [dict(ICC)]} for s in spells)
    return ed(rel, fn)


# --- how the checker's answer is read -----------------------------------------------------------------

def classify(problems: list[Any], changed: list[str]) -> tuple[str, list[str]]:
    """Errors only (round four's reading): "refused, named" when an error names a changed file, else "refused, named on
    the other record", or "passed"; with the first three problems shown."""
    errors = [p for p in problems if p.severity == "error"]
    if not errors:
        return "passed", []
    named = [f"data/{c}" for c in changed]
    mine = [p for p in errors if p.file in named]
    shown = [str(p)[:240] for p in (mine or errors)[:3]]
    return ("refused, named" if mine else "refused, named on the other record"), shown


def classify_with_warnings(problems: list[Any], changed: list[str], base: set[str]) -> tuple[str, list[str]]:
    """As ``classify``, and where no error was given: "warned, named" for a new warning naming a changed file (or another file: "on the other record")."""
    result, shown = classify(problems, changed)
    if result == "passed":
        named = {f"data/{c}" for c in changed}
        new_warnings = [p for p in problems if p.severity == "warning" and str(p) not in base]
        mine = [str(p)[:240] for p in new_warnings if p.file in named]
        if mine:
            return "warned, named", mine[:3]
        if new_warnings:
            return "warned, named on the other record", [str(p)[:240] for p in new_warnings[:3]]
    return result, shown


# --- the runner ----------------------------------------------------------------------------------------

SLOW_SECONDS = 10.0
HANG_SECONDS = 60


def _hang(signum: int, frame: Any) -> None:
    raise TimeoutError("hung")


def run_kinds(kinds: list[Any], extra: dict[str, str], out: Path, only: set[str] | None = None,
              classify: Callable[[list[Any], list[str], set[str]], tuple[str, list[str]]] | None = None) -> None:
    """Each kind's change laid over a copy of the small record (with `extra` files), checked, and classified
    (``classify``: problems, changed files, the unchanged record's problems; default: new warnings counted); each
    check timed, marked slow over SLOW_SECONDS and stopped after HANG_SECONDS. Results are written to ``out`` as
    they come: a stopped run keeps what it found."""
    classify = classify or classify_with_warnings
    results = []
    signal.signal(signal.SIGALRM, _hang)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base" / "data"
        shutil.copytree(SMALL, base)
        for rel, text in extra.items():
            (base / rel).parent.mkdir(parents=True, exist_ok=True)
            (base / rel).write_text(text, encoding="utf-8")
        base_problems = {str(p) for p in check_dataset(base)[1]}
        for i, (kind, what, change) in enumerate(kinds):
            if only and what not in only:
                continue
            d = Path(tmp) / f"k{i}" / "data"
            shutil.copytree(base, d, symlinks=True)
            try:
                changed = change(d) or []
            except Exception as exc:
                results.append({"kind": kind, "what": what, "result": f"void probe: {exc!r}", "problems": [], "seconds": 0})
                print(f"void probe: {exc!r:30} {kind} | {what}", flush=True)
                continue
            t0 = time.monotonic()
            signal.alarm(HANG_SECONDS)
            try:
                _, problems = check_dataset(d)
                signal.alarm(0)
                result, shown = classify(problems, changed, base_problems)
            except TimeoutError:
                result, shown = "hung", []
            except Exception:
                signal.alarm(0)
                result, shown = "crashed", [traceback.format_exc()[-600:]]
            secs = round(time.monotonic() - t0, 2)
            if secs > SLOW_SECONDS and result not in ("hung", "crashed"):
                result += f" (slow, {secs:.0f} s)"
            results.append({"kind": kind, "what": what, "result": result, "problems": shown, "seconds": secs})
            print(f"{result:36} {secs:6.2f}s {kind} | {what}", flush=True)
            shutil.rmtree(d.parent)
            out.write_text(json.dumps(results, indent=1, ensure_ascii=False))


def table(before: Path, after: Path | None = None) -> str:
    """A ROUNDn.md table's rows from a "before" run and (if given) an "after" run of a probe."""
    b = json.loads(before.read_text())
    a = {(r["kind"], r["what"]): r["result"] for r in json.loads(after.read_text())} if after else {}
    return "\n".join(f"| {r['kind']} | {r['what']} | {r['result']} | {a.get((r['kind'], r['what']), '')} |  |" for r in b)


def main(run: Callable[[Path, set[str] | None], None]) -> None:
    """A probe's command line: ``OUT.json [KIND ...]`` runs its kinds (all, or those named); ``table BEFORE.json
    [AFTER.json]`` prints its table's rows."""
    if sys.argv[1] == "table":
        print(table(Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None))
    else:
        run(Path(sys.argv[1]), set(sys.argv[2:]) or None)
