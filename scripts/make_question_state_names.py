"""Write ``data/lookups/question_state_names.yaml``: each State's name in other languages, for the reading of questions
typed in words (``iccwatch.service.question``: 'Muss Deutschland Netanjahu verhaften?', '¿Debe España arrestar a
Putin?', 'Would Polska arrest Putin?') and a State named in another language where a State is asked for (``Facts.state``:
``ask arrest Deutschland ...``); the monitor does not read them.

Sources: the Debian iso-codes translations of ISO 3166-1, as pycountry ships them (``pycountry.LOCALES_DIR``), the
source of the record's French names, for the ISO name and common name in German and Spanish; and the Unicode CLDR's
territory names, as Babel ships them offline (``babel.Locale.territories``; Babel is needed only to run this script:
``pip install -e ".[lookups]"``), for the name in common use in German, Spanish, French, Italian, Portuguese, Dutch and
Polish. A name is left out where, normalised as names are compared, it is already an
English or French name or alias of a State (the same State's: nothing to add, unless it is written with diacritics the
known name lacks, 'Mongólia', 'Sudán', which the monitor, matching names as written, needs; another's: it would be read
as that one),
a listed city (data/lookups/places.yaml), or one of the words listed under ``not_read`` (an English word or a name
that is also another place's: 'Island', German for Iceland).

Usage: python scripts/make_question_state_names.py DATA_DIR
"""

from __future__ import annotations

import gettext
import sys
from importlib.metadata import version
from pathlib import Path

import babel
import babel.core
import pycountry
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from iccwatch.dataset.names import normalise_name  # noqa: E402

#: Session 46: Italian's ISO names too ('Repubblica democratica del Congo', which the CLDR writes 'Congo - Kinshasa'; round
#: 58: 'Cosa ha fatto il Consiglio di sicurezza dopo la constatazione sulla Repubblica democratica del Congo?' was refused
#: as naming either Congo).
LANGUAGES = {"de": "German", "es": "Spanish", "it": "Italian"}
#: The languages whose CLDR territory names are read (Latin script: the reading compares names as typed in it).
CLDR_LANGUAGES = {"de": "German", "es": "Spanish", "fr": "French", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
                  "pl": "Polish"}
#: The CLDR locales read for each language: its default, and for Portuguese also the European one, whose names differ
#: from Brazil's for some States ('Tajiquistão' beside 'Tadjiquistão', 'Quénia' beside 'Quênia'; round 32: 'O
#: Tajiquistão tinha de prender Putin ...?' was refused as naming no State).
CLDR_LOCALES = {"pt": ("pt", "pt_PT")}
#: Names never read as the State, with why (kept in the output beside the names).
NOT_READ = {"Island": "German for Iceland, and an English word ('Rhode Island', 'Christmas Island')",
            "Granada": "Spanish for Grenada, and a city of Spain",
            "Kongo": "German for the Republic of the Congo, but said of either Congo, as 'Congo' is (state_names.yaml)",
            "Mauricio": "Spanish for Mauritius, and a first name ('Mauricio Macri')",
            "Maurizio": "Italian for Mauritius, and a first name ('Maurizio Landini')",
            "Indie": "Polish for India, and an English word ('indie')",
            "Dominika": "Polish for Dominica, and a first name",
            "Dania": "Polish for Denmark, and a first name",
            "Guiana": "Portuguese for Guyana, and in English the name of French Guiana, a region of France",
            "Micronesia": "Spanish and Italian for the Federated States of Micronesia, and in English a UN M49 sub-region "
                          "(regions.yaml)",
            "Irã": "Portuguese for Iran, read without its tilde as 'Ira', a first name and an acronym ('the IRA')"}


def main(data_dir: Path) -> None:
    lookups = data_dir / "lookups"
    names = yaml.safe_load((lookups / "state_names.yaml").read_text(encoding="utf-8"))["names"]
    places = yaml.safe_load((lookups / "places.yaml").read_text(encoding="utf-8"))["places"]
    codes = sorted(p.stem for p in (data_dir / "states").glob("*.yaml"))
    not_states: set[str] = {normalise_name(p) for p in places} | {normalise_name(w) for w in NOT_READ}
    known: set[str] = set(not_states)
    exact: set[str] = set()  # the names as written
    of_state: dict[str, set[str]] = {}  # a known name, normalised -> the States it names
    for iso3 in codes:
        state = yaml.safe_load((data_dir / "states" / f"{iso3}.yaml").read_text(encoding="utf-8"))
        for n in (state.get("name"), state.get("short_name"), state.get("official_name"), state.get("name_fr"),
                  state.get("official_name_fr"), *names.get(iso3, [])):
            if n:
                known.add(normalise_name(n))
                exact.add(n)
                of_state.setdefault(normalise_name(n), set()).add(iso3)

    def new(form: str, iso3: str) -> bool:
        """Not yet known; or the same State's known name written with its own diacritics ('Mongólia', 'Sudán',
        'Rússia'): the questions compare names normalised, so it adds nothing there, but the monitor matches a name
        as written, and without it a document naming the State so would name none."""
        key = normalise_name(form)
        if key not in known:
            return True
        return (form not in exact and form != form.encode("ascii", "ignore").decode() and key not in not_states
                and of_state.get(key) == {iso3})
    out: dict[str, dict[str, list[str]]] = {}
    for lang in LANGUAGES:
        t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        table: dict[str, list[str]] = {}
        for iso3 in codes:
            c = pycountry.countries.get(alpha_3=iso3)
            if c is None:
                continue
            forms = {t.gettext(c.name), *([t.gettext(c.common_name)] if getattr(c, "common_name", None) else [])}
            kept = sorted(f for f in forms if new(f, iso3))
            if kept:
                table[iso3] = kept
        out[lang] = table
    for lang in CLDR_LANGUAGES:
        table = out.setdefault(lang, {})
        for locale in CLDR_LOCALES.get(lang, (lang,)):
            territories = babel.Locale.parse(locale).territories
            for iso3 in codes:
                c = pycountry.countries.get(alpha_3=iso3)
                name = territories.get(c.alpha_2) if c is not None else None
                if name and new(name, iso3) and name not in table.get(iso3, []):
                    table.setdefault(iso3, []).append(name)
    # a name two States would share, in one language or across two, names neither
    seen: dict[str, set[str]] = {}
    for table in out.values():
        for iso3, forms in table.items():
            for f in forms:
                seen.setdefault(normalise_name(f), set()).add(iso3)
    out = {lang: {k: sorted(f for f in v if len(seen[normalise_name(f)]) == 1) for k, v in sorted(table.items())}
           for lang, table in sorted(out.items())}
    out = {lang: {k: v for k, v in table.items() if v} for lang, table in out.items()}
    doc = {
        "about": "Each State's name in other languages: its ISO 3166-1 name (and common name) in German, Spanish and Italian, and "
                 "its name in common use (CLDR) in German, Spanish, French, Italian, Portuguese, Dutch and Polish; read by "
                 "the reading of questions typed in words ('Muss Deutschland Netanjahu verhaften?', 'Would Polska arrest "
                 "Putin?'), where a State is asked for by name (ask arrest Deutschland ...), and by the monitor in documents "
                 "in a language it reads (French, Spanish, German, Italian and Portuguese: data/lookups/monitor_words.yaml). Written "
                 "by scripts/make_question_state_names.py; a name already an English or French name or alias of a State "
                 "(unless the same State's written with its own diacritics, 'Mongólia', 'Sudán', kept for the monitor, "
                 "which matches names as written), a "
                 "listed city, one two States would share (in one language or across two), or one under not_read is left out.",
        "sources": [{"url": "https://salsa.debian.org/iso-codes-team/iso-codes", "publisher": "Debian iso-codes project",
                     "kind": "secondary",
                     "note": f"German, Spanish and Italian translations of ISO 3166-1, as shipped by pycountry {version('pycountry')}"},
                    {"url": "https://cldr.unicode.org/", "publisher": "Unicode Consortium (Common Locale Data Repository)",
                     "kind": "secondary",
                     "note": f"territory display names in {', '.join(CLDR_LANGUAGES.values())} (Portuguese: of Brazil and of "
                             f"Portugal), as shipped by Babel "
                             f"{version('babel')} (CLDR {babel.core.get_cldr_version()})"}],
        "not_read": {"names": sorted(NOT_READ), "reason": "; ".join(f"{k}: {v}" for k, v in sorted(NOT_READ.items()))},
        "languages": out,
    }
    (lookups / "question_state_names.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120),
                                                      encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
