"""Session 17, issue 9: what a long-running server keeps per distinct request must stop growing at a stated
bound (benchmarks/bench_soak_wide.py measures the whole server; these state each rule without timing)."""

from __future__ import annotations

import datetime as dt
import gc
import tracemalloc

from iccwatch.model import dates
from iccwatch.model.dates import DATE_CACHE_SIZE, DateSpan, parse_partial_date


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
