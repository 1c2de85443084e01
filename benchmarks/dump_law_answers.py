"""Dump the law engine's answers as JSON, to prove a speed change keeps every answer identical.

Run before a change and after it, then compare the two files byte for byte:

    .venv/bin/python benchmarks/dump_law_answers.py before.json
    ... change the code ...
    .venv/bin/python benchmarks/dump_law_answers.py after.json && cmp before.json after.json

The dump holds the whole travel matrix (every person x State: interval starts and categories), a
seeded sample of determinations (person by name or by id x State x date, the API's full output:
reasoning, citations, sources, positions, doubts, plus the fields the API does not print), the same
sample's first questions asked again of fresh facts (a cache that leaks between questions would show),
questions for a period (a month or a year), and what-if questions built from the record (a treaty act,
a warrant's withdrawal, custody), each with its matrix sample. An error is dumped as its message.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from typing import Any

from iccwatch.facts import Assumption, Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.arrest import arrest_obligation_during
from iccwatch.law.matrix import travel_matrix
from iccwatch.settings import Settings
from iccwatch.store import build_store, read_records


def _det(facts: Facts, state: str, person: str, on: dt.date) -> dict[str, Any]:
    try:
        d = arrest_obligation(facts, state, person, on)
    except (LookupError, ValueError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    out = d.as_dict()
    out["execution_postponed"] = d.execution_postponed
    out["bases"] = [{"kind": b.kind, "applies": b.applies, "citations": list(b.citations), "forum": sorted(b.forum),
                     "missing": list(b.missing), "doubts": list(b.doubts), "effect": b.effect,
                     "positions": [p.id for p in b.positions], "later": [p.id for p in b.later],
                     "step": b.step.as_dict()} for b in d.bases]
    return out


def _matrix(facts: Facts) -> dict[str, Any]:
    m = travel_matrix(facts)
    return {f"{p}|{s}": [[d.isoformat() for d in m.starts[(p, s)]], list(m.categories[(p, s)])] for p, s in sorted(m.starts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="the JSON file to write")
    ap.add_argument("--db", default=None)
    ap.add_argument("--questions", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    settings = Settings.from_env(db=args.db)
    build_store(settings.data_dir, settings.db_url)
    records = read_records(settings.db_url)
    rng = random.Random(args.seed)
    persons = sorted(records.persons.values(), key=lambda p: p.id)
    states = sorted(records.states)
    # Dates from before the Statute's adoption to after the record's last check; some on a fact's own date.
    fact_days = sorted({w.issued for w in records.warrants.values() if w.issued and len(w.issued) == 10}
                       | {a.date for st in records.states.values() for a in st.participation if len(a.date) == 10})

    def day() -> dt.date:
        if rng.random() < 0.25 and fact_days:
            return dt.date.fromisoformat(rng.choice(fact_days)) + dt.timedelta(days=rng.choice((-1, 0, 0, 1)))
        return dt.date(1998, 1, 1) + dt.timedelta(days=rng.randrange(11000))

    questions = [(rng.choice(states), rng.choice(persons), day(), rng.random() < 0.8) for _ in range(args.questions)]
    facts = Facts(records)
    out: dict[str, Any] = {"matrix": _matrix(facts)}
    out["determinations"] = [
        {"q": [s, p.name if by_name else p.id, d.isoformat()], "a": _det(facts, s, p.name if by_name else p.id, d)}
        for s, p, d, by_name in questions]
    out["fresh"] = [_det(Facts(records), s, p.id, d) for s, p, d, _ in questions[:100]]
    periods = []
    for s, p, d, _ in questions[:150]:
        first, last = (d.replace(day=1), (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1))
        try:
            det = arrest_obligation_during(facts, s, p.id, first, last, d.strftime("%Y-%m"))
            periods.append(det.as_dict())
        except (LookupError, ValueError) as exc:
            periods.append({"error": f"{type(exc).__name__}: {exc}"})
    out["periods"] = periods
    # What-ifs from the record: a State's treaty act, a warrant withdrawn, a person in custody.
    texts = []
    for _ in range(40):
        texts.append(f"{rng.choice(states)} {rng.choice(('withdrawal_notified', 'accession', 'ratification'))} "
                     f"{day().isoformat()}")
    wanted = [w for w in sorted(records.warrants.values(), key=lambda w: w.id) if w.kind == "arrest_warrant"]
    for _ in range(20):
        w = rng.choice(wanted)
        kind = rng.choice(("warrant withdrawn", "warrant issued", "custody"))
        texts.append(f"{kind.split()[0]} {w.person} {' '.join(kind.split()[1:])} {day().isoformat()}".replace("  ", " "))
    whatifs = []
    for text in texts:
        entry: dict[str, Any] = {"assume": text}
        try:
            f2 = facts.with_assumptions([Assumption.parse(text)])
        except (LookupError, ValueError) as exc:
            entry["error"] = f"{type(exc).__name__}: {exc}"
            whatifs.append(entry)
            continue
        entry["answers"] = [_det(f2, s, p.id, d) for s, p, d, _ in rng.sample(questions, 15)]
        m = travel_matrix(f2)
        entry["matrix_sample"] = [[p.id, s, m.lookup(p.id, s, d)] for s, p, d, _ in rng.sample(questions, 50)]
        whatifs.append(entry)
    out["whatifs"] = whatifs
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=0, sort_keys=True, default=str)
        fh.write("\n")


if __name__ == "__main__":
    main()
