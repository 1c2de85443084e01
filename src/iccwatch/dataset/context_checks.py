"""Rules against records whose values contradict their context (round three of the bad records: each rule
is general, names no State or person, and names the file, the record and the field).

- Warrants: no status dated after the date the record checked warrants through (``meta.yaml``: a later
  status may be missing, so a recorded one is a slip or belongs to a later pass that must move the date).
- Applications: a warrant ``kind: application`` (the Prosecutor's request, not granted or not known to
  be) has no issue date and no status of a warrant issued or executed (only ``requested``, ``deceased``,
  ``warrant_withdrawn``, ``proceedings_terminated``): once issued it is a warrant or a summons.
- A warrant, summons or application names its crimes (Art. 58(3)(b), 58(7)(b)); a ruling on a person
  (confirmation of charges, fitness, interim release, conviction, acquittal, sentence) names the person.
- Status by a State: ``by_state`` names the State that arrested, surrendered, released or brought the
  person to appear; the Court's own acts (issue, conviction, termination ...) have none.
- Requests: a State does not request itself; the Court requests arrest and surrender (Art. 89), a State
  extradition (Art. 90): not the other way round.
- Ids: an id that begins with a date (``2017-03-29-...``) begins with the record's own date, and a
  measure's id that begins with a State code (``alb-...``) names its State; a record renamed on purpose
  (an id kept so that references stay valid) says so in its note (the word 'id'), and, for an id's day,
  names the day the id keeps (as written or in words: '23 February', session 30).
- Filing numbers: a decision's or position's ``record_number`` is a Court number (``ICC-NN/NN``, a case
  ``ICC-NN/NN-NN/NN``, a request under regulation 46(3) ``ICC-RoC46(3)-NN/NN``, or a filing
  ``ICC-NN/NN-NN/NN-NNN`` or transcript ``ICC-NN/NN-NN/NN-T-NNN`` in them, ``model.court_number``); a
  decision's is one of its own situation, unless it is of a regulation 46(3) request, which has none.
- Situations: the status is as of a date no earlier than the steps it follows (referral, preliminary
  examination, authorisation, investigation); the period of conduct covered does not begin after the
  investigation opened; a State referral is made by States Parties (Art. 14) on
  the referral date, by the record's own participation dates; a Security Council referral is made on
  the day the resolution was adopted (Art. 13(b)).
- Responses: a Council discussion (``unsc_discussion``, raised without an act) did not act, and a
  Council act or an Assembly resolution did (``acted``); a response about a situation is not dated before the situation's first step (its referral,
  preliminary examination or investigation), and names the situation of the findings it responds to.
- Instruments: no Security Council resolution before the Council first met (17 January 1946).
- States: a withdrawal's notification and effect under the Statute are dated to the day (Art. 127(1)
  counts a year from the day; a month would hide an effect dated too early); a State's ISO 3166-1 numeric code is the standard's for its alpha-3 code (where the standard
  lists the code); a status of implementing legislation that names a law or bill is not dated before
  the Statute it implements was adopted.
- Statements: a State that drafted a statement is among its signatories.
- Measures: sanctions lifted follow sanctions of the same author; an agreement with the Court, a referral to its Prosecutor or a measure against the Court is
  not dated before the Court existed (the Statute's entry into force).
- Sources: a pinpoint names no page or paragraph 0, no range that ends before it starts, and is not a
  web address (an address goes in ``url`` or ``copy_of``). Round 36: a range is read with any dash or in words
  (``pp. 14—12``, ``paras. 14 to 12``), ``¶`` numbers paragraphs as ``§`` sections, a range is not left open after a
  label in words, after a numbered suffix or before a bare label (``pages 3 to``, ``para. 12bis-``, ``p. 12-p.``), and
  one label does not list one number twice (``pp. 12, 12``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.pinpoint_checks import RANGE_DASH, RANGE_TO
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import per_record_problems, record_sources
from iccwatch.dataset.records import RecordSet
from iccwatch.model import DateSpan
from iccwatch.model.court_number import COURT_NUMBER, UNSITUATED
from iccwatch.model.rome_statute import ADOPTED, ENTRY_INTO_FORCE, party_intervals

#: The Security Council's first meeting: no resolution of it is older.
SECURITY_COUNCIL_FIRST_MET = dt.date(1946, 1, 17)
#: Any number the Court gives: a situation (ICC-02/05), a case (ICC-02/05-01/09) or a filing in either
#: (ICC-02/05-01/09-139, with the Court's suffixes: -Red, -Corr, -Anx1, " (OA2)").
_COURT_NUMBER = COURT_NUMBER
#: The measures that need the Court to exist: agreements with it, referrals to its Prosecutor and
#: conduct against it (a national law implementing the Statute may precede its entry into force).
_NEEDS_THE_COURT = ("sanctions_against_court", "proceedings_against_court_officials", "sanctions_lifted", "visa_denial_to_court_officials",
                    "cyberattack_on_court", "enforcement_of_sentences_agreement", "witness_relocation_agreement",
                    "interim_release_agreement", "other_cooperation_agreement", "host_state_agreement", "situation_referral")
#: An id's leading date (``2017-03-29-``, ``2025-10-``, ``2010-``), after a State code for a measure.
_ID_DATE = re.compile(r"^(?:[a-z]{3}-)?(\d{4}(?:-\d{2}){0,2})(?=-|$)")
_ID_KINDS = ("events", "decisions", "measures", "responses", "statements", "positions", "requests")
#: The labels of a page, paragraph, article or section number in a pinpoint (and the section and paragraph signs, § and
#: ¶); round 36 added sections and the labels of a document in the other languages the record cites (``par.``, ``párr.``,
#: ``pág.``, ``Rn.``, ``Abs.``, ``Seite``). Round 37 added footnotes (``fn.``, ``fns.``, ``footnote``) and the English
#: ``s.`` (a section), ``n.`` and ``nn.`` (a note), read only with their dot and only where no letter, dot or apostrophe
#: comes before them (``543 U.S. 2019`` is a law report's volume and page, ``Ann. 3`` an annex).
_PIN_LABEL = (r"(?:\b(?:p|pp|page|pages|para|paras|paragraph|paragraphs|art|arts|article|articles|sections?|ss|par|parr|p\u00e1rr|"
              r"p\u00e1g|p\u00e1gs|pag|pags|rn|rdnr|abs|seiten?|fn|fns|footnotes?)\.?|[\u00a7\u00b6]{1,2}"
              r"|(?<![\w.'\u2019])(?:s|n|nn)\.)")
#: A page or paragraph number in a pinpoint, and a range of them (any dash, or ``to``: round 36); round 37: each with a
#: letter after it (``pp. 12a-14``, ``paras. 14b-12a``), the letter ordering two places with one number.
_PIN_NUMBER = re.compile(_PIN_LABEL + r"\s*(\d+)([a-z])?(?:" + RANGE_TO + r"(\d+)([a-z])?)?\b", re.I)
#: "paras 12-" or "pp. 4 – ;": a range whose end was not written.
_PIN_OPEN_RANGE = re.compile(r"(\d+)\s*[-–]\s*(?:$|[,;)])")
#: Round 36: the same under a label, with any dash, after a numbered suffix (``para. 12bis-``), in words (``pages 3 to``)
#: or ending in a bare label (``p. 12-p.``).
_PIN_OPEN_LABELLED = re.compile(_PIN_LABEL + r"\s*(\d+)(?:bis|ter|quater|[a-z])?(?:\s*" + RANGE_DASH + r"\s*|\s+(?:to|through)\s*)(?:"
                                + _PIN_LABEL + r"\s*)?(?:$|[,;)])", re.I)
#: A range of pages numbered in lower-case Roman numerals (a preface's): ``pp. iv-xii``; round 37: or in upper-case ones
#: (``pp. IV-XII``), each range in one case, under a label (``Annex IV``, ``Part II`` name no range).
_PIN_ROMAN = re.compile(r"(?i:" + _PIN_LABEL + r")\s*([ivxlc]+|[IVXLC]+)" + RANGE_TO + r"([ivxlc]+|[IVXLC]+)\b")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
#: A list of numbers (or ranges) under one label: ``pp. 12, 14 and 16``; a number followed by a suffix, a sub-paragraph
#: or a decimal (``arts. 8 and 8 bis``, ``paras. 12 and 12(a)``, ``12bis``, ``12.5``) is another place, not read as one.
_PIN_ITEM = r"\d+(?:" + RANGE_TO + r"\d+)?(?![\w(]|\.\d|\s+(?:bis|ter|quater)\b|\s*\()"
_PIN_LIST = re.compile(_PIN_LABEL + r"\s*(" + _PIN_ITEM + r"(?:(?:\s*,\s*|\s+(?:and|&)\s+)" + _PIN_ITEM + r")+)", re.I)
_PIN_ADDRESS = re.compile(r"\b(?:https?|ftp)://|\bwww\.", re.I)


def _span(value: str) -> DateSpan:
    return DateSpan.parse(value)


def context_problems(r: RecordSet) -> list[Problem]:
    out: list[Problem] = []
    out += _warrant_cutoff(r)
    out += _applications(r)
    out += _by_state(r)
    out += _named_subjects(r)
    out += _requests(r)
    out += _ids(r)
    out += _court_numbers(r)
    out += _situations(r)
    out += _instruments(r)
    out += _responses(r)
    out += _states(r)
    out += _statements(r)
    out += _measures(r)
    out += _pinpoints(r)
    return out


def _warrant_cutoff(r: RecordSet) -> Iterator[Problem]:
    through = r.meta.checked_through_of("warrants")
    last = _span(through).last
    for wid, w in r.warrants.items():
        f = r.files[("warrants", wid)]
        for i, s in enumerate(w.status_history):
            if s.date and _span(s.date).first > last:
                yield Problem(f, wid, f"status_history[{i}].date", f"{s.status} on {s.date}, after the date warrants are checked "
                              f"through ({through}, meta.yaml): move that date on with the pass that found it, or correct the date")
        if w.unsealed and _span(w.unsealed).first > last:
            yield Problem(f, wid, "unsealed", f"unsealed on {w.unsealed}, after the date warrants are checked through ({through}, meta.yaml)")


#: What an application for a warrant can go through before a Chamber issues anything.
_APPLICATION_STATUSES = ("requested", "deceased", "warrant_withdrawn", "proceedings_terminated")


def _applications(r: RecordSet) -> Iterator[Problem]:
    for wid, w in r.warrants.items():
        if w.kind != "application":
            continue
        f = r.files[("warrants", wid)]
        if w.issued:
            yield Problem(f, wid, "kind", f"an application with an issue date ({w.issued}): an issued warrant is an arrest_warrant or a summons_to_appear")
        for i, s in enumerate(w.status_history):
            if s.status not in _APPLICATION_STATUSES:
                yield Problem(f, wid, f"status_history[{i}].status", f"{s.status!r} on an application: a warrant issued or executed is "
                              "recorded with kind arrest_warrant or summons_to_appear")


#: The statuses a State brings about (the others are the Court's acts or facts of no State).
_BY_A_STATE = ("arrested", "surrendered", "released", "appeared_voluntarily")


#: Rulings that are about a person: the person is named.
_ON_A_PERSON = ("confirmation_of_charges", "fitness_to_stand_trial", "interim_release", "conviction", "acquittal", "sentence")


def _named_subjects(r: RecordSet) -> Iterator[Problem]:
    for wid, w in r.warrants.items():
        if not w.crimes:
            yield Problem(r.files[("warrants", wid)], wid, "crimes", f"{'an' if w.kind[0] in 'aeiou' else 'a'} {w.kind.replace('_', ' ')} names the crimes it is for "
                          "(Art. 58(3)(b), 58(7)(b)): list their categories")
    for did, d in r.decisions.items():
        if d.kind in _ON_A_PERSON and not d.persons:
            yield Problem(r.files[("decisions", did)], did, "persons", f"a ruling of kind {d.kind!r} is about a person: name the person")


def _by_state(r: RecordSet) -> Iterator[Problem]:
    for wid, w in r.warrants.items():
        for i, s in enumerate(w.status_history):
            if s.by_state and s.status not in _BY_A_STATE:
                yield Problem(r.files[("warrants", wid)], wid, f"status_history[{i}].by_state", f"{s.status!r} is not done by a State "
                              f"({', '.join(_BY_A_STATE)} are): leave by_state out, or say in the note what {s.by_state} did")


def _requests(r: RecordSet) -> Iterator[Problem]:
    for key, rq in r.requests.items():
        f = r.files[("requests", key)]
        if rq.requesting == rq.requested_state:
            yield Problem(f, key, "requesting", f"{rq.requesting} cannot request itself (requested_state is {rq.requested_state})")
        if rq.requesting == "ICC" and rq.kind == "extradition":
            yield Problem(f, key, "kind", "the Court requests arrest and surrender (Art. 89), not extradition: extradition is a State's request (Art. 90)")
        if rq.requesting != "ICC" and rq.kind == "arrest_and_surrender":
            yield Problem(f, key, "kind", "arrest and surrender is the Court's request (Art. 89); a State requests extradition (Art. 90)")


def _says_id(note: str | None) -> bool:
    return bool(note and re.search(r"\bid\b", note, re.I))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def _names_day(note: str | None, day: str) -> bool:
    """Whether ``note`` names the day ``day`` (YYYY-MM-DD) of an id it keeps: as written ('2012-09-23') or in words ('23
    February', '29 March 2017', 'February 23', the first day of a range '19-20 June', 'the 29th') (session 30). A month or a year alone
    names no day, and is not asked."""
    if not note or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return bool(note)
    if day in note:
        return True
    d, month = str(int(day[8:])), _MONTHS[int(day[5:7]) - 1]
    return bool(re.search(rf"(?<!\d){d}(?:\s*[-–]\s*\d{{1,2}})?\s+{month}\b|\b{month}\s+{d}(?!\d)|\bthe\s+{d}(?:st|nd|rd|th)\b", note))


def _ids(r: RecordSet) -> Iterator[Problem]:
    for kind in _ID_KINDS:
        for key, obj in r.of_kind(kind).items():
            f = r.files[(kind, key)]
            date = getattr(obj, "date", None)
            m = _ID_DATE.match(key)
            if m and isinstance(date, str) and not (date.startswith(m.group(1)) or m.group(1).startswith(date)) and \
                    not (_says_id(obj.note) and _names_day(obj.note, m.group(1))):
                yield Problem(f, key, "date", f"{date}, but the id begins with the date {m.group(1)}: correct the date or rename the record "
                              "(if the id keeps an earlier date on purpose, say so in the note, naming the id and the day it keeps)")
            state = getattr(obj, "state", None) if kind == "measures" else None
            code = key[:4]
            if state and re.match(r"^[a-z]{3}-", code) and code[:3] != state.lower() and not _says_id(obj.note):
                yield Problem(f, key, "state", f"{state}, but the id begins with the State code {code[:3]!r}: correct the State or rename the record")


def _court_numbers(r: RecordSet) -> Iterator[Problem]:
    for kind in ("decisions", "positions"):
        for key, obj in r.of_kind(kind).items():
            number = obj.record_number
            if number is None:
                continue
            f = r.files[(kind, key)]
            if not _COURT_NUMBER.match(number):
                yield Problem(f, key, "record_number", f"{number!r} is not a number of the Court's record (ICC-NN/NN, a case "
                              "ICC-NN/NN-NN/NN, a request ICC-RoC46(3)-NN/NN, or a filing ICC-NN/NN-NN/NN-NNN or transcript "
                              "ICC-NN/NN-NN/NN-T-NNN)")
                continue
            situation = r.situations.get(getattr(obj, "situation", None) or "")
            own = situation.icc_number if situation else None
            if own and not UNSITUATED.match(number) and number != own and not number.startswith(own + "-"):
                yield Problem(f, key, "record_number", f"{number!r} is a number of another situation than {situation.id} ({own})")  # type: ignore[union-attr]


def _parties(r: RecordSet, iso3: str, day: dt.date) -> bool | None:
    state = r.states.get(iso3)
    if state is None:
        return None
    return any(iv.contains(day) for iv in party_intervals(state.participation))


def _situations(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.situations.items():
        f = r.files[("situations", key)]
        steps = [("referral_date", s.referral_date), ("investigation_opened", s.investigation_opened),
                 ("preliminary_examination.opened", s.preliminary_examination.opened if s.preliminary_examination else None),
                 ("authorisation.date", s.authorisation.date if s.authorisation else None)]
        for at, v in steps:
            if v and _span(s.status_as_of).last < _span(v).first:
                yield Problem(f, key, "status_as_of", f"status as of {s.status_as_of}, before the {at.replace('_', ' ')} of {v}: "
                              "a status is as of its latest source")
        if s.jurisdiction_from and s.investigation_opened and _span(s.jurisdiction_from).first > _span(s.investigation_opened).last:
            yield Problem(f, key, "jurisdiction_from", f"{s.jurisdiction_from}, after the investigation opened on {s.investigation_opened}: "
                          "the period of conduct an investigation covers cannot begin after it opened")
        if s.trigger == "state_referral" and s.referral_date and _span(s.referral_date).exact:
            day = _span(s.referral_date).first
            for i, iso in enumerate(s.referring_states):
                if _parties(r, iso, day) is False:
                    yield Problem(f, key, f"referring_states[{i}]", f"{iso} was not a State Party on {s.referral_date} by its record's "
                                  "dates: only a State Party refers a situation (Art. 14)")
        res = r.instruments.get(s.unsc_resolution or "")
        if s.trigger == "unsc_referral" and res and res.adopted and s.referral_date and s.referral_date != res.adopted:
            yield Problem(f, key, "referral_date", f"{s.referral_date}, but {res.id} was adopted on {res.adopted}: the Council refers "
                          "a situation by adopting the resolution (Art. 13(b))")


#: Response kinds that are an act adopted, and the one that is by definition no act.
_ACTS = ("unsc_action", "asp_resolution")


def _responses(r: RecordSet) -> Iterator[Problem]:
    for key, rs in r.responses.items():
        f = r.files[("responses", key)]
        if rs.kind == "unsc_discussion" and rs.acted is True:
            yield Problem(f, key, "acted", "true, but a unsc_discussion is raised in the Council without an act: if the Council acted, the kind is unsc_action")
        if rs.kind in _ACTS and rs.acted is False:
            yield Problem(f, key, "acted", f"false, but a {rs.kind} is an act adopted: if nothing was adopted, the kind says so")
        sit = r.situations.get(rs.situation or "")
        if sit is None:
            continue
        steps = [v for v in (sit.referral_date, sit.investigation_opened, sit.preliminary_examination.opened if sit.preliminary_examination else None) if v]
        if steps and _span(rs.date).last < min(_span(v).first for v in steps):
            yield Problem(f, key, "date", f"a response of {rs.date} about the situation {sit.id}, before the situation began "
                          f"(first step {min(steps, key=lambda v: _span(v).first)})")
        for at, did in [("decision", rs.decision), *((f"related_decisions[{i}]", d) for i, d in enumerate(rs.related_decisions))]:
            dec = r.decisions.get(did or "")
            if dec is not None and dec.situation != sit.id:
                yield Problem(f, key, "situation", f"{sit.id}, but the finding it responds to ({at}: {dec.id}) is in the situation {dec.situation}")


def _instruments(r: RecordSet) -> Iterator[Problem]:
    for key, ins in r.instruments.items():
        if ins.kind == "unsc_resolution" and ins.adopted and _span(ins.adopted).last < SECURITY_COUNCIL_FIRST_MET:
            yield Problem(r.files[("instruments", key)], key, "adopted",
                          f"{ins.adopted}, before the Security Council first met on {SECURITY_COUNCIL_FIRST_MET}")


def _states(r: RecordSet) -> Iterator[Problem]:
    import pycountry

    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        for i, a in enumerate(st.participation):
            if a.instrument == "rome-statute" and a.action in ("withdrawal_notified", "withdrawal_effective") and not _span(a.date).exact:
                yield Problem(f, iso3, f"participation[{i}].date", f"{a.action} needs an exact day, not {a.date!r}: Art. 127(1) counts one year from the notification's day")
        known = pycountry.countries.get(alpha_3=iso3)
        if known is not None and known.numeric != st.numeric:
            yield Problem(f, iso3, "numeric", f"{st.numeric!r}, but ISO 3166-1 gives {iso3} the numeric code {known.numeric!r}")
        for i, s in enumerate(st.implementing_legislation):
            if s.status != "none" and _span(s.as_of).last < ADOPTED:
                yield Problem(f, iso3, f"implementing_legislation[{i}].as_of",
                              f"status {s.status!r} of a law implementing the Statute as of {s.as_of}, before the Statute was adopted on {ADOPTED}")


#: A complete statement signed by fewer States than this, with no ``open_to``, is read by the index as
#: open to every State Party, so every other party counts as having declined it: the record must say
#: whom it was open to (a group's own statement, the States concerned) or accept the warning.
FEW_SIGNATORIES = 20


def _statements(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.statements.items():
        if s.complete and not s.open_to and len(s.signatories) < FEW_SIGNATORIES:
            yield Problem(r.files[("statements", key)], key, "open_to",
                          f"a complete list of only {len(s.signatories)} signatories with no open_to: the index counts every other State "
                          "Party as not having signed it; if it was a group's own statement or open only to some States, list them in "
                          "open_to (the signatories, for a group that spoke for itself) and say why in the note", severity="warning")
        signed = set(s.signatories)
        for i, iso in enumerate(s.drafters):
            if iso not in signed:
                yield Problem(r.files[("statements", key)], key, f"drafters[{i}]", f"{iso} drafted the statement but is not among its "
                              "signatories: add it there, or correct the drafters")


def _measures(r: RecordSet) -> Iterator[Problem]:
    for key, ms in r.measures.items():
        if ms.kind == "sanctions_lifted":
            earlier = [o for o in r.measures.values() if o.kind == "sanctions_against_court" and (o.state, o.author) == (ms.state, ms.author)
                       and _span(o.date).first <= _span(ms.date).last]
            if not earlier:
                yield Problem(r.files[("measures", key)], key, "kind", f"sanctions lifted on {ms.date}, but the record holds no earlier "
                              f"sanctions against the Court by {ms.state or ms.author or 'the same author'}")
        if ms.kind in _NEEDS_THE_COURT and _span(ms.date).last < ENTRY_INTO_FORCE:
            yield Problem(r.files[("measures", key)], key, "date",
                          f"a {ms.kind.replace('_', ' ')} on {ms.date}, before the Court existed (the Statute entered into force on {ENTRY_INTO_FORCE})")


def _pinpoint_problem(pin: str) -> str | None:
    if _PIN_ADDRESS.search(pin):
        return f"pinpoint {pin[:60]!r} is a web address: put the address in url (or copy_of) and say where in the document in the pinpoint"
    if m := (_PIN_OPEN_RANGE.search(pin) or _PIN_OPEN_LABELLED.search(pin)):
        return f"pinpoint {pin[:60]!r}: the range from {m.group(1)} has no end (write its last number, or the one number)"
    for m in _PIN_LIST.finditer(pin):
        items = [re.sub(RANGE_TO, "-", i) for i in re.split(r"\s*,\s*|\s+(?:and|&)\s+", m.group(1))]
        twice = next((i for n, i in enumerate(items) if i in items[:n]), None)
        if twice is not None:
            return f"pinpoint {pin[:60]!r} names {twice} twice under one label: write each page or paragraph once"
    for m in _PIN_NUMBER.finditer(pin):
        start, end = int(m.group(1)), m.group(3)
        if start == 0 or (end is not None and int(end) == 0):
            return f"pinpoint {pin[:60]!r} names number 0: pages, paragraphs, notes and articles are numbered from 1"
        if end is not None and len(end) < len(m.group(1)):  # "pp. 112-13": the end's leading digits are the start's
            end = m.group(1)[: len(m.group(1)) - len(end)] + end
        if end is not None and (int(end), (m.group(4) or "").lower()) < (start, (m.group(2) or "").lower()):
            first, last = m.group(1) + (m.group(2) or ""), m.group(3) + (m.group(4) or "")
            return f"pinpoint {pin[:60]!r}: the range {first}-{last} ends before it starts"
    for m in _PIN_ROMAN.finditer(pin):
        if _roman(m.group(2)) < _roman(m.group(1)):
            return f"pinpoint {pin[:60]!r}: the range {m.group(1)}-{m.group(2)} ends before it starts"
    return None


def _pinpoints(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _pinpoint_findings)


def _pinpoint_findings(obj: Any) -> Iterator[tuple[str, str]]:
    """(field path, message) of what ``_pinpoints`` finds in one record's sources, each source once: it depends on the
    record alone, so it is kept per record object (``walked``; each check of data/ read its 2,600 pinpoints again)."""
    for at, src in record_sources(obj):
        if not src.pinpoint:
            continue
        if (msg := _pinpoint_problem(src.pinpoint)) is not None:
            yield f"{at}.pinpoint", msg

