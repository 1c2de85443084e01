"""Must State S arrest and surrender person P if P is on its territory on date D?

The engine composes the rules: is a warrant outstanding (Arts. 58, 89(1)); does S owe a duty in that
situation as a State Party (Arts. 86, 89(1)), a former party (Art. 127(2)), a declarant (Art. 12(3),
rule 44(2)), by an ad hoc arrangement (Art. 87(5)(a)) or as an addressee of a Security Council
referral (Art. 13(b), UN Charter art. 25); do rules on execution change it (Art. 98(2) agreements,
Art. 95 postponement, Art. 70(2) offences, Art. 90 competing requests, personal immunity under Arts.
27 and 98(1)), and is the investigation deferred to a State's under Art. 18(2) (a doubt, not a change); where would a failure go (Art. 87(7)). Every rule returns a ``RuleResult``;
``compose`` gives the answer; the ``Determination`` is built once from the evaluation and frozen.
No special case for any State or person: only the facts differ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from iccwatch.facts import Facts, bears_on
from iccwatch.law.agreements import art_98_2_agreement, competing_requests
from iccwatch.law.airspace import Presence, with_presence
from iccwatch.law.art16 import requests as art16_requests
from iccwatch.law.art16 import security_council_deferral
from iccwatch.law.citations import rs
from iccwatch.law.custody import custodial, custody_rule
from iccwatch.law.declarations import arrangement_basis, declaration_basis
from iccwatch.law.deferral import deferral
from iccwatch.law.determination import (
    NO_FORUM,
    Answer,
    Dependency,
    Determination,
    Forum,
    IssueSpan,
    RuleResult,
    compose,
    duty_answer,
    forum_of,
    forum_text,
    position_date_doubts,
)
from iccwatch.law.forum import basis_doubts
from iccwatch.law.immunity import immunity_check
from iccwatch.law.party_status import checked_through, intervals_of
from iccwatch.law.postponement import administration_of_justice, postponement
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.law.statute import residual_basis, state_party_basis
from iccwatch.law.unsc import unsc_basis
from iccwatch.law.warrants import WarrantStatus, warrant_status
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Participation, Person, Situation

BasisRule = Callable[[Facts, str, "Situation", dt.date, "IssueSpan | None"], RuleResult]
BASIS_RULES: tuple[BasisRule, ...] = (state_party_basis, residual_basis, declaration_basis, arrangement_basis, unsc_basis)
#: The bases shown in a situation's step even when they do not apply (the two a reader expects, and a party's
#: Art. 12(3) declaration, which says why it is not the basis).
ALWAYS_SHOWN = ("statute", "unsc", "declaration_of_a_party", "declaration_elsewhere")


#: Entries kept of the two law caches whose entries are whole reasoning trees (several kB each, not a small
#: rule result): 4,096 of each held 36 MB after 40 travel maps; 1,024 holds five travel maps' States.
HEAVY_CACHE_SIZE = 1024


def bases_in_situation(facts: Facts, iso3: str, situation: Situation, on: dt.date, issued: IssueSpan | None = None) -> list[RuleResult]:
    """Every possible basis of a duty for ``iso3`` in ``situation`` on ``on``, each evaluated.
    ``issued`` is the date of the warrant in question, where there is one."""
    if issued is not None and not any(iv.end is not None and iv.end <= on for iv in intervals_of(facts, iso3)):
        issued = None  # only the rule for a former party (Art. 127(2)) reads the warrant's date
    return facts.memoised("bases", (iso3, situation.id, on, issued), lambda: evaluate_bases(facts, iso3, situation, on, issued),
                          maxsize=HEAVY_CACHE_SIZE)


def evaluate_bases(facts: Facts, iso3: str, situation: Situation, on: dt.date, issued: IssueSpan | None) -> list[RuleResult]:
    """Every basis rule evaluated, not memoised (the travel matrix keeps its own table of these)."""
    return [r(facts, iso3, situation, on, issued) for r in BASIS_RULES]


def dates_read_by_bases(facts: Facts, iso3: str, situation: Situation) -> set[dt.date]:
    """The dates at which the basis rules' answer for ``iso3`` in ``situation`` can change, besides the
    State's own treaty dates: the investigation's and examination's dates matter only to a State that
    may withdraw (Art. 127(2) compares them with the withdrawal), and a resolution's adoption only to
    its addressees (Art. 13(b)). The travel matrix evaluates the rules at these dates only."""
    out: set[dt.date] = set()
    if any(a.action in ("withdrawal_notified", "withdrawal_effective") for a in facts.records.states[iso3].participation):
        for d in (situation.investigation_opened, situation.authorisation.date if situation.authorisation else None,
                  situation.preliminary_examination.opened if situation.preliminary_examination else None):
            if d:
                out.add(DateSpan.parse(d).first)
    if situation.unsc_resolution:
        res = facts.records.instruments[situation.unsc_resolution]
        if res.adopted and iso3 in res.obliges_states:
            out.add(DateSpan.parse(res.adopted).first)
    return out


def situations_of(facts: Facts, ws: WarrantStatus) -> dict[str, IssueSpan | None]:
    """The situations in which a warrant is (or may be) outstanding, each with the span of days in which its
    earliest warrant was issued: from the earliest day any of them may have been issued to the earliest day by
    which one of them surely was."""
    spans = dict(ws.issue_spans)
    out: dict[str, IssueSpan | None] = {}
    for w in (*ws.outstanding, *ws.uncertain):
        d = spans.get(w.id)
        prev = out.get(w.situation)
        out[w.situation] = d if w.situation not in out else (
            (min(prev[0], d[0]), min(prev[1], d[1])) if prev and d else prev or d)
    return out


def effect_modifiers(facts: Facts, iso3: str, person: Person, on: dt.date) -> list[RuleResult]:
    """The rules on execution that can change the answer (Art. 98(2) contest, Art. 95 postponement, an Art. 16
    deferral the Security Council requested: the last only where the record holds such a request)."""
    out = [art_98_2_agreement(facts, iso3, person, on), postponement(facts, iso3, person, on)]
    if art16_requests(facts):
        sits = [w.situation for w in warrant_status(facts, person, on).outstanding]
        out.append(security_council_deferral(facts, person, sits, on))
    return out


def modifiers_of(facts: Facts, iso3: str, person: Person, on: dt.date, ws: WarrantStatus) -> list[RuleResult]:
    """The rules on execution that bear on a duty that applies."""
    situation = facts.records.situations[ws.outstanding[0].situation] if ws.outstanding else None
    return [
        *effect_modifiers(facts, iso3, person, on),
        administration_of_justice(facts, iso3, person, list(ws.outstanding), on),
        competing_requests(facts, iso3, person, on),
        immunity_check(facts, person, iso3, on, situation),
        # Art. 18(2): the warrant's situation deferred to a State's investigation (a note: the duty stands).
        *(deferral(facts, facts.records.situations[sid], on) for sid in dict.fromkeys(w.situation for w in ws.outstanding)),
        # A State (or a group on a State's territory) holding the person, not the Court: the duty at issue (a note).
        custody_rule(facts, iso3, person, on, ws),
    ]


@dataclass(frozen=True)
class Evaluation:
    """Every rule evaluated for one question, and the composed answer."""

    warrant: WarrantStatus
    duties: tuple[RuleResult, ...]
    situation_steps: tuple[Step, ...]
    modifiers: tuple[RuleResult, ...]
    answer: Answer


def evaluate(facts: Facts, iso3: str, person: Person, on: dt.date) -> Evaluation:
    """The rules for (State, person, date), composed (memoised, bounded)."""
    return facts.memoised("evaluation", (iso3, person.id, on), lambda: _evaluate(facts, iso3, person, on), maxsize=HEAVY_CACHE_SIZE)


def _evaluate(facts: Facts, iso3: str, person: Person, on: dt.date) -> Evaluation:
    st = facts.records.states[iso3]
    ws = warrant_status(facts, person, on)
    duties: list[RuleResult] = []
    steps: list[Step] = []
    for sid, issued in situations_of(facts, ws).items():
        situation = facts.records.situations[sid]
        bases = bases_in_situation(facts, iso3, situation, on, issued)
        duties += bases
        steps.append(Step("duty_in_situation", [rs("86")], f"the duties of {st.name} in the situation in {situation.name}",
                          children=[b.step for b in bases if b.applies != "no" or b.kind in ALWAYS_SHOWN]))
    modifiers: list[RuleResult] = []
    if ws.outstanding and duty_answer(duties) == "obliged":
        modifiers = modifiers_of(facts, iso3, person, on, ws)
    elif ws.held:  # who held the person is shown whatever the answer (a note: it changes none)
        modifiers = [custody_rule(facts, iso3, person, on, ws, duty_answer(duties))]
    return Evaluation(ws, tuple(duties), tuple(steps), tuple(modifiers), compose(duties, modifiers, ws.applies))


def _disputed_acts_used(facts: Facts, ev: Evaluation) -> list[tuple[str, Participation]]:
    """The recorded acts marked as disputed that the evaluation relied on."""
    wanted = {(f.date, f.sources) for s in (*ev.situation_steps, *(m.step for m in ev.modifiers)) for step in s.walk()
              for f in step.facts if f.disputed}
    if not wanted:
        return []
    used: list[tuple[str, Participation]] = []
    for iso3, st in facts.records.states.items():
        for act in st.participation:
            if act.disputed and (act.date, tuple(act.sources)) in wanted and (iso3, act) not in used:
                used.append((iso3, act))
    return used


def dependencies(facts: Facts, iso3: str, person: Person, on: dt.date, ev: Evaluation) -> list[tuple[Participation, str, Evaluation]]:
    """For each disputed act the evaluation used: the evaluation if it did not happen."""
    return [(act, st, evaluate(facts.without_act(st, act), iso3, person, on)) for st, act in _disputed_acts_used(facts, ev)]


#: How a disputed act reads, and its other view (the act did not happen, or its effect did not take place).
_DISPUTED_WORDS = {
    "withdrawal_effective": ("whether {state}'s withdrawal took effect on {date}",
                             "if it did not take effect ({state} then still a State Party)"),
    "entry_into_force": ("whether the Statute entered into force for {state} on {date}", "if it did not ({state} then not a State Party)"),
    "withdrawal_notified": ("whether {state} notified its withdrawal on {date}", "if it did not"),
    "withdrawal_announced": ("whether {state} announced its withdrawal on {date}", "if it did not"),
    "signature": ("whether {state} signed the Statute on {date}", "if it did not"),
}


#: Where the Statute derives a disputed effect from, and what alone could have prevented it.
_DERIVED_FROM = {
    "withdrawal_effective": ("Art. 127(1) gives the same date from the recorded notification, and only its revocation before "
                             "that day (VCLT art. 68), which the record does not hold, would have kept the State a party"),
    "entry_into_force": "Art. 126(2) gives the same date from the recorded deposit",
}


def _disputed_views(facts: Facts, iso3: str, act: Participation) -> tuple[str, str]:
    """The disputed fact in words, and the condition of its other view."""
    state = facts.records.states[iso3].name if iso3 in facts.records.states else iso3
    fact, other = _DISPUTED_WORDS.get(act.action, ("whether {state}'s {action} dated {date} took place", "if it did not"))
    values = {"date": act.date, "state": state, "action": act.action.replace("_", " ")}
    return fact.format(**values), other.format(**values)


def _disputed_by(act: Participation) -> str:
    """On whose word the record holds a disputed act, and why it is marked disputed (its note)."""
    publishers = list(dict.fromkeys(src.publisher for src in act.sources if src.publisher))
    held = f"recorded from {', '.join(publishers)}" if publishers else "recorded without a source"
    return f"{held}; the record marks it disputed: {act.note}" if act.note else f"{held}; the record marks it disputed"


def _answer_words(ev: Evaluation) -> str:
    """An evaluation's answer with the bases it rests on, in words ('obliged under Arts. 86, 89(1)')."""
    answer = ev.answer.replace("_", " ")
    if ev.answer not in ("obliged", "contested"):
        return answer
    rules = [b for b in ev.duties if b.applies == ("yes" if ev.answer == "obliged" else "contested")] or \
        [b for b in ev.duties if b.applies in ("yes", "contested")]
    cites = list(dict.fromkeys(c for b in rules for c in b.citations))
    arts = [c.removeprefix("RS art ") for c in cites if c.startswith("RS art ")]
    other = [c for c in cites if not c.startswith("RS art ")]
    words = ([f"Art{'s' if len(arts) > 1 else ''}. {', '.join(arts)}"] if arts else []) + other
    return f"{answer} under {'; '.join(words)}" if words else answer


def _basis_key(ev: Evaluation) -> frozenset[tuple[str, tuple[str, ...]]]:
    """The bases a duty rests on (or is contested on), to tell whether a disputed fact changes them."""
    return frozenset((b.kind, b.citations) for b in ev.duties if b.applies in ("yes", "contested"))


def final_answer(ev_answer: Answer, alternatives: list[Answer]) -> Answer:
    """An answer that rests on a disputed fact cannot be told (shared with the travel matrix)."""
    if ev_answer in ("obliged", "not_obliged") and any(a != ev_answer for a in alternatives):
        return "unknown"
    return ev_answer


def _applying(ev: Evaluation) -> list[RuleResult]:
    return [b for b in ev.duties if b.applies == "yes"]


def _root(answer: Answer, ev: Evaluation, st_name: str, p_name: str, on: dt.date, why_unknown: str | None, iso3: str = "") -> str:
    mods = {m.kind for m in ev.modifiers if m.applies == "yes"}
    if why_unknown:
        return f"whether {st_name} must arrest {p_name} on {on} cannot be told: {why_unknown}"
    if answer == "obliged":
        tail = " under the conditions its national law sets (Art. 70(2))" if "art_70" in mods else ""
        held = custodial(ev.warrant, iso3) if "custody" in mods else None
        if held is not None and held.certainty == "held":
            # The custodial State: the duty at issue is surrender, not search and arrest (Arts. 59, 89(1)).
            return (f"{st_name} must arrest and surrender {p_name} on {on}{tail}: it has held {p_name} since {held.spell.since}, so the "
                    "duty at issue is the person's surrender to the Court (Arts. 59(7), 89(1)), not finding and arresting the person")
        return f"{st_name} must arrest and surrender {p_name} if {p_name} is on its territory on {on}{tail}"
    if answer == "contested":
        if "art_98_2" in mods:
            return f"{st_name} is bound to cooperate, but whether it must surrender {p_name} on {on} is contested (Art. 98(2))"
        return f"whether {st_name} must arrest {p_name} on {on} is contested"
    if answer == "unknown":
        # The ground that cannot be told: the warrant's existence, else the bases that cannot be told.
        grounds = [] if ev.warrant.applies == "unknown" else [
            f"the record does not say {'; nor '.join(b.missing)}" if b.missing else b.step.conclusion
            for b in (*ev.duties, *ev.modifiers) if b.applies == "unknown"]
        return f"whether {st_name} must arrest {p_name} on {on} cannot be told: {'; '.join(grounds) or ev.warrant.step.conclusion}"
    if ev.warrant.applies == "no":
        return f"{st_name} has no duty to arrest {p_name} on {on}: {ev.warrant.step.conclusion}"
    if "art_95" in mods:
        return (f"{st_name} has no duty to surrender {p_name} on {on} for now: it may postpone executing the request under Art. 95 "
                "while its admissibility challenge is under consideration (it remains bound to cooperate)")
    if "art_16" in mods:
        return (f"{st_name} has no duty to arrest {p_name} on {on} for now: the Security Council has requested under Art. 16 that "
                "the Court not proceed with the case for a period that holds this day (it remains bound to cooperate, and the "
                "warrant stays in force)")
    return (f"{st_name} has no duty to arrest {p_name} on {on}: it is not bound by the Statute, a declaration, "
            "an arrangement or a Security Council decision in this situation (it may still cooperate voluntarily)")


def forum_step(facts: Facts, forum: Forum, results: list[RuleResult], on: dt.date) -> Step:
    """Where a failure could go, and what the Assembly does with a failure referred to it (its
    procedures cited only where they had been adopted by the question's date)."""
    kinds = {r.kind for r in results}
    cites = [rs("87(5)(b)")] if kinds == {"arrangement"} else [rs("87(7)")]
    text = f"a failure could be referred to: {forum_text(forum).replace('+', ' and ')}"
    if kinds & {"residual", "declaration"} and "statute" not in kinds:
        text += " (Art. 87(7) speaks of 'a State Party': whether it reaches this State's failure has not been settled)"
    facts_used = []
    procedures = facts.records.instruments.get("asp-res-10-5-2011")
    if "ASP" in forum and procedures is not None:
        if procedures.adopted and not DateSpan.parse(procedures.adopted).may_be_on_or_before(on):
            # The law as at the date: the procedures did not exist yet.
            text += f" (the Assembly adopted its non-cooperation procedures later, on {procedures.adopted})"
        else:
            cites += [rs("112(2)(f)"), procedures.citation]
            text += ("; the Assembly considers it under its non-cooperation procedures, with a formal response (Bureau and "
                     "Assembly) and an informal one (diplomatic contacts by its President and focal points)")
        facts_used.append(FactUsed(procedures.title, procedures.adopted, tuple(procedures.sources)))
    return Step("forum", cites, text, facts_used)


#: The ruling that consulting the Court under Art. 97 does not suspend the duty to arrest (Pre-Trial
#: Chamber II on South Africa); cited only for questions on or after its date in the record.
CONSULTATION_RULING = "ICC-02/05-01/09-302"


def consultation_step(facts: Facts, on: dt.date) -> Step:
    """Art. 97: a State that sees a problem in executing a request must consult the Court; the Court's
    holding that consulting does not suspend the duty is cited as at the question's date."""
    text = "a State that sees a problem in executing the request must consult the Court (Art. 97)"
    ruling = facts.decision_numbered(CONSULTATION_RULING)
    if ruling is not None and not DateSpan.parse(ruling.date).may_be_on_or_before(on):
        return Step("consultation", [rs("97")],
                    f"{text}; later held: consulting does not suspend the duty to arrest ({ruling.chamber}, {ruling.date})")
    return Step("consultation", [rs("97"), CONSULTATION_RULING], f"{text}; consulting does not suspend the duty to arrest")


def _state_name(facts: Facts, iso3: str) -> str:
    return facts.records.states[iso3].name if iso3 in facts.records.states else iso3


def determination_of(facts: Facts, st_iso3: str, person: Person, on: dt.date, ev: Evaluation,
                     deps: list[tuple[Participation, str, Evaluation]]) -> Determination:
    """The Determination, built once from an evaluation and its dependencies on disputed facts."""
    st = facts.records.states[st_iso3]
    answer = final_answer(ev.answer, [e.answer for _, _, e in deps])
    depends = tuple(Dependency(
        fact=f"{_state_name(facts, iso3)}'s {act.action.replace('_', ' ')} on {act.date} (disputed: {act.note or 'see sources'})",
        answer_if_recorded=ev.answer, answer_if_not=e.answer) for act, iso3, e in deps)
    doubts: list[str] = []
    missing = list(ev.warrant.missing)
    why_unknown = None
    for act, iso3, alt_ev in deps:
        alt = alt_ev.answer
        label = f"{_state_name(facts, iso3)}'s {act.action.replace('_', ' ')} on {act.date}"
        # Said plainly, for every disputed fact: what is disputed, on whose word the record holds it and why it is
        # marked so, and the answer (with its basis) on the other view.
        what, other_view = _disputed_views(facts, iso3, act)
        said = f"disputed: {what} ({_disputed_by(act)})"
        if alt != ev.answer:
            doubts.append(f"the answer depends on a disputed fact; {said}. As recorded the answer is {_answer_words(ev)}; "
                          f"{other_view}, it is {_answer_words(alt_ev)}")
            if answer == "unknown" and ev.answer != "unknown":
                missing.append(f"whether {label} took place")
                why_unknown = f"the answer rests on a disputed fact ({label}): {ev.answer.replace('_', ' ')} as recorded, {alt.replace('_', ' ')} if not"
            continue
        if _basis_key(alt_ev) != _basis_key(ev):
            doubts.append(f"{said[0].upper()}{said[1:]}. It changes the legal basis but not the answer: as recorded, "
                          f"{_answer_words(ev)}; {other_view}, {_answer_words(alt_ev)}")
            continue
        # The Statute derives the disputed effect from an act the record also holds: without the entry the same date
        # follows, so the answer stands; the view that the effect did not take place at all is said with its answer.
        strict = facts.without_effect(iso3, act)
        if strict is None:
            doubts.append(f"{said[0].upper()}{said[1:]}. Without it neither the answer nor its legal basis changes "
                          f"({_answer_words(ev)})")
            continue
        strict_ev = evaluate(strict, st_iso3, person, on)
        source = _DERIVED_FROM[act.action]
        doubts.append(f"{said[0].upper()}{said[1:]}. Without the entry neither the answer nor its legal basis changes "
                      f"({_answer_words(ev)}), because {source}. On the other view, {other_view}, "
                      f"{_answer_words(strict_ev)}")
    applying = _applying(ev)
    contested = [b for b in ev.duties if b.applies == "contested"]
    active = [m for m in ev.modifiers if m.applies == "yes"]
    children: list[Step] = [ev.warrant.step, *ev.situation_steps,
                            *(m.step for m in ev.modifiers if m.applies == "yes" or (m.applies == "unknown" and m.effect)
                              # a rule on execution that does not apply but says why (a former office-holder's immunity)
                              or (m.applies == "no" and m.effect == "note"))]
    positions = [p for m in active for p in m.positions]
    later = [p for r in (*ev.duties, *active) for p in r.later]
    basis: list[str] = []
    forum: Forum = NO_FORUM
    if ev.answer == "obliged" or (ev.answer == "contested" and applying):
        basis = [c for b in applying for c in b.citations] + [c for m in active if m.effect in ("contest",) or m.kind == "art_70" for c in m.citations]
        forum = forum_of(applying)
        doubts += [*ev.warrant.doubts, *basis_doubts(applying)]
        missing += ev.warrant.duty_missing
        broad = any(b.kind in ("statute", "unsc") for b in applying)
        for b in applying:
            if not (broad and b.kind == "arrangement"):  # what an arrangement covers is moot beside a wider ground
                missing += b.missing
    elif ev.answer == "contested":
        basis = [c for b in contested for c in b.citations]
        forum = forum_of(contested)
        positions = [p for b in contested for p in b.positions] + positions
        doubts += [*ev.warrant.doubts, *basis_doubts(contested)]
        missing += ev.warrant.duty_missing
    else:
        for b in ev.duties:
            missing += b.missing
            doubts += b.doubts  # why a ground that seems to apply does not (an addressee not a UN Member)
        # Where the answer is unknown beside a contested ground (a fact decides between obliged and
        # contested), the positions on that ground are still shown.
        positions = [p for b in ev.duties if b.applies == "contested" for p in b.positions] + positions
    for m in active:
        doubts += m.doubts
        missing += m.missing
    for m in ev.modifiers:
        if m.applies == "unknown":  # a rule on execution that may or may not apply: what would tell
            missing += m.missing
    # Only the positions that bear on this question: general ones, or those naming its person or one of the
    # situations of his warrants (a rule that did not know the person left that check to here).
    sids = {w.situation for w in facts.warrants_of(person.id)}
    positions = [p for p in positions if bears_on(p, person.id, sids)]
    later = [p for p in later if bears_on(p, person.id, sids)]
    doubts += position_date_doubts({p.id: p for p in positions}.values(), on)
    # The steps only the reasoning reads (where a failure could go), written when the reasoning is first read.
    written_later: list[Callable[[], Step]] = []
    if forum:
        if any(m.effect == "contest" or m.positions or m.kind == "art_90" for m in active):
            written_later.append(lambda: consultation_step(facts, on))
        bodies = forum
        written_later.append(lambda: forum_step(facts, bodies, applying or contested, on))
    checked, checked_text = checked_through(facts, facts.DUTY_KINDS)
    if on > checked:
        doubts.append(f"the record was checked through {checked_text}; facts after that date may be missing")
    if answer == "not_obliged":
        basis, forum = [], NO_FORUM
    root = Step.later("arrest_obligation", [rs("89(1)")], _root(answer, ev, st.name, person.name, on, why_unknown, st.iso3),
                      lambda: [*children, *(write() for write in written_later)])
    question = {"kind": "arrest", "state": st.iso3, "state_name": st.name, "person": person.id, "person_name": person.name, "on": on.isoformat()}
    # Every decision is listed (a later finding may concern the very event asked about), each saying
    # whether it came after the question's date: the law as at the date cites none of the later ones.
    decisions = tuple(
        {"decision": d.id, "date": d.date, "chamber": d.chamber, "finding": d.finding, "referred_to": d.referred_to,
         "record_number": d.record_number, "later": not DateSpan.parse(d.date).may_be_on_or_before(on)}
        for d in facts.decisions_about(st.iso3, person.id)
    )
    return Determination(
        question, answer, tuple(dict.fromkeys(basis)), forum, root,
        contested=tuple({p.id: p for p in positions}.values()),
        later_held=tuple({p.id: p for p in later}.values()),
        assumptions=tuple(str(a) for a in facts.assumptions),
        missing_facts=tuple(dict.fromkeys(missing)),
        depends_on=depends,
        doubts=tuple(dict.fromkeys(doubts)),
        bases=ev.duties,
        court_decisions=decisions,
        execution_postponed=answer == "not_obliged" and any(m.effect == "postpone" for m in active),
    )


def arrest_obligation(facts: Facts, state: str, person: str, on: dt.date, presence: Presence = "territory") -> Determination:
    """Must ``state`` arrest and surrender ``person`` if present on its territory on ``on``?

    Where the answer rests on a fact the record marks as disputed, the question is asked again without
    it and the determination says how the answer depends on it. ``presence`` says where the person is: on the
    territory (the default), in its airspace (an overflight) or on a transit stop (``law/airspace.py``: the duty on
    the territory, with what is disputed about acting against an aircraft).
    """
    iso3 = facts.state(state).iso3
    p = facts.person(person)
    ev = evaluate(facts, iso3, p, on)
    det = determination_of(facts, iso3, p, on, ev, dependencies(facts, iso3, p, on, ev))
    return det if presence == "territory" else with_presence(det, presence)


def arrest_obligation_during(facts: Facts, state: str, person: str, first: dt.date, last: dt.date, period: str,
                             presence: Presence = "territory") -> Determination:
    """The question for an event known only to a period (e.g. a month): the answer on its first day
    if the duty is the same on its last, else ``unknown`` with both evaluations in the reasoning. ``presence`` as for
    ``arrest_obligation`` (an overflight or a transit stop)."""
    det = arrest_obligation(facts, state, person, first, presence)
    if first == last:
        return det
    other = arrest_obligation(facts, state, person, last, presence)
    if other.answer == det.answer:
        return det
    root = Step("arrest_obligation", [rs("89(1)")],
                f"whether {det.question['state_name']} must arrest {det.question['person_name']} in {period} cannot be told: "
                f"the record gives only {period}, and the duty changes within it ({det.answer.replace('_', ' ')} on {first}, "
                f"{other.answer.replace('_', ' ')} on {last})",
                children=[det.reasoning, other.reasoning])
    return Determination(
        {**det.question, "on": period}, "unknown", (), NO_FORUM, root,
        contested=det.contested, later_held=det.later_held, assumptions=det.assumptions,
        missing_facts=(*det.missing_facts, f"the day of the event (the record gives only {period}, and the duty changes within it)"),
        depends_on=det.depends_on, doubts=det.doubts, bases=det.bases, court_decisions=det.court_decisions,
    )

