"""The review races of tests/test_reliability_review.py, run many times each: two accepts for one State
at once, one candidate accepted twice at once, an accept during a store build, an ingest during a build.

The suite runs each race a few times (ICCWATCH_RACE_RUNS, default 4) so that it stays fast and a broken
lock still fails there; this runs the same checks with more runs (default 20, the suite's former count)
on a fresh small record and store per race, and prints the seconds per run. A lost or doubled write
stops the run with the failing check's message.

Run: .venv/bin/python benchmarks/bench_review_races.py [--runs 20] [--race accept_during_a_build]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the races live in the test module, so the suite and this run the same code

from tests import test_reliability_review as races  # noqa: E402

RACES = {name.removeprefix("race_"): getattr(races, name) for name in dir(races) if name.startswith("race_")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--race", action="append", choices=sorted(RACES), help="only this race (repeatable)")
    args = ap.parse_args()
    failed = 0
    for name in args.race or sorted(RACES):
        with tempfile.TemporaryDirectory() as tmp:
            env = races.make_env(Path(tmp), ROOT / "data")
            start = time.perf_counter()
            try:
                RACES[name](env, args.runs)
                verdict = "ok"
            except AssertionError as exc:
                failed += 1
                verdict = f"FAILED: {str(exc)[:300]}"
            took = time.perf_counter() - start
        print(f"{name}: {args.runs} runs in {took:.1f} s ({took / args.runs:.2f} s per run): {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
