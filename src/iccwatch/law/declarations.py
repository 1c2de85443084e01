"""Duties of non-parties that accepted the Court's jurisdiction (Art. 12(3)) or made an ad hoc
arrangement with it (Art. 87(5)(a))."""

from __future__ import annotations

import datetime as dt

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import Basis
from iccwatch.law.forum import forum_for
from iccwatch.law.party_status import fact_of
from iccwatch.law.reasoning import Step
from iccwatch.model import Situation, parse_partial_date


def declaration_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date) -> Basis:
    """Art. 12(3): a State that lodged a declaration must cooperate without delay or exception under
    Part 9 in respect of the crimes it accepted jurisdiction over: here, a situation concerning its own
    territory or nationals, for conduct in the period covered."""
    st = facts.state(iso3)
    decls = [a for a in st.participation if a.action == "declaration_12_3" and parse_partial_date(a.date)[0] <= on]
    relevant = [d for d in decls if iso3 in situation.states]
    if not relevant:
        why = "no Art. 12(3) declaration" if not decls else f"its declaration does not concern the situation in {situation.name}"
        return Basis("declaration", "no", [], "none", Step("declaration_12_3", [rs("12(3)")], f"{st.name}: {why}"))
    forum, _ = forum_for("declaration", situation)
    d = relevant[-1]
    return Basis(
        "declaration", "yes", [rs("12(3)"), rs("86"), rs("89(1)")], forum,
        Step("declaration_12_3", [rs("12(3)")],
             f"{st.name} accepted the Court's jurisdiction by a declaration lodged on {d.date} (conduct from {d.covers_from or 'an unspecified date'}"
             f"{' to ' + d.covers_to if d.covers_to else ''}): it must cooperate under Part 9 in this situation",
             [fact_of(x) for x in relevant]),
    )


def arrangement_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date) -> Basis:
    """Art. 87(5)(a): a non-party that agreed an ad hoc arrangement or agreement with the Court must
    give the assistance it covers."""
    st = facts.state(iso3)
    acts = [a for a in st.participation if a.action == "ad_hoc_arrangement" and parse_partial_date(a.date)[0] <= on
            and (a.situation is None or a.situation == situation.id)]
    if not acts:
        return Basis("arrangement", "no", [], "none", Step("ad_hoc_arrangement", [rs("87(5)(a)")], f"{st.name}: no ad hoc arrangement recorded"))
    forum, _ = forum_for("arrangement", situation)
    return Basis(
        "arrangement", "yes", [rs("87(5)(a)")], forum,
        Step("ad_hoc_arrangement", [rs("87(5)(a)")], f"{st.name} agreed an ad hoc arrangement with the Court on {acts[-1].date}",
             [fact_of(a) for a in acts]),
    )
