"""Immunities (Arts. 27 and 98(1)) of sitting heads of state or government and foreign ministers.

The Court's position: such immunity does not bar a State's duty to arrest and surrender
(Appeals Chamber, Jordan, ICC-02/05-01/09-397, 6 May 2019; Pre-Trial Chamber II, Mongolia,
24 October 2024). States and the African Union have taken the contrary view; the engine carries the
Court's position and lists the others from ``data/positions``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model import Office, Person, Position, parse_partial_date

#: A ruling's record number down to the filing (e.g. ICC-02/05-01/09-397), citable on its own.
FILING = re.compile(r"^ICC-\d{2}/\d{2}-\d{2}/\d{2}-\d+")

#: The offices whose holders enjoy personal immunity under customary international law.
PERSONAL_IMMUNITY = {"head_of_state", "head_of_government", "foreign_minister"}


@dataclass
class ImmunityCheck:
    step: Step | None
    positions: list[Position]
    missing: list[str]


def offices_held(person: Person, on: dt.date) -> tuple[list[Office], list[Office]]:
    """Offices held on ``on`` (known), and offices whose dates are not recorded (unknown)."""
    held, unknown = [], []
    for o in person.offices:
        if o.kind not in PERSONAL_IMMUNITY:
            continue
        if o.start is None and o.end is None:
            unknown.append(o)
            continue
        start = parse_partial_date(o.start)[0] if o.start else None
        end = parse_partial_date(o.end)[1] if o.end else None
        if (start is None or start <= on) and (end is None or on < end):
            held.append(o)
    return held, unknown


def immunity_check(facts: Facts, person: Person, host_iso3: str, on: dt.date) -> ImmunityCheck:
    held, unknown = offices_held(person, on)
    foreign = [o for o in held if o.state != host_iso3]
    if not foreign and not unknown:
        return ImmunityCheck(None, [], [])
    positions = sorted((p for p in facts.records.positions.values() if p.issue == "personal-immunity"),
                       key=lambda p: (not p.court, p.date or ""))
    missing = [f"whether {person.name} held the office of {o.title} on {on}" for o in unknown]
    if foreign:
        o = foreign[0]
        what = f"{person.name} holds the office of {o.title} on {on}{' (de facto authorities, not recognised by the UN)' if o.de_facto else ''}"
        facts_used = [FactUsed(o.title, o.start, tuple(o.sources), note=o.note if o.confidence != "high" else None)]
    else:
        what = f"{person.name} may hold an office carrying personal immunity on {on}; the record lacks its dates"
        facts_used = [FactUsed(o.title, None, tuple(o.sources)) for o in unknown]
    rulings = [p.record_number for p in positions if p.court and p.record_number and FILING.match(p.record_number)]
    step = Step(
        "personal_immunity", [rs("27(2)"), rs("98(1)"), *rulings],
        f"{what}. The Court holds that such immunity does not bar the duty to arrest and surrender, and needs no waiver; "
        "States and the African Union have argued otherwise (see contested)",
        facts_used,
    )
    return ImmunityCheck(step, positions, missing)
