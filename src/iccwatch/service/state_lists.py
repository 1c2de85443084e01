"""Count and list questions in words (session 33): 'How many States are parties today?', 'Which States have withdrawn?',
'Which States failed to arrest al-Bashir?'. Round 38 refused them as no one State's duty; they are answered here from
the record: the States whose relation to the Statute on the day asked is one the list counts (data/lookups/
question_words.yaml, `state_list_questions.lists`), or the States the Court found failed to comply with its requests to
arrest and surrender a person (Art. 87(7)), each State with its sources, and the record's coverage notice. The question
reader (service.question) reads the words; this module answers them, the same JSON for the command line and the API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.facts import Facts
from iccwatch.model.dates import DateSpan, date_sort_key

#: What each list is, in the words an answer says it.
LIST_WORDS = {"parties": "were States Parties to the Rome Statute (a withdrawal notified but not yet in effect included, "
                         "Art. 127(1))",
              "former_parties": "had withdrawn from the Rome Statute, their withdrawal in effect (Art. 127(1))",
              "ratified": "had ratified or acceded to the Rome Statute (former parties and those for which it had not "
                          "yet entered into force included; an instrument withdrawn before it took effect not)",
              "non_compliance": "were found by the Court to have failed to comply with its requests to arrest and "
                                "surrender"}


def _sources(sources: Any) -> list[dict[str, Any]]:
    """Each source's address, kind and title, primary first (then in the order met)."""
    return sorted(({"url": str(s.url), "kind": s.kind, **({"title": s.title} if getattr(s, "title", None) else {})}
                   for s in sources), key=lambda x: x["kind"] != "primary")


def states_by_relation(facts: Facts, statuses: list[str], on: dt.date) -> list[dict[str, Any]]:
    """Every State whose relation to the Statute on ``on`` is one of ``statuses``, by code: its status, since, until,
    whether it is certain (and its doubts), and the sources of the facts its relation rests on."""
    from iccwatch.law import party_status

    rows = []
    for iso3, st in sorted(facts.records.states.items()):
        ps = party_status(facts, iso3, on)
        if ps.status not in statuses:
            continue
        seen: dict[str, Any] = {}
        for step in ps.step.walk():
            for fact in step.facts:
                for src in fact.sources:
                    seen.setdefault(str(src.url), src)
        rows.append({"iso3": iso3, "name": st.name, "status": ps.status, "since": ps.since, "until": ps.until,
                     "certain": not ps.doubts, "doubts": list(ps.doubts), "sources": _sources(seen.values())})
    return rows


def _change_days(facts: Facts, iso3: str, first: dt.date, last: dt.date) -> list[dt.date]:
    """The days after ``first`` and up to ``last`` on which the State's relation to the Statute may change: the days of
    its acts under the Statute, and the days its relation on each of them, and on ``first`` and ``last``, began or
    ends (an entry into force under Art. 126(2), a withdrawal's effect under Art. 127(1), which no act of its own dates)."""
    from iccwatch.law import party_status
    from iccwatch.model.dates import DateSpan

    acts = [DateSpan.parse(str(p.date)).first for p in facts.records.states[iso3].participation
            if p.instrument == "rome-statute"]
    days: set[dt.date] = set()
    for day in [first, last, *(d for d in acts if first < d <= last)]:
        days.add(day)
        ps = party_status(facts, iso3, day)
        # since and until are ISO text (a day, or a month or year where the record dates no day): the days only
        spans = [DateSpan.parse(d) for d in (ps.since, ps.until) if d]
        days.update(s.first for s in spans if s.first == s.last)
    return sorted(d for d in days if first < d <= last)


def list_changes(facts: Facts, statuses: list[str], first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    """Each change of the States whose relation is one of ``statuses`` between ``first`` and ``last`` (round 41): the
    State, the day and whether it joined the list or left it, in the order of the days."""
    from iccwatch.law import party_status

    changes = []
    for iso3, st in sorted(facts.records.states.items()):
        listed = party_status(facts, iso3, first).status in statuses
        for day in _change_days(facts, iso3, first, last):
            ps = party_status(facts, iso3, day)
            if (ps.status in statuses) != listed:
                listed = not listed
                changes.append({"iso3": iso3, "name": st.name, "on": day.isoformat(), "change": "joined" if listed else "left",
                                "status": ps.status})
    return sorted(changes, key=lambda c: (c["on"], c["iso3"]))


def states_found_failing(facts: Facts, person: str | None, last: dt.date,
                         first: dt.date | None = None) -> list[dict[str, Any]]:
    """The States the Court found failed to comply with a request to arrest and surrender (``person``'s, where named),
    by findings dated on or before ``last`` (and, where ``first`` is given, within ``first`` to ``last``: round 50,
    'Which States did the Court find in non-compliance in 2025?' listed every State found by its end) and not reversed
    on appeal, one row each with its findings, oldest first."""
    from iccwatch.service.common import on_or_before

    decisions = facts.records.decisions.values()
    reversed_ = {d.appeal_of for d in decisions if d.finding == "reversed_on_appeal" and d.appeal_of}
    by_state: dict[str, list[Any]] = {}
    for d in sorted(decisions, key=lambda d: (date_sort_key(d.date), d.id)):
        if (d.finding == "non_compliance" and d.request_type == "arrest_surrender" and d.state and d.id not in reversed_
                and (person is None or person in d.persons) and on_or_before(str(d.date), last)
                and (first is None or DateSpan.parse(str(d.date)).last >= first)):
            by_state.setdefault(d.state, []).append(d)
    return [{"iso3": iso3, "name": facts.records.states[iso3].name if iso3 in facts.records.states else iso3,
             "findings": [{"decision": d.id, "date": str(d.date), "chamber": d.chamber, "appeal_of": d.appeal_of,
                           "referred_to": d.referred_to,
                           "record_number": d.record_number, "sources": _sources(d.sources)} for d in found]}
            for iso3, found in sorted(by_state.items())]


def list_answer(facts: Facts, list_of: str, statuses: list[str], first: dt.date, last: dt.date,
                person: str | None = None, within: bool = False) -> dict[str, Any]:
    """The count and the list (``states_listed``) on the day asked, with ``in_words`` and the record's coverage notice.

    A period (``first`` before ``last``): the relations are those of its first day where no State joins or leaves the
    list over it; otherwise (round 41; round 40 refused it) the States on the list on at least one day of it, each with
    its relation on the first day it was listed, and ``list_changes``: each State that joined or left the list, and the
    day, with ``count_first`` and ``count_last``, the counts on its first and last day. The Court's findings are those
    dated by its last day (``on`` is then that day), or, ``within`` (a period asked 'in 2025', 'since 2020'; round 50),
    those dated within the period."""
    from iccwatch.service.ask import list_notice

    changes: list[dict[str, Any]] = []
    if list_of == "non_compliance":
        on = last
        rows = states_found_failing(facts, person, last, first if within and first != last else None)
        kinds: tuple[str, ...] = ("decisions",)
    else:
        rows = states_by_relation(facts, statuses, first)
        on = first
        kinds = ("states",)
        if last != first and (changes := list_changes(facts, statuses, first, last)):
            count_first = len(rows)
            listed = {r["iso3"] for r in rows}
            for c in changes:
                if c["change"] == "joined" and c["iso3"] not in listed:
                    listed.add(c["iso3"])
                    rows += [r for r in states_by_relation(facts, statuses, dt.date.fromisoformat(c["on"]))
                             if r["iso3"] == c["iso3"]]
            rows = sorted(rows, key=lambda r: r["iso3"])
            count_last = len(states_by_relation(facts, statuses, last))
            told = "; ".join(f"{c['name']} ({c['iso3']}) {c['change']} on {c['on']}" for c in changes)
            names = ", ".join(f"{r['name']} ({r['iso3']})" for r in rows)
            said = (f"From {first.isoformat()} to {last.isoformat()} the States that {LIST_WORDS[list_of]} changed, by the "
                    f"record: {count_first} on {first.isoformat()}, {count_last} on {last.isoformat()}; {told}. "
                    f"{len(rows)} States were on the list on at least one day of the period"
                    + (f": {names}." if len(rows) <= 20 else "."))
            return {"count": len(rows), "states_listed": rows, "in_words": said, "on": on.isoformat(),
                    "list_changes": changes, "count_first": count_first, "count_last": count_last,
                    "coverage_notice": list_notice(facts, last, kinds)}
    whom = f" {facts.records.persons[person].name}" if person else ""
    names = ", ".join(f"{r['name']} ({r['iso3']})" for r in rows)
    said = (f"{len(rows)} States {LIST_WORDS[list_of]}{whom}, by the record, "
            + (f"from {first.isoformat()} to {on.isoformat()}" if list_of == "non_compliance" and within and first != last
               else f"by {on.isoformat()}" if list_of == "non_compliance" else f"on {on.isoformat()}")
            + (f": {names}." if rows and len(rows) <= 20 else "." if rows else ": none."))
    return {"count": len(rows), "states_listed": rows, "in_words": said, "on": on.isoformat(), "list_changes": changes,
            "coverage_notice": list_notice(facts, on, kinds)}


def found_more_than_once(facts: Facts, answer: dict[str, Any]) -> dict[str, Any]:
    """The list of States found failing narrowed to those the Court found so more than once (round 46: 'Which States have
    been found in non-compliance more than once?'): each State's findings counted once each, an appeal judgment on a
    finding (``appeal_of``) and a later decision that follows one (``follows``: its referral, Italy 2026 after 2025) not
    counted again; ``count`` the States listed, each with ``findings_counted``."""
    rows, said = [], []
    for r in answer["states_listed"]:
        own = {f["decision"] for f in r["findings"]}
        counted = [f for f in r["findings"] if not f.get("appeal_of")
                   and (facts.records.decisions[f["decision"]].follows or "") not in own]
        if len(counted) > 1:
            rows.append({**r, "findings_counted": len(counted)})
            said.append(f"{r['name']} ({r['iso3']}): {len(counted)} ({', '.join(f['date'] for f in counted)})")
    words = (f"{len(rows)} States were found by the Court more than once to have failed to comply with its requests to "
             f"arrest and surrender, by the record, by {answer['on']}" + (": " + "; ".join(said) + "." if rows else ": none.")
             + " An appeal judgment on a finding, and a later decision following one (its referral), are not counted again.")
    return {**answer, "count": len(rows), "states_listed": rows, "in_words": words}


#: The lists a count or a list question names (data/lookups/question_words.yaml `state_list_questions.lists`).
LISTS = tuple(LIST_WORDS)


def ask_list(facts: Facts, list_of: str, on: dt.date, person: str | None = None, to: dt.date | None = None,
             repeated: bool = False, since: dt.date | None = None) -> dict[str, Any]:
    """One list of States on one day (session 33: the dashboard's page and /api/v1/state-lists/{list_of} of a count or a
    list question, 'How many States are parties?'), the same count, ``states_listed`` and ``in_words`` as the question's
    read gives for that day, each State's sources graded, primary first. ``to``: the last day of a period beginning on
    ``on`` (a relation's list only), answered as the question's read of that period is (the States on the list on any day
    of it, with ``list_changes``, ``count_first`` and ``count_last`` where it changes). ``person`` only for
    ``non_compliance`` (the findings about that person); an unknown list or person, or a period ending before it begins,
    is an error naming its parameter. ``since`` (non_compliance only; round 50): the findings made from that day to
    ``on`` ('Which States did the Court find in non-compliance in 2025?'), not every finding by ``on``."""
    from iccwatch.dataset.grading import grade_sources_in
    from iccwatch.errors import FieldError
    from iccwatch.service.ask import named_param, person_asked

    if list_of not in LIST_WORDS:
        raise FieldError("list_of", f"list_of must be one of {', '.join(LIST_WORDS)}, not {list_of!r}")
    if person is not None and list_of != "non_compliance":
        raise FieldError("person", "a person is asked of only for the list non_compliance (the States the Court found "
                                   f"failed to arrest and surrender that person), not for {list_of}")
    if to is not None and list_of == "non_compliance":
        raise FieldError("to", "a period is asked of only for the lists of States' relations to the Statute; the Court's "
                               "findings are those dated on or before the day asked (on)")
    if repeated and list_of != "non_compliance":
        raise FieldError("repeated", "repeated (the States found more than once) is asked of only for the list "
                                     f"non_compliance, not for {list_of}")
    if since is not None and list_of != "non_compliance":
        raise FieldError("since", "since (the findings made from that day) is asked of only for the list non_compliance, "
                                  f"not for {list_of}; a period of a relation's list is asked with to")
    if since is not None and since > on:
        raise FieldError("since", f"since ({since}) must not be after on ({on})")
    if to is not None and to < on:
        raise FieldError("to", f"to ({to}) must not be before on ({on})")
    pid = named_param("person", person_asked, facts, person) if person is not None else None
    table = (facts.records.lookups.get("question_words") or {}).get("state_list_questions") or {}
    entry: dict[str, Any] = next((e for e in table.get("lists") or [] if e.get("list_of") == list_of), {})
    answer = (list_answer(facts, list_of, list(entry.get("statuses") or []), since, on, pid, within=True)
              if since is not None else list_answer(facts, list_of, list(entry.get("statuses") or []), on, to or on, pid))
    if repeated:  # round 46: the States found more than once, as the question's read gives them
        answer = found_more_than_once(facts, answer)
    question = {"list_of": list_of, "list_words": LIST_WORDS[list_of] + (" more than once" if repeated else ""),
                "statuses": list(entry.get("statuses") or []), "on": answer["on"], **({"repeated": True} if repeated else {}), **({"to": to.isoformat()} if to is not None and to != on else {}),
                **({"since": since.isoformat()} if since is not None else {}), "person": pid,
                "person_name": facts.records.persons[pid].name if pid else None}
    period = {k: answer[k] for k in ("list_changes", "count_first", "count_last") if answer.get(k) is not None}
    graded: dict[str, Any] = grade_sources_in({"question": question, "count": answer["count"],
                                               "states_listed": answer["states_listed"], **period,
                                               "in_words": answer["in_words"], "coverage_notice": answer["coverage_notice"]},
                                              facts.publishers)
    return graded
