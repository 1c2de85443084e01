"""Must State S arrest and surrender person P if P is on its territory on date D?

The engine composes the rules: is a warrant outstanding (Arts. 58, 89(1)); does S owe a duty in that
situation as a State Party (Arts. 86, 89(1)), a former party (Art. 127(2)), a declarant (Art. 12(3)),
by an ad hoc arrangement (Art. 87(5)(a)) or as an addressee of a Security Council referral (Art. 13(b));
does personal immunity raise a contest (Arts. 27, 98(1)); where would a failure go (Art. 87(7)).
No special case for any State or person: only the facts differ.
"""

from __future__ import annotations

import datetime as dt

from iccwatch.facts import Facts
from iccwatch.law.agreements import art_98_2_agreement, competing_requests
from iccwatch.law.citations import rs
from iccwatch.law.declarations import arrangement_basis, declaration_basis
from iccwatch.law.determination import Basis, Dependency, Determination, answer_of, combine_forums
from iccwatch.law.immunity import immunity_check
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.law.statute import residual_basis, state_party_basis
from iccwatch.law.unsc import unsc_basis
from iccwatch.law.warrants import warrant_status
from iccwatch.model import Situation

BASIS_RULES = (state_party_basis, residual_basis, declaration_basis, arrangement_basis, unsc_basis)


def bases_in_situation(facts: Facts, iso3: str, situation: Situation, on: dt.date) -> list[Basis]:
    """Every possible basis of a duty for ``iso3`` in ``situation`` on ``on``, each evaluated."""
    return [rule(facts, iso3, situation, on) for rule in BASIS_RULES]


def _evaluate(facts: Facts, state: str, person: str, on: dt.date) -> Determination:
    st = facts.state(state)
    p = facts.person(person)
    question = {"kind": "arrest", "state": st.iso3, "state_name": st.name, "person": p.id, "person_name": p.name, "on": on.isoformat()}
    ws = warrant_status(facts, p, on)
    children: list[Step] = [ws.step]
    missing = list(ws.missing)
    if not ws.outstanding:
        answer = "unknown" if ws.unknown else "not_obliged"
        root = Step("arrest_obligation", [rs("89(1)")],
                    f"{st.name} has no duty to arrest {p.name} on {on}: {ws.step.conclusion}" if answer == "not_obliged"
                    else f"whether {st.name} must arrest {p.name} on {on} cannot be told: {ws.step.conclusion}",
                    children=children)
        return Determination(question, answer, [], "none", root, missing_facts=missing)
    all_bases: list[Basis] = []
    for situation_id in dict.fromkeys(w.situation for w in ws.outstanding):
        situation = facts.records.situations[situation_id]
        bases = bases_in_situation(facts, st.iso3, situation, on)
        all_bases += bases
        children.append(Step("duty_in_situation", [rs("86")], f"the duties of {st.name} in the situation in {situation.name}",
                             children=[b.step for b in bases if b.applies != "no" or b.kind in ("statute", "unsc")]))
    applying = [b for b in all_bases if b.applies == "yes"]
    contested = [b for b in all_bases if b.applies == "contested"]
    answer = answer_of(all_bases)
    for b in all_bases:
        missing += b.missing
    positions: list = []
    extra_doubts: list[str] = []
    if answer == "obliged":
        basis = list(dict.fromkeys(c for b in applying for c in b.citations))
        forum = combine_forums([b.forum for b in applying])
        imm = immunity_check(facts, p, st.iso3, on)
        if imm.step:
            children.append(imm.step)
            positions = imm.positions
            missing += imm.missing
        agreement, agreement_positions = art_98_2_agreement(facts, st.iso3, p, on)
        if agreement:
            children.append(agreement)
            positions = positions + agreement_positions
            answer = "contested"
            basis.append(rs("98(2)"))
        competing, competing_doubts, competing_missing = competing_requests(facts, st.iso3, p, on)
        if competing:
            children.append(competing)
            extra_doubts += competing_doubts
            missing += competing_missing
        children.append(Step("consultation", [rs("97"), "ICC-02/05-01/09-302"],
                             "consulting the Court about problems in executing the request (Art. 97) does not suspend the duty to arrest"))
        children.append(forum_step(facts, forum, basis))
        conclusion = (f"{st.name} must arrest and surrender {p.name} if {p.name} is on its territory on {on}" if answer == "obliged"
                      else f"{st.name} is bound to cooperate, but whether it must surrender {p.name} on {on} is contested (Art. 98(2))")
    elif answer == "contested":
        basis = list(dict.fromkeys(c for b in contested for c in b.citations))
        forum = combine_forums([b.forum for b in contested])
        positions = [pos for b in contested for pos in b.positions]
        conclusion = f"whether {st.name} must arrest {p.name} on {on} is contested"
    else:
        basis = []
        forum = "none"
        conclusion = (f"{st.name} has no legal duty to arrest {p.name} on {on}: it is not bound by the Statute, a declaration, "
                      "an arrangement or a Security Council decision in this situation (it may still cooperate voluntarily)")
    root = Step("arrest_obligation", [rs("89(1)")], conclusion, children=children)
    doubts = list(extra_doubts)
    if on > facts.checked_through:
        doubts.append(f"the record was checked through {facts.records.meta.checked_through}; facts after that date may be missing")
    return Determination(question, answer, basis, forum, root, contested=positions,
                         assumptions=[str(a) for a in facts.assumptions], missing_facts=list(dict.fromkeys(missing)),
                         doubts=doubts, bases=all_bases)


def arrest_obligation(facts: Facts, state: str, person: str, on: dt.date) -> Determination:
    """Must ``state`` arrest and surrender ``person`` if present on its territory on ``on``?

    Where the answer rests on a fact the record marks as disputed, the question is asked again without
    it and the determination says how the answer depends on it.
    """
    det = _evaluate(facts, state, person, on)
    iso3, pid = det.question["state"], det.question["person"]  # already resolved: no second name lookup
    det.court_decisions = [
        {"decision": d.id, "date": d.date, "chamber": d.chamber, "finding": d.finding, "referred_to": d.referred_to, "record_number": d.record_number}
        for d in sorted(facts.records.decisions.values(), key=lambda d: d.date) if d.state == iso3 and pid in d.persons
    ]
    for iso3, act in _disputed_acts_used(facts, det):
        alt = facts.without_act(iso3, act)
        other = _evaluate(alt, state, person, on)
        det.depends_on.append(Dependency(
            fact=f"{iso3} {act.action.replace('_', ' ')} on {act.date} (disputed: {act.note or 'see sources'})",
            answer_if_recorded=det.answer, answer_if_not=other.answer))
        if other.answer != det.answer:
            det.doubts.append(f"the answer depends on a disputed fact: if {iso3}'s {act.action.replace('_', ' ')} on {act.date} did not happen, the answer is {other.answer}")
            if det.answer in ("obliged", "not_obliged"):
                det.missing_facts.append(f"whether {iso3}'s {act.action.replace('_', ' ')} of {act.date} took place")
                det.answer = "unknown"
        else:
            det.doubts.append(f"a disputed fact ({iso3} {act.action.replace('_', ' ')} {act.date}) changes the legal basis but not the answer")
    return det


def forum_step(facts: Facts, forum: str, basis: list[str]) -> Step:
    """Where a failure could go, and what the Assembly does with a failure referred to it."""
    cites = [rs("87(5)(b)")] if any("87(5)" in b for b in basis) else [rs("87(7)")]
    text = f"a failure could be referred to: {forum.replace('+', ' and ')}"
    facts_used = []
    procedures = facts.records.instruments.get("asp-res-10-5-2011")
    if "ASP" in forum and procedures is not None:
        cites += [rs("112(2)(f)"), procedures.citation]
        text += ("; the Assembly considers it under its non-cooperation procedures, with a formal response (Bureau and "
                 "Assembly) and an informal one (diplomatic contacts by its President and focal points)")
        facts_used.append(FactUsed(procedures.title, procedures.adopted, tuple(procedures.sources)))
    return Step("forum", cites, text, facts_used)


def _disputed_acts_used(facts: Facts, det: Determination) -> list[tuple[str, object]]:
    used = []
    for step in det.reasoning.walk():
        for f in step.facts:
            if not f.disputed:
                continue
            for iso3, st in facts.records.states.items():
                for act in st.participation:
                    if act.disputed and act.date == f.date and tuple(act.sources) == f.sources and (iso3, act) not in used:
                        used.append((iso3, act))
    return used
