"""Round nine of the bad records: the probe (not a test; run by hand, its table is ROUND9.md).

As rounds seven and eight: each kind writes one bad (or, for a control, proper) change into a copy of the small
fixture record with round four's clean measure, response, position and request added, runs ``check_dataset``
(what ``iccwatch data check`` and ``data build`` run) and records whether the change was refused naming the
changed file, refused naming another record, warned, passed silently, or crashed. Round nine favours what a
hurried contributor writes across every kind of record: acts of the final clauses without the act they end,
statuses after a warrant ended, lookups and meta in forms not tried, YAML 1.1 words as keys, merge keys and
multi-document files, addresses and pinpoints written carelessly, and an announcement said to be retracted.

    PYTHONPATH=src python tests/dataset/round9_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round9_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import main  # noqa: E402  (the shared command line and table)
from round4_probe import (  # noqa: E402
    BASHIR,
    D_JOR,
    E_CHAD,
    KONY_W,
    MS,
    P_KONY,
    PO,
    RQ,
    RS,
    ST,
    W1,
    both,
    copy_as,
    ed,
    new,
    part,
    raw,
    setp,
    status,
    sub,
)
from round4_probe import run as run_kinds  # noqa: E402
from round7_probe import _classify_with_warnings, url_on_event  # noqa: E402

UNTC = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&clang=_en"
REUTERS = {"url": "https://www.reuters.com/world/x-2023-04-26/", "publisher": "Reuters", "kind": "secondary", "date": "2023-04-26"}
VARIANTS = "lookups/name_variants.yaml"


def variants(persons: dict[str, Any], spellings: list[Any] | None = None) -> Callable[[Path], list[str]]:
    from iccwatch.dataset.yaml_io import dump_yaml
    return new(VARIANTS, dump_yaml({"about": "fixture", "sources": [{"url": "https://libguides.princeton.edu/syriac/romanization",
                                                                     "publisher": "Princeton University Library", "kind": "secondary"}],
                                    "spellings": spellings or [], "persons": persons}))


def pinpoint_on_event(pinpoint: Any) -> Callable[[Path], list[str]]:
    return ed(E_CHAD, lambda o: o["sources"][0].update(pinpoint=pinpoint))


def announced(iso3: str, date: str, **more: Any) -> Callable[[Path], list[str]]:
    def fn(s: dict[str, Any]) -> None:
        s["participation"].append({"instrument": "rome-statute", "action": "withdrawal_announced", "date": date, **more,
                                   "sources": [dict(REUTERS)]})
    return ed(f"states/{iso3}.yaml", fn)


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "an announcement retracted the same day (retracted: on the act)", announced("ZAF", "2023-04-25", retracted="2023-04-25",
                                                                                                  primary_gap="the Presidency's statement was not read")),
    ("controls", "a folded scalar holding a date", sub(E_CHAD, 'date: "2010-07-21"', "date: >-\n  2010-07-21")),
    # --- retracted announcements
    ("states", "an announcement retracted before it was made", announced("ZAF", "2023-04-25", retracted="2023-04-20")),
    ("states", "retracted on an act that is not an announcement (a ratification)",
     ed("states/ZAF.yaml", lambda s: next(a for a in s["participation"] if a["action"] == "ratification").update(retracted="2001-01-01"))),
    ("states", "an announcement retracted after a notification that followed it (the notification says otherwise)",
     announced("PHL", "2018-03-14", retracted="2018-04-01")),
    # --- states' participation: final-clause acts without the act they end or answer
    ("states", "withdrawal revoked with no withdrawal notified", part("JOR", {"action": "withdrawal_revoked", "date": "2017-01-01"})),
    ("states", "withdrawal revoked after it took effect (PHL)", part("PHL", {"action": "withdrawal_revoked", "date": "2020-01-01"})),
    ("states", "withdrawal effective with no notification (not derived)", part("JOR", {"action": "withdrawal_effective", "date": "2019-01-01"})),
    ("states", "Art. 124 declaration withdrawn with none made", part("JOR", {"action": "declaration_124_withdrawn", "date": "2010-01-01"})),
    ("states", "signature withdrawn by a State that had ratified", part("JOR", {"action": "signature_withdrawn", "date": "2010-01-01"})),
    ("states", "an ad hoc arrangement limited to an unknown situation", part(
        "RUS", {"action": "ad_hoc_arrangement", "date": "2010-01-01", "covers_from": "2009-01-01", "situation": "atlantis"})),
    ("states", "a domestic court ruling whose court is blank", part("JOR", {"action": "domestic_court_ruling", "date": "2010-01-01", "court": "  "})),
    ("states", "a withdrawal effective derived from its notification, a year and a day later",
     ed("states/PHL.yaml", lambda s: next(a for a in s["participation"] if a["action"] == "withdrawal_effective").update(
         date="2019-03-18", derived_from="withdrawal_notified"))),
    ("states", "iso3 in the file differs from the file name", sub("states/JOR.yaml", "iso3: JOR", "iso3: JOX")),
    # --- persons and offices
    ("persons", "a nationality listed twice", setp(P_KONY, "nationality", ["UGA", "UGA"])),
    ("persons", "an office as a bare string in the list", ed(P_KONY, lambda p: p["offices"].append("President of Uganda"))),
    ("persons", "an office whose end is a year before its start month (2010 / 2010-05)",
     ed(P_KONY, lambda p: p["offices"][0].update(start="2010-05", end="2009"))),
    ("persons", "an alias blank", setp(P_KONY, "aliases", ["  "])),
    ("persons", "an alias listed twice", setp(P_KONY, "aliases", ["Joseph Rao Kony", "Joseph Rao Kony"])),
    # --- warrants and statuses
    ("warrants", "surrendered after the warrant was withdrawn",
     status(KONY_W, {"status": "warrant_withdrawn", "date": "2010-01-01"}, {"status": "arrested", "date": "2012-01-01", "by_state": "UGA"},
            {"status": "surrendered", "date": "2012-02-01", "by_state": "UGA"})),
    ("warrants", "issued field differs from the first status's date", setp(KONY_W, "issued", "2005-07-09")),
    ("warrants", "a status entry as a list", ed(KONY_W, lambda w: w["status_history"].append(["arrested", "2006-01-01"]))),
    ("warrants", "a status with a partial date in the wrong place (year where a day was known)",
     status(KONY_W, {"status": "arrested", "date": "2005", "by_state": "UGA"})),
    ("warrants", "crimes as one comma-separated string", setp(KONY_W, "crimes", "crimes_against_humanity, war_crimes")),
    # --- decisions
    ("decisions", "a finding with an empty persons list", setp(D_JOR, "persons", [])),
    ("decisions", "a finding against a State whose withdrawal took effect before the trip",
     part("JOR", {"action": "withdrawal_notified", "date": "2015-01-01"}, {"action": "withdrawal_effective", "date": "2016-01-01"})),
    ("decisions", "a finding naming a trip that does not exist", setp(D_JOR, "events", ["2017-03-29-nobody-jordan"])),
    # --- events
    ("events", "an arrest event after the warrant was withdrawn",
     both(status(KONY_W, {"status": "warrant_withdrawn", "date": "2010-01-01"}),
          new("events/2012-01-01-joseph-kony-uganda.yaml", "id: 2012-01-01-joseph-kony-uganda\ndate: \"2012-01-01\"\nperson: joseph-kony\n"
              "state: UGA\naction: arrest\nsources:\n- url: https://www.reuters.com/world/x-2012/\n  publisher: Reuters\n  kind: secondary\n"))),
    ("events", "a State written as its alpha-2 code", sub(E_CHAD, "state: TCD", "state: TD")),
    ("events", "end_date as a number (a day count)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21"\nend_date: 3')),
    # --- measures, responses, statements, positions
    ("measures", "a measure targeting an unknown situation", setp(MS, "targets", "atlantis")),
    ("responses", "a response with the same State twice", setp(RS, "states", ["TCD", "TCD"])),
    ("statements", "a statement dated by year only", sub(ST, 'date: "2020-06-23"', 'date: "2020"')),
    ("positions", "a position with a blank summary", setp(PO, "summary", " ")),
    # --- situations
    ("situations", "a situation whose states list an unknown code", ed("situations/uganda.yaml", lambda s: s["states"].append("ZZZ"))),
    # --- lookups
    ("lookups", "name_variants: a variant for a person not in the record",
     variants({"no-such-person": [{"name": "Nobody", "reason": "fixture"}]})),
    ("lookups", "name_variants: a variant that is the person's own name", variants({"joseph-kony": [{"name": "Joseph Kony", "reason": "fixture"}]})),
    ("lookups", "name_variants: a variant without a reason", variants({"joseph-kony": [{"name": "J. Kony"}]})),
    ("lookups", "name_variants: a variant name blank", variants({"joseph-kony": [{"name": " ", "reason": "fixture"}]})),
    ("lookups", "name_variants: a spelling group of one", variants({}, [{"spellings": ["Omar"], "reason": "fixture"}])),
    ("lookups", "name_variants: persons as a list", new(VARIANTS, "about: x\nsources: []\nspellings: []\npersons:\n- joseph-kony\n")),
    ("lookups", "publishers: a domain with a trailing dot",
     ed("lookups/publishers.yaml", lambda t: t["publishers"].append({"domain": "example.org.", "name": "x", "class": "other", "grade": "C", "reason": "x"}))),
    ("lookups", "publishers: a domain written with www. beside the bare domain",
     ed("lookups/publishers.yaml", lambda t: t["publishers"].append({**next(p for p in t["publishers"] if p["domain"] == "reuters.com"), "domain": "www.reuters.com"}))),
    ("lookups", "publishers: grade in lower case", ed("lookups/publishers.yaml", lambda t: next(p for p in t["publishers"] if p["domain"] == "reuters.com").update(grade="b"))),
    # --- meta and assertions
    ("meta", "a kind's checked_through after the record's cut-off", sub("meta.yaml", 'situations:\n    checked_through: "2024-12-31"', 'situations:\n    checked_through: "2027-01-31"')),
    ("meta", "checked_through as a month only", sub("meta.yaml", 'checked_through: "2026-05-31"\nlicence', 'checked_through: "2026-05"\nlicence')),
    ("assertions", "parties_on a date after the cut-off", sub("assertions.yaml", '"2025-01-01": 78', '"2025-01-01": 78\n  "2030-01-01": 78')),
    ("assertions", "a count for an unknown kind of record", sub("assertions.yaml", "  statements: {min: 1}", "  statements: {min: 1}\n  treaties: {min: 1}")),
    # --- YAML traps not tried
    ("YAML", "an unquoted on: key (YAML 1.1 boolean)", sub(E_CHAD, "followup: Visit", "on: Visit")),
    ("YAML", "Norway's alpha-2 written NO unquoted", sub("states/NOR.yaml", 'iso2: "NO"', "iso2: NO")),
    ("YAML", "a block mapping with a key written twice", sub(E_CHAD, "state: TCD", "state: TCD\nstate: JOR")),
    ("YAML", "a merge key (<<) from an anchor", sub(E_CHAD, "followup: Visit", "x_: &b {state: TCD}\n<<: *b\nfollowup: Visit")),
    ("YAML", "two records in one file (a second document)", raw(E_CHAD, lambda b: b + b"---\nid: x\n")),
    ("YAML", "a tab after a key's colon", sub(E_CHAD, "state: TCD", "state:\tTCD")),
    ("YAML", "a BOM and CRLF together", raw(E_CHAD, lambda b: b"\xef\xbb\xbf" + b.replace(b"\n", b"\r\n"))),
    ("YAML", "a date written with a trailing comment inside quotes", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21 # approx"')),
    ("YAML", "sources as a flow list of strings", raw(E_CHAD, lambda b: b.split(b"sources:")[0] + b"sources: [https://www.icc-cpi.int/x]\n")),
    # --- sources: addresses and pinpoints written carelessly
    ("sources", "an address with the scheme written twice", url_on_event("https://https://www.icc-cpi.int/news/x")),
    ("sources", "an address with a host and an empty label (www..icc-cpi.int)", url_on_event("https://www..icc-cpi.int/news/x")),
    ("sources", "an address with a trailing dot on the host", url_on_event("https://www.icc-cpi.int./news/x")),
    ("sources", "an address with a comma for a dot in the host", url_on_event("https://www,icc-cpi.int/news/x")),
    ("sources", "an address pasted with a trailing parenthesis", url_on_event("https://www.icc-cpi.int/news/x)")),
    ("sources", "an address pasted as markdown [title](url)", url_on_event("'[ICC](https://www.icc-cpi.int/news/x)'")),
    ("sources", "a pinpoint blank", pinpoint_on_event("  ")),
    ("sources", "a pinpoint as a number", pinpoint_on_event(12)),
    ("sources", "a pinpoint open range (paras 12-)", pinpoint_on_event("paras 12-")),
    ("sources", "a source title that is an address", ed(E_CHAD, lambda o: o["sources"][0].update(title="https://www.icc-cpi.int/news/x"))),
    ("sources", "a primary on a grade-B news site's government section", ed(E_CHAD, lambda o: o["sources"].append({**REUTERS, "kind": "primary"}))),
    # --- second batch: wrong types and shapes a hurried contributor writes
    ("events", "disputed written as the word yes in quotes", sub(E_CHAD, "action: no_arrest", 'action: no_arrest\ndisputed: "yes"')),
    ("events", "confidence in capitals (High)", sub(E_CHAD, "action: no_arrest", "action: no_arrest\nconfidence: High")),
    ("events", "host_party_reported as 1", sub(E_CHAD, "host_party_reported: true", "host_party_reported: 1")),
    ("states", "un_status in capitals (Member)", sub("states/JOR.yaml", "un_status: member", "un_status: Member")),
    ("positions", "court as the string 'true'", sub(PO, "court: true", 'court: "true"')),
    ("meta", "coverage as a list of kinds", sub("meta.yaml", "coverage:\n  states:", "coverage:\n- states\nx_:\n  states:")),
    ("lookups", "publishers: an entry as a list", ed("lookups/publishers.yaml", lambda t: t["publishers"].append(["example.org", "x", "other", "C"]))),
    ("YAML", "an anchor on one source reused by alias on another fact", raw(W1, lambda b: b.replace(b"sources:\n- url:", b"sources:\n- &s1\n  url:", 1)
                                                                              .replace(b"\nsources:\n- url:", b"\nsources:\n- *s1\n- url:", 1))),
    ("YAML", "an off: key (YAML 1.1 boolean) in a source", ed(E_CHAD, lambda o: o["sources"][0].update({"off": "x"}))),
    # --- second batch: references and contradictions
    ("decisions", "a finding against a non-party in a situation no Council resolution referred (RUS, Ukraine)",
     both(setp(D_JOR, "state", "RUS"), setp(D_JOR, "situation", "ukraine"), setp(D_JOR, "events", []))),
    ("events", "a trip to a State before it existed (South Sudan in 2010)",
     both(sub("assertions.yaml", "states: {min: 82, max: 82}", "states: {min: 83, max: 83}"),new("states/SSD.yaml", "iso3: SSD\niso2: SS\nnumeric: '728'\nname: South Sudan\nname_fr: Soudan du Sud\nun_status: member\nsince:\n  date: \"2011-07-09\"\n  sources:\n  - url: https://www.un.org/en/about-us/member-states\n    publisher: United Nations\n    kind: primary\nsources:\n"
              "- url: https://www.un.org/en/about-us/member-states\n  title: Member States\n  publisher: United Nations\n  kind: primary\n"),
          new(f"events/2010-01-10-{BASHIR}-south-sudan.yaml", f"id: 2010-01-10-{BASHIR}-south-sudan\ndate: \"2010-01-10\"\nperson: {BASHIR}\n"
              "state: SSD\naction: no_arrest\nsources:\n- url: https://www.reuters.com/world/x-2010-01-10/\n  publisher: Reuters\n  kind: secondary\n  date: \"2010-01-10\"\n"))),
    ("warrants", "the same warrant id in a second file", copy_as(KONY_W, "warrants/joseph-kony-1-copy.yaml")),
    ("requests", "a request to a State not in the record", setp(RQ, "requested_state", "ZZZ")),
    ("persons", "an office whose state is written in lower case", ed(P_KONY, lambda p: p["offices"][0].update(state="uga"))),
    ("warrants", "a status by_state written as a country name", status(KONY_W, {"status": "arrested", "date": "2006-01-01", "by_state": "Uganda"})),
    # --- third batch: the final clauses out of order, new fields written wrongly
    ("states", "a withdrawal announced after the withdrawal took effect (PHL)", announced("PHL", "2020-01-01", primary_gap="fixture")),
    ("states", "a withdrawal revoked before it was notified (PHL)", part("PHL", {"action": "withdrawal_revoked", "date": "2018-01-01"})),
    ("states", "a signature after the ratification (JOR)", part("JOR", {"action": "signature", "date": "2010-01-01"})),
    ("states", "retracted written in words (25 April 2023)", announced("ZAF", "2023-04-25", retracted="25 April 2023", primary_gap="fixture")),
    ("states", "retracted as a bare year number", announced("ZAF", "2023-04-25", retracted=2023, primary_gap="fixture")),
    ("states", "a State's since after its own ratification", setp("states/JOR.yaml", "since", {"date": "2005-01-01", "sources": [{"url": "https://www.un.org/en/about-us/member-states", "publisher": "United Nations", "kind": "primary"}]})),
    ("events", "a visit lasting more than a year", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21"\nend_date: "2011-09-01"')),
    ("decisions", "a finding referred to the Council in a situation it did not refer (Uganda)",
     both(setp(D_JOR, "situation", "uganda"), setp(D_JOR, "persons", ["joseph-kony"]), setp(D_JOR, "events", []), setp(D_JOR, "record_number", "ICC-02/04-01/05"))),
]


def run(out: Path, only: set[str] | None = None) -> None:
    run_kinds(out, only, KINDS, _classify_with_warnings)


if __name__ == "__main__":
    main(run)
