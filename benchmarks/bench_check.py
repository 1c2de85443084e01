"""CPU of checking a record again after one file changed, and of a what-if question by a person's name.

Run: .venv/bin/python benchmarks/bench_check.py [--data DIR] [--rounds N]
Prints CPU times (this process only: the machine is shared) and the ratios measured in this one run:
- a check of a copy of the record with the checker's caches emptied (as a new process's first check) against a
  check of that copy after one record file changed (what a rebuild after an edit, each accept of the review
  queue and the checker's tests pay): the loader, the walks and the source policy reuse what they found for
  the unchanged records;
- a question with an assumption (a what-if: a copy of the facts) against the same question on a copy built
  without the indexes of the kinds the assumption leaves unchanged (the persons' names, the warrants).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from iccwatch.dataset import check_dataset, load_dataset
from iccwatch.facts import Assumption, Facts
from iccwatch.law import arrest_obligation

ROOT = Path(__file__).resolve().parents[1]


def _empty_caches() -> None:
    from iccwatch.dataset import checks, loader, provenance_checks, sources_policy, walked

    for cache in (loader._VALIDATED, loader._LOOKUPS_CHECKED, walked._WALKED, getattr(sources_policy, "_OF_RECORD", None),  # noqa: SLF001
                  getattr(provenance_checks, "_OF_RECORD", None), getattr(checks, "_IMPOSSIBLE", None)):  # noqa: SLF001
        if cache is not None:
            cache.clear()


def _cpu(fn) -> float:  # noqa: ANN001
    c = time.process_time()
    fn()
    return time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT / "tests" / "fixtures" / "record")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    first, again = [], []
    for _ in range(args.rounds):
        copy = Path(tempfile.mkdtemp()) / "data"
        shutil.copytree(args.data, copy)
        _empty_caches()
        first.append(_cpu(lambda copy=copy: check_dataset(copy)))
        person = sorted((copy / "persons").glob("*.yaml"))[0]
        person.write_text(person.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # one file changed
        again.append(_cpu(lambda copy=copy: check_dataset(copy)))
        shutil.rmtree(copy.parent)
    f, a = statistics.median(first), statistics.median(again)
    print(f"check of a copy of {args.data.name}: caches empty {f:.3f} s CPU, after one file changed {a:.3f} s (ratio {a / f:.2f})")

    records = load_dataset(args.data)
    base = Facts(records)
    persons = sorted(records.persons.values(), key=lambda p: p.id)
    states = sorted(records.states)
    on = dt.date(2025, 4, 3)
    for p in persons:
        arrest_obligation(base, states[0], p.name, on)  # the base facts' indexes built, as the server holds them
    what_if = [Assumption.parse(f"{states[1]} withdrawal_notified 2024-01-02")]

    def ask(copy: Facts) -> None:
        for p in persons:
            arrest_obligation(copy, states[0], p.name, on)

    shared, fresh = [], []
    for _ in range(args.rounds):
        shared.append(_cpu(lambda: ask(base.with_assumptions(what_if))))
        fresh.append(_cpu(lambda: ask(Facts(base.with_assumptions(what_if).records, base.assumptions + tuple(what_if)))))
    s, r = statistics.median(shared), statistics.median(fresh)
    print(f"what-if, {len(persons)} questions by name: sharing the indexes {s:.4f} s CPU, building them {r:.4f} s (ratio {s / r:.2f})")


if __name__ == "__main__":
    main()
