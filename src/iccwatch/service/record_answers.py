"""The record's answers to questions a user cites, answered in `ask` itself (round 44; round 43 refused them naming a
command): whether a State signed a joint statement, or which States did (the record's statements); which States
sanctioned the Court or its officials, or whether one did (the record's measures); how many of the Court's findings of
non-compliance were referred to the Assembly or the Council (the record's decisions). Each answer gives the record's
entries it rests on, with their sources, primary first, and the doubt the record keeps (a list of signatories the record
holds only in part). The question reader (service.question) reads the words; this module answers them, the same JSON
for the command line, the API and the web page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.facts import Facts
from iccwatch.model.dates import DateSpan, date_sort_key
from iccwatch.service.state_lists import _sources

#: The measures that are sanctions against the Court, and the other measures against it a State may have taken
#: (model.measure.AGAINST_COURT and OTHER_AGAINST_COURT): an answer about sanctions lists the others apart, never
#: calling them sanctions.
SANCTIONS = ("sanctions_against_court",)
OTHER_MEASURES = ("proceedings_against_court_officials", "law_restricting_cooperation", "visa_denial_to_court_officials")
FORUM_NAMES = {"ASP": "the Assembly of States Parties", "UNSC": "the Security Council"}


def _name(facts: Facts, iso3: str) -> str:
    st = facts.records.states.get(iso3)
    return st.name if st is not None else iso3


def _counted(n: int, noun: str) -> str:
    """'1 State', '2 States'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _within(date: Any, first: dt.date, last: dt.date) -> bool:
    """Whether a record's date (a day, a month or a year) falls within ``first`` to ``last``, both days included."""
    span = DateSpan.parse(str(date))
    return span.first <= last and span.last >= first


def statements_between(facts: Facts, first: dt.date, last: dt.date) -> list[Any]:
    """The record's joint statements dated within ``first`` to ``last``, oldest first."""
    return sorted((s for s in facts.records.statements.values() if s.date and _within(s.date, first, last)),
                  key=lambda s: (date_sort_key(s.date), s.id))


def _statement_row(s: Any) -> dict[str, Any]:
    return {"id": s.id, "kind": "statement", "date": str(s.date), "title": s.title, "signatories_listed": len(s.signatories),
            "announced_signatories": s.announced_signatories, "complete": bool(s.complete), "sources": _sources(s.sources)}


def _partial(s: Any) -> str | None:
    """The doubt of a statement whose list of signatories the record holds only in part, or None."""
    if s.complete:
        return None
    of = f" of {s.announced_signatories} announced" if s.announced_signatories else ""
    return (f"the record lists {len(s.signatories)}{of} signatories of {s.id} ({s.date}): its list is partial, so a State "
            "not on it may have signed")


def statement_answer(facts: Facts, s: Any, state: str | None) -> dict[str, Any]:
    """Whether ``state`` signed the statement ``s`` (``answer``: signed, not_signed where the record's list is complete,
    not_listed where it is partial), or, with no State, its signatories (``answer`` and ``count``: how many the record
    lists; ``states_listed``)."""
    doubt = _partial(s)
    row = _statement_row(s)
    said = f"the joint statement of {s.date} ('{s.title}')"
    signed = set(s.signatories) | set(s.drafters)
    if state is None:
        rows = [{"iso3": i, "name": _name(facts, i), "drafter": i in s.drafters} for i in sorted(signed)]
        of = (f" of the {s.announced_signatories} announced" if s.announced_signatories and not s.complete else "")
        words = f"The record lists {len(rows)} signatories{of} of {said}" + (": its list is complete." if s.complete else
                                                                                   ": its list is partial.")
        return {"answer": len(rows), "count": len(rows), "states_listed": rows, "records": [row],
                "doubts": [doubt] if doubt else [], "in_words": words}
    who = f"{_name(facts, state)} ({state})"
    if state in signed:
        answer, words = "signed", f"Yes: {who} is among the signatories the record lists of {said}."
        doubts: list[str] = []
    elif s.complete:
        answer, words = "not_signed", (f"No: {who} is not among the {len(s.signatories)} signatories of {said}, whose list "
                                       "the record holds complete.")
        doubts = []
    else:
        answer, words = "not_listed", (f"Unknown: {who} is not among the signatories the record lists of {said}, but the "
                                       "list is partial.")
        doubts = [doubt] if doubt else []
    return {"answer": answer, "count": None, "states_listed": None, "records": [row], "doubts": doubts, "in_words": words}


def _measure_row(m: Any) -> dict[str, Any]:
    return {"id": m.id, "kind": m.kind, "state": m.state, "date": str(m.date), "title": m.title,
            **({"targets": m.targets} if m.targets else {}), "sources": _sources(m.sources)}


def measures_answer(facts: Facts, state: str | None, last: dt.date, target: tuple[str, str] | None = None) -> dict[str, Any]:
    """The record's sanctions against the Court dated by ``last`` (and their lifting), by State: with no State, the
    States that took any (``answer`` and ``count``: how many; ``states_listed`` with each one's measures); with one,
    ``answer`` yes with its sanctions (those whose title or targets match ``target``'s regular expression, where given:
    the pattern and the words that say whom it names) or none_recorded, its other measures against the Court listed apart, never called sanctions."""
    import re

    from iccwatch.service.common import on_or_before

    dated = sorted((m for m in facts.records.measures.values() if on_or_before(str(m.date), last)),
                   key=lambda m: (date_sort_key(m.date), m.id))
    sanctions = [m for m in dated if m.kind in SANCTIONS and m.state]
    lifted = [m for m in dated if m.kind == "sanctions_lifted" and m.state]
    if state is None:
        by_state: dict[str, list[Any]] = {}
        for m in sanctions:
            by_state.setdefault(str(m.state), []).append(m)
        rows = [{"iso3": i, "name": _name(facts, i), "measures": [_measure_row(m) for m in ms],
                 "lifted": [_measure_row(m) for m in lifted if m.state == i]} for i, ms in sorted(by_state.items())]
        names = ", ".join(f"{r['name']} ({r['iso3']}, {_counted(len(r['measures']), 'measure')})" for r in rows)
        words = (f"{_counted(len(rows), 'State')} took sanctions against the Court or its officials, by the record, by {last.isoformat()}"
                 + (f": {names}." if rows else ": none."))
        return {"answer": len(rows), "count": len(rows), "states_listed": rows,
                "records": [_measure_row(m) for m in sanctions], "doubts": [], "in_words": words}
    who = f"{_name(facts, state)} ({state})"
    own = [m for m in sanctions if m.state == state]
    if target:
        own = [m for m in own if re.search(target[0], f"{m.title} {m.targets or ''}", re.I)]
    other = [m for m in dated if m.state == state and m.kind in OTHER_MEASURES]
    against = f" against {target[1]}" if target else " against the Court or its officials"
    if own:
        words = (f"Yes: the record holds {len(own)} sanctions of {who}{against} by {last.isoformat()}: "
                 + "; ".join(f"{m.date} {m.title}" for m in own) + ".")
        ends = [m for m in lifted if m.state == state]
        if ends:
            words += " Lifted: " + "; ".join(f"{m.date} {m.title}" for m in ends) + "."
        return {"answer": "yes", "count": None, "states_listed": None,
                "records": [_measure_row(m) for m in [*own, *ends]], "doubts": [], "in_words": words}
    words = f"The record holds no sanctions of {who}{against} by {last.isoformat()}."
    if other:
        words += (" It holds other measures of that State against the Court (not sanctions): "
                  + "; ".join(f"{m.date} {m.kind.replace('_', ' ')}: {m.title}" for m in other) + ".")
    return {"answer": "none_recorded", "count": None, "states_listed": None, "records": [_measure_row(m) for m in other],
            "doubts": [], "in_words": words}


def referrals_answer(facts: Facts, forum: str, last: dt.date) -> dict[str, Any]:
    """The Court's findings of non-compliance (any request) dated by ``last`` and referred to ``forum`` (ASP or UNSC),
    a referral an appeal judgment on the finding reversed not counted (named apart; a refusal of leave to appeal reverses
    nothing): ``answer`` and ``count`` the
    findings, ``states_listed`` each State once with its findings."""
    from iccwatch.service.common import on_or_before

    decisions = [d for d in facts.records.decisions.values() if on_or_before(str(d.date), last)]
    # an appeal judgment on the finding that rules on its referral (Jordan, 2019: the finding upheld, the referral
    # reversed): one that reverses the finding, or upholds it with another referral; a decision refusing leave to appeal
    # (no finding of its own) leaves the referral standing
    appeals = {d.appeal_of: d for d in decisions if d.appeal_of and d.finding in ("reversed_on_appeal", "non_compliance")
               and d.referred_to}
    found, reversed_ = [], []
    for d in sorted(decisions, key=lambda d: (date_sort_key(d.date), d.id)):
        if d.finding != "non_compliance" or d.appeal_of or forum not in str(d.referred_to or "").split("+"):
            continue
        appeal = appeals.get(d.id)
        if appeal is not None and (appeal.finding == "reversed_on_appeal" or forum not in str(appeal.referred_to or "").split("+")):
            reversed_.append((d, appeal))
            continue
        found.append(d)
    by_state: dict[str, list[Any]] = {}
    for d in found:
        by_state.setdefault(d.state or "", []).append(d)

    def row(d: Any) -> dict[str, Any]:
        return {"id": d.id, "kind": "decision", "state": d.state, "date": str(d.date),
                "title": f"{_name(facts, d.state or '')}: {d.record_number or d.id}",
                "referred_to": d.referred_to, "request_type": d.request_type, "persons": list(d.persons),
                "sources": _sources(d.sources)}

    rows = [{"iso3": i, "name": _name(facts, i), "findings": [row(d) for d in ds]} for i, ds in sorted(by_state.items())]
    words = (f"{_counted(len(found), 'finding')} of non-compliance {'was' if len(found) == 1 else 'were'} referred to "
             f"{FORUM_NAMES[forum]}, by the record, by {last.isoformat()}, about {_counted(len(rows), 'State')}: "
             + "; ".join(f"{_name(facts, d.state or '')} {d.date}" for d in found) + ".")
    if reversed_:
        words += (" Not counted, the referral reversed on appeal: "
                  + "; ".join(f"{_name(facts, d.state or '')} {d.date} (appeal {a.date})" for d, a in reversed_) + ".")
    return {"answer": len(found), "count": len(found), "states_listed": rows, "records": [row(d) for d in found],
            "reversed": [{"finding": d.id, "appeal": a.id} for d, a in reversed_], "doubts": [], "in_words": words}


def wanted_answer(facts: Facts, on: dt.date) -> dict[str, Any]:
    """The persons against whom a warrant of arrest was outstanding on ``on`` by the law's reading of the record's
    warrants (round 45: 'Who is wanted by the ICC?', 'How many people are at large?'), each with the status the
    record gives the person that day (a recorded death or an arrest by a State said beside the name, never dropped),
    their situations and their warrants' sources; counted by person (a person may have several warrants)."""
    from iccwatch.service.ask import LAW_KINDS, list_notice
    from iccwatch.service.persons import persons_list

    rows = []
    for p in persons_list(facts, on=on, outstanding=True):
        sources = [s for w in facts.warrants_of(p["id"]) for s in _sources(w.sources)]
        first = first_warrant_day(facts, p["id"])  # each row dated by the person's first warrant, not the day asked
        rows.append({"id": p["id"], "kind": "person", "date": first.isoformat() if first else "", "title": p["name"],
                     "status": p["status"],
                     "situations": p["situations"], "held_by": p["held_by"],
                     "sources": list({s["url"]: s for s in sources}.values())})
    other = [r for r in rows if r["status"] != "at_large"]
    words = (f"{_counted(len(rows), 'person')} had a warrant of arrest of the Court outstanding on {on.isoformat()}, by "
             "the record (counted by person, not by warrant): "
             + "; ".join(r["title"] + (f" ({str(r['status']).replace('_', ' ')})" if r["status"] != "at_large" else "")
                         for r in rows) + ".")
    if other:
        words += (f" {len(other)} of them {'is' if len(other) == 1 else 'are'} not recorded at large: a warrant stays "
                  "in effect until the Court orders otherwise (Art. 58(4)), so a person recorded dead or held by a State "
                  "is still listed.")
    notice = list_notice(facts, on, LAW_KINDS)
    sealed = ("the record holds the warrants the Court has made public: a warrant issued under seal (secret) is not "
              "counted until it is unsealed")
    return {"answer": len(rows), "count": len(rows), "records": rows, "states_listed": [],
            "doubts": [sealed, *([notice] if notice else [])], "in_words": words,
            **({"coverage_notice": notice} if notice else {})}


def first_warrant_day(facts: Facts, person: str) -> dt.date | None:
    """The first day of the person's earliest warrant of arrest the record dates (its issue), or None."""
    days = [DateSpan.parse(str(w.issued)).first for w in facts.warrants_of(person) if w.issued and w.kind == "arrest_warrant"]
    return min(days) if days else None


def trips_answer(facts: Facts, person: str, first: dt.date, last: dt.date) -> dict[str, Any]:
    """The person's trips to States from ``first`` to ``last`` by the record's events (round 45: 'Which States has
    Putin visited since his warrant?'): each presence on a State's territory (neither cancelled nor only planned), with
    its host, the host's relation to the Statute on the day, what the host did and the event's sources; the flights
    over a State listed apart; the answer counts the States visited."""
    from iccwatch.service.events import host_status

    name = facts.records.persons[person].name
    events = sorted((e for e in facts.records.events.values() if e.person == person and e.trip in ("visit", "overflight")
                     and _within(e.date, first, last)), key=lambda e: (date_sort_key(e.date), e.id))

    def row(e: Any) -> dict[str, Any]:
        return {"id": e.id, "kind": "event", "state": e.state, "date": str(e.date), "trip": e.trip, "action": e.action,
                "host_status": host_status(facts, e.state, str(e.date)),
                "title": f"{_name(facts, e.state)}: {e.trip}, {str(e.action).replace('_', ' ')}",
                "sources": _sources(e.sources)}

    visits = [row(e) for e in events if e.trip == "visit"]
    over = [row(e) for e in events if e.trip == "overflight"]
    by_state: dict[str, list[dict[str, Any]]] = {}
    for r in visits:
        by_state.setdefault(r["state"], []).append(r)
    listed = [{"iso3": i, "name": _name(facts, i), "trips": rs} for i, rs in sorted(by_state.items())]
    words = (f"By the record, {name} made {_counted(len(visits), 'trip')} to {_counted(len(listed), 'State')} from "
             f"{first.isoformat()} to {last.isoformat()}: "
             + "; ".join(f"{_name(facts, r['state'])} {r['date']} (host: {r['host_status'].replace('_', ' ')}; "
                         f"{r['action'].replace('_', ' ')})" for r in visits) + ".")
    if over:
        words += " Flights over a State, not counted as visits: " + "; ".join(
            f"{_name(facts, r['state'])} {r['date']}" for r in over) + "."
    words += " Visits cancelled or only planned are not counted; the record holds the trips its sources report."
    return {"answer": len(listed), "count": len(listed), "records": visits + over, "states_listed": listed,
            "doubts": [], "in_words": words}


def assessment_answer(facts: Facts, state: str, person: str, first: dt.date | None, last: dt.date) -> dict[str, Any]:
    """What ``state`` did when ``person`` was on its territory or flew over it, weighed against its duty that day
    (round 45: 'How did Mongolia comply when Putin visited?'), by the record's assessment of each event dated by
    ``last`` (within ``first`` to ``last`` where a day was named): ``answer`` the outcome (complied, failed,
    not_obliged, contested, unknown) where every event has the same, else ``mixed``, each event listed."""
    from iccwatch.service.assessment import assessed_events

    rows = [r for r in assessed_events(facts, state, person) if r.get("trip") in ("visit", "overflight")
            and _within(r["date"], first or dt.date.min, last)]
    if not rows:
        return {"answer": None, "count": 0, "records": [], "states_listed": [], "doubts": [], "in_words": ""}
    records = [{"id": r["event"], "kind": "event", "state": state, "date": r["date"], "outcome": r["outcome"],
                "duty": r["duty"], "title": f"{r['state_name']}: {r['trip']}, {str(r['action']).replace('_', ' ')}",
                "explanation": r["explanation"], "court_findings": r.get("court_findings") or [],
                "sources": _sources(facts.records.events[r["event"]].sources)} for r in rows]
    outcomes = {r["outcome"] for r in rows}
    answer = outcomes.pop() if len(outcomes) == 1 else "mixed"
    words = " ".join(f"{r['date']}: {str(r['outcome']).replace('_', ' ')}: {r['explanation']}." for r in records)
    return {"answer": answer, "count": len(records), "records": records, "states_listed": [], "doubts": [],
            "in_words": words}
