"""Immunities (Arts. 27 and 98(1)) of sitting heads of state or government and foreign ministers.

- An official of a State Party: Art. 27(2) binds that State too, so immunity is not in dispute.
- An official of a State bound by a Security Council referral (Darfur, Libya): the Appeals Chamber
  held in the Jordan appeal (ICC-02/05-01/09-397, 6 May 2019) that such immunity does not bar arrest
  and surrender; the resolution places the State in a position where it cannot invoke it.
- An official of another non-party in a situation the Council did not refer: the on-point holdings are
  the Pre-Trial Chambers' findings on Mongolia (2024) and Hungary (2025).

Only what the Court and others had said by the question's date is cited; later holdings are listed
apart. States and the African Union have taken the contrary view; the engine carries the Court's
position and lists the others from ``data/positions``. Each position says where it is on point
(``scope``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import RuleResult
from iccwatch.law.party_status import party_status
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Office, Person, Position, Situation

#: A ruling's record number down to the filing (ICC-02/05-01/09-397, ICC-01/22-90), citable on its own.
FILING = re.compile(r"^ICC-\d{2}/\d{2}(?:-\d{2}/\d{2})?-\d+")

#: The offices whose holders enjoy personal immunity under customary international law.
PERSONAL_IMMUNITY = {"head_of_state", "head_of_government", "foreign_minister"}


def offices_held(person: Person, on: dt.date) -> tuple[list[Office], list[Office]]:
    """Offices held on ``on`` (known), and offices whose dates are not recorded (unknown)."""
    held, unknown = [], []
    for o in person.offices:
        if o.kind not in PERSONAL_IMMUNITY:
            continue
        if o.start is None and o.end is None:
            unknown.append(o)
            continue
        # Held from the first day the start can mean, until before the last day the end can mean.
        if (o.start is None or DateSpan.parse(o.start).may_be_on_or_before(on)) and (o.end is None or on < DateSpan.parse(o.end).last):
            held.append(o)
    return held, unknown


def _on_point(p: Position, referred: bool | None) -> bool:
    return p.scope == "all" or referred is None or (p.scope == "unsc_referral") == referred


def immunity_check(facts: Facts, person: Person, host_iso3: str, on: dt.date,
                   situation: Situation | None = None) -> RuleResult:
    """Whether the person's personal immunity is in issue for ``host_iso3`` on ``on``, and who holds what."""
    held, unknown = offices_held(person, on)
    foreign = [o for o in held if o.state != host_iso3]
    none = RuleResult("immunity", "no", Step("personal_immunity", [rs("27(2)")], f"{person.name} holds no office carrying personal immunity on {on}"))
    if not foreign and not unknown:
        return none
    missing = tuple(f"whether {person.name} held the office of {o.title} on {on}" for o in unknown)
    if foreign:
        o = foreign[0]
        official_state = party_status(facts, o.state, on)
        used = [FactUsed(o.title, o.start, tuple(o.sources), note=o.note if o.confidence != "high" else None)]
        if official_state.party:
            return RuleResult(
                "immunity", "yes", effect="note", written=
                Step("personal_immunity", [rs("27(1)"), rs("27(2)")],
                     f"{person.name} holds the office of {o.title} on {on}, but {facts.records.states[o.state].name} is a State Party: "
                     "by Art. 27(2) it accepted that such immunity does not bar the Court's jurisdiction, so immunity is not in dispute",
                     used, children=[official_state.step]),
            )
        what = f"{person.name} holds the office of {o.title} on {on}{' (de facto authorities, not recognised by the UN)' if o.de_facto else ''}"
    else:
        what = f"{person.name} may hold an office carrying personal immunity on {on}; the record lacks its dates"
        used = [FactUsed(o.title, None, tuple(o.sources)) for o in unknown]
        o = unknown[0]
    referred: bool | None = None
    if situation is not None:
        referred = False
        if situation.trigger == "unsc_referral" and situation.unsc_resolution:
            res = facts.records.instruments[situation.unsc_resolution]
            referred = o.state in res.obliges_states
    standing, later = facts.positions_on("personal-immunity", on)
    standing = [p for p in standing if _on_point(p, referred)]
    later = [p for p in later if _on_point(p, referred)]
    # Cite a ruling by its filing number only (a bare situation number points to no document).
    rulings = [p.record_number for p in standing if p.court and p.record_number and FILING.match(p.record_number)]
    court = [p for p in standing if p.court]
    if court:
        held_text = ("The Court had held by then that such immunity does not bar the duty to arrest and surrender "
                     f"({'; '.join(p.held_by + ', ' + (p.date or 'undated') for p in court)})")
    else:
        held_text = "The Court had not yet ruled on this question in such a situation by then; it applies Arts. 27(2) and 98(1)"
    context = ("in a situation the Security Council referred, binding the official's State" if referred
               else "in a situation the Security Council did not refer" if referred is False else "")
    step = Step(
        "personal_immunity", [rs("27(2)"), rs("98(1)"), *rulings],
        f"{what}{', ' + context if context else ''}. {held_text}; States and the African Union have argued otherwise (see contested)"
        + (f"; later held: {'; '.join(p.held_by + ', ' + (p.date or '') for p in later if p.court)}" if any(p.court for p in later) else ""),
        used,
    )
    return RuleResult("immunity", "yes", step, (rs("27(2)"), rs("98(1)")), positions=tuple(standing), missing=missing,
                      effect="note", later=tuple(later))
