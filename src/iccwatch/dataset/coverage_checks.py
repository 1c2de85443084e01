"""Checks of the coverage policy (docs/coverage.md) that the record can enforce.

- data/meta.yaml gives every record kind its own coverage (checked_through, the list it is checked
  against, what is incomplete), and no kind is checked beyond the record's cut-off; a kind checked only
  through an earlier date than the cut-off names what is incomplete (at least the period it was not
  checked for);
- every person under a public arrest warrant or summons (whatever the warrant's status) has an office
  history, or a note saying 'no office' was found and what was searched (an error);
- a person at large under a public arrest warrant or summons of whom no trip is recorded has a
  ``travel_gap`` saying what was searched for the person's travel and when (a warning, one per person);
- a situation's ``status_as_of`` is not before the date the situations were checked through: a status
  left at an older date while the kind claims a later one reads as current and may be stale (a warning);
- a cancelled trip says who cancelled it; a planned trip dated before the kind's checked_through
  says whether it happened (it is still planned only if the record says why);
- responses and measures refer to records that exist, and a response's body is a forum of the
  findings it answers;
- a finding of non-compliance referred to the Assembly or the Council has, for each forum it was
  referred to, a recorded response naming it, or ``responses_gap`` saying what was searched and that
  none was found (a warning, one per finding and forum, so the gap is counted);
- the coverage notes are written for readers: one naming a working session ("session 14") or a path under
  tests/ is a warning.

What the policy asks and the record cannot yet meet everywhere is not a check problem but a known gap,
listed kind by kind by :func:`known_gaps` (and so by ``iccwatch data coverage``): findings whose later
rulings are neither recorded nor noted as searched for and not found, findings referred to a forum with
no recorded response of that forum and no ``responses_gap``, half-years without a recorded Council briefing on a
situation it referred (and any person under warrant without an office
history, which the check above also reports as an error).

From the bad-input rounds seven to sixteen:

* an **entry of a coverage list written twice** (``meta.yaml``, ``coverage.<kind>.incomplete``)
  (``coverage_lists_twice``; tests/dataset/ROUND15.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from iccwatch.dataset.bookkeeping import bookkeeping
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.model import parse_partial_date
from iccwatch.model.court_number import FILING_NUMBER as COURT_FILING_NUMBER

META = "data/meta.yaml"
#: Words in a finding's note that record a search for later rulings that found none.
NONE_FOUND = ("no later ruling", "no later rulings")


def _warrant_subjects_have_offices(r: RecordSet) -> Iterator[Problem]:
    """Every person under a public arrest warrant or summons to appear, whatever the warrant's status, has an office
    history (``offices``) or a ``note`` saying that no (public) office was found, and what was searched: the immunity
    reasoning (Art. 27, 98(1)) needs to know. An error; an application for a warrant does not count."""
    no_office = ("no office", "no public office")
    subjects: dict[str, str] = {}
    for key, w in sorted(r.warrants.items()):
        if w.kind in ("arrest_warrant", "summons_to_appear"):
            subjects.setdefault(w.person, key)
    for pid, warrant in sorted(subjects.items()):
        p = r.persons.get(pid)
        if p is None or p.offices or any(w in (p.note or "").lower() for w in no_office):
            continue
        yield Problem(r.files[("persons", pid)], pid, "offices",
                      f"a person under a public warrant or summons ({warrant}) has an office history (offices), or a note saying "
                      "'no office' was found, with what was searched")


def coverage_problems(r: RecordSet) -> Iterator[Problem]:
    yield from _meta(r)
    yield from _warrant_subjects_have_offices(r)
    yield from _trips(r)
    yield from _situations_current(r)
    yield from _untravelled(r)
    yield from _references(r)
    yield from _finding_responses(r)
    yield from _decision_citability(r)
    yield from _measure_citability(r)
    yield from _key_fact_citability(r)


def known_gaps(r: RecordSet) -> dict[str, list[str]]:
    """By record kind: what the coverage policy asks for and the record does not (yet) hold."""
    persons = sorted(pid for pid in _warrant_subjects(r) if pid in r.persons and not _has_office_history(r.persons[pid]))
    followed = _followed(r)
    findings = sorted(key for key, d in r.decisions.items() if _wants_later_rulings(d, followed))
    gaps: dict[str, list[str]] = {}
    if persons:
        gaps["persons"] = [f"{len(persons)} person(s) under a public warrant or summons without an office history "
                           f"or a 'no office' note: {', '.join(persons)}"]
    silent = [pid for pid in _no_trip_recorded(r) if not getattr(r.persons[pid], "travel_gap", None)]
    if silent:
        gaps["events"] = [f"{len(silent)} person(s) at large under a public warrant with no trip recorded and no travel_gap "
                          f"saying what was searched: {', '.join(silent)}"]
    unanswered = [f"{key} ({', '.join(forums)})" for key, forums in _unanswered_referrals(r) if not r.decisions[key].responses_gap]
    if unanswered:
        gaps["responses"] = [f"{len(unanswered)} finding(s) referred to a forum with no recorded response of that forum and no "
                             f"responses_gap saying what was searched: {', '.join(unanswered)}"]
    for sid, halves in _briefing_gaps(r):
        gaps.setdefault("responses", []).append(
            f"{len(halves)} half-year(s) with no recorded briefing to the Security Council on {r.situations[sid].name}, a situation it "
            f"referred (its referral invites the Prosecutor to brief every six months): {', '.join(halves)}")
    if findings:
        gaps["decisions"] = [f"{len(findings)} finding(s) of non-compliance whose later rulings are neither recorded (appeal_of / "
                             f"follows) nor noted as searched for ('no later ruling'): {', '.join(findings)}"]
    return gaps


def _warrant_subjects(r: RecordSet, at_large_only: bool = False) -> set[str]:
    out = set()
    for w in r.warrants.values():
        if w.kind not in ("arrest_warrant", "summons_to_appear"):
            continue
        if at_large_only and not (w.status_history and w.status_history[-1].status == "at_large"):
            continue
        out.add(w.person)
    return out


def _has_office_history(p: object) -> bool:
    note = getattr(p, "note", None) or ""
    return bool(getattr(p, "offices", None)) or "no office" in note.lower()


def _followed(r: RecordSet) -> set[str]:
    return {d.appeal_of for d in r.decisions.values() if d.appeal_of} | {d.follows for d in r.decisions.values() if d.follows}


def _wants_later_rulings(d: object, followed: set[str]) -> bool:
    if getattr(d, "kind", None) != "non_compliance" or getattr(d, "finding", None) != "non_compliance" or getattr(d, "id", None) in followed:
        return False
    note = (getattr(d, "note", None) or "").lower()
    return not getattr(d, "later_rulings_gap", None) and not any(w in note for w in NONE_FOUND)


def _unanswered_referrals(r: RecordSet) -> list[tuple[str, list[str]]]:
    """Findings of non-compliance referred to the Assembly and/or the Council, each with the forums
    (``ASP``, ``UNSC``) whose recorded responses do not name it, in the order of the record."""
    answered: dict[str, set[str]] = {}
    for rs in r.responses.values():
        for about in rs.about_decisions():
            answered.setdefault(about, set()).add(rs.body)
    out = []
    for key, d in sorted(r.decisions.items()):
        if d.kind != "non_compliance" or d.finding != "non_compliance" or d.referred_to is None or d.referred_to == "none":
            continue
        forums = [f for f in d.referred_to.split("+") if f not in answered.get(key, set())]
        if forums:
            out.append((key, forums))
    return out


def _half(day: dt.date) -> tuple[int, int]:
    return (day.year, 1 if day.month <= 6 else 2)


def _briefing_gaps(r: RecordSet) -> list[tuple[str, list[str]]]:
    """For each situation the Security Council referred: the half-years (``2012-H2``) in which no Council
    briefing or act on it is recorded. The referral resolutions invite the Prosecutor to brief the Council
    within two or three months and every six months thereafter (S/RES/1593 (2005) para. 8, S/RES/1970 (2011)
    para. 7), so the policy (docs/coverage.md, responses) asks for one a half-year: counted from the half-year
    three months after the referral to the last half-year ended by the responses' checked_through. A response dated only to a
    year counts for neither half. A listed half-year is a gap of the record, not proof that no briefing was held."""
    through = parse_partial_date(r.meta.checked_through_of("responses"))[1]
    last = _half(through) if through.month in (6, 12) and through == _end_of_half(through) else _previous(_half(through))
    out = []
    for sid, sit in sorted(r.situations.items()):
        if sit.trigger != "unsc_referral" or not sit.referral_date:
            continue
        held: set[tuple[int, int]] = set()
        for rs in r.responses.values():
            if rs.body != "UNSC" or rs.situation != sid or rs.kind not in ("unsc_discussion", "unsc_action"):
                continue
            first, end = parse_partial_date(rs.date)
            if _half(first) == _half(end):
                held.add(_half(first))
        start = parse_partial_date(sit.referral_date)[0] + dt.timedelta(days=92)
        half, missing = _half(start), []
        while half <= last:
            if half not in held:
                missing.append(f"{half[0]}-H{half[1]}")
            half = (half[0], 2) if half[1] == 1 else (half[0] + 1, 1)
        if missing:
            out.append((sid, missing))
    return out


def _end_of_half(day: dt.date) -> dt.date:
    return dt.date(day.year, 6, 30) if day.month <= 6 else dt.date(day.year, 12, 31)


def _previous(half: tuple[int, int]) -> tuple[int, int]:
    return (half[0], 1) if half[1] == 2 else (half[0] - 1, 2)


def _finding_responses(r: RecordSet) -> Iterator[Problem]:
    """A finding referred to the Assembly or the Council has that forum's response recorded (a response
    naming it in ``decision`` or ``related_decisions``), or ``responses_gap`` saying what was searched, when,
    and that none was found: the enforcement chain (``assess gaps``) otherwise reads "no recorded response"
    as if nothing was looked for. A warning, one per finding, naming the forums without a response."""
    for key, forums in _unanswered_referrals(r):
        d = r.decisions[key]
        if d.responses_gap:
            continue
        f = r.files.get(("decisions", key), f"data/decisions/{key}.yaml")
        yield Problem(f, key, "responses_gap", f"a finding referred to the {' and the '.join(forums)} has no recorded response of "
                      f"{'that forum' if len(forums) == 1 else 'those forums'} (a response in data/responses naming it in decision "
                      "or related_decisions): record it, or say in responses_gap what was searched, when, and that none was "
                      "found", "warning")


def _meta(r: RecordSet) -> Iterator[Problem]:
    cut_off = parse_partial_date(r.meta.checked_through)[1]
    for kind, c in r.meta.coverage.items():
        if kind not in KINDS:
            yield Problem(META, "meta", f"coverage.{kind}", f"unknown record kind {kind!r}; kinds are {', '.join(KINDS)}")
        elif parse_partial_date(c.checked_through)[1] > cut_off:
            yield Problem(META, "meta", f"coverage.{kind}.checked_through",
                          f"{c.checked_through} is after the record's checked_through {r.meta.checked_through}")
        elif parse_partial_date(c.checked_through)[1] < cut_off and not c.incomplete:
            yield Problem(META, "meta", f"coverage.{kind}.incomplete",
                          f"checked only through {c.checked_through}, before the record's {r.meta.checked_through}: "
                          "name what is incomplete (at least the period not checked)", "warning")
    for kind in KINDS:
        if kind not in r.meta.coverage:
            yield Problem(META, "meta", f"coverage.{kind}", "no coverage recorded for this kind (checked_through, checked_against, incomplete)", "warning")
    yield from _reader_notes(r)


def _reader_notes(r: RecordSet) -> Iterator[Problem]:
    """The coverage notes are shown to readers (``iccwatch data coverage``, the About page): a note naming a working
    session or a path under tests/ is a warning, one per field and kind of bookkeeping."""
    fields: list[tuple[str, str]] = [("note", r.meta.note or "")]
    for kind, c in r.meta.coverage.items():
        fields += [(f"coverage.{kind}.checked_against", c.checked_against), (f"coverage.{kind}.complete", c.complete or "")]
        fields += [(f"coverage.{kind}.incomplete[{i}]", text) for i, text in enumerate(c.incomplete)]
    for field, text in fields:
        if (message := bookkeeping(text)) is not None:
            yield Problem(META, "meta", field, "a coverage note shown to readers " + message, "warning")


def _no_trip_recorded(r: RecordSet) -> list[str]:
    """Persons at large under a public arrest warrant or summons (a warrant whose latest status is
    ``at_large``) of whom no event is recorded, in key order."""
    travelled = {e.person for e in r.events.values()}
    return sorted(pid for pid in _warrant_subjects(r, at_large_only=True) if pid in r.persons and pid not in travelled)


def _untravelled(r: RecordSet) -> Iterator[Problem]:
    """The policy asks for every foreign trip of a person under a public warrant while at large
    (docs/coverage.md, events). A person at large of whom no trip is recorded must say, in ``travel_gap``,
    what was searched for the person's travel and when, so that an empty travel list reads as "searched,
    none found" and not as "not looked for". A warning, one per person."""
    for pid in _no_trip_recorded(r):
        if getattr(r.persons[pid], "travel_gap", None):
            continue
        yield Problem(r.files.get(("persons", pid), f"data/persons/{pid}.yaml"), pid, "travel_gap",
                      "a person at large under a public warrant with no trip recorded (data/events): say in travel_gap what "
                      "was searched for the person's travel abroad since the warrant, when, and what was (not) found", "warning")


def _trips(r: RecordSet) -> Iterator[Problem]:
    through = parse_partial_date(r.meta.checked_through_of("events"))[1]
    for key, e in sorted(r.events.items()):
        f = r.files[("events", key)]
        if e.trip == "cancelled" and e.cancelled_by is None:
            yield Problem(f, key, "cancelled_by", "a cancelled trip says who cancelled it (host_refused_entry, visitor_stayed_away, "
                          "moved_online, meeting_called_off, meeting_relocated, or unknown)", "warning")
        if e.trip == "planned" and parse_partial_date(e.end_date or e.date)[1] < through and not e.note:
            yield Problem(f, key, "trip", f"a trip planned for {e.date}, before events were checked through {through}: record "
                          "whether it took place (or a note saying why it is still open)")


def _situations_current(r: RecordSet) -> Iterator[Problem]:
    """A situation's status is "as of" its ``status_as_of``; the situations kind says it was checked through its
    ``checked_through``. A status dated earlier than that was not brought forward when the kind was checked (the
    issue's "statuses frozen"), yet answers read it as current through the kind's date. A warning, one per situation:
    bring ``status_as_of`` to the date through which the situation was searched (saying in the note what was
    found), or lower the kind's ``checked_through``."""
    through = r.meta.checked_through_of("situations")
    first_day = parse_partial_date(through)[0]
    for key, s in sorted(r.situations.items()):
        if parse_partial_date(s.status_as_of)[1] < first_day:
            yield Problem(r.files[("situations", key)], key, "status_as_of",
                          f"status as of {s.status_as_of}, but situations were checked through {through} (data/meta.yaml): "
                          "search the situation through that date and bring status_as_of to it (the note naming the latest "
                          "development found), or lower the kind's checked_through", "warning")


def _references(r: RecordSet) -> Iterator[Problem]:
    for key, rs in r.responses.items():
        f = r.files[("responses", key)]
        for i, d in enumerate(rs.related_decisions):
            dec = r.decisions.get(d)
            if dec is None:
                yield Problem(f, key, f"related_decisions[{i}]", f"unknown decision {d!r} (no data/decisions/{d}.yaml)")
            elif rs.body not in (dec.referred_to or "").split("+"):
                yield Problem(f, key, f"related_decisions[{i}]", f"decision {d} was not referred to the {rs.body} (referred to: {dec.referred_to})")
        if rs.situation and rs.situation not in r.situations:
            yield Problem(f, key, "situation", f"unknown situation {rs.situation!r} (no data/situations/{rs.situation}.yaml)")
        for i, iso in enumerate(rs.states):
            if iso not in r.states:
                yield Problem(f, key, f"states[{i}]", f"unknown state code {iso!r} (no data/states/{iso}.yaml)")
        if rs.decision and rs.decision in r.decisions and r.decisions[rs.decision].kind != "non_compliance":
            yield Problem(f, key, "decision", f"decision {rs.decision} is a {r.decisions[rs.decision].kind} ruling, not a finding referred to a forum")


#: A filing number: the situation or case number followed by the document's own number (a filing or a
#: hearing's transcript), with an optional suffix and an appeal label: ICC-02/05-01/09-139,
#: ICC-02/05-01/09-139-Corr, ICC-01/22-90, ICC-01/09-02/11-1032 (OA5), ICC-02/05-03/09-T-4-ENG,
#: ICC-RoC46(3)-01/18-37. A case number alone (ICC-02/05-01/09) is not one (model.court_number).
FILING_NUMBER = COURT_FILING_NUMBER


def _decision_citability(r: RecordSet) -> Iterator[Problem]:
    """What a lawyer needs to cite a decision and to know what became of it.

    - a decision whose ``record_number`` is not a filing number (a case or situation number only, or
      nothing) is a warning, one per decision, so the gap is counted; where the number was searched for
      and not found, ``primary_gap`` or ``note`` says so;
    - a finding of non-compliance (``finding: non_compliance``) that no recorded ruling follows
      (``appeal_of`` / ``follows``) must say in ``later_rulings_gap`` what was searched and that no later
      ruling was found (an error; an older note saying 'no later ruling' is still accepted);
    - ``later_rulings_gap`` on a decision that a recorded ruling does follow contradicts the record (a
      warning).
    """

    filing = re.compile(FILING_NUMBER)
    followed = {d.appeal_of for d in r.decisions.values() if d.appeal_of} | {d.follows for d in r.decisions.values() if d.follows}
    for key, d in sorted(r.decisions.items()):
        f = r.files.get(("decisions", key), f"data/decisions/{key}.yaml")
        if not (d.record_number and filing.match(d.record_number)):
            held = f"only {d.record_number!r}, a case or situation number" if d.record_number else "no record number"
            yield Problem(f, key, "record_number", f"no filing number (the record holds {held}); a filing number ends in the "
                          "document's own number, e.g. ICC-02/05-01/09-139", "warning")
        if d.kind != "non_compliance" or d.finding != "non_compliance":
            continue
        note = (d.note or "").lower()
        if key in followed:
            if d.later_rulings_gap:
                yield Problem(f, key, "later_rulings_gap", "a recorded ruling follows this finding (appeal_of / follows); "
                              "remove later_rulings_gap or say why it still applies in the note", "warning")
        elif not d.later_rulings_gap and not any(w in note for w in NONE_FOUND):
            yield Problem(f, key, "later_rulings_gap", "a finding of non-compliance has its later rulings recorded (a decision "
                          "with appeal_of or follows naming it) or later_rulings_gap saying what was searched, when, and that "
                          "none was found")


def _measure_citability(r: RecordSet) -> Iterator[Problem]:
    """A measure (a law, an agreement, a sanctions order, a criminal case) that cites no primary source
    must say in ``primary_gap`` what was searched for the primary text (the gazette, the agreement's text,
    the issuing government's page), as the record's key facts do: a warning, one per measure."""
    for key, m in sorted(r.measures.items()):
        if m.primary_gap or any(s.kind == "primary" for s in m.sources):
            continue
        f = r.files.get(("measures", key), f"data/measures/{key}.yaml")
        yield Problem(f, key, "primary_gap", "no primary source and no primary_gap: cite the measure's own text (a gazette, the "
                      "agreement, the issuing government's page) as primary, or say in primary_gap what was searched", "warning")


def _key_fact_citability(r: RecordSet) -> Iterator[Problem]:
    """A key fact (a Rome Statute act, a warrant or a dated status entry, a decision, an event) that cites no
    primary source must say in ``primary_gap`` what was searched for it, so that ``data sources`` lists every
    key fact without a primary as marked (issue 16): a warning, one per fact. A date derived by the
    Statute's rule (``derived_from``) cites the Statute itself and is not asked."""
    # imported here: this module is read by answers (``known_gaps``), which must not load the validated model
    from iccwatch.dataset.sources_policy import iter_facts
    from iccwatch.dataset.sources_report import key_fact_label

    for ref in iter_facts(r):
        label = key_fact_label(ref)
        if label is None or getattr(ref.fact, "primary_gap", None) or getattr(ref.fact, "derived_from", None):
            continue
        if any(s.kind == "primary" for s in ref.sources):
            continue
        yield Problem(ref.file, ref.key, ref.field("primary_gap"), f"a key fact ({label.replace('_', ' ')}) with no primary source and no "
                      "primary_gap: cite the Court's, the depositary's or the government's own text as primary, or say in "
                      "primary_gap what was searched", "warning")


def coverage_lists_twice(r: RecordSet) -> Iterator[Problem]:
    meta = r.meta
    coverage = getattr(meta, "coverage", None) or {}
    for kind, cov in coverage.items():
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(cov, "incomplete", None) or []):
            key = " ".join(str(item).split()).casefold()
            if key in seen:
                yield Problem("data/meta.yaml", "meta", f"coverage.{kind}.incomplete[{i}]", f"written twice (also "
                              f"coverage.{kind}.incomplete[{seen[key]}]): list each gap once")
            else:
                seen[key] = i
