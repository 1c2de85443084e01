"""A State's acts under an instrument (``participation``) that the State's other acts rule out. Run by ``checks.py`` in
the order of ``CHECKS`` there (tests/dataset/ROUND19.md).

Errors:

* a **withdrawal from an instrument the State never consented to** (``withdrawal_notified`` or ``withdrawal_effective``
  of the Kampala amendments, or any other instrument, with no ratification, accession, acceptance, approval or
  succession of it dated on or before): the Rome Statute's own case is refused by ``checks.py`` (``withdrawals_without_consent``).

From the bad-input rounds seven to sixteen:

* an act of a State's **participation under an instrument that is not a treaty** (a Council or Assembly resolution is
  adopted, not ratified) (``participation_instruments``; tests/dataset/ROUND7.md);
* an act only the Rome Statute provides for (an Art. 12(3) declaration or its confirmation, an Art. 87(5) ad hoc
  arrangement, an Art. 98(2) agreement, an Art. 124 declaration or its withdrawal) recorded under **another instrument**
  (``participation_instruments``; tests/dataset/ROUND7.md);
* a **withdrawal announcement retracted before it was made**, or **retracted on or after a notification** that followed
  it (once notified, only a ``withdrawal_revoked`` ends a withdrawal) (``withdrawal_retractions``;
  tests/dataset/ROUND9.md);
* a **withdrawal announced after the State's withdrawal took effect** (with no consent to be bound deposited between
  them: a State that has left has nothing to withdraw from) (``withdrawals_announced_after_leaving``;
  tests/dataset/ROUND9.md);
* an **Art. 124 declaration withdrawn** by a State that made none before under the same instrument
  (``declaration_124_withdrawals``; tests/dataset/ROUND9.md);
* an **accession by a signatory** of the Rome Statute (a signatory ratifies, accepts or approves, art. 125(2); accession
  is for a State that did not sign, art. 125(3)), unless it withdrew its signature first (``consent_to_the_statute``;
  tests/dataset/ROUND11.md);
* a State's consent to an **amendment of the Rome Statute** (an instrument titled as one, e.g. the Kampala amendments)
  while it was not a party to the Statute (art. 121(3)-(5): the amendments are for States Parties)
  (``consent_to_the_statute``; tests/dataset/ROUND11.md);
* (warning) a **ratification with no signature** of the Rome Statute before it (art. 125(2)): the signature may be
  missing from the record (``consent_to_the_statute``; tests/dataset/ROUND11.md);
* a **withdrawal taking effect after it was revoked**: the last notification before the effect was followed by a
  ``withdrawal_revoked`` before the effect, with no new notification between (Art. 127(1): a revoked notification has no
  effect) (``withdrawals_revoked_then_effective``; tests/dataset/ROUND12.md);
* a State's **entry into force of the Kampala amendments** (``kampala-aggression``) other than one year after its
  instrument's deposit (Art. 121(5) of the Statute) (``kampala_entry_into_force``; tests/dataset/ROUND16.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from iccwatch.caching import BoundedCache
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import first_day, last_day
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan, parse_partial_date
from iccwatch.model.rome_statute import one_year_after
from iccwatch.model.terms import CONSENT_ACTIONS


def withdrawals_without_consent(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            if a.instrument == "rome-statute" or a.action not in ("withdrawal_notified", "withdrawal_effective"):
                continue
            day = parse_partial_date(a.date)[1]
            consented = any(b.instrument == a.instrument and b.action in (*CONSENT_ACTIONS, "entry_into_force")
                            and parse_partial_date(b.date)[0] <= day for b in st.participation)
            if not consented:
                yield Problem(r.file_of("states", iso3), iso3, f"participation[{i}].action",
                              f"{a.action} of {a.instrument} on {a.date}, but the record holds no ratification, accession, "
                              f"acceptance, approval or succession of {a.instrument} by {iso3} on or before it: a State withdraws "
                              "only from what binds it")


#: The instrument the record's participation defaults to (the model's default), whose articles the
#: acts below are made under.
_STATUTE = "rome-statute"


#: Acts made under an article of the Rome Statute, which no other instrument provides for.
_STATUTE_ACTS = {
    "declaration_12_3": "Art. 12(3)",
    "declaration_12_3_confirmed": "Art. 12(3)",
    "ad_hoc_arrangement": "Art. 87(5)",
    "art_98_2_agreement": "Art. 98(2)",
    "declaration_124": "Art. 124",
    "declaration_124_withdrawn": "Art. 124",
}


def participation_instruments(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        for i, act in enumerate(st.participation):
            ins = r.instruments.get(act.instrument)
            if ins is not None and ins.kind != "treaty":
                yield Problem(f, iso3, f"participation[{i}].instrument",
                              f"{act.action} under {act.instrument}, a {ins.kind}: a State signs, ratifies or joins a treaty; "
                              "a resolution is adopted, not joined")
            elif act.instrument != _STATUTE and act.action in _STATUTE_ACTS:
                yield Problem(f, iso3, f"participation[{i}].action",
                              f"{act.action} under {act.instrument}: it is an act under {_STATUTE_ACTS[act.action]} of the Rome Statute "
                              f"(instrument: {_STATUTE})")


def withdrawal_retractions(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        for i, a in enumerate(st.participation):
            if a.action != "withdrawal_announced" or a.retracted is None:
                continue
            made, back = DateSpan.parse(a.date), DateSpan.parse(a.retracted)
            if back.last < made.first:
                yield Problem(f, iso3, f"participation[{i}].retracted",
                              f"the announcement of {a.date} is said to be retracted on {a.retracted}, before it was made")
                continue
            notified = sorted(n.date for n in st.participation if n.instrument == a.instrument and n.action == "withdrawal_notified"
                              and DateSpan.parse(n.date).first >= made.first)
            if notified and DateSpan.parse(notified[0]).last <= back.first:
                yield Problem(f, iso3, f"participation[{i}].retracted",
                              f"retracted on {a.retracted}, after the withdrawal notified on {notified[0]} that followed the announcement: "
                              "a notified withdrawal is ended only by a withdrawal_revoked (record that act, with its sources)")


def declaration_124_withdrawals(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            if a.action != "declaration_124_withdrawn":
                continue
            made = [d for d in st.participation if d.action == "declaration_124" and d.instrument == a.instrument
                    and DateSpan.parse(d.date).first <= DateSpan.parse(a.date).last]
            if not made:
                yield Problem(r.files[("states", iso3)], iso3, f"participation[{i}].action",
                              f"an Art. 124 declaration withdrawn on {a.date}, but the record holds no Art. 124 declaration by {iso3} "
                              "made before it: record the declaration (with its sources), or correct the action")


def withdrawals_announced_after_leaving(r: RecordSet) -> Iterator[Problem]:
    from iccwatch.model.terms import CONSENT_ACTIONS

    for iso3, st in r.states.items():
        for i, a in enumerate(st.participation):
            if a.action != "withdrawal_announced":
                continue
            day = DateSpan.parse(a.date).first
            left = sorted(e.date for e in st.participation if e.instrument == a.instrument and e.action == "withdrawal_effective"
                          and DateSpan.parse(e.date).last < day)
            if left and not any(c.instrument == a.instrument and c.action in CONSENT_ACTIONS
                                and DateSpan.parse(left[-1]).last < DateSpan.parse(c.date).first <= day for c in st.participation):
                yield Problem(r.files[("states", iso3)], iso3, f"participation[{i}].date",
                              f"a withdrawal announced on {a.date}, after the State's withdrawal took effect on {left[-1]}: it was no "
                              "longer a party (correct the date or the action, or record the new instrument it deposited)")


CONSENT = ("ratification", "acceptance", "approval", "accession", "ratification_or_accession")


_AMENDMENT = re.compile(r"^Amendments? (?:to|of) the Rome Statute\b", re.I)


#: What ``_consent`` found in each State, kept per State object, file and the record's amendments to the Statute
#: (``BoundedCache.held_for``): the rule reads the State's own acts and that set alone.
_CONSENT = BoundedCache(4096)


def consent_to_the_statute(r: RecordSet) -> Iterator[Problem]:
    amendments = frozenset(k for k, ins in r.instruments.items() if ins.kind == "treaty" and _AMENDMENT.match(ins.title))
    for iso3, st in r.states.items():
        f = r.files[("states", iso3)]
        yield from _CONSENT.held_for((st,), (iso3, f, amendments), lambda: tuple(_consent_of(iso3, f, st, amendments)))  # noqa: B023 - called at once


def _consent_of(iso3: str, f: str, st: Any, amendments: frozenset[str]) -> Iterator[Problem]:
    """``_consent`` of one State."""
    statute = [(i, a) for i, a in enumerate(st.participation) if a.instrument == _STATUTE]
    signed = [a.date for _, a in statute if a.action == "signature"]
    withdrawn = [a.date for _, a in statute if a.action == "signature_withdrawn"]
    for i, a in statute:
        before = [d for d in signed if last_day(d) <= first_day(a.date)]
        if a.action == "accession" and before and not any(first_day(w) >= first_day(max(before)) for w in withdrawn):
            yield Problem(f, iso3, f"participation[{i}].action",
                          f"accession on {a.date} by a State that signed the Statute on {max(before)}: a signatory becomes a "
                          "party by ratification, acceptance or approval (art. 125(2)), accession is for a State that did not "
                          "sign (art. 125(3)); correct the action or the signature")
        if a.action in ("ratification", "acceptance", "approval") and not signed:
            yield Problem(f, iso3, f"participation[{i}].action",
                          f"{a.action} on {a.date} with no signature of the Statute recorded: only a signatory ratifies, "
                          "accepts or approves (art. 125(2)); add the signature, or record an accession", severity="warning")
    steps = sorted((first_day(a.date), a.action) for _, a in statute if a.action in (*CONSENT, "withdrawal_effective"))
    for i, a in enumerate(st.participation):
        if a.instrument in amendments and a.action in CONSENT:
            day = first_day(a.date)
            last = [action for when, action in steps if when <= day]
            if not last or last[-1] == "withdrawal_effective":
                yield Problem(f, iso3, f"participation[{i}].action",
                              f"{a.action} of {a.instrument} on {a.date}, while {iso3} had not joined the Rome Statute by the "
                              "record's dates: amendments to the Statute are ratified or accepted by States Parties (art. 121)")


def withdrawals_revoked_then_effective(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        acts = [(i, a) for i, a in enumerate(st.participation) if a.instrument == "rome-statute"]
        for i, eff in acts:
            if eff.action != "withdrawal_effective":
                continue
            notes = [a for _, a in acts if a.action == "withdrawal_notified" and last_day(a.date) < first_day(eff.date)]
            if not notes:
                continue  # no notification: refused by the Art. 127 rule
            last_note = max(notes, key=lambda a: first_day(a.date))
            revoked = [a for _, a in acts if a.action == "withdrawal_revoked"
                       and first_day(a.date) >= last_day(last_note.date) and last_day(a.date) < first_day(eff.date)]
            if revoked:
                yield Problem(r.files[("states", iso3)], iso3, f"participation[{i}].action",
                              f"a withdrawal taking effect on {eff.date}, but the notification of {last_note.date} was revoked on "
                              f"{revoked[0].date}: a revoked notification has no effect (Art. 127(1)); remove the effect, or "
                              "record the new notification it follows")


def kampala_entry_into_force(r: RecordSet) -> Iterator[Problem]:
    for iso3, st in r.states.items():
        acts = [a for a in st.participation if a.instrument == "kampala-aggression"]
        deposits = [a for a in acts if a.action in CONSENT and len(a.date) == 10]
        for i, act in enumerate(st.participation):
            if act.instrument != "kampala-aggression" or act.action != "entry_into_force" or len(act.date) != 10 or not deposits:
                continue
            eif = dt.date.fromisoformat(act.date)
            before = [d for d in deposits if d.date < act.date]
            due = {one_year_after(dt.date.fromisoformat(d.date)) for d in before}
            # 29 February's year later is 28 February or 1 March, by how the depositary counts.
            due |= {d - dt.timedelta(days=1) for d in due if d.month == 3 and d.day == 1
                    and any(x.date.endswith("-02-29") for x in before)}
            if not due or eif not in due:
                dep = max(before, key=lambda d: d.date).date if before else deposits[0].date
                yield Problem(r.file_of("states", iso3), iso3, f"participation[{i}].date",
                              f"the Kampala amendments enter into force for a State one year after its instrument's deposit "
                              f"(Art. 121(5)): deposited {dep}, so in force {one_year_after(dt.date.fromisoformat(dep)).isoformat()}, "
                              f"not {act.date}")
