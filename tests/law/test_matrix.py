"""The travel matrix is the engine's own composition, evaluated once per interval: on a whole record
it must give, pair by pair, the category of a full determination."""

from __future__ import annotations

import datetime as dt
import gc
import random
from pathlib import Path

from iccwatch.dataset import check_dataset
from iccwatch.facts import Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.matrix import travel_matrix
from iccwatch.law.travel import classify


def test_the_whole_matrix_of_the_small_record_agrees_with_full_determinations(small_dir: Path) -> None:
    """Every (person, State) pair of the fixture record, on the first day of each interval, the day
    before it and a random day in it: the matrix (which never writes the reasoning text) and a full
    determination (which does) give the same category."""
    records, problems = check_dataset(small_dir)
    assert records is not None, problems
    matrix = travel_matrix(Facts(records))
    engine = Facts(records)
    rng = random.Random(3)
    assert set(matrix.starts) == {(p, s) for p in records.persons for s in records.states}
    checked = 0
    for (person, state), starts in sorted(matrix.starts.items()):
        ends = [*starts[1:], dt.date(2027, 1, 1)]
        for start, end in zip(starts, ends, strict=True):
            days = {start, start - dt.timedelta(days=1), start + dt.timedelta(days=rng.randrange(max((end - start).days, 1)))}
            for d in days:
                assert matrix.lookup(person, state, d) == classify(arrest_obligation(engine, state, person, d)), (person, state, d)
                checked += 1
    # The record's pairs are not all "not bound": the comparison covers real duties.
    assert {c for cats in matrix.categories.values() for c in cats} >= {"bound_by_statute", "not_bound"}
    assert checked > len(matrix.starts)


def test_the_sweep_leaves_the_collector_as_it_found_it(small_dir: Path) -> None:
    records, _ = check_dataset(small_dir)
    assert records is not None
    assert gc.isenabled()
    travel_matrix(Facts(records))
    assert gc.isenabled()
    gc.disable()
    try:
        travel_matrix(Facts(records))
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()


def test_a_result_written_on_first_read_equals_and_pickles_as_one_written_at_once(small_dir: Path) -> None:
    """A rule's step written lazily is the same value, compares equal and survives pickling."""
    import pickle

    from iccwatch.law.arrest import evaluate_bases
    from iccwatch.law.party_status import party_status

    records, _ = check_dataset(small_dir)
    assert records is not None
    facts = Facts(records)
    state = sorted(records.states)[0]
    situation = sorted(records.situations.values(), key=lambda s: s.id)[0]
    on = dt.date(2020, 1, 1)
    lazy = evaluate_bases(facts, state, situation, on, None)
    again = evaluate_bases(Facts(records), state, situation, on, None)
    for a, b in zip(lazy, again, strict=True):
        assert pickle.loads(pickle.dumps(a)) == a == b
        assert a.step.conclusion and a.step is a.step  # written once, then kept
    ps = party_status(facts, state, on)
    assert pickle.loads(pickle.dumps(ps)) == ps and ps.step.conclusion
