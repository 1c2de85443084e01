"""Start-up of the command line, as a ratio to a bare Python start measured in the same run.

Times whole processes (import, reading the store, printing), alternating each command with the
baseline so that the machine's drift affects both alike; prints the medians and the ratios, and the
seconds they stand for on this machine. The goals (issue 15): ``iccwatch --help`` within 0.2 s and
one question (``iccwatch ask arrest ...``) within 0.35 s on the 2-core machine.

Run: .venv/bin/python benchmarks/bench_cli.py [--runs 15] [--src OTHER_CHECKOUT/src]
(--src times another checkout's CLI with this interpreter, e.g. the code before a change; commands it
does not have are skipped.)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ARGS = {
    "iccwatch --help": ["--help"],
    "iccwatch --version": ["--version"],
    "iccwatch ask arrest (one question)": ["ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03"],
    "iccwatch ask arrest --json": ["ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03", "--json"],
}
BASELINE = [sys.executable, "-c", "pass"]
GOALS = {"iccwatch --help": 0.2, "iccwatch ask arrest (one question)": 0.35}


def wall(cmd: list[str]) -> float | None:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, check=False)
    took = time.perf_counter() - start
    if done.returncode != 0:
        print(f"  skipped {' '.join(cmd[-9:])}: exit {done.returncode}", file=sys.stderr)
        return None
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--src", type=Path, help="time the CLI of another checkout's src/ folder")
    args = parser.parse_args()
    if args.src:
        head = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(args.src.resolve())!r}); sys.argv[0] = 'iccwatch'; "
                "from iccwatch.cli import main; main()"]
    else:
        head = [str(BIN / "iccwatch")]
    commands = {name: head + a for name, a in ARGS.items()}
    wall(commands["iccwatch ask arrest --json"])  # builds the store if needed, warms the file cache
    print(f"{'command':40} {'median s':>9} {'bare python s':>14} {'ratio':>7} {'goal s':>7}")
    for name, cmd in commands.items():
        ours, base, ratios = [], [], []
        for _ in range(args.runs):
            a, b = wall(cmd), wall(BASELINE)
            if a is None or b is None:
                break
            ours.append(a)
            base.append(b)
            ratios.append(a / b)
        goal = GOALS.get(name)
        if not ours:
            continue
        print(f"{name:40} {statistics.median(ours):9.3f} {statistics.median(base):14.3f} {statistics.median(ratios):7.1f} "
              f"{goal if goal else '':>7}")


if __name__ == "__main__":
    main()
