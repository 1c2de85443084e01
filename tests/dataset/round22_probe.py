"""Round twenty-two of the bad records: the probe (not a test; run by hand, its table is ROUND22.md).

As rounds seven to twenty-one, through the shared harness (``probe_harness.py``): each kind writes one bad (or, for a
control, proper) change into a copy of the small record (with round four's extra records), runs ``check_dataset``
(what ``iccwatch data check`` and ``data build`` run) and records whether the change was refused naming the changed
file, refused naming another record, warned, passed silently, or crashed. Round twenty-two is weighted (as the brief
asked) to what rounds one to twenty-one tried least: a source graded primary on a wiki mirror or a content farm,
addresses of other schemes or with spaces, YAML's tags, anchors, merge keys and duplicate keys in new places, numbers
too large for their field, dates in ISO forms the record does not take (weeks, ordinals, zones), references to a
record of the wrong kind, one id used by two kinds, and fields valid alone that contradict each other.

    PYTHONPATH=src python tests/dataset/round22_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round22_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import (  # noqa: E402
    BASHIR,
    BEMBA_W,
    D_CHAD,
    E_CHAD,
    E_JOR,
    EXTRA,
    ICC,
    KONY_W,
    MS,
    P_KONY,
    PO,
    REUTERS,
    RQ,
    RS,
    ST,
    W1,
    both,
    copy_as,
    ed,
    main,
    run_kinds,
    setp,
    src_on,
    sub,
)

BDI = "states/BDI.yaml"
SIT_CAR = "situations/car-i.yaml"
CHAD_URL = "- url: https://www.icc-cpi.int/news/pre-trial-chamber-i-informs"


def primary_on(url: str, publisher: str = "International Criminal Court") -> Callable[[Path], list[str]]:
    """A source graded primary on the Chad trip, at ``url`` under ``publisher``."""
    return src_on(E_CHAD, "", {"url": url, "title": "Al Bashir in Chad", "publisher": publisher, "kind": "primary"})


def addr(url: str) -> Callable[[Path], list[str]]:
    """A secondary source on the Chad trip whose address is ``url`` (as written, quoted)."""
    return src_on(E_CHAD, "", {**REUTERS, "url": url})


def yaml_text(rel: str, old: str, new: str) -> Callable[[Path], list[str]]:
    return sub(rel, old, new)


def part_date(iso3: str, action: str, date: str) -> Callable[[Path], list[str]]:
    def fn(s: dict[str, Any]) -> None:
        for a in s["participation"]:
            if a["action"] == action and a.get("instrument", "rome-statute") == "rome-statute":
                a["date"] = date
                return
        raise LookupError(action)
    return ed(f"states/{iso3}.yaml", fn)


def status_add(rel: str, status: str, date: str, **more: Any) -> Callable[[Path], list[str]]:
    def fn(w: dict[str, Any]) -> None:
        w["status_history"].append({"status": status, "date": date, **more, "sources": [dict(ICC)]})
        w["status_history"].sort(key=lambda s: str(s.get("date", "")))
    return ed(rel, fn)


def custody_add(rel: str, *spells: dict[str, Any]) -> Callable[[Path], list[str]]:
    def fn(w: dict[str, Any]) -> None:
        w.setdefault("custody", []).extend({**s, "sources": [dict(ICC)]} for s in spells)
    return ed(rel, fn)


def _surrendered_by(iso3: str) -> Callable[[dict[str, Any]], None]:
    def fn(w: dict[str, Any]) -> None:
        for s in w["status_history"]:
            if s["status"] == "surrendered":
                s["by_state"] = iso3
    return fn


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "a primary source on the Court's own site with an encoded space (%20) in its address",
     primary_on("https://www.icc-cpi.int/sites/default/files/Al%20Bashir%20case.pdf")),
    # ---- a primary grade on a wiki mirror, a content farm, a copy site
    ("grades", "(b) a source graded primary on a wiki mirror (wikimili.com, grade X)", primary_on("https://wikimili.com/en/Omar_al-Bashir", "WikiMili")),
    ("grades", "(b) a source graded primary on a wiki mirror under the Court's name (wikizero.org, publisher International Criminal Court)",
     primary_on("https://www.wikizero.org/wiki/en/Omar_al-Bashir")),
    ("grades", "(b) a source graded primary on a content farm under the Court's name (24ukraine.com)",
     primary_on("https://24ukraine.com/icc-bashir-chad")),
    ("grades", "(b) a source graded primary on a copy site of documents (5dok.net)", primary_on("https://5dok.net/document/icc-bashir.html", "5dok")),
    ("grades", "(b) a source graded primary on Wikipedia (grade C)", primary_on("https://en.wikipedia.org/wiki/Omar_al-Bashir", "Wikipedia")),
    ("grades", "(b) a source graded primary on an offline-library mirror of Wikipedia (iiab.me)", primary_on("https://iiab.me/kiwix/wikipedia_en_all/A/Omar_al-Bashir", "Kiwix")),
    ("grades", "(b) a source graded primary on a grade-C outlet (1news.az)", primary_on("https://1news.az/news/bashir-chad", "1news.az")),
    ("grades", "(a) a source with a read date in a field the format has not (accessed: 2026-12-01)",
     src_on(E_CHAD, "", {**REUTERS, "accessed": "2026-12-01"})),
    ("grades", "(b) a primary source of the Court with only its address (no title, date or pinpoint: which document was read?)",
     src_on(D_CHAD, "", {"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary"})),
    ("grades", "(b) a secondary source on a wiki mirror (wikimili.com, grade X)",
     src_on(E_CHAD, "", {"url": "https://wikimili.com/en/Omar_al-Bashir", "publisher": "WikiMili", "kind": "secondary"})),
    ("grades", "(b) a wiki mirror given as a copy_of's original (copy_of: wikimili.com)",
     src_on(E_CHAD, "", {**REUTERS, "copy_of": "https://wikimili.com/en/Omar_al-Bashir"})),
    # ---- addresses
    ("addresses", "(a) a mailto: address as a source", addr("mailto:press@icc-cpi.int")),
    ("addresses", "(a) an ftp: address as a source", addr("ftp://ftp.icc-cpi.int/pub/albashir.pdf")),
    ("addresses", "(a) a urn: address as a source (urn:nbn)", addr("urn:nbn:de:0111-12345")),
    ("addresses", "(a) a protocol-relative address (//www.reuters.com/...)", addr("//www.reuters.com/world/x-2020-01-01/")),
    ("addresses", "(a) an address with no host (https:///world/x)", addr("https:///world/x-2020-01-01/")),
    ("addresses", "(a) an address whose scheme is in capitals (HTTPS://)", addr("HTTPS://www.reuters.com/world/x-2020-01-01/")),
    ("addresses", "(a) an address with backslashes (https:\\\\www.reuters.com\\world)", addr("https:\\\\www.reuters.com\\world\\x")),
    ("addresses", "(a) an address with a leading space (quoted)", addr(" https://www.reuters.com/world/x-2020-01-01/")),
    ("addresses", "(a) an address with a tab inside", addr("https://www.reuters.com/world/x-2020\t-01-01/")),
    ("addresses", "(a) an address with a line break inside (a folded scalar)", addr("https://www.reuters.com/world/\nx-2020-01-01/")),
    ("addresses", "(a) an address whose host is an IP number (192.0.2.1)", addr("https://192.0.2.1/world/x-2020-01-01/")),
    ("addresses", "(a) an address with an unusual port (https://www.reuters.com:8443/...)", addr("https://www.reuters.com:8443/world/x-2020-01-01/")),
    ("addresses", "(a) an address with a fragment only (https://www.reuters.com/#)", addr("https://www.reuters.com/#")),
    ("addresses", "(a) an address of 5,000 characters", addr("https://www.reuters.com/world/" + "x" * 5000)),
    # ---- YAML features in new places
    ("yaml", "(d) a !!python/name tag as a trip's action", yaml_text(E_CHAD, "action: no_arrest", "action: !!python/name:os.system")),
    ("yaml", "(d) a !!python/object/new tag on a source", yaml_text(E_CHAD, CHAD_URL, "- !!python/object/new:dict\n  url: https://www.icc-cpi.int/news/pre-trial-chamber-i-informs")),
    ("yaml", "(d) a !!binary tag on a decision's summary-like field (followup)", yaml_text(E_CHAD, "followup: Visit", "followup: !!binary aGVsbG8=\nx: Visit")),
    ("yaml", "(d) a !!set tag on a statement's signatories", yaml_text(ST, "signatories:\n", "signatories: !!set\n")),
    ("yaml", "(d) a !!timestamp tag on a quoted date", yaml_text(E_CHAD, 'date: "2010-07-21"', 'date: !!timestamp "2010-07-21"')),
    ("yaml", "(d) a !!float tag on a State's numeric code", yaml_text("states/TCD.yaml", "numeric: '148'", "numeric: !!float '148'")),
    ("yaml", "(d) a local tag (!mine) on a field", yaml_text(E_CHAD, "action: no_arrest", "action: !mine no_arrest")),
    ("yaml", "(d) an anchor on one trip's source and an alias to it in the decision (two files: aliases do not cross files)",
     yaml_text(D_CHAD, "sources:\n- ", "sources:\n- *chadsrc\n- ")),
    ("yaml", "(d) an alias as a trip's date to an anchor on its id (date: *i)",
     both(yaml_text(E_CHAD, f"id: 2010-07-21-{BASHIR}-chad", f"id: &i 2010-07-21-{BASHIR}-chad"), yaml_text(E_CHAD, 'date: "2010-07-21"', "date: *i"))),
    ("yaml", "(d) an alias used before its anchor", yaml_text(E_CHAD, "action: no_arrest", "action: *later\nfollowup2: &later no_arrest")),
    ("yaml", "(d) a merge key of two anchors (<<: [*a, *b]) making a source", yaml_text(E_CHAD, CHAD_URL,
     "- &a {url: https://www.reuters.com/world/x-2020-01-01/}\n- &b {publisher: Reuters, kind: secondary}\n- <<: [*a, *b]\n" + CHAD_URL)),
    ("yaml", "(d) a key twice in a flow mapping ({kind: primary, kind: secondary})", yaml_text(E_CHAD, CHAD_URL,
     "- {url: 'https://www.reuters.com/world/x-2020-01-01/', publisher: Reuters, kind: primary, kind: secondary}\n" + CHAD_URL)),
    ("yaml", "(d) a source's url given twice (two addresses)", yaml_text(E_CHAD, CHAD_URL,
     "- url: https://www.reuters.com/world/x-2020-01-01/\n  url: https://www.reuters.com/world/y-2020-01-01/\n  publisher: Reuters\n  kind: secondary\n" + CHAD_URL)),
    ("yaml", "(d) a complex key (? [a, b]) in a record", yaml_text(E_CHAD, "action: no_arrest", "action: no_arrest\n? [a, b]\n: c")),
    ("yaml", "(d) a 300-deep block mapping in a source's note",
     yaml_text(E_CHAD, CHAD_URL, "- note:\n" + "".join("  " * (i + 2) + f"k{i}:\n" for i in range(300)) + "  " * 302 + "x\n" + CHAD_URL)),
    ("yaml", "(d) a YAML directive (%YAML 1.1) before the record", yaml_text(E_CHAD, "id: ", "%YAML 1.1\n---\nid: ")),
    ("yaml", "(d) an unknown directive (%FOO bar) before the record", yaml_text(E_CHAD, "id: ", "%FOO bar\n---\nid: ")),
    # ---- numbers
    ("numbers", "(a) announced_signatories of 10**400 (over any float)", setp(ST, "announced_signatories", 10**400)),
    ("numbers", "(a) announced_signatories as .inf", yaml_text(ST, "announced_signatories: 67", "announced_signatories: .inf")),
    ("numbers", "(a) announced_signatories as .nan", yaml_text(ST, "announced_signatories: 67", "announced_signatories: .nan")),
    ("numbers", "(a) announced_signatories as 67.0", yaml_text(ST, "announced_signatories: 67", "announced_signatories: 67.0")),
    ("numbers", "(a) announced_signatories in hexadecimal (0x43)", yaml_text(ST, "announced_signatories: 67", "announced_signatories: 0x43")),
    ("numbers", "(a) announced_signatories with a digit separator (6_7)", yaml_text(ST, "announced_signatories: 67", "announced_signatories: 6_7")),
    ("numbers", "(a) a State's numeric code of 10,000 digits", setp("states/TCD.yaml", "numeric", "1" * 10_000)),
    # ---- dates in forms the record does not take
    ("dates", "(a) a trip dated 29 February of a common year (2010-02-29)", yaml_text(E_CHAD, 'date: "2010-07-21"', 'date: "2010-02-29"')),
    ("dates", "(a) a decision dated as an ordinal date (2010-239)", yaml_text(D_CHAD, 'date: "2010-08-27"', 'date: "2010-239"')),
    ("dates", "(a) a warrant's issue as a week date with its day (2008-W21-5)", yaml_text(BEMBA_W, 'issued: "2008-05-23"', 'issued: "2008-W21-5"')),
    ("dates", "(a) a trip dated with a zone (2010-07-21Z)", yaml_text(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21Z"')),
    ("dates", "(a) a trip dated with a time and zone (2010-07-21T10:00+02:00)", yaml_text(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21T10:00+02:00"')),
    ("dates", "(a) an unquoted date-time with a zone (YAML's timestamp, 2010-07-21 10:00:00 +02:00)", yaml_text(E_CHAD, 'date: "2010-07-21"', "date: 2010-07-21 10:00:00 +02:00")),
    ("dates", "(a) a date without zero padding (2010-7-21)", yaml_text(E_CHAD, 'date: "2010-07-21"', 'date: "2010-7-21"')),
    ("dates", "(a) a date with slashes (2010/07/21)", yaml_text(E_CHAD, 'date: "2010-07-21"', 'date: "2010/07/21"')),
    ("dates", "(a) a date as an interval (2010-07-21/2010-07-23)", yaml_text(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21/2010-07-23"')),
    ("dates", "(a) a date of year 0000", setp(ST, "date", "0000-06-23")),
    ("dates", "(a) a negative year (-2010-07-21)", yaml_text(E_CHAD, 'date: "2010-07-21"', 'date: "-2010-07-21"')),
    ("dates", "(a) a date with a trailing space inside quotes (\"2010-07-21 \")", yaml_text(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21 "')),
    # ---- references to a record of the wrong kind
    ("wrong kind", "(b) a warrant's person naming a situation's id (uganda)", setp(KONY_W, "person", "uganda")),
    ("wrong kind", "(b) a warrant's situation naming a person's id (joseph-kony)", setp(KONY_W, "situation", "joseph-kony")),
    ("wrong kind", "(b) a trip's person naming a warrant's id (omar-hassan-ahmad-al-bashir-1)", setp(E_CHAD, "person", f"{BASHIR}-1")),
    ("wrong kind", "(b) a decision's situation naming a decision's id", setp(D_CHAD, "situation", "2017-12-11-jordan")),
    ("wrong kind", "(b) a decision's events naming a decision's id", ed(D_CHAD, lambda r: r["events"].append("2017-12-11-jordan"))),
    ("wrong kind", "(b) a decision's persons naming a statement's id", setp(D_CHAD, "persons", ["js-2020-06-23"])),
    ("wrong kind", "(b) a response's decision naming a trip's id", setp(RS, "decision", f"2010-07-21-{BASHIR}-chad")),
    ("wrong kind", "(b) a request's person naming a situation's id (darfur-sudan)", setp(RQ, "person", "darfur-sudan")),
    ("wrong kind", "(b) a referral's target naming a person's id (vladimir-vladimirovich-putin)", setp(MS, "targets", "vladimir-vladimirovich-putin")),
    ("wrong kind", "(b) a decision's appeal_of naming a position's id", ed("decisions/2019-05-06-jordan.yaml",
     lambda r: r.__setitem__("appeal_of", "icc-appeals-jordan-2019"))),
    # ---- one id, two kinds
    ("ids", "(b) a person whose id is a situation's id (a person 'uganda')", copy_as(P_KONY, "persons/uganda.yaml", lambda r: r.update(id="uganda", name="Uganda"))),
    ("ids", "(b) a statement whose id is a decision's id (2010-08-27-chad)",
     copy_as(ST, "statements/2010-08-27-chad.yaml", lambda r: r.update(id="2010-08-27-chad", date="2010-08-27"))),
    ("ids", "(b) a position whose id is a measure's id (dated as the measure)",
     copy_as(PO, f"positions/{Path(MS).stem}.yaml", lambda r: r.update(id=Path(MS).stem, date="2022-03-02"))),
    ("ids", "(b) a measure whose id is a statement's id (js-2020-06-23)",
     copy_as(MS, "measures/js-2020-06-23.yaml", lambda r: r.update(id="js-2020-06-23", date="2020-06-23"))),
    # ---- fields valid alone that contradict each other
    ("contradictions", "(b) a warrant issued before its situation's investigation opened (car-i opened moved to 2008-06-01; Bemba's warrant 2008-05-23)",
     setp(SIT_CAR, "investigation_opened", "2008-06-01")),
    ("contradictions", "(b) a decision dated before its situation's investigation opened (darfur-sudan opened moved to 2010-09-01; Chad's decision 2010-08-27)",
     setp("situations/darfur-sudan.yaml", "investigation_opened", "2010-09-01")),
    ("contradictions", "(b) a withdrawal effective before it was notified (Burundi: effective 2016-01-01, notified 2016-10-27)",
     part_date("BDI", "withdrawal_effective", "2016-01-01")),
    ("contradictions", "(b) a withdrawal effective six months after its notice (Art. 127(1) gives one year)",
     part_date("BDI", "withdrawal_effective", "2017-04-27")),
    ("contradictions", "(b) a warrant for a person recorded dead before it (Kony deceased 2004-01-01; warrant 2005)",
     status_add(KONY_W, "deceased", "2004-01-01")),
    ("contradictions", "(b) one person in two States' custody at once (Bemba held by Belgium and by France, June 2008)",
     custody_add(BEMBA_W, {"held_by": "BEL", "since": "2008-05-24", "until": "2008-07-03", "ended": "surrendered"},
                 {"held_by": "FRA", "since": "2008-06-01", "until": "2008-06-20", "ended": "released"})),
    ("contradictions", "(b) a person arrested by one State and surrendered by another, no custody recorded between (BEL arrest 2008-05-24, DEU surrender 2008-07-03)",
     ed(BEMBA_W, _surrendered_by("DEU"))),
    ("contradictions", "(b) a trip to a State during the person's custody at the Court (Bemba in Belgium, 2010)",
     copy_as("events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml", "events/2010-05-24-jean-pierre-bemba-gombo-belgium.yaml",
             lambda r: r.update(id="2010-05-24-jean-pierre-bemba-gombo-belgium", date="2010-05-24"))),
    ("contradictions", "(b) a request dated after the person's surrender to the Court (JOR asked to arrest Bemba in 2009)",
     copy_as(RQ, "requests/2009-03-06-icc-jean-pierre-bemba-gombo-jor.yaml",
             lambda r: r.update(id="2009-03-06-icc-jean-pierre-bemba-gombo-jor", person="jean-pierre-bemba-gombo"))),
    ("contradictions", "(b) a trip whose end is before its start by one day (end_date 2017-03-28 on 2017-03-29)", setp(E_JOR, "end_date", "2017-03-28")),
    ("contradictions", "(b) a source dated after the record's cut-off on an old fact (2099-01-01)", src_on(E_CHAD, "", {**REUTERS, "date": "2099-01-01"})),
    ("contradictions", "(b) a Court source dated before the Court existed (1990-01-01)", src_on(D_CHAD, "", {**ICC, "date": "1990-01-01"})),
    ("contradictions", "(b) a warrant whose surrender precedes its issue (Bashir surrendered 2009-01-01; issued 2009-03-04)",
     status_add(W1, "surrendered", "2009-01-01", by_state="SDN")),
]


def run(out: Path, only: set[str] | None) -> None:
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
