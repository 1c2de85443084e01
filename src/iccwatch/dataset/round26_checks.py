"""Round twenty-six of the bad input (session 32): what rulings and trips written by hand let through.

* a ruling **dated after the death** the record states (not disputed) of a person it names: the proceedings end with the
  death. A ruling terminating the proceedings or withdrawing the warrant (or one ruling on such a ruling, by
  ``appeal_of`` or ``follows``) comes after it by nature and is left alone;
* a ruling's ``outcome`` that names **another person of the record**: by the person's id it is an error (an id is not
  words, and the ruling's persons are its ``persons``); by the person's name or alias it is a warning (a ruling may say
  whose case it severs the person's from: say so, or list the person);
* a ruling whose ``outcome`` or id says it is the person's **initial (first) appearance** before the Court, dated before
  any warrant of the person records the surrender or the voluntary appearance: the person appears only once in the
  Court's custody or on a summons (round fifteen's rule for interim release, for the wording of an appearance);
* an event's ``occasion`` that places its gathering (a noun of ``lookups/monitor_words.yaml``'s English gatherings:
  summit, meeting, talks ...) **in a city of another State** (``lookups/places.yaml``) and names no city of the event's
  own State: the trip was to that other State, or the occasion is another trip's. A city named otherwise (flying in
  from, an embassy in) is left alone.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import DateSpan

#: Rulings that come after a death by nature: the Court ends the case or withdraws the warrant once it learns of it.
_AFTER_DEATH = ("proceedings_terminated", "warrant_withdrawn")


def round26_problems(r: RecordSet) -> list[Problem]:
    return [*_rulings_after_death(r), *_outcome_persons(r), *_appearances(r), *_occasion_elsewhere(r)]


def _first(value: str) -> dt.date:
    return DateSpan.parse(value).first


def _last(value: str) -> dt.date:
    return DateSpan.parse(value).last


def _deaths(r: RecordSet) -> dict[str, str]:
    died: dict[str, str] = {}
    for w in r.warrants.values():
        for sc in w.status_history:
            if sc.status == "deceased" and sc.date and not sc.disputed and (w.person not in died or _last(sc.date) < _last(died[w.person])):
                died[w.person] = sc.date
    return died


def _rulings_after_death(r: RecordSet) -> Iterator[Problem]:
    died = _deaths(r)
    if not died:
        return
    for key, d in r.decisions.items():
        if d.kind in _AFTER_DEATH or any(
                (ref := r.decisions.get(x)) is not None and ref.kind in _AFTER_DEATH for x in (d.appeal_of, d.follows) if x):
            continue
        for i, pid in enumerate(d.persons):
            death = died.get(pid)
            if death and _first(d.date) > _last(death):
                yield Problem(r.file_of("decisions", key), key, f"persons[{i}]",
                              f"a ruling of kind {d.kind!r} on {d.date}, after the death of {pid} recorded on {death}: a ruling after a "
                              "death terminates the proceedings (kind proceedings_terminated) or withdraws the warrant")


_APPEARANCE = re.compile(r"\b(?:initial|first)[\s-]+appearance\b", re.IGNORECASE)


def _appearances(r: RecordSet) -> Iterator[Problem]:
    for key, d in r.decisions.items():
        if not (_APPEARANCE.search(d.outcome or "") or _APPEARANCE.search(key.replace("-", " "))):
            continue
        for i, pid in enumerate(d.persons):
            days = [sc.date for w in r.warrants.values() if w.person == pid for sc in w.status_history
                    if sc.status in ("surrendered", "appeared_voluntarily") and sc.date]
            if not any(_first(day) <= _last(d.date) for day in days):
                yield Problem(r.file_of("decisions", key), key, f"persons[{i}]",
                              f"an initial appearance on {d.date}, but no warrant of {pid} records 'surrendered' or 'appeared_voluntarily' "
                              "by then: a person appears before the Court once surrendered to it or on a summons; record the surrender "
                              "(or appearance) first, or correct the ruling's date or person")


@functools.lru_cache(maxsize=8)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(r"(?<![\w-])(" + alt + r")(?![\w-])", re.IGNORECASE)


def _outcome_persons(r: RecordSet) -> Iterator[Problem]:
    outcomes = {key: d for key, d in r.decisions.items() if d.outcome}
    if not outcomes or not r.persons:
        return
    named: dict[str, list[tuple[str, str, bool]]] = {}  # a name in lower case: (as written, person id, is the id)
    for pid, p in r.persons.items():
        named.setdefault(pid.lower(), []).append((pid, pid, True))
        for n in sorted({p.name, *(p.aliases or [])}):
            if n and len(n) > 3:
                named.setdefault(n.lower(), []).append((n, pid, False))
    pattern = _names_pattern(tuple(sorted(named)))
    for key, d in outcomes.items():
        said: set[tuple[str, bool]] = set()
        for m in pattern.finditer(d.outcome or ""):
            for text, pid, is_id in named.get(m.group(1).lower(), []):
                if pid in d.persons or (pid, is_id) in said:
                    continue
                said.add((pid, is_id))
                if is_id:
                    yield Problem(r.file_of("decisions", key), key, "outcome",
                                  f"names the person {pid!r} by the id: a ruling's persons are its persons list, and its outcome says "
                                  "in words what it did")
                else:
                    yield Problem(r.file_of("decisions", key), key, "outcome",
                                  f"names {text!r} ({pid}), who is not among the ruling's persons: list the person if the ruling is on "
                                  "the person's case, or check the outcome is this ruling's", "warning")


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


def _occasion_elsewhere(r: RecordSet) -> Iterator[Problem]:
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
