"""Make the two JSON extracts that scripts/import_reference.py reads, from PyPI packages.

Run it in a throw-away virtual environment (the packages are not project dependencies):
    python -m venv /tmp/x && /tmp/x/bin/pip install countryinfo==1.0.1 country_converter==1.3.2
    /tmp/x/bin/python scripts/extract_country_tables.py /tmp/coco.json /tmp/countryinfo.json
"""

import json
import sys
from pathlib import Path

import country_converter as coco
import countryinfo
import pandas as pd

coco_out, info_out = (Path(a) for a in sys.argv[1:3])
table = pd.read_csv(Path(coco.__file__).with_name("country_data.tsv"), sep="\t", dtype=str)
table[["ISO3", "name_short", "name_official", "regex", "UN", "UNmember"]].to_json(coco_out, orient="records", force_ascii=False)
extract = {}
for f in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
    j = json.loads(f.read_text())
    iso3 = j.get("ISO", {}).get("alpha3")
    if iso3:
        extract[iso3] = {"demonym": j.get("demonym"), "alt": j.get("altSpellings", []), "name": j.get("name")}
info_out.write_text(json.dumps(extract, ensure_ascii=False, indent=0))
