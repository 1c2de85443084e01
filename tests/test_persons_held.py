"""The persons list said only "at_large" for persons a State held for years without surrendering them (the person page
said "Held by …"): the list now names who held each person on the day asked, as the law reads the warrants' custody,
and names no one where the law reads no custody."""

from __future__ import annotations

import datetime as dt

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.law.warrants import warrant_status
from iccwatch.model import DateSpan


def test_the_persons_list_names_who_held_each_person_on_the_day(facts: Facts) -> None:
    spells = [(w.person, c) for w in facts.records.warrants.values() for c in getattr(w, "custody", []) or []]
    assert spells, "the record holds custody spells"
    checked = 0
    for person, spell in spells:
        day = DateSpan.parse(spell.since).last + dt.timedelta(days=1)
        p = facts.records.persons[person]
        held = warrant_status(facts, p, day).held
        row = next(r for r in service.persons_list(facts, None, day) if r["id"] == person)
        names = {facts.records.states[h.spell.held_by].name for h in held}
        if names:
            assert all(n in row["held_by"] for n in names), (person, day, row["held_by"])
            checked += 1
        else:
            assert row["held_by"] == "", (person, day, row["held_by"])
    assert checked


def test_no_one_is_named_for_a_person_the_law_reads_as_held_by_no_state(facts: Facts) -> None:
    day = facts.checked_through
    rows = service.persons_list(facts, None, day)
    for r in rows:
        if not warrant_status(facts, facts.records.persons[r["id"]], day).held:
            assert r["held_by"] == "", r
