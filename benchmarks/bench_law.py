"""Speed of the law engine: the whole travel matrix, one question by a person's name, one lookup.

Run: .venv/bin/python benchmarks/bench_law.py [--db URL] [--questions N]
Prints absolute times and the ratios measured in this one run. Targets (issue 11): one determination
by a person's name at most 100 us median in process (warm: the facts built once, as the server holds
them), the whole travel matrix at most 0.5 s, each in wall and in CPU time (the machine is shared). For
comparison the run also times the name lookup the engine used before (every alias of every person
normalised on every call).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import time

from iccwatch.dataset.names import name_matches
from iccwatch.facts import Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.matrix import travel_matrix
from iccwatch.settings import Settings
from iccwatch.store import build_store, read_records


def _median_us(fn, items, clock=time.perf_counter) -> float:  # noqa: ANN001
    times = []
    for it in items:
        t = clock()
        fn(*it)
        times.append(clock() - t)
    return statistics.median(times) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", default=None)
    ap.add_argument("--questions", type=int, default=3000)
    args = ap.parse_args()
    settings = Settings.from_env(db=args.db)
    build_store(settings.data_dir, settings.db_url)
    records = read_records(settings.db_url)
    rng = random.Random(7)

    runs, cpu = [], []
    for _ in range(3):
        facts = Facts(records)  # fresh caches each run: a cold matrix
        t, c = time.perf_counter(), time.process_time()
        matrix = travel_matrix(facts)
        runs.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    matrix_s = statistics.median(runs)
    matrix_cpu = statistics.median(cpu)

    persons = sorted(records.persons.values(), key=lambda p: p.id)
    states = sorted(records.states)
    questions = [
        (rng.choice(states), rng.choice(persons), dt.date(2002, 7, 1) + dt.timedelta(days=rng.randrange(8700)))
        for _ in range(args.questions)
    ]
    by_name = [(s, p.name, d) for s, p, d in questions]
    by_id = [(s, p.id, d) for s, p, d in questions]

    warm = Facts(records)
    cold_name_us = _median_us(lambda s, n, d: arrest_obligation(warm, s, n, d), by_name)  # first time each question
    # The same, in CPU time of this process (the machine is shared: wall time counts other processes' turns too).
    cpu_facts = Facts(records)
    cold_name_cpu_us = _median_us(lambda s, n, d: arrest_obligation(cpu_facts, s, n, d), by_name, time.process_time)
    warm_name_us = _median_us(lambda s, n, d: arrest_obligation(warm, s, n, d), by_name)  # asked again
    fresh = Facts(records)
    id_us = _median_us(lambda s, i, d: arrest_obligation(fresh, s, i, d), by_id)

    def old_lookup(query: str) -> None:
        scored = [(name_matches(query, [p.name, *p.aliases]), p) for p in records.persons.values()]
        best = max(s for s, _ in scored)
        [p for s, p in scored if s == best and s > 0]  # noqa: B018

    names = [(n,) for _, n, _ in by_name[:500]]
    old_us = _median_us(old_lookup, names)
    idx = Facts(records)
    new_us = _median_us(lambda n: idx.find_persons(n + " "), names)  # a new string each time: no cache hit

    # What the CPU clock itself costs per reading, timed the same way around nothing (on some machines reading the
    # process's CPU time is a system call of several microseconds): part of every CPU median above, not subtracted.
    clock_us = _median_us(lambda: None, [()] * 2000, time.process_time)

    t = time.perf_counter()
    for s, p, d in questions:
        matrix.lookup(p.id, s, d)
    lookup_us = (time.perf_counter() - t) / len(questions) * 1e6

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"travel matrix: {len(persons)} persons x {len(states)} States, {matrix.intervals()} intervals, "
          f"median of 3 cold runs {matrix_s:.3f} s wall, {matrix_cpu:.3f} s CPU (target <= 0.5 s)")
    print(f"one determination by name, first asked: median {cold_name_us:.1f} us wall, {cold_name_cpu_us:.1f} us CPU (target <= 100 us)")
    print(f"the CPU clock around nothing: median {clock_us:.1f} us (included in the CPU medians)")
    print(f"one determination by name, asked again: median {warm_name_us:.1f} us")
    print(f"one determination by id, first asked: median {id_us:.1f} us")
    print(f"name lookup: indexed {new_us:.2f} us, scanning every alias (before) {old_us:.1f} us: ratio {old_us / new_us:.0f}x")
    print(f"one lookup in the matrix: {lookup_us:.2f} us; ratio question / lookup: {cold_name_us / lookup_us:.0f}x")
    print(f"ratio matrix / question: {matrix_s * 1e6 / cold_name_us:.0f} questions' worth")


if __name__ == "__main__":
    main()
