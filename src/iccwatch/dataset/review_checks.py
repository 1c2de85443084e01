"""Rules a careful reviewer of a legal record applies (round four of the bad records: each rule is general,
names no State or person, and names the file, the record and the field).

- Text: a short field (a name, a title, a publisher, a chamber, an address) is not longer than any real
  one could be; no word mixes Latin letters with Greek or Cyrillic ones (a look-alike letter: ``Kоny``
  with a Cyrillic o would not match ``Kony`` when asked).
- Persons: no office taken up after the death a warrant records (not disputed).
- Warrants: no warrant for the crime of aggression issued before the Court's jurisdiction over it was
  activated (17 July 2018, Assembly resolution ICC-ASP/16/Res.5).
- States: an Art. 12(3) declaration covers no period before the Statute entered into force (Art. 11), and
  is not lodged by a State Party for a period in which it was already a party (it is the way for a State
  not party to accept jurisdiction; a State may lodge one before joining, for the period before); an ad
  hoc arrangement (Art. 87(5)) is with a State not party; a confirmation of a declaration follows a
  declaration; an Art. 124 declaration is made on becoming a party (on the day of the State's
  ratification or accession, or of the entry into force it brings); an instrument does not enter into
  force for a State before the State deposited its ratification or accession (a succession may apply
  from an earlier day, so it is not counted).
- Decisions: a finding of non-compliance concerns a State that had a duty to cooperate: a State Party (or
  one that had been a party, Art. 127(2)), a State the situation's Council resolution obliges, or one
  that accepted jurisdiction (Art. 12(3), an ad hoc arrangement); the Court refers a failure to the Security
  Council only where the Council referred the situation (Art. 87(7)); a finding reversed on appeal is a
  ruling on appeal (``appeal_of``); a ruling on appeal of, or following, a decision about a State is
  about the same State; a finding's events are trips that took place (not planned or cancelled); a conviction or acquittal is recorded on the day in a warrant of each person
  (``convicted``, ``acquitted``), and a sentence follows a recorded conviction.
- Filings: one filing number is one decision (two decisions do not share it), and a position citing a
  decision's filing number is dated as that decision.
- Situations: a situation the Security Council did not refer is in at least one State that was a party, or
  had accepted the Court's jurisdiction (Art. 12(3)), by the day the investigation opened (Arts. 12(2), 13).
- Measures: a State's referral of a situation (Art. 14) is made by a State Party on its date; where it
  targets a recorded situation, that situation is a State referral that names the State among its
  referring States, and the referral is not dated before the situation's first referral.
- Requests: whether the conduct is the same and whether an extradition treaty binds are questions of a
  competing extradition request (Art. 90), not of the Court's own request; the Court does not request the
  arrest of a person whose every warrant had already ended (withdrawn, proceedings terminated).
- Responses: an Assembly response does not cite a Security Council document (``S/...``, ``SC/...``) as its
  own, nor a Council response an Assembly one (``ICC-ASP/...``).
- Positions: a holding of the Court (``court: true``) is held by the Court's judges (a Chamber), not by a
  government or by the Prosecutor, the Registry or counsel (whose views are submissions), and is not dated
  before the Court existed.
- Responses of the Assembly are not dated before it first met (3 September 2002).
- Meta: no kind is checked through a date before the Statute was adopted.
- Events: an arrest or surrender is also in the person's warrant (its status history records an arrest or
  a surrender), and not on a day for which a warrant records the arrest or surrender by another State; an
  arrest and release has the release in a warrant of the person.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any

from iccwatch.caching import BoundedCache
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model import DateSpan
from iccwatch.model.court_number import FILING_DOCUMENT
from iccwatch.model.person import WARRANT_ENDS as _ENDED
from iccwatch.model.rome_statute import ADOPTED, ENTRY_INTO_FORCE, party_intervals
from iccwatch.model.state import Participation

#: The first day of the Assembly of States Parties' first session (3-10 September 2002, New York): no act of the
#: Assembly is older.
ASSEMBLY_FIRST_MET = dt.date(2002, 9, 3)
#: The day the Court's jurisdiction over the crime of aggression was activated (ICC-ASP/16/Res.5, para. 1).
AGGRESSION_ACTIVATED = dt.date(2018, 7, 17)

#: The longest a short field may be. The record's longest real values are far shorter (a person's name:
#: under 100 characters; a title: under 250; an address: under 400); an address of over 2,048 characters
#: is refused by common servers and browsers.
SHORT_FIELDS: dict[str, int] = {
    **dict.fromkeys(("name", "name_fr", "official_name", "official_name_fr", "short_name", "aliases"), 300),
    **dict.fromkeys(("title",), 1000),
    **dict.fromkeys(("publisher", "chamber", "held_by", "occasion", "outcome", "author", "case_number", "record_number", "document",
                     "icc_number", "citation", "symbol", "pinpoint"), 500),
    **dict.fromkeys(("url", "text_url", "copy_of"), 2048),
}
_INDEX = re.compile(r"\[\d+\]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_GREEK_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")
_WORD = re.compile(r"\w+")
#: Fields whose values are ids, codes or addresses: their own check names a look-alike letter more precisely
#: (not a slug, not an ISO code, not a host name).
_CODED = frozenset({"id", "person", "persons", "situation", "state", "states", "nationality", "signatories", "drafters", "open_to",
                    "events", "decision", "related_decisions", "appeal_of", "follows", "measure", "instrument", "counterparty",
                    "by_state", "requested_state", "requesting", "referring_states", "unsc_resolution", "obliges_states", "url",
                    "text_url", "domain", "iso3", "iso2", "numeric", "derived_from"})

_DEPOSITS = ("ratification", "accession", "acceptance", "approval", "ratification_or_accession")
_COUNCIL_DOC = re.compile(r"^SC?/")
_ASSEMBLY_DOC = re.compile(r"^ICC-ASP/")
_CHAMBER = re.compile(r"\b(?:Chambers?|Court|ICC|Presidency|Judges)\b", re.I)
#: Organs of the Court that are not its judges: their views are submissions, not holdings.
_NOT_JUDGES = re.compile(r"\b(?:Prosecutor|Registry|Registrar|Defence|Counsel)\b", re.I)


def _span(value: str) -> DateSpan:
    return DateSpan.parse(value)


# ---------------------------------------------------------------------------------------- text


def text_problems(rel: str, record: str, texts: Iterable[tuple[str, str]]) -> Iterator[Problem]:
    """The text rules, on a parsed file's texts (its ``texts_of(raw)``; called by the loader with its other text checks)."""

    for at, v in texts:
        leaf = _INDEX.sub("", at).rsplit(".", 1)[-1]
        limit = SHORT_FIELDS.get(leaf)
        if limit is not None and len(v) > limit:
            yield Problem(rel, record, at or None, f"{len(v):,} characters, too long for a {leaf} (at most {limit:,}): "
                          "put the rest in a note or summary")
        if leaf not in _CODED and _GREEK_CYRILLIC.search(v) and _LATIN.search(v):
            for w in _WORD.findall(v):
                if _LATIN.search(w) and (m := _GREEK_CYRILLIC.search(w)):
                    yield Problem(rel, record, at or None, f"the word {w[:40]!r} mixes Latin letters with U+{ord(m.group()):04X} "
                                  f"({_script(m.group())}), a look-alike letter: write the word in one script")
                    break


def _script(ch: str) -> str:
    return "Greek" if ord(ch) < 0x400 else "Cyrillic"


# ---------------------------------------------------------------------------------------- records


def review_problems(r: RecordSet) -> list[Problem]:
    out: list[Problem] = []
    out += _aggression(r)
    out += _offices(r)
    out += _declarations(r)
    out += _findings(r)
    out += _jurisdiction(r)
    out += _filings(r)
    out += _requests(r)
    out += _referrals(r)
    out += _responses(r)
    out += _positions(r)
    out += _events(r)
    out += _coverage(r)
    return out


def _aggression(r: RecordSet) -> Iterator[Problem]:
    for wid, w in r.warrants.items():
        if "aggression" in w.crimes and w.issued and _span(w.issued).surely_before(AGGRESSION_ACTIVATED):
            yield Problem(r.files[("warrants", wid)], wid, "crimes", f"aggression, on a warrant issued on {w.issued}: the Court's "
                          f"jurisdiction over aggression was activated on {AGGRESSION_ACTIVATED} (ICC-ASP/16/Res.5)")


def _offices(r: RecordSet) -> Iterator[Problem]:
    """No office taken up after the person's death (an office may be recorded as ending a little after a death,
    on the day a successor took over, so only the start is compared)."""
    died: dict[str, DateSpan] = {}
    for w in r.warrants.values():
        for x in w.status_history:
            if x.status == "deceased" and x.date and not x.disputed:
                day = _span(x.date)
                if w.person not in died or day.last < died[w.person].last:
                    died[w.person] = day
    for pid, p in r.persons.items():
        death = died.get(pid)
        for i, o in enumerate(p.offices if death else []):
            if death and o.start and _span(o.start).surely_after(death.last):
                yield Problem(r.files[("persons", pid)], pid, f"offices[{i}].start", f"{o.start}, after the death recorded on {death} "
                              "(a warrant's status): no office is taken up after death")


#: What ``_declarations`` found in each State, kept per State object and file (``BoundedCache.held_for``): the rule
#: reads the State's own acts alone.
_DECLARATIONS = BoundedCache(4096)


def _declarations(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        yield from _DECLARATIONS.held_for((st,), (iso3, f), lambda: tuple(_declarations_of(iso3, f, st)))  # noqa: B023 - called at once


def _declarations_of(iso3: str, f: str, st: Any) -> Iterator[Problem]:
    """``_declarations`` of one State."""
    intervals = party_intervals(st.participation)
    acts = list(enumerate(st.participation))
    for i, a in acts:
        at = f"participation[{i}]"
        if a.action in ("declaration_12_3", "declaration_12_3_confirmed") and a.covers_from and _span(a.covers_from).surely_before(ENTRY_INTO_FORCE):
            yield Problem(f, iso3, f"{at}.covers_from", f"{a.covers_from}, before the Statute entered into force on {ENTRY_INTO_FORCE}: "
                          "the Court has no jurisdiction over earlier conduct (Art. 11), and a declaration cannot give it")
        if a.action in ("declaration_12_3", "declaration_12_3_confirmed") and a.covers_to and _span(a.covers_to).last < ENTRY_INTO_FORCE:
            yield Problem(f, iso3, f"{at}.covers_to", f"{a.covers_to}, before the Statute entered into force on {ENTRY_INTO_FORCE}: "
                          "the declaration would cover no conduct the Court can judge (Art. 11); correct the date")
        if a.action in ("declaration_12_3", "ad_hoc_arrangement") and a.instrument == "rome-statute":
            day = _span(a.date)
            during = next((iv for iv in intervals if iv.contains(day.first) and iv.contains(day.last)), None)
            covers = _span(a.covers_from).first if a.covers_from else day.first
            if during is not None and covers >= during.start:
                what = "an Art. 12(3) declaration" if a.action == "declaration_12_3" else "an ad hoc arrangement (Art. 87(5))"
                yield Problem(f, iso3, f"{at}.action", f"{what} on {a.date} by a State Party (since {during.start}) for a period in which "
                              "it was already a party: it is for a State not party (or for the period before it joined)")
        if a.action == "declaration_12_3_confirmed":
            if not any(b.action == "declaration_12_3" and b.instrument == a.instrument and _span(b.date).first <= _span(a.date).last for _, b in acts):
                yield Problem(f, iso3, f"{at}.action", f"a declaration confirmed on {a.date}, but no earlier Art. 12(3) declaration "
                              "of the State is recorded: record the declaration it confirms")
        if a.action == "declaration_124":
            days = {b.date for _, b in acts if b.instrument == a.instrument and (b.action in _DEPOSITS or b.action == "entry_into_force")}
            if a.date not in days:
                yield Problem(f, iso3, f"{at}.date", f"an Art. 124 declaration on {a.date}, but a State makes it on becoming a party "
                              f"(on its ratification or accession, or their entry into force: {', '.join(sorted(days)) or 'none recorded'})")
        if a.action == "entry_into_force":
            deposits = [b for _, b in acts if b.instrument == a.instrument and b.action in _DEPOSITS]
            succession = any(b.instrument == a.instrument and b.action == "succession" for _, b in acts)
            if deposits and not succession and all(_span(a.date).surely_before(_span(b.date).first) for b in deposits):
                first = min(deposits, key=lambda b: _span(b.date).first)
                yield Problem(f, iso3, f"{at}.date", f"{a.instrument} enters into force on {a.date}, before the State deposited its "
                              f"{first.action.replace('_', ' ')} ({first.date}): an instrument binds a State only after it consents")


def _obliged(r: RecordSet, iso3: str, situation: str, until: dt.date) -> bool | None:
    """Whether the State had a duty to cooperate in the situation by ``until`` (None: the State is not in the record)."""
    st = r.states.get(iso3)
    if st is None:
        return None
    if any(iv.start <= until for iv in party_intervals(st.participation)):
        return True  # a party then, or one that had been (Art. 127(2))
    if any(a.action in ("declaration_12_3", "ad_hoc_arrangement") and _span(a.date).first <= until for a in st.participation):
        return True
    sit = r.situations.get(situation)
    res = r.instruments.get(sit.unsc_resolution or "") if sit else None
    return bool(res and iso3 in res.obliges_states)


#: A verdict's ruling and the status the person's warrant records for it (on the ruling's day, or by then).
#: Round fifteen: a ruling withdrawing a warrant or terminating the proceedings is recorded on the warrant that day too, and
#: a ruling on interim release is about a person in the Court's custody (surrendered, or appeared on a summons) by then.
_VERDICT_STATUS: dict[str, tuple[tuple[str, ...], bool]] = {
    "conviction": (("convicted",), True), "acquittal": (("acquitted",), True), "sentence": (("convicted",), False),
    "warrant_withdrawn": (("warrant_withdrawn",), True), "proceedings_terminated": (("proceedings_terminated", "warrant_withdrawn"), True),
    "interim_release": (("surrendered", "appeared_voluntarily"), False)}


def _findings(r: RecordSet) -> Iterator[Problem]:
    for did, d in r.decisions.items():
        f = r.files[("decisions", did)]
        sit = r.situations.get(d.situation)
        if d.finding == "non_compliance" and d.state and _obliged(r, d.state, d.situation, _span(d.date).last) is False:
            yield Problem(f, did, "state", f"a finding of non-compliance against {d.state}, which by the record's dates was never a State "
                          "Party by then, made no Art. 12(3) declaration or ad hoc arrangement, and is not obliged by the situation's "
                          "Council resolution: it had no duty to cooperate to fail")
        for i, eid in enumerate(d.events if d.finding == "non_compliance" else []):
            ev = r.events.get(eid)
            if ev is not None and ev.trip in ("planned", "cancelled"):
                yield Problem(f, did, f"events[{i}]", f"{eid} is a {ev.trip} trip: a finding of non-compliance is about a presence that "
                              "took place (a failure to arrest needs the person there)")
        if d.referred_to in ("UNSC", "ASP+UNSC") and sit is not None and sit.trigger != "unsc_referral":
            yield Problem(f, did, "referred_to", f"{d.referred_to}, in the situation {sit.id} ({sit.trigger.replace('_', ' ')}): the Court "
                          "refers a failure to the Security Council only where the Council referred the situation (Art. 87(7))")
        if d.finding == "reversed_on_appeal" and not d.appeal_of:
            yield Problem(f, did, "finding", "reversed_on_appeal, but the decision names no decision it rules on appeal (appeal_of)")
        for i, person in enumerate(d.persons if d.kind in _VERDICT_STATUS else []):
            statuses, same_day = _VERDICT_STATUS[d.kind]
            days = [_span(x.date) for w in r.warrants.values() if w.person == person for x in w.status_history if x.status in statuses and x.date]
            if not any((day.first == _span(d.date).first and day.last == _span(d.date).last) if same_day else day.first <= _span(d.date).last
                       for day in days):
                named = " or ".join(repr(s) for s in statuses)
                why = (": the Court releases only a person in its custody; record the surrender (or appearance) first, or correct the "
                       "ruling's kind or person") if d.kind == "interim_release" else ": record it in the warrant's status_history"
                yield Problem(f, did, f"persons[{i}]", f"{'an' if d.kind[0] in 'aeiou' else 'a'} {d.kind} ruling of {d.date}, but no warrant of {person} records {named} "
                              f"{'on that date' if same_day else 'by then'}{why}")
        for link in ("appeal_of", "follows"):
            other = r.decisions.get(getattr(d, link) or "")
            if other is not None and d.state and other.state and d.state != other.state:
                yield Problem(f, did, link, f"{other.id} is about {other.state}, this decision about {d.state}: a ruling on appeal "
                              "of, or following, a decision about a State is about the same State")


#: A filing number (a document of the Court's record), with its suffixes (-Red, -Corr, -Anx1) but not an appeal label.
_FILING = FILING_DOCUMENT


def _filings(r: RecordSet) -> Iterator[Problem]:
    """One filing number is one document: two decisions do not share it, and a position citing it has its date."""
    seen: dict[str, str] = {}
    for did in sorted(r.decisions):
        d = r.decisions[did]
        m = _FILING.match(d.record_number or "")
        if m is None:
            continue
        if m.group() in seen:
            yield Problem(r.files[("decisions", did)], did, "record_number", f"{m.group()} is also the filing number of {seen[m.group()]}: one "
                          "filing is one decision (record it once; a corrigendum has its own suffix, -Corr)")
        else:
            seen[m.group()] = did
    for pid, p in r.positions.items():
        m = _FILING.match(p.record_number or "")
        dec = r.decisions.get(seen.get(m.group(), "")) if m else None
        if dec is not None and p.date and _span(p.date).exact and _span(dec.date).exact and p.date != dec.date:
            yield Problem(r.files[("positions", pid)], pid, "date", f"{p.date}, but the ruling {p.record_number} is the decision "
                          f"{dec.id} of {dec.date}: a holding is dated as its ruling")


def _accepted(acts: list[Participation], by: dt.date) -> bool:
    """Whether a State had been a party, or had accepted jurisdiction under Art. 12(3), by ``by``."""
    return any(iv.start <= by for iv in party_intervals(acts)) or any(
        a.action == "declaration_12_3" and _span(a.date).first <= by for a in acts)


def _jurisdiction(r: RecordSet) -> Iterator[Problem]:
    for key, sit in r.situations.items():
        if sit.trigger == "unsc_referral" or not sit.states or any(iso not in r.states for iso in sit.states):
            continue
        by = _span(sit.investigation_opened).last if sit.investigation_opened else dt.date.max
        if not any(_accepted(r.states[iso].participation, by) for iso in sit.states):
            yield Problem(r.files[("situations", key)], key, "states", f"{', '.join(sit.states)}: none was a State Party or had accepted "
                          f"the Court's jurisdiction (Art. 12(3)) by {sit.investigation_opened or 'any recorded date'}, and the Council did not "
                          "refer the situation: the Court could not exercise jurisdiction (Arts. 12(2), 13)")


def _referrals(r: RecordSet) -> Iterator[Problem]:
    for key, ms in r.measures.items():
        if ms.kind != "situation_referral" or not ms.state:
            continue
        f = r.files[("measures", key)]
        st = r.states.get(ms.state)
        day = _span(ms.date)
        if st is not None and day.exact and not any(iv.contains(day.first) for iv in party_intervals(st.participation)):
            yield Problem(f, key, "state", f"{ms.state} was not a State Party on {ms.date} by its record's dates: only a State Party "
                          "refers a situation to the Prosecutor (Art. 14)")
        sit = r.situations.get(ms.targets or "")
        if sit is None:
            continue
        if sit.trigger != "state_referral":
            yield Problem(f, key, "targets", f"{sit.id}, a situation recorded as {sit.trigger.replace('_', ' ')}: a State's referral "
                          "makes it a State referral (correct the situation's trigger and referring_states, or the target)")
        elif sit.referring_states and ms.state not in sit.referring_states:
            yield Problem(f, key, "state", f"{ms.state} referred {sit.id}, but the situation's referring_states do not name it: add it there")
        if sit.referral_date and day.surely_before(_span(sit.referral_date).first):
            yield Problem(f, key, "date", f"{ms.date}, before the situation's first referral ({sit.referral_date}): correct either date")




def _requests(r: RecordSet) -> Iterator[Problem]:
    for key, rq in r.requests.items():
        f = r.files[("requests", key)]
        if rq.kind != "extradition":
            for name in ("same_conduct", "extradition_obligation"):
                if getattr(rq, name) is not None:
                    yield Problem(f, key, name, f"set on a request of kind {rq.kind!r}: it is a question of a competing extradition "
                                  "request (Art. 90), and only of one")
        if rq.requesting != "ICC":
            continue
        day = _span(rq.date)
        warrants = [w for w in r.warrants.values() if w.person == rq.person and w.kind != "application"
                    and not (w.issued and _span(w.issued).surely_after(day.last))]  # the warrants there were by then
        ends = []
        for w in warrants:
            end = next((_span(s.date).last for s in w.status_history if s.status in _ENDED and s.date), None)
            ends.append(end)
        if warrants and all(e is not None and e < day.first for e in ends):
            yield Problem(f, key, "date", f"the Court's request of {rq.date}, after every warrant of {rq.person} had ended "
                          "(withdrawn or proceedings terminated)")


def _responses(r: RecordSet) -> Iterator[Problem]:
    for key, rs in r.responses.items():
        if rs.body == "ASP" and _span(rs.date).surely_before(ASSEMBLY_FIRST_MET):
            yield Problem(r.files[("responses", key)], key, "date", f"{rs.date}, before the Assembly of States Parties first met "
                          f"({ASSEMBLY_FIRST_MET})")
        if not rs.document:
            continue
        other = "Security Council" if rs.body == "ASP" and _COUNCIL_DOC.match(rs.document) else \
            "Assembly of States Parties" if rs.body == "UNSC" and _ASSEMBLY_DOC.match(rs.document) else None
        if other:
            yield Problem(r.files[("responses", key)], key, "document", f"{rs.document!r} is a document of the {other}, but the response "
                          f"is the {rs.body}'s: correct the body or the document")


def _positions(r: RecordSet) -> Iterator[Problem]:
    for key, p in r.positions.items():
        if p.court and p.date and _span(p.date).surely_before(ENTRY_INTO_FORCE):
            yield Problem(r.files[("positions", key)], key, "date", f"{p.date}, a holding of the Court before the Court existed "
                          f"(the Statute entered into force on {ENTRY_INTO_FORCE})")
        if p.court and (not _CHAMBER.search(p.held_by) or _NOT_JUDGES.search(p.held_by) and "Chamber" not in p.held_by):
            yield Problem(r.files[("positions", key)], key, "held_by", f"{p.held_by[:60]!r}, but court: true marks a holding of the Court: "
                          "name the Chamber (or set court: false)")


def _coverage(r: RecordSet) -> Iterator[Problem]:
    for kind, c in r.meta.coverage.items():
        if _span(c.checked_through).surely_before(ADOPTED):
            yield Problem("data/meta.yaml", "meta", f"coverage.{kind}.checked_through", f"{c.checked_through}, before the Statute was "
                          f"adopted ({ADOPTED}): nothing the record holds could have been checked through it")


_HELD = ("arrested", "surrendered")
_EVENT_HOLDS = ("arrest", "surrender", "arrest_and_release")


def _released_there(history: list[Any], day: str, state: str) -> bool:
    """Whether a status history releases the person (by ``state`` or by no named State) on or after ``day`` and before
    any later surrender."""
    start = _span(day).first
    for x in sorted((x for x in history if x.date), key=lambda x: _span(x.date).sort_key):
        if _span(x.date).surely_before(start):
            continue
        if x.status == "surrendered":
            return False
        if x.status == "released" and x.by_state in (None, state):
            return True
    return False


def _events(r: RecordSet) -> Iterator[Problem]:
    for eid, e in r.events.items():
        if e.action not in _EVENT_HOLDS or not _span(e.date).exact:
            continue
        held = [s for w in r.warrants.values() if w.person == e.person for s in w.status_history if s.status in _HELD]
        if e.action == "arrest_and_release" and held and not any(_released_there(w.status_history, e.date, e.state)
                                                                 for w in r.warrants.values() if w.person == e.person):
            yield Problem(r.files[("events", eid)], eid, "action", f"arrest_and_release on {e.date}, but no warrant of {e.person} records "
                          f"a release by {e.state} on or after it before any surrender: record the release in the warrant's status_history, "
                          "or correct the action")
        if not held and any(w.person == e.person for w in r.warrants.values()):
            yield Problem(r.files[("events", eid)], eid, "action", f"{e.action} on {e.date}, but no warrant of {e.person} records an "
                          "arrest or surrender: record it in the warrant's status_history (with by_state)")
        for w in r.warrants.values():
            if w.person != e.person:
                continue
            for i, s in enumerate(w.status_history):
                if s.status in _HELD and s.date == e.date and s.by_state and s.by_state != e.state:
                    yield Problem(r.files[("events", eid)], eid, "state", f"{e.state}, but {w.id} status_history[{i}] records the person "
                                  f"{s.status} by {s.by_state} on {e.date}")
