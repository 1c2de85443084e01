"""A former party's status says, in its first line (the one the CLI and the question reader print first), the day its
withdrawal took effect, as the reasoning below it does: "former party" alone left the user to dig for the day."""

from __future__ import annotations

import datetime as dt

from iccwatch.facts import Facts
from iccwatch.law import party_status


def test_a_former_partys_first_line_gives_the_day_its_withdrawal_took_effect(facts: Facts) -> None:
    former = [(iso3, ps) for iso3 in facts.records.states
              if (ps := party_status(facts, iso3, dt.date(2026, 11, 30))).status == "former_party"]
    assert former, "the record holds no former party on 2026-11-30"
    for iso3, ps in former:
        root = ps.step.conclusion
        effective = [c for c in ps.step.children if c.rule == "withdrawal_effective"]
        assert effective, iso3
        day = effective[0].conclusion.rsplit("took effect on ", 1)[1][:10]
        assert f"(former party: its withdrawal took effect on {day})" in root, (iso3, root)


def test_a_party_says_no_withdrawal(facts: Facts) -> None:
    ps = party_status(facts, "DEU", dt.date(2026, 11, 30))
    assert ps.status == "party" and "withdrawal" not in ps.step.conclusion
