"""Duties of non-parties that accepted the Court's jurisdiction (Art. 12(3), rule 44(2)) or made an
ad hoc arrangement with it (Art. 87(5)(a)), each limited to what it concerns."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import rs, rule
from iccwatch.law.determination import IssueSpan, RuleResult
from iccwatch.law.forum import (
    ARRANGEMENT_SCOPE_TAIL,
    DECLARATION_SCOPE_TAIL,
    UNSETTLED_FORUM,
    forum_for,
)
from iccwatch.law.party_status import fact_of, party_status
from iccwatch.law.reasoning import Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Participation, Situation


def nationalities_in(facts: Facts, situation: Situation) -> frozenset[str]:
    """The nationalities of the persons against whom a warrant, summons or application in the situation
    is recorded (computed once per situation)."""
    def compute() -> frozenset[str]:
        pids = {w.person for w in facts.warrants_in(situation.id)}
        return frozenset(n for pid in pids if pid in facts.records.persons for n in facts.records.persons[pid].nationality)
    return facts.memoised("situation_nationalities", situation.id, compute)


def _concerns(facts: Facts, d: Participation, iso3: str, situation: Situation) -> bool:
    """A declaration concerns a situation it names, or else a situation on the declarant's territory
    (Art. 12(2)(a)) or concerning its nationals (Art. 12(2)(b)): one in which a person of its nationality
    is the subject of a warrant, summons or application."""
    if d.situation:
        return d.situation == situation.id
    return iso3 in situation.states or iso3 in nationalities_in(facts, situation)


def _made_by(act: Participation, on: dt.date) -> bool:
    """Whether the act surely existed on ``on``: made on that day or before (an act dated only by its month or
    year exists for certain from the last day of that span; before, from its first day, it may or may not)."""
    return DateSpan.parse(act.date).last <= on


def _declaration_elsewhere(facts: Facts, name: str, decls: list[Participation], situation: Situation) -> Step:
    """Why a State's Art. 12(3) declarations do not bind it in ``situation``: each names another situation, or names
    none and the situation is neither on its territory (Art. 12(2)(a)) nor concerns its nationals (Art. 12(2)(b))."""
    named = [d for d in decls if d.situation]
    unnamed = [d for d in decls if not d.situation]
    parts = []
    if named:
        others = ", ".join(dict.fromkeys(facts.records.situations[d.situation].name if d.situation in facts.records.situations
                                         else str(d.situation) for d in named))
        parts.append(f"its declaration{'s' if len(named) > 1 else ''} of {', '.join(d.date for d in named)} "
                     f"name{'' if len(named) > 1 else 's'} the situation in {others}, not this one")
    if unnamed:
        parts.append(f"its declaration{'s' if len(unnamed) > 1 else ''} of {', '.join(d.date for d in unnamed)} "
                     f"name{'' if len(unnamed) > 1 else 's'} no situation, and the situation in {situation.name} is neither "
                     "on its territory (Art. 12(2)(a)) nor one in which a warrant, summons or application concerns one of its "
                     "nationals (Art. 12(2)(b))")
    cites = [rs("12(3)"), rule("44(2)"), *([rs("12(2)(a)"), rs("12(2)(b)")] if unnamed else [])]
    return Step("declaration_12_3", cites,
                f"{name} lodged a declaration under Art. 12(3), but {'; '.join(parts)}: Part 9 applies to it (rule 44(2)) "
                f"only where its declaration reaches, so it does not bind it in the situation in {situation.name}",
                [fact_of(d) for d in decls])


def declaration_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date, issued: IssueSpan | None = None) -> RuleResult:
    """Art. 12(3) and rule 44(2): a State that lodged a declaration accepts jurisdiction over the crimes
    of relevance to the situation, and Part 9 applies to it: it must cooperate without delay or
    exception, here in a situation concerning its own territory or nationals (or the situation its
    declaration names)."""
    st = facts.records.states[iso3]
    decls = facts.acts_until(iso3, on, "declaration_12_3")
    concerning = [d for d in decls if _concerns(facts, d, iso3, situation)]
    relevant = [d for d in concerning if _made_by(d, on)]
    if not relevant and concerning:
        # Dated only by a month or year that holds the day asked: it may not have been lodged yet.
        x = concerning[-1]
        return RuleResult(
            "declaration", "unknown",
            lambda: Step("declaration_12_3", [rs("12(3)"), rule("44(2)")],
                 f"{st.name} lodged a declaration accepting the Court's jurisdiction in {x.date}, a period the record does not "
                 f"narrow to a day: whether it had been lodged by {on}, and so whether Part 9 applied to it then (rule 44(2)), "
                 "cannot be told", [fact_of(x)]),
            missing=(f"the day in {x.date} on which {st.name} lodged its Art. 12(3) declaration",),
        )
    if not relevant and decls:
        # A declarant whose declarations do not reach this situation: the step says why, so that a reader sees the
        # declaration was weighed (shown in the reasoning, as a State Party's duty is).
        return RuleResult("declaration_elsewhere", "no", lambda: _declaration_elsewhere(facts, st.name, decls, situation))
    if not relevant:
        return RuleResult("declaration", "no", lambda: Step("declaration_12_3", [rs("12(3)")], f"{st.name}: no Art. 12(3) declaration"))
    ps = party_status(facts, iso3, on)
    if ps.party and not ps.uncertain:
        # Art. 12(3) and rule 44(2) are for "a State which is not a Party": once the State is a party, its duty to
        # cooperate rests on Arts. 86 and 89(1), and the declaration bears only on the Court's jurisdiction over
        # conduct before the Statute entered into force for it (Art. 11(2)).
        last = relevant[-1]
        return RuleResult("declaration_of_a_party", "no", lambda: Step(
            "declaration_12_3", [rs("12(3)"), rule("44(2)"), rs("11(2)")],
            f"{st.name} lodged a declaration under Art. 12(3) on {last.date}, but it is a State Party on {on}: a declaration "
            "and rule 44(2) are for a State not a Party, so its duty to cooperate rests on Arts. 86 and 89(1) as a party; the "
            "declaration bears on the Court's jurisdiction over conduct before the Statute entered into force for it (Art. 11(2))",
            [fact_of(x) for x in relevant]))
    forum, _ = forum_for("declaration", situation)
    open_ended = [x for x in relevant if not x.covers_to]
    d = open_ended[-1] if open_ended else relevant[-1]
    scope = () if open_ended else tuple(
        f"{st.name}'s declaration of {x.date} covers conduct from {x.covers_from or 'an unspecified date'} to {x.covers_to} "
        f"only; {DECLARATION_SCOPE_TAIL}" for x in relevant)
    return RuleResult(
        "declaration", "yes",
        lambda: Step("declaration_12_3", [rs("12(3)"), rule("44(2)")],
             f"{st.name} accepted the Court's jurisdiction by a declaration lodged on {d.date} (conduct from {d.covers_from or 'an unspecified date'}"
             f"{' to ' + d.covers_to if d.covers_to else ''}); under rule 44(2) Part 9 applies to it: it must cooperate in this situation",
             [fact_of(x) for x in relevant]),
        (rs("12(3)"), rule("44(2)"), rs("86"), rs("89(1)")), forum,
        doubts=(*scope, UNSETTLED_FORUM["declaration"]),
    )


def arrangement_basis(facts: Facts, iso3: str, situation: Situation, on: dt.date, issued: IssueSpan | None = None) -> RuleResult:
    """Art. 87(5)(a): a non-party that agreed an ad hoc arrangement or agreement with the Court must
    give the assistance it covers, in the situation it concerns and no other. Where the record does not
    say which situation, whether it binds here cannot be told."""
    st = facts.records.states[iso3]
    acts = facts.acts_until(iso3, on, "ad_hoc_arrangement")
    maybe = [a for a in acts if a.situation == situation.id and not _made_by(a, on)]
    here = [a for a in acts if a.situation == situation.id and _made_by(a, on)]
    if maybe and not here:
        m = maybe[-1]
        return RuleResult(
            "arrangement", "unknown",
            lambda: Step("ad_hoc_arrangement", [rs("87(5)(a)")],
                 f"{st.name} agreed an ad hoc arrangement with the Court for the situation in {situation.name} in {m.date}, a period "
                 f"the record does not narrow to a day: whether it had been made by {on} cannot be told", [fact_of(m)]),
            missing=(f"the day in {m.date} on which {st.name} agreed its ad hoc arrangement",),
        )
    unscoped = [a for a in acts if a.situation is None]
    if here:
        forum, _ = forum_for("arrangement", situation)
        return RuleResult(
            "arrangement", "yes",
            lambda: Step("ad_hoc_arrangement", [rs("87(5)(a)")],
                 f"{st.name} agreed an ad hoc arrangement with the Court on {here[-1].date} for the situation in {situation.name}",
                 [fact_of(a) for a in here]),
            (rs("87(5)(a)"),), forum,
            missing=(f"whether {st.name}'s ad hoc arrangement of {here[-1].date} covers arrest and surrender",),
            doubts=(f"{st.name}'s ad hoc arrangement binds only to the assistance it covers; {ARRANGEMENT_SCOPE_TAIL}",),
        )
    if unscoped:
        a = unscoped[-1]
        return RuleResult(
            "arrangement", "unknown",
            lambda: Step("ad_hoc_arrangement", [rs("87(5)(a)")],
                 f"{st.name} agreed an ad hoc arrangement with the Court on {a.date}; the record does not say which situation it "
                 f"concerns, and an arrangement binds only in the matter it covers, so whether it binds in {situation.name} cannot be told",
                 [fact_of(a)]),
            missing=(f"which situation {st.name}'s ad hoc arrangement of {a.date} concerns",),
        )
    why = "no ad hoc arrangement recorded" if not acts else f"its ad hoc arrangement concerns another situation, not {situation.name}"
    return RuleResult("arrangement", "no", lambda: Step("ad_hoc_arrangement", [rs("87(5)(a)")], f"{st.name}: {why}"))
