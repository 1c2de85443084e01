"""The editorial rule for States' positions (docs/editorial-policy.md: what a State said about arresting a visitor,
and the same confidence rule for its other positions), where a check can read it from the record.

The rule sets a position's confidence by who spoke and what was read: ``high`` only where the State's own text was
read and cited as primary (a decision of its government, a ministry's published statement, its submission to the
Court, or the Court's decision stating that submission). A State's position (one naming ``states``, not a holding of
the Court) left at ``high`` (written, or by default when ``confidence`` is left out) with no primary source departs
from the rule: it is an error naming the file, the record and ``confidence``. Which of the rule's three cases a
statement is (a legal view, a commitment, a remark) is a reading of its words and stays the editor's, with its note.
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
