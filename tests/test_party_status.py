"""Party status on a date, against the issue's temporal answers and the reference."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from iccwatch.facts import Assumption, Facts
from iccwatch.law import party_status
from iccwatch.service import states_list

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("iso3", "day", "party"),
    [
        ("BDI", "2017-10-26", True),
        ("BDI", "2017-10-27", False),
        ("PHL", "2019-03-16", True),
        ("PHL", "2019-03-17", False),
        ("UKR", "2024-12-31", False),
        ("UKR", "2025-01-01", True),
        ("ARM", "2024-01-31", False),
        ("ARM", "2024-02-01", True),
        ("PSE", "2015-03-31", False),
        ("PSE", "2015-04-01", True),
        ("ZAF", "2017-01-15", True),  # withdrawal notified, later revoked
        ("GMB", "2017-01-15", True),
        ("USA", "2025-01-01", False),
        ("HUN", "2025-04-03", True),
        ("BFA", "2025-12-31", True),  # announced, never notified
    ],
)
def test_party_on_date(facts: Facts, iso3: str, day: str, party: bool) -> None:
    assert party_status(facts, iso3, D(day)).party is party


def test_hungary_after_scheduled_withdrawal_carries_the_doubt(facts: Facts) -> None:
    # A date after the withdrawal's scheduled effect and after the date the States were checked through.
    after = max(D("2026-07-01"), facts.checked_through_of(("states",))[0] + dt.timedelta(days=1))
    ps = party_status(facts, "HUN", after)
    assert ps.status == "former_party"
    assert any("disputed" in d for d in ps.doubts)
    assert any("checked through" in d for d in ps.doubts)
    before = party_status(facts, "HUN", D("2026-06-01"))
    assert before.party and before.status == "party_withdrawal_pending"
    assert not any("disputed" in d for d in before.doubts)


def test_assumption_changes_the_answer_and_is_reported(facts: Facts) -> None:
    revoked = facts.with_assumptions([Assumption.parse("HUN withdrawal_revoked 2026-05-29")])
    ps = party_status(revoked, "HUN", D("2026-07-01"))
    assert ps.party is True
    assert revoked.assumptions[0].action == "withdrawal_revoked"
    assert party_status(facts, "HUN", D("2026-07-01")).party is False  # the original is untouched


def test_bad_assumption_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown action"):
        Assumption.parse("HUN leaves 2026-06-02")
    with pytest.raises(ValueError, match="ISO3 ACTION"):
        Assumption.parse("Hungary withdrawal_effective")


def _reference_parties(reference: Path, day: dt.date) -> set[str]:
    out = set()
    with (reference / "states_parties.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            start = D(row["entry_into_force"])
            end = D(row["withdrawal_effective"]) if row["withdrawal_effective"] else None
            if start <= day and (end is None or day < end):
                out.add(row["iso3"])
    return out


@pytest.mark.parametrize("day", ["2002-07-01", "2010-06-01", "2015-04-01", "2017-10-27", "2019-03-17", "2025-01-01", "2026-05-31"])
def test_count_of_parties_equals_the_reference(facts: Facts, reference_dir: Path, day: str) -> None:
    ours = {r["iso3"] for r in states_list(facts, D(day), party=True)}
    assert ours == _reference_parties(reference_dir, D(day))


def _with_acts(facts: Facts, iso3: str, *acts: tuple[str, str]) -> Facts:
    """The facts with a State's participation extended by ``(action, date)`` acts (test data, no source needed)."""
    from dataclasses import replace

    from iccwatch.model import Participation

    st = facts.records.states[iso3]
    added = [Participation(instrument="rome-statute", action=action, date=date, sources=list(st.sources)) for action, date in acts]
    return Facts(replace(facts.records, states={**facts.records.states, iso3: st.model_copy(update={"participation": [*st.participation, *added]})}))


def _announcement_step(facts: Facts, iso3: str, on: dt.date) -> str:
    steps = [s for s in party_status(facts, iso3, on).step.children if s.rule == "withdrawal_announced"]
    assert len(steps) == 1
    return steps[0].conclusion


def test_a_notification_dated_by_its_month_may_follow_an_announcement_within_it(facts: Facts) -> None:
    # Partial dates are compared as the days they can mean, not as strings ("2020-03" < "2020-03-10" as text).
    iso3 = next(i for i in sorted(facts.records.states) if party_status(facts, i, D("2020-01-01")).status == "party"
                and not any(a.action.startswith("withdrawal") for a in facts.records.states[i].participation))
    later = _with_acts(facts, iso3, ("withdrawal_announced", "2020-03-10"), ("withdrawal_notified", "2020-03"))
    assert "the year runs from the notification recorded on 2020-03," in _announcement_step(later, iso3, D("2020-06-01"))
    earlier = _with_acts(facts, iso3, ("withdrawal_announced", "2020-03-10"), ("withdrawal_notified", "2020-02"))
    assert "none is recorded" in _announcement_step(earlier, iso3, D("2020-06-01"))
