"""Presence in a State's airspace (an overflight) or a stop on its territory on the way elsewhere (a transit).

What is settled: a State's territory includes the airspace above it ("every State has complete and exclusive
sovereignty over the airspace above its territory", Convention on International Civil Aviation (Chicago, 1944),
art. 1; its territory is its land areas and the territorial waters adjacent to them, art. 2), so a person in an
aircraft crossing a State's airspace is within the territory on which a request for arrest and surrender is to be
executed (Art. 89(1)), and the duty is the one the State owes on its territory. A transit stop lands the person on
the territory: the duty is the same. Art. 89(3) is not the rule of either: it governs the transport through a State
Party's territory of a person *being surrendered* to the Court by another State (89(3)(a)); for such a person "no
authorization is required if the person is transported by air and no landing is scheduled" (89(3)(d)), and an
unscheduled landing allows the transit State to detain him for up to 96 hours pending the Court's request (89(3)(e)).

What is disputed: whether and how a State must act against the aircraft. The Chicago Convention applies only to
civil aircraft; aircraft used in military, customs and police services are State aircraft, and none may fly over
another State's territory without its authorisation (art. 3(a)-(c)); whether a State aircraft carrying the person is
immune from the territorial State's measures, and what means (refusing or conditioning the overflight, requiring the
aircraft to land) a State must use, no ruling of the Court in the record decides. So the answer for an overflight is
the duty the State owes on its territory, stated, with this contest as a point of its own (a step, a doubt, and the
aircraft's status as a missing fact); it changes no answer, and the travel map and matrix give a State bound on its
territory the category ``bound_in_airspace`` for an overflight. The rule is the same for every State and person.

The record holds no State's or the Court's position on acting against an aircraft in a State's airspace under an
issue of its own; the step names the positions the answer lists (on the person's immunity), and who holds them, as
bearing on the question without deciding the airspace point.
"""

from __future__ import annotations

from typing import Literal

from iccwatch.law.citations import rs
from iccwatch.law.determination import Determination
from iccwatch.law.reasoning import Step

Presence = Literal["territory", "airspace", "transit", "state_craft"]
PRESENCES: tuple[str, ...] = ("territory", "airspace", "transit", "state_craft")

#: The Chicago Convention's articles the rule reads (airspace is territory: arts. 1, 2; State aircraft: art. 3).
CHICAGO = "Chicago Convention"
CITATIONS_AIRSPACE = (f"{CHICAGO} art 1", f"{CHICAGO} art 2", f"{CHICAGO} art 3", rs("89(1)"), rs("89(3)"))
CITATIONS_TRANSIT = (rs("89(1)"), rs("89(3)"))
#: Aboard another State's warship or State aircraft in the State's port, waters or airfield (round 27): the territory,
#: with the immunity of a third State's property raised (Art. 98(1)).
CITATIONS_STATE_CRAFT = (rs("89(1)"), rs("98(1)"), "UNCLOS art 32", f"{CHICAGO} art 3")

#: The travel categories of a State bound on its territory (those that become ``bound_in_airspace`` for an overflight).
BOUND_CATEGORIES = frozenset({"bound_by_statute", "bound_by_unsc_resolution", "bound_by_declaration_or_arrangement",
                              "former_party_residual"})
AIRSPACE_CATEGORY = "bound_in_airspace"


def airspace_category(category: str) -> str:
    """The travel category for an overflight, from the category on the territory (one definition for the map and the
    matrix): a State bound on its territory is ``bound_in_airspace``; any other category is the same in the air."""
    return AIRSPACE_CATEGORY if category in BOUND_CATEGORIES else category


def _holders(det: Determination) -> str:
    held = list(dict.fromkeys(f"{p.held_by} ({p.id})" for p in det.contested))
    if not held:
        return "no position bearing on this question is recorded"
    return "the positions this answer lists, on the person's immunity, are held by " + "; ".join(held)


def _contest(state: str, person: str, where: str) -> str:
    """The disputed point, said once for the doubt (the step adds who holds the positions the answer lists)."""
    what = (f"whether and how {state} must act against an aircraft carrying {person} through its airspace is disputed: whether a "
            "State aircraft (one used in military, customs or police services, Chicago Convention art. 3(b)) is immune from "
            "the territorial State's measures, and what means it must use (refusing or conditioning the overflight, requiring "
            "the aircraft to land)" if where == "airspace" else
            f"if {person} stayed aboard a State aircraft (one used in military, customs or police services, Chicago Convention "
            f"art. 3(b)) during the stop, whether {state} may board it is disputed, as whether such an aircraft is immune from "
            "the territorial State's measures is")
    return (f"{what}; no ruling of the Court on it is in the record, and the record holds no State's or the Court's position on "
            "it as such")


def with_presence(det: Determination, presence: Presence) -> Determination:
    """The determination for a person in the State's airspace or on a transit stop, from the one on its territory."""
    if presence == "territory":
        return det
    state, person = det.question["state_name"], det.question["person_name"]
    bound = det.answer in ("obliged", "contested", "unknown")
    doubts = list(det.doubts)
    missing = list(det.missing_facts)
    if presence == "airspace":
        said = (f"{state}'s territory includes the airspace above it (Chicago Convention arts. 1, 2): a person in an aircraft "
                f"crossing it is on its territory, so the duty is the one {state} owes on its territory; Art. 89(3), whose "
                "paragraph (d) frees from authorisation a person being surrendered who is flown over without a landing, "
                "governs the transit of a person being surrendered to the Court, not an overflight by a person sought")
        if bound:
            contest = _contest(state, person, "airspace")
            said += f"; {contest} ({_holders(det)})"
            doubts.append(contest)
            missing.append(f"whether the aircraft carrying {person} was a State aircraft or a civil one (Chicago Convention art. 3)")
        step = Step("presence_in_airspace", list(CITATIONS_AIRSPACE if bound else CITATIONS_AIRSPACE[:2]), said)
        root_said = (f"{det.reasoning.conclusion} (in its airspace: its territory includes the airspace above it"
                     + ("; whether and how it must act against the aircraft is disputed)" if bound else ")"))
    elif presence == "state_craft":
        said = (f"a warship or State aircraft in {state}'s port, waters or airfield is within its territory, so the duty is the one "
                f"{state} owes on its territory (Art. 89(1))")
        if bound:
            contest = (f"{person} is aboard a warship or State aircraft of another State: executing the request on board would "
                       f"require {state} to act against property of a third State, and Art. 98(1) bars the Court from "
                       "proceeding with a request for surrender which would require the requested State to act inconsistently "
                       "with its obligations under international law with respect to the \"State or diplomatic immunity of a "
                       "person or property of a third State\", unless it can first obtain that State's cooperation for the "
                       "waiver of the immunity (warships' immunities: UNCLOS art. 32; State aircraft: Chicago Convention art. "
                       "3); whether the duty reaches the person while aboard is therefore not settled, and no ruling of the "
                       "Court on it is in the record")
            doubts.append(contest)
            missing.append(f"whether the State the warship or State aircraft belongs to waived its immunity, or {person} left it "
                           "(Art. 98(1))")
            said += f"; {contest}"
        step = Step("presence_on_state_craft", list(CITATIONS_STATE_CRAFT if bound else CITATIONS_STATE_CRAFT[:1]), said)
        root_said = (f"{det.reasoning.conclusion} (aboard another State's warship or State aircraft on its territory"
                     + ("; the immunity of a third State's property is raised, Art. 98(1))" if bound else ")"))
    else:
        said = (f"a transit stop lands {person} on {state}'s territory, so the duty is the one {state} owes on its territory "
                "(Art. 89(1)); Art. 89(3) governs the transport through a State's territory of a person being surrendered to "
                "the Court by another State, not a stop by a person sought")
        if bound:
            contest = _contest(state, person, "transit")
            doubts.append(contest)
            said += f"; {contest} ({_holders(det)})"
        step = Step("presence_in_transit", list(CITATIONS_TRANSIT), said)
        root_said = f"{det.reasoning.conclusion} (on a transit stop: on its territory)"
    old = det.reasoning
    root = Step.later(old.rule, old.citations, root_said, lambda: [*old.children, step])
    return Determination(
        {**det.question, "presence": presence}, det.answer, det.basis, det.forum_bodies, root,
        contested=det.contested, later_held=det.later_held, assumptions=det.assumptions,
        missing_facts=tuple(dict.fromkeys(missing)), depends_on=det.depends_on, doubts=tuple(dict.fromkeys(doubts)),
        bases=det.bases, court_decisions=det.court_decisions, execution_postponed=det.execution_postponed)
