"""Art. 18(2): the Prosecutor's investigation deferred to a State's own, and what that does to a duty.

After the Prosecutor notifies States that an investigation has begun (Art. 18(1)), a State may within a
month inform the Court that it is investigating or has investigated its nationals or others within its
jurisdiction for the acts concerned; at its request "the Prosecutor shall defer to the State's
investigation of those persons unless the Pre-Trial Chamber, on the application of the Prosecutor,
decides to authorize the investigation" (Art. 18(2)). The Prosecutor's application is in writing, with
its basis, and the State is told of it (rule 54); the Chamber decides on the procedure, examines the
application and the State's observations and considers the factors of Art. 17 (rule 55). While the
investigation stands deferred, or pending the Chamber's ruling, the Prosecutor may only seek the
Chamber's authority, exceptionally, for investigative steps needed to preserve evidence (Art. 18(6)).

A deferral defers the Prosecutor's investigation, not the treaty: a State bound to cooperate in the
situation (Art. 86) remains bound, and warrants already issued stay in force (Art. 58(4)). So the rule
changes no answer: on a day within a deferral (from the State's request until the Chamber's ruling
authorising the investigation, or open where no ruling is recorded or the Chamber refused the
application) it adds a doubt saying that the investigation then stood deferred. It reads only the
situation's recorded deferrals (``Situation.deferrals``) and is the same for every State asked about:
the investigation is deferred for all of them, whoever made the request.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import rs, rule
from iccwatch.law.determination import RuleResult
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Art18Deferral, Situation

CITATIONS = (rs("18(2)"), rs("18(6)"), rule("54(1)"), rule("55(2)"))


def deferral(facts: Facts, situation: Situation, on: dt.date) -> RuleResult:
    """Art. 18(2): did the Prosecutor's investigation in ``situation`` stand deferred to a State's on ``on``?

    ``yes`` from the day of the State's request until the day before the Chamber's ruling authorising the
    investigation (on that day the investigation may resume: a change takes effect during its day), with
    no end where the ruling is pending or refused the Prosecutor's application; where a date known only
    to its month or year leaves the day on either side, ``yes`` with a doubt saying it may have stood
    deferred; else ``no``."""
    for d in situation.deferrals:
        start = DateSpan.parse(d.requested)
        end = DateSpan.parse(d.outcome_date) if d.outcome == "resumption_authorised" and d.outcome_date else None
        if start.first > on or (end is not None and end.last <= on):
            continue
        surely = start.last <= on and (end is None or end.first > on)
        return _deferred(facts, situation, d, on, surely)
    return RuleResult("art_18_2", "no", lambda: Step(
        "deferral", [rs("18(2)")], f"the investigation in the situation in {situation.name} did not stand deferred to a State's "
        f"investigation under Art. 18(2) on {on}"))


def _deferred(facts: Facts, situation: Situation, d: Art18Deferral, on: dt.date, surely: bool) -> RuleResult:
    st = facts.records.states.get(d.state)
    name = st.name if st else d.state
    dec = facts.records.decisions.get(d.decision) if d.decision else None
    chamber = dec.chamber if dec is not None else "the Pre-Trial Chamber"
    record = dec.record_number if dec is not None and dec.record_number else None
    notified = f", notified to the Chamber on {d.notified}" if d.notified and d.notified != d.requested else ""
    if d.outcome == "resumption_authorised":
        until = f", until {chamber} authorised the investigation to resume on {d.outcome_date}{f' ({record})' if record else ''}"
    elif d.outcome == "application_rejected":
        until = (f"; {chamber} refused the Prosecutor's application on {d.outcome_date}, so the deferral stands, open to the "
                 "Prosecutor's review (Art. 18(3))")
    else:
        until = ", the Chamber's ruling on the Prosecutor's application not recorded"
    stood = "stood deferred" if surely else "may have stood deferred (the record dates the request or the ruling only by its month or year)"
    doubt = (f"the Prosecutor's investigation in the situation in {situation.name} {stood} to the investigations of {name}, "
             f"at its request under Art. 18(2), made on {d.requested}{notified}{until}: the duty to cooperate stands (Art. 86), but "
             "while deferred the Prosecutor may only seek the Chamber's authority for steps to preserve evidence (Art. 18(6))")
    cites = (*CITATIONS, *([record] if record else []))
    used = [FactUsed(f"{name}'s deferral request (Art. 18(2))", d.requested, tuple(d.sources))]
    if dec is not None:
        used.append(FactUsed(f"decision {record or dec.id}", dec.date, tuple(dec.sources)))
    # ``yes`` either way: the rule changes no answer, and its doubt says where the day is uncertain.
    return RuleResult("art_18_2", "yes", lambda: Step("deferral", list(cites), doubt, used),
                      cites, doubts=(doubt,), effect="note")
