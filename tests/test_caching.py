"""The one bounded cache (iccwatch.caching): least recently used entries go first, the size never
exceeds the capacity, and threads sharing one cache neither lose entries' bound nor crash."""

from __future__ import annotations

import threading

import pytest

from iccwatch.caching import BoundedCache


def test_least_recently_used_entry_is_dropped() -> None:
    cache = BoundedCache(2)
    cache["a"] = 1
    cache["b"] = 2
    assert cache["a"] == 1  # "a" is now the most recently used
    cache["c"] = 3
    assert "b" not in cache and "a" in cache and "c" in cache and len(cache) == 2
    with pytest.raises(KeyError):
        cache["b"]
    assert cache.lookup("b") == (False, None)


def test_get_or_compute_computes_once_while_held() -> None:
    cache = BoundedCache(4)
    calls: list[int] = []
    for _ in range(3):
        assert cache.get_or_compute("k", lambda: calls.append(1) or 42) == 42
    assert len(calls) == 1
    cache.clear()
    assert cache.get_or_compute("k", lambda: 7) == 7


def test_a_cache_holds_at_least_one_entry() -> None:
    with pytest.raises(ValueError):
        BoundedCache(0)


def test_threads_sharing_a_cache_keep_it_bounded() -> None:
    cache = BoundedCache(50)
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(2000):
                cache.get_or_compute((offset + i) % 300, lambda i=i: i)
                assert len(cache) <= 50
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n * 37,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(cache) == 50
