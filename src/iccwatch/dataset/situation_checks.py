"""A situation's dates and how it came before the Court: its jurisdiction, an Art. 15 authorisation, an Art. 18 deferral.
Run by ``checks.py`` in the order of ``CHECKS`` there.

Errors:

* an Art. 18 **deferral dated after the record's cut-off** (requested, notified or ruled on), or **recorded twice** (the
  same State, the same day of request) (``deferral_dates``; tests/dataset/ROUND10.md);
* a situation's **jurisdiction_from before 1 July 2002** (Art. 11(1)) (``jurisdiction_from``; tests/dataset/ROUND11.md);
* an **Art. 18 deferral in a situation the Council referred**: Art. 18(1) applies where a State referred the situation
  (Art. 13(a)) or the Prosecutor opened it (Art. 13(c)), not to a Council referral (Art. 13(b)) (``council_deferrals``;
  tests/dataset/ROUND13.md);
* an **Art. 15 authorisation** (``authorisation``) on a situation that was referred (by a State or the Security
  Council): the Pre-Trial Chamber authorises an investigation only where the Prosecutor opened it proprio motu (Arts.
  13(c), 15(3)-(4)); and an authorisation **with no sources**, the one dated fact of a situation that could be written
  without any (``authorisations_of_referrals``; tests/dataset/ROUND15.md);
* an **Art. 15 authorisation** given by anyone but a Pre-Trial Chamber (Art. 15(4)) or the Appeals Chamber on appeal
  (Art. 82(1)), or whose ``record_number`` is not the Court's or is another situation's (as a decision's)
  (``authorising_chambers``; tests/dataset/ROUND16.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import last_day
from iccwatch.dataset.records import RecordSet
from iccwatch.model.rome_statute import ENTRY_INTO_FORCE


def deferral_dates(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.situations.items():
        f = r.files[("situations", key)]
        first: dict[tuple[str, str], int] = {}
        for i, d in enumerate(s.deferrals):
            same = (d.state, d.requested)
            if same in first:
                yield Problem(f, key, f"deferrals[{i}]", f"{d.state}'s request of {d.requested} is recorded twice (also "
                              f"deferrals[{first[same]}]): keep one entry, with every source")
            else:
                first[same] = i


def jurisdiction_from(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.situations.items():
        if s.jurisdiction_from and last_day(s.jurisdiction_from) < ENTRY_INTO_FORCE:
            yield Problem(r.files[("situations", key)], key, "jurisdiction_from",
                          f"{s.jurisdiction_from}, before the Statute entered into force on {ENTRY_INTO_FORCE}: the Court has no "
                          "jurisdiction over anything earlier (Art. 11(1))")


def council_deferrals(r: RecordSet) -> Iterator[Problem]:
    for key, sit in r.situations.items():
        if sit.trigger != "unsc_referral":
            continue
        for i, d in enumerate(sit.deferrals):
            yield Problem(r.files[("situations", key)], key, f"deferrals[{i}]",
                          f"an Art. 18 deferral requested by {d.state} in a situation the Council referred: Art. 18(1) applies to "
                          "a State's referral (Art. 13(a)) or an investigation the Prosecutor opened (Art. 13(c)), not to a "
                          "Council referral (Art. 13(b)); a State may challenge admissibility instead (Art. 19)")


def authorisations_of_referrals(r: RecordSet) -> Iterator[Problem]:
    for sid, sit in r.situations.items():
        if sit.authorisation is None:
            continue
        f = r.files[("situations", sid)]
        if sit.trigger != "proprio_motu":
            yield Problem(f, sid, "authorisation", f"an Art. 15 authorisation on a situation whose trigger is {sit.trigger}: the "
                          "Pre-Trial Chamber authorises an investigation only where the Prosecutor opened it proprio motu (Arts. "
                          "13(c), 15(3)-(4)); a referred situation needs none (record the opening in investigation_opened)")
        if not sit.authorisation.sources:
            yield Problem(f, sid, "authorisation.sources", "an authorisation with no sources: cite the Chamber's decision (or a "
                          "report of it), as every dated fact")


_AUTHORISING = re.compile(r"^(?:ICC )?(?:Pre-Trial Chamber|Appeals Chamber)\b")


_COURT_NUMBER = re.compile(r"^ICC-(\d\d/\d\d)\b")


def authorising_chambers(r: RecordSet) -> Iterator[Problem]:
    for sid, sit in r.situations.items():
        auth = sit.authorisation
        if auth is None:
            continue
        f = r.file_of("situations", sid)
        if not _AUTHORISING.match(auth.chamber):
            yield Problem(f, sid, "authorisation.chamber",
                          f"{auth.chamber[:60]!r}: a Pre-Trial Chamber authorises an investigation (Art. 15(4)), or the Appeals "
                          "Chamber on appeal (Art. 82(1))")
        if auth.record_number:
            m = _COURT_NUMBER.match(auth.record_number)
            if m is None:
                yield Problem(f, sid, "authorisation.record_number",
                              f"{auth.record_number[:40]!r} is not a number of the Court's record (ICC-NN/NN...)")
            elif sit.icc_number and not sit.icc_number.startswith(f"ICC-{m.group(1)}"):
                yield Problem(f, sid, "authorisation.record_number",
                              f"{auth.record_number[:40]!r} is a number of situation ICC-{m.group(1)}, not of this one ({sit.icc_number})")
