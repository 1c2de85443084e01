"""What a walk over a record found, kept per record object: a cache for the checker (no rule lives here).

The loader hands out one frozen object per validated file text (``loader._VALIDATED``), so a record read
again by the next check (a rebuild after one file changed, each accept of the review queue, a test suite
checking many copies of one record) is not walked again. A walk must depend on the object alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from iccwatch.caching import BoundedCache

#: (the walk, the object's id) -> (the object, what the walk found): as ``BoundedCache.held_for`` with one owner,
#: the entry holding the object itself, so an id reused by another object after it is gone never finds its value.
_WALKED = BoundedCache(32768)


def walked(walk: Callable[[Any], Iterator[Any]], obj: Any) -> tuple[Any, ...]:
    """``tuple(walk(obj))``, kept from the first time this very object was walked by ``walk``.

    ``walk`` is a module-level function (the key holds the function itself: the checker asks this some 2,500
    times a check, and naming the walk by its module and name on each call cost a tenth of the lookup)."""
    key = (walk, id(obj))
    hit, held = _WALKED.lookup(key)
    if hit and held[0] is obj:
        return held[1]  # type: ignore[no-any-return]
    out = tuple(walk(obj))
    _WALKED.put(key, (obj, out))
    return out
