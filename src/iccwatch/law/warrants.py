"""Whether a warrant of arrest is outstanding against a person on a date (Arts. 58, 89(1)).

A warrant creates a duty to arrest while it is outstanding: issued, and the person not yet in the
Court's custody, dead, or freed of it by withdrawal, termination or judgment. A summons to appear
(Art. 58(7)) or a prosecution application creates no duty to arrest.

A warrant "shall remain in effect until otherwise ordered by the Court" (Art. 58(4)). A death the
record holds as established (high confidence, not disputed) ends the duty from the next day: no one
can be arrested. A death only reported (lower confidence or disputed) does not, until the Court
terminates the proceedings: the question presupposes the person on the territory, hence alive, and
the warrant is in effect; the reported death is a doubt. A warrant still under seal on the date is
sent only to the States the Court chooses, and the duty arises on the Court's request (Art. 89(1)):
whether the request had reached the State is a fact the record lacks. A warrant whose issue date the
record lacks is known from the first dated entry that shows it, and cannot have been in force before the
investigation of its situation began: a warrant is issued "at any time after the initiation of an
investigation" (Art. 58(1)); between the two, the day it was issued is a span, which the rule for a
former party reads (Art. 127(2)). A status takes effect during its day: one that ends the warrant (a surrender)
counts from the next day, the host being still asked on the day itself; one under which the warrant is to be
executed (its issue, the person at large) counts from its own day, so that a warrant issued after a death the
record holds is, from its day of issue, the later status (Art. 58(4)).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.determination import Applies, IssueSpan, RuleResult
from iccwatch.law.reasoning import FactUsed, Step
from iccwatch.law.statute import investigation_start
from iccwatch.model.dates import DateSpan

if TYPE_CHECKING:
    from iccwatch.model import Person, Source, Warrant
    from iccwatch.model.person import StatusChange

#: Statuses after which no one need arrest the person under this warrant.
ENDED = {
    "surrendered": "the person is in the Court's custody",
    "appeared_voluntarily": "the person appeared before the Court",
    "deceased": "the person has died",
    "warrant_withdrawn": "the warrant was withdrawn",
    "proceedings_terminated": "the proceedings were terminated",
    "case_inadmissible": "the Court determined the case inadmissible (Arts. 17, 19)",
    "convicted": "the case has been tried",
    "acquitted": "the case has been tried",
    "released": "the person was released by the Court",
}
#: Statuses under which the warrant stays outstanding (held at home is not ICC custody).
OUTSTANDING = {"issued", "at_large", "arrested"}


@dataclass(frozen=True)
class Spell:
    """A spell of custody by a State, or by a group on a State's territory, not by the Court (``Warrant.custody``,
    or read from an ``arrested`` status with ``by_state`` until the warrant's next dated status)."""

    held_by: str
    holder: str
    group: str | None
    since: str
    since_span: DateSpan
    until: str | None
    until_span: DateSpan | None
    #: Where the spell ended on a day the record lacks: why.
    until_unknown: str | None
    own_proceedings: str | None
    sources: tuple[Source, ...]
    #: Read from an ``arrested`` status (no spell listed for the warrant).
    derived: bool = False
    #: For a spell whose end is not dated: the day by which it had surely ended, where the record gives one.
    ended_by: DateSpan | None = None
    #: How sure the record's sources are that the person was held (``Custody.confidence``; a spell read from an arrest
    #: takes the arrest's), and whether they dispute it: below high, or disputed, the custody is a doubt on the answer.
    confidence: str = "high"
    disputed: bool = False

    def on(self, day: dt.date) -> str:
        """``held`` where the person was surely held on ``day``, ``maybe`` where the record's dates leave it open,
        ``""`` where not held. A spell holds on its first and its last day (a change takes effect during its day)."""
        if self.since_span.first > day:
            return ""
        if self.until_span is not None and self.until_span.last < day:
            return ""
        if self.ended_by is not None and self.ended_by.last < day:
            return ""
        sure = self.since_span.last <= day and (
            self.until_span.first >= day if self.until_span is not None else not self.until_unknown or day == self.since_span.last)
        return "held" if sure else "maybe"

    def describe(self, name: Callable[[str], str]) -> str:
        """'held by Libya' or 'held by the Zintan brigade, a group that is not the authorities of Libya, on its territory'."""
        if self.holder == "non_state_group":
            return f"held by {self.group}, a group that is not the authorities of {name(self.held_by)}, on {name(self.held_by)}'s territory"
        return f"held by {name(self.held_by)}"


@dataclass(frozen=True)
class Held:
    """A warrant outstanding on the date whose person was (or may have been) held by a State or a group then."""

    warrant: Warrant
    spell: Spell
    #: ``held`` or ``maybe``.
    certainty: str


def custody_spells(w: Warrant) -> tuple[Spell, ...]:
    """The warrant's spells of custody not by the Court: those listed (``custody``), else each arrest by a State
    (an ``arrested`` status with ``by_state``) until the warrant's next dated status other than its issue (a
    surrender, a release, the person at large again, ...), the same for every warrant."""
    if w.custody:
        return tuple(Spell(c.held_by, c.holder, c.group, c.since, DateSpan.parse(c.since), c.until,
                           DateSpan.parse(c.until) if c.until else None, c.until_unknown, c.own_proceedings, tuple(c.sources),
                           ended_by=DateSpan.parse(c.ended_by) if c.ended_by else None, confidence=c.confidence,
                           disputed=c.disputed)
                     for c in w.custody)
    dated = sorted(((h, DateSpan.parse(h.date)) for h in w.status_history if h.date), key=lambda x: x[1].sort_key)
    out = []
    for i, (h, sp) in enumerate(dated):
        if h.status != "arrested" or not h.by_state or not h.date:
            continue
        # the next dated status that says where the person is (the warrant's own issue says nothing of it)
        nxt = next(((n, nsp) for n, nsp in dated[i + 1:]
                    if n.status not in ("issued", "requested") and (n.status != "arrested" or n.by_state != h.by_state)), None)
        out.append(Spell(h.by_state, "state", None, h.date, sp, nxt[0].date if nxt else None, nxt[1] if nxt else None,
                         None, None, tuple(h.sources), derived=True, confidence=h.confidence, disputed=h.disputed))
    return tuple(out)


@dataclass(frozen=True)
class WarrantStatus:
    outstanding: tuple[Warrant, ...]
    step: Step
    missing: tuple[str, ...] = ()
    #: Warrants of arrest that may or may not have been outstanding on the date (a date is missing).
    uncertain: tuple[Warrant, ...] = ()
    #: Doubts on a warrant outstanding (a death reported, a warrant under seal on the date), and the facts
    #: lacking for them: they matter only to a State bound to cooperate.
    doubts: tuple[str, ...] = ()
    duty_missing: tuple[str, ...] = ()
    #: For each warrant outstanding or uncertain, by id: the earliest and the latest day on which it may have been
    #: issued (one day where the record dates it; for a warrant known only by a later entry, from the start of the
    #: investigation, Art. 58(1), to the day the record first shows it).
    issue_spans: tuple[tuple[str, IssueSpan], ...] = ()
    #: Warrants outstanding on the date whose person a State (or a group on its territory) held then, not the Court.
    held: tuple[Held, ...] = ()

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


def _national_release(h: StatusChange) -> bool:
    """A release by a State's authorities (``by_state``), not by the Court: the warrant stays in effect
    (Art. 58(4)), and the person is again to be arrested; only the Court's release ends its execution."""
    return h.status == "released" and h.by_state is not None


def _established(h: StatusChange) -> bool:
    """A status the record holds as established: high confidence, not disputed."""
    return h.confidence == "high" and not h.disputed


def _issue_order(w: Warrant) -> tuple[dt.date, dt.date]:
    """Warrants by issue date (those with none first)."""
    return DateSpan.parse(w.issued).sort_key if w.issued else (dt.date.min, dt.date.min)


def _known_by(w: Warrant) -> tuple[str, str] | None:
    """For a warrant the record does not date: the earliest dated entry that shows it (its date and what it
    says), by the last day that entry's date can mean; None if there is none."""
    evidence = [(h.date or "", h.status.replace("_", " ")) for h in w.status_history if h.date]
    if w.unsealed:
        evidence.append((w.unsealed, "unsealed"))
    return min(evidence, key=lambda e: DateSpan.parse(e[0]).last, default=None)


def investigation_began(facts: Facts, w: Warrant) -> tuple[dt.date, str] | None:
    """The first day of the investigation of the warrant's situation, and how it began: a warrant is issued
    only "after the initiation of an investigation" (Art. 58(1)). None where the record does not date it."""
    situation = facts.records.situations.get(w.situation)
    if situation is None:
        return None
    start, how = investigation_start(situation)
    return (start, how) if start is not None else None


def _before_investigation(facts: Facts, w: Warrant, on: dt.date) -> str:
    """How the warrant's situation's investigation began, if it began after ``on`` (no warrant could then be in force)."""
    began = investigation_began(facts, w)
    return f"{began[1]} on {began[0]}" if began and on < began[0] else ""


def _in_force(pw: _Prepared, on: dt.date) -> list[StatusChange]:
    """The warrant's dated statuses in force on ``on``, in date order (the record's order where dates are equal): one
    under which the warrant is to be executed (its issue, the person at large, arrested) from its last possible day, any
    other (one that ends the warrant) from the day after its last possible day (on its day the person may still be
    arrested)."""
    return [h for h, sp in pw.by_date if (sp.last <= on if h.status in OUTSTANDING else sp.last < on)]


def _ends(h: StatusChange) -> bool:
    """A status that ends the warrant's execution: not a death only reported, nor a State's own release (Art. 58(4))."""
    return h.status in ENDED and (h.status != "deceased" or _established(h)) and not _national_release(h)


def _maybe_ended(pw: _Prepared, on: dt.date) -> StatusChange | None:
    """A status that would end the warrant, dated only by its month or year, whose span holds ``on`` after its first
    day: it may have taken effect before ``on``, or not yet."""
    return next((h for h, sp in pw.ending if _ends(h) and sp.first < on <= sp.last), None)


@dataclass(frozen=True)
class EntryOn:
    """A warrant's status on a day as the law reads it (``status_entry_on``): the entry in effect (None before the
    warrant was issued, or where the record cannot tell), and, where it cannot, why (``unknown``)."""

    entry: StatusChange | None
    unknown: str | None = None


def status_entry_on(facts: Facts, w: Warrant, on: dt.date) -> EntryOn:
    """The warrant's status entry in effect on ``on``, by the rule ``warrant_status`` reads (the same dates, the same
    order): None before it was issued; "unknown on <day>: ..." where a date the record gives only by its month or year
    (or not at all) leaves open whether the warrant was issued, or had ended, by then. A summons or an application is
    read by the same dates."""
    pw = next(x for x in _prepared(facts, facts.records.persons[w.person]) if x.w.id == w.id)
    span = pw.issued
    if span is None and _before_investigation(facts, w, on):
        return EntryOn(None)
    if span is None and w.kind == "application" and pw.known is not None and pw.known_last is not None and pw.known_last > on:
        # an application has no issue date: it was made on its first dated entry (the Prosecutor's request)
        made = DateSpan.parse(pw.known[0])
        return EntryOn(None, None if made.first > on else f"unknown on {on}: {pw.known[1]} in {pw.known[0]}, not narrowed to a day")
    if span is None:
        if pw.known is None:
            return EntryOn(None, f"unknown on {on}: the record gives no date for the {pw.label}")
        if pw.known_last is not None and pw.known_last > on:
            return EntryOn(None, f"unknown on {on}: the issue date is not recorded, and the record first shows the "
                                 f"warrant by {pw.known[0]} ({pw.known[1]})")
    elif span.surely_after(on):
        return EntryOn(None)
    elif span.last > on:
        return EntryOn(None, f"unknown on {on}: issued in {w.issued}, not narrowed to a day")
    # an application's request counts from its own day, as a warrant's issue does
    past = [h for h, sp in pw.by_date if (sp.last <= on if h.status in OUTSTANDING or h.status == "requested" else sp.last < on)]
    current = past[-1] if past else None
    if current is not None and _ends(current):
        return EntryOn(current)
    if (maybe := _maybe_ended(pw, on)) is not None:
        return EntryOn(current, f"unknown on {on}: {maybe.status.replace('_', ' ')} in {maybe.date}, not narrowed to a day")
    if pw.undated_end:
        return EntryOn(current, f"unknown on {on}: {pw.undated_end[0].status.replace('_', ' ')} recorded without a date")
    if current is None:  # issued by then, its entries undated: its first step
        current = next((h for h in w.status_history if not h.date and h.status in ("issued", "requested")), None)
    return EntryOn(current)


def warrant_status(facts: Facts, person: Person, on: dt.date) -> WarrantStatus:
    """The person's warrants of arrest outstanding on ``on``, with the reasoning (memoised, bounded)."""
    return facts.memoised("warrant_status", (person.id, on), lambda: _warrant_status(facts, person, on))


@dataclass(frozen=True)
class _Prepared:
    """What the rule reads of one warrant on every date, read once per facts (``_prepared``): its label, its
    dates parsed, its statuses in date order."""

    w: Warrant
    label: str
    #: The warrant as a fact used (with its issue date).
    fact: FactUsed
    issued: DateSpan | None
    #: Dated statuses in date order (the record's order where dates are equal), each with its span.
    by_date: tuple[tuple[StatusChange, DateSpan], ...]
    #: Dated statuses that end the warrant, in the record's order, each with its span.
    ending: tuple[tuple[StatusChange, DateSpan], ...]
    undated_end: tuple[StatusChange, ...]
    #: For a warrant the record does not date: the earliest dated entry that shows it, and that entry's last day.
    known: tuple[str, str] | None
    known_last: dt.date | None
    unsealed: DateSpan | None
    custody: tuple[Spell, ...] = ()


def _in_date_order(dated: list[tuple[StatusChange, DateSpan]]) -> tuple[tuple[StatusChange, DateSpan], ...]:
    """Status entries in date order; where two spans overlap (``arrested 2013-11`` beside ``issued 2013-11-20``)
    neither date orders them, so the record's order does (the checker keeps histories in date order as far as
    their dates tell). Sorting by first day put a month-dated arrest before the warrant's issue within it."""
    def before(i: int, j: int) -> int:
        a, b = dated[i][1], dated[j][1]
        if a.last < b.first:
            return -1
        if b.last < a.first:
            return 1
        return i - j
    order = sorted(range(len(dated)), key=functools.cmp_to_key(before))
    return tuple(dated[i] for i in order)


def _prepare(facts: Facts, person: Person) -> tuple[_Prepared, ...]:
    out = []
    for w in sorted(facts.warrants_of(person.id), key=_issue_order):
        label = f"{w.kind.replace('_', ' ')}{' ' + w.case_number if w.case_number else ''}"
        dated = [(h, DateSpan.parse(h.date)) for h in w.status_history if h.date]
        known = _known_by(w) if w.issued is None else None
        out.append(_Prepared(
            w, label, _fact(w, label, w.issued), DateSpan.parse(w.issued) if w.issued else None,
            _in_date_order(dated),
            tuple((h, sp) for h, sp in dated if h.status in ENDED),
            # an undated ending the record lists after a dated one came after it (the checker keeps histories in
            # date order): the warrant had ended by then, so it leaves no day unknown (session 35: a release whose
            # day no source gives, listed after the surrender)
            tuple(h for i, h in enumerate(w.status_history) if not h.date and h.status in ENDED
                  and not any(p.date and p.status in ENDED for p in w.status_history[:i])),
            known, DateSpan.parse(known[0]).last if known else None,
            DateSpan.parse(w.unsealed) if w.unsealed else None,
            custody_spells(w),
        ))
    return tuple(out)


def _prepared(facts: Facts, person: Person) -> tuple[_Prepared, ...]:
    """The person's warrants prepared for the rule (once per facts: the facts never change)."""
    return facts.indexed("warrants_prepared", person.id, lambda: _prepare(facts, person))


def _warrant_status(facts: Facts, person: Person, on: dt.date, write: bool = False) -> WarrantStatus:
    """The status decided, and its reasoning: with ``write``, every warrant's step; without, the conclusion only,
    the warrants' steps written when the reasoning is first read (the same function, asked again with ``write``)."""
    prepared = _prepared(facts, person)
    children: list[Step] = []
    outstanding: list[Warrant] = []
    uncertain: list[Warrant] = []
    missing: list[str] = []
    doubts: list[str] = []
    duty_missing: list[str] = []
    spans: list[tuple[str, IssueSpan]] = []
    held: list[Held] = []
    for pw in prepared:
        w, label = pw.w, pw.label
        if w.kind != "arrest_warrant":
            why = ("a summons to appear (Art. 58(7)) does not order arrest" if w.kind == "summons_to_appear"
                   else "the Prosecutor applied for a warrant; no issued warrant is recorded")
            if write:  # the steps only the reasoning reads: written when it is read (``warrant_status``)
                children.append(Step("warrant_kind", [rs("58(7)") if w.kind == "summons_to_appear" else rs("58(1)")],
                                     f"{label}: {why}", [pw.fact]))
            continue
        span = pw.issued
        if span is None and (before := _before_investigation(facts, w, on)):
            if write:
                children.append(Step("warrant_issued", [rs("58(1)")],
                                     f"{label}: the record does not give its issue date, but a warrant is issued only after the "
                                     f"initiation of an investigation (Art. 58(1)), and the investigation of the situation was "
                                     f"{before}, after {on}: none was in force on {on}", [pw.fact]))
            continue
        if span is None:
            # Known only through a dated status entry: it existed by the first such date.
            known = pw.known
            began = investigation_began(facts, w)
            first = began[0] if began else dt.date.min
            last = min(pw.known_last, on) if pw.known_last is not None else on
            spans.append((w.id, (first, max(first, last))))
            if known is None or (pw.known_last is not None and pw.known_last > on):
                uncertain.append(w)
                missing.append(f"the date on which the warrant against {person.name} was issued")
                when = f"; the record first shows it on {known[0]} ({known[1]})" if known else ""
                if write:
                    children.append(Step("warrant_issued", [rs("58(1)")],
                                         f"{label}: issued, but the record does not say when{when}, so whether it was in force on {on} is unknown",
                                         [pw.fact]))
                continue
            issued_text = f"in force by {known[0]} ({known[1]} then; the issue date is not recorded)"
        elif span.surely_after(on):
            if write:
                children.append(Step("warrant_issued", [rs("58(1)")], f"{label}: issued on {w.issued}, after {on}", [pw.fact]))
            continue
        elif span.last > on:
            # Dated only by its month or year, a span that holds the day asked and later days: it may have been
            # issued by then, or not yet.
            spans.append((w.id, (span.first, span.last)))
            uncertain.append(w)
            missing.append(f"the day in {w.issued} on which the warrant against {person.name} was issued")
            if write:
                children.append(Step("warrant_issued", [rs("58(1)")],
                                     f"{label}: issued in {w.issued}, a period the record does not narrow to a day; whether it was "
                                     f"in force on {on} is unknown", [pw.fact]))
            continue
        else:
            issued_text = f"issued on {w.issued}" if span.first == span.last else f"issued in {w.issued}"
            spans.append((w.id, (span.first, span.last)))
        # The statuses in force on the day, in date order (the record's order where dates are equal): one that ends
        # the warrant counts from the day after its day (on its day the person may still be arrested), one under which
        # it is to be executed (its issue, the person at large) from its own day, so that a death recorded before the
        # warrant was issued is, on the day of issue too, before a later status of the warrant (Art. 58(4)).
        past = _in_force(pw, on)
        current = past[-1] if past else None
        undated_end = pw.undated_end
        if current is not None and _ends(current):
            if write:
                children.append(Step("warrant_ended", [rs("89(1)")],
                                     f"{label}: no longer to be executed on {on}: {ENDED[current.status]} ({current.date})",
                                     [FactUsed(current.status.replace('_', ' '), current.date, tuple(current.sources))]))
            continue
        # A status that would end the warrant, dated only by its month or year, whose span holds the day
        # after its first day: it may have taken effect before the day asked, or not yet.
        maybe_ended = _maybe_ended(pw, on)
        if maybe_ended is not None:
            uncertain.append(w)
            missing.append(f"the day in {maybe_ended.date} on which the warrant against {person.name} ceased to be executable "
                           f"({maybe_ended.status.replace('_', ' ')})")
            if write:
                children.append(Step("warrant_status", [rs("58(4)"), rs("89(1)")],
                                     f"{label}: {ENDED[maybe_ended.status]} in {maybe_ended.date}, a period the record does not narrow to a "
                                     f"day; whether it was still to be executed on {on} is unknown",
                                     [FactUsed(maybe_ended.status.replace('_', ' '), maybe_ended.date, tuple(maybe_ended.sources))]))
            continue
        # Art. 58(4): a death only reported, or recorded before a later status of the warrant, leaves the
        # warrant in effect until the Court orders otherwise.
        death = next((h for h in reversed(past) if h.status == "deceased"), None)
        death_cites: list[str] = []
        death_tail = death_doubt = ""
        if death is not None:
            how = "reported dead" if current is death else "recorded dead"
            why = (f"{death.confidence} confidence{', disputed' if death.disputed else ''}" if current is death
                   else f"before the warrant's later status ({current.status.replace('_', ' ') if current else ''})")
            death_tail = (f"; the person is {how} on {death.date} ({why}), but the warrant remains in effect until the Court "
                          "orders otherwise (Art. 58(4)): if on the territory, the person is alive")
            death_cites = [rs("58(4)")]
            death_doubt = (f"{person.name} is {how} on {death.date} ({why}); the Court had not terminated the proceedings "
                           f"by {on}, so the warrant remained in effect (Art. 58(4)) and the duty applies if the person is alive "
                           "and on the territory")
        if undated_end:
            uncertain.append(w)
            missing.append(f"the date on which the warrant against {person.name} ceased to be executable ({undated_end[0].status})")
            if write:
                children.append(Step("warrant_status", [rs("89(1)")],
                                     f"{label}: the record says {undated_end[0].status.replace('_', ' ')} without a date, so whether it was outstanding on {on} is unknown",
                                     [FactUsed(undated_end[0].status, None, tuple(undated_end[0].sources))]))
            continue
        outstanding.append(w)
        if death_doubt:
            doubts.append(death_doubt)
        same_day = [h for h, sp in pw.ending if sp.first <= on <= sp.last]
        tail = (f" (on {same_day[0].date} it ended: {ENDED[same_day[0].status]}; a change takes effect during its day, so on "
                "that day the warrant was still to be executed)") if same_day else ""
        seal_cites: list[str] = []
        if pw.unsealed is not None and pw.unsealed.surely_after(on):
            # Under seal the whole day (unsealed on a later day; on the day of unsealing it was public).
            tail += (f"; it was under seal until {w.unsealed}: the duty arises on the Court's request (Art. 89(1)), and a "
                     "sealed warrant is sent only to the States the Court chooses")
            seal_cites = [rs("89(1)")]
            doubts.append(f"the warrant against {person.name} was under seal on {on} (unsealed {w.unsealed}): whether the "
                          "Court had transmitted its request to the State by then is not recorded")
            duty_missing.append(f"whether the Court had transmitted its request for the arrest of {person.name} to the State "
                           f"while the warrant was under seal (unsealed {w.unsealed})")
        for spell in pw.custody:
            if certainty := spell.on(on):
                held.append(Held(w, spell, certainty))
                if spell.confidence != "high" or spell.disputed:
                    # the record shows him held on a lower confidence (or disputed): he may as well have been at large,
                    # so where he was, and so which State could act, is a doubt for every State bound
                    where = spell.describe(lambda iso3: facts.records.states[iso3].name if iso3 in facts.records.states else iso3)
                    doubts.append(f"that {person.name} was {where} since {spell.since} rests on sources of {spell.confidence} "
                                  f"confidence{' that dispute it' if spell.disputed else ''} in the record: whether the person was held "
                                  f"there on {on}, or at large, is not established")
                if write:
                    where = spell.describe(lambda iso3: facts.records.states[iso3].name if iso3 in facts.records.states else iso3)
                    # the law as at the date: an end after the day asked is not told
                    until = (f" until {spell.until}" if spell.until_span is not None and spell.until_span.last <= on
                             else f" (it ended on a day the record lacks: {spell.until_unknown})" if spell.until_unknown else "")
                    tail += (f"; {'' if certainty == 'held' else 'may have been '}{where} since {spell.since}{until}, not "
                             "surrendered to the Court: the warrant is still to be executed: the person is to be surrendered to the Court (Arts. 59, 89(1))")
        if write:
            children.append(Step("warrant_outstanding", list(dict.fromkeys([rs("58(1)"), *death_cites, rs("89(1)"), *seal_cites])),
                                 f"{label}: {issued_text} and outstanding on {on}{tail}{death_tail}",
                                 [pw.fact,
                                  *([FactUsed(f"{death.status} (reported)", death.date, tuple(death.sources), note=death.note)]
                                    if death is not None else [])]))
    if not prepared:
        if write:
            children.append(Step("no_warrant", [rs("58(1)")], f"the record holds no warrant, summons or application for {person.name}"))
    if outstanding:
        conclusion = f"a warrant of arrest against {person.name} is outstanding on {on}"
    elif uncertain:
        conclusion = f"whether a warrant of arrest against {person.name} was outstanding on {on} cannot be told from the record"
    else:
        conclusion = f"no warrant of arrest against {person.name} is outstanding on {on}"
    step = (Step("warrant_status", [rs("58(1)"), rs("89(1)")], conclusion, children=children) if write else
            Step.later("warrant_status", [rs("58(1)"), rs("89(1)")], conclusion,
                       lambda: _warrant_status(facts, person, on, write=True).step.children))
    return WarrantStatus(tuple(outstanding), step,
                         tuple(dict.fromkeys(missing)), tuple(uncertain), tuple(dict.fromkeys(doubts)), tuple(dict.fromkeys(duty_missing)),
                         tuple(spans), tuple(held))
