"""A person under warrant held by a State, or by a group on a State's territory, and not surrendered to the Court.

The warrant stays outstanding (Art. 58(4)): custody by a State is not the Court's custody. What changes is the
duty at issue, the same for every State and person:

- for the State that holds the person, the duty is to surrender him to the Court (Art. 89(1); Art. 59(1), (2) and (7):
  the custodial State brings the arrested person before its competent judicial authority, which determines that the
  warrant applies to him, that he was arrested in accordance with the proper process and that his rights were
  respected, and delivers him to the Court as soon as possible once surrender is ordered), not to find and arrest him; where it holds him for its own
  proceedings, an admissibility challenge may allow it to postpone the surrender (Arts. 19(2)(b), 95), a challenge
  before its courts on the ground of ne bis in idem leads it to consult the Court (Art. 89(2)), proceedings for a
  different crime lead it to decide after consulting the Court (Art. 89(4)), and it may postpone the execution of a
  request that would interfere with an investigation or prosecution of a different case for a period agreed with
  the Court (Art. 94(1));
- for the State on whose territory a group that is not its authorities holds the person, the duty to arrest and
  surrender stands, but it can surrender him only once it gains custody: what it could do is a question of fact;
- for every other State bound, the duty to arrest stands, but no arrest there is possible while the person is
  held elsewhere (the question supposes him on its territory).

The rule is a note (it changes no answer); it says which of these holds and cites the articles.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from iccwatch.law.citations import rs
from iccwatch.law.determination import RuleResult
from iccwatch.law.reasoning import FactUsed, Step

if TYPE_CHECKING:
    from iccwatch.facts import Facts
    from iccwatch.law.warrants import Held, WarrantStatus
    from iccwatch.model import Person

#: What the custodial State's duty rests on (surrender, not search and arrest).
SURRENDER_CITES = (rs("89(1)"), rs("59(1)"), rs("59(2)"), rs("59(7)"))
#: Where the custodial State holds the person for its own proceedings (Art. 95 is named in the text, and cited by
#: the postponement rule only where a challenge is pending or a postponement allowed).
OWN_PROCEEDINGS_CITES = (rs("89(2)"), rs("89(4)"), rs("94(1)"))


def _name(facts: Facts, iso3: str) -> str:
    st = facts.records.states.get(iso3)
    return st.name if st is not None else iso3


def custodial(ws: WarrantStatus, iso3: str) -> Held | None:
    """The spell in which ``iso3``'s own authorities held the person on the date (surely, else possibly), if any."""
    mine = [h for h in ws.held if h.spell.holder == "state" and h.spell.held_by == iso3]
    return min(mine, key=lambda h: h.certainty != "held", default=None)


def custody_rule(facts: Facts, iso3: str, person: Person, on: dt.date, ws: WarrantStatus, duty: str = "obliged") -> RuleResult:
    """Who held the person on ``on`` (not the Court), and the duty at issue for ``iso3``, whose duty in the
    situation is ``duty`` (``obliged``; else ``contested``, ``unknown`` or ``not_obliged``: the custody is shown,
    and what it would mean if the State were bound)."""
    if not ws.held:
        return RuleResult("custody", "no", lambda: Step("custody", [rs("89(1)")],
                                                        f"no State is recorded as holding {person.name} on {on}"))
    st = _name(facts, iso3)
    mine = custodial(ws, iso3)
    group_here = next((h for h in ws.held if h.spell.holder == "non_state_group" and h.spell.held_by == iso3), None)
    h = mine or group_here or ws.held[0]
    sp = h.spell
    maybe = "" if h.certainty == "held" else "may have been "
    where = sp.describe(lambda x: _name(facts, x))
    # the law as at the date: an end after the day asked is not told
    until = f" until {sp.until}" if sp.until_span is not None and sp.until_span.last <= on else ""
    held_text = f"{person.name} {maybe}{where} since {sp.since}{until}, not surrendered to the Court"
    cites: tuple[str, ...]
    doubts: list[str] = []
    if mine is not None and duty != "obliged":
        cites = (rs("89(1)"),)
        bound = {"contested": f"whether {st} is bound to surrender the person is contested; if it is, the duty at issue is surrender, "
                              "not arrest",
                 "unknown": f"whether {st} is bound to surrender the person cannot be told from the record; if it is, the duty at issue "
                            "is surrender, not arrest"}.get(duty, f"{st} is not bound to surrender the person on this date (it may "
                                                                  "surrender the person to the Court voluntarily)")
        text = f"{held_text}: {bound}"
        doubts.append(text)
    elif mine is not None:
        cites = SURRENDER_CITES
        text = (f"{held_text}: the duty of {st} at issue is to surrender the person to the Court (Arts. 59(7), 89(1)), not to find and "
                "arrest the person; it brings the person before its competent judicial authority, which determines that the warrant "
                "applies to the person, that the person was arrested in accordance with the proper process and that the person's "
                "rights were respected (Art. 59(2))")
        doubts.append(f"{held_text}: the duty at issue for {st} is surrender, not arrest")
        if sp.own_proceedings:
            cites = (*cites, *OWN_PROCEEDINGS_CITES)
            text += (f"; it held the person for its own proceedings ({sp.own_proceedings}): for the same case only an admissibility "
                     "challenge allows it to postpone the surrender (Arts. 19(2)(b), 95); a ne bis in idem challenge before its "
                     "courts leads it to consult the Court (Art. 89(2)); for a different crime it decides after consulting the "
                     "Court (Art. 89(4)) and may postpone only for a period agreed with the Court (Art. 94(1))")
    elif group_here is not None:
        cites = (rs("89(1)"), rs("86"))
        text = (f"{held_text}: the duty of {st} to arrest and surrender the person stands, but it can surrender the person only once it "
                "gains custody; what it could do is a question of fact the record does not settle")
        doubts.append(f"{held_text}: {st} can surrender the person only once it gains custody")
    else:
        cites = (rs("89(1)"),)
        text = (f"{held_text}: the duty of {st} to arrest the person stands, but the person cannot be arrested on its territory while held "
                f"there; the duty applies should the person leave that custody and come to {st}")
        doubts.append(f"{held_text}: the person could not be on the territory of {st} while held there")
    step = Step("custody", list(cites), text,
                [FactUsed(f"custody: {where}" + (" (read from the arrest)" if sp.derived else ""), sp.since, sp.sources)])
    return RuleResult("custody", "yes", step, cites, doubts=tuple(doubts), effect="note")
