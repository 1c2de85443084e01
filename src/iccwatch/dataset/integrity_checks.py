"""Rules against records that contradict themselves or the records they name (round two of the bad
records: each rule is general, names no State or person, and names the file, the record and the field).

- Warrants: a status history tells one life of a warrant: ``requested``, ``issued`` and ``deceased`` at
  most once, nothing ``requested`` after the warrant moved on; no arrest or surrender while the person
  is already in the Court's custody (after a surrender, before a release or another end of custody);
  nothing at large, and no arrest, surrender, appearance, conviction or acquittal after the warrant was withdrawn or the
  proceedings terminated; a release, conviction or acquittal only of a person who was once arrested,
  surrendered or appeared. A case number is the situation's number and the case's own
  (``ICC-02/05-01/09`` in situation ``ICC-02/05``).
- Situations: the number is ``ICC-NN/NN``; the Council resolution a situation names refers that situation.
- Decisions: ``effective_until`` only on a postponement (``finding: postponement_allowed``).
- States: no two States with one name; no act under an instrument before the instrument was adopted (the Statute's own acts:
  ``checks._state_acts``).
- Statements: no more signatories announced than there are State codes (ISO 3166-1 has 249).
- Events: one trip (person, State, day and kind of trip) is recorded once, and not again under another day with every
  other field the same (occasion, follow-up, note and sources; round 33); no trip, planned or cancelled
  visit or failure to arrest in the person's own State (of nationality): only an arrest or surrender there.
- Sources: one address is not cited on one fact as both primary and secondary; a copy on another host
  (``copy_of``) is secondary.
- Lookups: a name in ``state_names.yaml`` names one State (a name of several goes under
  ``monitor.ambiguous``, with its reason).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import source_lists
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.dataset.walked import walked
from iccwatch.model import DateSpan
from iccwatch.model.person import CUSTODY_ENDS as _CUSTODY_ENDS
from iccwatch.model.person import WARRANT_ENDS as _WARRANT_ENDS

#: The Statute's acts dated before its adoption are ``checks._state_acts``' error ("before the Statute was adopted on
#: 1998-07-17", against ``model.rome_statute.ADOPTED``, with or without the instruments folder); the rule here for any
#: instrument leaves them to it, so such an act is one error, not two in two wordings (session 49).
STATUTE = "rome-statute"

_SITUATION_NUMBER = re.compile(r"^ICC-\d{2}/\d{2}$")
_CASE_NUMBER = re.compile(r"^ICC-\d{2}/\d{2}-\d{2}/\d{2}$")
#: Every ISO 3166-1 code there is: no statement is signed by more States.
MAX_STATES = 249
#: Statuses a warrant reaches once.
_ONCE = ("requested", "issued", "deceased")
#: The person is (or was) before the Court or a State's authorities.
_HELD = ("arrested", "surrendered", "appeared_voluntarily")
#: The Court's custody ends with one of these (as in consistency_checks).
#: After these the warrant has no further effect.
_AFTER_END = ("at_large", "arrested", "surrendered", "appeared_voluntarily", "convicted", "acquitted")
#: What only a trip abroad can be (a State's failure to arrest a visitor, a visit planned or called off).
_AWAY_ONLY = ("no_arrest", "arrest_and_release", "visit_planned", "visit_cancelled")


def integrity_problems(r: RecordSet) -> list[Problem]:
    out: list[Problem] = []
    out += _status_histories(r)
    out += _numbers(r)
    out += _decisions(r)
    out += _states(r)
    out += _statements(r)
    out += _trips(r)
    out += _sources(r)
    out += _state_names(r)
    return out


def _status_histories(r: RecordSet) -> Iterator[Problem]:
    for wid, w in r.warrants.items():
        f = r.files[("warrants", wid)]
        seen: dict[str, int] = {}
        held = in_custody = False
        ended: str | None = None
        for i, s in enumerate(w.status_history):
            at = f"status_history[{i}].status"
            if s.status in _ONCE and s.status in seen:
                yield Problem(f, wid, at, f"{s.status} twice (also status_history[{seen[s.status]}]): a warrant is {s.status} once")
            elif s.status == "requested" and any(k != "requested" for k in seen):
                yield Problem(f, wid, at, "requested after the warrant had moved on: the application comes first")
            if s.status in _AFTER_END and ended:
                yield Problem(f, wid, at, f"{s.status} after the warrant ended ({ended}): record a new warrant instead")
            elif s.status in ("arrested", "surrendered") and in_custody:
                yield Problem(f, wid, at, f"{s.status} while already in the Court's custody (surrendered, not released)")
            elif s.status in ("released", "convicted", "acquitted") and not held:
                yield Problem(f, wid, at, f"{s.status}, but the person was never arrested, surrendered or appeared (record that first)")
            seen.setdefault(s.status, i)
            held = held or s.status in _HELD
            if s.status == "surrendered":
                in_custody = True
            elif s.status in _CUSTODY_ENDS:
                in_custody = False
            if s.status in _WARRANT_ENDS:
                ended = s.status


def _numbers(r: RecordSet) -> Iterator[Problem]:
    for sid, s in r.situations.items():
        f = r.files[("situations", sid)]
        if s.icc_number is not None and not _SITUATION_NUMBER.match(s.icc_number):
            yield Problem(f, sid, "icc_number", f"{s.icc_number!r} is not a situation number (ICC-NN/NN, e.g. ICC-02/05)")
        res = r.instruments.get(s.unsc_resolution) if s.unsc_resolution else None
        if res is not None and res.situation is not None and res.situation != sid:
            yield Problem(f, sid, "unsc_resolution", f"{s.unsc_resolution} refers the situation {res.situation!r}, not this one")
    for wid, w in r.warrants.items():
        if w.case_number is None:
            continue
        f = r.files[("warrants", wid)]
        situation = r.situations.get(w.situation)
        if not _CASE_NUMBER.match(w.case_number):
            yield Problem(f, wid, "case_number", f"{w.case_number!r} is not a case number (ICC-NN/NN-NN/NN, e.g. ICC-02/05-01/09)")
        elif situation is not None and situation.icc_number and not w.case_number.startswith(situation.icc_number + "-"):
            yield Problem(f, wid, "case_number", f"{w.case_number!r} is not a case in situation {w.situation} ({situation.icc_number})")


def _decisions(r: RecordSet) -> Iterator[Problem]:
    for did, d in r.decisions.items():
        if d.effective_until is not None and d.finding != "postponement_allowed":
            yield Problem(r.files[("decisions", did)], did, "effective_until",
                          "effective_until is how long a postponement lasts: only with finding postponement_allowed")


def _states(r: RecordSet) -> Iterator[Problem]:
    for name_field in ("name", "name_fr", "official_name"):
        seen: dict[str, str] = {}
        for iso3, st in r.states.items():
            name = getattr(st, name_field, None)
            if not name:
                continue
            key = name.casefold()
            if key in seen:
                yield Problem(r.files[("states", iso3)], iso3, name_field, f"{name!r} is also the {name_field} of {seen[key]}")
            else:
                seen[key] = iso3
    # Round fifteen: and across the fields of one language (an official name that is another State's short name).
    for group in (("name", "short_name", "official_name"), ("name_fr", "official_name_fr")):
        owner: dict[str, tuple[str, str]] = {}
        for iso3, st in r.states.items():
            for name_field in group:
                name = getattr(st, name_field, None)
                if name:
                    owner.setdefault(name.casefold(), (iso3, name_field))
        for iso3, st in r.states.items():
            for name_field in group:
                name = getattr(st, name_field, None)
                other = owner.get(name.casefold()) if name else None
                if other is not None and other[0] != iso3 and other[1] != name_field:
                    yield Problem(r.files[("states", iso3)], iso3, name_field, f"{name!r} is also the {other[1]} of {other[0]}: text naming "
                                  f"{other[0]} would be read as {iso3}")
    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            inst = r.instruments.get(a.instrument)
            if inst is None or inst.adopted is None or a.instrument == STATUTE:
                continue
            if DateSpan.parse(a.date).surely_before(DateSpan.parse(inst.adopted).first):
                yield Problem(r.files[("states", iso3)], iso3, f"participation[{i}].date",
                              f"{a.action} on {a.date}, before {a.instrument} was adopted on {inst.adopted}")


def _statements(r: RecordSet) -> Iterator[Problem]:
    for sid, s in r.statements.items():
        if s.announced_signatories is not None and s.announced_signatories > MAX_STATES:
            yield Problem(r.files[("statements", sid)], sid, "announced_signatories",
                          f"{s.announced_signatories:,} signatories announced: more than there are States ({MAX_STATES} ISO 3166-1 codes)")


def _trips(r: RecordSet) -> Iterator[Problem]:
    seen: dict[tuple[str, str, str, str], str] = {}
    copies: dict[tuple[object, ...], str] = {}
    for eid, e in sorted(r.events.items()):
        person = r.persons.get(e.person)
        if person is not None and e.state in person.nationality and e.action in _AWAY_ONLY:
            yield Problem(r.files[("events", eid)], eid, "state", f"{e.state} is {e.person}'s own State (nationality): a stay at home is "
                          f"not a trip abroad ({e.action}); record only an arrest or surrender there")
        # Round 33: a copy under another day (the same trip, or a new trip whose texts and sources were not rewritten)
        texts = (e.occasion or "", e.followup or "", e.note or "")
        if any(texts):
            copy = (e.person, e.state, e.action, e.trip, texts, tuple(sorted({s.url for s in e.sources})))
            first = copies.setdefault(copy, eid)
            if first != eid and r.events[first].date != e.date:
                yield Problem(r.files[("events", eid)], eid, "date",
                              f"every field of this {e.trip} but its id and date ({e.date}) is {first}'s ({r.events[first].date}): the "
                              "same occasion, follow-up, note and sources: one trip recorded twice, or a copy whose texts and sources "
                              "were not rewritten for its own day")
        if not DateSpan.parse(e.date).exact:
            continue  # two trips in one month or year may both be real
        key = (e.person, e.state, e.date, e.trip)
        if key in seen:
            yield Problem(r.files[("events", eid)], eid, "date",
                          f"the same {e.trip} ({e.person} in {e.state} on {e.date}) is already recorded as {seen[key]}")
        else:
            seen[key] = eid


def _sources(r: RecordSet) -> Iterator[Problem]:

    for kind in KINDS:
        for key, rec in r.of_kind(kind).items():
            f = r.files[(kind, key)]
            for at, sources in walked(source_lists, rec):
                kinds: dict[str, tuple[str, int]] = {}
                for i, s in enumerate(sources):
                    if s.copy_of and s.kind == "primary":
                        yield Problem(f, key, f"{at}[{i}].kind", "a copy of a document on another host (copy_of) is secondary, not primary")
                    first = kinds.setdefault(s.url, (s.kind, i))
                    if first[0] != s.kind:
                        yield Problem(f, key, f"{at}[{i}].kind", f"{s.url} is cited on this fact as {s.kind} and as {first[0]} "
                                      f"(also {at}[{first[1]}]): one document is one kind")


def _state_names(r: RecordSet) -> Iterator[Problem]:
    table = r.lookups.get("state_names")
    names = table.get("names") if isinstance(table, dict) else None
    if not isinstance(names, dict):
        return
    seen: dict[str, str] = {}
    for code, listed in names.items():
        for i, name in enumerate(listed if isinstance(listed, list) else []):
            if not isinstance(name, str):
                continue
            other = seen.setdefault(name.casefold(), code)
            if other != code:
                yield Problem("data/lookups/state_names.yaml", "state_names", f"names.{code}[{i}]",
                              f"{name!r} is also a name of {other}: a name of several States goes under monitor.ambiguous, with its reason")
