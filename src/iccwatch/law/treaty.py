"""A State's periods as a party, derived from its acts by the Statute's own final clauses.

Art. 126(2): for a State that deposits its instrument after the sixtieth (11 April 2002), the Statute
enters into force on the first day of the month after the 60th day following the deposit; instruments
deposited by then took effect with the Statute on 1 July 2002 (Art. 126(1)). Art. 127(1): a withdrawal
takes effect one year after the Secretary-General receives the notification, or on a later date the
notification names. A notification revoked before it takes effect has no effect (VCLT art. 68).

Every rule reads the periods from here, so an assumed ratification binds the State from the derived
date and an assumed notification ends its party status a year later. Recorded dates are checked
against the derived ones: a recorded entry into force that differs from Art. 126, or a recorded
effective date earlier than a year after the notification, is kept (the record is sourced) and its
difference is a doubt every answer using it shows. A succession dates from the State's independence,
not from Art. 126(2), so it is taken as recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from iccwatch.law.citations import rs
from iccwatch.model.dates import DateSpan
from iccwatch.model.rome_statute import (
    entry_into_force_for,
    withdrawal_takes_effect,
    withdrawn_before_force,
)
from iccwatch.model.terms import CONSENT_ACTIONS

if TYPE_CHECKING:
    from iccwatch.model import Participation

#: Consent by deposit of an instrument, whose entry into force Art. 126 fixes.
DEPOSITS = tuple(a for a in CONSENT_ACTIONS if a != "succession")


@dataclass(frozen=True)
class Period:
    """A State is a party from ``start`` (entry into force) until the day before ``end``."""

    start: dt.date
    end: dt.date | None
    #: The instrument deposited (or notification of succession), if recorded.
    consent: Participation | None
    #: The recorded entry into force, if any (None when derived from the deposit).
    start_act: Participation | None
    #: The notification of withdrawal that ends the period, if any.
    notified: Participation | None
    #: The recorded effective date of withdrawal, if any (None when derived from the notification).
    end_act: Participation | None
    #: True when the record marks the end as disputed.
    end_disputed: bool
    start_derived: bool
    end_derived: bool
    #: Differences between recorded and derived dates, and uncertainties from month-only dates.
    doubts: tuple[str, ...] = ()
    #: The latest day the derived start or end can be, where a deposit or a notification is dated only by
    #: its month or year (``start`` and ``end`` are the earliest): between the two, whether the State is a
    #: party cannot be told.
    start_latest: dt.date | None = None
    end_latest: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start_latest is None:
            object.__setattr__(self, "start_latest", self.start)
        if self.end_latest is None:
            object.__setattr__(self, "end_latest", self.end)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def uncertain_on(self, day: dt.date) -> bool:
        """True where ``day`` falls between the earliest and the latest start or end a month- or
        year-only date allows."""
        assert self.start_latest is not None
        return self.start <= day < self.start_latest or (self.end is not None and self.end_latest is not None
                                                         and self.end <= day < self.end_latest)

    @property
    def start_citation(self) -> str:
        return rs("126(1)") if self.start == dt.date(2002, 7, 1) else rs("126(2)")


def _first(d: str) -> dt.date:
    return DateSpan.parse(d).first


def _derived_start(consent: Participation) -> tuple[dt.date, list[str]]:
    span = DateSpan.parse(consent.date)
    a, b = entry_into_force_for(span.first), entry_into_force_for(span.last)
    doubts = [] if a == b else [f"the deposit is dated only {consent.date}: the Statute entered into force between {a} and {b} "
                                f"(Art. 126(2)); before {b} whether the State is a party cannot be told"]
    return a, doubts


def _latest_start(consent: Participation | None) -> dt.date | None:
    if consent is None or consent.action == "succession":
        return None
    return entry_into_force_for(DateSpan.parse(consent.date).last)


def periods(acts: Sequence[Participation], instrument: str = "rome-statute") -> list[Period]:
    """The periods during which a State was a party to the Rome Statute, from its acts."""
    own = [a for a in acts if a.instrument == instrument]
    consents = sorted((a for a in own if a.action in CONSENT_ACTIONS), key=lambda a: _first(a.date))
    eifs = sorted((a for a in own if a.action == "entry_into_force"), key=lambda a: _first(a.date))
    notes = sorted((a for a in own if a.action == "withdrawal_notified"), key=lambda a: _first(a.date))
    revocations = [a for a in own if a.action == "withdrawal_revoked"]
    effectives = sorted((a for a in own if a.action == "withdrawal_effective"), key=lambda a: _first(a.date))

    # Starts: every recorded entry into force, with the deposit it follows; then every deposit with no
    # recorded entry into force after it (and before the next deposit), derived.
    starts: list[tuple[dt.date, Participation | None, Participation | None, bool, list[str]]] = []
    used: set[int] = set()
    for e in eifs:
        e_day = _first(e.date)
        consent = next((c for c in reversed(consents) if _first(c.date) <= e_day or c.action == "succession"), None)
        doubts: list[str] = []
        if consent is not None:
            used.add(id(consent))
            if consent.action != "succession":
                derived, doubts = _derived_start(consent)
                if doubts:
                    doubts = [f"the deposit is dated only {consent.date}; the recorded entry into force ({e.date}) is used"]
                if not doubts and derived != e_day:
                    doubts = [f"the record gives entry into force on {e.date}, but Art. 126 gives {derived} for the instrument "
                              f"deposited on {consent.date}; the recorded date is used"]
        starts.append((e_day, consent, e, False, doubts))
    for c in consents:
        if id(c) in used:
            continue
        if c.action == "succession":
            starts.append((_first(c.date), c, None, False,
                           [f"no date of succession is recorded; the notification's date {c.date} is used"]))
            continue
        day, doubts = _derived_start(c)
        c_day = _first(c.date)
        if any(s[0] <= day and not any(s[0] <= _first(n.date) <= c_day for n in notes) for s in starts):
            # A second instrument while the State is already a party (no withdrawal between) adds nothing.
            continue
        starts.append((day, c, None, True, doubts))
    # An instrument withdrawn before it entered into force starts no period, and its notification ends none.
    withdrawn = withdrawn_before_force(own, instrument)
    gone = {id(c) for c, _ in withdrawn}
    starts = [s for s in starts if s[1] is None or id(s[1]) not in gone]
    notes = [n for n in notes if all(n is not w for _, w in withdrawn)]
    starts.sort(key=lambda s: s[0])

    out: list[Period] = []
    for i, (start, consent, start_act, start_derived, doubts) in enumerate(starts):
        next_start = starts[i + 1][0] if i + 1 < len(starts) else None
        # Ends: the first notification after this start (and before the next) that was not revoked
        # before taking effect; its effective date recorded, or derived.
        end = end_latest = None
        notified = end_act = None
        end_derived = disputed = False
        end_doubts: list[str] = []
        for n in notes:
            n_first = _first(n.date)
            if n_first < start or (next_start and n_first >= next_start):
                continue
            recorded = next((e for e in effectives if _first(e.date) > n_first), None)
            span = DateSpan.parse(n.date)
            first, last = span.first, span.last
            derived = withdrawal_takes_effect(first)
            if recorded is not None:
                r_day = _first(recorded.date)
                if r_day < withdrawal_takes_effect(last):
                    end_doubts.append(f"the record gives the withdrawal effect on {recorded.date}, earlier than one year after "
                                      f"the notification of {n.date} (Art. 127(1) gives {derived}); the recorded date is used")
                effect = r_day
            else:
                effect = derived
                if first.month == 2 and first.day == 29 and first == last:
                    # "One year after" 29 February: 28 February or 1 March, by the reading taken.
                    effect, end_latest = derived - dt.timedelta(days=1), derived
                    end_doubts.append(f"the notification is dated 29 February ({n.date}): one year after it is 28 February or "
                                      f"1 March by the reading taken (Art. 127(1)); on {effect} whether the State is still a party "
                                      "cannot be told")
                elif first != last:
                    end_latest = withdrawal_takes_effect(last)
                    end_doubts.append(f"the notification is dated only {n.date}: the withdrawal takes effect between {derived} "
                                      f"and {end_latest} (Art. 127(1)); between the two whether the State is still a party "
                                      "cannot be told")
            if any(n_first <= _first(r.date) < effect for r in revocations):
                end_latest = None
                continue
            end, notified, end_act = effect, n, recorded
            end_derived, disputed = recorded is None, bool(recorded and recorded.disputed)
            break
        if end is None:
            # A recorded effective date with no notification recorded.
            # round 27: not an effect that follows a notification revoked before it (a notification naming a later date
            # than one year, Art. 127(1), revoked after that year and before the date: it never took effect, VCLT art. 68)
            orphan = next((e for e in effectives if _first(e.date) > start and (next_start is None or _first(e.date) <= next_start)
                           and not any(start <= _first(n.date) <= _first(e.date) and any(_first(n.date) <= _first(r.date) < _first(e.date)
                                                                                      for r in revocations) for n in notes)), None)
            if orphan is not None:
                end, end_act, disputed = _first(orphan.date), orphan, orphan.disputed
        out.append(Period(start, end, consent, start_act, notified, end_act, disputed, start_derived, end_derived,
                          tuple(doubts + end_doubts), _latest_start(consent) if start_derived else None,
                          end_latest if end is not None and end_derived else None))
    return out
