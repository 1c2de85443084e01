"""Art. 16: a deferral the Security Council requests, and what it does to a duty to arrest.

"No investigation or prosecution may be commenced or proceeded with under this Statute for a period of 12
months after the Security Council, in a resolution adopted under Chapter VII of the Charter of the United
Nations, has requested the Court to that effect; that request may be renewed by the Council under the same
conditions" (Art. 16). A request binds the Court for its period and its scope: the cases it covers. Executing
a warrant of arrest is proceeding with the prosecution, so while a request covers the person's case the Court
may not proceed with its request for his arrest and surrender: a State bound to cooperate (Art. 86) owes no
arrest and surrender *for now*, the warrant stays in force (Art. 58(4)), and the duty is again to be
executed when the period ends, unless the Council renews the request. No ruling of the Court applying
Art. 16 to a case is in the record: the rule says so (a doubt).

The rule reads the record's Security Council resolutions that make such a request (``Instrument.art16_request``:
its paragraph, period and scope) and is the same for every State and person:

- a request that names the person, or a situation of one of his outstanding warrants, and whose period holds the
  day asked: ``yes``, effect ``postpone`` (not obliged for now, as under Art. 95); a period dated only by its month
  or year that may or may not hold the day: ``unknown``, with the missing day named;
- a request in force that names no person and no situation (it describes a class of persons, as resolutions 1422
  (2002) and 1487 (2003) did: personnel of contributing States not party to the Statute, for acts relating to
  operations the United Nations established or authorised): a note (``yes``, effect ``note``) with a doubt and a
  missing fact saying the record does not tell whether the person is of that class;
- otherwise ``no``.

In ``ask obligations`` (``in_situation``, ``duty_effect``), a request standing on the date that reaches a situation
suspends, for its period and the cases it covers, the duties that serve their investigation or prosecution: arrest and
surrender (Art. 89(1)), the transit of a person being surrendered (Art. 89(3)(a)), the other forms of assistance
(Art. 93(1), executed under Art. 99(1)) and what an ad hoc arrangement covers (Art. 87(5)(a)); the duties owed whatever
the cases stand (Arts. 86, 88, 97). Art. 16 has no clause for preserving evidence, as Arts. 18(6) and 19(8) have: a
doubt says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import RuleResult
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Instrument, Person

#: What the rule cites besides the resolution's paragraph.
CITATIONS = (rs("16"), rs("58(4)"))


def requests(facts: Facts) -> tuple[Instrument, ...]:
    """The record's resolutions that make a request under Art. 16 (indexed once per facts)."""
    return facts.indexed("art16", "requests", lambda: tuple(
        i for i in facts.records.instruments.values() if i.art16_request is not None))


def covers(ins: Instrument, person: Person, situations: Iterable[str]) -> bool:
    """Whether the request names ``person`` or one of ``situations`` (those of his outstanding warrants)."""
    req = ins.art16_request
    assert req is not None
    return person.id in req.persons or bool(set(req.situations) & set(situations))


def change_days(facts: Facts, person: Person, situations: Iterable[str]) -> set[dt.date]:
    """The days on which a request covering ``person`` can change the answer (for the travel matrix): the first
    and last day each end of its period can mean, and the day after."""
    out: set[dt.date] = set()
    sits = set(situations)
    for ins in requests(facts):
        if covers(ins, person, sits):
            req = ins.art16_request
            assert req is not None
            for d in (req.start, req.end):
                span = DateSpan.parse(d)
                out |= {span.first, span.first + dt.timedelta(days=1), span.last, span.last + dt.timedelta(days=1)}
    return out


def paragraph_cite(ins: Instrument) -> str:
    req = ins.art16_request
    assert req is not None
    return f"{ins.citation} para {req.paragraph}"


def standing(ins: Instrument, on: dt.date) -> bool | None:
    """Whether the resolution's Art. 16 request may stand on ``on``: None where ``on`` is surely outside its period,
    else whether it surely stands (False where a start or end dated only by its month or year leaves it open)."""
    req = ins.art16_request
    assert req is not None
    start, end = DateSpan.parse(req.start), DateSpan.parse(req.end)
    if on < start.first or on > end.last:
        return None
    return start.last <= on <= end.first


def security_council_deferral(facts: Facts, person: Person, situations: Iterable[str], on: dt.date) -> RuleResult:
    """Art. 16 for ``person`` (whose outstanding warrants are in ``situations``) on ``on``."""
    sits = tuple(dict.fromkeys(situations))
    found: list[tuple[Instrument, bool]] = []  # (request, surely in its period)
    for ins in requests(facts):
        sure = standing(ins, on)
        if sure is not None:
            found.append((ins, sure))
    named = [(ins, sure) for ins, sure in found if covers(ins, person, sits)]
    if named:
        ins, sure = max(named, key=lambda x: x[1])
        return _deferred(facts, person, ins, on, sure)
    if found:
        return _class_only(facts, person, [ins for ins, _ in found], on)
    return RuleResult("art_16", "no", lambda: Step(
        "security_council_deferral", [rs("16")],
        f"no request of the Security Council under Art. 16 deferring the case of {person.name} stood on {on}"))


def _period(ins: Instrument) -> str:
    req = ins.art16_request
    assert req is not None
    return f"from {req.start} to {req.end}"


def _used(ins: Instrument) -> FactUsed:
    return FactUsed(f"{ins.citation}, request under Art. 16 {_period(ins)}", ins.adopted, tuple(ins.sources))


def _deferred(facts: Facts, person: Person, ins: Instrument, on: dt.date, sure: bool) -> RuleResult:
    req = ins.art16_request
    assert req is not None
    cites = (*CITATIONS, paragraph_cite(ins))
    scope = ", ".join([*(facts.records.persons[p].name if p in facts.records.persons else p for p in req.persons),
                       *(f"the situation in {facts.records.situations[s].name}" if s in facts.records.situations else s
                         for s in req.situations)])
    said = (f"the Security Council, in {ins.citation} (para {req.paragraph}), requested under Art. 16 that no investigation or "
            f"prosecution be commenced or proceeded with {_period(ins)} in the cases it covers ({req.covers}; it names {scope})")
    doubt = ("no ruling of the Court applying a request under Art. 16 to a case is in the record: that the Court may not proceed "
             "with its request for arrest and surrender while the deferral stands is read from Art. 16's words ('no ... prosecution "
             "may be ... proceeded with'); the warrant stays in force (Art. 58(4))")
    if not sure:
        missing = (f"whether {on} fell within the period of {ins.citation}'s request under Art. 16 ({_period(ins)}): the record "
                   "dates its start or end only by its month or year",)
        return RuleResult("art_16", "unknown", lambda: Step(
            "security_council_deferral", list(cites),
            f"{said}; whether {on} fell within that period cannot be told (the record dates its start or end only by its month "
            "or year): if it did, the Court could not proceed with the case, and the request for arrest was not to be executed "
            "for now", [_used(ins)]), cites, missing=missing, doubts=(doubt,), effect="postpone")
    return RuleResult("art_16", "yes", lambda: Step(
        "security_council_deferral", list(cites),
        f"{said}, and {on} falls within that period: the Court may not proceed with the case against {person.name}, so its "
        "request for arrest and surrender is not to be executed for now; the State remains bound to cooperate (Art. 86), the "
        f"warrant stays in force (Art. 58(4)), and the request is again to be executed after {req.end} unless the Council "
        "renews it", [_used(ins)]), cites, doubts=(doubt,), effect="postpone")


def _class_only(facts: Facts, person: Person, found: list[Instrument], on: dt.date) -> RuleResult:
    classes = [ins for ins in found if not ins.art16_request or not (ins.art16_request.persons or ins.art16_request.situations)]
    if not classes:
        return RuleResult("art_16", "no", lambda: Step(
            "security_council_deferral", [rs("16"), *(paragraph_cite(i) for i in found)],
            f"the Security Council's request under Art. 16 in force on {on} ({', '.join(i.citation for i in found)}) names other "
            f"persons or situations, not the case of {person.name}", [_used(i) for i in found]), effect="note")
    ins = classes[0]
    req = ins.art16_request
    assert req is not None
    cites = (rs("16"), paragraph_cite(ins))
    doubt = (f"the Security Council's request under Art. 16 in {ins.citation} (para {req.paragraph}) stood on {on} ({_period(ins)}) "
             f"for {req.covers}: the record does not name the persons or situations it covers, so whether it reaches the case "
             f"of {person.name} is not told here (if it does, the Court may not proceed with the case for that period)")
    missing = (f"whether {person.name} is among those {ins.citation}'s request under Art. 16 covers ({req.covers})",)
    return RuleResult("art_16", "yes", lambda: Step("security_council_deferral", list(cites), doubt, [_used(ins)]),
                      cites, missing=missing, doubts=(doubt,), effect="note")


def in_situation(facts: Facts, situation: str, wanted: dict[str, tuple[str, ...]], on: dt.date) -> list[dict[str, Any]]:
    """The Council's requests under Art. 16 standing (or possibly standing) on ``on`` that reach ``situation`` (for a
    State's duties in it, ``ask obligations``): each request that names the situation, or names a person the situation's
    outstanding warrants seek, or a situation of another of his outstanding warrants. ``wanted`` maps those persons to the
    situations of all their outstanding warrants. Each request with the persons whose arrest it suspends for its period,
    its citations (Art. 16, Art. 58(4), the resolution by its paragraph), what it does to the duty to arrest, a reasoning
    step and its doubts. The same for every State and situation."""
    out: list[dict[str, Any]] = []
    for ins in requests(facts):
        req = ins.art16_request
        assert req is not None
        sure = standing(ins, on)
        if sure is None:
            continue
        whole = situation in req.situations
        persons = [pid for pid, sits in wanted.items() if pid in facts.records.persons
                   and covers(ins, facts.records.persons[pid], (*sits, situation))]
        if not whole and not persons:
            continue
        cites = [*CITATIONS, paragraph_cite(ins)]
        names = ", ".join(facts.records.persons[p].name for p in persons)
        whom = (f"every person the situation's outstanding warrants seek ({names})" if whole and persons else
                "every case in the situation (no outstanding warrant in it on the day)" if whole else names)
        period = _period(ins)
        suspended = (f"suspended for {whom} {period} by {ins.citation} (para {req.paragraph}), the Security Council's request under "
                     "Art. 16: the Court may not proceed with the case, so its request for arrest and surrender is not to be "
                     "executed for now; the State remains bound to cooperate (Art. 86), the warrant stays in force (Art. 58(4)), "
                     f"and the request is again to be executed after {req.end} unless the Council renews it")
        doubts = ["no ruling of the Court applying a request under Art. 16 to a case is in the record: that the Court may not "
                  "proceed with its request for arrest and surrender while the deferral stands is read from Art. 16's words "
                  "('no ... prosecution may be ... proceeded with'); the warrant stays in force (Art. 58(4))"]
        if not sure:
            suspended = (f"possibly {suspended} (the record dates the period's start or end only by its month or year, so whether "
                         f"{on} fell within it cannot be told)")
            doubts.append(f"whether {on} fell within the period of {ins.citation}'s request under Art. 16 ({period}): the record "
                          "dates its start or end only by its month or year")
        said = (f"the Security Council, in {ins.citation} (para {req.paragraph}), requested under Art. 16 that no investigation or "
                f"prosecution be commenced or proceeded with {period} in the cases it covers ({req.covers}); the duty to arrest "
                f"and surrender in this situation is {suspended}; so, for the same period and cases, are the transit of a person "
                "being surrendered (Art. 89(3)(a)) and the assistance requested for their investigation or prosecution (Art. "
                "93(1), executed under Art. 99(1)), while the duties owed whatever the cases (Arts. 86, 88 and 97) stand")
        cites += list(DUTY_CITATIONS)
        doubts.append(PRESERVE_DOUBT)
        out.append({"resolution": ins.id, "citation": paragraph_cite(ins), "paragraph": req.paragraph, "start": req.start,
                    "end": req.end, "covers": req.covers, "whole_situation": whole, "persons": persons, "certain": sure,
                    "citations": cites, "suspended": suspended, "doubts": doubts,
                    "duties": _duty_words(whom, names, whole, period, ins, sure, on),
                    "step": Step("security_council_deferral", cites, said, [_used(ins)])})
    return out


#: What the rule cites for the duties besides the arrest: the transit of a person being surrendered, the other forms of
#: assistance and the execution of requests for them.
DUTY_CITATIONS = (rs("89(3)(a)"), rs("93(1)"), rs("99(1)"))

#: Art. 16 has no clause for preserving evidence while it stands, as Arts. 18(6) and 19(8) have for the deferrals and
#: challenges they govern: said as a doubt wherever a request suspends the assistance of a State.
PRESERVE_DOUBT = ("Art. 16 has no clause, as Arts. 18(6) and 19(8) have for a deferral to a State and an admissibility "
                  "challenge, allowing the Prosecutor to seek authority for steps to preserve evidence while it stands: whether "
                  "the Court may request assistance for that purpose in the cases a request covers is not settled, and no ruling "
                  "on it is in the record")

#: The Part 9 duties a request under Art. 16 suspends in the cases it covers (each serves the investigation or prosecution
#: the Court may not proceed with), and those it leaves standing (owed whatever the cases), with why.
SUSPENDS = ("arrest_and_surrender", "transit", "other_assistance", "arrangement")
STANDS = {
    "general_cooperation": "the State remains bound to cooperate fully on its ground in the situation (the basis of the row: "
                           "Art. 86 for a party, the Council's decision for a State a resolution binds, Art. 12(3) for a "
                           "declarant); in the cases the request covers the Court may not proceed, so for its period it has no "
                           "investigation or prosecution of them to cooperate with",
    "national_procedures": "not affected: procedures under national law for every form of cooperation are owed whatever the "
                           "cases before the Court (Art. 88)",
    "consultation": "not affected: the State consults the Court without delay on problems with its requests (Art. 97), "
                    "including on what the request under Art. 16 leaves to execute",
}


def _duty_words(whom: str, names: str, whole: bool, period: str, ins: Instrument, sure: bool, on: dt.date) -> dict[str, str]:
    """For each duty a request suspends, the words saying so (for the arrest, ``suspended`` above says it)."""
    req = ins.art16_request
    assert req is not None
    by = f"{period} by {ins.citation} (para {req.paragraph}), the Security Council's request under Art. 16"
    cases = (f"in every case in the situation ({whom})" if whole else
             f"in the case against {names} (assistance in the situation's other cases stands)")
    maybe = "" if sure else (f" (possibly: the record dates the period's start or end only by its month or year, so whether {on} "
                             "fell within it cannot be told)")
    again = f"again to be executed after {req.end} unless the Council renews it"
    assistance = (f"suspended {cases} {by}: a request for assistance (Art. 93(1)), executed under Art. 99(1), serves an "
                  "investigation or prosecution that may not be proceeded with (Art. 16), so requests in those cases are not to "
                  f"be executed for now and are {again}{maybe}")
    return {
        "transit": (f"suspended for {whom} {by}: a transit is part of a surrender (Art. 89(3)(a)), which the Court may not "
                    f"proceed with while the request stands; {again}{maybe}"),
        "other_assistance": assistance,
        "arrangement": assistance,
    }


def duty_effect(duty: str, council: list[dict[str, Any]]) -> dict[str, Any]:
    """What the Council's requests under Art. 16 in a situation's row (``in_situation``) do to one of its duties: for a
    duty they suspend, ``art16_effect: suspended`` with the words (``suspended``) and the paragraphs (``suspended_by``);
    for one they leave, ``art16_effect: stands`` with why (``art16_note``); nothing where no request stands."""
    if not council:
        return {}
    if duty in SUSPENDS:
        words = [r["suspended"] if duty == "arrest_and_surrender" else r["duties"][duty] for r in council]
        return {"art16_effect": "suspended", "suspended": "; ".join(words), "suspended_by": [r["citation"] for r in council]}
    return {"art16_effect": "stands", "art16_note": STANDS.get(duty, "not affected by the request under Art. 16")}
