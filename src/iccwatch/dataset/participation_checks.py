"""A State's acts under an instrument (``participation``) that the State's other acts rule out. Run by ``checks.py`` in
the order of ``CHECKS`` there (tests/dataset/ROUND19.md).

Errors:

* a **withdrawal from an instrument the State never consented to** (``withdrawal_notified`` or ``withdrawal_effective``
  of the Kampala amendments, or any other instrument, with no ratification, accession, acceptance, approval or
  succession of it dated on or before): the Rome Statute's own case is refused by ``checks.py`` (``withdrawals_without_consent``).
"""

from __future__ import annotations

from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import parse_partial_date
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
