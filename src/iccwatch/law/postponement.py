"""Rules that change how a duty to arrest and surrender is executed, not whether it exists.

- Art. 95: where an admissibility challenge is under consideration by the Court (here a State's
  challenge under Art. 19(2)(b), on the ground that it is investigating or prosecuting the case), the
  requested State may postpone executing a request under Part 9 pending the Court's determination. The engine applies
  it where the record holds the Court's decision allowing the postponement (e.g. Pre-Trial Chamber I,
  Al-Senussi, ICC-01/11-01/11-354, 14 June 2013), until the determination; without a pending
  challenge there is nothing to postpone.
- Art. 70(2) and rule 167: for offences against the administration of justice the conditions of
  cooperation are those of the requested State's national law, not Part 9 in full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import rs, rule
from iccwatch.law.determination import RuleResult
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Person, Warrant

ART_70 = "offences_against_administration_of_justice"


def postponement(facts: Facts, host: str, person: Person, on: dt.date) -> RuleResult:
    """Art. 95: has the Court allowed ``host`` to postpone surrendering ``person`` on ``on``?"""
    st = facts.records.states[host]
    # A change takes effect during its day (as a surrender does): the postponement counts from the day
    # after the decision, and the duty revives on the day the Court determines the challenge.
    decided = [d for d in facts.decisions_about(host, person.id) if d.finding == "postponement_allowed"]
    allowed = [d for d in decided if DateSpan.parse(d.date).surely_before(on)
               and (d.effective_until is None or DateSpan.parse(d.effective_until).surely_after(on))]
    if not allowed:
        today = [d for d in decided if DateSpan.parse(d.date).contains(on)
                 or (d.effective_until is not None and DateSpan.parse(d.effective_until).contains(on))]
        if today:
            # Shown, but it changes nothing on that day (only a note).
            d = today[0]
            what = "allowed the postponement" if DateSpan.parse(d.date).contains(on) else "determined the challenge, ending the postponement"
            noted = (rs("95"), *([d.record_number] if d.record_number else []))
            return RuleResult("art_95", "yes", Step(
                "postponement", list(noted),
                f"{d.chamber} {what} of the request to surrender {person.name} on {on} (Art. 95): a change takes effect during its "
                "day, so on that day the request was still to be executed",
                [FactUsed(f"decision {d.record_number or d.id}", d.date, tuple(d.sources))]), noted, effect="note")
        pending = pending_challenge(facts, host, person, on)
        if pending is not None:
            return pending
        return RuleResult("art_95", "no", Step("postponement", [rs("95")], f"{st.name}: no postponement of the request under Art. 95 allowed on {on}"))
    d = max(allowed, key=lambda d: DateSpan.parse(d.date).sort_key)
    cites = [rs("95"), rs("19(2)(b)"), *([d.record_number] if d.record_number else [])]
    until = f" until the Court determined the challenge on {d.effective_until}" if d.effective_until else " pending the Court's determination"
    step = Step(
        "postponement", cites,
        f"{d.chamber} decided on {d.date} that {st.name} may postpone executing the request to surrender {person.name} while its "
        f"challenge to the admissibility of the case is under consideration (Art. 95){until}; the warrant and the duty to "
        "cooperate remain, and the surrender is due once the case is found admissible",
        [FactUsed(f"decision {d.record_number or d.id}", d.date, tuple(d.sources))],
    )
    return RuleResult("art_95", "yes", step, tuple(cites), effect="postpone")


def pending_challenge(facts: Facts, host: str, person: Person, on: dt.date) -> RuleResult | None:
    """Art. 95 where the record holds ``host``'s own challenge to the admissibility of the case, made before
    ``on`` and not determined by then, but no decision of the Court on postponing the surrender: the State
    may postpone executing the request pending the determination, if it invokes Art. 95, which the record
    does not show. Whether it may is then unknown (obliged if it did not, not obliged for now if it did)."""
    st = facts.records.states[host]
    # Pending from the day after it was made until the day it was determined (a change takes effect during its day);
    # a challenge made or determined on a day the record gives only by its month or year may have been pending on a
    # day of that span: whether it was is then one more thing the record does not say.
    pending = []
    for w in facts.warrants_of(person.id):
        for c in w.admissibility_challenges:
            if c.by_state != host:
                continue
            made, determined = DateSpan.parse(c.made), DateSpan.parse(c.determined) if c.determined else None
            if made.first >= on or (determined is not None and determined.last <= on):
                continue
            sure = made.surely_before(on) and (determined is None or determined.surely_after(on))
            pending.append((sure, w, c))
    if not pending:
        return None
    sure, w, c = max(pending, key=lambda p: p[0])
    cites = (rs("95"), rs("19(2)(b)"))
    missing: tuple[str, ...] = (f"whether {st.name} invoked Art. 95 to postpone surrendering {person.name} while its admissibility challenge "
               f"(made {c.made}) was under consideration, and what the Court decided on it",)
    if not sure:
        missing = (*missing, f"whether {st.name}'s admissibility challenge (made {c.made}"
                             f"{', determined ' + c.determined if c.determined else ''}) was under consideration on {on}: the record "
                             "gives that date only by its month or year")
    when = (f"and no determination is recorded by {on}" if sure else
            f"(the record gives {'the challenge' if not DateSpan.parse(c.made).surely_before(on) else 'its determination'} only "
            f"by a period that holds {on}, so it may or may not have been under consideration then)")
    step = Step(
        "postponement", list(cites),
        f"{st.name} challenged the admissibility of the case against {person.name} on {c.made} (Art. 19(2)(b)) {when}: while a "
        "challenge is under consideration the requested State may postpone executing the request pending the Court's "
        "determination (Art. 95); the warrant and the duty remain, and the record does not show whether the State invoked "
        "the postponement",
        [FactUsed(f"admissibility challenge by {st.name}", c.made, tuple(c.sources))],
    )
    return RuleResult("art_95", "unknown", step, cites, missing=missing, effect="postpone")


def administration_of_justice(facts: Facts, host: str, person: Person, warrants: Sequence[Warrant], on: dt.date) -> RuleResult:
    """Art. 70(2), rule 167: a warrant only for offences against the administration of justice is
    executed under the conditions of the requested State's national law."""
    st = facts.records.states[host]
    if not warrants or not all(w.crimes and set(w.crimes) == {ART_70} for w in warrants):
        return RuleResult("art_70", "no", Step("administration_of_justice", [rs("70(2)")],
                                               "the warrant concerns crimes under Art. 5, so Part 9 applies in full"))
    step = Step(
        "administration_of_justice", [rs("70(2)"), rule("167")],
        f"the warrant against {person.name} concerns only offences against the administration of justice (Art. 70(1)): "
        f"the Court may request {st.name}'s cooperation in the forms of Part 9 (rule 167(1)), but the conditions are those of "
        f"{st.name}'s national law (Art. 70(2), rule 167(2)), not Part 9 in full",
        [FactUsed(f"warrant {w.case_number or w.id}: offences under Art. 70", w.issued, tuple(w.sources)) for w in warrants],
    )
    return RuleResult(
        "art_70", "yes", step, (rs("70(2)"), rule("167")), effect="note",
        doubts=("the conditions of cooperation are those of national law (Art. 70(2)); whether a failure can be referred under "
                "Art. 87(7) as one 'contrary to the provisions of this Statute' has not been settled",),
    )
