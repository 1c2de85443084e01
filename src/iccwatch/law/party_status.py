"""Whether a State is a party to the Rome Statute on a date (arts. 125-127), and its wider relation.

A State becomes a party when the Statute enters into force for it (art. 126), and ceases to be one
when its withdrawal takes effect (art. 127(1)); a notification revoked before then has no effect.
Signature alone binds to nothing under the Statute (VCLT art. 18(a) asks only that a signatory not defeat
the treaty's object and purpose, until it makes clear it will not become a party).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from iccwatch.facts import Facts
from iccwatch.law.citations import rs
from iccwatch.law.reasoning import FactUsed, Step, WrittenOnRead
from iccwatch.law.treaty import Period, periods
from iccwatch.model.dates import DateSpan
from iccwatch.model.rome_statute import (
    entry_into_force_for,
    withdrawal_takes_effect,
    withdrawn_before_force,
)
from iccwatch.model.terms import CONSENT_ACTIONS

if TYPE_CHECKING:
    from iccwatch.model import Participation, State


def fact_of(act: Participation, what: str | None = None) -> FactUsed:
    return FactUsed(
        what=what or act.action.replace("_", " "),
        date=act.date,
        sources=tuple(act.sources),
        disputed=act.disputed,
        note=act.note if act.disputed or act.confidence != "high" else None,
    )


@dataclass(frozen=True, init=False, eq=False)
class PartyStatus(WrittenOnRead):
    iso3: str
    on: dt.date
    party: bool
    #: party | party_withdrawal_pending | ratified_not_in_force | former_party | signatory |
    #: signature_withdrawn | non_party
    status: str
    since: str | None
    until: str | None
    #: The step, or a function that writes it (read it through ``step``: the travel matrix never does).
    written: Step | Callable[[], Step] = field(compare=False, repr=False)
    #: Doubts that affect this answer (disputed facts, derived dates that differ from recorded ones,
    #: facts after the record's checked date).
    doubts: tuple[str, ...] = ()
    declarations: tuple[Participation, ...] = ()
    announcements: tuple[Participation, ...] = ()
    #: Why whether the State is a party on the date cannot be told (a deposit or a notification dated
    #: only by its month or year, the date falling in the range it allows), else None.
    uncertain: str | None = None

    def __init__(self, iso3: str, on: dt.date, party: bool, status: str, since: str | None, until: str | None,
                 written: Step | Callable[[], Step], doubts: tuple[str, ...] = (),
                 declarations: tuple[Participation, ...] = (), announcements: tuple[Participation, ...] = (),
                 uncertain: str | None = None) -> None:
        self.__dict__.update(iso3=iso3, on=on, party=party, status=status, since=since, until=until, written=written,
                             doubts=doubts, declarations=declarations, announcements=announcements, uncertain=uncertain)

    def _key(self) -> tuple[object, ...]:
        return (self.iso3, self.on, self.party, self.status, self.since, self.until, self.doubts, self.declarations,
                self.announcements, self.uncertain)


def checked_through(facts: Facts, kinds: tuple[str, ...]) -> tuple[dt.date, str]:
    """The date through which the record was checked for ``kinds`` (``Facts.checked_through_of``),
    computed once per facts: every answer reads it."""
    return facts.indexed("checked_through", kinds, lambda: facts.checked_through_of(kinds))


def intervals_of(facts: Facts, iso3: str) -> list[Period]:
    """The State's periods as a party, derived under Arts. 126 and 127(1) (indexed once per facts)."""
    return facts.indexed("periods", iso3, lambda: periods(facts.records.states[iso3].participation))


def parties_on(facts: Facts, on: dt.date) -> list[str]:
    """The States Parties on ``on`` (ISO alpha-3, sorted)."""
    return [iso3 for iso3 in sorted(facts.records.states) if any(p.contains(on) for p in intervals_of(facts, iso3))]


def retraction_words(retracted: str) -> str:
    """How a withdrawal announcement the government took back is worded everywhere: in the reasoning (the
    CLI's ``state``, the API), and beside the act in the dashboard's State page and its timeline."""
    return f"the government retracted it on {retracted}"


def _first(d: str) -> dt.date:
    return DateSpan.parse(d).first


def party_status(facts: Facts, iso3: str, on: dt.date) -> PartyStatus:
    """The State's relation to the Rome Statute on ``on``, with the reasoning and its sources.

    Results are memoised (bounded) on the read-only facts: the same question always has the same answer.
    """
    code = iso3 if iso3 in facts.records.states else facts.state(iso3).iso3  # a code as recorded needs no lookup
    return facts.memoised("party_status", (code, on), lambda: _party_status(facts, code, on))


def _deposited_again(intervals: Sequence[Period], on: dt.date) -> Period | None:
    """For a former party: the next period of membership whose instrument was deposited by ``on`` (not yet in force)."""
    return next((iv for iv in intervals if iv.start > on and iv.consent is not None
                 and DateSpan.parse(iv.consent.date).last <= on), None)


def _party_status(facts: Facts, iso3: str, on: dt.date) -> PartyStatus:
    """The status decided from the periods and acts; its reasoning written by ``_status_step`` when read."""
    st = facts.records.states[iso3]
    acts = facts.acts_until(iso3, on)
    intervals = intervals_of(facts, iso3)
    doubts: list[str] = []
    current, past, consents, signatures, sig_withdrawn, announced, declarations = _acts_on(intervals, acts, on)

    since = until = None
    pending: Participation | None = None
    later: tuple[Participation, Participation] | None = None
    if current:
        since = current.start.isoformat()
        doubts += [d for d in current.doubts if "entry into force" in d or "deposit" in d or "succession" in d]
        pending = current.notified if current.notified is not None and _first(current.notified.date) <= on else None
        later = None if pending is not None else _revoked_later(st.participation, current, on)
        if pending is not None:
            assert current.end is not None
            until = current.end.isoformat()
            doubts += [d for d in current.doubts if "withdrawal" in d or "notification" in d]
            status = "party_withdrawal_pending"
        elif later is not None:
            # As at the date the notification stood, and was to take effect a year later (Art. 127(1)); its
            # revocation, after the date, is what kept the State a party (VCLT art. 68): no end to give.
            status = "party_withdrawal_pending"
        else:
            status = "party"
        party = True
    elif past:
        last = past[-1]
        assert last.end is not None
        since = last.end.isoformat()
        status = "former_party"
        party = False
        doubts += list(last.doubts)
        again = _deposited_again(intervals, on)
        if again is not None:
            # A new instrument deposited, not yet in force (Art. 126(2)): a former party until it is.
            until = again.start.isoformat()
            doubts.append(f"{st.name} deposited a new instrument on {again.consent.date if again.consent else 'a recorded day'}; the "
                          f"Statute enters into force for it again on {until} (Art. 126(2)): until then it owes what a former "
                          "party owes (Art. 127(2)) and, as a State that has consented, to refrain from acts defeating the "
                          "Statute's object and purpose (VCLT art. 18(b))")
        if last.end_disputed and last.end_act is not None:
            why = f"whether {st.name}'s withdrawal took effect on {last.end_act.date} is disputed: {(last.end_act.note or 'see the sources').rstrip('.')}."
            if last.notified is None:
                doubts.append(f"{why} If it did not, {st.name} is still a party.")
            else:
                # The notification alone makes the withdrawal take effect (Art. 127(1)); the disputed date
                # matters only where it differs from the derived one, or if the notification was revoked.
                derived = withdrawal_takes_effect(_first(last.notified.date))
                if derived == last.end:
                    doubts.append(f"{why} Art. 127(1) gives the same date from the notification of {last.notified.date}; only a "
                                  "revocation before then (none is recorded) would have kept the State a party.")
                else:
                    doubts.append(f"{why} If it did not, the withdrawal took effect on {derived}, one year after the notification "
                                  f"of {last.notified.date} (Art. 127(1)).")
    elif consents:
        status = "ratified_not_in_force"
        party = False
        upcoming = next((iv for iv in intervals if iv.start > on), None)
        until = upcoming.start.isoformat() if upcoming else None
    elif sig_withdrawn:
        status = "signature_withdrawn"
        party = False
        since = sig_withdrawn[-1].date
        if DateSpan.parse(sig_withdrawn[-1].date).last > on:
            # Dated only by its month or year, a span that runs past the day asked: it may not have been made yet.
            doubts.append(f"the record dates {st.name}'s notice that it does not intend to become a party only to "
                          f"{sig_withdrawn[-1].date}: on {on.isoformat()} it may still have been a signatory (VCLT art. 18(a)); "
                          "either way it owed no cooperation under the Statute")
    elif signatures:
        status = "signatory"
        party = False
        since = signatures[0].date
    else:
        status = "non_party"
        party = False
    uncertain = None
    for iv in intervals:
        if iv.uncertain_on(on):
            act = iv.consent if iv.start <= on < (iv.start_latest or iv.start) else iv.notified
            what = "deposit" if act is iv.consent else "withdrawal notification"
            uncertain = (f"the day of {st.name}'s {what} ({act.date if act else 'undated'}), on which whether it is a party on "
                         f"{on.isoformat()} depends (Arts. 126(2), 127(1))")
    checked, checked_text = checked_through(facts, ("states",))
    if on > checked:
        doubts.append(f"the record was checked through {checked_text}; facts after that date may be missing")
    return PartyStatus(
        iso3=st.iso3, on=on, party=party, status=status, since=since, until=until,
        written=lambda: _status_step(st, intervals, on, status, until, pending, acts, later),
        doubts=tuple(dict.fromkeys(doubts)), declarations=tuple(declarations), announcements=tuple(announced),
        uncertain=uncertain,
    )


def _revoked_later(participation: Sequence[Participation], current: Period, on: dt.date) -> tuple[Participation, Participation] | None:
    """A withdrawal notification made during ``current`` on or before ``on`` and revoked only after ``on``
    (before it could take effect), with its revocation: on ``on`` the withdrawal was pending."""
    own = [a for a in participation if a.instrument == "rome-statute"]
    if not any(a.action == "withdrawal_revoked" for a in own):
        return None
    for n in own:
        if n.action != "withdrawal_notified" or not (current.start <= _first(n.date) <= on):
            continue
        effect = _scheduled_effect(own, n)
        rev = next((r for r in own if r.action == "withdrawal_revoked" and on < _first(r.date) < effect), None)
        if rev is not None and effect > on:
            return n, rev
    return None


def _scheduled_effect(acts: Sequence[Participation], notice: Participation) -> dt.date:
    """When a notification of withdrawal was to take effect: a recorded (or assumed) effect later than one year after it,
    the later date the notification specifies (Art. 127(1); round 27), else one year after it."""
    derived = withdrawal_takes_effect(_first(notice.date))
    after = [_first(a.date) for a in acts if a.action == "withdrawal_notified" and a.instrument == notice.instrument
             and _first(a.date) > _first(notice.date)]
    named = [_first(a.date) for a in acts if a.action == "withdrawal_effective" and a.instrument == notice.instrument
             and _first(a.date) > derived and not any(n < _first(a.date) for n in after)]
    return min(named) if named else derived


def _scheduled_how(acts: Sequence[Participation], notice: Participation) -> str:
    return ("one year after the notification" if _scheduled_effect(acts, notice) == withdrawal_takes_effect(_first(notice.date))
            else "the later date the notification specifies")


class _ActsOn(NamedTuple):
    """A State's periods and acts as its status on a day is decided from them, and explained."""

    current: Period | None  # the period of membership holding the day
    past: list[Period]  # the periods ended by then
    consents: list[Participation]  # the instruments deposited and standing
    signatures: list[Participation]
    sig_withdrawn: list[Participation]
    announced: list[Participation]  # withdrawals announced
    declarations: list[Participation]  # declarations under Art. 12(3)


def _acts_on(intervals: list[Period], acts: list[Participation], on: dt.date) -> _ActsOn:
    """The periods and acts ``on`` reads: one reading for ``_party_status``, which decides the status, and
    ``_status_step``, which writes its reasoning, so that the two cannot read them apart."""
    return _ActsOn(
        current=next((iv for iv in intervals if iv.contains(on)), None),
        past=[iv for iv in intervals if iv.end is not None and iv.end <= on],
        consents=_standing_consents(acts, on),
        signatures=[a for a in acts if a.action == "signature"],
        sig_withdrawn=[a for a in acts if a.action == "signature_withdrawn"],
        announced=[a for a in acts if a.action == "withdrawal_announced"],
        declarations=[a for a in acts if a.action == "declaration_12_3"],
    )


def _standing_consents(acts: list[Participation], on: dt.date) -> list[Participation]:
    """The instruments deposited by ``on``, less those withdrawn by then before entering into force."""
    consents = [a for a in acts if a.action in CONSENT_ACTIONS]
    if not consents or not any(a.action == "withdrawal_notified" for a in acts):
        return consents  # nothing could have withdrawn an instrument (the usual case: no search)
    gone = [c for c, n in withdrawn_before_force(acts) if _first(n.date) <= on]
    return [a for a in consents if all(a is not c for c in gone)]


def _effect_as_recorded(period: Period) -> str:
    """How a withdrawal's effect that is recorded (or assumed), not derived, is dated: a date later than one year after the
    notification is the later date the notification specifies (Art. 127(1): "unless the notification specifies a later
    date"; round 27)."""
    if period.notified is not None and period.end is not None and period.end > withdrawal_takes_effect(_first(period.notified.date)):
        return ("as recorded: a later date than one year after the notification, the later date the notification specifies "
                "(Art. 127(1))")
    return "as recorded"


def _status_step(st: State, intervals: list[Period], on: dt.date, status: str, until: str | None,
                 pending: Participation | None, acts: list[Participation],
                 later: tuple[Participation, Participation] | None = None) -> Step:
    """The reasoning behind a status ``_party_status`` decided, from the same periods and acts (it holds
    no reference to the facts, so a cached status keeps no cycle alive)."""
    current, past, consents, signatures, sig_withdrawn, announced, declarations = _acts_on(intervals, acts, on)
    revoked = [a for a in acts if a.action == "withdrawal_revoked"]
    children: list[Step] = []
    withdrawn = [(c, n) for c, n in withdrawn_before_force(acts) if _first(n.date) <= on]
    if status in ("party", "party_withdrawal_pending"):
        assert current is not None
        how = ("derived from the deposit under Art. 126(2)" if current.start_derived else "as recorded")
        children.append(Step(
            rule="entry_into_force",
            citations=[current.start_citation],
            conclusion=f"the Statute entered into force for {st.name} on {current.start.isoformat()} ({how})",
            facts=[fact_of(a) for a in (current.consent, current.start_act) if a is not None],
        ))
        if pending is not None:
            how = "one year after the notification (Art. 127(1))" if current.end_derived else _effect_as_recorded(current)
            children.append(Step(
                rule="withdrawal_pending",
                citations=[rs("127(1)"), rs("127(2)")],
                conclusion=(f"withdrawal notified on {pending.date}; it takes effect on {until} ({how}), so {st.name} "
                            "remains a party, with all its obligations, until then"),
                facts=[fact_of(pending), *([fact_of(current.end_act, "withdrawal takes effect (scheduled)")] if current.end_act else [])],
            ))
        if later is not None:
            notice, revocation = later
            children.append(Step(
                rule="withdrawal_pending",
                citations=[rs("127(1)"), rs("127(2)")],
                conclusion=(f"withdrawal notified on {notice.date}; on {on.isoformat()} it was scheduled to take effect on "
                            f"{_scheduled_effect(acts, notice).isoformat()} ({_scheduled_how(acts, notice)}, "
                            f"Art. 127(1)), so {st.name} remained a party, with all its obligations; the notification was "
                            f"revoked on {revocation.date}, after this date, so the withdrawal never took effect (VCLT art. 68)"),
                facts=[fact_of(notice), fact_of(revocation)],
            ))
        for r in revoked:
            children.append(Step(
                rule="withdrawal_revoked",
                citations=["VCLT art 68", rs("127(1)")],
                conclusion=f"a withdrawal notification was revoked on {r.date} before taking effect, so it had no effect",
                facts=[fact_of(r)],
            ))
    elif status == "former_party":
        last = past[-1]
        assert last.end is not None
        how = "one year after its notification (Art. 127(1))" if last.end_derived else _effect_as_recorded(last)
        children.append(Step(
            rule="withdrawal_effective",
            citations=[rs("127(1)")],
            conclusion=f"{st.name} was a party from {last.start.isoformat()}; its withdrawal took effect on {last.end.isoformat()} ({how})",
            facts=[fact_of(a) for a in (last.notified, last.end_act) if a is not None],
        ))
        for r in revoked:
            if _first(r.date) >= last.end:
                children.append(Step(
                    rule="withdrawal_revoked_too_late",
                    citations=["VCLT art 68", rs("127(1)"), rs("125(3)")],
                    conclusion=(f"a revocation of the withdrawal notification is recorded on {r.date}, after the withdrawal took "
                                f"effect on {last.end.isoformat()}: a notification may be revoked only before it takes effect "
                                "(VCLT art. 68), so it has no effect; the State can become a party again only by accession (Art. 125(3))"),
                    facts=[fact_of(r)],
                ))
        again = _deposited_again(intervals, on)
        if again is not None and again.consent is not None:
            children.append(Step(
                rule="entry_into_force",
                citations=[again.start_citation, "VCLT art 18(b)"],
                conclusion=(f"a new instrument deposited on {again.consent.date}; the Statute enters into force for {st.name} again "
                            f"on {again.start.isoformat()}: until then it is a former party"),
                facts=[fact_of(again.consent)],
            ))
        children.append(Step(
            rule="residual_obligations",
            citations=[rs("127(2)")],
            conclusion=("a former party is not discharged from obligations that arose while it was a party, and must "
                        "cooperate in investigations and proceedings that commenced before the withdrawal took effect"),
        ))
    elif status == "ratified_not_in_force":
        upcoming = next((iv for iv in intervals if iv.start > on), None)
        children.append(Step(
            rule="entry_into_force",
            citations=[upcoming.start_citation if upcoming else rs("126(2)"), "VCLT art 18(b)"],
            conclusion=(f"instrument deposited on {consents[-1].date}; the Statute enters into force for it on {until or entry_into_force_for(DateSpan.parse(consents[-1].date).last)}: "
                        "until then it owes no cooperation under the Statute, only to refrain from acts that would defeat its "
                        "object and purpose (VCLT art. 18(b))"),
            facts=[fact_of(consents[-1]), *([fact_of(upcoming.start_act)] if upcoming and upcoming.start_act else [])],
        ))
    elif status == "signature_withdrawn":
        children.append(Step(
            rule="signature_withdrawn",
            citations=["VCLT art 18(a)", rs("125(1)")],
            conclusion=(
                f"{st.name} signed the Statute but notified on {sig_withdrawn[-1].date} that it does not intend to "
                "become a party: it has no obligation under the Statute"
            ),
            facts=[*(fact_of(s) for s in signatures), fact_of(sig_withdrawn[-1])],
        ))
    elif status == "signatory":
        children.append(Step(
            rule="signatory",
            citations=[rs("125(1)"), "VCLT art 18(a)"],
            conclusion=(
                f"{st.name} signed on {signatures[0].date} but has not ratified: it is not a party and has no "
                "obligation to cooperate under the Statute"
            ),
            facts=[fact_of(s) for s in signatures],
        ))
    elif not withdrawn:
        # A State whose only instrument was withdrawn before entry into force is explained by that step below
        children.append(Step(
            rule="non_party",
            citations=[rs("125(2)"), rs("125(3)")],
            conclusion=f"the record shows no signature, ratification or accession by {st.name}",
            facts=[FactUsed("identity and treaty record of the State", None, tuple(st.sources))],
        ))
    for c, n in withdrawn:
        children.append(Step(
            rule="instrument_withdrawn",
            citations=[rs("126(2)"), rs("127(1)")],
            conclusion=(f"{st.name} withdrew its instrument of {c.action.replace('_', ' ')} deposited on {c.date} by a notification "
                        f"of {n.date}, before the Statute entered into force for it (Art. 126(2)): it did not become a party "
                        "(Art. 127(1)'s year runs only for a State Party)"),
            facts=[fact_of(c), fact_of(n)],
        ))
    for a in announced:
        # Notifications that may be on or after the announcement, compared as the days each date can mean
        # (a notification dated by its month alone may follow an announcement dated within that month).
        made = DateSpan.parse(a.date).first
        notified = sorted((DateSpan.parse(n.date) for n in acts if n.action == "withdrawal_notified"
                           and not DateSpan.parse(n.date).surely_before(made)), key=lambda span: span.sort_key)
        then = (f"the year runs from the notification recorded on {notified[0]}, not from the announcement" if notified
                else "none is recorded, so the announcement changes nothing by itself")
        taken_back = f"{retraction_words(a.retracted)}; " if a.retracted and _first(a.retracted) <= on else ""
        children.append(Step(
            rule="withdrawal_announced",
            citations=[rs("127(1)")],
            conclusion=(
                f"a withdrawal was announced on {a.date}; {taken_back}only a written notification to the UN Secretary-General "
                f"starts the one-year period; {then}"
            ),
            facts=[fact_of(a)],
        ))
    for r in (a for a in acts if a.action == "domestic_court_ruling"):
        children.append(Step(
            rule="domestic_court_ruling",
            citations=[rs("127(1)"), "VCLT art 27", "VCLT art 67"],
            conclusion=(
                f"{r.court} ruled on {r.date} on {st.name}'s relation to the Statute; a domestic ruling does not by itself "
                "change a State's obligations under the Statute (VCLT arts. 27 and 67): only what the State deposits with the UN "
                "Secretary-General (a notification of withdrawal or its revocation) does"
            ),
            facts=[fact_of(r)],
        ))
    for d in declarations:
        period = f"conduct from {d.covers_from or 'an unspecified date'}" + (f" to {d.covers_to}" if d.covers_to else " onwards")
        children.append(Step(
            rule="declaration_12_3",
            citations=[rs("12(3)")],
            conclusion=f"{st.name} accepted the Court's jurisdiction by a declaration lodged on {d.date}, for {period}; it must cooperate under Part 9 in that respect",
            facts=[fact_of(d)],
        ))
    conclusion = {
        "party": f"{st.name} is a State Party on {on.isoformat()}",
        "party_withdrawal_pending": f"{st.name} is a State Party on {on.isoformat()} (withdrawal pending)",
        "former_party": f"{st.name} is not a State Party on {on.isoformat()} (former party"
                        + (f": its withdrawal took effect on {past[-1].end.isoformat()})" if past and past[-1].end else ")"),
        "ratified_not_in_force": f"{st.name} is not yet a State Party on {on.isoformat()}",
        "signatory": f"{st.name} is a signatory, not a party, on {on.isoformat()}",
        "signature_withdrawn": f"{st.name} is not a party on {on.isoformat()} (signature withdrawn)",
        "non_party": f"{st.name} is not a party on {on.isoformat()}",
    }[status]
    unsure = next((iv for iv in intervals if iv.uncertain_on(on)), None)
    if unsure is not None:
        # A deposit or notification dated only by month or year: the status above is the earliest reading.
        which = "deposit" if unsure.start <= on < (unsure.start_latest or unsure.start) else "withdrawal notification"
        conclusion = (f"whether {st.name} is a State Party on {on.isoformat()} cannot be told: the record dates its {which} "
                      f"only to {(unsure.consent if which == 'deposit' else unsure.notified).date}"  # type: ignore[union-attr]
                      f" (on the earliest reading: {conclusion[len(st.name) + 1:]})")
    # The paragraphs of the final clauses that decide this status.
    if status in ("party", "party_withdrawal_pending"):
        assert current is not None
        root = [*_consent_citation(current.consent), current.start_citation, *([rs("127(1)")] if pending is not None else [])]
    elif status == "former_party":
        root = [rs("127(1)"), rs("127(2)")]
    elif status == "ratified_not_in_force":
        root = [*_consent_citation(consents[-1]), rs("126(2)")]
    elif status in ("signatory", "signature_withdrawn"):
        root = [rs("125(1)"), "VCLT art 18(a)"]
    else:
        root = [rs("125(2)"), rs("125(3)")]
    return Step(rule="party_status", citations=root, conclusion=conclusion, children=children)


def _consent_citation(act: Participation | None) -> list[str]:
    """Art. 125(2) for ratification, acceptance or approval, 125(3) for accession (a succession is not
    an act under the Statute)."""
    if act is None or act.action == "succession":
        return []
    if act.action == "ratification_or_accession":  # the record does not say which
        return [rs("125(2)"), rs("125(3)")]
    return [rs("125(3)") if act.action == "accession" else rs("125(2)")]
