"""The indicators of the due-diligence index: each a function of the record for one State over a window of years.

Every indicator returns a value with the facts (and so the sources) it rests on, or says that it is
``missing`` (the record does not know) or ``not_applicable`` (the State had no occasion or no duty:
e.g. no warrant subject visited it in the window). Missing is never turned into zero.

Two kinds of indicator (docs/index-method.md):
- *status* indicators (APIC, Kampala, implementing legislation, agreements) describe the State's
  position on the last day of the window's final year;
- *conduct* indicators (arrests, failures, findings, statements, measures, withdrawal, acceptance of
  jurisdiction) look at every year of the window, and an older year weighs less: a year ``a`` years
  before the final one weighs ``0.5 ** (a / half_life)``. A failure to arrest in 2024 therefore still
  counts in 2025 (at 71% of its weight with the default half-life of two years) and fades out of the
  window after five years.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from iccwatch.assess.events import EventAssessment
from iccwatch.errors import InputError
from iccwatch.facts import Facts
from iccwatch.law.party_status import intervals_of
from iccwatch.law.unsc import unsc_basis
from iccwatch.model import DateSpan, Source
from iccwatch.model.dates import date_sort_key
from iccwatch.model.measure import AGAINST_COURT, COOPERATION_AGREEMENTS, REFERRALS
from iccwatch.model.state import CONSENT_ACTIONS


@dataclass(frozen=True)
class CompleteList:
    """A list the record holds in full up to a date, with the sources that show it is the full list
    (data/lookups/complete_lists.yaml: the date is data, not code)."""

    key: str
    through: dt.date | None
    basis: str
    sources: tuple[dict[str, Any], ...] = ()
    #: The first day the list is held in full from (None: from the start of the record).
    since: dt.date | None = None
    #: Parts known to be partial (key → why): absence from such a part is unknown, not 'none'.
    partial: tuple[tuple[str, str], ...] = ()


def complete_list(facts: Facts, key: str) -> CompleteList:
    """The record's statement about list ``key`` (``through`` None where it is not held in full, or where
    the lookup table says nothing about it)."""
    raw = (facts.records.lookups.get("complete_lists") or {}).get("lists", {}).get(key)
    if not raw:
        return CompleteList(key, None, "the record does not say that this list is complete")
    through, since = raw.get("through"), raw.get("since")
    if isinstance(through, str):
        through = dt.date.fromisoformat(through)
    if isinstance(since, str):
        since = dt.date.fromisoformat(since)
    return CompleteList(key, through, raw.get("basis", ""), tuple(dict(x) for x in raw.get("sources") or ()), since,
                        tuple(sorted((str(k), str(v)) for k, v in (raw.get("partial") or {}).items())))


def known_through(lst: CompleteList, w: Window) -> bool:
    """A complete list answers for the window when it is complete to a date within the index year or
    later (and, where it says from when it is complete, from the window's first day or earlier):
    absence from it then means 'none' (as at that date, said in the note)."""
    return lst.through is not None and lst.through.year >= w.year and (lst.since is None or lst.since <= w.start)


def _list_evidence(lst: CompleteList, what: str) -> dict[str, Any]:
    return {"what": f"{what}, held in full to {lst.through}", "date": str(lst.through), "sources": [dict(x) for x in lst.sources]}


Assessed = dict[str, list[EventAssessment]]


@dataclass(frozen=True)
class Window:
    """The years an indicator looks at, ending with ``year``, and how fast older years fade."""

    year: int
    years: int = 5
    #: Years after which a year's weight is halved; ``math.inf`` gives every year the same weight.
    half_life: float = 2.0

    def __post_init__(self) -> None:
        if self.years < 1:
            raise InputError("the window needs at least one year")
        if not self.half_life > 0:
            raise InputError("the half-life must be a positive number of years")

    @property
    def first(self) -> int:
        return self.year - self.years + 1

    @property
    def span(self) -> range:
        return range(self.first, self.year + 1)

    @property
    def start(self) -> dt.date:
        return dt.date(self.first, 1, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    def weight(self, year: int) -> float:
        """The weight of a fact dated in ``year``: 0 outside the window."""
        if year < self.first or year > self.year:
            return 0.0
        if math.isinf(self.half_life):
            return 1.0
        return float(0.5 ** ((self.year - year) / self.half_life))

    def describe(self) -> str:
        decay = "no decay" if math.isinf(self.half_life) else f"half-life {self.half_life:g} years"
        return f"{self.first}-{self.year} ({decay})"


@dataclass
class Value:
    value: float | None
    status: str = "ok"  # ok | missing | not_applicable
    note: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def missing(cls, note: str, evidence: list[dict[str, Any]] | None = None) -> Value:
        return cls(None, "missing", note, evidence or [])

    @classmethod
    def na(cls, note: str) -> Value:
        return cls(None, "not_applicable", note)


@dataclass(frozen=True)
class Indicator:
    id: str
    pillar: str
    label: str
    direction: int  # +1: more is better; -1: more is worse
    kind: str  # share | binary | graded | count
    timing: str  # status (at the window's end) | conduct (over the window, older years weigh less)
    definition: str
    compute: Callable[[Facts, str, Window, Assessed], Value]


def _evidence(what: str, date: str | None, sources: list[Source], weight: float | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"what": what, "date": date, "sources": [s.model_dump(mode="json", exclude_none=True) for s in sources]}
    if weight is not None:
        out["weight"] = round(weight, 3)
    return out


def _first_day(date: str) -> dt.date:
    return DateSpan.parse(date).first


def _year_of(date: str) -> int:
    return _first_day(date).year


def party_days(facts: Facts, iso3: str, year: int) -> int:
    """Days of ``year`` on which the State was a party (Arts. 126-127)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    days = 0
    for iv in intervals_of(facts, iso3):
        start = max(iv.start, first)
        end = min(iv.end - dt.timedelta(days=1) if iv.end else last, last)
        if end >= start:
            days += (end - start).days + 1
    return days


def party_on(facts: Facts, iso3: str, day: dt.date) -> bool:
    return any(iv.contains(day) for iv in intervals_of(facts, iso3))


def _party_on_date(facts: Facts, iso3: str, date: str | None) -> bool:
    return bool(date) and party_on(facts, iso3, _first_day(date))  # type: ignore[arg-type]


def _party_in_window(facts: Facts, iso3: str, w: Window) -> bool:
    return any(party_days(facts, iso3, y) for y in w.span)


def _weighted_mean(pairs: list[tuple[float, float]]) -> float:
    total = sum(wt for _, wt in pairs)
    return float(sum(v * wt for v, wt in pairs) / total)


def acceptance_of_jurisdiction(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    st = facts.records.states[iso3]
    decls = [a for a in st.participation if a.action == "declaration_12_3"]
    yearly, notes = [], []
    for y in w.span:
        days = party_days(facts, iso3, y)
        total = (dt.date(y, 12, 31) - dt.date(y, 1, 1)).days + 1
        share = days / total
        if share < 1 and any(_year_of(d.date) <= y for d in decls):
            share = 1.0
        yearly.append((share, w.weight(y)))
        if 0 < days < total:
            notes.append(f"{y}: party {days} of {total} days")
    acts = [a for a in st.participation if a.instrument == "rome-statute" and a.action in ("entry_into_force", "withdrawal_effective")]
    ev = [_evidence(a.action.replace("_", " "), a.date, a.sources) for a in acts]
    ev += [_evidence("Art. 12(3) declaration", d.date, d.sources) for d in decls if _first_day(d.date) <= w.end]
    return Value(_weighted_mean(yearly), evidence=ev, note="; ".join(notes))


def apic(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    acts = [a for a in facts.records.states[iso3].participation if a.instrument == "apic"]
    bound = [a for a in acts if a.action in (*CONSENT_ACTIONS, "entry_into_force") and _first_day(a.date) <= w.end]
    if bound:
        return Value(1.0, evidence=[_evidence(f"APIC {a.action.replace('_', ' ')}", a.date, a.sources) for a in acts])
    lst = complete_list(facts, "apic")
    ev = [_evidence(f"APIC {a.action.replace('_', ' ')}", a.date, a.sources) for a in acts]
    if known_through(lst, w):
        note = (f"not bound by the APIC: no ratification or accession in the depositary's list as held in full to {lst.through}"
                if acts else f"not a party to the APIC: not in the depositary's list as held in full to {lst.through}")
        return Value(0.0, note=note, evidence=[*ev, _list_evidence(lst, "the parties to the APIC")])
    if acts:
        # A signature (or a later act) without a recorded ratification says nothing about whether the State
        # became bound: only a list held in full can say that it did not.
        return Value.missing("no ratification or accession of the APIC recorded, and the record's list is not held in full",
                             evidence=ev)
    return Value.missing("not in the record's list of APIC parties, which is not held in full")


def kampala(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    if not party_days(facts, iso3, w.year):
        return Value.na("only States Parties can ratify the amendments")
    acts = [a for a in facts.records.states[iso3].participation if a.instrument == "kampala-aggression" and _first_day(a.date) <= w.end]
    if acts:
        return Value(1.0, evidence=[_evidence("ratified the aggression amendments", a.date, a.sources) for a in acts])
    lst = complete_list(facts, "kampala")
    if known_through(lst, w):
        return Value(0.0, note=f"not among the ratifications of the aggression amendments, as held in full to {lst.through}",
                     evidence=[_list_evidence(lst, "the ratifications of the aggression amendments")])
    held = f"held in full only to {lst.through}" if lst.through else "not held in full"
    return Value.missing(f"no ratification of the aggression amendments recorded; the record's list is {held}")


#: The graded value of each status of cooperation legislation (docs/index-method.md): a law covering
#: cooperation 1; a law covering part of it (e.g. surrender but not the other forms of Part 9) 0.5; a bill
#: and no law 0.25 (the work has started, nothing binds the authorities yet); no law and no bill 0.
LEGISLATION_GRADES = {"enacted": 1.0, "partial": 0.5, "draft": 0.25, "none": 0.0}
#: Statuses that name a law in force: they hold for later years until a later status says otherwise.
_LAW_IN_FORCE = ("enacted", "partial")


def _status_answers(status: Any, w: Window) -> bool:
    """Whether a status answers for the window's final year: a law in force ('enacted', 'partial') from its
    date on (a law stays in force); a 'draft' in the year of its date only (before, there may have been no
    bill; after, a law may have been passed); a 'none' in the year of its date and every year before it (no
    law in force on that date means none was in force before: a repeal is recorded on the law)."""
    first = _first_day(status.as_of)
    if status.status in _LAW_IN_FORCE:
        return first <= w.end
    if status.status == "draft":
        return first.year == w.year
    return first.year >= w.year


def implementing_legislation(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    if not party_days(facts, iso3, w.year):
        return Value.na("the duty to legislate (Art. 88) falls on States Parties")
    recorded = [m for m in facts.records.measures.values() if m.state == iso3 and m.kind == "implementing_legislation" and _first_day(m.date) <= w.end]
    laws = [m for m in recorded if m.scope != "crimes_only"]
    if laws:
        return Value(1.0, evidence=[_evidence(f"enacted: {m.title}", m.date, m.sources) for m in laws])
    statuses = list(getattr(facts.records.states[iso3], "implementing_legislation", None) or ())
    answering = [s for s in statuses if _status_answers(s, w)]
    if answering:
        best = max(answering, key=lambda s: (LEGISLATION_GRADES[s.status], s.as_of))
        what = f"{best.status} as of {best.as_of}" + (f": {best.law}" if best.law else "") + (f" ({best.note})" if best.note else "")
        return Value(LEGISLATION_GRADES[best.status], note=f"cooperation legislation {best.status} as of {best.as_of}",
                     evidence=[_evidence(what, best.as_of, best.sources)])
    crimes_only = [_evidence(f"crimes only (no cooperation provisions): {m.title}", m.date, m.sources) for m in recorded]
    lst = complete_list(facts, "implementing_legislation")
    if known_through(lst, w):
        return Value(0.0, note=f"no implementing law found in the survey held in full to {lst.through}",
                     evidence=[_list_evidence(lst, "the survey of implementing legislation")])
    stale = [s for s in statuses if _first_day(s.as_of) <= w.end]
    if stale:
        last = stale[-1]
        return Value.missing(f"cooperation legislation {last.status} as of {last.as_of}, which says nothing of {w.year} "
                             "(a law may have been passed since)", evidence=[_evidence(f"{last.status} as of {last.as_of}", last.as_of, last.sources)])
    if crimes_only:
        return Value.missing("only a law on the Statute's crimes is recorded; no cooperation law is recorded (the record's list "
                             "is not held in full)", evidence=crimes_only)
    return Value.missing("no implementing legislation recorded (the record's list is not held in full)")


def _occasions(assessed: Assessed, iso3: str, w: Window) -> list[tuple[EventAssessment, float]]:
    return [(a, w.weight(_year_of(a.event.date))) for a in assessed.get(iso3, [])
            if a.outcome in ("complied", "failed") and w.weight(_year_of(a.event.date)) > 0]


def _overflights_left_out(assessed: Assessed, iso3: str, w: Window) -> str:
    """What the occasion indicators say of the overflights over a State bound to arrest in the window: not counted
    (weight 0), since whether and how a State must act against an aircraft in its airspace is disputed
    (``law/airspace.py``); said so that a reader does not take their absence for an oversight."""
    flights = [a for a in assessed.get(iso3, []) if a.outcome == "overflight" and w.weight(_year_of(a.event.date)) > 0
               and a.determination.answer in ("obliged", "contested", "unknown")]
    if not flights:
        return ""
    return (f"{len(flights)} overflight(s) of a person the State was bound to arrest not counted: whether and how a State "
            "must act against an aircraft in its airspace is disputed (" + ", ".join(a.event.id for a in flights) + ")")


def _with_overflights(note: str, assessed: Assessed, iso3: str, w: Window) -> str:
    left_out = _overflights_left_out(assessed, iso3, w)
    return "; ".join(x for x in (note, left_out) if x)


def arrests_executed(facts: Facts, iso3: str, w: Window, assessed: Assessed) -> Value:
    evs = [(a, wt) for a, wt in _occasions(assessed, iso3, w) if a.event.action != "visit_cancelled"]
    if not evs:
        return Value.na(_with_overflights("no warrant subject's presence that the State had to act on is recorded in the window",
                                          assessed, iso3, w))
    done = [a for a, _ in evs if a.outcome == "complied"]
    value = _weighted_mean([(1.0 if a.outcome == "complied" else 0.0, wt) for a, wt in evs])
    return Value(value, evidence=[_evidence(f"{a.event.action} of {a.event.person}: {a.outcome}", a.event.date, a.event.sources, wt) for a, wt in evs],
                 note=_with_overflights(f"{len(done)} of {len(evs)} occasions, older ones weighing less", assessed, iso3, w))


def failures_to_arrest(facts: Facts, iso3: str, w: Window, assessed: Assessed) -> Value:
    evs = _occasions(assessed, iso3, w)
    if not evs:
        return Value.na(_with_overflights("no occasion recorded in the window", assessed, iso3, w))
    failed = [(a, wt) for a, wt in evs if a.outcome == "failed"]
    return Value(sum(wt for _, wt in failed), evidence=[_evidence(f"failed to arrest {a.event.person}", a.event.date, a.event.sources, wt) for a, wt in failed],
                 note=_with_overflights(f"{len(failed)} failure(s), each weighted by its age" if failed else "", assessed, iso3, w))


def _duty_to_cooperate(facts: Facts, iso3: str, w: Window) -> bool:
    if _party_in_window(facts, iso3, w):
        return True
    return any(unsc_basis(facts, iso3, s, w.end).applies == "yes" for s in facts.records.situations.values() if s.trigger == "unsc_referral")


def noncompliance_findings(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    if not _duty_to_cooperate(facts, iso3, w):
        return Value.na("no duty to cooperate in the window")
    found = [(d, w.weight(_year_of(d.date))) for d in facts.records.decisions.values()
             if d.state == iso3 and d.finding == "non_compliance" and d.appeal_of is None and w.weight(_year_of(d.date)) > 0]
    return Value(sum(wt for _, wt in found), evidence=[_evidence(f"finding of non-compliance ({d.chamber})", d.date, d.sources, wt) for d, wt in found])


def joint_statements(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    stmts = [s for s in facts.records.statements.values() if s.stance == "support" and s.date and w.weight(_year_of(s.date)) > 0]
    if not stmts:
        return Value.na("no joint statement recorded in the window")
    known: list[tuple[float, float]] = []
    ev: list[dict[str, Any]] = []
    eligible = 0
    for s in sorted(stmts, key=lambda s: date_sort_key(s.date)):
        wt = w.weight(_year_of(s.date))  # type: ignore[arg-type]
        if iso3 not in s.signatories and not _party_on_date(facts, iso3, s.date):
            continue  # statements of States Parties: a non-party was not in a position to sign
        if s.open_to and iso3 not in s.open_to:
            continue  # open only to named States (e.g. the Council's members): the others could not join
        eligible += 1
        if iso3 in s.signatories:
            known.append((1.0, wt))
            ev.append(_evidence(f"signed: {s.title}", s.date, s.sources, wt))
        elif s.complete:
            known.append((0.0, wt))
            ev.append(_evidence(f"not among the signatories (complete list): {s.title}", s.date, s.sources, wt))
        else:
            ev.append(_evidence(f"not named in a partial list (unknown, not counted): {s.title}", s.date, s.sources))
    if not eligible:
        return Value.na("not a party when the window's statements were made")
    if not known:
        return Value.missing("the window's statements have partial signatory lists that do not name the State")
    return Value(_weighted_mean(known), evidence=ev)


def cooperation_agreements(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    ms = [m for m in facts.records.measures.values() if m.state == iso3 and m.kind in COOPERATION_AGREEMENTS and _first_day(m.date) <= w.end
          and (m.end_date is None or DateSpan.parse(m.end_date).last >= w.end)]
    if ms:
        return Value(1.0, evidence=[_evidence(f"{m.kind.replace('_', ' ')}: {m.title}", m.date, m.sources) for m in ms])
    lst = complete_list(facts, "enforcement_agreements")
    if known_through(lst, w):
        return Value(0.0, note=f"no public agreement with the Court: not among the States with an enforcement agreement ({lst.basis}, "
                               f"{lst.through}), and no other public agreement recorded; confidential agreements (e.g. witness relocation) are not visible",
                     evidence=[_list_evidence(lst, "the Court's agreements on the enforcement of sentences")])
    held = f"complete only for enforcement agreements, to {lst.through}" if lst.through else "not held in full"
    return Value.missing(f"no agreement with the Court recorded (the record's list is {held}; many agreements are confidential)")


def referral_occasion(m: Any) -> str:
    """The occasion a referral belongs to: the situation referred and the year (``ukraine@2022``); the
    States that referred one situation in one year, together or apart, took part in one occasion."""
    return f"{m.targets or m.title}@{_year_of(m.date)}"


def situation_referrals(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    """Referrals of situations to the Prosecutor (Art. 14): the age-weighted share of the window's
    referral occasions (a situation referred in a year) in which the State referred, alone or jointly.
    An occasion whose referring States are not all named (``partial`` in data/lookups/complete_lists.yaml)
    is unknown for a State it does not name, and left out of that State's share."""
    if not _party_in_window(facts, iso3, w):
        return Value.na("only States Parties can refer a situation (Art. 14)")
    refs = [m for m in facts.records.measures.values() if m.kind in REFERRALS and w.weight(_year_of(m.date)) > 0]
    lst = complete_list(facts, "situation_referrals")
    partial = dict(lst.partial)
    occasions: dict[str, list[Any]] = {}
    for m in sorted(refs, key=lambda m: date_sort_key(m.date)):
        occasions.setdefault(referral_occasion(m), []).append(m)
    known: list[tuple[float, float]] = []
    ev: list[dict[str, Any]] = []
    unknown: list[str] = []
    for occ, ms in occasions.items():
        wt = w.weight(_year_of(ms[0].date))
        own = [m for m in ms if m.state == iso3]
        if own:
            known.append((1.0, wt))
            ev += [_evidence(f"referred: {m.title}", m.date, m.sources, wt) for m in own]
        elif not _party_on_date(facts, iso3, ms[0].date):
            continue  # not a party then: it could not refer
        elif occ in partial:
            unknown.append(occ)
            ev.append({"what": f"not named among the referring States of {occ}, whose list is partial ({partial[occ]}): unknown, not counted",
                       "date": ms[0].date, "sources": []})
        elif known_through(lst, w):
            known.append((0.0, wt))
        else:
            unknown.append(occ)
    if not known_through(lst, w) and not any(v for v, _ in known):
        held = f"held in full only from {lst.since} to {lst.through}" if lst.through else "not held in full"
        return Value.missing(f"no referral recorded in the window; the record's list of referrals is {held}", evidence=ev)
    if not known:
        if not occasions:
            return Value(0.0, note="no referral of a situation was made by any State Party in the window", evidence=[_list_evidence(lst, "the referrals of situations")])
        return Value.missing("the window's referrals have partial lists that do not name the State", evidence=ev)
    if known_through(lst, w):
        ev.append(_list_evidence(lst, "the referrals of situations"))
    note = f"{sum(1 for v, _ in known if v)} of {len(known)} known referral occasions"
    if unknown:
        note += f"; unknown for {', '.join(unknown)}"
    return Value(_weighted_mean(known), evidence=ev, note=note)


def measures_against_court(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    ms = [m for m in facts.records.measures.values() if m.state == iso3 and m.kind in AGAINST_COURT and _first_day(m.date) <= w.end
          and (m.end_date is None or DateSpan.parse(m.end_date).last >= w.start)]
    yearly = []
    for y in w.span:
        first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
        active = any(_first_day(m.date) <= last and (m.end_date is None or DateSpan.parse(m.end_date).last >= first) for m in ms)
        yearly.append((1.0 if active else 0.0, w.weight(y)))
    return Value(_weighted_mean(yearly), evidence=[_evidence(f"{m.kind.replace('_', ' ')}: {m.title}", m.date, m.sources) for m in ms],
                 note="share of the window's years (older ones weighing less) with a measure in force" if ms else "")


def _withdrawal_in_year(facts: Facts, iso3: str, year: int) -> tuple[float, list[dict[str, Any]]]:
    acts = [a for a in facts.records.states[iso3].participation if a.instrument == "rome-statute"]
    notified = [a for a in acts if a.action == "withdrawal_notified"]
    ends = [a for a in acts if a.action in ("withdrawal_effective", "withdrawal_revoked")]
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    value, ev = 0.0, []
    for n in notified:
        # ends that may be after the notification, by the days their dates can mean (not as strings: an end
        # dated by its month alone may follow a notification within that month)
        after = [_first_day(x.date) for x in ends if DateSpan.parse(x.date).last > DateSpan.parse(n.date).first]
        end = min(after) if after else None
        if _first_day(n.date) <= last and (end is None or end >= first):
            value = 1.0
            ev.append(_evidence("withdrawal notified (pending or taking effect)", n.date, n.sources))
    if value < 1:
        for a in acts:
            # an announcement the government retracted within the year is not counted as that year's conduct
            if a.action == "withdrawal_announced" and _year_of(a.date) == year and not (a.retracted and _year_of(a.retracted) == year):
                value = 0.5
                ev.append(_evidence("withdrawal announced, not notified", a.date, a.sources))
    return value, ev


def withdrawal(facts: Facts, iso3: str, w: Window, _: Assessed) -> Value:
    st = facts.records.states[iso3]
    if not _party_in_window(facts, iso3, w) and not any(a.action == "withdrawal_effective" for a in st.participation):
        return Value.na("not a party")
    yearly, ev = [], []
    for y in w.span:
        v, e = _withdrawal_in_year(facts, iso3, y)
        yearly.append((v, w.weight(y)))
        ev += [x for x in e if x not in ev]
    return Value(_weighted_mean(yearly), evidence=ev)


INDICATORS: tuple[Indicator, ...] = (
    Indicator("acceptance_of_jurisdiction", "legal_commitment", "Accepted the Court's jurisdiction", +1, "share", "conduct",
              "share of each window year's days the State was a party (Arts. 126-127), or 1 for a year covered by an Art. 12(3) declaration; years weighted by age", acceptance_of_jurisdiction),
    Indicator("apic", "legal_commitment", "Party to APIC", +1, "binary", "status",
              "1 if bound by the Agreement on Privileges and Immunities of the ICC at the window's end; 0 if not, where the record holds the list of parties in full to a date in the index year (data/lookups/complete_lists.yaml); missing otherwise", apic),
    Indicator("kampala", "legal_commitment", "Ratified the aggression amendments", +1, "binary", "status",
              "1 if the State ratified the Kampala aggression amendments by the window's end (States Parties only); 0 if not, where the record holds the list in full to a date in the index year (data/lookups/complete_lists.yaml); missing otherwise", kampala),
    Indicator("implementing_legislation", "legal_commitment", "Implementing legislation (Art. 88)", +1, "graded", "status",
              "1 if a national law on cooperation with the Court is recorded as enacted by the window's end; otherwise the State's recorded status of cooperation legislation graded enacted 1, partial 0.5, draft 0.25, none 0 (a law in force holds for later years; a 'draft' only for the index year of its date, a 'none' for index years up to the year of its date); 0 where a survey held in full to a date in the index year finds none (data/lookups/complete_lists.yaml); missing otherwise", implementing_legislation),
    Indicator("arrests_executed", "cooperation_record", "Arrests executed when due", +1, "share", "conduct",
              "age-weighted share of the window's occasions (a warrant subject present while the State was bound, or arrested by it) on which the State arrested or surrendered", arrests_executed),
    Indicator("failures_to_arrest", "cooperation_record", "Failures to arrest", -1, "count", "conduct",
              "age-weighted number of the window's events where the State was bound to arrest and did not", failures_to_arrest),
    Indicator("noncompliance_findings", "cooperation_record", "Findings of non-compliance", -1, "count", "conduct",
              "age-weighted number of the Court's findings of non-compliance (Art. 87(7)) against the State in the window (appeal rulings not counted twice)", noncompliance_findings),
    Indicator("joint_statements", "support", "Joint statements of support signed", +1, "share", "conduct",
              "age-weighted share of the window's joint statements of support the State signed (statements against the Court are not counted here), among those it could join (one open only to named States, e.g. the Security Council's members, counts only for them); a partial list that does not name it counts as unknown", joint_statements),
    Indicator("cooperation_agreements", "support", "Agreements with the Court", +1, "binary", "status",
              "1 if a public agreement with the Court (enforcement of sentences, witness relocation, interim release, other) is recorded at the window's end; 0 if none, where the Court's list of enforcement agreements is held in full to a date in the index year (data/lookups/complete_lists.yaml); missing otherwise", cooperation_agreements),
    Indicator("situation_referrals", "support", "Referrals of situations to the Prosecutor", +1, "share", "conduct",
              "age-weighted share of the window's referral occasions (a situation referred to the Prosecutor under Art. 14 in a year, by one State Party or several) in which the State referred; 0 where the record holds the referrals in full over the window (data/lookups/complete_lists.yaml); an occasion whose referring States are not all named is unknown for the States it does not name; States Parties only", situation_referrals),
    Indicator("measures_against_court", "conduct", "Measures against the Court", -1, "share", "conduct",
              "age-weighted share of the window's years in which the State had sanctions, proceedings or a law against the Court or its officials in force", measures_against_court),
    Indicator("withdrawal", "conduct", "Withdrawal", -1, "share", "conduct",
              "age-weighted mean over the window's years of 1 (a withdrawal notification pending or taking effect) or 0.5 (only announced that year)", withdrawal),
)

PILLARS = ("legal_commitment", "cooperation_record", "support", "conduct")
