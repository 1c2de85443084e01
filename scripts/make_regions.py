"""Write ``data/lookups/regions.yaml``: the States of each region a question in words may name ('in the EU', 'African
countries', 'Latin America', 'Central Asia'), so that the reading (``iccwatch.service.question``) answers such a
question State by State rather than refuse it. Only regions a published list defines are written; a region no list
defines ('the Middle East', 'Scandinavia', 'the Schengen area') stays refused, naming it.

Sources: the continents and sub-regions of the UN Statistics Division's M49 standard as the country-converter package
(``country_converter``, its ``country_data.tsv``: columns ``continent`` and ``UNregion``) reproduces them; 'Latin
America and the Caribbean' and 'Sub-Saharan Africa' are M49's groupings of those sub-regions; the European Union's
member States as the EU's own code list gives them (``EU_MEMBERS`` below, cross-checked with the package's ``EU27``).

Usage: python scripts/make_regions.py PATH/TO/country_data.tsv DATA_DIR
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry
import yaml

#: The EU's member States (the EU Publications Office's code list 'eu-country', version 20230915-0).
EU_MEMBERS = ("AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GRC HRV HUN IRL ITA LTU LUX LVA MLT NLD POL PRT ROU SVK "
              "SVN SWE").split()
#: The M49 sub-regions each grouping is made of.
GROUPINGS = {"Latin America and the Caribbean": ("Caribbean", "Central America", "South America"),
             "Sub-Saharan Africa": ("Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa")}
#: The words a question names each region by (matched as the reading matches names), and the adjectives read as the
#: region before a word for States ('African countries').
NAMES = {
    "European Union": (["European Union", "EU"], ["EU"]),
    "Europe": (["Europe"], ["European"]),
    "Africa": (["Africa"], ["African"]),
    "Asia": (["Asia"], ["Asian"]),
    "Oceania": (["Oceania"], []),
    "the Americas": (["the Americas"], []),
    "Latin America and the Caribbean": (["Latin America", "Latin America and the Caribbean"], ["Latin American"]),
    "South America": (["South America"], ["South American"]),
    "Central America": (["Central America"], ["Central American"]),
    "Caribbean": (["Caribbean"], ["Caribbean"]),
    "Central Asia": (["Central Asia"], ["Central Asian"]),
    "South-eastern Asia": (["Southeast Asia", "South-East Asia", "South-eastern Asia"], ["Southeast Asian"]),
    "Southern Asia": (["South Asia", "Southern Asia"], ["South Asian"]),
    "Eastern Asia": (["East Asia", "Eastern Asia"], ["East Asian"]),
    "Western Asia": (["Western Asia"], []),
    "Northern Africa": (["North Africa", "Northern Africa"], ["North African"]),
    "Western Africa": (["West Africa", "Western Africa"], ["West African"]),
    "Eastern Africa": (["East Africa", "Eastern Africa"], ["East African"]),
    "Middle Africa": (["Middle Africa"], []),  # not 'Central Africa(n)': the Central African Republic's name
    "Southern Africa": (["Southern Africa"], []),
    "Sub-Saharan Africa": (["Sub-Saharan Africa"], []),
    "Northern Europe": (["Northern Europe"], []),
    "Western Europe": (["Western Europe"], ["Western European"]),
    "Eastern Europe": (["Eastern Europe"], ["Eastern European"]),
    "Southern Europe": (["Southern Europe"], []),
}
CONTINENTS = {"Europe": "Europe", "Africa": "Africa", "Asia": "Asia", "Oceania": "Oceania", "America": "the Americas"}

M49_SOURCE = {
    "url": "https://pypi.org/project/country-converter/",
    "title": "country-converter (coco): country_data.tsv, columns continent and UNregion",
    "publisher": "country-converter project (PyPI)",
    "kind": "secondary",
    "note": ("the continents and sub-regions of the UN Statistics Division's M49 standard as the package reproduces them "
             "(version {version}, read 2026-12-02); the Division's own M49 page was not in the stored material and was "
             "not read"),
}
EU_SOURCE = {
    "url": "https://docs.ted.europa.eu/eforms/latest/reference/code-lists/eu-country.html",
    "title": "eu-country codelist (List of codes of the EU countries)",
    "publisher": "Publications Office of the European Union",
    "date": "2023-09-15",
    "kind": "primary",
    "pinpoint": "version 20230915-0: the 27 codes AUT to SWE",
    "note": "read in the stored copy on 2026-12-02 (session 17); the package's EU27 column lists the same 27",
}


def main(tsv: Path, data: Path, version: str = "1.3.2") -> None:
    iso = {c.alpha_3 for c in pycountry.countries}  # the package also has codes of its own (ANT, CHI, EAT): left out
    rows = [r for r in csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t") if r["ISO3"] in iso]
    members: dict[str, set[str]] = {name: set() for name in NAMES}
    for r in rows:
        code, continent, sub = r["ISO3"], r["continent"], r["UNregion"]
        if continent in CONTINENTS:
            members[CONTINENTS[continent]].add(code)
        if sub in members:
            members[sub].add(code)
        for group, subs in GROUPINGS.items():
            if sub in subs:
                members[group].add(code)
    eu27 = {r["ISO3"] for r in rows if r.get("EU27")}
    if eu27 != set(EU_MEMBERS):
        raise SystemExit(f"the package's EU27 differs from the EU's list: {sorted(eu27 ^ set(EU_MEMBERS))}")
    members["European Union"] = set(EU_MEMBERS)
    m49 = {**M49_SOURCE, "note": M49_SOURCE["note"].format(version=version)}
    out = {
        "about": ("The States of each region a question in words may name, for the reading of questions only "
                  "(iccwatch.service.question): a question about a region and a person is answered State by State for "
                  "the region's States the record holds. Written by scripts/make_regions.py; a region not listed here "
                  "(question_words.yaml, regions) is refused, naming it. Membership is as the source lists it on its "
                  "date (as_of): a question about an earlier day is answered for those States, and the reading says so."),
        "sources": [EU_SOURCE, m49],
        "regions": [
            {"name": name, "names": NAMES[name][0], "adjectives": NAMES[name][1],
             "source": "eu-country codelist" if name == "European Union" else "UN M49 (country-converter)",
             "as_of": "2023-09-15" if name == "European Union" else "2025-10-01",
             "members": sorted(members[name])}
            for name in NAMES],
    }
    path = data / "lookups" / "regions.yaml"
    path.write_text(yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(f"wrote {path}: {len(out['regions'])} regions")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
