"""Draw a seeded, stratified random sample of facts for a source audit (issue 16; audit32, session 23).

A fact is one sourced statement of the record: an event record, a warrant record (its issue) or one entry of its
`status_history`, a decision record, one Rome Statute act in a State's `participation` (instrument `rome-statute`,
the default), or a statement, measure, response or position record. The strata and their sizes follow the task
(weighted to what users cite most): events 15, warrants and status entries 15, decisions 10, Rome Statute acts 10,
statements/measures/responses/positions 10.

Eligible: a fact added or changed since BASE (the commit audit31 audited), i.e. a fact whose identity (file, and
for a nested fact its act/status and date) is new, or whose `sources` or date differ from the same fact at BASE;
facts whose citations audit31 listed in contrib/audit31_results.md are left out. Within each stratum every
eligible fact has the same chance: random.Random(SEED).sample over the stratum's facts in sorted order.

Run from the repository root:
  .venv/bin/python contrib/sample_facts.py [SEED] [--base COMMIT] [--at COMMIT] [--json PATH]
--at reads the record as of a commit (default: the working tree). audit32 used
  .venv/bin/python contrib/sample_facts.py 32 --base 9f1d30e6 --at 857c9098

--all (session 33, the maudit audit) draws over every fact of the record, not only those changed since BASE, in
seven strata so that each kind appears: events 12, warrants and status entries 12, decisions 10, Rome Statute
acts 10, statements 6, measures 5, responses 5 (positions are left out: they are views, audited by their own rule).
The maudit audit used
  .venv/bin/python contrib/sample_facts.py 33 --all --json /tmp/maudit_sample.json
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import yaml

SIZES = {"events": 15, "warrants": 15, "decisions": 10, "rome_statute_acts": 10, "other": 10}
OTHER = ("statements", "measures", "responses", "positions")
SIZES_ALL = {
    "events": 12,
    "warrants": 12,
    "decisions": 10,
    "rome_statute_acts": 10,
    "statements": 6,
    "measures": 5,
    "responses": 5,
}


def _load(text: str | None) -> object:
    return yaml.safe_load(text) if text else None


def _at(base: str, path: str) -> str | None:
    r = subprocess.run(["git", "show", f"{base}:{path}"], capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else None


def _facts(
    path: str, doc: object, by_folder: bool = False
) -> list[tuple[str, str, tuple[object, ...], dict[str, object]]]:
    """(stratum, json path, identity, fact) for each fact of one file.

    by_folder: statements, measures and responses are strata of their own (positions are left out).
    """
    if not isinstance(doc, dict):
        return []
    folder = path.split("/")[1]
    out: list[tuple[str, str, tuple[object, ...], dict[str, object]]] = []
    if by_folder and folder in OTHER:
        if folder != "positions":
            out.append((folder, "", (path,), doc))
        return out
    if folder == "events":
        out.append(("events", "", (path,), doc))
    elif folder == "decisions":
        out.append(("decisions", "", (path,), doc))
    elif folder in OTHER:
        out.append(("other", "", (path,), doc))
    elif folder == "warrants":
        out.append(
            (
                "warrants",
                "",
                (path, "issue"),
                {k: v for k, v in doc.items() if k != "status_history"},
            )
        )
        for i, st in enumerate(doc.get("status_history") or []):
            ident = (path, st.get("status"), st.get("date"), st.get("state"))
            out.append(("warrants", f".status_history[{i}]", ident, st))
    elif folder == "states":
        for i, act in enumerate(doc.get("participation") or []):
            if act.get("instrument", "rome-statute") != "rome-statute":
                continue
            ident = (path, act.get("action"), act.get("date"))
            out.append(("rome_statute_acts", f".participation[{i}]", ident, act))
    return out


def _key(f: dict[str, object]) -> str:
    return json.dumps(
        [f.get("sources"), f.get("date"), f.get("issued")], sort_keys=True, default=str
    )


def audit31_listed(base: str) -> set[tuple[object, ...]]:
    """Identities (at BASE) of the facts whose citations audit31 listed."""
    text = Path("contrib/audit31_results.md").read_text(encoding="utf-8")
    listed: set[tuple[object, ...]] = set()
    for m in re.finditer(r"^\| \d+ \| `([^`]+)` \| `([^`]+)` \|", text, re.M):
        path, cpath = "data/" + m.group(1), m.group(2)
        fact_path = re.sub(r"\.(sources|offices)\[\d+\].*$", "", cpath)
        fact_path = re.sub(r"\.sources\[\d+\]$", "", fact_path)
        for _s, p, ident, _f in _facts(path, _load(_at(base, path))):
            if p == fact_path or (p == "" and fact_path.startswith(".offices")):
                listed.add(ident)
    return listed


def main(argv: list[str]) -> int:
    base = "9f1d30e6"
    json_path = None
    at = None
    if "--at" in argv:
        i = argv.index("--at")
        at = argv[i + 1]
        argv = argv[:i] + argv[i + 2 :]
    if "--base" in argv:
        i = argv.index("--base")
        base = argv[i + 1]
        argv = argv[:i] + argv[i + 2 :]
    if "--json" in argv:
        i = argv.index("--json")
        json_path = argv[i + 1]
        argv = argv[:i] + argv[i + 2 :]
    every = "--all" in argv
    argv = [a for a in argv if a != "--all"]
    sizes = SIZES_ALL if every else SIZES
    seed = int(argv[0]) if argv else 32
    listed = set() if every else audit31_listed(base)
    strata: dict[str, list[dict[str, object]]] = {k: [] for k in sizes}
    totals = {k: 0 for k in sizes}
    if at:
        listing = subprocess.run(
            ["git", "ls-tree", "-r", "--name-only", at, "data"], capture_output=True, text=True
        )
        paths = sorted(x for x in listing.stdout.split() if x.endswith(".yaml"))
    else:
        paths = sorted(str(f) for f in Path("data").rglob("*.yaml"))
    for path in paths:
        if "/lookups/" in path:
            continue
        old = (
            {}
            if every
            else {ident: fact for _s, _p, ident, fact in _facts(path, _load(_at(base, path)))}
        )
        now = _at(at, path) if at else Path(path).read_text(encoding="utf-8")
        for stratum, p, ident, fact in _facts(path, _load(now), by_folder=every):
            totals[stratum] += 1
            if ident in listed:
                continue
            if not every and ident in old and _key(old[ident]) == _key(fact):
                continue
            strata[stratum].append(
                {
                    "stratum": stratum,
                    "file": path,
                    "path": p or ".",
                    "date": fact.get("date") or fact.get("issued"),
                    "status": fact.get("status") or fact.get("action"),
                    "new": ident not in old,
                }
            )
    rng = random.Random(seed)
    sample: list[dict[str, object]] = []
    for stratum, n in sizes.items():
        print(f"{stratum}: {len(strata[stratum])} eligible of {totals[stratum]}; drawing {n}")
        sample.extend(rng.sample(strata[stratum], n))
    for i, s in enumerate(sample):
        print(
            i,
            s["stratum"],
            s["file"],
            s["path"],
            s["status"],
            s["date"],
            "" if every else ("new" if s["new"] else "changed"),
        )
    if json_path:
        Path(json_path).write_text(
            json.dumps(sample, indent=1, ensure_ascii=False, default=str), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
