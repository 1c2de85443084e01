"""One normaliser for personal names, shared by the record's loader, the CLI and the text pipeline.

Names of warrant subjects come in many transliterations ("Al-Bashir", "Omar al-Bashir",
"Omar Hassan Ahmad Al Bashir"). Matching works on normalised tokens: accents removed, case folded,
hyphens and apostrophes treated as spaces. A query matches a name when every query token is one of
the name's tokens (so "Putin" and "Vladimir Putin" match "Vladimir Vladimirovich Putin").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SEPARATORS = re.compile(r"[\s\-‐‑–—'’`´.,()]+")


def normalise_name(name: str) -> str:
    """Case-folded, accent-free, single-spaced form of a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(t for t in _SEPARATORS.split(stripped.casefold()) if t)


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(normalise_name(name).split())


def name_matches(query: str, candidates: Iterable[str]) -> int:
    """How well ``query`` matches the best of ``candidates``: 2 exact, 1 all tokens contained, 0 none."""
    q = normalise_name(query)
    q_tokens = set(q.split())
    if not q_tokens:
        return 0
    best = 0
    for candidate in candidates:
        c = normalise_name(candidate)
        if c == q:
            return 2
        c_tokens = set(c.split())
        # "al"/"el" alone carry no identity; require at least one other token to match.
        if q_tokens <= c_tokens and q_tokens - {"al", "el"}:
            best = 1
        elif q.replace(" ", "") == c.replace(" ", ""):
            best = max(best, 1)
    return best
