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
#: Each kind of measure against the Court in words (round 50: a list of 'measures' names each State's kinds).
KIND_WORDS = {"sanctions_against_court": "sanctions",
              "proceedings_against_court_officials": "proceedings against the Court's officials",
              "law_restricting_cooperation": "a law restricting cooperation",
              "visa_denial_to_court_officials": "visas denied to the Court's officials"}

#: The heading of a record answer's list of entries, by what it asks (round 46): the same words on the command line, in
#: the API's read (``records_heading``) and on the ask page (round 44-45 had them on the page only).
RECORD_HEADINGS = {"statement": "The statement:", "measures": "The record's measures:",
                   "referrals": "The findings counted:",
                   # round 50: one State's findings
                   "referrals_state": "The Court's findings of non-compliance against the State, each with its sources:",
                   "wanted": "The persons, each by the day of their first warrant, with their warrants' sources:",
                   "trips": "The trips, each with its sources:",
                   # session 49 (law64): a person's visits to one State
                   "visits": "The visits, each with its sources:", "assessment": "The events assessed:",
                   "index": "The indicators counted in the score, each with its sources:",
                   "index_lowest": "The States of the lowest band:",
                   "withdrawal": "The State's acts of withdrawal, each with its sources:",
                   # round 51
                   "joined": "The State's acts under the Statute, each with its sources:",
                   "surrendered": "The persons surrendered, each with the event's sources:",
                   # round 52
                   "changes": "What the record holds dated in the period, oldest first, each with its sources:",
                   # round 47
                   "positions": "The State's positions, each with its sources:",
                   "positions_list": "Each State's positions, each with its sources:",
                   "gaps": "The failures and what followed, each with its sources:",
                   # session 38
                   "consultations": "The consultations, each with the sources that state it:"}


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
            **({"end_date": str(m.end_date)} if m.end_date else {}),
            **({"targets": m.targets} if m.targets else {}), "sources": _sources(m.sources)}


def measures_answer(facts: Facts, state: str | None, last: dt.date, target: tuple[str, str] | None = None,
                    in_force: bool = False, first: dt.date | None = None, exclude: str | None = None,
                    any_measure: bool = False) -> dict[str, Any]:
    """The record's sanctions against the Court dated by ``last`` (and their lifting), by State: with no State, the
    States that took any (``answer`` and ``count``: how many; ``states_listed`` with each one's measures); with one,
    ``answer`` yes with its sanctions (those whose title or targets match ``target``'s regular expression, where given:
    the pattern and the words that say whom it names) or none_recorded, its other measures against the Court listed apart, never called sanctions.
    Round 50: ``first`` keeps those dated from that day ('since 2025', 'in 2025'); ``exclude`` leaves one State out of
    the list ('Which States other than the United States ...'); ``any_measure`` (the question says 'measures', not
    'sanctions') lists the States' other measures against the Court too, each called by its kind."""
    import re

    from iccwatch.service.common import on_or_before

    dated = sorted((m for m in facts.records.measures.values() if on_or_before(str(m.date), last)),
                   key=lambda m: (date_sort_key(m.date), m.id))
    if first is not None:
        dated = [m for m in dated if DateSpan.parse(str(m.date)).last >= first]
    sanctions = [m for m in dated if (m.kind in SANCTIONS or (any_measure and state is None and m.kind in OTHER_MEASURES))
                 and m.state and m.state != exclude]
    if in_force:
        return _in_force_answer(facts, state, last, sanctions, target)
    lifted = [m for m in dated if m.kind == "sanctions_lifted" and m.state]
    if state is None:
        by_state: dict[str, list[Any]] = {}
        for m in sanctions:
            by_state.setdefault(str(m.state), []).append(m)
        rows = [{"iso3": i, "name": _name(facts, i), "measures": [_measure_row(m) for m in ms],
                 "lifted": [_measure_row(m) for m in lifted if m.state == i]} for i, ms in sorted(by_state.items())]
        names = ", ".join(f"{r['name']} ({r['iso3']}, {_counted(len(r['measures']), 'measure')})" for r in rows)
        what = "sanctions or other measures" if any_measure else "sanctions"
        span = f"from {first.isoformat()} to {last.isoformat()}" if first is not None else f"by {last.isoformat()}"
        but = f" (besides {_name(facts, exclude)}, left out as asked)" if exclude else ""
        words = (f"{_counted(len(rows), 'State')}{but} took {what} against the Court or its officials, by the record, {span}"
                 + (f": {names}." if rows else ": none."))
        if any_measure:
            kinds = {str(i): sorted({KIND_WORDS.get(str(m.kind), str(m.kind)) for m in ms}) for i, ms in by_state.items()}
            words += " " + "; ".join(f"{r['name']}: " + ", ".join(kinds[str(r["iso3"])]) for r in rows) + "."
        return {"answer": len(rows), "count": len(rows), "states_listed": rows,
                "records": [_measure_row(m) for m in sanctions], "doubts": [], "in_words": words}
    who = f"{_name(facts, state)} ({state})"
    own = [m for m in sanctions if m.state == state]
    if target:
        own = [m for m in own if re.search(target[0], f"{m.title} {m.targets or ''}", re.I)]
    other = [m for m in dated if m.state == state and m.kind in OTHER_MEASURES]
    against = f" against {target[1]}" if target else " against the Court or its officials"
    if own:
        words = (f"Yes: the record holds {len(own)} sanctions of {who}{against} " + (f"from {first.isoformat()} to " if first is not None else "by ") + f"{last.isoformat()}: "
                 + "; ".join(f"{m.date} {m.title}" for m in own) + ".")
        ends = [m for m in lifted if m.state == state]
        if ends:
            words += " Lifted: " + "; ".join(f"{m.date} {m.title}" for m in ends) + "."
        return {"answer": "yes", "count": None, "states_listed": None,
                "records": [_measure_row(m) for m in [*own, *ends]], "doubts": [], "in_words": words}
    words = f"The record holds no sanctions of {who}{against} " + (f"from {first.isoformat()} to " if first is not None else "by ") + f"{last.isoformat()}."
    if other:
        words += (" It holds other measures of that State against the Court (not sanctions): "
                  + "; ".join(f"{m.date} {m.kind.replace('_', ' ')}: {m.title}" for m in other) + ".")
    return {"answer": "none_recorded", "count": None, "states_listed": None, "records": [_measure_row(m) for m in other],
            "doubts": [], "in_words": words}


def _ended_by(m: Any, day: dt.date) -> bool:
    """Whether the measure's end (``end_date``, the day it ended) fell on or before ``day``."""
    return bool(m.end_date) and DateSpan.parse(str(m.end_date)).first <= day


def _in_force_answer(facts: Facts, state: str | None, day: dt.date, sanctions: list[Any],
                     target: tuple[str, str] | None) -> dict[str, Any]:
    """The sanctions against the Court in force on ``day`` (round 46: 'Which sanctions against ICC officials were in force
    on 1 March 2025?'): those dated on or before it whose end the record dates after it, or not at all (of ``state``
    only, and those naming whom ``target`` names, where given); ``answer`` and ``count`` the measures, ``states_listed``
    each State once."""
    import re

    live = [m for m in sanctions if not _ended_by(m, day) and (state is None or m.state == state)]
    if target:
        live = [m for m in live if re.search(target[0], f"{m.title} {m.targets or ''}", re.I)]
    ended = [m for m in sanctions if _ended_by(m, day) and (state is None or m.state == state)]
    by_state: dict[str, list[Any]] = {}
    for m in live:
        by_state.setdefault(str(m.state), []).append(m)
    rows = [{"iso3": i, "name": _name(facts, i), "measures": [_measure_row(m) for m in ms]} for i, ms in sorted(by_state.items())]
    against = f" against {target[1]}" if target else " against the Court or its officials"
    of = f" of {_name(facts, state)} ({state})" if state else ""
    words = (f"{_counted(len(live), 'sanction')}{of}{against} {'was' if len(live) == 1 else 'were'} in force on "
             f"{day.isoformat()}, by the record" + (": " + "; ".join(f"{_name(facts, str(m.state))}: {m.date} {m.title}"
                                                                    for m in live) + "." if live else "."))
    if ended:
        words += (f" Ended by then ({_counted(len(ended), 'measure')}): "
                  + "; ".join(f"{m.date} {m.title} (ended {m.end_date})" for m in ended) + ".")
    doubts = ["a sanction is read as in force from its day until the day the record gives for its end (end_date), "
              "that day excluded; a sanction the record gives no end is read as in force, which the record's sources "
              "may not have reported"]
    return {"answer": len(live), "count": len(live), "count_of": "measures", "states_listed": rows,
            "records": [_measure_row(m) for m in live], "ended": [_measure_row(m) for m in ended], "doubts": doubts,
            "in_words": words, "in_force_on": day.isoformat()}


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


def state_findings_answer(facts: Facts, state: str, forum: str | None, last: dt.date,
                          person: str | None = None) -> dict[str, Any]:
    """The Court's findings of non-compliance against one State dated by ``last`` (round 50: 'When did the Court find
    Italy in breach of its obligations?', 'Has the Court referred Mongolia to the Security Council?' were read as the
    State's duty): each finding with its day and the body it was referred to (or none), an appeal's ruling on its
    referral said beside it. Where a forum is asked, ``answer`` is 'yes' or 'no': whether a finding against the State
    stands referred to that forum; else the count of findings. ``person`` (where named) keeps the findings about him,
    and all of the State's where none is."""
    from iccwatch.service.common import on_or_before

    decisions = [d for d in facts.records.decisions.values() if on_or_before(str(d.date), last)]
    # an appeal judgment ruling on the finding's referral (as referrals_answer reads it); a refusal of leave to appeal
    # rules on nothing
    appeals = {d.appeal_of: d for d in decisions if d.appeal_of and d.finding in ("reversed_on_appeal", "non_compliance")
               and d.referred_to}
    own = sorted((d for d in decisions if d.state == state and d.finding == "non_compliance" and not d.appeal_of),
                 key=lambda d: (date_sort_key(d.date), d.id))
    if person is not None and any(person in d.persons for d in own):
        own = [d for d in own if person in d.persons]

    def referred(d: Any) -> list[str]:
        appeal = appeals.get(d.id)
        if appeal is not None and appeal.finding == "reversed_on_appeal":
            return []
        if appeal is not None and appeal.referred_to is not None:
            return [f for f in str(appeal.referred_to).split("+") if f in FORUM_NAMES]
        return [f for f in str(d.referred_to or "").split("+") if f in FORUM_NAMES]

    def row(d: Any) -> dict[str, Any]:
        appeal = appeals.get(d.id)
        return {"id": d.id, "kind": "decision", "state": d.state, "date": str(d.date),
                "title": f"{_name(facts, state)}: {d.record_number or d.id}", "referred_to": d.referred_to,
                "referral_standing": referred(d), "appeal": appeal.id if appeal is not None else None,
                "request_type": d.request_type, "persons": list(d.persons), "sources": _sources(d.sources)}

    rows = [row(d) for d in own]
    name = _name(facts, state)

    def said(r: dict[str, Any]) -> str:
        to = " and ".join(FORUM_NAMES[f] for f in r["referral_standing"])
        first = " and ".join(FORUM_NAMES[f] for f in str(r["referred_to"] or "").split("+") if f in FORUM_NAMES)
        if r["appeal"] and first and to != first:  # the Chamber's referral, changed by the appeal judgment
            return (f"{r['date']}, referred to {first}; the appeal judgment of {appeals[r['id']].date} left it "
                    + (f"referred to {to}" if to else "not referred"))
        return f"{r['date']}, " + (f"referred to {to}" if to else "not referred")

    listed = "; ".join(said(r) for r in rows)
    if forum is not None:
        to_forum = [r for r in rows if forum in r["referral_standing"]]
        answer: Any = "yes" if to_forum else "no"
        words = (f"{'Yes' if to_forum else 'No'}: by the record, by {last.isoformat()}, the Court "
                 + (f"referred {name} to {FORUM_NAMES[forum]} on " + ", ".join(r["date"] for r in to_forum)
                    if to_forum else f"has no finding against {name} standing referred to {FORUM_NAMES[forum]}")
                 + (f". Its findings of non-compliance against {name}: {listed}." if rows
                    else f"; it holds no finding of non-compliance against {name}."))
    else:
        answer = len(rows)
        words = (f"The Court found {name} in non-compliance {_counted(len(rows), 'time')}, by the record, by "
                 f"{last.isoformat()}: {listed}." if rows else
                 f"The record holds no finding of non-compliance of the Court against {name}, by {last.isoformat()}.")
    doubts = ["The findings are the record's decisions (the Court's own, and reports of them); a finding the record "
              "lacks is not counted."]
    return {"answer": answer, "count": len(rows), "states_listed": [{"iso3": state, "name": name, "findings": rows}] if rows
            else [], "records": rows, "reversed": [], "doubts": doubts, "in_words": words}


def wanted_answer(facts: Facts, on: dt.date, situation: str | None = None) -> dict[str, Any]:
    """The persons against whom a warrant of arrest was outstanding on ``on`` by the law's reading of the record's
    warrants (round 45: 'Who is wanted by the ICC?', 'How many people are at large?'), each with the status the
    record gives the person that day (a recorded death or an arrest by a State said beside the name, never dropped),
    their situations and their warrants' sources; counted by person (a person may have several warrants)."""
    from iccwatch.service.ask import LAW_KINDS, list_notice
    from iccwatch.service.persons import persons_list

    rows = []
    within = facts.records.situations[situation].name if situation else None
    for p in persons_list(facts, on=on, outstanding=True):
        if within is not None and within not in p["situations"]:
            continue  # round 46: the wanted of one situation ('in the Darfur situation')
        sources = [s for w in facts.warrants_of(p["id"]) for s in _sources(w.sources)]
        first = first_warrant_day(facts, p["id"])  # each row dated by the person's first warrant, not the day asked
        rows.append({"id": p["id"], "kind": "person", "date": first.isoformat() if first else "", "title": p["name"],
                     "status": p["status"], "status_words": p["status_words"],
                     "situations": p["situations"], "held_by": p["held_by"],
                     "sources": list({s["url"]: s for s in sources}.values())})
    # session 39: a person a State held and had not surrendered is said so ("held by Sudan, not surrendered to the
    # Court"), as the persons list and the person page say it, where the list named him bare, as if at large
    other = [r for r in rows if r["status"] != "at_large" or r["held_by"]]
    words = (f"{_counted(len(rows), 'person')} had a warrant of arrest of the Court outstanding on {on.isoformat()}"
             + (f" in the situation {within}" if within else "") + ", by the record (counted by person, not by warrant): "
             + "; ".join(r["title"] + (f" ({r['status_words']})" if r in other else "") for r in rows) + ".")
    if other:
        words += (f" {len(other)} of them {'is' if len(other) == 1 else 'are'} not recorded at large: a warrant stays "
                  "in effect until the Court orders otherwise (Art. 58(4)), so a person recorded dead or held by a State "
                  "is still listed.")
    notice = list_notice(facts, on, LAW_KINDS)
    sealed = ("the record holds the warrants the Court has made public: a warrant issued under seal (secret) is not "
              "counted until it is unsealed")
    return {"answer": len(rows), "count": len(rows), "records": rows, "states_listed": [],
            "doubts": [sealed, *([notice] if notice else [])], "in_words": words, "situation": situation,
            "situation_name": within,
            **({"coverage_notice": notice} if notice else {})}


def first_warrant_day(facts: Facts, person: str) -> dt.date | None:
    """The first day of the person's earliest warrant of arrest the record dates (its issue), or None."""
    days = [DateSpan.parse(str(w.issued)).first for w in facts.warrants_of(person) if w.issued and w.kind == "arrest_warrant"]
    return min(days) if days else None


def trips_answer(facts: Facts, person: str, first: dt.date, last: dt.date,
                 host_party: bool | None = None) -> dict[str, Any]:
    """The person's trips to States from ``first`` to ``last`` by the record's events (round 45: 'Which States has
    Putin visited since his warrant?'): each presence on a State's territory (neither cancelled nor only planned), with
    its host, the host's relation to the Statute on the day, what the host did and the event's sources; the flights
    over a State listed apart; the answer counts the States visited. ``host_party`` (session 46: 'Which States visited
    by Putin were parties at the time?'): only the trips whose host was a State Party on the day (True) or was not
    (False), as the events list's --host-party filters them (a host whose relation changed within the month or year a
    trip is dated to is in neither, and said)."""
    from iccwatch.service.events import host_kept, host_status

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
    unsure: list[dict[str, Any]] = []
    if host_party is not None:
        unsure = [r for r in visits + over if r["host_status"] == "uncertain"]
        visits = [r for r in visits if host_kept(r["host_status"], host_party)]
        over = [r for r in over if host_kept(r["host_status"], host_party)]
    # session 42: 'Which States has Putin visited since his warrant, and which were bound to arrest him?': each visit's
    # host's duty on the day (the law engine's answer, on the first day of a trip dated only to a month or a year)
    from iccwatch.service.ask import ask_arrest

    for r in visits:
        duty = ask_arrest(facts, r["state"], person, DateSpan.parse(r["date"]).first)
        r["duty"], r["duty_basis"] = duty["answer"], list(duty.get("basis") or [])
    bound = [r for r in visits if r["duty"] == "obliged"]
    by_state: dict[str, list[dict[str, Any]]] = {}
    for r in visits:
        by_state.setdefault(r["state"], []).append(r)
    listed = [{"iso3": i, "name": _name(facts, i), "trips": rs} for i, rs in sorted(by_state.items())]
    hosts = ("" if host_party is None else " whose host was a State Party on the day" if host_party
             else " whose host was not a State Party on the day")
    # session 46 (law59): no start named reads 'by' the day asked, not 'from 0001-01-01'
    span = f"by {last.isoformat()}" if first == dt.date.min else f"from {first.isoformat()} to {last.isoformat()}"
    words = (f"By the record, {name} made {_counted(len(visits), 'trip')}{hosts} to {_counted(len(listed), 'State')} "
             f"{span}" + (": " if visits else "")
             + "; ".join(f"{_name(facts, r['state'])} {r['date']} (host: {r['host_status'].replace('_', ' ')}; "
                         f"duty to arrest: {r['duty'].replace('_', ' ')}; {r['action'].replace('_', ' ')})" for r in visits) + ".")
    if visits:
        words += (f" Bound to arrest {name} on the day (the law's answer, obliged): "
                  + ("; ".join(f"{_name(facts, r['state'])} {r['date']} ({', '.join(r['duty_basis'])})" for r in bound)
                     if bound else "none of the hosts") + ".")
    if over:
        words += " Flights over a State, not counted as visits: " + "; ".join(
            f"{_name(facts, r['state'])} {r['date']}" for r in over) + "."
    if unsure:
        words += (f" Left out, {HOST_UNCERTAIN_WHY}: "
                  + "; ".join(f"{_name(facts, r['state'])} {r['date']}" for r in unsure) + ".")
    words += " Visits cancelled or only planned are not counted; the record holds the trips its sources report."
    return {"answer": len(listed), "count": len(listed), "records": visits + over, "states_listed": listed,
            "host_party": host_party, "host_uncertain": unsure,
            "bound": [{"iso3": r["state"], "date": r["date"], "basis": r["duty_basis"]} for r in bound],
            "doubts": [], "in_words": words}


def visits_answer(facts: Facts, person: str, state: str, first: dt.date, last: dt.date) -> dict[str, Any]:
    """How many times the person visited one State from ``first`` to ``last`` by the record's events (session 49, law64:
    'How many times did Putin visit Kazakhstan?', 'Combien de fois el-Béchir s'est-il rendu au Tchad ?'): each visit
    (trip ``visit``: on the territory as a destination) with its day, the host's relation to the Statute on the day,
    the law's answer for the host's duty to arrest that day, what the host did and the event's sources; the stopovers,
    flights over it and trips only planned or cancelled named apart (``not_counted``), not counted."""
    from iccwatch.service.ask import ask_arrest
    from iccwatch.service.events import host_status

    name, host = facts.records.persons[person].name, _name(facts, state)
    events = sorted((e for e in facts.records.events.values() if e.person == person and e.state == state
                     and _within(e.date, first, last)), key=lambda e: (date_sort_key(e.date), e.id))

    def row(e: Any) -> dict[str, Any]:
        return {"id": e.id, "kind": "event", "state": e.state, "date": str(e.date), "trip": e.trip, "action": e.action,
                "host_status": host_status(facts, e.state, str(e.date)),
                "title": f"{host}: {e.trip}, {str(e.action).replace('_', ' ')}", "sources": _sources(e.sources)}

    visits = [row(e) for e in events if e.trip == "visit"]
    other = [row(e) for e in events if e.trip != "visit"]
    for r in visits:  # the law's answer for the host on the visit's (first) day, as the trips answer gives it
        duty = ask_arrest(facts, state, person, DateSpan.parse(r["date"]).first)
        r["duty"], r["duty_basis"] = duty["answer"], list(duty.get("basis") or [])
    span = f"by {last.isoformat()}" if first == dt.date.min else f"from {first.isoformat()} to {last.isoformat()}"
    words = (f"By the record, {name} made {_counted(len(visits), 'visit')} to {host} {span}"
             + (": " if visits else "")
             + "; ".join(f"{r['date']} (host: {r['host_status'].replace('_', ' ')}; duty to arrest: "
                         f"{r['duty'].replace('_', ' ')}; {r['action'].replace('_', ' ')})" for r in visits) + ".")
    kinds = {"transit": "a stopover", "overflight": "a flight over it", "planned": "planned", "cancelled": "cancelled"}
    if other:
        words += " Trips not counted as visits: " + "; ".join(f"{r['date']} ({kinds.get(r['trip'], r['trip'])})" for r in other) + "."
    words += " The record holds the trips its sources report."
    return {"answer": len(visits), "count": len(visits), "records": visits, "not_counted": other, "states_listed": [],
            "doubts": [], "in_words": words}


#: How a situation came before the Court (Art. 13), in words, for a comparison by a Council referral (session 47)
_TRIGGER_WORDS = {"state_referral": "a referral by a State Party (Art. 13(a), Art. 14)",
                  "proprio_motu": "the Prosecutor's own initiative (Art. 13(c), Art. 15)"}


#: Why a visit is left out of a comparison by a Council referral (``left_out[].why``), in words, in the order the answer
#: gives them; ``{res}`` is the resolution (session 48: a constant, so that the ask page's tables say what the prose says).
LEFT_OUT_WHY = {"party": "the host a State Party on the day, bound by the Statute itself (Part 9), not by the referral",
                "not_obliged": "the host not a party and not bound by {res} on the day (the law's answer: not obliged)",
                "other": "the host's duty resting on another basis or in doubt",
                "day_unknown": "the trip dated only to a month or a year, not known to the day"}
#: Why a visit is left out of a comparison by the host's relation on the day (``host_uncertain``), in words.
HOST_UNCERTAIN_WHY = "the host's relation having changed within the month or year the trip is dated to"


def referral_trips_answer(facts: Facts, person: str, first: dt.date, last: dt.date) -> dict[str, Any]:
    """The person's visits whose host's duty to arrest rests on a Security Council referral (session 47, law61: 'Which
    States visited by al-Bashir were bound by the Darfur referral?'): the visits ``trips_answer`` lists, each with the
    law engine's answer for its host on its day; kept where the engine finds the host obliged on a basis citing the
    resolution that referred the person's situation (the record's ``unsc_resolution``, the engine's citation), the
    others listed apart with why (``party``: a State Party, bound by the Statute itself; ``not_obliged``: the engine
    finds no duty; ``other``: a duty or doubt on another basis; ``day_unknown``: a trip dated only to a month or a year,
    the host's duty not asked of one day). Where no situation of the person was referred, no visit can rest on a
    referral: answered 0, saying how the situation came before the Court."""
    from iccwatch.service.events import HOST_PARTY

    plain = trips_answer(facts, person, first, last)
    name = facts.records.persons[person].name
    situations = [facts.records.situations[s] for s in dict.fromkeys(w.situation for w in facts.warrants_of(person))
                  if s in facts.records.situations]
    referred = [s for s in situations if s.trigger == "unsc_referral" and s.unsc_resolution]
    citations = [facts.records.instruments[s.unsc_resolution].citation for s in referred
                 if s.unsc_resolution in facts.records.instruments]
    visits = [r for r in plain["records"] if r["trip"] == "visit"]
    span = f"by {last.isoformat()}" if first == dt.date.min else f"from {first.isoformat()} to {last.isoformat()}"
    referral = {"resolution": citations[0] if citations else None, "resolutions": citations,
                "situations": [s.id for s in situations]}
    if not citations:
        how = "; ".join(f"the situation in {s.name} came before the Court by {_TRIGGER_WORDS.get(s.trigger, s.trigger)}"
                        for s in situations) or f"the record dates no warrant of {name} in a situation"
        words = (f"{how[:1].upper()}{how[1:]}, not referred by the Security Council: no visit of {name} could be bound by a Council "
                 f"referral (the record holds {_counted(len(visits), 'visit')} {span}; each host's duty rests on the "
                 "Statute, a declaration or nothing: ask 'Which States visited by ... were parties at the time?').")
        return {**plain, "answer": 0, "count": 0, "records": [], "states_listed": [], "bound": [], "left_out": [],
                "host_referral": True, "referral": referral, "in_words": words}

    def rests(r: dict[str, Any]) -> bool:
        return r["duty"] == "obliged" and any(str(b).startswith(c) for b in r["duty_basis"] for c in citations)

    kept: list[dict[str, Any]] = []
    left: list[dict[str, Any]] = []
    for r in visits:
        span_r = DateSpan.parse(r["date"])
        if span_r.first != span_r.last:
            left.append({**r, "why": "day_unknown"})
        elif rests(r):
            kept.append(r)
        elif r["host_status"] in HOST_PARTY and r["duty"] == "obliged":
            left.append({**r, "why": "party"})
        elif r["duty"] == "not_obliged":
            left.append({**r, "why": "not_obliged"})
        else:
            left.append({**r, "why": "other"})
    by_state: dict[str, list[dict[str, Any]]] = {}
    for r in kept:
        by_state.setdefault(r["state"], []).append(r)
    listed = [{"iso3": i, "name": _name(facts, i), "trips": rs} for i, rs in sorted(by_state.items())]
    res = " or ".join(citations)
    words = (f"By the record, {name} made {_counted(len(visits), 'visit')} to States {span}; the Security Council "
             f"referred the situation in {', '.join(s.name for s in referred)} to the Court by {res}. Bound to arrest {name} by the referral on the day (the law's answer, "
             f"obliged on {res}): {_counted(len(kept), 'visit')} to {_counted(len(listed), 'State')}"
             + (": " + "; ".join(f"{_name(facts, r['state'])} {r['date']} (host: {r['host_status'].replace('_', ' ')}; "
                                 f"basis: {', '.join(r['duty_basis'])}; {r['action'].replace('_', ' ')})" for r in kept)
                if kept else "") + ".")
    for why, said in ((w, t.format(res=res)) for w, t in LEFT_OUT_WHY.items()):
        rs = [r for r in left if r["why"] == why]
        if rs:
            words += (f" Left out, {said} ({len(rs)}): "
                      + "; ".join(f"{_name(facts, r['state'])} {r['date']}"
                                  + (f" ({r['duty'].replace('_', ' ')})" if why == "other" else "") for r in rs) + ".")
    words += " Visits cancelled or only planned are not counted; the record holds the trips its sources report."
    return {**plain, "answer": len(listed), "count": len(listed), "records": kept, "states_listed": listed,
            "bound": [{"iso3": r["state"], "date": r["date"], "basis": r["duty_basis"]} for r in kept],
            "left_out": left, "host_referral": True, "referral": referral, "in_words": words}


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


def statements_answer(facts: Facts, statements: list[Any], state: str | None) -> dict[str, Any]:
    """The answer for a day or month holding several joint statements (round 46: 'Did Chile sign the joint statement of
    January 2025?' when the record holds two): each statement answered as ``statement_answer`` answers it, in order;
    ``answer`` the one answer where every statement gives the same, ``mixed`` where they differ; with no State, the
    signatories of all of them, each State once (``count``)."""
    each = [statement_answer(facts, s, state) for s in statements]
    records = [r for a in each for r in a["records"]]
    doubts = list(dict.fromkeys(d for a in each for d in a["doubts"]))
    said = f"The record holds {len(statements)} joint statements in the time named; " + " ".join(
        f"{k + 1}. {a['in_words']}" for k, a in enumerate(each))
    if state is None:
        rows = list({r["iso3"]: r for a in each for r in a["states_listed"] or []}.values())
        rows.sort(key=lambda r: r["iso3"])
        said += f" {len(rows)} States signed at least one of them."
        return {"answer": len(rows), "count": len(rows), "states_listed": rows, "records": records, "doubts": doubts,
                "in_words": said, "answers": [a["answer"] for a in each]}
    answers = {a["answer"] for a in each}
    answer = answers.pop() if len(answers) == 1 else "mixed"
    return {"answer": answer, "count": None, "states_listed": None, "records": records, "doubts": doubts,
            "in_words": said, "answers": [a["answer"] for a in each]}


def withdrawal_answer(facts: Facts, state: str, today: dt.date) -> dict[str, Any]:
    """The day the State's withdrawal from the Rome Statute took effect (round 46: 'When did Burundi's withdrawal take
    effect?'), by the record's acts: ``answer`` the day of effect the record holds (Art. 127(1): a year after the
    notification, or later where it says so), or, where a notification is pending, the day the law reads it will take
    effect; else ``none``, saying why (revoked before it took effect, announced and never notified, no withdrawal)."""
    from iccwatch.law import party_status

    acts = sorted((p for p in facts.records.states[state].participation if p.instrument == "rome-statute"
                   and p.action in ("withdrawal_announced", "withdrawal_notified", "withdrawal_revoked",
                                    "withdrawal_effective")), key=lambda p: (date_sort_key(p.date), p.action))
    who = f"{_name(facts, state)} ({state})"

    def row(p: Any) -> dict[str, Any]:
        return {"id": f"{state}-{p.action}-{p.date}", "kind": p.action, "state": state, "date": str(p.date),
                "title": f"{_name(facts, state)}: {p.action.replace('_', ' ')}" + (f" (retracted {p.retracted})"
                                                                                   if p.retracted else ""),
                "sources": _sources(p.sources)}

    records = [row(p) for p in acts]
    doubts = [f"{_name(facts, state)}'s {p.action.replace('_', ' ')} of {p.date} is "
              + ("disputed" if p.disputed else f"of {p.confidence} confidence") + " in the record"
              + (f": {p.note}" if p.note else "") for p in acts if p.disputed or p.confidence == "low"]
    effective = [p for p in acts if p.action == "withdrawal_effective"]
    notified = [p for p in acts if p.action == "withdrawal_notified"]
    revoked = [p for p in acts if p.action == "withdrawal_revoked"]
    announced = [p for p in acts if p.action == "withdrawal_announced"]
    if effective:
        p = effective[-1]
        n = next((x for x in reversed(notified) if date_sort_key(x.date) <= date_sort_key(p.date)), None)
        day = str(p.date)
        words = (f"{who}'s withdrawal from the Rome Statute took effect on {day}, by the record"
                 + (f" (notified on {n.date}; Art. 127(1): a year after the notification)" if n else "")
                 + (". From that day it is a former party; Art. 127(2) keeps its duties in investigations and proceedings "
                    "that began before."))
        if date_sort_key(p.date) > date_sort_key(today.isoformat()):
            words = words.replace("took effect", "takes effect")
        return {"answer": day, "records": records, "states_listed": [], "doubts": doubts, "in_words": words}
    if notified:
        n = notified[-1]
        if revoked and date_sort_key(revoked[-1].date) >= date_sort_key(n.date):
            words = (f"None: {who} notified its withdrawal on {n.date} and revoked it on {revoked[-1].date}, before it took "
                     "effect, by the record: it remained a party.")
            return {"answer": "none", "records": records, "states_listed": [], "doubts": doubts, "in_words": words}
        ps = party_status(facts, state, DateSpan.parse(str(n.date)).first)
        if ps.status == "party_withdrawal_pending" and isinstance(ps.until, dt.date):
            day = ps.until.isoformat()
            tense = "took" if ps.until <= today else "will take"
            words = (f"{who}'s withdrawal, notified on {n.date}, {tense} effect on {day} by the law's reading (Art. 127(1): "
                     "a year after the notification); the record holds no act dating its effect.")
            return {"answer": day, "records": records, "states_listed": [], "doubts": doubts, "in_words": words}
        words = (f"None: the record holds {who}'s notification of {n.date} but no day of effect, its relation that day "
                 f"being {ps.status.replace('_', ' ')} (a withdrawal takes effect only for a party, Art. 127(1)).")
        return {"answer": "none", "records": records, "states_listed": [], "doubts": doubts, "in_words": words}
    if announced:
        said = "; ".join(str(p.date) + (f" (retracted {p.retracted})" if p.retracted else "") for p in announced)
        words = (f"None: {who} announced a withdrawal ({said}) but the record holds no notification to the UN "
                 "Secretary-General; an announcement has no effect under the Statute (Art. 127(1)).")
        return {"answer": "none", "records": records, "states_listed": [], "doubts": doubts, "in_words": words}
    return {"answer": "none", "records": records, "states_listed": [], "doubts": [],
            "in_words": f"None: the record holds no withdrawal of {who} from the Rome Statute."}


#: Round 51: the acts by which a State became bound by the Statute, as a question names them.
_JOINING = {"ratification": ("ratification", "accession", "acceptance", "approval", "ratification_or_accession",
                             "succession"),
            "signature": ("signature",), "entry_into_force": ("entry_into_force",)}


def joined_answer(facts: Facts, state: str, today: dt.date, asked: str = "ratification") -> dict[str, Any]:
    """The day a State ratified (acceded to, accepted, approved) the Rome Statute, signed it, or the day the Statute
    entered into force for it (``asked``; round 51: '¿Cuándo ratificó Venezuela el Estatuto de Roma?', 'When did the
    Rome Statute enter into force for Armenia?' were answered as the State's duties today, which do not say it), by the
    record's acts, with every act of joining and leaving the State's record holds said in order: ``answer`` the day (the
    latest such act where there are several, each said), or ``none`` saying what the record holds instead."""
    kinds = (*_JOINING["signature"], *_JOINING["ratification"], *_JOINING["entry_into_force"], "signature_withdrawn",
             "withdrawal_notified", "withdrawal_revoked", "withdrawal_effective")
    acts = sorted((p for p in facts.records.states[state].participation if p.instrument == "rome-statute"
                   and p.action in kinds), key=lambda p: (date_sort_key(p.date), p.action))
    who = f"{_name(facts, state)} ({state})"
    records = [{"id": f"{state}-{p.action}-{p.date}", "kind": p.action, "state": state, "date": str(p.date),
                "title": f"{_name(facts, state)}: {p.action.replace('_', ' ')}", "sources": _sources(p.sources)}
               for p in acts]
    doubts = [f"{_name(facts, state)}'s {p.action.replace('_', ' ')} of {p.date} is "
              + ("disputed" if p.disputed else f"of {p.confidence} confidence") + " in the record"
              + (f": {p.note}" if p.note else "") for p in acts if p.disputed or p.confidence == "low"]
    said = "; ".join(f"{p.action.replace('_', ' ')} {p.date}" for p in acts)
    chosen = [p for p in acts if p.action in _JOINING[asked]]
    what = {"ratification": "ratified or acceded to the Rome Statute", "signature": "signed the Rome Statute",
            "entry_into_force": "became bound: the Statute entered into force for it"}[asked]
    if not chosen:
        words = f"None: the record holds no act by which {who} {what.split(':')[0]}" + (f" (its acts: {said})." if acts else ".")
        return {"answer": "none", "records": records, "states_listed": [], "doubts": doubts, "in_words": words}
    last = chosen[-1]
    verb = {"ratification": f"{last.action.replace('_', ' ')} {'to' if last.action == 'accession' else 'of'} the Rome Statute", "signature": "signature of the Rome Statute",
            "entry_into_force": "entry into force of the Rome Statute for it (Art. 126)"}[asked]
    tense = "" if date_sort_key(last.date) <= date_sort_key(today.isoformat()) else " (a day after the day asked)"
    words = (f"{who}: {verb} on {last.date}{tense}, by the record"
             + (f" (earlier: {', '.join(str(p.date) for p in chosen[:-1])})" if len(chosen) > 1 else "")
             + f". Its acts under the Statute, in order: {said}.")
    return {"answer": str(last.date), "records": records, "states_listed": [], "doubts": doubts, "in_words": words}


def surrendered_answer(facts: Facts, first: dt.date, last: dt.date) -> dict[str, Any]:
    """The persons the record's events show surrendered to the Court from ``first`` to ``last`` (round 46: 'Which persons
    were surrendered in 2025?'), each with the day, the State that surrendered them and the event's sources; counted by
    person."""
    events = sorted((e for e in facts.records.events.values() if e.action == "surrender" and _within(e.date, first, last)),
                    key=lambda e: (date_sort_key(e.date), e.id))
    rows: dict[str, dict[str, Any]] = {}
    for e in events:
        rows.setdefault(e.person, {"id": e.person, "kind": "person", "date": str(e.date), "state": e.state,
                                   "title": facts.records.persons[e.person].name, "event": e.id,
                                   "sources": _sources(e.sources)})
    listed = list(rows.values())
    span = f"from {first.isoformat()} to {last.isoformat()}" if first != dt.date.min else f"by {last.isoformat()}"
    words = (f"{_counted(len(listed), 'person')} {'was' if len(listed) == 1 else 'were'} surrendered to the Court {span}, by "
             "the record" + (": " + "; ".join(f"{r['title']} ({r['date']}, by {_name(facts, r['state'])})" for r in listed)
                             + "." if listed else "."))
    return {"answer": len(listed), "count": len(listed), "records": listed, "states_listed": [], "doubts": [],
            "in_words": words}


def index_year(date_given: bool, last: dt.date, today: dt.date) -> int:
    """The year an index question asks of: the year named, else the latest whole year before the day asked."""
    return last.year if date_given else today.year - 1


def _index_row(r: dict[str, Any], groups: dict[str, Any]) -> dict[str, Any]:
    return {"iso3": r["iso3"], "name": r["name"], "group": r["group"], "group_label": groups[r["group"]]["label"],
            "score": r["score"], "rank": r["rank"], "tied": r["tied"], "band": r["band"], "rank_interval": r["rank_interval"],
            "coverage": r["coverage"]}


def index_answer(facts: Facts, state: str, year: int) -> dict[str, Any]:
    """A State's score and rank in the due-diligence index for ``year`` (round 46: 'Why does Hungary rank where it
    does?', 'What is Chile's score and how certain is it?'), in words from the index's own explain: the score, the rank
    among its peer group (States Parties and the others ranked apart), the States tied with it, the rank's interval over
    the Monte-Carlo draws, its band, the coverage, the pillars and the indicators that weigh most against it, and the
    method's version; ``answer`` the score."""
    from iccwatch.assess.compare import just_above
    from iccwatch.assess.index import BAND_MEANING, compute_index, explain

    result = compute_index(facts, year)
    data = explain(facts, state, year)
    group = result["groups"][data["group"]]
    tied_with = [r["name"] for r in result["states"] if r["group"] == data["group"] and r["rank"] == data["rank"]
                 and r["iso3"] != state] if data["tied"] else []
    counted = [i for i in data["indicators"] if i["scored"] and i["raw"] is not None and i["normalised"] is not None]
    weakest = sorted(counted, key=lambda i: i["normalised"])[:3]
    lo, hi = data["rank_interval"] or [None, None]
    name = f"{data['name']} ({state})"
    # why not higher (session 38): the States ranked just above, each with the pillars where it leads and trails
    # (ranked_above), and the component that separates them most, computed from the points (above)
    above = just_above(result, state)
    ranked = ranked_just_above(result, above, data)
    if data["rank"] is None:
        words = (f"{name} is not ranked in the due-diligence index for {year} (method version {result['method_version']}): "
                 f"the record scores {data['coverage']} of the indicators that apply to it.")
    else:
        words = (f"{name} scored {data['score']} of 100 in the due-diligence index for {year} (method version "
                 f"{result['method_version']}; window {result['window']['description']}): rank {data['rank']} of "
                 f"{data['states_ranked']} {group['words']}"
                 + (f", tied with {len(tied_with)} other{'s' if len(tied_with) != 1 else ''}" if tied_with else "")
                 + f". How certain: over {result['samples']} draws of the weights its rank ran from {lo} to {hi} (90% of "
                 f"the draws), band {data['band']} of {group['bands']} ({BAND_MEANING}"
                 f"); coverage {data['coverage']} of the indicators scored. Pillars (0-100): "
                 + ", ".join(f"{p.replace('_', ' ')} {v}" for p, v in data["pillars"].items())
                 + ". Lowest counted indicators: "
                 + "; ".join(f"{i['label']} (normalised {i['normalised']})" for i in weakest) + ".")
        words += " " + above_words(ranked, data)
        if above and above["states"]:
            words += " Against the States ranked just above: " + above["words"]
    records = [{"id": i["indicator"], "kind": "indicator", "date": str(year),
                "title": f"{i['label']} ({str(i['pillar']).replace('_', ' ')}): value {i['raw']}, normalised {i['normalised']}",
                "pillar": i["pillar"], "raw": i["raw"],
                "normalised": i["normalised"], "weight_in_pillar": i["weight_in_pillar"],
                "sources": list({s["url"]: s for e in i.get("evidence") or [] for s in _evidence_sources(e)}.values())}
               for i in counted]
    doubts = [f"the index is read as bands, not a league table: {group['largest_tie']['size']} {group['words']} share "
              f"rank {group['largest_tie']['rank']}"] if group.get("largest_tie", {}).get("size", 0) > 1 else []
    if year >= dt.date.today().year:
        doubts.append(f"{year} is not over: the index measures the record so far")
    return {"answer": data["score"], "year": year, "method_version": result["method_version"], "score": data["score"],
            "rank": data["rank"], "tied": data["tied"], "tied_with": tied_with, "band": data["band"],
            "rank_interval": data["rank_interval"], "group": data["group"], "group_label": group["label"],
            "states_ranked": data["states_ranked"], "coverage": data["coverage"], "pillars": data["pillars"],
            "above": above if data["rank"] is not None else None,
            "window": result["window"]["description"], "ranked_above": ranked, "records": records, "states_listed": [],
            "doubts": doubts, "in_words": words}


def _ordered_words(result: dict[str, Any], r: dict[str, Any], data: dict[str, Any]) -> str | None:
    """Where the draws order a State of the band above and the State asked (one outscores the other in at least 95% of
    them; session 40: a band opens against its first State, so two of its States may be ordered), in words; else None."""
    from iccwatch.assess.compare import outscored_share
    from iccwatch.assess.index import BAND_CONFIDENCE

    if r.get("group") != data.get("group") or not data.get("iso3"):
        return None
    share = outscored_share(result, r["iso3"], data["iso3"], r["group"])
    if share is None or max(share) < BAND_CONFIDENCE:
        return None
    lead, other, most = (r, data, share[0]) if share[0] >= share[1] else (data, r, share[1])
    return f"{lead['name']} outscores {other['name']} in {most:.0%} of them: a band opens only below the band's first State"


def ranked_just_above(result: dict[str, Any], above: dict[str, Any] | None, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The States of the rank just above the State's in its peer group (session 38: 'Why does Hungary rank where it
    does?' compared it with no one): each with its score, rank, band and the pillars where it leads (by how many
    points, largest first); none for a State ranked first or not ranked. The States are those ``above`` names
    (``assess.compare.just_above``: the nearest better rank of the peer group), computed once by the caller."""
    if not above or not above["states"]:
        return []
    nearest = {r["iso3"] for r in above["states"]}
    mine = data["pillars"]
    out = []
    for r in sorted((r for r in result["states"] if r["iso3"] in nearest), key=lambda r: r["iso3"]):
        leads: dict[str, float] = {p: round(v - mine[p], 1) for p, v in (r.get("pillars") or {}).items()
                 if v is not None and mine.get(p) is not None and v > mine[p]}
        behind: dict[str, float] = {p: round(mine[p] - v, 1) for p, v in (r.get("pillars") or {}).items()
                  if v is not None and mine.get(p) is not None and v < mine[p]}
        out.append({"iso3": r["iso3"], "name": r["name"], "score": r["score"], "rank": r["rank"], "band": r["band"],
                    "same_band": r["band"] == data["band"], "ordered": _ordered_words(result, r, data),
                    "leads": dict(sorted(leads.items(), key=lambda kv: (-kv[1], kv[0]))),
                    "trails": dict(sorted(behind.items(), key=lambda kv: (-kv[1], kv[0])))})
    return out


def above_words(above: list[dict[str, Any]], data: dict[str, Any]) -> str:
    """The comparison with the States ranked just above, in words."""
    if not above:
        return "No State of its peer group ranks above it."
    said = []
    for r in above:
        lead = ", ".join(f"{p.replace('_', ' ')} (+{d})" for p, d in r["leads"].items()) or "no pillar"
        said.append(f"{r['name']} ({r['iso3']}), score {r['score']}, rank {r['rank']}, leads it in {lead}"
                    + (", trails it in " + ", ".join(f"{p.replace('_', ' ')} (-{d})" for p, d in r["trails"].items())
                       if r["trails"] else "")
                    + ((" (the same band; the draws order them, " + r["ordered"] + ")" if r.get("ordered") else
                        " (the same band; the draws cannot order them)") if r["same_band"] else ""))
    return "Ranked just above it: " + "; ".join(said) + "."


def _evidence_sources(e: dict[str, Any]) -> list[dict[str, Any]]:
    """An index indicator's fact's sources as the answers list them (url, kind, title)."""
    out = []
    for s in e.get("sources") or []:
        url = s.get("url") if isinstance(s, dict) else getattr(s, "url", None)
        if url:
            kind = s.get("kind") if isinstance(s, dict) else getattr(s, "kind", None)
            title = s.get("title") if isinstance(s, dict) else getattr(s, "title", None)
            out.append({"url": str(url), "kind": kind or "secondary", **({"title": title} if title else {})})
    return sorted(out, key=lambda x: x["kind"] != "primary")


def index_lowest_answer(facts: Facts, year: int, parties_only: bool) -> dict[str, Any]:
    """The States in the lowest band of each peer group in the due-diligence index for ``year`` (round 46: 'Which States
    rank lowest on due diligence?'; the index is read as bands, States Parties and the others ranked apart), of the
    States Parties only where the question names them; ``answer`` and ``count`` the States listed."""
    from iccwatch.assess.index import compute_index

    result = compute_index(facts, year)
    groups = result["groups"]
    listed, said = [], []
    for gid, g in groups.items():
        if parties_only and gid != "states_parties":
            continue
        ranked = [r for r in result["states"] if r["group"] == gid and r["band"] is not None]
        if not ranked:
            continue
        low = max(r["band"] for r in ranked)
        rows = sorted((r for r in ranked if r["band"] == low), key=lambda r: (r["rank"], r["iso3"]))
        listed += [_index_row(r, groups) for r in rows]
        said.append(f"{g['label']}: band {low} of {g['bands']}, {_counted(len(rows), 'State')}: "
                    + "; ".join(f"{r['name']} ({r['iso3']}) score {r['score']}, rank {r['rank']} of {g['ranked']} "
                                f"(interval {r['rank_interval'][0]}-{r['rank_interval'][1]})" for r in rows))
    words = (f"The lowest band of the due-diligence index for {year} (method version {result['method_version']}; window "
             f"{result['window']['description']}), each peer group ranked apart: " + ". ".join(said) + ".")
    doubts = ["the index is read as bands, not a league table: the States of one band cannot be told apart by the data, "
              "and a rank's interval over the draws says how far it may move"]
    return {"answer": len(listed), "count": len(listed), "year": year, "method_version": result["method_version"],
            "states_listed": listed, "records": [], "doubts": doubts, "in_words": words}


def _position_row(facts: Facts, p: Any) -> dict[str, Any]:
    return {"id": p.id, "kind": "position", "issue": p.issue, "date": str(p.date) if p.date else None,
            "states": list(p.states), "state": p.states[0] if len(p.states) == 1 else None, "held_by": p.held_by,
            "persons": list(p.persons), "answer_if_followed": p.answer_if_followed, "court": p.court,
            "title": p.held_by, "summary": " ".join(p.summary.split()), "form": getattr(p, "form", None),
            "confidence": getattr(p, "confidence", None), "sources": _sources(p.sources)}


def _positions_by(facts: Facts, last: dt.date, issues: list[str] | None, person: str | None) -> list[Any]:
    """The record's positions dated by ``last`` (undated ones too), on ``issues`` (all where None), stated about
    ``person`` or in general terms (no person) where a person is asked of; by date, then id."""
    from iccwatch.service.common import on_or_before

    return sorted((p for p in facts.records.positions.values()
                   if on_or_before(str(p.date) if p.date else None, last) and (issues is None or p.issue in issues)
                   and (person is None or not p.persons or person in p.persons)),
                  key=lambda p: (date_sort_key(str(p.date)) if p.date else date_sort_key("0001"), p.id))


#: What a position would mean if followed, in words.
FOLLOWED_WORDS = {"obliged": "the person would be arrested and surrendered", "not_obliged": "the person would not be arrested",
                  "unknown": "it does not say whether the person would be arrested"}


def positions_answer(facts: Facts, state: str, person: str | None, issues: list[str] | None, last: dt.date,
                     issue_words: dict[str, str], form: str | None = None) -> dict[str, Any]:
    """What a State has said on an issue of the law (round 47: 'What is France's position on Netanyahu's immunity?',
    'What did the Philippines argue about Article 127(2)?'): the record's positions the State holds on the issues asked
    (all where None), dated by ``last``, stated about the person asked or in general terms; ``answer`` what its latest
    position would mean for an arrest if followed (obliged, not_obliged, unknown), ``changed`` where its positions
    differ, or ``none_recorded``. The Court's own holdings on those issues (positions of the Court) are listed apart
    (``court_holdings``) and said as the contrary view where the State's latest differs: a State's view does not change
    its duty, which the law engine answers (`ask arrest`)."""
    every = _positions_by(facts, last, issues, person)
    own = [p for p in every if state in p.states and (form is None or getattr(p, "form", None) == form)]
    # the Court's holdings on point: for a person asked of, those whose scope fits how the person's situations came to
    # the Court (a holding on Security Council referrals is not on point for a situation a State referred)
    referred = {facts.records.situations[w.situation].trigger == "unsc_referral" for w in facts.records.warrants.values()
                if person and w.person == person and w.situation in facts.records.situations}
    court = [p for p in every if p.court and (not person or p.scope == "all" or not referred
                                             or (p.scope == "unsc_referral") in referred)]
    who = f"{_name(facts, state)} ({state})"
    about = " and ".join(issue_words.get(i, i.replace("-", " ")) for i in (issues or sorted({p.issue for p in own}))) \
        or "the issues the record holds"
    whom = f" as to {facts.records.persons[person].name}" if person else ""
    # round 50 (round 49's leftover): positions asked of by their form are worded by it ('1 guarantee of safe passage'),
    # not by the issue the record files them under ('on immunity')
    noun = FORM_NOUNS.get(form or "")
    holdings = [_position_row(facts, p) for p in court]
    if not own:
        words = ((f"None recorded: the record holds no {noun[0]} of {who}{whom} by {last.isoformat()}. " if noun else
                  f"None recorded: the record holds no position of {who} on {about}{whom} by {last.isoformat()}. ")
                 + "Its duty is the law's answer (ask e.g. 'Must " + _name(facts, state) + " arrest ...?').")
        return {"answer": "none_recorded", "records": [], "court_holdings": holdings, "states_listed": [], "doubts": [],
                "changed": False, "in_words": words}
    latest = own[-1]
    changed = len({p.answer_if_followed for p in own}) > 1
    rows = [_position_row(facts, p) for p in own]
    said = (f"{len(own)} {noun[0] if len(own) == 1 else noun[1]}" if noun else
            f"{_counted(len(own), 'position')} on {about}")
    words = (f"{who} has {said}{whom} in the record by {last.isoformat()}; its latest, "
             f"{latest.held_by} ({latest.date}), would mean, if followed, that {FOLLOWED_WORDS[latest.answer_if_followed]}"
             + (" (its positions differ: " + "; ".join(f"{p.date}: {p.answer_if_followed.replace('_', ' ')}" for p in own)
                + ")" if changed else "") + ".")
    doubts = []
    contrary = [p for p in court if p.answer_if_followed != latest.answer_if_followed and p.answer_if_followed != "unknown"]
    if contrary:
        doubts.append("The Court held otherwise: " + "; ".join(f"{p.held_by} ({p.date})" for p in contrary)
                      + ". A State's position does not change its duty under the Statute (Arts. 27, 86, 89(1)); the law's "
                        "answer lists it as contested.")
    doubts += [f"{p.held_by} ({p.date}) is of {p.confidence} confidence in the record" for p in own
               if getattr(p, "confidence", None) == "low"]
    return {"answer": latest.answer_if_followed, "changed": changed, "records": rows, "court_holdings": holdings,
            "states_listed": [], "doubts": doubts, "in_words": words}


#: A position's form in words (session 38; the record's ``form``, absent for a plain statement).
FORM_WORDS = {"immunity_claim": "a claim of immunity", "safe_passage": "a guarantee of safe passage",
              "overflight_assurance": "an overflight assurance", None: "a statement"}
#: A position's form as the noun that counts it (round 50), singular and plural.
FORM_NOUNS = {"immunity_claim": ("claim of immunity", "claims of immunity"),
              "safe_passage": ("guarantee of safe passage", "guarantees of safe passage"),
              "overflight_assurance": ("overflight assurance", "overflight assurances")}


def positions_form_answer(facts: Facts, person: str, form: str, last: dt.date) -> dict[str, Any]:
    """The States whose positions in the record, by ``last``, include one of ``form`` stated about ``person`` (session
    38: 'Which States pledged safe passage to Netanyahu?', '... gave him overflight assurances?', '... claimed he has
    immunity?'; round 47 mixed them in 'would not arrest'): each with those positions, and its latest position where a
    later one says otherwise (said as a doubt); ``answer`` how many States."""
    named = [p for p in _positions_by(facts, last, None, person) if person in p.persons and p.states]
    rows, later = [], []
    for iso3 in sorted({s for p in named for s in p.states}):
        mine = [p for p in named if iso3 in p.states]
        of_form = [p for p in mine if getattr(p, "form", None) == form]
        if not of_form:
            continue
        latest = mine[-1]
        rows.append({"iso3": iso3, "name": _name(facts, iso3), "latest": latest.id, "date": str(of_form[-1].date),
                     "form": form, "positions": [_position_row(facts, p) for p in of_form]})
        if latest.id != of_form[-1].id and latest.answer_if_followed != of_form[-1].answer_if_followed:
            later.append(f"{_name(facts, iso3)}'s latest position, {latest.held_by} ({latest.date}), would mean that "
                         f"{FOLLOWED_WORDS[latest.answer_if_followed]}")
    pname = facts.records.persons[person].name
    verb = {"immunity_claim": "claimed an immunity", "safe_passage": "gave a guarantee of safe passage",
            "overflight_assurance": "gave an overflight assurance"}[form]
    words = (f"{_counted(len(rows), 'State')} {verb} as to {pname}, by the record by {last.isoformat()}"
             + (": " + "; ".join(f"{r['name']} ({', '.join(str(x['date']) for x in r['positions'])})" for r in rows)
                if rows else "") + ".")
    doubts = ["The record holds the positions its sources report, not every State's. A position does not change a "
              "State's duty under the Statute (Arts. 27, 86, 89(1)), which the law engine answers.", *later]
    return {"answer": len(rows), "count": len(rows), "states_listed": rows, "form": form,
            "records": [r for row in rows for r in row["positions"]], "doubts": doubts, "in_words": words}


def positions_list_answer(facts: Facts, person: str, stance: str, last: dt.date) -> dict[str, Any]:
    """The States that have said they would (``stance`` obliged) or would not (not_obliged) arrest ``person`` (round 47:
    'Which States have said they would not arrest Netanyahu?'): each State whose latest position in the record stated
    about the person, by ``last``, would mean that if followed; ``answer`` how many, ``states_listed`` each with its
    positions. A State whose latest position says neither (unknown) is in neither list, and is named apart."""
    named = [p for p in _positions_by(facts, last, None, person) if person in p.persons and p.states]
    by_state: dict[str, list[Any]] = {}
    for p in named:
        for s in p.states:
            by_state.setdefault(s, []).append(p)
    rows, undecided = [], []
    for iso3, ps in sorted(by_state.items()):
        latest = ps[-1]
        if latest.answer_if_followed == stance:
            rows.append({"iso3": iso3, "name": _name(facts, iso3), "latest": latest.id, "date": str(latest.date),
                         "form": getattr(latest, "form", None), "positions": [_position_row(facts, p) for p in ps]})
        elif latest.answer_if_followed == "unknown":
            undecided.append(iso3)
    pname = facts.records.persons[person].name
    verb = "would" if stance == "obliged" else "would not"
    # session 38: the States grouped by the form of their latest position (a claim of immunity, a guarantee of safe
    # passage, an overflight assurance, a statement), so no one kind is read as another
    by_form: dict[str | None, list[str]] = {}
    for r in rows:
        by_form.setdefault(r["form"], []).append(r["name"])
    words = (f"{_counted(len(rows), 'State')} said they {verb} arrest {pname}, by each State's latest position in the record "
             f"by {last.isoformat()}" + ((": " + "; ".join(f"by {FORM_WORDS[f]}: " + ", ".join(names)
                                                           for f, names in sorted(by_form.items(), key=lambda kv: str(kv[0]))))
                                         if rows and set(by_form) != {None} else
                                         (": " + ", ".join(r["name"] for r in rows)) if rows else "") + "."
             + (" Their latest position says neither: " + ", ".join(_name(facts, s) for s in undecided) + "."
                if undecided else ""))
    doubts = ["The record holds the positions its sources report, not every State's; a State that said nothing is in "
              "neither list. A position does not change a State's duty under the Statute, which the law engine answers."]
    return {"answer": len(rows), "count": len(rows), "states_listed": rows, "stance": stance,
            "records": [r for row in rows for r in row["positions"]], "undecided": undecided, "doubts": doubts,
            "in_words": words}


def _as_at(c: dict[str, Any], last: dt.date) -> dict[str, Any]:
    """A failure's chain as it stood on ``last``: its latest finding made by then (session 38: not the chain's last
    one, so an appeal that later reversed a referral, or a later decision that referred a finding, is not yet made),
    with that finding's referral and the responses given to it by then; no finding where none was made by then. The
    chain's words say the same stage."""
    from iccwatch.assess.events import days_between
    from iccwatch.assess.gaps import what_followed

    made = [f for f in c.get("findings") or [] if DateSpan.parse(str(f["date"])).first <= last]
    if c["finding_date"] and not made:
        court = "informed_only" if c["court_action"] == "informed_only" else "none_recorded"
        return {**c, "finding": None, "finding_date": None, "days_to_finding": None, "referred_to": None, "responses": [],
                "gap": "no_finding", "court_action": court,
                "what_followed": what_followed(court, "no_finding", c.get("informed")) + f" by {last.isoformat()}"}
    if made and made[-1]["id"] != c["finding"]:
        f = made[-1]
        given = [r for r in f["responses"] if DateSpan.parse(str(r["date"])).first <= last]
        stage = "no_referral" if f["referred_to"] == "none" else "responded" if given else "no_response_recorded"
        return {**c, "finding": f["id"], "finding_date": f["date"], "days_to_finding": days_between(str(c["date"]), str(f["date"])),
                "referred_to": f["referred_to"], "responses": given, "gap": stage,
                "what_followed": what_followed("finding", stage) + f" by {last.isoformat()}"}
    given = [r for r in c["responses"] if DateSpan.parse(str(r["date"])).first <= last]
    if c["gap"] == "responded" and not given:
        return {**c, "responses": [], "gap": "no_response_recorded",
                "what_followed": what_followed("finding", "no_response_recorded") + f" by {last.isoformat()}"}
    return {**c, "responses": given}


def gaps_answer(facts: Facts, last: dt.date, state: str | None, person: str | None, stage: str | None,
                forum: str | None, days: bool, first: dt.date | None = None) -> dict[str, Any]:
    """The enforcement gap after failures to arrest (round 47: 'Which failures to arrest were never followed by a
    finding?', 'Which referrals to the Assembly have had no response?', 'How long did the Court take to find Mongolia in
    non-compliance?', 'What is the enforcement gap for Chad?'): the chain of `assess gaps` (each failure, the Court's
    finding, its referral and the forum's response), the failures dated by ``last``, of ``state`` and ``person`` where
    named, at ``stage`` (no_finding, no_referral, no_response_recorded) and referred to ``forum`` where asked; ``answer``
    how many, or with ``days`` the days from the State's latest failure with a finding to that finding (``none`` where
    no finding followed). With ``first`` (round 53: 'Which referrals to the Assembly since 2024 have had no response?'),
    only the failures dated on or after it (a failure dated to a month or a year that may fall on or after it is kept)."""
    from iccwatch.assess.gaps import enforcement_chain
    from iccwatch.service.common import on_or_before

    chain = enforcement_chain(facts)
    failures = [_as_at(c, last) for c in chain["failures"] if on_or_before(str(c["date"]), last)
                and (first is None or str(c["date"]) >= first.isoformat()[:len(str(c["date"]))])]
    failures = [c for c in failures if (state is None or c["state"] == state) and (person is None or c["person"] == person)
                and (stage is None or c["gap"] == stage)
                and (forum is None or forum in str(c["referred_to"] or "").split("+"))]

    def row(c: dict[str, Any]) -> dict[str, Any]:
        e = facts.records.events[c["event"]]
        d = facts.records.decisions.get(c["finding"]) if c["finding"] else None
        both: dict[str, dict[str, Any]] = {}  # a source the event and the finding share, once, primary first
        for x in sorted(_sources(e.sources) + (_sources(d.sources) if d is not None else []), key=lambda x: x["kind"] != "primary"):
            both.setdefault(x["url"], x)
        return {"id": c["event"], "kind": "failure", "date": str(c["date"]), "state": c["state"], "person": c["person"],
                "title": f"{c['state_name']}: {c['person_name']}: {c['what_followed']}",
                "what_followed": c["what_followed"], "gap": c["gap"], "finding": c["finding"],
                "finding_date": str(c["finding_date"]) if c["finding_date"] else None,
                "days_to_finding": c["days_to_finding"], "referred_to": c["referred_to"],
                "responses": [r["id"] for r in c["responses"]],
                "sources": list(both.values())}

    rows = [row(c) for c in failures]
    doubts = [chain["note"]]
    whose = " of " + _name(facts, state) if state else ""
    whom = f" to arrest {facts.records.persons[person].name}" if person else " to arrest or surrender"
    if days:
        found = [r for r in rows if r["days_to_finding"] is not None]
        if not found:
            words = (f"None: the record holds no failure{whose}{whom} followed by a finding of non-compliance by "
                     f"{last.isoformat()}" + (f" ({len(rows)} failure{'s' if len(rows) != 1 else ''} without one)" if rows
                                              else "") + ".")
            return {"answer": "none", "records": rows, "states_listed": [], "doubts": doubts, "in_words": words,
                    "stage": stage, "days": True}
        r = found[-1]
        words = (f"{r['days_to_finding']} days: the failure{whose} of {r['date']} ({facts.records.persons[r['person']].name}) "
                 f"was found on {r['finding_date']}, by the record" + ("; its other findings: " + "; ".join(
                     f"{x['date']} to {x['finding_date']}, {x['days_to_finding']} days" for x in found[:-1]) if len(found) > 1
                     else "") + ".")
        return {"answer": r["days_to_finding"], "records": [r], "states_listed": [], "doubts": doubts, "in_words": words,
                "stage": stage, "days": True}
    said = {"no_finding": " never followed by a finding of non-compliance",
            "no_referral": " found but not referred", "no_response_recorded": " found and referred"
            + (f" to {FORUM_NAMES[forum]}" if forum else "") + " with no response recorded"}.get(stage or "", "")
    if not stage and forum:
        said = f" whose finding was referred to {FORUM_NAMES[forum]}"
    words = (f"{_counted(len(rows), 'failure')}{whose}{whom}{said}, by the record, "
             + (f"from {first.isoformat()} to {last.isoformat()}" if first else f"by {last.isoformat()}")
             + (": " + "; ".join(f"{r['title']} ({r['date']})" for r in rows) if rows else "") + ".")
    return {"answer": len(rows), "count": len(rows), "records": rows, "states_listed": [], "doubts": doubts,
            "in_words": words, "stage": stage, "days": False}


def _consultation_sources(e: Any) -> list[Any]:
    """The event's sources that state its consultation (``consultation.stated_by``: positions or addresses)."""
    urls = [str(s.url).rstrip("/") for s in e.sources]
    at = {r if isinstance(r, int) else urls.index(str(r).rstrip("/")) for r in e.consultation.stated_by}
    return [s for i, s in enumerate(e.sources) if i in at]


def _reply_sources(e: Any) -> list[Any]:
    """The event's sources that state the Court's reply to its consultation (``consultation.reply.stated_by``)."""
    urls = [str(s.url).rstrip("/") for s in e.sources]
    at = {r if isinstance(r, int) else urls.index(str(r).rstrip("/")) for r in e.consultation.reply.stated_by}
    return [s for i, s in enumerate(e.sources) if i in at]


def _reply(e: Any, last: dt.date) -> dict[str, Any] | None:
    """The Court's reply to the event's consultation as the record states it (round 49), where given by ``last``."""
    from iccwatch.service.common import on_or_before

    reply = e.consultation.reply
    if reply is None or (reply.date and not on_or_before(str(reply.date), last)):
        return None
    return {"date": str(reply.date) if reply.date else None, "said": " ".join(str(reply.said).split()),
            "sources": _sources(_reply_sources(e))}


def positions_speaking_of_consultations(facts: Facts, state: str | None, person: str | None, last: dt.date) -> list[Any]:
    """The positions dated by ``last`` of ``state`` (or of any State), about ``person`` or no one person, whose summary
    speaks of consultations with the Court under Art. 97 (round 49; the words are data: question_words.yaml,
    ``consultation_mentions``): what a State said of consultations, which is not a consultation sought."""
    import re

    from iccwatch.service.common import on_or_before

    table = (facts.records.lookups.get("question_words") or {}).get("consultation_mentions") or {}
    patterns = [re.compile(p, re.I) for p in table.get("patterns", [])]
    return sorted((p for p in facts.records.positions.values() if p.states and (state is None or state in p.states)
                   and (person is None or not p.persons or person in p.persons)
                   and (p.date is None or on_or_before(str(p.date), last))
                   and any(x.search(" ".join(str(p.summary or "").split())) for x in patterns)),
                  key=lambda p: (date_sort_key(p.date), p.id))


def consultations_answer(facts: Facts, state: str | None, person: str | None, last: dt.date) -> dict[str, Any]:
    """The consultations under Art. 97 States sought with the Court about executing its request for a visit (session 38:
    'Which States asked the Court for consultations under Article 97?', 'When did South Africa consult the Court under
    Article 97 about Putin?'; round 47 refused them, the record holding no list): the record's events whose host sought
    them (``consultation``), the visit dated by ``last``, of ``state`` and ``person`` where named; each with its day
    where the sources date it, its note and the sources that state it. ``answer``: with a State named, the day of its
    latest consultation ('undated' where the sources give none, 'none' where the record holds none), else how many
    States."""
    from iccwatch.service.common import on_or_before

    found = [(e, e.consultation) for e in facts.records.events.values() if e.consultation is not None
             and on_or_before(str(e.consultation.date or e.date), last)
             and (state is None or e.state == state) and (person is None or e.person == person)]
    found.sort(key=lambda ec: (date_sort_key(str(ec[1].date or ec[0].date)), ec[0].id))
    rows: list[dict[str, Any]] = [
        {"id": e.id, "kind": "consultation", "date": str(c.date) if c.date else None,
         "state": e.state, "person": e.person, "visit": str(e.date),
         "title": f"{_name(facts, e.state)}: consultations on {facts.records.persons[e.person].name}'s "
                  f"{'planned ' if e.trip in ('planned', 'cancelled') else ''}visit of {e.date}"
                  + ("" if c.date else " (undated)"),
         "note": " ".join(str(c.note or "").split()) or None,
         "reply": _reply(e, last),
         "sources": _sources(_consultation_sources(e))} for e, c in found]
    listed: dict[str, dict[str, Any]] = {}
    for r in rows:
        iso3: str = r["state"]
        listed.setdefault(iso3, {"iso3": iso3, "name": _name(facts, iso3), "consultations": []})
        listed[iso3]["consultations"].append(r["id"])
    doubts = ["The record holds the consultations its sources report; a State may have sought others the record does not "
              "show. Consultations under Art. 97 do not suspend the duty to arrest and surrender (Arts. 86, 89(1)); the "
              "duty on a day is the law engine's answer."]
    doubts += [f"{r['title']}: {r['note']}" for r in rows if r["note"]]
    # round 49: a State that spoke of consultations (a position) with none recorded as sought is named, not listed
    sought = {r["state"] for r in rows}
    said = [p for p in positions_speaking_of_consultations(facts, state, person, last)
            if not any(s in sought for s in p.states)]
    said_doubts = [f"{', '.join(_name(facts, s) for s in p.states)} spoke of consultations with the Court, by the record's "
                   f"position {p.id} ({p.date or 'undated'}; {' '.join(str(p.held_by).split())}), but the record holds no "
                   f"consultation it sought: {' '.join(str(p.summary).split())}" for p in said]
    doubts += said_doubts
    whom = f" about {facts.records.persons[person].name}" if person else ""

    def _replied(r: dict[str, Any]) -> str:
        reply = r["reply"]
        return "" if reply is None else (f"; the Court replied{' on ' + reply['date'] if reply['date'] else ''}: "
                                         f"{reply['said']}")
    if state is not None:
        who = f"{_name(facts, state)} ({state})"
        if not rows:
            words = (f"None recorded: the record holds no consultation under Art. 97 sought by {who}{whom} by "
                     f"{last.isoformat()}.")
            return {"answer": "none", "records": [], "states_listed": [], "doubts": doubts[:1] + said_doubts,
                    "in_words": words}
        latest = rows[-1]
        answer = latest["date"] or "undated"
        words = (f"{who} sought consultations with the Court under Art. 97{whom}: "
                 + "; ".join(f"{r['title']}" + (f", on {r['date']}" if r["date"] else "") + _replied(r) for r in rows)
                 + ("" if latest["date"] else ". The sources read do not date them") + ".")
        return {"answer": answer, "records": rows, "states_listed": list(listed.values()), "doubts": doubts,
                "in_words": words}
    words = (f"{_counted(len(listed), 'State')} sought consultations with the Court under Art. 97{whom}, by the record, "
             f"by {last.isoformat()}" + (": " + "; ".join(f"{r['title']}" + (f", on {r['date']}" if r["date"] else "")
                                                         + _replied(r) for r in rows) if rows else "") + ".")
    return {"answer": len(listed), "count": len(listed), "records": rows, "states_listed": list(listed.values()),
            "doubts": doubts, "in_words": words}


def changes_answer(facts: Facts, state: str | None, person: str | None, first: dt.date, last: dt.date) -> dict[str, Any]:
    """What has changed for a State or a person from ``first`` to ``last`` (round 52: 'What has changed for Hungary
    since 1 January 2026?', 'What has changed for Duterte since March 2025?' were refused as asking nothing of the law):
    every entry of the record dated in the period: for a State, its acts under the Statute and other instruments, the
    Court's decisions about it, the trips of persons under a warrant to it, and the positions it stated; for a person,
    the changes of his warrants' status, his trips, arrests and surrenders, and the Court's decisions naming him.
    ``answer`` is the number of entries; none is said as none, with the period, never as 'nothing changed' beyond what
    the record holds."""
    rows: list[dict[str, Any]] = []
    if state is not None:
        for p in facts.records.states[state].participation:
            if _within(p.date, first, last):
                rows.append({"id": f"{state}-{p.action}-{p.date}", "kind": p.action, "date": str(p.date),
                             "title": f"{p.action.replace('_', ' ')} ({p.instrument})", "sources": _sources(p.sources)})
    for d in facts.records.decisions.values():
        if (d.state == state if state else person in d.persons) and _within(d.date, first, last):
            rows.append({"id": d.id, "kind": f"decision: {d.kind}", "date": str(d.date),
                         "title": d.summary or d.outcome or d.kind.replace("_", " "), "sources": _sources(d.sources)})
    for e in facts.records.events.values():
        if (e.state == state if state else e.person == person) and _within(e.date, first, last):
            who = facts.records.persons[e.person].name if e.person in facts.records.persons else e.person
            rows.append({"id": e.id, "kind": f"event: {e.action}", "date": str(e.date),
                         "title": f"{who}, {_name(facts, e.state)}: {e.action.replace('_', ' ')}", "sources": _sources(e.sources)})
    if person is not None:
        for w in facts.warrants_of(person):
            for c in w.status_history:
                if c.date and _within(c.date, first, last):
                    by = f" by {_name(facts, c.by_state)}" if c.by_state else ""
                    rows.append({"id": f"{w.id}-{c.status}-{c.date}", "kind": f"warrant: {c.status}", "date": str(c.date),
                                 "title": f"{w.kind.replace('_', ' ')} ({w.situation}): {c.status.replace('_', ' ')}{by}",
                                 "sources": _sources(c.sources or w.sources)})
    elif state is not None:
        for pos in getattr(facts.records, "positions", {}).values():
            if state in pos.states and pos.date and _within(pos.date, first, last):
                rows.append({"id": pos.id, "kind": "position", "date": str(pos.date), "title": pos.summary,
                             "sources": _sources(pos.sources)})
    rows.sort(key=lambda r: (date_sort_key(r["date"]), r["id"]))
    who = f"{_name(facts, state)} ({state})" if state else facts.records.persons[str(person)].name
    span = f"from {first.isoformat()} to {last.isoformat()}"
    if not rows:
        words = (f"None: the record holds no entry for {who} dated {span} (its acts, the Court's decisions, trips, "
                 "warrants' status and positions); a change it does not hold may have happened.")
    else:
        words = (f"{who}, {span}: {len(rows)} {'entry' if len(rows) == 1 else 'entries'} in the record: "
                 + "; ".join(f"{r['date']} {r['title']}" for r in rows) + ".")
    return {"answer": len(rows), "records": rows, "states_listed": [], "doubts": [], "in_words": words}
