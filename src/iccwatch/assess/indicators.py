"""The indicators of the due-diligence index: each a function of the record for one State and year.

Every indicator returns a value with the facts (and so the sources) it rests on, or says that it is
``missing`` (the record does not know) or ``not_applicable`` (the State had no occasion or no duty:
e.g. no warrant subject visited it that year). Missing is never turned into zero.
See docs/index-method.md for each indicator's definition, direction and source.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from iccwatch.assess.events import EventAssessment
from iccwatch.facts import Facts
from iccwatch.law.party_status import intervals_of
from iccwatch.law.unsc import unsc_basis
from iccwatch.model import Source, parse_partial_date
from iccwatch.model.measure import AGAINST_COURT, COOPERATION_AGREEMENTS
from iccwatch.model.state import CONSENT_ACTIONS

#: Kampala ratifications are recorded completely up to this date (see the record's sources).
KAMPALA_COMPLETE_THROUGH = dt.date(2019, 11, 27)


@dataclass
class Value:
    value: float | None
    status: str = "ok"  # ok | missing | not_applicable
    note: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def missing(cls, note: str) -> Value:
        return cls(None, "missing", note)

    @classmethod
    def na(cls, note: str) -> Value:
        return cls(None, "not_applicable", note)


@dataclass(frozen=True)
class Indicator:
    id: str
    pillar: str
    label: str
    direction: int  # +1: more is better; -1: more is worse
    kind: str  # share | binary | count
    definition: str
    compute: Callable[[Facts, str, int, dict[str, list[EventAssessment]]], Value]


def _evidence(what: str, date: str | None, sources: list[Source]) -> dict[str, Any]:
    return {"what": what, "date": date, "sources": [s.model_dump(mode="json", exclude_none=True) for s in sources]}


def _year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _party_days(facts: Facts, iso3: str, year: int) -> int:
    first, last = _year(year)
    days = 0
    for iv in intervals_of(facts, iso3):
        start = max(iv.start, first)
        end = min(iv.end - dt.timedelta(days=1) if iv.end else last, last)
        if end >= start:
            days += (end - start).days + 1
    return days


def _party_on(facts: Facts, iso3: str, date: str | None) -> bool:
    if not date:
        return False
    d = parse_partial_date(date)[0]
    return any(iv.contains(d) for iv in intervals_of(facts, iso3))


def _is_party_in(facts: Facts, iso3: str, year: int) -> bool:
    return _party_days(facts, iso3, year) > 0


def acceptance_of_jurisdiction(facts: Facts, iso3: str, year: int, _: Any) -> Value:
    first, last = _year(year)
    st = facts.records.states[iso3]
    days = _party_days(facts, iso3, year)
    total = (last - first).days + 1
    acts = [a for a in st.participation if a.instrument == "rome-statute" and a.action in ("entry_into_force", "withdrawal_effective")]
    ev = [_evidence(a.action.replace("_", " "), a.date, a.sources) for a in acts]
    share = days / total
    if share < 1:
        decls = [a for a in st.participation if a.action == "declaration_12_3" and parse_partial_date(a.date)[0] <= last]
        if decls:
            ev += [_evidence("Art. 12(3) declaration", d.date, d.sources) for d in decls]
            share = 1.0
    return Value(share, evidence=ev, note=f"party {days} of {total} days" if days else "")


def apic(facts: Facts, iso3: str, year: int, _: Any) -> Value:
    _, last = _year(year)
    acts = [a for a in facts.records.states[iso3].participation if a.instrument == "apic"]
    if not acts:
        return Value.missing("not in the record's (partial) list of APIC parties")
    bound = [a for a in acts if a.action in (*CONSENT_ACTIONS, "entry_into_force") and parse_partial_date(a.date)[0] <= last]
    return Value(1.0 if bound else 0.0, evidence=[_evidence(f"APIC {a.action.replace('_', ' ')}", a.date, a.sources) for a in acts])


def kampala(facts: Facts, iso3: str, year: int, _: Any) -> Value:
    first, last = _year(year)
    if not _is_party_in(facts, iso3, year):
        return Value.na("only States Parties can ratify the amendments")
    acts = [a for a in facts.records.states[iso3].participation if a.instrument == "kampala-aggression" and parse_partial_date(a.date)[0] <= last]
    if acts:
        return Value(1.0, evidence=[_evidence("ratified the aggression amendments", a.date, a.sources) for a in acts])
    if last <= KAMPALA_COMPLETE_THROUGH:
        return Value(0.0, note="not among the ratifications recorded (complete to 2019-11-27)")
    return Value.missing("ratifications after 2019-11-27 are not fully recorded")


def implementing_legislation(facts: Facts, iso3: str, year: int, _: Any) -> Value:
    _, last = _year(year)
    if not _is_party_in(facts, iso3, year):
        return Value.na("the duty to legislate (Art. 88) falls on States Parties")
    laws = [m for m in facts.records.measures.values() if m.state == iso3 and m.kind == "implementing_legislation"
            and parse_partial_date(m.date)[0] <= last]
    if laws:
        return Value(1.0, evidence=[_evidence(m.title, m.date, m.sources) for m in laws])
    return Value.missing("no implementing legislation recorded (the record's list is partial)")


def _events(assessed: dict[str, list[EventAssessment]], iso3: str, year: int) -> list[EventAssessment]:
    return [a for a in assessed.get(iso3, []) if parse_partial_date(a.event.date)[0].year == year]


def arrests_executed(facts: Facts, iso3: str, year: int, assessed: dict[str, list[EventAssessment]]) -> Value:
    evs = [a for a in _events(assessed, iso3, year) if a.outcome in ("complied", "failed") and a.event.action != "visit_cancelled"]
    if not evs:
        return Value.na("no warrant subject's presence that the State had to act on is recorded for the year")
    done = [a for a in evs if a.outcome == "complied"]
    return Value(len(done) / len(evs), evidence=[_evidence(f"{a.event.action} of {a.event.person}: {a.outcome}", a.event.date, a.event.sources) for a in evs],
                 note=f"{len(done)} of {len(evs)} occasions")


def failures_to_arrest(facts: Facts, iso3: str, year: int, assessed: dict[str, list[EventAssessment]]) -> Value:
    evs = [a for a in _events(assessed, iso3, year) if a.outcome in ("complied", "failed")]
    if not evs:
        return Value.na("no occasion recorded for the year")
    failed = [a for a in evs if a.outcome == "failed"]
    return Value(float(len(failed)), evidence=[_evidence(f"failed to arrest {a.event.person}", a.event.date, a.event.sources) for a in failed])


def noncompliance_findings(facts: Facts, iso3: str, year: int, _: Any) -> Value:
    has_duty = _is_party_in(facts, iso3, year) or any(
        unsc_basis(facts, iso3, s, dt.date(year, 12, 31)).applies == "yes" for s in facts.records.situations.values() if s.trigger == "unsc_referral")
    if not has_duty:
        return Value.na("no duty to cooperate in the year")
    found = [d for d in facts.records.decisions.values() if d.state == iso3 and d.finding == "non_compliance" and d.appeal_of is None
             and parse_partial_date(d.date)[0].year == year]
    return Value(float(len(found)), evidence=[_evidence(f"finding of non-compliance ({d.chamber})", d.date, d.sources) for d in found])


def joint_statements(facts: Facts, iso3: str, year: int, _: Any) -> Value:
    stmts = [s for s in facts.records.statements.values() if s.date and parse_partial_date(s.date)[0].year == year]
    if not stmts:
        return Value.na("no joint statement recorded for the year")
    known, ev = [], []
    for s in stmts:
        if iso3 not in s.signatories and not _party_on(facts, iso3, s.date):
            continue  # statements of States Parties: a non-party was not in a position to sign
        if iso3 in s.signatories:
            known.append(1.0)
            ev.append(_evidence(f"signed: {s.title}", s.date, s.sources))
        elif s.complete:
            known.append(0.0)
            ev.append(_evidence(f"not among the signatories (complete list): {s.title}", s.date, s.sources))
    if not known and not ev and all(iso3 not in s.signatories and not _party_on(facts, iso3, s.date) for s in stmts):
        return Value.na("not a party when the year's statements were made")
    if not known:
        return Value.missing("the year's statements have partial signatory lists that do not name the State")
    return Value(sum(known) / len(known), evidence=ev)


def cooperation_agreements(facts: Facts, iso3: str, year: int, _: Any) -> Value:
    _, last = _year(year)
    ms = [m for m in facts.records.measures.values() if m.state == iso3 and m.kind in COOPERATION_AGREEMENTS and parse_partial_date(m.date)[0] <= last
          and (m.end_date is None or parse_partial_date(m.end_date)[0].year >= year)]
    if not ms:
        return Value.missing("no agreement with the Court recorded (the record's list is partial)")
    return Value(1.0, evidence=[_evidence(m.title, m.date, m.sources) for m in ms])


def measures_against_court(facts: Facts, iso3: str, year: int, _: Any) -> Value:
    first, last = _year(year)
    ms = [m for m in facts.records.measures.values() if m.state == iso3 and m.kind in AGAINST_COURT and parse_partial_date(m.date)[0] <= last
          and (m.end_date is None or parse_partial_date(m.end_date)[1] >= first)]
    return Value(1.0 if ms else 0.0, evidence=[_evidence(m.title, m.date, m.sources) for m in ms])


def withdrawal(facts: Facts, iso3: str, year: int, _: Any) -> Value:
    first, last = _year(year)
    st = facts.records.states[iso3]
    if not _is_party_in(facts, iso3, year) and not any(a.action == "withdrawal_effective" for a in st.participation):
        return Value.na("not a party")
    acts = [a for a in st.participation if a.instrument == "rome-statute"]
    notified = [a for a in acts if a.action == "withdrawal_notified"]
    revoked = [a for a in acts if a.action == "withdrawal_revoked"]
    effective = [a for a in acts if a.action == "withdrawal_effective"]
    ev = []
    value = 0.0
    for n in notified:
        n_first = parse_partial_date(n.date)[0]
        ends = [parse_partial_date(x.date)[0] for x in effective + revoked if x.date > n.date]
        end = min(ends) if ends else None
        if n_first <= last and (end is None or end >= first):
            value = 1.0
            ev.append(_evidence("withdrawal notified (pending or taking effect in the year)", n.date, n.sources))
    for a in acts:
        if a.action == "withdrawal_announced" and parse_partial_date(a.date)[0].year == year and value < 1:
            value = max(value, 0.5)
            ev.append(_evidence("withdrawal announced, not notified", a.date, a.sources))
    return Value(value, evidence=ev)


INDICATORS: tuple[Indicator, ...] = (
    Indicator("acceptance_of_jurisdiction", "legal_commitment", "Accepted the Court's jurisdiction", +1, "share",
              "share of the year's days the State was a party (Arts. 126-127), or 1 if a non-party had an Art. 12(3) declaration in force", acceptance_of_jurisdiction),
    Indicator("apic", "legal_commitment", "Party to APIC", +1, "binary",
              "1 if bound by the Agreement on Privileges and Immunities of the ICC by year end; missing where the record's partial list is silent", apic),
    Indicator("kampala", "legal_commitment", "Ratified the aggression amendments", +1, "binary",
              "1 if the State ratified the Kampala aggression amendments by year end (States Parties only)", kampala),
    Indicator("implementing_legislation", "legal_commitment", "Implementing legislation (Art. 88)", +1, "binary",
              "1 if a national law on cooperation with the Court is recorded as adopted by year end", implementing_legislation),
    Indicator("arrests_executed", "cooperation_record", "Arrests executed when due", +1, "share",
              "share of the year's occasions (a warrant subject present while the State was bound, or arrested by it) on which the State arrested or surrendered", arrests_executed),
    Indicator("failures_to_arrest", "cooperation_record", "Failures to arrest", -1, "count",
              "number of the year's events where the State was bound to arrest and did not", failures_to_arrest),
    Indicator("noncompliance_findings", "cooperation_record", "Findings of non-compliance", -1, "count",
              "number of the Court's findings of non-compliance (Art. 87(7)) against the State in the year (appeal rulings not counted twice)", noncompliance_findings),
    Indicator("joint_statements", "support", "Joint statements of support signed", +1, "share",
              "share of the year's joint statements of support the State signed; a partial list that does not name it counts as unknown", joint_statements),
    Indicator("cooperation_agreements", "support", "Agreements with the Court", +1, "binary",
              "1 if an agreement with the Court (enforcement of sentences, witness relocation, interim release, other) is recorded as in force", cooperation_agreements),
    Indicator("measures_against_court", "conduct", "Measures against the Court", -1, "binary",
              "1 if the State had sanctions or criminal proceedings against the Court or its officials in force during the year", measures_against_court),
    Indicator("withdrawal", "conduct", "Withdrawal", -1, "share",
              "1 if a withdrawal notification was pending or took effect during the year; 0.5 if only announced that year", withdrawal),
)

PILLARS = ("legal_commitment", "cooperation_record", "support", "conduct")
