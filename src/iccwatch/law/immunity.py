"""Immunities (Arts. 27 and 98(1)) of sitting heads of state or government and foreign ministers.

- An official of a State Party: Art. 27(2) binds that State too, so immunity is not in dispute.
- An official of a State bound by a Security Council referral (Darfur, Libya): the Appeals Chamber
  held in the Jordan appeal (ICC-02/05-01/09-397, 6 May 2019) that such immunity does not bar arrest
  and surrender; the resolution places the State in a position where it cannot invoke it.
- An official of another non-party in a situation the Council did not refer: the on-point holdings are
  the Pre-Trial Chambers' findings on Mongolia (2024) and Hungary (2025).
- Besides the holdings in ``data/positions``, every finding of non-compliance in the record with a request
  to arrest and surrender a person who then held such an office of a non-party (the Court found the duty
  unbarred by it) counts as a holding of its kind (referred or not), from its date: the Darfur findings
  from 2011 on, well before the Jordan appeal. Before any holding on point in a situation the Council did
  not refer, a holding in a referred situation is named as not on point, never cited as the basis.

Only what the Court and others had said by the question's date is cited; later holdings are listed
apart. States and the African Union have taken the contrary view; the engine carries the Court's
position and lists the others from ``data/positions``. Each position says where it is on point
(``scope``) and, where it was stated about particular persons or situations, which (``persons``,
``situations``): only general positions and those naming the question's person or situation are listed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import FILING, rs
from iccwatch.law.determination import RuleResult
from iccwatch.law.party_status import party_status
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Decision, Office, Person, Position, Situation

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


def _referred_for(facts: Facts, situation: Situation, official_state: str) -> bool:
    """True where the Council referred the situation and its resolution binds the official's State."""
    if situation.trigger != "unsc_referral" or not situation.unsc_resolution:
        return False
    return official_state in facts.records.instruments[situation.unsc_resolution].obliges_states


def immunity_findings(facts: Facts) -> list[tuple[Decision, bool]]:
    """The Court's findings of non-compliance with a request to arrest and surrender a person who, at the
    time of the event (or of the finding, where no event is recorded), held an office carrying personal
    immunity of a State not party (Art. 27(2) not binding it): each a holding that such immunity did
    not bar the duty, with whether the situation was one the Council referred binding that State.
    Computed once per facts, in date order."""
    def compute() -> list[tuple[Decision, bool]]:
        out: list[tuple[Decision, bool]] = []
        for d in sorted(facts.records.decisions.values(), key=lambda d: DateSpan.parse(d.date).sort_key):
            if d.kind != "non_compliance" or d.finding != "non_compliance" or d.request_type != "arrest_surrender":
                continue
            situation = facts.records.situations.get(d.situation)
            days = [DateSpan.parse(e.date).first for e in (facts.records.events.get(x) for x in d.events) if e is not None]
            day = min(days) if days else DateSpan.parse(d.date).first
            for pid in d.persons:
                person = facts.records.persons.get(pid)
                if person is None or situation is None:
                    continue
                held, _ = offices_held(person, day)
                foreign = [o for o in held if o.state != d.state and not party_status(facts, o.state, day).party]
                if foreign:
                    out.append((d, _referred_for(facts, situation, foreign[0].state)))
                    break
        return out
    return facts.memoised("immunity_findings", None, compute)


def _former_office(facts: Facts, person: Person, host_iso3: str, on: dt.date) -> Step | None:
    """For a person who no longer holds an office carrying personal immunity (of any State, the host's own too) on
    ``on``, the step that says so: such immunity attaches to the office and ends with it, so it is not in issue.
    Shown in the reasoning (a note), since positions on the immunity of the office he held no longer bear on him."""
    ended = [o for o in person.offices if o.kind in PERSONAL_IMMUNITY and o.end is not None and DateSpan.parse(o.end).last <= on]
    if not ended:
        return None
    o = max(ended, key=lambda o: DateSpan.parse(o.end or "").last)
    state = facts.records.states[o.state].name if o.state in facts.records.states else o.state
    title = o.title if state in o.title else f"{o.title} ({state})"
    return Step("personal_immunity", [rs("27(2)")],
                f"{person.name} holds no office carrying personal immunity on {on}: the office of {title} "
                f"ended on {o.end}, and such immunity attaches to the office and ends with it, so it is not in issue",
                [FactUsed(o.title, o.end, tuple(o.sources))])


def _own_office(facts: Facts, person: Person, o: Office, host_iso3: str, on: dt.date) -> Step:
    """For a person who holds such an office of the host State itself: the personal immunity Art. 98(1) speaks of is
    that of "a third State", so none arises between the State and its own official; his official capacity does not
    exempt him from the Court's jurisdiction (Art. 27(1)), and a State Party accepted that it bars nothing (Art. 27(2))."""
    state = facts.records.states[host_iso3].name if host_iso3 in facts.records.states else host_iso3
    title = o.title if state in o.title else f"{o.title} ({state})"
    return Step("personal_immunity", [rs("27(1)"), rs("27(2)"), rs("98(1)")],
                f"{person.name} holds the office of {title} on {on}, an office of {state} itself: the immunity Art. 98(1) speaks "
                f"of is that of a third State, so none arises between {state} and its own official, whose official capacity "
                "does not exempt the person from the Court's jurisdiction (Art. 27(1)); personal immunity is not in issue",
                [FactUsed(o.title, o.start, tuple(o.sources))])


def _former_party_text(facts: Facts, iso3: str, since: str | None) -> str:
    """What is unsettled for an official of a former party: Art. 27(2) bound his State while it was a party; whether it
    still binds it where Art. 127(2) keeps it bound to cooperate has no ruling in the record."""
    name = facts.records.states[iso3].name if iso3 in facts.records.states else iso3
    return (f"; {name} is a former party (its withdrawal took effect on {since or 'a date not recorded'}): Art. 27(2) bound it "
            "while it was a party, and whether it still binds it in a situation where Art. 127(2) keeps it bound to cooperate "
            "has not been ruled on (no ruling in the record), so the official's immunity is weighed as a non-party's official's")


def _finding_text(facts: Facts, d: Decision) -> str:
    state = facts.records.states[d.state].name if d.state and d.state in facts.records.states else d.state
    number = f", {d.record_number}" if d.record_number and FILING.match(d.record_number) else ""
    return f"{d.chamber} on {state}, {d.date}{number}"


def _on_point(p: Position, referred: bool | None) -> bool:
    return p.scope == "all" or referred is None or (p.scope == "unsc_referral") == referred


def _contrary_text(standing: list[Position]) -> str:
    """What the contested list holds against the Court's position: only positions that bear on the question."""
    contrary = [p for p in standing if not p.court and p.answer_if_followed == "not_obliged"]
    if not contrary:
        return "no contrary position bearing on this question is recorded as at that date"
    return (f"{len(contrary)} position{'s' if len(contrary) > 1 else ''} of States or organisations bearing on this question "
            f"{'hold' if len(contrary) > 1 else 'holds'} otherwise (see contested)")


def immunity_check(facts: Facts, person: Person, host_iso3: str, on: dt.date,
                   situation: Situation | None = None) -> RuleResult:
    """Whether the person's personal immunity is in issue for ``host_iso3`` on ``on``, and who holds what."""
    held, unknown = offices_held(person, on)
    foreign = [o for o in held if o.state != host_iso3]
    none = RuleResult("immunity", "no", Step("personal_immunity", [rs("27(2)")], f"{person.name} holds no office carrying personal immunity on {on}"))
    if not foreign and not unknown:
        own = [o for o in held if o.state == host_iso3]
        if own:
            return RuleResult("immunity", "no", _own_office(facts, person, own[0], host_iso3, on), effect="note")
        former = _former_office(facts, person, host_iso3, on)
        return none if former is None else RuleResult("immunity", "no", former, effect="note")
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
        former_party = official_state.status == "former_party"
        if former_party:
            what += _former_party_text(facts, o.state, official_state.since)
    else:
        former_party = False
        what = f"{person.name} may hold an office carrying personal immunity on {on}; the record lacks its dates"
        used = [FactUsed(o.title, None, tuple(o.sources)) for o in unknown]
        o = unknown[0]
    referred: bool | None = None
    if situation is not None:
        referred = False
        if situation.trigger == "unsc_referral" and situation.unsc_resolution:
            res = facts.records.instruments[situation.unsc_resolution]
            referred = o.state in res.obliges_states
    # Only the positions that bear on this person: general ones, or those stated about him or about a situation
    # of his warrants (the same test as the answer's, so that the count of contrary positions below is its list's).
    where = {w.situation for w in facts.warrants_of(person.id)}
    standing, later = facts.positions_on("personal-immunity", on, person.id, where)
    standing = [p for p in standing if _on_point(p, referred)]
    later = [p for p in later if _on_point(p, referred)]
    # The record's findings of non-compliance on such an official, of the same kind (referred or not),
    # that no holding in the positions already stands for (the same ruling, by date).
    court_dates = {p.date for p in (*standing, *later) if p.court}
    findings = [d for d, ref in immunity_findings(facts) if (referred is None or ref == referred) and d.date not in court_dates]
    found = [d for d in findings if DateSpan.parse(d.date).may_be_on_or_before(on)]
    found_later = [d for d in findings if not DateSpan.parse(d.date).may_be_on_or_before(on)]
    # Cite a ruling by its filing number only (a bare situation number points to no document).
    rulings = [p.record_number for p in standing if p.court and p.record_number and FILING.match(p.record_number)]
    rulings += [d.record_number for d in found if d.record_number and FILING.match(d.record_number)]
    court = [p for p in standing if p.court]
    holdings: list[str] = []
    if court:
        holdings.append("The Court had held by then that such immunity does not bar the duty to arrest and surrender "
                    f"({'; '.join(p.held_by + ', ' + (p.date or 'undated') for p in court)})")
    if found:
        holdings.append(f"{'it' if court else 'The Court'} had found States in breach of their duty to arrest and surrender a "
                    "sitting official of a non-party in such a situation, which the official's office did not bar "
                    f"({'; '.join(_finding_text(facts, d) for d in found)})")
    if not holdings:
        holdings.append("The Court had not yet ruled on this question in such a situation by then; it applies Arts. 27(2) and 98(1)")
        if referred is False:
            off_point = [p for p in facts.positions_on("personal-immunity", on, person.id, where)[0] if p.court and p.scope == "unsc_referral"]
            if off_point:
                holdings.append("in a situation the Council referred, binding the official's State, "
                            f"{'; '.join(p.held_by + ' (' + (p.record_number or '') + ', ' + (p.date or '') + ')' for p in off_point)} "
                            "had held that such immunity does not bar arrest and surrender: a holding not on point here, "
                            "whose reach to other situations had not been ruled on")
    later_text = [p.held_by + ", " + (p.date or "") for p in later if p.court] + [_finding_text(facts, d) for d in found_later]
    council_referred = situation is not None and situation.trigger == "unsc_referral" and bool(situation.unsc_resolution)
    context = ("in a situation the Security Council referred, binding the official's State" if referred
               else "in a situation the Security Council referred without binding the official's State, so that the "
                    "holdings on point are those for a situation it did not refer" if referred is False and council_referred
               else "in a situation the Security Council did not refer" if referred is False else "")
    step = Step(
        "personal_immunity", [rs("27(2)"), rs("98(1)"), *([rs("127(2)")] if former_party else []), *dict.fromkeys(rulings)],
        f"{what}{', ' + context if context else ''}. {'; '.join(holdings)}; {_contrary_text(standing)}"
        + (f"; later held: {'; '.join(later_text)}" if later_text else ""),
        used,
    )
    return RuleResult("immunity", "yes", step, (rs("27(2)"), rs("98(1)")), positions=tuple(standing), missing=missing,
                      effect="note", later=tuple(later))
