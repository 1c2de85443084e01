"""What a walk over a record found, kept per record object: a cache for the checker (no rule lives here).

The loader hands out one frozen object per validated file text (``loader._VALIDATED``), so a record read
again by the next check (a rebuild after one file changed, each accept of the review queue, a test suite
checking many copies of one record) is not walked again. A walk must depend on the object alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from iccwatch.caching import BoundedCache

#: (the walk's name, the object's id) -> (the object, what the walk found), held by ``BoundedCache.held_for``.
_WALKED = BoundedCache(32768)


def walked(walk: Callable[[Any], Iterator[Any]], obj: Any) -> tuple[Any, ...]:
    """``tuple(walk(obj))``, kept from the first time this very object was walked by ``walk``."""
    return _WALKED.held_for((obj,), f"{walk.__module__}.{walk.__qualname__}", lambda: tuple(walk(obj)))
