"""Treaty dates of the Rome Statute that follow from its own final clauses.

These are pure date computations shared by the record's checker (which verifies the dates in
``data/``) and the law engine (which explains them). The legal texts: Rome Statute art. 126
(entry into force) and art. 127(1) (withdrawal), https://www.icc-cpi.int/sites/default/files/RS-Eng.pdf
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from iccwatch.model.dates import DateSpan
from iccwatch.model.terms import CONSENT_ACTIONS

if TYPE_CHECKING:
    from iccwatch.model.state import Participation

#: The Statute was adopted in Rome on 17 July 1998.
ADOPTED = dt.date(1998, 7, 17)
#: The sixtieth instrument (ten deposited together) was deposited on 11 April 2002 ...
SIXTIETH_INSTRUMENT_DEPOSITED = dt.date(2002, 4, 11)
#: ... so under art. 126(1) the Statute entered into force on 1 July 2002.
ENTRY_INTO_FORCE = dt.date(2002, 7, 1)


def first_of_month_after(day: dt.date) -> dt.date:
    """The first day of the month after the month containing ``day``."""
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def entry_into_force_for(deposited: dt.date) -> dt.date:
    """When the Statute enters into force for a State that deposited its instrument on ``deposited``.

    Art. 126(1): instruments deposited up to the sixtieth (11 April 2002) take effect with the Statute,
    on 1 July 2002. Art. 126(2): for a later instrument, on the first day of the month after the
    60th day following its deposit.
    """
    if deposited <= SIXTIETH_INSTRUMENT_DEPOSITED:
        return ENTRY_INTO_FORCE
    return first_of_month_after(deposited + dt.timedelta(days=60))


def one_year_after(day: dt.date) -> dt.date:
    """The same calendar day one year later (29 February becomes 1 March)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return dt.date(day.year + 1, 3, 1)


def withdrawal_takes_effect(notified: dt.date, later_date_specified: dt.date | None = None) -> dt.date:
    """When a withdrawal notified on ``notified`` takes effect.

    Art. 127(1): one year after the Secretary-General receives the notification, unless the
    notification names a later date.
    """
    earliest = one_year_after(notified)
    if later_date_specified and later_date_specified > earliest:
        return later_date_specified
    return earliest


# Periods of party status, derived from the dated acts recorded for a State. The law engine explains
# these periods step by step; the record's checker uses them to test reported facts against them.

from dataclasses import dataclass  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from iccwatch.model.state import Participation


@dataclass(frozen=True)
class PartyInterval:
    """A State is a party from ``start`` (entry into force) until the day before ``end``."""

    start: dt.date
    end: dt.date | None
    #: True when the record marks the end (a withdrawal taking effect) as disputed.
    end_disputed: bool
    start_act: Participation
    end_act: Participation | None

    def contains(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


def party_intervals(acts: Sequence[Participation], instrument: str = "rome-statute") -> list[PartyInterval]:
    """The periods during which a State was a party to ``instrument``, from its recorded acts.

    A period opens on each entry into force and closes on the first withdrawal that takes effect
    after it (art. 127(1)); a revoked notification closes nothing because it never takes effect.
    """
    from iccwatch.model.dates import DateSpan

    own = [a for a in acts if a.instrument == instrument]
    starts = sorted((a for a in own if a.action == "entry_into_force"), key=lambda a: DateSpan.parse(a.date).sort_key)
    ends = sorted((a for a in own if a.action == "withdrawal_effective"), key=lambda a: DateSpan.parse(a.date).sort_key)
    intervals = []
    for s in starts:
        start = DateSpan.parse(s.date).first
        end_act = next((e for e in ends if DateSpan.parse(e.date).surely_after(start)), None)
        end = DateSpan.parse(end_act.date).first if end_act else None
        intervals.append(PartyInterval(start, end, bool(end_act and end_act.disputed), s, end_act))
    return intervals


_DEPOSITS = tuple(a for a in CONSENT_ACTIONS if a != "succession")


def _first_day(d: str) -> dt.date:
    return DateSpan.parse(d).first


def withdrawn_before_force(acts: Sequence[Participation], instrument: str = "rome-statute") -> list[tuple[Participation, Participation]]:
    """Instruments withdrawn before the Statute entered into force for the State, each with the
    notification that withdrew it.

    Art. 127(1) governs a State Party's withdrawal; a State that notifies a withdrawal after depositing
    its instrument but before the Statute enters into force for it never becomes a party, and the
    depositary treats the withdrawal as taking effect at once (Malaysia's accession of 4 March 2019,
    withdrawn by its letter of 29 April 2019, before its entry into force on 1 June 2019)."""
    own = [a for a in acts if a.instrument == instrument]
    consents = sorted((a for a in own if a.action in _DEPOSITS), key=lambda a: _first_day(a.date))
    notes = sorted((a for a in own if a.action == "withdrawal_notified"), key=lambda a: _first_day(a.date))
    eifs = [_first_day(a.date) for a in own if a.action == "entry_into_force"]
    out = []
    for i, c in enumerate(consents):
        c_day = _first_day(c.date)
        nxt = _first_day(consents[i + 1].date) if i + 1 < len(consents) else None
        recorded = [d for d in eifs if d >= c_day and (nxt is None or d < nxt)]
        start = min(recorded) if recorded else entry_into_force_for(DateSpan.parse(c.date).last)
        n = next((n for n in notes if c_day <= _first_day(n.date) < start and (nxt is None or _first_day(n.date) < nxt)), None)
        if n is not None:
            out.append((c, n))
    return out
