"""Write ``data/lookups/airports.yaml``: airports by name, by name without its generic words followed by
"airport" ("Vnukovo airport"), and by the initials of "… International Airport" names ("NAIA"), each with the State it is in, for the monitor's
gazetteer (an arrest "at NAIA" or an arrival "at Vnukovo" happens in a State the text does not name).

Source: the PyPI package ``airportsdata`` (MIT; data after github.com/mwgg/Airports), its IATA table (airports
with an IATA code: those with scheduled flights). The package is not a dependency: this script is run by hand,
with the package importable (e.g. ``pip download --no-deps airportsdata`` and its wheel unzipped on PYTHONPATH),
and its output is committed. Nothing here runs when the monitor runs.

A form that names one State is listed under ``airports``; initials or a full name that airports of two or three
States share ("NAIA": Manila's and Abuja's) under ``shared``, for the document to settle; any other shared form is
dropped, and so is one that is already a city or a State's name in data/lookups (those tables say it better), an English
word written in lower case in the package's own names ("Central", "Regional"), or a form of fewer than five
letters (a three-letter code is an acronym of anything); initials need four letters and end in "IA".

Usage: python scripts/make_airports.py DATA_DIR
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry
import yaml

#: Words that make a name an airport's (dropped to get the bare name: "Vnukovo International Airport" -> "Vnukovo").
GENERIC = {"international", "airport", "airfield", "aerodrome", "intl", "regional", "domestic", "national", "municipal",
           "county", "air", "base", "field", "de", "del", "da", "do", "the", "of"}


def _iso3(iso2: str) -> str | None:
    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c else None


def main(data_dir: Path) -> None:
    import airportsdata

    table = airportsdata.load("IATA")
    lookups = data_dir / "lookups"
    places = yaml.safe_load((lookups / "places.yaml").read_text(encoding="utf-8"))["places"]
    names = yaml.safe_load((lookups / "state_names.yaml").read_text(encoding="utf-8"))["names"]
    taken = {p.casefold() for p in places} | {n.casefold() for ns in names.values() for n in ns}
    lower_words = {w for a in table.values() for w in re.findall(r"\b[a-z]+\b", a["name"])}
    forms: dict[str, set[str]] = {}
    for a in table.values():
        iso3 = _iso3(a["country"])
        name = re.sub(r"\s+", " ", a["name"]).strip()
        if not iso3 or "airport" not in name.casefold():
            continue
        words = name.split()
        bare = " ".join(w for w in words if w.casefold().strip(".,") not in GENERIC).strip(" -,")
        cands = {name}
        if bare and bare[0].isupper() and bare != name and bare.casefold() not in taken:  # "Berlin airport": the city says it
            # the bare name only with the word "airport" after it ("Vnukovo airport", "at NAIA"): met alone, a bare name
            # is as often a person ("Indira Gandhi"), a sea ("Red Sea") or a word ("Capital", "Mobile")
            cands |= {f"{bare} airport", f"{bare} Airport"}
        if name.endswith("International Airport") and len(words) >= 4:
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(initials) >= 4 and initials.isalpha():
                cands.add(initials)
        for c in cands:
            forms.setdefault(c, set()).add(iso3)
    out: dict[str, str] = {}
    shared: dict[str, list[str]] = {}
    lower = {w.casefold() for w in lower_words}
    # initials that spell a word of the names ("ASIA") are that word in a headline written in capitals
    any_word = {"asia", "africa", "america", "europe", "oceania", "arabia", "eurasia"}  # continents and regions
    any_word |= {w.casefold() for a in table.values() for w in re.findall(r"[A-Za-z]+", a["name"])}
    for form, codes in sorted(forms.items()):
        if form.casefold() in taken or form.casefold() in lower or not re.match(r"[A-Z]", form) or len(form) < 4:
            continue
        if len(form.replace(" ", "")) < 5 and not (form.isupper() and form.endswith("IA")):
            continue
        if form.isupper() and form.casefold() in any_word:
            continue
        if len(codes) == 1:
            out[form] = next(iter(codes))
        elif len(codes) <= 3 and (form.isupper() or "Airport" in form):  # initials or a full name two States share
            shared[form] = sorted(codes)
    doc = {
        "about": "Airports with an IATA code, by full name, by name without its generic words followed by 'airport' and by the initials of a "
                 "'… International Airport' name, with the State each is in (under shared, initials or a full name that airports "
                 "of two or three States share, settled by the document's other places); other shared forms, a city's "
                 "or a State's name and a short form are left out. Written by scripts/make_airports.py; read by the monitor's "
                 "gazetteer.",
        "sources": [{"url": "https://github.com/mborsetti/airportsdata", "title": f"airportsdata {version('airportsdata')} (MIT licence), IATA table",
                     "publisher": "airportsdata (Mike Borsetti), after mwgg/Airports", "kind": "secondary",
                     "note": "as shipped by the PyPI package airportsdata; MIT licence, copyright Mike Borsetti and mwgg"}],
        "airports": out,
        "shared": shared,
    }
    with (lookups / "airports.yaml").open("w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=120)
    print(f"{len(out)} forms of {len(table)} airports")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
