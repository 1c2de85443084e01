"""Art. 126 and Art. 127(1) date arithmetic."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from iccwatch.model.rome_statute import (
    entry_into_force_for,
    one_year_after,
    withdrawal_takes_effect,
)


def test_known_entries_into_force() -> None:
    assert entry_into_force_for(dt.date(2002, 4, 11)) == dt.date(2002, 7, 1)
    assert entry_into_force_for(dt.date(1999, 2, 2)) == dt.date(2002, 7, 1)
    assert entry_into_force_for(dt.date(2024, 10, 25)) == dt.date(2025, 1, 1)  # Ukraine
    assert entry_into_force_for(dt.date(2023, 11, 14)) == dt.date(2024, 2, 1)  # Armenia
    assert entry_into_force_for(dt.date(2015, 1, 2)) == dt.date(2015, 4, 1)  # Palestine


def test_withdrawal_one_year_after() -> None:
    assert withdrawal_takes_effect(dt.date(2016, 10, 27)) == dt.date(2017, 10, 27)
    assert withdrawal_takes_effect(dt.date(2018, 3, 17)) == dt.date(2019, 3, 17)
    assert withdrawal_takes_effect(dt.date(2018, 3, 17), dt.date(2020, 1, 1)) == dt.date(2020, 1, 1)
    assert withdrawal_takes_effect(dt.date(2018, 3, 17), dt.date(2018, 6, 1)) == dt.date(2019, 3, 17)
    assert one_year_after(dt.date(2024, 2, 29)) == dt.date(2025, 3, 1)


@given(st.dates(min_value=dt.date(2002, 4, 12), max_value=dt.date(2100, 1, 1)))
def test_entry_into_force_is_a_first_of_month_61_to_91_days_later(deposit: dt.date) -> None:
    eif = entry_into_force_for(deposit)
    assert eif.day == 1
    assert dt.timedelta(days=61) <= eif - deposit <= dt.timedelta(days=92)
