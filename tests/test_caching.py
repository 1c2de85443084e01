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


def test_a_what_if_reuses_only_the_indexes_of_kinds_it_leaves_unchanged(small_dir) -> None:  # noqa: ANN001
    """A copy of the facts with an assumption shares the name and warrant indexes of the kinds the assumption
    leaves as they were (the same objects), builds again those of the kinds it changes, and finds what a
    fresh copy built from the same records finds."""
    import datetime as dt

    from iccwatch.dataset import load_dataset
    from iccwatch.facts import Assumption, Facts

    base = Facts(load_dataset(small_dir))
    person = base.person("Vladimir Putin")
    assert base.warrants_of(person.id) and base.state("Mongolia").iso3 == "MNG"
    act = base.with_assumptions([Assumption.parse("MNG withdrawal_notified 2025-06-02")])
    assert act.records.persons is base.records.persons and act.records.states is not base.records.states
    assert act._name_index is base._name_index and act._warrants_by_person is base._warrants_by_person  # noqa: SLF001
    assert act._state_names is None  # noqa: SLF001 - the States changed: indexed again on first use
    assert act.state("Mongolia") is act.records.states["MNG"] is not base.records.states["MNG"]
    assert act.acts_until("MNG", dt.date(2025, 12, 31))[-1].action == "withdrawal_notified"
    office = base.with_assumptions([Assumption.parse(f"office {person.id} head_of_state MNG 2030-01-01")])
    assert office.records.persons is not base.records.persons and office._name_index is None  # noqa: SLF001
    assert office.person("Vladimir Putin") is office.records.persons[person.id] is not person
    for facts in (act, office):
        fresh = Facts(facts.records, facts.assumptions)
        for name in ("Putin", "Vladimir Putin", "Bashir", "Kony", "Ntaganda"):
            assert [p.id for p in facts.find_persons(name)] == [p.id for p in fresh.find_persons(name)], name
        assert facts.warrants_of(person.id) == fresh.warrants_of(person.id)


def test_held_for_keeps_a_value_only_while_its_owners_are_the_same_objects() -> None:
    cache = BoundedCache(4)
    calls: list[int] = []

    class Record:  # an object whose id could be reused once it is gone
        pass

    a, b = Record(), Record()
    assert cache.held_for((a,), "rule", lambda: calls.append(1) or "for a") == "for a"
    assert cache.held_for((a,), "rule", lambda: calls.append(2) or "again") == "for a"  # kept for the same object
    assert cache.held_for((b,), "rule", lambda: calls.append(3) or "for b") == "for b"  # another object: computed
    assert cache.held_for((a, b), "rule", lambda: calls.append(4) or "pair") == "pair"  # two owners: their own entry
    assert calls == [1, 3, 4]
    # an entry whose key's ids match but whose held objects are others (an id reused) is computed again
    cache.put(("rule", id(b)), ((a,), "stale"))
    assert cache.held_for((b,), "rule", lambda: "fresh") == "fresh"
