"""Session 17, issue 9: what a long-running server keeps per distinct request must stop growing at a stated
bound (benchmarks/bench_soak_wide.py measures the whole server; these state each rule without timing)."""

from __future__ import annotations

import datetime as dt
import gc
import os
import platform
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from tests.conftest import SLOW_GROUP

from iccwatch.cli.query_commands import MALLOC_ARENAS
from iccwatch.model import dates
from iccwatch.model.dates import DATE_CACHE_SIZE, DateSpan, parse_partial_date


@pytest.mark.xdist_group(SLOW_GROUP)  # seconds of CPU: started first (tests/conftest.py)
def test_the_date_caches_stop_at_their_bound_however_many_dates_are_asked() -> None:
    """A server parses every date a user asks about; the two date caches kept 65,536 each (about 26 MB of
    dates at most, still filling after a 30,000-request soak). After 20,000 distinct dates each holds at
    most DATE_CACHE_SIZE and what they hold is a few MB."""
    parse_partial_date.cache_clear()
    dates._parse.cache_clear()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        start = dt.date(1990, 1, 1)
        for i in range(20_000):
            day = (start + dt.timedelta(days=i)).isoformat()
            assert parse_partial_date(day) == (start + dt.timedelta(days=i),) * 2
            DateSpan.parse(day)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        parse_partial_date.cache_clear()
        dates._parse.cache_clear()
    assert parse_partial_date.cache_info().maxsize == dates._parse.cache_info().maxsize == DATE_CACHE_SIZE
    assert held < 5 * 2**20, f"the date caches hold {held / 2**20:.1f} MB after 20,000 dates"


_ARENAS_PROBE = r"""
import ctypes, sys, threading
from iccwatch.cli.query_commands import few_malloc_arenas
if sys.argv[1] == "limit":
    assert few_malloc_arenas()
libc = ctypes.CDLL("libc.so.6")
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]
barrier = threading.Barrier(13)
def work():
    held = [bytearray(100_000) for _ in range(4)]  # large: glibc's malloc, not Python's small-object allocator
    barrier.wait()
    barrier.wait()
threads = [threading.Thread(target=work) for _ in range(12)]
for t in threads:
    t.start()
barrier.wait()  # every thread holds its memory now
fh = libc.fopen(sys.argv[2].encode(), b"w")
libc.malloc_info(0, fh)
libc.fclose(fh)
barrier.wait()
for t in threads:
    t.join()
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's malloc only")
def test_serve_limits_glibc_to_two_malloc_arenas(tmp_path: Path) -> None:
    """Twelve threads allocating at once get their own malloc arenas (up to 8 a core) unless the server
    limits them: with few_malloc_arenas() (what `iccwatch serve` calls first) glibc reports at most
    MALLOC_ARENAS heaps; without it, more (so the probe can tell the two apart)."""
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    heaps = {}
    for mode in ("limit", "default"):
        out = tmp_path / f"{mode}.xml"
        subprocess.run([sys.executable, "-c", _ARENAS_PROBE, mode, str(out)], check=True, env=env, timeout=300)
        heaps[mode] = out.read_text(encoding="utf-8").count("<heap nr=")
    assert heaps["limit"] <= MALLOC_ARENAS < heaps["default"], heaps


def test_the_server_s_pdfs_share_one_font_configuration() -> None:
    """WeasyPrint made a new font configuration for every PDF and part of each stayed allocated (about
    0.35 MB a PDF in a long-running server); pdf_bytes makes one and reuses it, and the PDF is the same."""
    from iccwatch.report import build, render

    try:
        build.weasyprint_html()
    except build.PdfUnavailable as exc:
        pytest.skip(str(exc))
    html = "<h1>Report</h1><p>Text in the default font, é ü 中文.</p>"
    first, second = build.pdf_bytes(html), build.pdf_bytes(html)
    assert len(render._fonts) == 1
    held = render._fonts[0]
    build.pdf_bytes(html)
    assert render._fonts == [held]  # the same configuration, not a new one per PDF
    fresh = build.weasyprint_html()(string=html).write_pdf()  # a configuration of its own, as before
    assert first.startswith(b"%PDF") and len(first) == len(second) == len(fresh)
