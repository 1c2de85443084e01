"""What a trip's ``occasion`` says of where its gathering was. Run by ``checks.py`` in the order of ``CHECKS`` there
(tests/dataset/ROUND26.md).

Errors:

* an event's ``occasion`` that places its gathering (a noun of ``lookups/monitor_words.yaml``'s English gatherings:
  summit, meeting, talks ...) **in a city of another State** (``lookups/places.yaml``) and names no city of the event's
  own State: the trip was to that other State, or the occasion is another trip's. A city named otherwise (flying in
  from, an embassy in) is left alone (``occasion_elsewhere``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet


def _table(r: RecordSet, name: str) -> Any:
    table = r.lookups.get(name)
    return table if hasattr(table, "get") else None


_TOKEN = re.compile(r"[\w'-]+")


@functools.lru_cache(maxsize=8)
def _patterns(places: tuple[tuple[str, str], ...], nouns: tuple[str, ...]) -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    """The table's cities by their first word (longest first), and a gathering noun then "in"/"at" just before a place
    (read on the text before each city found)."""
    by_word: dict[str, list[str]] = {}
    for name, _ in places:
        if (m := _TOKEN.match(name)) is not None:
            by_word.setdefault(m.group(0), []).append(name)
    index = {w: tuple(sorted(ns, key=len, reverse=True)) for w, ns in by_word.items()}
    placed = re.compile(r"\b(?:" + "|".join(nouns) + r")\b[^.;,()]{0,60}?\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
    return index, placed


def _cities(text: str, index: dict[str, tuple[str, ...]]) -> Iterator[tuple[int, str]]:
    """(offset, name) of each city of the table the text names, as whole words, case as written."""
    after = 0  # the end of the last city found: a shorter name inside it (Delhi in New Delhi) is not another
    for tok in _TOKEN.finditer(text):
        if tok.start() < after:
            continue
        for name in index.get(tok.group(0), ()):
            end = tok.start() + len(name)
            if text.startswith(name, tok.start()) and (end == len(text) or not (text[end].isalnum() or text[end] in "_'-")):
                yield tok.start(), name
                after = end
                break


def occasion_elsewhere(r: RecordSet) -> Iterator[Problem]:
    places_t, words_t = _table(r, "places"), _table(r, "monitor_words")
    if places_t is None or words_t is None:
        return
    places = places_t.get("places")
    gatherings = words_t.get("gatherings")
    if not isinstance(places, dict) or not isinstance(gatherings, dict) or not isinstance(gatherings.get("nouns"), list):
        return  # a malformed table is the loader's to refuse
    nouns = tuple(n["words"]["en"] for n in gatherings["nouns"]
                  if isinstance(n, dict) and isinstance(n.get("words"), dict) and isinstance(n["words"].get("en"), str))
    pairs = tuple((str(k), str(v)) for k, v in places.items() if isinstance(v, str))
    if not nouns or not pairs:
        return
    index, placed = _patterns(pairs, nouns)
    state_of = dict(pairs)
    for key, e in r.events.items():
        occasion = getattr(e, "occasion", None)
        if not occasion:
            continue
        found = [(start, name, state_of[name]) for start, name in _cities(occasion, index)]
        if not found or any(state == e.state for _, _, state in found):
            continue
        for start, name, other in found:
            if placed.search(occasion[:start]):
                yield Problem(r.file_of("events", key), key, "occasion",
                              f"places the gathering in {name} ({other}), but the trip is to {e.state} and the occasion names "
                              f"no city of {e.state}: the trip's state, or the occasion, is another trip's")
                break
