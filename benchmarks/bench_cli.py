"""Start-up of the command line, as a ratio to a bare Python start measured in the same run.

Times whole processes (import, reading the store, printing), alternating each command with the
baseline so that the machine's drift affects both alike; prints the medians of the wall-clock time and
of the CPU time (user + system, the kernel's own count for the finished process, which a loaded
machine inflates less than the wall clock), and the ratios of each to the bare Python start. The goals
(issue 15): ``iccwatch --help`` within 0.2 s and one question (``iccwatch ask arrest ...``) within
0.35 s on the 2-core machine. Output goes to /dev/null (as to a pipe or a file), where the answer is
laid out without Rich; the "(to a terminal)" row prints to a pseudo-terminal, where Rich prints it in
colour.

The commands run as an installed program does: with Python's compiled bytecode cached (``__pycache__``,
which pip writes when it installs a package, and Python itself on a first run), so ``PYTHONDONTWRITEBYTECODE`` is removed from their
environment and the first, uncounted run writes the cache; otherwise every run compiles the package's
modules again (about a tenth more CPU time for one question, measured here).

Run: .venv/bin/python benchmarks/bench_cli.py [--runs 15] [--src OTHER_CHECKOUT/src] [--before OTHER_CHECKOUT/src]
(--src times another checkout's CLI with this interpreter instead of the installed one; --before times
another checkout's CLI too, in the same run, each of its runs beside this one's and the baseline's, so a
change is compared under the same load; commands a checkout does not have are skipped.)
"""

from __future__ import annotations

import argparse
import os
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
    "iccwatch ask arrest (to a terminal)": ["ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03"],
}
#: Commands whose output goes to a terminal (a pseudo-terminal, 80 columns), where Rich prints the
#: answer in colour; every other command's output goes to /dev/null, as to a pipe or a file.
TO_TERMINAL = {"iccwatch ask arrest (to a terminal)"}
BASELINE = [sys.executable, "-c", "pass"]
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
GOALS = {"iccwatch --help": 0.2, "iccwatch ask arrest (one question)": 0.35, "iccwatch ask arrest (to a terminal)": 0.35}


def timed(cmd: list[str], terminal: bool = False) -> tuple[float, float] | None:
    """Wall-clock and CPU seconds of one run of ``cmd`` (its output discarded, or read from a
    pseudo-terminal); None if it failed."""
    reader = None
    start = time.perf_counter()
    if terminal:
        import pty
        import struct
        import termios
        import threading
        from fcntl import ioctl

        master, slave = pty.openpty()
        ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 25, 80, 0, 0))
        proc = subprocess.Popen(cmd, stdout=slave, stderr=subprocess.DEVNULL, env={**ENV, "TERM": "xterm-256color"})
        os.close(slave)

        def drain() -> None:
            try:
                while os.read(master, 65536):
                    pass
            except OSError:  # the child closed the terminal
                pass
            os.close(master)

        reader = threading.Thread(target=drain)
        reader.start()
    else:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    if reader is not None:
        reader.join()
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code != 0:
        print(f"  skipped {' '.join(cmd[-9:])}: exit {code}", file=sys.stderr)
        return None
    return took, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--src", type=Path, help="time the CLI of another checkout's src/ folder")
    parser.add_argument("--before", type=Path, help="also time another checkout's src/ folder, in the same run")
    args = parser.parse_args()
    heads = {"": _head(args.src)}
    if args.before:
        heads[" (before)"] = _head(args.before)
    print(f"{'command':47} {'wall s':>7} {'cpu s':>6} {'bare python wall/cpu s':>23} {'ratio wall':>10} {'ratio cpu':>9} {'goal s':>6}")
    for name, a in ARGS.items():
        commands = {label: head + a for label, head in heads.items()}
        terminal = name in TO_TERMINAL
        for cmd in commands.values():  # builds the store if needed, writes the bytecode cache, warms the file cache
            timed(cmd, terminal)
        ours: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
        base: list[tuple[float, float]] = []
        for _ in range(args.runs):
            runs = {label: timed(cmd, terminal) for label, cmd in commands.items()}
            b = timed(BASELINE)
            if b is None or any(r is None for r in runs.values()):
                commands = {label: cmd for label, cmd in commands.items() if runs[label] is not None}
                if b is None or not commands:
                    break
                ours = {label: ours[label] for label in commands}
            for label in commands:
                ours[label].append(runs[label])  # type: ignore[arg-type]
            base.append(b)
        for label, times in ours.items():
            if times:
                _row(name + label, times, base[-len(times):], GOALS.get(name))


def _head(src: Path | None) -> list[str]:
    if src is None:
        return [str(BIN / "iccwatch")]
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(src.resolve())!r}); sys.argv[0] = 'iccwatch'; "
            "from iccwatch.cli import main; main()"]


def _row(name: str, ours: list[tuple[float, float]], base: list[tuple[float, float]], goal: float | None) -> None:
    wall, cpu = (statistics.median(x[i] for x in ours) for i in (0, 1))
    bare_wall, bare_cpu = (statistics.median(x[i] for x in base) for i in (0, 1))
    ratio_wall = statistics.median(a[0] / b[0] for a, b in zip(ours, base, strict=True))
    ratio_cpu = statistics.median(a[1] / max(b[1], 1e-3) for a, b in zip(ours, base, strict=True))
    print(f"{name:47} {wall:7.3f} {cpu:6.3f} {bare_wall:14.3f} / {bare_cpu:6.3f} {ratio_wall:10.1f} {ratio_cpu:9.1f} "
          f"{goal if goal else '':>6}", flush=True)


if __name__ == "__main__":
    main()
