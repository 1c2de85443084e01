"""Duties under the Statute itself: a State Party's duty to cooperate and to arrest (Arts. 86, 89(1)),
and a former party's residual duties (Art. 127(2))."""

from __future__ import annotations

import datetime as dt

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import Basis
from iccwatch.law.forum import forum_for
from iccwatch.law.party_status import intervals_of, party_status
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model import Situation, parse_partial_date


def state_party_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date) -> Basis:
    """Arts. 86 and 89(1): every State Party must cooperate fully, and comply with requests for arrest
    and surrender, in every situation, whoever referred it."""
    ps = party_status(facts, iso3, on)
    forum, forum_cites = forum_for("statute", situation)
    if ps.party:
        step = Step(
            "state_party_duty", [rs("86"), rs("89(1)")],
            f"{ps.step.conclusion}: it must cooperate fully and arrest and surrender on the Court's request, in any situation",
            children=[ps.step],
        )
        return Basis("statute", "yes", [rs("86"), rs("89(1)")], forum, step)
    return Basis("statute", "no", [], "none", Step("state_party_duty", [rs("86")], ps.step.conclusion, children=[ps.step]))


def _investigation_start(situation: Situation) -> tuple[dt.date | None, str]:
    if situation.authorisation:
        return parse_partial_date(situation.authorisation.date)[0], "authorised"
    if situation.investigation_opened:
        return parse_partial_date(situation.investigation_opened)[0], "opened"
    return None, ""


def residual_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date) -> Basis:
    """Art. 127(2): a former party stays bound to cooperate in investigations and proceedings that
    commenced before its withdrawal took effect. An investigation authorised or opened before then is
    clearly covered; one under preliminary examination only is contested (the Philippines)."""
    st = facts.state(iso3)
    ended = [iv for iv in intervals_of(facts, st.iso3) if iv.end is not None and iv.end <= on]
    if not ended:
        return Basis("residual", "no", [], "none", Step("residual_duty", [rs("127(2)")], f"{st.name} is not a former party on {on}"))
    iv = ended[-1]
    assert iv.end is not None
    effective = iv.end
    forum, _ = forum_for("residual", situation)
    facts_used = [FactUsed("withdrawal took effect", iv.end_act.date if iv.end_act else None,
                           tuple(iv.end_act.sources) if iv.end_act else (), disputed=iv.end_disputed)]
    start, how = _investigation_start(situation)
    concerns_state = iso3 in situation.states or iso3 in situation.referring_states
    if start is not None and start < effective:
        src = situation.authorisation.sources if situation.authorisation and situation.authorisation.sources else situation.sources
        facts_used.append(FactUsed(f"investigation in {situation.name} {how}", start.isoformat(), tuple(src)))
        return Basis(
            "residual", "yes", [rs("127(2)"), rs("89(1)")], forum,
            Step("residual_duty", [rs("127(2)")],
                 f"the investigation in {situation.name} was {how} on {start} before {st.name}'s withdrawal took effect on {effective}: its duty to cooperate in it continues",
                 facts_used),
        )
    pe = situation.preliminary_examination
    if pe and parse_partial_date(pe.opened)[0] < effective and concerns_state:
        facts_used.append(FactUsed(f"preliminary examination of {situation.name} opened", pe.opened, tuple(pe.sources)))
        if start:
            facts_used.append(FactUsed(f"investigation in {situation.name} {how}", start.isoformat(), tuple(situation.sources)))
        positions = [p for p in facts.records.positions.values() if p.issue == "residual-duty-after-withdrawal"]
        return Basis(
            "residual", "contested", [rs("127(2)")], forum,
            Step("residual_duty", [rs("127(2)")],
                 f"only a preliminary examination of {situation.name} (opened {pe.opened}) preceded {st.name}'s withdrawal on {effective}; "
                 "whether that counts as a matter 'commenced' under Art. 127(2) is contested",
                 facts_used),
            positions=positions,
        )
    return Basis(
        "residual", "no", [], "none",
        Step("residual_duty", [rs("127(2)")],
             f"no investigation in {situation.name} had commenced before {st.name}'s withdrawal took effect on {effective}",
             facts_used),
    )
