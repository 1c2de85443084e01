"""Round twenty-one of the checker (``tests/dataset/ROUND21.md``).

Errors (``round21_problems``, run by ``checks.py`` after round twenty's):

* a **referral's target that is no slug** (``kind: situation_referral`` with ``targets: UKRAINE``): a referral names
  the situation it referred by a ``situations/`` id, or by a short name where the referral led only to a preliminary
  examination (``belarus``, ``venezuela-ii``; docs/data-format.md), both written as ids are (lower-case letters, digits
  and single hyphens). A target in another form passed unread: the index and the lists group a referral with its
  situation by the id, so ``UKRAINE`` was counted as a situation of its own. Where the target in lower case is a
  situation's id, the message names it.
"""

from __future__ import annotations

import re

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def round21_problems(r: RecordSet) -> list[Problem]:
    return [*_referral_targets(r)]


def _referral_targets(r: RecordSet) -> list[Problem]:
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
