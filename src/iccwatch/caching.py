"""One small bounded cache for every layer: least recently used entries are dropped, and a lock makes
it safe for a server's worker threads to share one.

Caches are private to the object that owns them and keyed by what they cache; a server that caches
per request parameter must not grow without limit, so every cache here has a fixed capacity.
"""

from __future__ import annotations

import operator
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

_MISSING: Any = object()


class BoundedCache:
    """A least-recently-used map holding at most ``size`` entries (thread-safe)."""

    __slots__ = ("_data", "_lock", "size")

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError(f"a bounded cache holds at least one entry, not {size}")
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def lookup(self, key: Hashable) -> tuple[bool, Any]:
        """(True, value) if ``key`` is held (it becomes the most recently used), else (False, None)."""
        with self._lock:
            value = self._data.get(key, _MISSING)
            if value is _MISSING:
                return False, None
            self._data.move_to_end(key)
            return True, value

    def put(self, key: Hashable, value: Any) -> None:
        """Hold ``value`` for ``key``, dropping the least recently used entries beyond the capacity."""
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def get_or_compute(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The value held for ``key``, or ``compute()`` held from now on. ``compute`` runs outside the
        lock: two threads may compute the same value once each, never block each other."""
        hit, value = self.lookup(key)
        if hit:
            return value  # type: ignore[no-any-return]
        out = compute()
        self.put(key, out)
        return out

    def held_for(self, owners: tuple[object, ...], key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, kept while ``owners`` are these very objects: the key holds their ids and the entry
        holds the objects themselves, so an id reused by another object after they are gone never finds their
        value (a cache of what a rule found in one record object, for instance)."""
        full = (key, *map(id, owners))
        hit, held = self.lookup(full)
        if hit and len(held[0]) == len(owners) and all(map(operator.is_, held[0], owners)):
            return held[1]  # type: ignore[no-any-return]
        out = compute()
        self.put(full, (owners, out))
        return out

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._data

    def __getitem__(self, key: Hashable) -> Any:
        hit, value = self.lookup(key)
        if not hit:
            raise KeyError(key)
        return value

    def __setitem__(self, key: Hashable, value: Any) -> None:
        self.put(key, value)

    def __len__(self) -> int:
        with self._lock:  # a put holds one entry over the size until it evicts: read between puts
            return len(self._data)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
