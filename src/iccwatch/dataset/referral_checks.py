"""What a situation referral's target says (``kind: situation_referral``, ``targets``): a referral names the situation it
referred by its id in ``data/situations/``, or by a short name, written as an id, where the referral led only to a
preliminary examination (``belarus``, ``venezuela-ii``; docs/data-format.md). The index and the lists group a referral
with its situation by that id. Run by ``checks.py`` in the order of ``CHECKS`` there (tests/dataset/ROUND21.md, ROUND22.md,
ROUND23.md).

Errors:

* a **target that is no id** (``targets: UKRAINE``): lower-case letters, digits and single hyphens; where the target in
  lower case is a situation's id, the message names it (``referral_targets_not_ids``);
* a **target naming a record of another kind** (the id of a person, a decision, a trip...): no situation, and the index
  would count the referral under a situation of that name (``referral_targets_of_other_kinds``);
* a **target one letter from a situation's id** (``targets: ukriane`` beside ``situations/ukraine.yaml``): that id
  mistyped. A numbered sibling (``venezuela-ii`` beside ``venezuela-i``) is another situation, not a typo
  (``referral_target_typos``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.model.near import distance, near_id

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


_NUMBERED = re.compile(r"-[ivx]+$|-\d+$")


def referral_targets_not_ids(r: RecordSet) -> list[Problem]:
    out = []
    for key, m in r.of_kind("measures").items():
        target = getattr(m, "targets", None)
        if getattr(m, "kind", None) != "situation_referral" or not target or _SLUG.fullmatch(target):
            continue
        hint = (f": the situation's id is {target.strip().lower()!r}" if target.strip().lower() in r.situations
                else ": a situation's id (data/situations/), or a short name for a referral that led only to a preliminary "
                     "examination, written as an id")
        out.append(Problem(r.files[("measures", key)], key, "targets",
                           f"{target[:60]!r} is not written as an id (lower-case letters, digits and single hyphens){hint}"))
    return out


def referral_targets_of_other_kinds(r: RecordSet) -> Iterator[Problem]:
    for key, m in r.measures.items():
        target = m.targets
        if m.kind != "situation_referral" or not target or target in r.situations:
            continue
        others = [k for k in KINDS if k not in ("situations", "states", "instruments") and target in r.of_kind(k)]
        if target.upper() in r.states:
            others.insert(0, "states")
        if others:
            yield Problem(r.file_of("measures", key), key, "targets",
                          f"{target!r} is the id of a record in data/{others[0]}/, not a situation: a referral names the situation "
                          "it referred (its id in data/situations/), or a short name for one that led only to a preliminary examination")


def referral_target_typos(r: RecordSet) -> Iterator[Problem]:
    for key, m in r.measures.items():
        target = m.targets
        if m.kind != "situation_referral" or not target or target in r.situations or len(target) < 5:
            continue
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", target):
            continue  # a short name in words: round twenty-one's rule reads it
        sit = near_id(target, [s for s in r.situations if len(s) >= 5])
        if sit is None or distance(target, sit, 1) > 1 or _NUMBERED.sub("", target) == _NUMBERED.sub("", sit):
            continue
        yield Problem(r.file_of("measures", key), key, "targets",
                      f"{target!r} is no situation of the record, but one letter from the situation {sit!r}: did you mean it? "
                      "(a referral names the situation it referred by its id in data/situations/)")
