"""Speed of the law engine: the whole travel matrix by interval sweep, one question, one lookup.

Run: .venv/bin/python benchmarks/bench_law.py [--db URL] [--questions N]
Prints absolute times and the ratios measured in this one run. Targets (issue 3): the whole matrix
under 1 s and one question under 1 ms on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import time

from iccwatch.facts import Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.matrix import travel_matrix
from iccwatch.settings import Settings
from iccwatch.store import build_store, read_records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", default=None)
    ap.add_argument("--questions", type=int, default=3000)
    args = ap.parse_args()
    settings = Settings.from_env(db=args.db)
    build_store(settings.data_dir, settings.db_url)
    rng = random.Random(7)

    runs = []
    for _ in range(3):
        facts = Facts(read_records(settings.db_url))  # fresh memo each run: a cold matrix
        t = time.perf_counter()
        matrix = travel_matrix(facts)
        runs.append(time.perf_counter() - t)
    matrix_s = statistics.median(runs)

    persons, states = sorted(facts.records.persons), sorted(facts.records.states)
    questions = [
        (rng.choice(states), rng.choice(persons), dt.date(2002, 7, 1) + dt.timedelta(days=rng.randrange(8700)))
        for _ in range(args.questions)
    ]
    cold = Facts(read_records(settings.db_url))
    t = time.perf_counter()
    for s, p, d in questions:
        arrest_obligation(cold, s, p, d)
    question_s = (time.perf_counter() - t) / len(questions)

    t = time.perf_counter()
    for s, p, d in questions:
        matrix.lookup(p, s, d)
    lookup_s = (time.perf_counter() - t) / len(questions)

    print(f"machine: {os.cpu_count()} cores")
    print(f"travel matrix: {len(persons)} persons x {len(states)} States, {matrix.intervals()} intervals, "
          f"median of 3 cold runs {matrix_s:.3f} s (target < 1 s)")
    print(f"one question (arrest_obligation, {len(questions)} random): {question_s * 1e6:.1f} us (target < 1000 us)")
    print(f"one lookup in the matrix: {lookup_s * 1e6:.2f} us")
    print(f"ratio question / lookup: {question_s / lookup_s:.0f}x")
    print(f"ratio matrix / question: {matrix_s / question_s:.0f} questions' worth")


if __name__ == "__main__":
    main()
