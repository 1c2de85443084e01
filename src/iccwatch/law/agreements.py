"""Agreements and competing requests that bear on surrender: Art. 98(2) and Art. 90.

Art. 98(2): the Court may not proceed with a request for surrender that would require the requested
State to act inconsistently with an agreement under which the sending State's consent is needed,
unless the Court first obtains that consent. Whether a given agreement covers the person (persons
"sent" by that State, or all its nationals) has not been settled by the Court, so where such an
agreement exists between the host and the person's State the answer is contested. An agreement binds both its
parties, so it counts whichever of them the record (or a what-if) holds it on.

Art. 90: where a State Party also receives another State's request to extradite the same person for
the same conduct, it must notify both, and the Statute sets which request has priority; the duty to
arrest on the Court's request remains, but surrender may go the other way under Art. 90(6). A request for other
conduct is Art. 90(7)'s: priority to the Court unless the host owes the requester extradition.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import RuleResult
from iccwatch.law.party_status import fact_of, party_status
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Participation, Person
    from iccwatch.model.request import Request


def _agreements(facts: Facts, host: str, person: Person, on: dt.date) -> list[tuple[str, Participation]]:
    """The Art. 98(2) agreements between ``host`` and one of the person's States dated on or before ``on``, with
    the other party: an agreement binds both its parties, so it is found whichever of them it is recorded on
    (the host, 'with' the person's State; or the person's State, 'with' the host), in date order."""
    found = [(a.counterparty, a) for a in facts.acts_until(host, on, "art_98_2_agreement") if a.counterparty in person.nationality]
    found += [(n, a) for n in dict.fromkeys(person.nationality) if n != host and n in facts.records.states
              for a in facts.acts_until(n, on, "art_98_2_agreement") if a.counterparty == host]
    return sorted(found, key=lambda x: DateSpan.parse(x[1].date).sort_key)


def art_98_2_agreement(facts: Facts, host: str, person: Person, on: dt.date) -> RuleResult:
    st = facts.records.states[host]
    acts = _agreements(facts, host, person, on)
    if not acts:
        return RuleResult("art_98_2", "no", Step("art_98_2_agreement", [rs("98(2)")], f"{st.name}: no Art. 98(2) agreement with {person.name}'s State recorded"))
    made = [(o, a) for o, a in acts if DateSpan.parse(a.date).last <= on]
    if not made:
        # Dated only by a month or year that holds the day asked: it may not have been made yet.
        other, m = acts[-1]
        return RuleResult(
            "art_98_2", "unknown",
            Step("art_98_2_agreement", [rs("98(2)")],
                 f"{st.name} made an agreement with {other} in {m.date} requiring that State's consent to surrender its "
                 f"persons, a period the record does not narrow to a day: whether it had been made by {on} cannot be told",
                 [fact_of(m, f"Art. 98(2) agreement with {other}")]),
            missing=(f"the day in {m.date} on which {st.name}'s agreement with {other} was made",), effect="contest")
    other, a = made[-1]
    standing, later = facts.positions_on("art-98-2-agreements", on, person.id)
    step = Step(
        "art_98_2_agreement", [rs("98(2)")],
        f"{st.name} has an agreement with {other} ({a.date}) requiring that State's consent to surrender its persons: "
        f"the Court may not proceed with the request unless it first obtains that consent, and whether the agreement covers "
        f"{person.name} has not been settled by the Court",
        [fact_of(a, f"Art. 98(2) agreement with {other}")],
    )
    return RuleResult("art_98_2", "yes", step, (rs("98(2)"),), positions=tuple(standing), effect="contest", later=tuple(later))


def competing_requests(facts: Facts, host: str, person: Person, on: dt.date) -> RuleResult:
    """The Art. 90 step, the doubts it raises, and the facts it lacks."""
    st = facts.records.states[host]
    received = facts.requests_until("extradition", st.iso3, person.id, on)
    reqs = [r for r in received if r.same_conduct is not False]
    if not reqs:
        other = [r for r in received if r.same_conduct is False]
        if other:
            return _other_conduct(facts, st.name, person, other[-1])
        return RuleResult("art_90", "no", Step("competing_requests", [rs("90(1)")], f"{st.name}: no competing extradition request recorded"))
    r = reqs[-1]
    used = [FactUsed(f"extradition request from {r.requesting}", r.date, tuple(r.sources))]
    missing = ["whether the Court has determined the case admissible (Arts. 17-19)"]
    if party_status(facts, r.requesting, on).party:
        rule, cite = "the requesting State is a party: the Court's request has priority once the Court has found the case admissible", rs("90(2)")
    elif r.extradition_obligation:
        rule, cite = ("the requesting State is not a party and the host has an international obligation to extradite to it: "
                      "the host decides whether to surrender to the Court or extradite, weighing the factors listed"), rs("90(6)")
    elif r.extradition_obligation is False:
        rule, cite = "the requesting State is not a party and the host owes it no extradition: the Court's request has priority once the case is found admissible", rs("90(4)")
    else:
        rule, cite = "the requesting State is not a party; whether the host owes it extradition is not recorded", rs("90(4)")
        missing.append(f"whether {st.name} has an international obligation to extradite to {r.requesting}")
    step = Step("competing_requests", [rs("90(1)"), cite],
                f"{st.name} also received a request from {r.requesting} to extradite {person.name}: it must notify the Court and "
                f"that State (Art. 90(1)); {rule}. The duty to arrest on the Court's request remains.", used)
    return RuleResult("art_90", "yes", step, (), doubts=(f"surrender priority under {cite}: {rule}",), missing=tuple(missing), effect="note")


def _other_conduct(facts: Facts, host: str, person: Person, r: Request) -> RuleResult:
    """Art. 90(7): another State's request to extradite the person for conduct other than the crime for which the Court
    seeks his surrender. Not a competing request under Art. 90(1)-(6): the host gives the Court's request priority unless
    it has an international obligation to extradite to the requester ((7)(a)); if it has, it decides, weighing the
    factors of Art. 90(6) with special regard to the relative nature and gravity of the conduct ((7)(b)). The duty to
    arrest on the Court's request remains; the step is a note (kind ``art_90_7``: no consultation is called for by it)."""
    used = [FactUsed(f"extradition request from {r.requesting} (other conduct)", r.date, tuple(r.sources))]
    missing: tuple[str, ...] = ()
    if r.extradition_obligation is False:
        rule = "it owes that State no extradition, so it gives priority to the Court's request (Art. 90(7)(a))"
    elif r.extradition_obligation:
        rule = ("it has an international obligation to extradite to that State, so it decides whether to surrender the person "
                "to the Court or extradite the person, weighing the factors of Art. 90(6) with special regard to the relative nature "
                "and gravity of the conduct in question (Art. 90(7)(b))")
    else:
        rule = ("it gives priority to the Court's request unless it has an international obligation to extradite to that State "
                "(Art. 90(7)(a)); if it has, it decides, weighing the factors of Art. 90(6) (Art. 90(7)(b))")
        missing = (f"whether {host} has an international obligation to extradite to {r.requesting}",)
    step = Step("competing_requests", [rs("90(7)")],
                f"{host} also received a request from {r.requesting} to extradite {person.name} for conduct other than that for "
                f"which the Court seeks the person's surrender: {rule}. The duty to arrest on the Court's request remains.", used)
    return RuleResult("art_90_7", "yes", step, (), doubts=(f"surrender priority under RS art 90(7): {rule}",), missing=missing,
                      effect="note")
