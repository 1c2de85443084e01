"""The record against itself: facts of one kind that another kind contradicts (issue 16, session 20's audit of the
record against itself). Each rule is general (no State or person is named) and names the file, the record and the
field. The older cross-record rules stay in the modules of their topics (``consistency_checks``, ``review_checks``,
``trip_checks``, ``custody_checks``, ...); these are the ones that audit added.

Errors (the record as it stands is clean of them):

* an **arrest or surrender event with no matching status**: an event ``arrest``, ``surrender`` or
  ``arrest_and_release`` dated to the day, of a person whose warrants record arrests or surrenders, none of them
  dated within the event's days (``date`` to ``end_date``): the event and the warrant tell two stories (the event
  is dated the day the State took the person; a surrender to the Court on a later day is the event's ``end_date``,
  or the warrant records the arrest of the event's day);
* **a handover no warrant records** (session 33): an event's ``surrendered.date`` (the handover to the Court dated apart
  from the arrest) of a person whose warrants record surrenders, none of them on a day the handover's date may be: the
  law reads the surrender from the warrant's status history, so the two must tell one story;
* **no arrest where the warrant records one**: an event ``no_arrest`` in a State on days that certainly include a
  day on which a warrant of the same person records him arrested or surrendered by that State;
* **a trip while a State still holds the person**: a visit or transit to another State that began after a custody
  spell (a warrant's ``custody``) that has no end, dated or not (``until`` and ``until_unknown`` both empty: the
  State holds the person still), began (round twelve reads the spells whose end is dated);
* **a name twice in another case**: an alias that is the person's name in another case (``Saif al-Islam`` /
  ``Saif Al-Islam``): names are matched without regard to case, so it is the same name twice (two aliases of one
  person differing only in case are round thirteen's warning);
* **a non-party among the States Parties**: a statement whose title says it is made by or for States Parties
  (``States Parties`` in its title) and a signatory or drafter that the record has bound by the Statute on none of
  the statement's days;
* **"no warrant" beside a public warrant**: a situation whose status says no (public) warrant was issued while the
  record holds a warrant or summons of the situation issued (and unsealed, where it was sealed) by the status's
  ``status_as_of``;
* **an event ruled on after the ruling**: a decision naming an event that certainly began after the decision;
* **a ruling on a trip that did not take place**: a decision naming a planned or cancelled trip (``trip: planned`` or
  ``cancelled``, or the action ``visit_planned`` or ``visit_cancelled``): the Court rules on what the host did when the
  person was there;
* **a note that dates its own status otherwise**: a warrant status dated to the day whose note says the same thing
  happened on another day (``arrested on 2015-07-31`` in the note of an ``arrested`` status of 2015-07-30) and does
  not name the status's own day (a note naming both, e.g. a first and a second arrest, is left to the reader);
* **a response that leaves out the State it answers for**: a response listing ``states`` that do not include the
  State of the finding it answers (its ``decision``).

Warnings (the record may be right, and the decision's note must then say why):

* **an event dated to a month or year within which the warrant changes**: an event of a person (``date`` or ``end_date``
  not to the day) whose days include, after the first of them, the day a warrant or summons of the person was issued,
  or a status that changes what is owed on it (``issued``, ``arrested``, ``surrendered``, or one that ends the warrant:
  ``warrant_withdrawn``, ``proceedings_terminated``, ``case_inadmissible``; an issue or end is left alone while
  another warrant of the person, issued before the event's days, stays in force through them): on some of the event's days the warrant
  stood one way and on others another, so ``assess events`` reads the host's duty as unknown, or as the wrong one. The
  warning names the warrant entries within the event's days; it goes once a source giving the day is read and cited;

* **a finding of a failure to arrest a foreigner with no trip**: a finding of non-compliance with a request for
  arrest and surrender, by a State that is the nationality of none of its persons, that names no event: a failure
  to arrest a visitor is a failure on a visit the record holds (``events``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, TypeGuard

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import parse_partial_date
from iccwatch.model.person import WARRANT_ENDS
from iccwatch.model.rome_statute import party_intervals

#: Event actions by which the host took the person (arrested, or arrested and surrendered).
_TAKEN = ("arrest", "surrender", "arrest_and_release")
#: Warrant statuses that record the person taken (by a State, or by the Court).
_HELD = ("arrested", "surrendered")
#: A title that says the statement is made by, or for, States Parties.
_PARTIES_TITLE = re.compile(r"\bStates\s+Parties\b", re.I)
#: A situation status that says no warrant (or no public warrant) has been issued.
_NO_WARRANT = re.compile(r"\bno\s+public\s+(?:arrest\s+)?warrants?\b"
                         r"|\bno\s+(?:arrest\s+)?warrants?\s+(?:(?:has|have)\s+been\s+|yet\s+|is\s+|are\s+)?(?:issued|public|made\s+public)\b",
                         re.I)


def cross_record_problems(r: RecordSet) -> list[Problem]:
    """Every problem the rules above find in ``r``."""
    out: list[Problem] = []
    out += _event_without_status(r)
    out += _handover_without_status(r)
    out += _no_arrest_while_arrested(r)
    out += _trip_during_open_spell(r)
    out += _name_in_another_case(r)
    out += _non_party_signatories(r)
    out += _no_warrant_beside_warrant(r)
    out += _event_after_ruling(r)
    out += _ruling_on_no_trip(r)
    out += _note_dates_own_status(r)
    out += _response_states(r)
    out += _finding_without_trip(r)
    out += _coarse_event_across_warrant_change(r)
    return out



def _exact(date: Any) -> TypeGuard[str]:
    return isinstance(date, str) and len(date) == 10


def _held_statuses(r: RecordSet) -> dict[str, list[tuple[str, int, Any]]]:
    """Person -> (warrant id, index, status) of every dated arrested or surrendered status."""
    out: dict[str, list[tuple[str, int, Any]]] = defaultdict(list)
    for wid, w in r.warrants.items():
        for i, s in enumerate(w.status_history):
            if s.status in _HELD and s.date:
                out[w.person].append((wid, i, s))
    return out


# ------------------------------------------------------------------------------------ events and warrants


def _event_without_status(r: RecordSet) -> Iterator[Problem]:
    held = _held_statuses(r)
    for key, e in r.events.items():
        if e.action not in _TAKEN or not _exact(e.date) or (e.end_date and not _exact(e.end_date)):
            continue
        statuses = held.get(e.person)
        if not statuses:  # no arrest or surrender at all: review_checks' rule says so
            continue
        first, last = parse_partial_date(e.date)[0], parse_partial_date(e.end_date or e.date)[1]
        if any(first <= parse_partial_date(s.date)[0] and parse_partial_date(s.date)[1] <= last for _, _, s in statuses):
            continue
        recorded = ", ".join(sorted({f"{s.status} {s.date}" for _, _, s in statuses}))
        days = e.date if not e.end_date else f"{e.date} to {e.end_date}"
        yield Problem(r.file_of("events", key), key, "date",
                      f"{e.action} on {days}, but no warrant of {e.person} records an arrest or surrender on "
                      f"{'that day' if not e.end_date else 'those days'} (recorded: {recorded}): date the event the day the "
                      "person was taken (end_date: the surrender to the Court), or record that day's status on the warrant")


def _handover_without_status(r: RecordSet) -> Iterator[Problem]:
    held = _held_statuses(r)
    for key, e in r.events.items():
        if e.surrendered is None:
            continue
        surrenders = [s for _, _, s in held.get(e.person, []) if s.status == "surrendered"]
        if not surrenders:  # no surrender at all on the warrants: the rule above and review_checks' say so
            continue
        first, last = parse_partial_date(e.surrendered.date)
        if any(parse_partial_date(s.date)[0] <= last and first <= parse_partial_date(s.date)[1] for s in surrenders):
            continue
        recorded = ", ".join(sorted({str(s.date) for s in surrenders}))
        yield Problem(r.file_of("events", key), key, "surrendered.date",
                      f"the handover to the Court is dated {e.surrendered.date}, but no warrant of {e.person} records a "
                      f"surrender then (recorded: {recorded}): date the handover as a source states it, and the warrant's "
                      "surrendered status alike (the law reads the warrant)")


def _no_arrest_while_arrested(r: RecordSet) -> Iterator[Problem]:
    held = _held_statuses(r)
    for key, e in r.events.items():
        if e.action != "no_arrest" or e.person not in held:
            continue
        first, last = parse_partial_date(e.date)[0], parse_partial_date(e.end_date or e.date)[1]
        for wid, i, s in held[e.person]:
            s_first, s_last = parse_partial_date(s.date)
            if s.by_state == e.state and first <= s_first and s_last <= last:
                yield Problem(r.file_of("events", key), key, "action",
                              f"no_arrest in {e.state} on {e.date}{' to ' + str(e.end_date) if e.end_date else ''}, but {wid} "
                              f"status_history[{i}] records the person {s.status} by {e.state} on {s.date}: correct the action, "
                              "the days or the status")
                break


def _trip_during_open_spell(r: RecordSet) -> Iterator[Problem]:
    held: dict[str, list[tuple[str, dt.date, str]]] = defaultdict(list)
    for wid, w in r.warrants.items():
        for c in w.custody:
            if c.until is None and c.until_unknown is None:
                held[w.person].append((c.held_by, parse_partial_date(c.since)[1], wid))
    for key, e in r.events.items():
        if e.trip not in ("visit", "transit") or e.action in ("visit_planned", "visit_cancelled") or e.person not in held:
            continue
        first = parse_partial_date(e.date)[0]
        for state, since, wid in held[e.person]:
            if state != e.state and first > since:
                yield Problem(r.file_of("events", key), key, "date",
                              f"a trip to {e.state} on {e.date}, while {state} holds the person ({wid}: custody since "
                              f"{since}, with no end recorded): end the spell (until, or until_unknown), or correct the trip")
                break


# ---------------------------------------------------------------------------------------------- persons


def _name_in_another_case(r: RecordSet) -> Iterator[Problem]:
    for key, p in r.persons.items():
        for i, alias in enumerate(p.aliases):
            if alias != p.name and alias.casefold() == p.name.casefold():
                yield Problem(r.file_of("persons", key), key, f"aliases[{i}]",
                              f"{alias!r} is the person's name {p.name!r} in another case: names are matched without regard to "
                              "case, so it adds nothing; remove it")


# ------------------------------------------------------------------------------------------- statements


def _bound_during(st: Any, first: dt.date, last: dt.date) -> bool:
    """Whether the record has the State bound by the Statute on some day from ``first`` to ``last``."""
    return any(iv.contains(first) or iv.contains(last) or (first <= iv.start <= last)
               for iv in party_intervals(st.participation, "rome-statute"))


def _non_party_signatories(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.statements.items():
        if s.date is None or not _PARTIES_TITLE.search(s.title):
            continue
        first, last = parse_partial_date(s.date)
        for field, codes in (("signatories", s.signatories), ("drafters", s.drafters)):
            for i, iso3 in enumerate(codes):
                st = r.states.get(iso3)
                if st is not None and not _bound_during(st, first, last):
                    yield Problem(r.file_of("statements", key), key, f"{field}[{i}]",
                                  f"{iso3} was not bound by the Statute on {s.date} by the record's dates, but the statement is "
                                  "made by or for States Parties (its title): correct the signatory, or the State's acts")


# ------------------------------------------------------------------------------------------- situations


def _public_by(w: Any) -> str | None:
    """The day a warrant or summons was public (its issue, or its unsealing where it was sealed), if dated."""
    if w.kind == "application" or not w.issued:
        return None
    return str(w.unsealed) if w.unsealed else str(w.issued)


def _no_warrant_beside_warrant(r: RecordSet) -> Iterator[Problem]:
    for key, sit in r.situations.items():
        if not _NO_WARRANT.search(sit.status):
            continue
        as_of = parse_partial_date(sit.status_as_of)[0]
        for wid, w in sorted(r.warrants.items()):
            public = _public_by(w)
            if w.situation == key and public and parse_partial_date(public)[1] <= as_of:
                yield Problem(r.file_of("situations", key), key, "status",
                              f"says no warrant is public as of {sit.status_as_of}, but {wid} ({w.kind.replace('_', ' ')}) was "
                              f"public from {public}: correct the status")
                break


# --------------------------------------------------------------------------------- decisions and responses


def _event_after_ruling(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        ruled = parse_partial_date(d.date)[1]
        for i, eid in enumerate(d.events):
            e = r.events.get(eid)
            if e is not None and parse_partial_date(e.date)[0] > ruled:
                yield Problem(r.file_of("decisions", key), key, f"events[{i}]",
                              f"{eid} began on {e.date}, after the decision of {d.date}: a ruling is on what happened before it")


def _ruling_on_no_trip(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        for i, eid in enumerate(d.events):
            e = r.events.get(eid)
            if e is not None and (e.trip in ("planned", "cancelled") or e.action in ("visit_planned", "visit_cancelled")):
                yield Problem(r.file_of("decisions", key), key, f"events[{i}]",
                              f"{eid} is a {e.action.replace('_', ' ')} ({e.trip}), a trip that did not take place: a ruling on "
                              "what the host did names a trip that took place")


#: A warrant status -> the words by which a note says it happened on a day (``arrested on 2015-07-30``).
_STATUS_WORDS = {
    "arrested": r"arrested",
    "surrendered": r"surrendered|transferred",
    "released": r"released",
    "deceased": r"died|killed",
    "issued": r"issued",
}


def _note_dates_own_status(r: RecordSet) -> Iterator[Problem]:
    for key, w in r.warrants.items():
        for i, s in enumerate(w.status_history):
            words = _STATUS_WORDS.get(s.status)
            if not words or not s.note or not _exact(s.date) or s.date in s.note:
                continue
            m = re.search(rf"\b(?:{words})\s+on\s+(\d{{4}}-\d{{2}}-\d{{2}})\b", s.note)
            if m and m.group(1) != s.date:
                yield Problem(r.file_of("warrants", key), key, f"status_history[{i}].note",
                              f"the note says {m.group(0)!r}, but the status is dated {s.date}: correct the date or the note")


def _response_states(r: RecordSet) -> Iterator[Problem]:
    for key, rs in r.responses.items():
        d = r.decisions.get(rs.decision) if rs.decision else None
        if d is not None and d.state and rs.states and d.state not in rs.states:
            yield Problem(r.file_of("responses", key), key, "states",
                          f"lists {', '.join(rs.states)} but not {d.state}, the State of the finding it answers ({d.id})")


def _finding_without_trip(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.finding != "non_compliance" or d.request_type != "arrest_surrender" or d.events or not d.state or not d.persons:
            continue
        nationals = {n for pid in d.persons if pid in r.persons for n in r.persons[pid].nationality}
        if d.state not in nationals:
            yield Problem(r.file_of("decisions", key), key, "events",
                          f"a finding that {d.state} failed to arrest {', '.join(d.persons)}, none of them its national, names no "
                          "trip: name the visit it is about (data/events), or say in the note why there is none", "warning")


# ------------------------------------------------------------------------- events dated coarser than a warrant change

#: Warrant statuses on whose day what a State owes on the warrant changes (the warrant's issue is read from ``issued``).
_DUTY_CHANGES = ("issued", "arrested", "surrendered", "warrant_withdrawn", "proceedings_terminated", "case_inadmissible")


def _warrant_changes(r: RecordSet) -> dict[str, list[tuple[str, str, Any, str]]]:
    """Person -> (where in the warrant, status, date, warrant id) of every dated issue or duty-changing status of a
    warrant or summons (an application is no warrant yet)."""
    out: dict[str, list[tuple[str, str, Any, str]]] = defaultdict(list)
    for wid, w in sorted(r.warrants.items()):
        if w.kind == "application":
            continue
        if w.issued:
            out[w.person].append((f"{wid} issued", "issued", w.issued, wid))
        for i, s in enumerate(w.status_history):
            if s.status in _DUTY_CHANGES and s.date and not (s.status == "issued" and s.date == w.issued):
                out[w.person].append((f"{wid} status_history[{i}]", s.status, s.date, wid))
    return out


def _another_in_force(r: RecordSet, person: str, wid: str, first: dt.date, last: dt.date) -> bool:
    """Whether a warrant or summons of ``person`` other than ``wid`` was issued before ``first`` and not ended by
    ``last``: then one warrant's issue or end within those days leaves what is owed on the person as it was."""
    for oid, w in r.warrants.items():
        if oid == wid or w.person != person or w.kind == "application" or not w.issued:
            continue
        ended = any(s.status in WARRANT_ENDS and s.date and parse_partial_date(s.date)[0] <= last for s in w.status_history)
        if parse_partial_date(w.issued)[1] < first and not ended:
            return True
    return False


def _coarse_event_across_warrant_change(r: RecordSet) -> Iterator[Problem]:
    changes = _warrant_changes(r)
    for key, e in sorted(r.events.items()):
        if e.person not in changes or (_exact(e.date) and (not e.end_date or _exact(e.end_date))):
            continue
        first, last = parse_partial_date(e.date)[0], parse_partial_date(e.end_date or e.date)[1]
        inside = []
        for where, status, date, wid in changes[e.person]:
            s_first, s_last = parse_partial_date(date)
            if not (s_last > first and s_first <= last):  # the change cannot fall after the event's first day, within its days
                continue
            if status not in _HELD and _another_in_force(r, e.person, wid, first, last):
                continue
            inside.append(f"{where} ({status.replace('_', ' ')} {date})")
        if inside:
            days = e.date if not e.end_date else f"{e.date} to {e.end_date}"
            yield Problem(r.file_of("events", key), key, "date",
                          f"dated {days}, not to the day, and within those days {e.person}'s warrant changes: "
                          f"{'; '.join(inside)}; the host's duty differs on either side, so assess events cannot tell it: "
                          "date the event to the day from a source that gives it (cite it), or keep the warning", "warning")
