"""Dates of one record against the records it is linked to (round twenty-nine, ``tests/dataset/ROUND29.md``): each record
is well formed alone, and the pair tells two stories. Each rule is general (no State or person is named) and names the
file, the record and the field.

Errors (the bundled record is clean of them):

* **a trip under no warrant**: an event whose action says a warrant was (not) executed (``no_arrest``, ``arrest``,
  ``arrest_and_release``, ``surrender``) that certainly began after every warrant or summons of the person had ended
  (a status of ``WARRANT_ENDS`` or ``deceased``): no warrant was left to execute, so either the action or a status is
  wrong;
* **an arrest after the surrender, across warrants**: a person's warrant records the person ``arrested`` by a State
  (``by_state``) on a day certainly after another of the person's warrants records the surrender to the Court, with no status of
  ``CUSTODY_ENDS`` (a release, an acquittal ...) on any of the person's warrants between: the person was in the
  Court's custody, where no State can arrest him. (Statuses of one warrant out of order are round nine's rule.)
* **before the situation began**: a position or a response dated certainly before a situation it names began (its
  referral, or the first of its preliminary examination and its investigation): a warrant's and a decision's are
  other rules', and a State's declaration under Art. 12(3) may precede the situation it accepts.

Warnings (the record may be right, and then says why):

* **a source dated after the record's checked_through**: a source of a record dated certainly after the day through
  which the record (or its kind, ``meta.coverage``) says it was checked: either the source was read and
  ``checked_through`` is behind it, or the source's date is wrong. A warning: while a round of edits is under way a
  source may be read before ``checked_through`` is moved;
* **a source long before the act it is cited for**: a source of a dated act (a warrant's issue, a decision, a
  response, a statement, a measure, a position, a request; since round thirty a trip, a treaty act, a warrant's status) dated more than a year before the act, without a ``note``
  saying what it states: an article of 2019 cannot state a warrant of 2023. Sources before an act are often right (an
  announcement, the application before a warrant), hence a year's leeway and the note.

Error (round thirty-four):

* **the Court's act before its own record**: a primary source of a warrant (``issued``), a decision or a request of the
  Court (``date``) dated certainly before the act, without a ``note``: a primary source of the Court's act is the act or
  the Court's report of it, which cannot precede it (a warrant's source dated the day before it was issued). An earlier
  primary document is sometimes right (the Prosecutor's application, a scheduling order announcing the day of a
  judgment): its note says what it states, as the bundled record's do.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model import DateSpan
from iccwatch.model.person import CUSTODY_ENDS, WARRANT_ENDS

#: Actions of an event that say a warrant was executed or not.
_UNDER_WARRANT = frozenset({"no_arrest", "arrest", "arrest_and_release", "surrender"})

#: Each dated act's own date field: the day its sources state it.
_ACT_DATE = {"warrants": "issued", "decisions": "date", "responses": "date", "statements": "date", "measures": "date",
             "positions": "date", "requests": "date",
             "events": "date"}  # round thirty: a report years before a trip cannot report it

#: How long before an act a source may be dated without a note saying what it states.
SOURCE_LEEWAY = dt.timedelta(days=366)


def linked_date_problems(r: RecordSet) -> list[Problem]:
    """Every problem of the rules above in ``r``."""
    problems: list[Problem] = []
    problems += _trip_under_no_warrant(r)
    problems += _arrest_after_surrender(r)
    problems += _before_the_situation(r)
    problems += _source_after_checked_through(r)
    problems += _source_long_before_act(r)
    problems += _primary_before_court_act(r)
    return problems


def _first(date: Any) -> dt.date:
    return DateSpan.parse(str(date)).first


def _last(date: Any) -> dt.date:
    return DateSpan.parse(str(date)).last


def _trip_under_no_warrant(r: RecordSet) -> Iterator[Problem]:
    ended: dict[str, list[tuple[dt.date, str, int, Any]] | None] = {}
    for wid, w in sorted(r.warrants.items()):
        ends = [(_last(s.date), wid, i, s) for i, s in enumerate(w.status_history)
                if s.date and (s.status in WARRANT_ENDS or s.status == "deceased")]
        if w.person not in ended:
            ended[w.person] = []
        if not ends:
            ended[w.person] = None  # a warrant still in force (or ended undated): the person is under it
        elif (so_far := ended[w.person]) is not None:
            so_far.append(min(ends, key=lambda e: e[0]))
    for key, e in sorted(r.events.items()):
        person_ends = ended.get(e.person)
        if e.action not in _UNDER_WARRANT or not person_ends:
            continue
        last_end = max(person_ends, key=lambda x: x[0])
        if _first(e.date) > last_end[0]:
            _, wid, i, s = last_end
            yield Problem(r.file_of("events", key), key, "date",
                          f"action {e.action} on {e.date}, after every warrant of {e.person} had ended (the last: {wid} "
                          f"status_history[{i}] {s.status} on {s.date}): no warrant was left to execute; correct the date, "
                          "the action or the status")


def _arrest_after_surrender(r: RecordSet) -> Iterator[Problem]:
    by_person: dict[str, list[tuple[dt.date, dt.date, str, int, Any]]] = defaultdict(list)
    for wid, w in sorted(r.warrants.items()):
        for i, s in enumerate(w.status_history):
            if s.date:
                by_person[w.person].append((_first(s.date), _last(s.date), wid, i, s))
    for statuses in by_person.values():
        statuses.sort(key=lambda x: (x[0], x[2], x[3]))
        for first, _, wid, i, s in statuses:
            if s.status != "arrested" or s.by_state is None:  # the Court serving a warrant on a detainee is not a State's arrest
                continue
            surrenders = [(last, w2, j, s2) for _, last, w2, j, s2 in statuses
                          if s2.status == "surrendered" and w2 != wid and last < first]
            if not surrenders:
                continue
            last_sur, w2, j, s2 = max(surrenders, key=lambda x: x[0])
            freed = any(s3.status in CUSTODY_ENDS and last_sur <= f3 and l3 <= first for f3, l3, _, _, s3 in statuses)
            if not freed:
                yield Problem(r.file_of("warrants", wid), wid, f"status_history[{i}].date",
                              f"arrested on {s.date}, after {w2} status_history[{j}] records the surrender to the Court on "
                              f"{s2.date} and no release or other end of custody between: correct a date or record the release")


def _source_after_checked_through(r: RecordSet) -> Iterator[Problem]:
    from iccwatch.dataset.record_walks import sources_of

    for kind in ("states", "instruments", "situations", "persons", "warrants", "decisions", "events", "statements", "positions",
                 "requests", "measures", "responses"):
        through = _last(r.meta.checked_through_of(kind))
        for key, rec in sorted(r.of_kind(kind).items()):
            for where, src in sources_of(rec):
                if src.date and _first(src.date) > through:
                    yield Problem(r.file_of(kind, key), key, f"{where}.date" if where else "date",
                                  f"source dated {src.date}, after the record's checked_through "
                                  f"{r.meta.checked_through_of(kind)}: move checked_through, or correct the source's date",
                                  severity="warning")


def _source_long_before_act(r: RecordSet) -> Iterator[Problem]:
    for kind, field in _ACT_DATE.items():
        for key, rec in sorted(r.of_kind(kind).items()):
            when = getattr(rec, field, None)
            if not when:
                continue
            yield from _long_before(r.file_of(kind, key), key, "", field, when, rec.sources)
    for kind, listed in _DATED_ITEMS.items():  # round thirty: a treaty act, a warrant's status
        for key, rec in sorted(r.of_kind(kind).items()):
            for j, item in enumerate(getattr(rec, listed, None) or []):
                if getattr(item, "date", None):
                    yield from _long_before(r.file_of(kind, key), key, f"{listed}[{j}].", "date", item.date, item.sources)


#: Sub-records that are dated acts with their own sources (kind -> list field).
_DATED_ITEMS = {"states": "participation", "warrants": "status_history"}


def _long_before(file: str, key: str, at: str, field: str, when: Any, sources: Any) -> Iterator[Problem]:
    for i, src in enumerate(sources):
        if src.date and not src.note and _first(when) - _last(src.date) > SOURCE_LEEWAY:
            yield Problem(file, key, f"{at}sources[{i}].date",
                          f"source dated {src.date}, more than a year before the {field} {when} it is cited for: "
                          "correct its date, or say in its note what it states", severity="warning")


#: The Court's own acts, each with the field of its day: their primary sources are the act or the Court's report of it.
_COURT_ACTS = {"warrants": ("issued", "the warrant issued"), "decisions": ("date", "the decision of"),
               "requests": ("date", "the request of")}


def _primary_before_court_act(r: RecordSet) -> Iterator[Problem]:
    for kind, (field, what) in _COURT_ACTS.items():
        for key, rec in sorted(r.of_kind(kind).items()):
            when = getattr(rec, field, None)
            if not when:
                continue
            for i, src in enumerate(rec.sources):
                if src.kind == "primary" and src.date and not src.note and _last(src.date) < _first(when):
                    yield Problem(r.file_of(kind, key), key, f"sources[{i}].date",
                                  f"a primary source dated {src.date}, before {what} {when} it is cited for: the Court's "
                                  "record of its own act cannot precede the act; correct the source's date, or say in its "
                                  "note what this earlier document states (an application, a scheduling order)")


def situation_begun(sit: Any) -> str | None:
    """The first day the record gives a situation: its referral, or where it has none the first of its preliminary
    examination's opening and its investigation's."""
    pe = sit.preliminary_examination
    return sit.referral_date or min((d for d in (pe.opened if pe else None, sit.investigation_opened) if d),
                                    key=lambda d: _first(d), default=None)


def _before_the_situation(r: RecordSet) -> Iterator[Problem]:
    """A position or a response dated before a situation it names began (a warrant's, a decision's and a Council
    resolution's are other rules'; a State's declaration under Art. 12(3) may precede the situation it accepts)."""
    named: list[tuple[str, str, Any, list[tuple[str, str]]]] = []
    for key, pos in sorted(r.positions.items()):
        named.append(("positions", key, pos.date, [(f"situations[{i}]", s) for i, s in enumerate(pos.situations)]))
    for key, rs in sorted(r.responses.items()):
        named.append(("responses", key, rs.date, [("situation", rs.situation)] if rs.situation else []))
    for kind, key, when, sits in named:
        if not when:
            continue
        for field, sid in sits:
            sit = r.situations.get(sid)
            begun = situation_begun(sit) if sit else None
            if begun and _last(when) < _first(begun):
                yield Problem(r.file_of(kind, key), key, field,
                              f"dated {when}, before the situation {sid} began ({begun}): correct the date or the situation")
