"""An id typed with a slip: the one id of a record a mistyped value may have meant (round twenty-three of bad input: "did
you mean 'TCD' (Chad)?"), for the checks, the facts' lookups and the review queue alike."""

from __future__ import annotations

from collections.abc import Iterable


def distance(a: str, b: str, most: int) -> int:
    """Edits from ``a`` to ``b`` (a letter missing, added or changed, two neighbours swapped), or ``most + 1`` once
    over ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > most:
            return most + 1
        prev2, prev = prev, cur
    return prev[-1]


def near_id(value: str, ids: Iterable[str]) -> str | None:
    """The one id ``value`` is a typing slip of (one edit; two for an id of twelve letters or more), or None where
    none or several are that near, or ``value`` is one of ``ids``."""
    most = 2 if len(value) >= 12 else 1
    found: dict[int, list[str]] = {}
    ids = list(ids)
    if value in ids:
        return None  # an id the record holds is no slip
    for key in ids:
        if (d := distance(value, key, most)) <= most:
            found.setdefault(d, []).append(key)
    best = found[min(found)] if found else []
    return best[0] if len(best) == 1 else None
