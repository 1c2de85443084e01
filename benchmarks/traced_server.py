"""The real ``iccwatch serve`` app under uvicorn, with tracemalloc on, for the wide soak's memory hunt
(``bench_soak_wide.py --trace-dir DIR`` starts it). Not for production: tracing slows every allocation.

Tracing starts at the first SIGUSR1 (the benchmark sends it after its warm-up: what grows after it is what
is traced, and the warm-up runs at full speed); --frames 0 leaves it off (the other figures only).
On SIGUSR1 it writes, in DIR, phase-N.snap (a tracemalloc snapshot), and phase-N.txt: the RSS, the RSS
after glibc's malloc_trim(0) (memory the allocator holds but Python freed: fragmentation, not objects),
the bytes Python's tracemalloc sees, the count of live objects of each type (gc), and the size of each of
the facts' caches. Then it writes phase-N.done, which the benchmark waits for.

Run: python benchmarks/traced_server.py --db PATH --port N --trace-dir DIR [--frames 8]
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import gc
import os
import re
import signal
import sys
import tempfile
import tracemalloc
from pathlib import Path
from types import FrameType

import psutil


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def pymalloc_stats() -> dict[str, float]:
    """Python's small-object allocator, from sys._debugmallocstats (written to the C stderr): the MB in its
    arenas, in live blocks, and free in them (fragmentation that no malloc_trim returns)."""
    saved = os.dup(2)
    with tempfile.TemporaryFile() as fh:
        os.dup2(fh.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        fh.seek(0)
        text = fh.read().decode("utf-8", "replace")
    out = {}
    for key, pattern in (("pymalloc_arenas", r"# arenas allocated current\s*=\s*([\d,]+)"),
                         ("pymalloc_live_mb", r"# bytes in allocated blocks\s*=\s*([\d,]+)"),
                         ("pymalloc_free_mb", r"# bytes in available blocks\s*=\s*([\d,]+)")):
        m = re.search(pattern, text)
        if m:
            v = float(m.group(1).replace(",", ""))
            out[key] = v if key.endswith("arenas") else v / 2**20
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--trace-dir", required=True, type=Path)
    ap.add_argument("--frames", type=int, default=8, help="frames kept per allocation; 0: no tracemalloc")
    args = ap.parse_args()
    from iccwatch.cli.query_commands import few_malloc_arenas

    few_malloc_arenas()  # as `iccwatch serve` does, before any thread allocates

    import uvicorn

    from iccwatch.app import create_app
    from iccwatch.settings import Settings
    from iccwatch.web.pages import warm_index_in_background

    app = create_app(Settings.from_env(db=args.db))
    warm_index_in_background(app.state.facts)
    phase = [0]
    try:
        libc: ctypes.CDLL | None = ctypes.CDLL("libc.so.6")
    except OSError:  # pragma: no cover - not glibc
        libc = None

    def dump(_sig: int, _frame: FrameType | None) -> None:
        phase[0] += 1
        n = phase[0]
        gc.collect()
        before = rss_mb()
        traced, _peak = tracemalloc.get_traced_memory()
        if tracemalloc.is_tracing():
            tracemalloc.take_snapshot().dump(str(args.trace_dir / f"phase-{n}.snap"))
        elif args.frames:
            tracemalloc.start(args.frames)
        if libc is not None:
            libc.malloc_trim(0)
        after = rss_mb()
        types = collections.Counter(type(o).__name__ for o in gc.get_objects())
        caches = app.state.facts.cache_sizes()
        lines = [f"rss_mb {before:.1f}", f"rss_after_trim_mb {after:.1f}", f"traced_mb {traced / 2**20:.1f}",
                 f"index_cache {len(app.state.index_cache)}"]
        lines += [f"{k} {v:.1f}" for k, v in pymalloc_stats().items()]
        if libc is not None and hasattr(libc, "mallinfo2"):  # glibc's heap: in use by C and large objects, and free
            libc.mallinfo2.restype = MallInfo2
            mi = libc.mallinfo2()
            lines += [f"malloc_in_use_mb {mi.uordblks / 2**20:.1f}", f"malloc_free_mb {mi.fordblks / 2**20:.1f}",
                      f"malloc_mmapped_mb {mi.hblkhd / 2**20:.1f}"]
        lines += [f"cache {k} {v}" for k, v in sorted(caches.items())]
        lines += [f"type {k} {v}" for k, v in types.most_common(60)]
        (args.trace_dir / f"phase-{n}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (args.trace_dir / f"phase-{n}.done").write_text("", encoding="utf-8")

    signal.signal(signal.SIGUSR1, dump)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
