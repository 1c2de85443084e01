"""Every cooperation duty a State owes on a date, by situation, with the basis of each (Part 9)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from iccwatch.facts import Facts
from iccwatch.law.arrest import bases_in_situation
from iccwatch.law.citations import rs
from iccwatch.law.determination import forum_of, forum_text, position_dict
from iccwatch.law.forum import basis_doubts
from iccwatch.law.party_status import checked_through
from iccwatch.law.warrants import warrant_status
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Situation

#: The duties Part 9 imposes on a State bound to cooperate in a situation.
DUTIES = (
    ("general_cooperation", "cooperate fully with the Court's investigations and prosecutions", rs("86")),
    ("national_procedures", "have procedures under national law for every form of cooperation", rs("88")),
    ("arrest_and_surrender", "arrest and surrender persons sought by the Court", rs("89(1)")),
    ("other_assistance", "provide the other forms of assistance requested (evidence, witnesses, freezing of assets, ...)", rs("93(1)")),
    ("consultation", "consult the Court without delay on problems that may impede a request", rs("97")),
)


def _opened_order(sit: Situation) -> tuple[dt.date, dt.date]:
    """Situations by the date their investigation opened (those with none first)."""
    return DateSpan.parse(sit.investigation_opened).sort_key if sit.investigation_opened else (dt.date.min, dt.date.min)


def state_obligations(facts: Facts, state: str, on: dt.date) -> dict[str, Any]:
    """The duties ``state`` owes on ``on`` in each situation under investigation, with their bases."""
    st = facts.state(state)
    situations = []
    for sit in sorted(facts.records.situations.values(), key=_opened_order):
        opened = sit.investigation_opened or (sit.authorisation.date if sit.authorisation else None)
        if opened is None or DateSpan.parse(opened).surely_after(on):
            continue
        bases = bases_in_situation(facts, st.iso3, sit, on)
        applying = [b for b in bases if b.applies == "yes"]
        contested = [b for b in bases if b.applies == "contested"]
        if not applying and not contested:
            continue
        wanted = []
        for w in facts.records.warrants.values():
            if w.situation != sit.id or w.kind != "arrest_warrant":
                continue
            ws = warrant_status(facts, facts.records.persons[w.person], on)
            if w in ws.outstanding:
                wanted.append({"person": w.person, "name": facts.records.persons[w.person].name})
        use = applying or contested
        situations.append({
            "situation": sit.id,
            "name": sit.name,
            "status": "obliged" if applying else "contested",
            "basis": list(dict.fromkeys(c for b in use for c in b.citations)),
            "bases": [b.kind for b in use],
            "forum": forum_text(forum_of(use)),
            "duties": [{"duty": k, "what": what, "citation": cite} for k, what, cite in DUTIES],
            "persons_to_arrest": wanted,
            "reasoning": [b.step.as_dict() for b in use],
            "contested": [position_dict(p) for b in contested for p in b.positions],
            "doubts": basis_doubts(use),
        })
    checked, checked_text = checked_through(facts, facts.DUTY_KINDS)
    return {
        "question": {"kind": "obligations", "state": st.iso3, "state_name": st.name, "on": on.isoformat()},
        "situations": situations,
        "assumptions": [str(a) for a in facts.assumptions],
        "doubts": ([f"the record was checked through {checked_text}; facts after that date may be missing"]
                   if on > checked else []),
    }
