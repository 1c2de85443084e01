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

Usage: python scripts/make_place_names.py DATA_DIR
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

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


def main(data_dir: Path) -> None:
    lookups = data_dir / "lookups"
    places: dict[str, str] = yaml.safe_load((lookups / "places.yaml").read_text(encoding="utf-8"))["places"]
    airports = yaml.safe_load((lookups / "airports.yaml").read_text(encoding="utf-8"))
    listed = {normalise_name(p) for p in places} | {normalise_name(a) for a in (airports.get("airports") or {})} | {
        normalise_name(a) for a in (airports.get("shared") or {})}
    state_names, person_words = _record_words(data_dir)
    alpha3 = _alpha3()
    territories: dict[str, str] = babel.core.get_global("zone_territories")
    # each listed city the CLDR has a zone for, once (its first zone in order), with the zone's State
    zones: dict[str, str] = {}
    for zone in sorted(territories):
        city = exemplar(zone, "en")
        if city in places and city not in zones and alpha3.get(territories[zone]) == places[city]:
            zones[city] = zone
    found: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}  # lang -> name -> English city
    left_out: dict[str, str] = {}
    for city, zone in sorted(zones.items()):
        for lang in LANGUAGES:
            name = exemplar(zone, lang)
            key = normalise_name(name)
            reason = ""
            if key == normalise_name(city):
                continue  # the English name: nothing to add (not listed: most cities)
            if name in NOT_READ:
                left_out.setdefault(name, NOT_READ[name])
                continue
            elif key in listed:
                reason = "another listed city's or airport's name"
            elif key in state_names:
                reason = "a State's name"
            elif key in person_words or any(normalise_name(w) in person_words for w in name.replace("-", " ").split() if len(w) > 3):
                reason = "a word of a person's name in the record"
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
    doc = {
        "about": "The listed cities' names (places.yaml) in the other languages the monitor reads (French, Spanish, German, "
                 "Italian, Portuguese), each read as an alias of the city (monitor.gazetteer), so 'à Bruxelles' places a fact "
                 "as 'in Brussels' does. Written by scripts/make_place_names.py from the CLDR's exemplar cities of the time "
                 "zones whose English exemplar city is a listed city and whose territory is that city's State; a name equal "
                 "to the English one is not repeated, and a name that is a State's, another city's or airport's, a word of a "
                 "person's name in the record, or a common word, is left out with its reason (left_out). Only the cities the "
                 "CLDR gives a time zone are here (Shanghai, not Beijing).",
        "sources": [{"url": "https://cldr.unicode.org/", "publisher": "Unicode Consortium (Common Locale Data Repository)",
                     "kind": "secondary",
                     "note": f"exemplar cities of the time zones and the zones' territories in {', '.join(LANGUAGES.values())}, "
                             f"as shipped by Babel {version('babel')} (CLDR {babel.core.get_cldr_version()}); Unicode License v3 "
                             "(https://www.unicode.org/license.txt)"}],
        "licence": "Unicode License v3 (the CLDR data); https://www.unicode.org/license.txt",
        "left_out": dict(sorted(left_out.items())),
        "languages": {lang: {"name": LANGUAGES[lang], "places": dict(sorted(found[lang].items()))} for lang in LANGUAGES},
    }
    (lookups / "place_names.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
