"""The editorial rule for States' positions (docs/editorial-policy.md: what a State said about arresting a visitor,
and the same confidence rule for its other positions), where a check can read it from the record.

The rule sets a position's confidence by who spoke and what was read: ``high`` only where the State's own text was
read and cited as primary (a decision of its government, a ministry's published statement, its submission to the
Court, or the Court's decision stating that submission). A State's position (one naming ``states``, not a holding of
the Court) left at ``high`` (written, or by default when ``confidence`` is left out) with no primary source departs
from the rule: it is an error naming the file, the record and ``confidence``. Which of the rule's three cases a
statement is (a legal view, a commitment, a remark) is a reading of its words and stays the editor's, with its note.

From the bad-input rounds seven to sixteen:

* a **position on a person with no warrant, summons or application in any of the position's situations**
  (``position_persons``; tests/dataset/ROUND10.md);
* a position whose holding is **on point only in Council referrals** (``scope: unsc_referral``) stated about a situation
  the Council did not refer (``position_scopes``; tests/dataset/ROUND15.md).
"""

from __future__ import annotations

from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet


def position_problems(r: RecordSet) -> list[Problem]:
    return list(_high_without_primary(r))


def _high_without_primary(r: RecordSet) -> Iterator[Problem]:
    for pid, p in r.positions.items():
        if p.court or not p.states or p.confidence != "high":
            continue
        if any(s.kind == "primary" for s in p.sources):
            continue
        written = "confidence is high" if "confidence" in p.model_fields_set else "confidence is left out, so high"
        yield Problem(r.file_of("positions", pid), pid, "confidence",
                      f"{written}, but no source is primary: the editorial rule for States' positions "
                      "(docs/editorial-policy.md) gives high only where the State's own text was read and cited as "
                      "primary; write 'confidence: medium' for a view read as reliable sources report it, or cite the "
                      "text that was read")


def position_persons(r: RecordSet) -> Iterator[Problem]:
    for key, p in r.positions.items():
        if not p.situations:
            continue
        for i, pid in enumerate(p.persons):
            if pid in r.persons and not any(w.person == pid and w.situation in p.situations for w in r.warrants.values()):
                yield Problem(r.files[("positions", key)], key, f"persons[{i}]",
                              f"{pid} has no warrant, summons or application in the position's situations ({', '.join(p.situations)}): "
                              "add the situation the position concerns, or correct the person")


def position_scopes(r: RecordSet) -> Iterator[Problem]:
    for pid, p in r.positions.items():
        if p.scope != "unsc_referral":
            continue
        for i, sid in enumerate(p.situations):
            sit = r.situations.get(sid)
            if sit is not None and sit.trigger != "unsc_referral":
                yield Problem(r.files[("positions", pid)], pid, f"situations[{i}]", f"{sid} ({sit.trigger.replace('_', ' ')}), but the "
                              "position's scope is unsc_referral (on point only where the Security Council referred the situation): "
                              "correct the scope, or the situation")
