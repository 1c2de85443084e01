"""Questions to the law engine: must a State arrest a person on a date, a State's duties, a person's travel map."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iccwatch.dataset.coverage import coverage as kinds_coverage
from iccwatch.dataset.coverage import coverage_notice
from iccwatch.dataset.names import normalise_name
from iccwatch.errors import FieldError
from iccwatch.facts import Facts, UnknownState
from iccwatch.law import arrest_obligation
from iccwatch.law.airspace import PRESENCES
from iccwatch.law.obligations import state_obligations
from iccwatch.law.travel import travel_map
from iccwatch.model.dates import DateSpan, date_sort_key
from iccwatch.model.rome_statute import ENTRY_INTO_FORCE
from iccwatch.service.assumptions import assumption_words
from iccwatch.service.common import graded

#: The record kinds the law engine's answers rest on (for the coverage notice).
LAW_KINDS = ("states", "instruments", "situations", "persons", "warrants", "decisions")


def _with_notice(answer: dict[str, Any], facts: Facts, on: dt.date, kinds: tuple[str, ...] = LAW_KINDS) -> dict[str, Any]:
    if facts.assumptions:  # each as a reader says it, beside the form typed ("assumptions")
        answer["assumptions_in_words"] = [assumption_words(facts, a) for a in facts.assumptions]
    notice = coverage_notice(facts.records, on, kinds)
    if notice:
        answer["coverage_notice"] = notice
    if on < ENTRY_INTO_FORCE:
        answer["doubts"] = [*answer.get("doubts", []),
                            f"{on.isoformat()} is before the Statute entered into force on {ENTRY_INTO_FORCE.isoformat()} "
                            "(Art. 126(1)): no duty under it, or under a referral to the Court, could exist then"]
    return answer


def not_yet_a_state(facts: Facts, iso3: str, on: dt.date) -> str | None:
    """Why ``iso3`` cannot be asked about on ``on`` where it did not yet exist as a State (its recorded ``since``, a
    State that came into being after the Statute was adopted), else None (round 28: South Sudan before 2011-07-09 was
    answered as a non-party; a State that did not exist had no status and no duty to answer about)."""
    st = facts.records.states.get(iso3)
    if st is None or st.since is None or not DateSpan.parse(st.since.date).surely_after(on):
        return None
    return (f"{st.name} did not yet exist as a State on {on.isoformat()}: it came into being on {st.since.date}, so it "
            "had no relation to the Statute and no duty to ask about then; ask about a day from then on")


def state_existing(facts: Facts, iso3: str, on: dt.date) -> str:
    """``iso3``, refused (naming the day it came into being) where the State did not yet exist on ``on``."""
    why = not_yet_a_state(facts, iso3, on)
    if why:
        raise FieldError("on", why)
    return iso3


def state_name_index(facts: Facts) -> dict[str, frozenset[str]]:
    """Every State's name, short and official names and aliases (data/lookups/state_names.yaml), normalised
    as persons' names are (case, accents, punctuation aside; a leading 'the' also dropped), to the States it
    names; built once per facts."""
    def compute() -> dict[str, frozenset[str]]:
        names: dict[str, set[str]] = {}
        aliases = facts.records.lookups.get("state_names", {}).get("names", {})
        for iso3, st in facts.records.states.items():
            for n in (st.name, st.short_name, st.official_name, *aliases.get(iso3, [])):
                if n:
                    key = normalise_name(n)
                    names.setdefault(key, set()).add(iso3)
                    if key.startswith("the "):
                        names.setdefault(key[4:], set()).add(iso3)
        return {k: frozenset(v) for k, v in names.items()}
    return facts.memoised("state_name_index", None, compute, maxsize=1)


def state_asked(facts: Facts, query: str) -> str:
    """The State a question names: by code or name as ``Facts.state`` takes it, else by its name or an
    alias compared as persons' names are (case, accents and punctuation aside: 'Cote d'Ivoire'); an
    unknown State is named in the error with the closest names of the record."""
    try:
        return facts.state(query).iso3
    except UnknownState as exc:
        unknown = exc
    names = state_name_index(facts)
    found = names.get(normalise_name(query), frozenset())
    if len(found) == 1:
        return next(iter(found))
    if "did you mean" in str(unknown):  # the words and the "did you mean" of every other command (session 38)
        raise unknown
    import difflib

    close = difflib.get_close_matches(normalise_name(query), list(names), n=3, cutoff=0.75)
    meant = list(dict.fromkeys((i, facts.records.states[i].name) for c in close for i in sorted(names[c])))
    hint = [f"{name} ({i})" for i, name in meant]
    raise UnknownState(f"unknown state {query!r}: give an ISO 3166-1 alpha-3 code such as HUN, or a State's name"
                       + (f"; did you mean {' or '.join(hint)}?" if hint else ""), asked=query, meant=meant)


def person_asked(facts: Facts, query: str) -> str:
    """The person a question names, by id, name, alias, variant or part of a name (``Facts.person``): a
    name that fits several persons, such as a bare surname two relatives share, is an error listing them."""
    return facts.person(query).id


@graded
def ask_arrest(facts: Facts, state: str, person: str, on: dt.date, presence: str = "territory") -> dict[str, Any]:
    """Whether ``state`` must arrest and surrender ``person`` on ``on``: the Determination with its reasoning.
    ``presence``: ``territory`` (default), ``airspace`` (an overflight), ``transit`` (a stop on the way elsewhere) or ``state_craft`` (aboard another State's
    warship or State aircraft on the territory)."""
    if presence not in PRESENCES:
        raise FieldError("presence", f"presence must be one of {', '.join(PRESENCES)}, not {presence!r}")
    iso3 = state_existing(facts, state_asked(facts, state), on)
    det = arrest_obligation(facts, iso3, person_asked(facts, person), on, presence)  # type: ignore[arg-type]
    return _with_notice(det.as_dict(), facts, on)


@graded
def ask_obligations(facts: Facts, state: str, on: dt.date) -> dict[str, Any]:
    """A State's duties of cooperation with the Court on ``on`` and their legal bases."""
    return _with_notice(state_obligations(facts, state_existing(facts, state_asked(facts, state), on), on), facts, on)


def persons_own_doubts(duties: dict[str, Any]) -> list[tuple[list[str], bool, str]]:
    """The doubts of the persons to arrest in a State's duties (``ask_obligations``) that the answer does not say
    itself: a death reported, a custody by a State resting on sources of medium confidence, a warrant under seal.
    Each doubt once, with the ids of the persons it concerns and whether it concerns every person listed (a doubt
    about the State asked, which its reasoning gives for each person, is said once, not once a person). The answer's
    doubts and a situation's (the record's check date) are left out. The CLI, the State's page and its report say
    them (session 34: they were in the JSON only, and a person reported dead was listed to arrest with no word of it)."""
    said = set(duties.get("doubts") or [])
    everyone: list[str] = []
    by_doubt: dict[str, list[str]] = {}
    for s in duties.get("situations") or []:
        for p in s.get("persons_to_arrest") or []:
            if p["person"] not in everyone:
                everyone.append(p["person"])
            for x in p.get("doubts") or []:
                if x not in said and x not in (s.get("doubts") or []) and p["person"] not in by_doubt.get(x, []):
                    by_doubt.setdefault(x, []).append(p["person"])
    return [(pids, len(everyone) > 1 and set(pids) == set(everyone), x) for x, pids in by_doubt.items()]


def obligations_for_page(facts: Facts, iso3: str, on: dt.date) -> dict[str, Any]:
    """``ask_obligations`` for a State's page and report, which say themselves when the State came into being: on a
    day before it, the law's answer as it stands (no duty), not the refusal a question gets."""
    if not_yet_a_state(facts, iso3, on):
        return _with_notice(state_obligations(facts, iso3, on), facts, on)
    return ask_obligations(facts, iso3, on)


@graded
def ask_travel(facts: Facts, person: str, on: dt.date) -> dict[str, Any]:
    """For every State: would it have to arrest ``person`` on ``on``?"""
    return _with_notice(travel_map(facts, person_asked(facts, person), on), facts, on, (*LAW_KINDS, "events"))


def coverage(facts: Facts, today: dt.date | None = None) -> dict[str, Any]:
    """Kind by kind: how many records, the period covered, checked_through, the list checked against,
    and what the coverage policy says is incomplete (the "About the data" page)."""
    return kinds_coverage(facts.records, today or dt.date.today())


def list_notice(facts: Facts, on: dt.date | None, kinds: tuple[str, ...]) -> str | None:
    """The coverage notice of a list asked on a day or run to a day (persons, States, events, decisions): once,
    when the day is after the ``checked_through`` of a kind the list rests on; None otherwise (no day asked)."""
    return coverage_notice(facts.records, on, kinds)


@graded
def ask_custody(facts: Facts, person: str, on: dt.date, state: str | None = None) -> dict[str, Any]:
    """Who arrested or surrendered ``person``, by the record, on ``on`` (session 32; the question round 37 taught the
    reader, 'Who surrendered Duterte?'): the record's arrest, arrest-and-release and surrender events of the person
    dated on or before ``on`` (one dated only to a month or a year that runs past ``on`` is kept with ``date_doubt``),
    oldest first, each with the State, its page, the day, the action, the event's id, whether it is disputed, its
    confidence and its sources (graded, primary first), and its stages (session 33: ``arrested_on``; ``surrendered_on``
    with ``surrendered_sources``, the sources that state the handover's day, where the record dates it apart and it
    fell on or before ``on``; ``surrender_pending`` where it fell after; ``surrendered_unknown``, why it is not dated);
    ``in_words`` says them, or that the record holds none; and
    the person's warrant status on ``on`` as the travel map gives it (``warrant``)."""
    from iccwatch.service.common import date_doubt, source_list
    from iccwatch.service.question import custody_records, custody_said, custody_stages

    pid = person_asked(facts, person)
    name = facts.records.persons[pid].name
    iso3 = named_param("state", state_asked, facts, state) if state is not None else None
    rows = []
    for _, e in custody_records(facts, pid, on):
        if iso3 is not None and e.state != iso3:  # 'Who arrested Duterte in the Philippines?' (session 33)
            continue
        held_by = facts.records.states.get(e.state)
        row: dict[str, Any] = {"state": e.state, "state_name": held_by.name if held_by else e.state, "state_url": f"/states/{e.state}",
                               "on": str(e.date), "action": e.action, "event": e.id, "disputed": e.disputed,
                               "confidence": e.confidence, "sources": source_list(e.sources)}
        if doubt := date_doubt(str(e.date), on):
            row["date_doubt"] = doubt
        if e.primary_gap:
            row["primary_gap"] = e.primary_gap
        stages = custody_stages(e, on)
        if "surrendered_sources" in stages:
            stages["surrendered_sources"] = source_list(stages["surrendered_sources"])
        row.update(stages)
        rows.append(row)
    said = [custody_said(r, name) + (" (disputed)" if r["disputed"] else "") for r in rows]
    travel = ask_travel(facts, pid, on)
    where = {"state": iso3, "state_name": facts.records.states[iso3].name} if iso3 else {}
    by = f"{where['state_name']} ({iso3})" if iso3 else "any State"
    return {"question": {"person": pid, "person_name": name, **where, "on": on.isoformat(), "asks": "custody"},
            "custody": rows,
            "in_words": "; ".join(said) + "." if said else
            f"The record holds no arrest or surrender of {name} by {by} on or before {on.isoformat()}.",
            "warrant": travel["warrant"], **({"coverage_notice": travel["coverage_notice"]} if travel.get("coverage_notice") else {})}


def named_param(field: str, resolve: Any, facts: Facts, value: str) -> str:
    """``resolve(facts, value)``, its not-found error naming the request's parameter ``field`` (session 33: a State or a
    person given as a query parameter, not the address's path, is named as the parameter it came in)."""
    from iccwatch.facts import UnknownPerson

    try:
        return str(resolve(facts, value))
    except (UnknownState, UnknownPerson) as exc:
        said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
        import copy

        err = copy.copy(exc)  # its "did you mean" States or persons kept (session 39: the error page links them)
        err.args = (f"{said} (the parameter {field})",)
        err.field = field
        raise err from None


#: The forums a finding of non-compliance is referred to (Art. 87(7)), in words.
FORUM_NAMES = {"ASP": "the Assembly of States Parties", "UNSC": "the Security Council"}


@graded
def ask_responses(facts: Facts, state: str, forum: str, on: dt.date) -> dict[str, Any]:
    """What ``forum`` (ASP or UNSC) did about the Court's findings of non-compliance against ``state`` (Art. 87(7)), by the
    record, on ``on`` (session 33; the question session 32 taught the reader, 'What sanctions did the Assembly impose on
    Mongolia?'): each finding dated on or before ``on``, oldest first, with its date, chamber, record number, where it was
    referred, whether a later ruling reversed it on appeal, its sources (graded, primary first) and the responses of
    ``forum`` the record ties to it (data/responses) dated on or before ``on``, each with its sources; where none, the
    record's note of its search (``responses_gap``). ``in_words`` says them, or that the record holds no finding."""
    from iccwatch.service.common import date_doubt, on_or_before, source_list

    if forum not in FORUM_NAMES:
        raise FieldError("forum", f"forum must be one of {', '.join(FORUM_NAMES)} (the Assembly of States Parties or the "
                                  f"Security Council), not {forum!r}")
    iso3 = named_param("state", state_asked, facts, state)
    st = facts.records.states[iso3]
    decisions = facts.records.decisions.values()
    reversed_by = {d.appeal_of: d for d in decisions if d.finding == "reversed_on_appeal" and d.appeal_of
                   and on_or_before(str(d.date), on)}
    findings = sorted((d for d in decisions if d.finding == "non_compliance" and d.state == iso3
                       and on_or_before(str(d.date), on)), key=lambda d: (date_sort_key(d.date), d.id))
    responses = sorted((r for r in facts.records.responses.values() if r.body == forum and on_or_before(str(r.date), on)),
                       key=lambda r: (date_sort_key(r.date), r.id))
    forum_name = FORUM_NAMES[forum]
    rows, said = [], []
    for d in findings:
        linked = [r for r in responses if d.id in r.about_decisions()]
        row: dict[str, Any] = {
            "finding": d.id, "date": str(d.date), "chamber": d.chamber, "record_number": d.record_number,
            "referred_to": d.referred_to, "disputed": d.disputed, "confidence": d.confidence,
            "summary": d.summary or d.outcome, "sources": source_list(d.sources), "responses_gap": d.responses_gap,
            "responses": [{"id": r.id, "body": r.body, "date": str(r.date), "kind": r.kind, "document": r.document,
                           "acted": r.acted, "summary": r.summary, "disputed": r.disputed, "confidence": r.confidence,
                           "sources": source_list(r.sources),
                           **({"date_doubt": x} if (x := date_doubt(str(r.date), on)) else {}),
                           **({"primary_gap": r.primary_gap} if r.primary_gap else {})} for r in linked]}
        if x := date_doubt(str(d.date), on):
            row["date_doubt"] = x
        if d.primary_gap:
            row["primary_gap"] = d.primary_gap
        if d.id in reversed_by:
            row["reversed_on_appeal"] = {"decision": reversed_by[d.id].id, "date": str(reversed_by[d.id].date)}
        rows.append(row)
        referred = (f"referred to {d.referred_to.replace('+', ' and ')}" if d.referred_to and d.referred_to != "none"
                    else "not referred")
        said.append(f"{d.date}: finding of non-compliance ({referred}), "
                    + (f"{len(linked)} response{'s' if len(linked) > 1 else ''} of {forum_name} linked to it"
                       if linked else f"no response of {forum_name} linked to it"))
    in_words = (f"The Court's findings of non-compliance against {st.name} ({iso3}) by {on.isoformat()}, by the record: "
                + "; ".join(said) + "." if said else
                f"The record holds no finding of non-compliance against {st.name} ({iso3}) by the Court on or before "
                f"{on.isoformat()}, so no response of {forum_name} to one.")
    answer = {"question": {"state": iso3, "state_name": st.name, "forum": forum, "forum_name": forum_name,
                           "on": on.isoformat(), "asks": "responses"},
              "findings": rows, "in_words": in_words}
    notice = coverage_notice(facts.records, on, ("decisions", "responses"))
    if notice:
        answer["coverage_notice"] = notice
    return answer
