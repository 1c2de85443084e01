"""What a decision of the Court (a ruling) may say against the rest of the record. Run by ``checks.py`` in the order of
``CHECKS`` there (tests/dataset/ROUND22.md, ROUND24.md, ROUND26.md).

Errors:

* a **case's decision dated before its situation's investigation opened** (a finding of non-compliance, a confirmation
  of charges, a conviction, a sentence... dated before ``investigation_opened``): each presupposes a warrant or summons,
  which Art. 58 gives only in an investigation. Rulings that may precede one (``other``: an authorisation or a
  jurisdiction ruling; appeals, reconsiderations and challenges) are not read (``decisions_before_investigation``);
* a decision whose ``appeal_of`` and ``follows`` name **the same decision**: a ruling on appeal names the decision it
  rules on in ``appeal_of`` only; ``follows`` is an earlier decision it completes (e.g. after a remand), so one decision
  cannot be both (``appeal_and_follows``);
* a ruling **dated after the death** the record states (not disputed) of a person it names: the proceedings end with the
  death (a ``deceased`` status, or since round 31 an ending whose ``ground`` is ``death``, by its day). A ruling terminating the proceedings or withdrawing the warrant (or one ruling on such a ruling, by
  ``appeal_of`` or ``follows``) comes after it by nature and is left alone (``rulings_after_death``);
* a ruling's ``outcome`` that names **another person of the record** by the person's id (an id is not words, and the
  ruling's persons are its ``persons``); by the person's name or alias it is a warning (a ruling may say whose case it
  severs the person's from: say so, or list the person) (``outcome_persons``);
* a ruling whose ``outcome`` or id says it is the person's **initial (first) appearance** before the Court, dated before
  any warrant of the person records the surrender or the voluntary appearance: the person appears only once in the
  Court's custody or on a summons (``appearances_before_custody``);
* a **finding of non-compliance on a trip made before the State was bound**: every trip to the State the finding
  names was made before the Statute entered into force for it, and on that day no Council resolution the record holds
  obliged it, and it had made no Art. 12(3) declaration and no Art. 87(5) arrangement (a former party keeps its duties
  for proceedings begun before its withdrawal took effect, Art. 127(2), so a withdrawal is not read here)
  (``findings_before_bound``; tests/dataset/ROUND19.md).

Warnings:

* a **confirmation of the charges dated after a trial judgment** of the person in the situation (a ``convicted`` or
  ``acquitted`` status, a conviction or an acquittal): the charges are confirmed before the trial (Art. 61), but a
  second case against the person (an Art. 70 case) may be confirmed after the first's judgment, so a note says so
  (``confirmations_after_verdicts``; tests/dataset/ROUND31.md).
* a **``responses_gap`` on a finding whose every forum has a recorded response** naming it (as the coverage checks'
  warning for a ``later_rulings_gap`` beside a recorded later ruling): the gap says what is missing
  (``response_gaps_answered``; tests/dataset/ROUND18.md).

From the bad-input rounds seven to sixteen:

* a **finding of non-compliance about a trip on which the State surrendered the person** (it did what the Court asked; a
  finding about an arrest the State did not follow with a surrender is a warning below) (``findings_on_compliance``;
  tests/dataset/ROUND7.md);
* (warning) a finding of non-compliance about a trip on which the State **arrested** the person (the finding must be
  about what followed, e.g. no surrender: say so in its note) (``findings_on_compliance``; tests/dataset/ROUND7.md);
* a **finding of non-compliance that treats as live a warrant that had ended**: every warrant of a person it names in
  its situation was withdrawn, its proceedings terminated or the case held inadmissible before the trip (or, with no
  trip, the decision) it is about (``findings_on_ended_warrants``; tests/dataset/ROUND8.md);
* a decision's **chamber that is no organ of the Court's judges** (a Pre-Trial, Trial or Appeals Chamber, the
  Presidency, the Plenary of Judges): the Office of the Prosecutor, a national court, a chamber numbered in Arabic
  figures, an Appeals Chamber with a number (there is one, of all the Appeals Division's judges, Art. 39(2)(b)(i):
  round 31); a **stage of a case ruled on by a Chamber of another division** (a confirmation of the charges by a Trial or
  the Appeals Chamber, a trial judgment by a Pre-Trial or the Appeals Chamber, a sentence by a Pre-Trial Chamber, an
  appeal judgment by a Pre-Trial or Trial Chamber: Arts. 61(7), 74, 76, 83, 110(3); round 33); and a **holding of a
  Chamber marked court: false** (``positions``) (``chambers``; tests/dataset/ROUND11.md);
* a **finding of non-compliance before the Court's request** it rules on: the record's requests to that State for that
  person are all dated after the finding (``findings_before_requests``; tests/dataset/ROUND11.md);
* a **conviction dated before the confirmation of charges** of the same person (``conviction_before_confirmation``;
  tests/dataset/ROUND11.md);
* a **postponement allowed** (Art. 95) with no admissibility challenge of that State on a warrant of the persons made by
  the day of the decision; an **admissibility challenge** dated after the cut-off or by a State before it existed
  (``postponements``; tests/dataset/ROUND11.md);
* (warning) a **response naming States, none of them the State of the finding it responds to**
  (``responses_naming_other_states``; tests/dataset/ROUND11.md);
* a gap written on a record it does not belong to: a ``later_rulings_gap`` on a ruling of another kind than a decision
  on non-compliance (a conviction, a sentence: the gap says what was searched for rulings following a finding), and a
  ``responses_gap`` on a decision referred to no forum (the gap says what was searched for the Assembly's or the
  Council's response to a referral) (``gaps_on_rulings``; tests/dataset/ROUND15.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import first_day, last_day
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan, parse_partial_date
from iccwatch.model.person import WARRANT_ENDS
from iccwatch.model.rome_statute import party_intervals

#: Decisions that presuppose a case (a warrant or summons, so an investigation: Art. 58).
CASE_DECISIONS = frozenset({"non_compliance", "warrant_challenge", "fitness_to_stand_trial", "interim_release", "confirmation_of_charges",
                            "conviction", "acquittal", "sentence", "proceedings_terminated", "warrant_withdrawn"})


#: Rulings that come after a death by nature: the Court ends the case or withdraws the warrant once it learns of it.
_AFTER_DEATH = ("proceedings_terminated", "warrant_withdrawn")


def decisions_before_investigation(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        sit = r.situations.get(d.situation)
        opened = sit.investigation_opened if sit else None
        if d.kind not in CASE_DECISIONS or not opened or not d.date:
            continue
        if DateSpan.parse(d.date).last < DateSpan.parse(opened).first:
            yield Problem(r.file_of("decisions", key), key, "date",
                          f"a decision of kind {d.kind} dated {d.date}, before the investigation of the situation {d.situation!r} opened on "
                          f"{opened}: it presupposes a warrant or summons, which is issued only in an investigation (Art. 58); correct "
                          "either date")


def appeal_and_follows(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.appeal_of is not None and d.appeal_of == d.follows:
            yield Problem(r.file_of("decisions", key), key, "follows",
                          f"appeal_of and follows both name {d.follows!r}: a ruling on appeal names the decision it rules on in "
                          "appeal_of only (follows is an earlier decision it completes, e.g. after a remand)")


def _deaths(r: RecordSet) -> dict[str, str]:
    died: dict[str, str] = {}
    for w in r.warrants.values():
        for sc in w.status_history:
            # a death stated as the ground of an ending (session 35): the person had died by that day
            dead = sc.status == "deceased" or (sc.ground == "death" and sc.status in _AFTER_DEATH)
            if dead and sc.date and not sc.disputed and (w.person not in died or last_day(sc.date) < last_day(died[w.person])):
                died[w.person] = sc.date
    return died


def rulings_after_death(r: RecordSet) -> Iterator[Problem]:
    died = _deaths(r)
    if not died:
        return
    for key, d in r.decisions.items():
        if d.kind in _AFTER_DEATH or any(
                (ref := r.decisions.get(x)) is not None and ref.kind in _AFTER_DEATH for x in (d.appeal_of, d.follows) if x):
            continue
        for i, pid in enumerate(d.persons):
            death = died.get(pid)
            if death and first_day(d.date) > last_day(death):
                yield Problem(r.file_of("decisions", key), key, f"persons[{i}]",
                              f"a ruling of kind {d.kind!r} on {d.date}, after the death of {pid} recorded on {death}: a ruling after a "
                              "death terminates the proceedings (kind proceedings_terminated) or withdraws the warrant")


_APPEARANCE = re.compile(r"\b(?:initial|first)[\s-]+appearance\b", re.IGNORECASE)


def appearances_before_custody(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if not (_APPEARANCE.search(d.outcome or "") or _APPEARANCE.search(key.replace("-", " "))):
            continue
        for i, pid in enumerate(d.persons):
            days = [sc.date for w in r.warrants.values() if w.person == pid for sc in w.status_history
                    if sc.status in ("surrendered", "appeared_voluntarily") and sc.date]
            if not any(first_day(day) <= last_day(d.date) for day in days):
                yield Problem(r.file_of("decisions", key), key, f"persons[{i}]",
                              f"an initial appearance on {d.date}, but no warrant of {pid} records 'surrendered' or 'appeared_voluntarily' "
                              "by then: a person appears before the Court once surrendered to it or on a summons; record the surrender "
                              "(or appearance) first, or correct the ruling's date or person")


@functools.lru_cache(maxsize=8)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(r"(?<![\w-])(" + alt + r")(?![\w-])", re.IGNORECASE)


def outcome_persons(r: RecordSet) -> Iterator[Problem]:
    outcomes = {key: d for key, d in r.decisions.items() if d.outcome}
    if not outcomes or not r.persons:
        return
    named: dict[str, list[tuple[str, str, bool]]] = {}  # a name in lower case: (as written, person id, is the id)
    for pid, p in r.persons.items():
        named.setdefault(pid.lower(), []).append((pid, pid, True))
        for n in sorted({p.name, *(p.aliases or [])}):
            if n and len(n) > 3:
                named.setdefault(n.lower(), []).append((n, pid, False))
    pattern = _names_pattern(tuple(sorted(named)))
    for key, d in outcomes.items():
        said: set[tuple[str, bool]] = set()
        for m in pattern.finditer(d.outcome or ""):
            for text, pid, is_id in named.get(m.group(1).lower(), []):
                if pid in d.persons or (pid, is_id) in said:
                    continue
                said.add((pid, is_id))
                if is_id:
                    yield Problem(r.file_of("decisions", key), key, "outcome",
                                  f"names the person {pid!r} by the id: a ruling's persons are its persons list, and its outcome says "
                                  "in words what it did")
                else:
                    yield Problem(r.file_of("decisions", key), key, "outcome",
                                  f"names {text!r} ({pid}), who is not among the ruling's persons: list the person if the ruling is on "
                                  "the person's case, or check the outcome is this ruling's", "warning")


_OWN_CONSENT = ("declaration_12_3", "declaration_12_3_confirmed", "ad_hoc_arrangement")


def _bound_before(r: RecordSet, iso3: str, situation: str, day: dt.date) -> bool:
    """Whether the record gives the State a duty to the Court on ``day``: the Statute in force for it on or before the
    day (a withdrawal is not read: Art. 127(2)), a Council resolution adopted by then obliging it, or its own Art. 12(3)
    declaration or Art. 87(5) arrangement made by then."""
    st = r.states.get(iso3)
    if st is None:
        return True  # an unknown State is refused elsewhere
    if any(iv.start <= day for iv in party_intervals(st.participation, "rome-statute")):
        return True
    if any(a.action in _OWN_CONSENT and parse_partial_date(a.date)[0] <= day for a in st.participation):
        return True
    for ins in r.instruments.values():
        if iso3 in ins.obliges_states and (ins.adopted is None or parse_partial_date(ins.adopted)[0] <= day):
            return True
    return False


def findings_before_bound(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.finding != "non_compliance" or d.state is None or not d.events or d.appeal_of:
            continue
        trips = [(i, r.events[eid]) for i, eid in enumerate(d.events) if eid in r.events and r.events[eid].state == d.state]
        if not trips:
            continue
        unbound = [(i, e) for i, e in trips if not _bound_before(r, d.state, d.situation, parse_partial_date(e.date)[1])]
        if len(unbound) == len(trips):
            i, e = unbound[0]
            yield Problem(r.file_of("decisions", key), key, f"events[{i}]",
                          f"a finding of non-compliance against {d.state} on the trip of {e.date}, when by the record's dates the "
                          f"Statute was not yet in force for {d.state}, no Council resolution obliged it and it had made no "
                          "Art. 12(3) declaration or Art. 87(5) arrangement: correct the trip, the finding or the State's acts")


def response_gaps_answered(r: RecordSet) -> Iterator[Problem]:
    answered: dict[str, set[str]] = {}
    for rs in r.responses.values():
        for about in rs.about_decisions():
            answered.setdefault(about, set()).add(rs.body)
    for key, d in sorted(r.decisions.items()):
        if not d.responses_gap or d.referred_to is None or d.referred_to == "none":
            continue
        forums = d.referred_to.split("+")
        if all(f in answered.get(key, set()) for f in forums):
            yield Problem(r.file_of("decisions", key), key, "responses_gap",
                          f"a recorded response of {' and of '.join(forums)} names this finding (decision or related_decisions), "
                          "every forum it was referred to: remove responses_gap or say why it still applies in the note", "warning")


def findings_on_compliance(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.finding != "non_compliance":
            continue
        for i, ek in enumerate(d.events):
            e = r.events.get(ek)
            if e is None or e.state != d.state or e.action not in ("surrender", "arrest"):
                continue
            if e.action == "surrender":
                yield Problem(r.files[("decisions", key)], key, f"events[{i}]",
                              f"a finding of non-compliance about {ek}, on which {e.state} surrendered the person: it did what the "
                              "Court asked (a finding about another failure names that failure's trip, or none)")
            else:
                yield Problem(r.files[("decisions", key)], key, f"events[{i}]",
                              f"a finding of non-compliance about {ek}, on which {e.state} arrested the person: say in the note "
                              "what the State failed to do after the arrest (e.g. surrender)", "warning")


def _ended(r: RecordSet, person: str, situation: str) -> tuple[dt.date, str] | None:
    """The day (and status) by which every warrant of ``person`` in ``situation`` had ended; None if one never did."""
    ends = []
    warrants = [w for w in r.warrants.values() if w.person == person and w.situation == situation and w.kind != "application"]
    for w in warrants:
        end = next(((s.date, s.status) for s in w.status_history if s.status in WARRANT_ENDS and s.date), None)
        if end is None:
            return None
        ends.append((parse_partial_date(end[0])[1], end[1]))
    return max(ends) if ends else None


def findings_on_ended_warrants(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.finding != "non_compliance" or d.request_type != "arrest_surrender":
            continue
        f = r.files[("decisions", key)]
        trips = [r.events[e] for e in d.events if e in r.events]
        about = min((parse_partial_date(e.date)[0] for e in trips), default=parse_partial_date(d.date)[0])
        for i, person in enumerate(d.persons):
            end = _ended(r, person, d.situation)
            if end and end[0] < about:
                yield Problem(f, key, f"persons[{i}]",
                              f"finds non-compliance about {person} on {about}, but every warrant of the person in "
                              f"{d.situation} had ended ({end[1]}, {end[0]}): no request to arrest was live")


#: The organs of the Court's judges that rule (the Chambers, in any numbering the Court uses, the Presidency, the Plenary).
#: The Appeals Chamber is one, of all the judges of the Appeals Division (Art. 39(2)(b)(i)): it has no number.
_CHAMBER = re.compile(r"^(?:(?:Pre-Trial|Trial) Chamber(?: (?:[IVXL]+|[A-Z]))?(?:\([A-Z]\))?(?: \(.+\))?|Appeals Chamber(?: \(.+\))?|Presidency|"
                      r"Plenary of Judges)$")


_HELD_BY_CHAMBER = re.compile(r"^(?:ICC )?(?:Pre-Trial|Trial|Appeals) Chamber\b")


#: The stages of a case only one division's Chamber rules on, with the Statute's article (round 33): the charges are
#: confirmed by a Pre-Trial Chamber (Art. 61(7)); a trial judgment (a conviction or an acquittal) is a Trial Chamber's
#: (Art. 74); a sentence is a Trial Chamber's (Art. 76) or, on appeal or on review, the Appeals Chamber's (Arts. 83(3),
#: 110(3)); an appeal judgment is the Appeals Chamber's (Art. 83).
_STAGE_CHAMBERS: dict[str, tuple[tuple[str, ...], str]] = {
    "confirmation_of_charges": (("Pre-Trial Chamber",), "a Pre-Trial Chamber confirms the charges (Art. 61(7))"),
    "conviction": (("Trial Chamber",), "a trial judgment is a Trial Chamber's (Art. 74); the Appeals Chamber's ruling on it is an appeal_judgment"),
    "acquittal": (("Trial Chamber",), "a trial judgment is a Trial Chamber's (Art. 74); the Appeals Chamber's ruling on it is an appeal_judgment"),
    "sentence": (("Trial Chamber", "Appeals Chamber"), "a sentence is a Trial Chamber's (Art. 76) or, on appeal or review, the Appeals Chamber's (Arts. 83(3), 110(3))"),
    "appeal_judgment": (("Appeals Chamber",), "an appeal judgment is the Appeals Chamber's (Art. 83)"),
}


def chambers(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if not _CHAMBER.match(d.chamber):
            yield Problem(r.files[("decisions", key)], key, "chamber",
                          f"{d.chamber!r} is not a Chamber of the Court: a decision is a Pre-Trial, Trial or Appeals Chamber's (numbered "
                          "in Roman figures, e.g. 'Pre-Trial Chamber II'), the Appeals Chamber's (one, with no number), the Presidency's or the Plenary of Judges'")
        elif d.kind in _STAGE_CHAMBERS:
            divisions, why = _STAGE_CHAMBERS[d.kind]
            if not d.chamber.startswith(divisions):
                yield Problem(r.files[("decisions", key)], key, "chamber",
                              f"a {d.kind.replace('_', ' ')} by the {d.chamber}: {why}")
    for key, p in r.positions.items():
        if _HELD_BY_CHAMBER.match(p.held_by) and not p.court:
            yield Problem(r.files[("positions", key)], key, "court",
                          f"held by {p.held_by.split(' (')[0]!r}, a Chamber of the Court, but court is false: a Chamber's holding "
                          "is the Court's (court: true)")


def findings_before_requests(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.kind != "non_compliance" or d.state is None or d.request_type != "arrest_surrender":
            continue
        for j, person in enumerate(d.persons):
            asked = [q for q in r.requests.values() if q.person == person and q.requested_state == d.state
                     and q.kind == "arrest_and_surrender"]
            if asked and all(first_day(q.date) > last_day(d.date) for q in asked):
                first = min(asked, key=lambda q: q.date)
                yield Problem(r.files[("decisions", key)], key, f"persons[{j}]",
                              f"a finding of {d.date} that {d.state} failed to arrest and surrender {person}, but the record's first "
                              f"request to it ({r.files[('requests', first.id)]}) is dated {first.date}, after the finding: correct one "
                              "of the dates")


def conviction_before_confirmation(r: RecordSet) -> Iterator[Problem]:
    confirmations: dict[str, list[tuple[str, str]]] = {}
    for key, d in r.decisions.items():
        if d.kind == "confirmation_of_charges":
            for p in d.persons:
                confirmations.setdefault(p, []).append((d.date, key))
    for key, d in r.decisions.items():
        if d.kind != "conviction":
            continue
        for j, p in enumerate(d.persons):
            for when, other in confirmations.get(p, []):
                if last_day(d.date) < first_day(when) and not any(first_day(w) <= last_day(d.date) for w, _ in confirmations[p]):
                    yield Problem(r.files[("decisions", key)], key, f"persons[{j}]",
                                  f"a conviction of {p} on {d.date}, before the confirmation of the charges ({other}, {when}): a trial "
                                  "follows the confirmation (Art. 61); correct one of the dates")
                    break


def postponements(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.finding != "postponement_allowed" or d.state is None:
            continue
        challenges = [c for w in r.warrants.values() if w.person in d.persons for c in w.admissibility_challenges
                      if c.by_state == d.state and first_day(c.made) <= last_day(d.date)]
        if not challenges:
            yield Problem(r.files[("decisions", key)], key, "finding",
                          f"a postponement allowed to {d.state} on {d.date}, but no warrant of {', '.join(d.persons) or 'its persons'} "
                          f"records an admissibility challenge by {d.state} made by then: Art. 95 allows a postponement only while one "
                          "is under consideration; record the challenge (admissibility_challenges)")


def responses_naming_other_states(r: RecordSet) -> Iterator[Problem]:
    for key, x in r.responses.items():
        d = r.decisions.get(x.decision or "")
        if d is not None and d.state and x.states and d.state not in x.states:
            yield Problem(r.files[("responses", key)], key, "states",
                          f"names {', '.join(x.states)}, but the finding it responds to ({d.id}) is about {d.state}: add {d.state}, or "
                          "correct the decision", severity="warning")


def gaps_on_rulings(r: RecordSet) -> Iterator[Problem]:
    for did, d in r.decisions.items():
        f = r.files[("decisions", did)]
        if d.later_rulings_gap and d.kind != "non_compliance":
            yield Problem(f, did, "later_rulings_gap", f"set on a {d.kind.replace('_', ' ')} ruling: the gap says what was searched "
                          "for the rulings that follow a decision on non-compliance (kind: non_compliance); leave it out here")
        if d.responses_gap and d.referred_to in (None, "none"):
            yield Problem(f, did, "responses_gap", "set on a decision referred to no forum (referred_to: "
                          f"{d.referred_to or 'unset'}): the gap says what was searched for the Assembly's or the Council's "
                          "response to a referral; leave it out, or record the referral")



def _verdicts(r: RecordSet, person: str, situation: str) -> list[tuple[dt.date, str, str]]:
    """(first day, 'convicted' or 'acquitted', where) of every verdict on ``person`` in ``situation``: the statuses of the
    person's warrants there and the trial judgments the record holds."""
    out = [(first_day(s.date), s.status, f"{r.file_of('warrants', key)} status_history[{i}]")
           for key, w in r.warrants.items() if w.person == person and w.situation == situation
           for i, s in enumerate(w.status_history) if s.status in ("convicted", "acquitted") and s.date]
    out += [(first_day(d.date), "convicted" if d.kind == "conviction" else "acquitted", key) for key, d in r.decisions.items()
            if d.kind in ("conviction", "acquittal") and person in d.persons and d.situation == situation]
    return sorted(out)


def confirmations_after_verdicts(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if d.kind != "confirmation_of_charges":
            continue
        for j, p in enumerate(d.persons):
            verdicts = _verdicts(r, p, d.situation)
            if not verdicts:
                continue
            day, status, where = verdicts[0]
            if day < first_day(d.date):
                yield Problem(r.file_of("decisions", key), key, f"persons[{j}]",
                              f"a confirmation of the charges against {p} on {d.date}, after a trial judgment in the situation "
                              f"({status} on {day}, {where}): the charges are confirmed before the trial (Art. 61); correct one of "
                              "the dates, or say in a note that the charges are of another case", severity="warning")
