"""One normaliser for personal names, shared by the record's loader, the CLI and the text pipeline.

Names of warrant subjects come in many transliterations ("Al-Bashir", "Omar al-Bashir",
"Omar Hassan Ahmad Al Bashir", "Omar el-Béchir"). Matching works on normalised tokens: accents removed,
case folded, hyphens and apostrophes treated as spaces. A query matches a name when every query token is
one of the name's tokens (so "Putin" and "Vladimir Putin" match "Vladimir Vladimirovich Putin").

For looking a person up, ``name_key`` goes further, the same way for every person: the Arabic article
("al-", "el-", and its assimilated forms joined by a hyphen, "ar-Rahman", "as-Senussi") is dropped, and
each token is folded over the spellings that transliterations write differently for one sound (``ou``/``u``, ``tch``/``ch``,
``y``/``i``, ``dh``/``d``, ``q``/``k``, ``ph``/``f``, doubled letters), so "Haroun" finds "Harun", "Shoygu"
"Shoigu", "Qadhafi" "Kaddafi". Spellings that differ in more than that are data, each with its reason, in
``data/lookups/name_variants.yaml``: groups of interchangeable tokens ("Muhammad", "Mohammed") that hold
for every name, and alternative names of one person ("Omar el-Béchir").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

_SEPARATORS = re.compile(r"[\s\-‐‑–—'’‘`´.,()\"“”]+")
#: Letters that carry no combining mark to strip but stand for a plain Latin letter (or two).
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
                        "ʿ": "", "ʾ": "", "ʻ": "", "ʼ": ""})
#: The Arabic article joined to the next word by a hyphen or apostrophe, with its assimilated forms
#: before "sun letters" ("ar-Rahman", "as-Sayyid", "ash-Shaqaqi", "ad-Din").
_ARTICLE_PREFIX = re.compile(r"(?<![^\W_])(?:al|el|ul|ar|as|ash|at|ath|ad|adh|az|an|ad)[\-‐‑'’](?=[^\W\d_])", re.IGNORECASE)
#: The article written as a word of its own ("Al Bashir", "El Hishri").
ARTICLES = frozenset({"al", "el"})
#: Letter groups that transliterations write differently for one sound, folded in this order.
_FOLDS = (("tch", "ch"), ("dh", "d"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"))
_DOUBLED = re.compile(r"(.)\1+")


def fold_accents(text: str) -> str:
    """Text with accents dropped and case folded ("Côte d'Ivoire" -> "cote d'ivoire"); nothing else changed."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).casefold()


def normalise_name(name: str) -> str:
    """Case-folded, accent-free, single-spaced form of a name."""
    stripped = fold_accents(name).translate(_PLAIN)
    return " ".join(t for t in _SEPARATORS.split(stripped) if t)


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(normalise_name(name).split())


def fold_token(token: str) -> str:
    """One token with the spellings transliterations vary on folded to one ("haroun" -> "harun")."""
    for a, b in _FOLDS:
        token = token.replace(a, b)
    return _DOUBLED.sub(r"\1", token)


def spelling_table(lookup: Mapping[str, Any] | None) -> dict[str, str]:
    """Each folded spelling of ``name_variants.yaml``'s ``spellings`` groups mapped to its group's first."""
    table: dict[str, str] = {}
    for group in (lookup or {}).get("spellings") or []:
        forms = [fold_token(normalise_name(s).replace(" ", "")) for s in group.get("spellings") or []]
        for form in forms:
            table.setdefault(form, forms[0])
    return table


def name_key(name: str, spellings: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The tokens a person lookup compares: normalised, the article dropped (unless it is all there is),
    each token folded (``fold_token``) and mapped to its spelling group (``spelling_table``)."""
    tokens = normalise_name(_ARTICLE_PREFIX.sub("", name)).split()
    kept = [t for t in tokens if t not in ARTICLES] or tokens
    folded = (fold_token(t) for t in kept)
    return tuple(spellings.get(t, t) for t in folded) if spellings else tuple(folded)


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
        if q_tokens <= c_tokens and q_tokens - ARTICLES:
            best = 1
        elif q.replace(" ", "") == c.replace(" ", ""):
            best = max(best, 1)
    return best
