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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.names import normalise_name
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet


def _codes(r: RecordSet) -> dict[str, str]:
    """Each State's alpha-3 and alpha-2 code, as written -> the State."""
    codes: dict[str, str] = {}
    for iso3, st in r.states.items():
        codes[iso3] = iso3
        codes[st.iso2] = iso3
    return codes


def names_that_are_codes(r: RecordSet) -> Iterator[Problem]:
    names = (r.lookups.get("state_names") or {}).get("names") or {}
    codes = _codes(r)
    for iso3, listed in names.items():
        for i, name in enumerate(listed or []):
            other = codes.get(name) if isinstance(name, str) else None
            if other is not None and other != iso3:
                yield Problem("data/lookups/state_names.yaml", "state_names", f"names.{iso3}[{i}]",
                              f"{name!r} is the code of {other}, given as a name of {iso3}: text holding the code would be read "
                              f"as {iso3}; leave it out")


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


def demonyms_that_are_codes(r: RecordSet) -> Iterator[Problem]:
    codes = _codes(r)
    for iso3, listed in ((r.lookups.get("demonyms") or {}).get("demonyms") or {}).items():
        for i, name in enumerate(listed or []):
            other = codes.get(name) if isinstance(name, str) else None
            if other is not None and other != iso3:
                yield Problem("data/lookups/demonyms.yaml", "demonyms", f"demonyms.{iso3}[{i}]",
                              f"{name!r} is the code of {other}, given as a demonym of {iso3}: text holding the code would be "
                              f"read as {iso3}; leave it out")
