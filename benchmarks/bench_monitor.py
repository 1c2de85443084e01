"""Monitor speed and accuracy, measured in one run.

Speed: documents per second over a generated corpus of news-like documents (default 10,000), on one
core (serial) and on a 2-worker Dask LocalCluster, as ratios to bare spaCy tokenisation of the same
corpus (the floor any spaCy-based pipeline pays), with memory per worker.
Accuracy: precision and recall per fact type on the labelled set in tests/monitor/labelled.

Run: .venv/bin/python benchmarks/bench_monitor.py [--docs 10000]
"""

from __future__ import annotations

import argparse
import os
import random
import time
from pathlib import Path

import psutil

from iccwatch.facts import Facts
from iccwatch.monitor.documents import Document
from iccwatch.monitor.evaluate import evaluate
from iccwatch.monitor.gazetteer import pipeline, spec_from_records
from iccwatch.monitor.pipeline import dask_client, run_dask, run_serial
from iccwatch.settings import Settings
from iccwatch.store import build_store, read_records

TEMPLATES = [
    "{person} arrived in {city} on {weekday} for talks with the president, officials said.",
    "{person} will travel to {state} next week, the foreign ministry announced.",
    "Police in {city} arrested a man on {weekday}; {person} was not involved, according to the statement.",
    "The government of {state} said it would not arrest {person} if he came to the summit.",
    "Judges at the International Criminal Court issued an arrest warrant for {person} on {weekday}.",
    "Markets in {city} rose on {weekday} as investors weighed the central bank's decision.",
    "{state} announced on {weekday} that it would withdraw from the Rome Statute.",
    "Thousands attended a festival in {city} over the weekend, organisers said.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def corpus(facts: Facts, n: int, seed: int = 1) -> list[Document]:
    rng = random.Random(seed)
    persons = [p.name for p in facts.records.persons.values()]
    states = [s.name for s in facts.records.states.values()]
    cities = list(facts.records.lookups["places"]["places"])
    docs = []
    for i in range(n):
        body = " ".join(rng.choice(TEMPLATES).format(person=rng.choice(persons), state=rng.choice(states), city=rng.choice(cities),
                                                     weekday=rng.choice(WEEKDAYS)) for _ in range(rng.randint(3, 7)))
        docs.append(Document(id=f"gen{i:06d}", title=f"generated {i}", publisher="benchmark", date="2025-06-04", language="en", text=body))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=10_000)
    args = ap.parse_args()
    settings = Settings.from_env()
    build_store(settings.data_dir, settings.db_url)
    facts = Facts(read_records(settings.db_url))
    spec = spec_from_records(facts.records)
    docs = corpus(facts, args.docs)
    words = sum(len(d.text.split()) for d in docs)
    nlp = pipeline(spec)

    t = time.perf_counter()
    for d in docs:
        nlp.make_doc(d.text)
    tok = time.perf_counter() - t

    t = time.perf_counter()
    serial = run_serial(docs, spec)
    one = time.perf_counter() - t

    client = dask_client(workers=2)
    try:
        run_dask(docs[:200], spec, client)  # warm: each worker builds its pipeline once
        t = time.perf_counter()
        distributed = run_dask(docs, spec, client)
        two = time.perf_counter() - t
        mem = client.run(lambda: psutil.Process().memory_info().rss)
    finally:
        client.close()
    assert distributed == serial, "Dask and serial runs disagree"

    print(f"machine: {os.cpu_count()} cores; corpus: {len(docs)} generated documents, {words} words")
    print(f"bare spaCy tokenisation: {len(docs) / tok:8.0f} docs/s")
    print(f"pipeline, serial (1 core): {len(docs) / one:8.0f} docs/s   ratio to tokenisation: {one / tok:.1f}x the time")
    print(f"pipeline, Dask LocalCluster (2 workers): {len(docs) / two:8.0f} docs/s   speed-up over serial: {one / two:.2f}x")
    print("memory per worker: " + ", ".join(f"{rss / 2**20:.0f} MiB" for rss in mem.values()))
    print(f"candidates produced: {sum(len(c) for c in serial)}")

    result = evaluate(Path(__file__).resolve().parents[1] / "tests" / "monitor" / "labelled", spec)
    print("\naccuracy on the labelled set (precision / recall):")
    for t_, v in result["per_type"].items():
        p = "-" if v["precision"] is None else f"{v['precision']:.2f}"
        r = "-" if v["recall"] is None else f"{v['recall']:.2f}"
        print(f"  {t_:22s} {p:>5} / {r:<5}  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
    o = result["overall"]
    print(f"  {'overall':22s} {o['precision']:.2f} / {o['recall']:.2f}")


if __name__ == "__main__":
    main()
