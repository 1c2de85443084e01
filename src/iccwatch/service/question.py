"""A question typed in words, read as the law engine's arguments.

"Must Mongolia arrest Putin on 3 September 2024?" names a State, a person and a day: the reading finds
each in the record (a State by its name, alias or upper-case ISO alpha-3 code; a person by name, alias or
spelling, as :meth:`Facts.find_persons` reads them; the day as the monitor reads dates in news text) and
says which question it is: ``arrest`` (a State and a person), ``obligations`` (a State alone) or
``travel`` (a person alone). Nothing is guessed: a question that names no State and no person, two
States, two persons or two days is refused with a message that says so. A month or a year is a day only
where the question names a State and a person and the record holds exactly one trip of that person to that
State then ("Must Mongolia arrest Putin in September 2024?" asks about the day of that visit, and the
reading says which trip it took); otherwise it is refused, with the trips the record holds then. Where the person's own State is named beside another ("Must Tajikistan arrest Russia's
president?"), the other is the host.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from iccwatch.dataset.names import normalise_name
from iccwatch.facts import Facts
from iccwatch.monitor.dates import find_dates
from iccwatch.service.ask import state_name_index
from iccwatch.service.inputs import MONTH_HINT


class QuestionError(ValueError):
    """A question the reading cannot turn into one question to the law engine; the message says why."""


#: Words of a question that are never a person's name, however a name lookup reads them alone.
_NOT_NAMES = frozenset({"must", "would", "could", "should", "will", "shall", "have", "arrest", "arrested", "surrender",
                        "obliged", "bound", "required", "duty", "state", "states", "party", "court", "what", "where", "when",
                        "which", "whom", "does", "there", "their", "they", "travel", "visit", "visited", "visiting", "today",
                        "president", "minister", "prime", "leader", "general", "safely", "under", "warrant", "from", "with",
                        "that", "this", "true", "tell", "someone", "anyone", "government", "head"})
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
_TODAY = re.compile(r"\b(today|now|currently|at present)\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_LONGEST = 6


def _ambiguous(facts: Facts) -> dict[str, list[str]]:
    """Normalised name -> the States it may mean, for the names data/lookups/state_names.yaml lists as
    shared by several States ('Congo', 'Korea')."""
    listed = facts.records.lookups.get("state_names", {}).get("monitor", {}).get("ambiguous", {})
    return {normalise_name(name): [c for c in entry.get("codes", []) if c in facts.records.states]
            for name, entry in listed.items() if len(entry.get("codes", [])) > 1}


def _state_in(facts: Facts, words: list[str], index: dict[str, frozenset[str]], codes: set[str],
              shared_names: dict[str, list[str]]) -> str | None:
    text = " ".join(_POSSESSIVE.sub("", w) for w in words)
    if len(words) == 1 and words[0] in codes:  # an ISO alpha-3 code, written in capitals
        return words[0]
    key = normalise_name(text)
    if key.startswith("the "):
        key = key[4:]
    shared = shared_names.get(key)
    if shared:
        raise QuestionError(f"'{text}' may mean " + " or ".join(facts.records.states[c].name for c in shared)
                            + ": name the State in full or by its code (" + ", ".join(shared) + ")")
    named = index.get(key, frozenset())
    iso3 = next(iter(named)) if len(named) == 1 else None
    # a short name ("US", "UK", "UAE") only in capitals: lower-case "us" is a pronoun
    if iso3 and len(key.replace(" ", "")) <= 3 and not text.replace(" ", "").isupper():
        return None
    return iso3


def _person_in(facts: Facts, words: list[str]) -> str | None:
    text = " ".join(_POSSESSIVE.sub("", w) for w in words)
    if len(words) == 1 and (len(text) < 4 or text.casefold() in _NOT_NAMES):
        return None
    if all(w.casefold() in _NOT_NAMES for w in words):
        return None
    hits = facts.find_persons(text)
    return hits[0].id if len(hits) == 1 else None


def _day(text: str, today: dt.date) -> tuple[str, bool, list[tuple[int, int]], str]:
    """The day a question names (today where it names none; a month ``YYYY-MM`` or a year ``YYYY`` where it
    names only that), whether one was given, the text's date spans, and the words that named it."""
    found = find_dates(text, today)
    spans = [(f.start, f.end) for f in found]
    days = list(dict.fromkeys(f.date for f in found))
    for f in found:
        if f.end_date and f.end_date != f.date:
            raise QuestionError(f"the question names a span of days ({f.date} to {f.end_date}): ask about one day, YYYY-MM-DD")
    if len(days) > 1:
        raise QuestionError(f"the question names several dates ({', '.join(days)}): ask about one day")
    if days:
        return days[0], True, spans, text[found[0].start:found[0].end].strip()
    year = _YEAR.search(text)
    if year:
        return year.group(0), True, spans, year.group(0)
    return today.isoformat(), bool(_TODAY.search(text)), spans, ""


def _no_single_day(said: str, partial: str) -> QuestionError:
    return QuestionError(f"'{said}' names no single day (it reads as {partial}, {'a month' if len(partial) == 7 else 'a year'}): "
                         f"{MONTH_HINT}")


def _trip_day(facts: Facts, state: str, person: str, partial: str, said: str) -> tuple[str, str]:
    """The day of the one recorded trip of ``person`` to ``state`` within the month or year ``partial``, and
    its id; several trips, none, or one dated only to a month, are refused with what the record holds."""
    trips = sorted((e.date, key) for key, e in facts.records.events.items()
                   if e.person == person and e.state == state and e.date.startswith(partial))
    if not trips:
        raise QuestionError(f"{_no_single_day(said, partial)}; the record holds no trip of "
                            f"{facts.records.persons[person].name} to {facts.records.states[state].name} then")
    if len(trips) > 1:
        raise QuestionError(f"{_no_single_day(said, partial)}; the record holds {len(trips)} trips of "
                            f"{facts.records.persons[person].name} to {facts.records.states[state].name} then: "
                            + ", ".join(day for day, _ in trips) + ": ask about one of those days")
    day, key = trips[0]
    if len(day) < 10:
        raise QuestionError(f"{_no_single_day(said, partial)}; the one trip the record holds then ({key}) is itself dated "
                            f"only to {day}")
    return day, key


def read_question(facts: Facts, text: str, today: dt.date | None = None) -> dict[str, Any]:
    """The State, person and day ``text`` asks about, and which question that is (see the module's text).

    Returns ``kind`` (arrest, obligations or travel), ``state`` and ``state_name``, ``person`` and
    ``person_name`` (None where not named), ``on`` (ISO day), ``date_given`` (false where the
    question names no day and today is meant) and ``day_from_event`` (the id of the recorded trip whose day
    was taken, where the question named only a month or a year; None otherwise)."""
    text = (text or "").strip()
    if not text:
        raise QuestionError("the question is empty: ask e.g. 'Must Mongolia arrest Putin on 2024-09-03?'")
    if len(text) > 500:
        raise QuestionError("the question is longer than 500 characters: ask one short question")
    today = today or dt.date.today()
    on, date_given, date_spans, said = _day(text, today)
    tokens = [m for m in _WORD.finditer(text) if not any(a <= m.start() < b for a, b in date_spans)]
    words = [m.group(0) for m in tokens]
    index, codes, shared_names = state_name_index(facts), set(facts.records.states), _ambiguous(facts)
    states: list[str] = []
    persons: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            window = words[i:i + n]
            iso3 = _state_in(facts, window, index, codes, shared_names)
            if iso3:
                states.append(iso3)
                break
            pid = _person_in(facts, window) if n <= 4 else None
            if pid:
                persons.append(pid)
                break
        else:
            n = 1
        i += n
    states, persons = list(dict.fromkeys(states)), list(dict.fromkeys(persons))
    if len(persons) > 1:
        raise QuestionError("the question names several persons ("
                            + ", ".join(facts.records.persons[p].name for p in persons) + "): ask about one")
    if persons and len(states) > 1:
        person = facts.records.persons[persons[0]]
        own = set(person.nationality) | {o.state for o in person.offices}
        hosts = [s for s in states if s not in own]
        if len(hosts) == 1:
            states = hosts
    if len(states) > 1:
        raise QuestionError("the question names several States ("
                            + ", ".join(facts.records.states[s].name for s in states) + "): ask about one")
    if not states and not persons:
        raise QuestionError("the question names no State and no person the record holds: name a State (e.g. Mongolia "
                            "or MNG) and a person under a warrant (e.g. Vladimir Putin)")
    state, person_id = (states or [None])[0], (persons or [None])[0]
    kind = "arrest" if state and person_id else "obligations" if state else "travel"
    from_event = None
    if len(on) < 10:  # a month or a year: the day of the one recorded trip then, where a State and a person are named
        if not (state and person_id):
            raise _no_single_day(said, on)
        on, from_event = _trip_day(facts, state, person_id, on, said)
    return {"kind": kind, "state": state, "state_name": facts.records.states[state].name if state else None,
            "person": person_id, "person_name": facts.records.persons[person_id].name if person_id else None,
            "on": on, "date_given": date_given, "day_from_event": from_event}
