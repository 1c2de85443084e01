"""Round twenty of the bad records: the probe (not a test; run by hand, its table is ROUND20.md).

As rounds seven to nineteen, through the shared harness (``probe_harness.py``): each kind writes one bad (or, for a
control, proper) change into a copy of a record, runs ``check_dataset`` (what ``iccwatch data check`` and ``data
build`` run) and records whether the change was refused naming the changed file, refused naming another record, warned,
passed silently, or crashed. Round twenty is weighted (as the brief asked) to what a reviewer or a hand editor does
wrong: a record naming as its person the id of a record of another kind, a source field the format does not have, free
text holding a date the record contradicts; and to the lookups the question reader uses (regions, question words),
which the small record does not hold: those kinds run on a copy of the bundled record (``FULL``).

    PYTHONPATH=src python tests/dataset/round20_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round20_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import probe_harness  # noqa: E402
from probe_harness import (  # noqa: E402
    BASHIR,
    D_CHAD,
    E_CHAD,
    EXTRA,
    ICC,
    P_BASHIR,
    P_KONY,
    REUTERS,
    W1,
    both,
    ed,
    event,
    main,
    new,
    run_kinds,
    setp,
    src_on,
)

ROOT = Path(__file__).resolve().parents[2]
BEMBA = "jean-pierre-bemba-gombo"


def lookup(rel: str, fn: Callable[[Any], Any]) -> Callable[[Path], list[str]]:
    return ed(f"lookups/{rel}", fn)


def _region(name: str, fn: Callable[[dict[str, Any]], None]) -> Callable[[Any], None]:
    def change(t: dict[str, Any]) -> None:
        for reg in t["regions"]:
            if reg["name"] == name:
                fn(reg)
                return
        raise LookupError(name)
    return change


def _publisher(domain: str, fn: Callable[[dict[str, Any]], None]) -> Callable[[Any], None]:
    def change(t: dict[str, Any]) -> None:
        for p in t["publishers"]:
            if p["domain"] == domain:
                fn(p)
                return
        raise LookupError(domain)
    return change


def _add_publisher(entry: dict[str, Any]) -> Callable[[Any], None]:
    def change(t: dict[str, Any]) -> None:
        t["publishers"].append(entry)
    return change


SMALL_KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    # ---- an id of another kind where a person's id belongs (what a reviewer's --set person=... writes)
    ("cross-record", "(b) a trip whose person is a decision's id (2010-08-27-chad)",
     event("2010-07-22-2010-08-27-chad-chad", "2010-07-22", "TCD", person="2010-08-27-chad")),
    ("cross-record", "(b) a trip whose person is a situation's id (darfur-sudan)",
     event("2010-07-22-darfur-sudan-chad", "2010-07-22", "TCD", person="darfur-sudan")),
    ("cross-record", "(b) a finding whose persons name a State's code (TCD)",
     ed(D_CHAD, lambda x: x["persons"].append("TCD"))),
    ("cross-record", "(b) a warrant whose person is a warrant's id (omar-hassan-ahmad-al-bashir-1)",
     setp(W1, "person", f"{BASHIR}-1")),
    ("cross-record", "(b) a trip whose state is a situation's id (darfur-sudan)",
     event(f"2010-07-22-{BASHIR}-darfur", "2010-07-22", "darfur-sudan")),
    # ---- sources: fields the format does not have, one page cited two ways
    ("sources", "(a) a source with an `accessed` day before its own date",
     src_on(E_CHAD, "", {**REUTERS, "date": "2010-07-22", "accessed": "2010-07-01"})),
    ("sources", "(b) one address cited as primary on one record and as secondary on another",
     both(src_on(E_CHAD, "", {"url": "https://www.icc-cpi.int/news/x-2010", "publisher": "International Criminal Court", "kind": "primary"}),
          src_on(D_CHAD, "", {"url": "https://www.icc-cpi.int/news/x-2010", "publisher": "International Criminal Court", "kind": "secondary"}))),
    ("sources", "(b) a news source (Reuters) tagged primary",
     src_on(E_CHAD, "", {**REUTERS, "kind": "primary"})),
    ("sources", "(c) a source on a domain no publisher entry lists (unclassified)",
     src_on(E_CHAD, "", {"url": "https://www.example-news-unlisted.org/x", "publisher": "Example News", "kind": "secondary"})),
    ("sources", "(c) a pinpoint of characters counting from a negative offset (characters -5-60)",
     src_on(E_CHAD, "", {**REUTERS, "pinpoint": "characters -5-60 of the document"})),
    # ---- free text holding what should be structured
    ("text", "(c) a trip's note dating the arrival otherwise than its date (note: arrived on 25 July 2010; date 2010-07-21)",
     setp(E_CHAD, "note", "Al-Bashir arrived in N'Djamena on 25 July 2010.")),
    ("text", "(c) a warrant's note giving another issue day than its `issued` (note: issued on 4 March 2010)",
     setp(W1, "note", "The warrant was issued on 4 March 2010.")),
    # ---- persons
    ("persons", "(b) one alias given to two persons (Kony's 'Joseph Kony' as an alias of Al-Bashir)",
     ed(P_BASHIR, lambda p: p["aliases"].append("Joseph Kony"))),
    ("persons", "(b) an alias of one person that is another person's name in other case (JOSEPH KONY on Al-Bashir)",
     ed(P_BASHIR, lambda p: p["aliases"].append("JOSEPH KONY"))),
    # ---- the small record's lookups
    ("lookups", "(b) publishers: one domain listed twice with two grades (reuters.com A and C)",
     lookup("publishers.yaml", _add_publisher({"domain": "reuters.com", "name": "Reuters", "class": "news_agency", "grade": "C",
                                               "reason": "listed again (probe)"}))),
    ("lookups", "(b) publishers: a domain written with its scheme (https://www.reuters.com)",
     lookup("publishers.yaml", _add_publisher({"domain": "https://www.aljazeera.net", "name": "Al Jazeera Arabic", "class": "newspaper_or_broadcaster",
                                               "grade": "B", "reason": "probe"}))),
    ("lookups", "(b) publishers: a domain in capitals (REUTERS.COM)",
     lookup("publishers.yaml", _add_publisher({"domain": "EXAMPLE-CAPITALS.COM", "name": "Example", "class": "newspaper_or_broadcaster",
                                               "grade": "B", "reason": "probe"}))),
    ("lookups", "(b) map_points: a point for a State the record does not hold (ZZZ)",
     lookup("map_points.yaml", lambda t: t["points"].__setitem__("ZZZ", {"name": "Nowhere", "lon": 10.0, "lat": 10.0}))),
    ("lookups", "(b) places: a place mapped to a State code in lower case (tcd)",
     lookup("places.yaml", lambda t: t["places"].__setitem__("Abeche", "tcd"))),
]

_ = (ICC, P_KONY, BEMBA, new)


def _titles_add(word: str) -> Callable[[Any], None]:
    def change(t: dict[str, Any]) -> None:
        t["titles"]["names"].append(word)
    return change


FULL_KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "the bundled record as it is", lambda d: []),
    ("lookups", "(b) regions: a member that is no State's code (ZZZ)",
     lookup("regions.yaml", _region("European Union", lambda r: r["members"].append("ZZZ")))),
    ("lookups", "(b) regions: a member in lower case (aut)",
     lookup("regions.yaml", _region("European Union", lambda r: r["members"].append("fra")))),
    ("lookups", "(b) regions: a region with no member",
     lookup("regions.yaml", _region("European Union", lambda r: r.__setitem__("members", [])))),
    ("lookups", "(b) regions: a region whose name is a State's name (Chad)",
     lookup("regions.yaml", _region("European Union", lambda r: r["names"].append("Chad")))),
    ("lookups", "(b) regions: a member that is a State's alpha-2 code (FR)",
     lookup("regions.yaml", _region("European Union", lambda r: r["members"].append("FR")))),
    ("lookups", "(b) question_words: a title word that is a State's name (chad)", lookup("question_words.yaml", _titles_add("chad"))),
    ("lookups", "(b) question_words: a title word that is a regular expression matching everything (.*)",
     lookup("question_words.yaml", _titles_add(".*"))),
    ("lookups", "(b) question_words: a title word of one letter (a)", lookup("question_words.yaml", _titles_add("a"))),
    ("lookups", "(b) question_words: a portfolio word that is the word 'minister' itself (matches every minister)",
     lookup("question_words.yaml", lambda t: t["portfolios"]["health"]["words"].append("minister"))),
    ("lookups", "(b) question_words: a region name that is a State's name (Jordan)",
     lookup("question_words.yaml", lambda t: t["regions"]["names"].append("Jordan"))),
    ("lookups", "(b) search_routes: a route whose address is javascript:",
     lookup("search_routes.yaml", lambda t: next(iter(t["routes"].values())).__setitem__("url", "javascript:alert(1)"))),
    ("lookups", "(b) complete_lists: a list through a day no calendar has (2025-02-30)",
     lookup("complete_lists.yaml", lambda t: next(iter(t["lists"].values())).__setitem__("through", "2025-02-30"))),
    ("lookups", "(b) name_variants: one spelling in two groups (Mohamed in Muhammad's and Ahmad's)",
     lookup("name_variants.yaml", lambda t: t["spellings"][1]["spellings"].append("Mohamed"))),
    ("lookups", "(b) airports: an airport mapped to a State code in lower case (esp)",
     lookup("airports.yaml", lambda t: t["airports"].__setitem__("A Coruna Airport", "esp"))),
    ("lookups", "(b) demonyms: a demonym that is another State's code (JOR for Chad)",
     lookup("demonyms.yaml", lambda t: t["demonyms"]["TCD"].append("JOR"))),
]


def run(out: Path, only: set[str] | None) -> None:
    small = out.with_name(out.stem + ".small.json")
    full = out.with_name(out.stem + ".full.json")
    run_kinds(SMALL_KINDS, EXTRA, small, only)
    probe_harness.SMALL = ROOT / "data"  # the bundled record: the question tables are only there
    run_kinds(FULL_KINDS, {}, full, only)
    results = [*(json.loads(small.read_text()) if small.exists() else []), *(json.loads(full.read_text()) if full.exists() else [])]
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main(run)
