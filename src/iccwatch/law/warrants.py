"""Whether a warrant of arrest is outstanding against a person on a date (Arts. 58, 89(1)).

A warrant creates a duty to arrest while it is outstanding: issued, and the person not yet in the
Court's custody, dead, or freed of it by withdrawal, termination or judgment. A summons to appear
(Art. 58(7)) or a prosecution application creates no duty to arrest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import Applies, RuleResult
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Person, Warrant

#: Statuses after which no one need arrest the person under this warrant.
ENDED = {
    "surrendered": "the person is in the Court's custody",
    "appeared_voluntarily": "the person appeared before the Court",
    "deceased": "the person has died",
    "warrant_withdrawn": "the warrant was withdrawn",
    "proceedings_terminated": "the proceedings were terminated",
    "convicted": "the case has been tried",
    "acquitted": "the case has been tried",
    "released": "the person was released by the Court",
}
#: Statuses under which the warrant stays outstanding (held at home is not ICC custody).
OUTSTANDING = {"issued", "at_large", "arrested"}


@dataclass(frozen=True)
class WarrantStatus:
    outstanding: tuple[Warrant, ...]
    step: Step
    missing: tuple[str, ...] = ()
    #: Warrants of arrest that may or may not have been outstanding on the date (a date is missing).
    uncertain: tuple[Warrant, ...] = ()

    @property
    def unknown(self) -> bool:
        """True when the record cannot tell whether a warrant was outstanding on the date."""
        return not self.outstanding and bool(self.uncertain)

    @property
    def applies(self) -> Applies:
        return "yes" if self.outstanding else "unknown" if self.uncertain else "no"

    @property
    def result(self) -> RuleResult:
        return RuleResult("warrant", self.applies, self.step, (rs("58(1)"), rs("89(1)")), missing=self.missing)


def _fact(w: Warrant, what: str, date: str | None) -> FactUsed:
    return FactUsed(what=what, date=date, sources=tuple(w.sources), note=w.note if w.confidence != "high" else None)


def _ended_before(date: str, on: dt.date) -> bool:
    """A status dated D takes effect during D: on D itself the person may still be arrested or
    surrendered (the host is asked on D), so the status counts from the day after (from the day
    after the last day a month- or year-only date can mean)."""
    return DateSpan.parse(date).surely_before(on)


def _issue_order(w: Warrant) -> tuple[dt.date, dt.date]:
    """Warrants by issue date (those with none first)."""
    return DateSpan.parse(w.issued).sort_key if w.issued else (dt.date.min, dt.date.min)


def warrant_status(facts: Facts, person: Person, on: dt.date) -> WarrantStatus:
    """The person's warrants of arrest outstanding on ``on``, with the reasoning (memoised, bounded)."""
    return facts.memoised("warrant_status", (person.id, on), lambda: _warrant_status(facts, person, on))


def _warrant_status(facts: Facts, person: Person, on: dt.date) -> WarrantStatus:
    warrants = facts.warrants_of(person.id)
    children: list[Step] = []
    outstanding: list[Warrant] = []
    uncertain: list[Warrant] = []
    missing: list[str] = []
    for w in sorted(warrants, key=_issue_order):
        label = f"{w.kind.replace('_', ' ')}{' ' + w.case_number if w.case_number else ''}"
        if w.kind != "arrest_warrant":
            why = ("a summons to appear (Art. 58(7)) does not order arrest" if w.kind == "summons_to_appear"
                   else "the Prosecutor applied for a warrant; no issued warrant is recorded")
            children.append(Step("warrant_kind", [rs("58(7)") if w.kind == "summons_to_appear" else rs("58(1)")],
                                 f"{label}: {why}", [_fact(w, label, w.issued)]))
            continue
        dated = [h for h in w.status_history if h.date]
        if w.issued is None:
            # Known only through a dated status entry: it existed by the first such date.
            evidence = [(h.date or "", h.status.replace("_", " "), tuple(h.sources)) for h in dated]
            if w.unsealed:
                evidence.append((w.unsealed, "unsealed", tuple(w.sources)))
            # It surely existed by the last day the earliest such entry can mean.
            known = min(evidence, key=lambda e: DateSpan.parse(e[0]).last, default=None)
            if known is None or DateSpan.parse(known[0]).last > on:
                uncertain.append(w)
                missing.append(f"the date on which the warrant against {person.name} was issued")
                when = f"; the record first shows it on {known[0]} ({known[1]})" if known else ""
                children.append(Step("warrant_issued", [rs("58(1)")],
                                     f"{label}: issued, but the record does not say when{when}, so whether it was in force on {on} is unknown",
                                     [_fact(w, label, None)]))
                continue
            issued_text = f"in force by {known[0]} ({known[1]} then; the issue date is not recorded)"
        elif DateSpan.parse(w.issued).surely_after(on):
            children.append(Step("warrant_issued", [rs("58(1)")], f"{label}: issued on {w.issued}, after {on}",
                                 [_fact(w, label, w.issued)]))
            continue
        else:
            issued_text = f"issued on {w.issued}"
        past = [h for h in dated if _ended_before(h.date or "", on)]
        current = past[-1] if past else None
        undated_end = [h for h in w.status_history if not h.date and h.status in ENDED]
        if current is not None and current.status in ENDED:
            children.append(Step("warrant_ended", [rs("89(1)")],
                                 f"{label}: no longer to be executed on {on}: {ENDED[current.status]} ({current.date})",
                                 [FactUsed(current.status.replace('_', ' '), current.date, tuple(current.sources))]))
            continue
        if undated_end:
            uncertain.append(w)
            missing.append(f"the date on which the warrant against {person.name} ceased to be executable ({undated_end[0].status})")
            children.append(Step("warrant_status", [rs("89(1)")],
                                 f"{label}: the record says {undated_end[0].status.replace('_', ' ')} without a date, so whether it was outstanding on {on} is unknown",
                                 [FactUsed(undated_end[0].status, None, tuple(undated_end[0].sources))]))
            continue
        outstanding.append(w)
        same_day = [h for h in dated if h.status in ENDED and DateSpan.parse(h.date or "").contains(on)]
        tail = (f" (on {same_day[0].date} it ended: {ENDED[same_day[0].status]}; a change takes effect during its day, so on "
                "that day the warrant was still to be executed)") if same_day else ""
        children.append(Step("warrant_outstanding", [rs("58(1)"), rs("89(1)")],
                             f"{label}: {issued_text} and outstanding on {on}{tail}",
                             [_fact(w, label, w.issued)]))
    if not warrants:
        children.append(Step("no_warrant", [rs("58(1)")], f"the record holds no warrant, summons or application for {person.name}"))
    if outstanding:
        conclusion = f"a warrant of arrest against {person.name} is outstanding on {on}"
    elif uncertain:
        conclusion = f"whether a warrant of arrest against {person.name} was outstanding on {on} cannot be told from the record"
    else:
        conclusion = f"no warrant of arrest against {person.name} is outstanding on {on}"
    return WarrantStatus(tuple(outstanding), Step("warrant_status", [rs("58(1)"), rs("89(1)")], conclusion, children=children),
                         tuple(dict.fromkeys(missing)), tuple(uncertain))
