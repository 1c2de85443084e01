"""The lookup tables the question reader and the monitor read a State from (``data/lookups/``), where one entry would make
the reader misread a text or a question. Run by ``checks.py`` in the order of ``CHECKS`` there (tests/dataset/ROUND19.md,
ROUND20.md).

Errors:

* in ``data/lookups/state_names.yaml``, a State's **name that is another State's code** (alpha-3 or alpha-2, as
  written): text holding the code would be read as the wrong State (``names_that_are_codes``);
* in ``data/lookups/map_points.yaml``, a point at **longitude 0 and latitude 0**, the point a missing coordinate
  defaults to (in the Gulf of Guinea; no State's capital is there) (``null_island``);
* a **region's name that is a State's name** (``data/lookups/regions.yaml``: a region's name or adjective;
  ``question_words.yaml``: ``regions.names``): a question naming the State would be read as the region, and answered for
  the region's members or refused as a region (``regions_named_as_states``);
* in ``question_words.yaml``, a **title word that is a State's name or demonym** (``titles.names``: words that name no
  one alone): a question holding it would lose the State; a **title or portfolio word that is not a word** (a character
  other than letters, spaces, hyphens and apostrophes: ``.*``): the reader matches words as written; a **portfolio word
  every minister's office holds** (``minister``, ``of``, where the record holds three or more offices whose title says
  minister, every one of them holding the word): the portfolio would be read as every minister's (``question_words``);
* in ``data/lookups/demonyms.yaml``, a **demonym that is another State's code** (alpha-3 or alpha-2, as written): text
  holding the code would be read as the wrong State here too (``demonyms_that_are_codes``).

From the bad-input rounds seven to sixteen:

* a **place or airport named as a State of the record and given to another State** (``places.yaml``, ``airports.yaml``):
  the gazetteer would read the State's own name as a place elsewhere (``places_named_as_states``;
  tests/dataset/ROUND10.md);
* a **demonym that is the name of another State** (``demonyms.yaml``) (``demonyms_of_other_states``;
  tests/dataset/ROUND11.md);
* in a lookup table, a **reason left as a placeholder** (``TBD``, ``todo``; round eleven's placeholders) and a **key
  with space around it** (``'Abuja '``): every entry says why it is there, and a key is matched as written
  (``lookup_entries``; tests/dataset/ROUND13.md);
* in the tables the questions are read with (tests/dataset/ROUND16.md): a region's ``as_of`` that is no day or after the
  record's cut-off, a member listed twice, one name given to two regions (``region_tables``); in
  ``question_state_names.yaml``, a name listed twice for one State, given to
  two States, or listed under ``not_read`` and read for a State (``question_state_name_tables``); in
  ``question_months.yaml``, a month's word with a digit, listed twice, or the English name of another month
  (``question_month_tables``); a word with space around it (``spaced_words``); a city's name in another language that
  names no listed city or is itself a listed city (``place_names``).

Round 31 (tests/dataset/ROUND31.md): in ``question_words.yaml``, a **pattern that matches without reading a word** (an
empty match on an empty text, on ``?`` or on a short question: ``.*``, ``(?:)``, ``\\b|x``): it would match every
question; a **text listed twice in one list**; a **word of ``weekday_words`` under two of its keys** (this, next, last):
read as two days (``question_patterns``).

Round 32 (tests/dataset/ROUND32.md): in ``monitor_words.yaml``, a **name or word listed twice in one list** (a language's
``names``, ``nouns``, ``forms``; a table's words by language), and a **weekday's word under two weekdays** of one language
(``monitor_word_lists``).

Round 35 (tests/dataset/ROUND35.md): in ``court_places.yaml``, a **name listed twice** in one entry, **one name under two
entries** (two States, or the seat and the detention place), and a **place named as a State is** (``court_place_tables``).
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterator
from typing import Any

from iccwatch.caching import BoundedCache
from iccwatch.dataset.frozen import table_key
from iccwatch.dataset.names import normalise_name
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_dates import span_or_none
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.text_checks import placeholder_pattern


def _codes(r: RecordSet) -> dict[str, str]:
    """Each State's alpha-3 and alpha-2 code, as written -> the State."""
    codes: dict[str, str] = {}
    for iso3, st in r.states.items():
        codes[iso3] = iso3
        codes[st.iso2] = iso3
    return codes


def _codes_given_as(r: RecordSet, table: str, key: str, what: str) -> Iterator[Problem]:
    """Each word listed for a State under ``key`` of ``data/lookups/<table>.yaml`` that is another State's code."""
    codes = _codes(r)
    for iso3, listed in ((r.lookups.get(table) or {}).get(key) or {}).items():
        for i, name in enumerate(listed or []):
            other = codes.get(name) if isinstance(name, str) else None
            if other is not None and other != iso3:
                yield Problem(f"data/lookups/{table}.yaml", table, f"{key}.{iso3}[{i}]",
                              f"{name!r} is the code of {other}, given as {what} of {iso3}: text holding the code would be read "
                              f"as {iso3}; leave it out")


def names_that_are_codes(r: RecordSet) -> Iterator[Problem]:
    return _codes_given_as(r, "state_names", "names", "a name")


def null_island(r: RecordSet) -> Iterator[Problem]:
    points = (r.lookups.get("map_points") or {}).get("points") or {}
    for iso3, p in points.items():
        lon, lat = (p.get("lon"), p.get("lat")) if isinstance(p, dict) else (getattr(p, "lon", None), getattr(p, "lat", None))
        if lon == 0 and lat == 0:
            yield Problem("data/lookups/map_points.yaml", "map_points", f"points.{iso3}",
                          "longitude 0 and latitude 0, the point a missing coordinate defaults to (in the Gulf of Guinea, where no "
                          "State's capital is): give the capital's coordinates")


def _state_names(r: RecordSet) -> dict[str, str]:
    """Normalised name -> the State it names: the record's names of each State and state_names.yaml's."""
    out: dict[str, str] = {}
    for iso3, st in r.states.items():
        for name in (st.name, getattr(st, "short_name", None), getattr(st, "official_name", None)):
            if isinstance(name, str) and name.strip():
                out.setdefault(normalise_name(name).removeprefix("the "), iso3)
    for iso3, listed in ((r.lookups.get("state_names") or {}).get("names") or {}).items():
        for name in listed or []:
            if isinstance(name, str) and name.strip() and len(name) > 3:  # codes are round nineteen's
                out.setdefault(normalise_name(name).removeprefix("the "), str(iso3))
    return out


def _demonyms(r: RecordSet) -> dict[str, str]:
    out: dict[str, str] = {}
    for iso3, listed in ((r.lookups.get("demonyms") or {}).get("demonyms") or {}).items():
        for name in listed or []:
            if isinstance(name, str) and name.strip():
                out.setdefault(normalise_name(name), str(iso3))
    return out


def regions_named_as_states(r: RecordSet) -> Iterator[Problem]:
    states = _state_names(r)

    def clash(name: Any) -> str | None:
        return states.get(normalise_name(name).removeprefix("the ")) if isinstance(name, str) and name.strip() else None

    f = "data/lookups/regions.yaml"
    for i, region in enumerate((r.lookups.get("regions") or {}).get("regions") or []):
        if not isinstance(region, dict):
            continue
        for field in ("names", "adjectives"):
            for j, name in enumerate(region.get(field) or []):
                if (iso3 := clash(name)) is not None:
                    yield Problem(f, "regions", f"regions[{i}].{field}[{j}]",
                                  f"{name!r} is a name of the State {iso3}: a question naming {iso3} would be read as this region; "
                                  "leave it out")
    f = "data/lookups/question_words.yaml"
    regions = (r.lookups.get("question_words") or {}).get("regions") or {}
    for j, name in enumerate(regions.get("names") or [] if isinstance(regions, dict) else []):
        if (iso3 := clash(name)) is not None:
            yield Problem(f, "question_words", f"regions.names[{j}]",
                          f"{name!r} is a name of the State {iso3}: a question naming {iso3} would be refused as naming a region; "
                          "leave it out")


#: A word of the question tables: letters, spaces, hyphens and apostrophes.
_WORD = re.compile(r"^[^\W\d_]+(?:[ \-'\u2019][^\W\d_]+)*$")


def question_words(r: RecordSet) -> Iterator[Problem]:
    f = "data/lookups/question_words.yaml"
    table = r.lookups.get("question_words") or {}
    if not isinstance(table, dict):
        return
    states, demonyms = _state_names(r), _demonyms(r)
    titles = (table.get("titles") or {}).get("names") or [] if isinstance(table.get("titles"), dict) else []
    for j, word in enumerate(titles):
        if not isinstance(word, str) or not word.strip():
            continue
        at = f"titles.names[{j}]"
        if not _WORD.match(word):
            yield Problem(f, "question_words", at, f"{word!r} is not a word (letters, spaces, hyphens and apostrophes): the "
                          "reader matches titles as written")
        elif (iso3 := states.get(normalise_name(word)) or demonyms.get(normalise_name(word))) is not None:
            yield Problem(f, "question_words", at, f"{word!r} names the State {iso3} (a name or demonym): as a title that names "
                          f"no one alone, it would be dropped from a question about {iso3}; leave it out")
    ministers = [normalise_name(o.title) for p in r.persons.values() for o in p.offices if "minister" in normalise_name(o.title).split()]
    portfolios = table.get("portfolios") or {}
    for name, entry in (portfolios.items() if isinstance(portfolios, dict) else ()):
        words = entry.get("words") or [] if isinstance(entry, dict) else []
        for j, word in enumerate(words):
            if not isinstance(word, str) or not word.strip():
                continue
            at = f"portfolios.{name}.words[{j}]"
            if not _WORD.match(word):
                yield Problem(f, "question_words", at, f"{word!r} is not a word (letters, spaces, hyphens and apostrophes): an "
                              "office's title is matched on the word as written")
                continue
            w = f" {normalise_name(word)} "
            if len(ministers) >= 3 and all(w in f" {t} " for t in ministers):
                yield Problem(f, "question_words", at, f"{word!r} is in the title of every minister's office the record holds "
                              f"({len(ministers)}): it tells no portfolio, and '{name} minister' would be read as any minister; "
                              "give the words only this portfolio's titles hold")



#: The keys of ``question_words.yaml`` whose lists (or texts) are regular expressions read on a question.
PATTERN_KEYS = ("patterns", "words", "opening", "facts", "matches")
#: Texts no question's reading turns on: a pattern that matches one of them without reading a character (an empty match)
#: matches every question.
_PROBES = ("", "?", "Was it so?")


def _lists_in(obj: Any, at: str) -> Iterator[tuple[str, str, Any]]:
    """(path, key, value) of every value under a key of a mapping in ``obj``, at any depth."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            here = f"{at}.{k}" if at else str(k)
            yield here, str(k), v
            yield from _lists_in(v, here)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _lists_in(v, f"{at}[{i}]")


def question_patterns(r: RecordSet) -> Iterator[Problem]:
    f = "data/lookups/question_words.yaml"
    table = r.lookups.get("question_words") or {}
    if not isinstance(table, dict):
        return
    for at, key, value in _lists_in(table, ""):
        texts = [(f"{at}[{j}]", v) for j, v in enumerate(value)] if isinstance(value, list) else [(at, value)]
        if key in PATTERN_KEYS:
            for where, p in texts:
                if not isinstance(p, str) or not p.strip():
                    continue
                try:
                    pattern = re.compile(p, re.IGNORECASE)
                except re.error:
                    continue  # refused by the table's own model
                if any((m := pattern.search(probe)) is not None and m.end() == m.start() for probe in _PROBES):
                    yield Problem(f, "question_words", where, f"pattern {p!r} matches without reading a word (an empty match): it "
                                  "would match every question; write the words it is to find")
        if isinstance(value, list):
            yield from _listed_twice(f, "question_words", at, value)
    shifts = table.get("weekday_words")
    if isinstance(shifts, dict):
        owner: dict[str, str] = {}
        for key, words in shifts.items():
            for j, w in enumerate(words if isinstance(words, list) else []):
                if isinstance(w, str) and owner.setdefault(w, key) != key:
                    yield Problem(f, "question_words", f"weekday_words.{key}[{j}]",
                                  f"{w!r} is listed under {owner[w]!r} and {key!r}: a word says one of this, next or last; "
                                  "keep it under the one it means")

def demonyms_that_are_codes(r: RecordSet) -> Iterator[Problem]:
    return _codes_given_as(r, "demonyms", "demonyms", "a demonym")


def places_named_as_states(r: RecordSet) -> Iterator[Problem]:
    names: dict[str, str] = {}
    for iso3, st in r.states.items():
        for n in (st.name, st.name_fr, st.short_name):
            if n:
                names.setdefault(n.casefold(), iso3)
    for table in ("places", "airports"):
        raw = r.lookups.get(table)
        entries = raw.get(table) if isinstance(raw, dict) else None
        if not isinstance(entries, dict):
            continue
        for name, value in entries.items():
            own = names.get(name.casefold()) if isinstance(name, str) else None
            given = value if isinstance(value, list) else [value]
            if own is not None and own not in given:
                yield Problem(f"data/lookups/{table}.yaml", table, f"{table}.{name}",
                              f"{name!r} is the name of {own}, but the entry gives it to {', '.join(map(str, given))}: text naming "
                              f"{own} would be read as a place in another State (leave the entry out)")


def places_under_two_cases(r: RecordSet) -> Iterator[Problem]:
    """Round 42 (round 41's leftover): in ``places.yaml`` or ``airports.yaml``, one name written under two cases
    (``Abuja`` and ``abuja``) given to two States. The monitor asks whether a text names a State by its places in any
    case (``gazetteer.Spec.named_in``, a dateline is in capitals), so the text 'Abuja' is read as naming both: the
    second spelling is refused, naming the first. The same name under two cases for one State is left to the table's
    other rules."""
    for table in ("places", "airports"):
        raw = r.lookups.get(table)
        entries = raw.get(table) if isinstance(raw, dict) else None
        if not isinstance(entries, dict):
            continue
        first: dict[str, tuple[str, Any]] = {}
        for name, value in entries.items():
            if not isinstance(name, str):
                continue
            seen = first.setdefault(name.casefold(), (name, value))
            if seen[0] != name and seen[1] != value:
                yield Problem(f"data/lookups/{table}.yaml", table, f"{table}.{name}",
                              f"{name!r} is {seen[0]!r} under another case, given to {seen[1]}, and here to {value}: a text "
                              f"naming the place in any case would be read as in both States; keep the one the place is in")


def demonyms_of_other_states(r: RecordSet) -> Iterator[Problem]:
    table = (r.lookups.get("demonyms") or {})
    demonyms = table.get("demonyms") if isinstance(table, dict) else None
    if not isinstance(demonyms, dict):
        return
    names: dict[str, str] = {}
    for iso3, st in r.states.items():
        for n in (st.name, st.name_fr, st.short_name):
            if n:
                names.setdefault(n.casefold(), iso3)
    for iso3, words in demonyms.items():
        for j, word in enumerate(words if isinstance(words, list) else []):
            other = names.get(word.casefold()) if isinstance(word, str) else None
            if other is not None and other != iso3:
                yield Problem("data/lookups/demonyms.yaml", "demonyms", f"demonyms.{iso3}[{j}]",
                              f"{word!r} is the name of {other}, given as a demonym of {iso3}: text naming {other} would be read as "
                              f"{iso3}")


def _walk(obj: Any, at: str) -> Iterator[tuple[str, Any, Any]]:
    """(path, key, value) of every mapping entry in a parsed lookup table."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            here = f"{at}.{k}" if at else str(k)
            yield here, k, v
            yield from _walk(v, here)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk(v, f"{at}[{i}]")


def _entry_problem_in(table: Any) -> bool:
    """Whether ``_lookup_entries`` finds anything in ``table``: the same tests, without naming where (a table is walked
    by ``_walk``, which names every entry's path, only when one is found: the tables hold some 7,000 entries, and
    naming each cost a fifth of a check of an unchanged small record)."""
    stack = [table]
    while stack:
        obj = stack.pop()
        if isinstance(obj, dict):
            for k, v in obj.items():
                if isinstance(k, str) and k != k.strip():
                    return True
                if k == "reason" and isinstance(v, str) and placeholder_pattern().match(v.strip()):
                    return True
                if isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(obj, list):
            stack.extend(v for v in obj if isinstance(v, (dict, list)))
    return False


#: ``_entry_problem_in`` of a table, by the table's key (``frozen.table_key``: the loader hands out one table per
#: file text, check after check) or, for a table from elsewhere, its ``marshal`` bytes.
_ENTRY_PROBLEM_IN = BoundedCache(64)


def _entry_problem_in_table(table: Any) -> bool:
    """``_entry_problem_in(table)``, kept for equal tables (a table that cannot be marshalled is walked each time)."""
    key: Any = table_key(table)
    if key is None:
        try:
            key = marshal.dumps(table)
        except ValueError:
            return _entry_problem_in(table)
    return _ENTRY_PROBLEM_IN.get_or_compute(key, lambda: _entry_problem_in(table))


def lookup_entries(r: RecordSet) -> Iterator[Problem]:
    for name, table in sorted(r.lookups.items()):
        if not _entry_problem_in_table(table):
            continue
        f = f"data/lookups/{name}.yaml"
        for at, k, v in _walk(table, ""):
            if isinstance(k, str) and k != k.strip():
                yield Problem(f, name, at, f"the key {k!r} has space around it: a key is matched as written; write {k.strip()!r}")
            if k == "reason" and isinstance(v, str) and placeholder_pattern().match(v.strip()):
                yield Problem(f, name, at, f"the reason {v!r} is a placeholder: every entry says why it is there; write the reason")


def region_tables(r: RecordSet) -> Iterator[Problem]:
    f = "data/lookups/regions.yaml"
    cutoff_span = span_or_none(r.meta.checked_through) if r.meta is not None else None
    named: dict[str, int] = {}
    for i, region in enumerate((r.lookups.get("regions") or {}).get("regions") or []):
        if not isinstance(region, dict):
            continue
        as_of = region.get("as_of")
        span = span_or_none(as_of) if isinstance(as_of, str) else None
        if isinstance(as_of, str) and span is None:
            yield Problem(f, "regions", f"regions[{i}].as_of", f"{as_of!r} is no day of the calendar: give the day the list is as of")
        elif span is not None and cutoff_span is not None and span.first > cutoff_span.last:
            yield Problem(f, "regions", f"regions[{i}].as_of", f"{as_of} is after the record's cut-off ({r.meta.checked_through})")
        members = region.get("members") or []
        for j, code in enumerate(members):
            if code in members[:j]:
                yield Problem(f, "regions", f"regions[{i}].members[{j}]", f"{code} is listed twice: list each member once")
        for j, name in enumerate(region.get("names") or []):
            if not isinstance(name, str):
                continue
            first = named.setdefault(name.casefold(), i)
            if first != i:
                yield Problem(f, "regions", f"regions[{i}].names[{j}]",
                              f"{name!r} also names regions[{first}]: a name names one region (the reading could not tell which is asked for)")


def question_state_name_tables(r: RecordSet) -> Iterator[Problem]:
    f = "data/lookups/question_state_names.yaml"
    table = r.lookups.get("question_state_names") or {}
    not_read = {n.casefold() for n in ((table.get("not_read") or {}).get("names") or []) if isinstance(n, str)}
    owner: dict[str, tuple[str, str]] = {}
    for lang, names in (table.get("languages") or {}).items():
        for code, listed in (names or {}).items():
            for j, name in enumerate(listed or []):
                if not isinstance(name, str):
                    continue
                at = f"languages.{lang}.{code}[{j}]"
                key = name.casefold()
                if key in not_read:
                    yield Problem(f, "question_state_names", at, f"{name!r} is listed under not_read, so it is not read: leave it out here")
                if name in listed[:j]:
                    yield Problem(f, "question_state_names", at, f"{name!r} is listed twice for {code}: list it once")
                    continue
                other = owner.setdefault(key, (code, lang))
                if other[0] != code:
                    yield Problem(f, "question_state_names", at,
                                  f"{name!r} names {code} here and {other[0]} in {other[1]}: a name two States share is left out "
                                  "(the reading could not tell which is asked for)")


def question_month_tables(r: RecordSet) -> Iterator[Problem]:
    f = "data/lookups/question_months.yaml"
    english = {m.casefold() for m in ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                                      "October", "November", "December")}
    for lang, table in ((r.lookups.get("question_months") or {}).get("languages") or {}).items():
        for month, words in ((table or {}).get("months") or {}).items():
            for j, w in enumerate(words or []):
                if not isinstance(w, str):
                    continue
                at = f"languages.{lang}.months.{month}[{j}]"
                if not w.isalpha():
                    yield Problem(f, "question_months", at, f"{w!r} is not a word of letters: a month's name is one word")
                elif w in words[:j]:
                    yield Problem(f, "question_months", at, f"{w!r} is listed twice for {month}: list it once")
                elif w in english:
                    yield Problem(f, "question_months", at, f"{w!r} is an English month's name, read as English: leave it out here")


def place_names(r: RecordSet) -> Iterator[Problem]:
    """A city's name in another language (place_names.yaml) must name a listed city (places.yaml), and not be its English name."""
    f = "data/lookups/place_names.yaml"
    listed = (r.lookups.get("places") or {}).get("places") or {}
    names = r.lookups.get("place_names") or {}
    tables = [(f"languages.{lang}", table) for lang, table in (names.get("languages") or {}).items()]
    for where, table in [*tables, ("geonames", names.get("geonames"))]:
        for name, city in ((table or {}).get("places") or {}).items():
            at = f"{where}.places.{name}"
            if city not in listed:
                yield Problem(f, "place_names", at, f"{city!r} is not a city of data/lookups/places.yaml: name a listed city by its English name")
            elif name in listed:
                yield Problem(f, "place_names", at, f"{name!r} is itself a listed city (places.yaml): leave it out here")


_WORD_TABLES = ("regions", "question_words", "question_state_names", "question_months")


def spaced_words(r: RecordSet) -> Iterator[Problem]:
    """A word or name with space around it in the question tables: read as written, it would never match."""
    def walk(v: Any, at: str) -> Iterator[tuple[str, str]]:
        if isinstance(v, str):
            yield at, v
        elif isinstance(v, list):
            for i, x in enumerate(v):
                yield from walk(x, f"{at}[{i}]")
        elif isinstance(v, dict):
            for k, x in v.items():
                if k not in ("sources", "about"):
                    yield from walk(x, f"{at}.{k}" if at else str(k))
    for name in _WORD_TABLES:
        for at, text in walk(r.lookups.get(name) or {}, ""):
            if text != text.strip():
                yield Problem(f"data/lookups/{name}.yaml", name, at, f"{text!r} has space around it: write the word alone")


#: The keys of ``monitor_words.yaml`` whose lists are words read as written (not patterns).
MONITOR_WORD_KEYS = ("names", "nouns", "forms")


def _listed_twice(f: str, record: str, at: str, value: list[Any]) -> Iterator[Problem]:
    """A word listed twice in one list of a lookup table (``at``: the list's place in it), named at its second place."""
    seen: dict[str, int] = {}
    for j, v in enumerate(value):
        if isinstance(v, str) and v in seen:
            yield Problem(f, record, f"{at}[{j}]", f"{v!r} is listed twice (also [{seen[v]}]): list it once")
        elif isinstance(v, str):
            seen[v] = j


def court_place_tables(r: RecordSet) -> Iterator[Problem]:
    """Round 35: in ``court_places.yaml``, a name listed twice in one entry, one name given to two entries (two States,
    or the seat and the detention place: the monitor would read it as both), and a place named as a State is (the
    monitor reads a move ending at the place as a surrender to the Court, and a State named after it as the host: a
    State's name there would turn every move to that State into a surrender)."""
    f = "data/lookups/court_places.yaml"
    table = r.lookups.get("court_places") or {}
    entries = table.get("places") if isinstance(table, dict) else None
    if not isinstance(entries, list):
        return
    states = _state_names(r)
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        names = entry.get("names") if isinstance(entry, dict) else None
        if not isinstance(names, list):
            continue
        yield from _listed_twice(f, "court_places", f"places[{i}].names", names)
        for j, name in enumerate(names):
            if not isinstance(name, str) or not name.strip():
                continue
            k = seen.setdefault(name, i)
            if k != i:
                yield Problem(f, "court_places", f"places[{i}].names[{j}]",
                              f"{name!r} is also a name of places[{k}] ({entries[k].get('kind')}, {entries[k].get('state')}): "
                              "one name, one place of the Court's: list it under one entry")
            state = states.get(normalise_name(name).removeprefix("the "))
            if state is not None:
                yield Problem(f, "court_places", f"places[{i}].names[{j}]",
                              f"{name!r} is the name of the State {state}, not a place of the Court's: a move to the State "
                              "would be read as a surrender to the Court (leave it out)")


def monitor_word_lists(r: RecordSet) -> Iterator[Problem]:
    """In ``monitor_words.yaml``: a word listed twice in one list (of a language's names, nouns or demonym endings, or of a
    table's words by language); a word under two weekdays of one language (the monitor would read it as both days)."""
    f = "data/lookups/monitor_words.yaml"
    table = r.lookups.get("monitor_words") or {}
    if not isinstance(table, dict):
        return
    for at, key, value in _lists_in(table, ""):
        plain = ".words." in at or ".weekdays.names." in at  # a table's words by language, a weekday's names
        if not isinstance(value, list) or not (key in MONITOR_WORD_KEYS or plain):
            continue
        yield from _listed_twice(f, "monitor_words", at, value)
    for lang, entry in (table.get("languages") or {}).items():
        days = ((entry or {}).get("weekdays") or {}).get("names") if isinstance(entry, dict) else None
        if not isinstance(days, dict):
            continue
        owner: dict[str, str] = {}
        for day, words in days.items():
            for j, w in enumerate(words if isinstance(words, list) else []):
                if isinstance(w, str) and owner.setdefault(w.casefold(), day) != day:
                    yield Problem(f, "monitor_words", f"languages.{lang}.weekdays.names.{day}[{j}]",
                                  f"{w!r} is listed under {owner[w.casefold()]!r} and {day!r}: a word names one weekday; keep it "
                                  "under the day it names")
