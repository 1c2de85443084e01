"""Round thirteen of the bad records: the probe (not a test; run by hand, its table is ROUND13.md).

As rounds seven to twelve, through the shared harness (``probe_harness.py``): each kind writes one bad (or, for a
control, proper) change into a copy of the small fixture record with round four's clean measure, response, position
and request added, runs ``check_dataset`` (what ``iccwatch data check`` and ``data build`` run) and records whether
the change was refused naming the changed file, refused naming another record, warned, passed silently, or crashed,
and how long the check took. Round thirteen writes as four contributors err: (a) a hurried volunteer (impossible
dates in every date field, stray characters, ids out of step with dates, lookup entries written in haste), (b) a
lawyer (which body may respond to what, Art. 18 deferrals, filing numbers of another case, trips home, findings
about later trips, holdings before the Court sat), (c) a journalist (sources: graded domains, addresses, aliases in
two spellings), (d) a hostile user (YAML escapes and tags, publishers' domains that are not domains, lookup codes,
ids); across every kind of record, lookups and meta. Kinds are new: the earlier rounds' tables (ROUND3-12.md) and the
fixtures' names (548) were read first; ideas the brief listed that turned out to be caught already are kept as
rows saying so.

    PYTHONPATH=src python tests/dataset/round13_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round13_probe.py table BEFORE.json AFTER.json
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
    D_JOR,
    E_CHAD,
    EXTRA,
    ICC,
    KONY_W,
    MS,
    NTAGANDA_W,
    P_BASHIR,
    P_KONY,
    PO,
    REUTERS,
    RQ,
    RS,
    ST,
    UNTC,
    W1,
    add_measure,
    both,
    custody,
    ed,
    event,
    main,
    new,
    raw,
    run_kinds,
    setp,
    src_on,
    status,
    sub,
)
from round10_probe import with_ssd  # noqa: E402

from iccwatch.dataset.yaml_io import dump_yaml  # noqa: E402

PUB = "lookups/publishers.yaml"
VARIANTS = "lookups/name_variants.yaml"
UN = {"url": "https://www.un.org/en/about-us/member-states", "publisher": "United Nations", "kind": "primary"}
C_GRADED = {"url": "https://www.aa.com.tr/en/africa/x/123", "publisher": "Anadolu Agency", "kind": "secondary"}
X_GRADED = {"url": "https://24ukraine.com/x-bashir-chad/", "publisher": "24ukraine.com", "kind": "secondary"}


def source(**more: Any) -> Callable[[Path], list[str]]:
    """A second source (Reuters, secondary) on the trip to Chad, with these fields."""
    return src_on(E_CHAD, "", {**REUTERS, **more})


def url(address: str) -> Callable[[Path], list[str]]:
    return source(url=address)


def publisher(domain: str, **fields: Any) -> Callable[[Path], list[str]]:
    return ed(PUB, lambda t: next(p for p in t["publishers"] if p["domain"] == domain).update(fields))


def add_publisher(**entry: Any) -> Callable[[Path], list[str]]:
    return ed(PUB, lambda t: t["publishers"].append({"name": "Fixture outlet", "class": "newspaper_or_broadcaster", "grade": "B",
                                                     "reason": "fixture entry", **entry}))


def variants(persons: dict[str, Any]) -> Callable[[Path], list[str]]:
    return new(VARIANTS, dump_yaml({"about": "fixture", "sources": [{"url": "https://libguides.princeton.edu/syriac/romanization",
                                                                     "publisher": "Princeton University Library", "kind": "secondary"}],
                                    "spellings": [], "persons": persons}))


def response(**fields: Any) -> Callable[[Path], list[str]]:
    """The fixture's Assembly response to Chad, with these fields changed."""
    return ed(RS, lambda r: r.update(fields))


def new_response(rid: str, **fields: Any) -> Callable[[Path], list[str]]:
    """A new response record (the Court's page as its source)."""
    rec = {"id": rid, "body": "UNSC", "kind": "unsc_discussion", "acted": False, **fields,
           "summary": "The Prosecutor briefed the Council.", "sources": [dict(ICC)]}
    return new(f"responses/{rid}.yaml", dump_yaml(rec))


def drop(rel: str, fn: Callable[[Any], Any]) -> Callable[[Path], list[str]]:
    """An edit made for its effect only (what ``fn`` returns is not the file)."""
    return ed(rel, lambda obj: (fn(obj), None)[1])


def deferral(**fields: Any) -> Callable[[Path], list[str]]:
    d = {"state": "SDN", "requested": "2005-08-01", "outcome": "pending", **fields, "sources": [dict(ICC)]}
    return ed("situations/darfur-sudan.yaml", lambda s: s.setdefault("deferrals", []).append(d))


def office(rel: str, **fields: Any) -> Callable[[Path], list[str]]:
    return ed(rel, lambda p: p.setdefault("offices", []).append({"title": "Minister of Defence", "state": "SDN", "kind": "minister",
                                                                 **fields, "sources": [dict(REUTERS)]}))


def date_in(rel: str, old: str, new_: str) -> Callable[[Path], list[str]]:
    return sub(rel, old, new_)


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "a one-day trip whose end_date is its own date", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21"\nend_date: "2010-07-21"')),
    ("controls", "a Council discussion of a finding the Court referred to it (Chad, Darfur)", new_response(
        "2010-12-09-unsc-darfur-briefing", decision="2010-08-27-chad", date="2010-12-09", situation="darfur-sudan", states=["TCD"])),
    ("controls", "a Council briefing on the situation it referred, no finding (Darfur)", new_response(
        "2010-12-09-unsc-darfur-briefing", date="2010-12-09", situation="darfur-sudan")),
    ("controls", "an Art. 18 deferral in a situation opened proprio motu (the Philippines)", ed("situations/philippines.yaml", lambda s: s.setdefault(
        "deferrals", []).append({"state": "PHL", "requested": "2021-11-10", "outcome": "pending", "sources": [dict(ICC)]}))),
    ("controls", "a second warrant issued before the death recorded on the first", status(W1, {"status": "deceased", "date": "2024-01-01", "note": "fixture death"})),
    ("controls", "a lookup key with a space inside (Addis Ababa)", raw("lookups/places.yaml", lambda b: b.replace(b"  Aba: NGA\n", b"  Aba: NGA\n  Addis Abeba: ETH\n", 1))),
    ("controls", "an address with a fragment naming a paragraph (#para3)", url("https://www.reuters.com/world/x-2010-07-21/#para3")),
    ("controls", "two aliases that differ in more than case (Joseph Kony Rao, a Cyrillic spelling)", ed(
        P_KONY, lambda p: p["aliases"].extend(["Joseph Kony Rao", "Джозеф Кони"]))),
    ("controls", "a filing number in the decision's own case (ICC-02/05-01/09-109)", setp(D_CHAD, "record_number", "ICC-02/05-01/09-109")),
    ("controls", "a C-graded source beside a primary one (corroboration)", source(**C_GRADED)),
    ("controls", "two offices one after the other (end = next start)", both(
        office(P_BASHIR, start="1993-10-16", end="1996-01-01"), office(P_BASHIR, start="1996-01-01", end="1998-01-01"))),
    ("controls", "a lookup entry with a reason in words", add_publisher(domain="fixture-news.example.org", reason="regional daily; corroboration only")),
    ("controls", "an alias in another script beside the Latin name", ed(P_KONY, lambda p: p["aliases"].append("Джозеф Кони"))),
    # --- (a) a hurried volunteer: impossible dates in every date field, stray characters, ids out of step
    ("events", "(a) a trip on 30 February (2010-02-30)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-02-30"')),
    ("events", "(a) a trip's end_date in month 13 (2010-13-01)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21"\nend_date: "2010-13-01"')),
    ("warrants", "(a) a warrant issued on 29 February of a common year (2009-02-29)", sub(W1, 'issued: "2009-03-04"', 'issued: "2009-02-29"')),
    ("warrants", "(a) a status dated 31 April (2009-04-31)", status(KONY_W, {"status": "at_large", "date": "2009-04-31", "inferred": "fixture"})),
    ("warrants", "(a) a custody spell since month 00 (2008-00-24)", custody(BEMBA_W, {"held_by": "BEL", "since": "2008-00-24", "until": "2008-07-03",
                                                                                     "ended": "surrendered"})),
    ("warrants", "(a) an admissibility challenge made on 30 February", ed(NTAGANDA_W, lambda w: w.update(
        admissibility_challenges=[{"by_state": "COD", "made": "2012-02-30", "sources": [dict(ICC)]}]))),
    ("persons", "(a) an office ending on 30 February (2019-02-30)", office(P_BASHIR, start="1996-01-01", end="2019-02-30")),
    ("statements", "(a) a statement dated in month 13 (2020-13-23)", sub(ST, 'date: "2020-06-23"', 'date: "2020-13-23"')),
    ("measures", "(a) a measure dated 30 February (2022-02-30)", sub(MS, 'date: "2022-03-02"', 'date: "2022-02-30"')),
    ("measures", "(a) a measure's end_date on 31 April (2023-04-31)", sub(MS, 'date: "2022-03-02"', 'date: "2022-03-02"\nend_date: "2023-04-31"')),
    ("responses", "(a) a response dated 30 February (2013-02-30)", sub(RS, 'date: "2013-02-13"', 'date: "2013-02-30"')),
    ("requests", "(a) a request dated 29 February of a common year (2009-02-29)", sub(RQ, 'date: "2009-03-06"', 'date: "2009-02-29"')),
    ("positions", "(a) a position dated 29 February of a common year (2019-02-29)", sub(PO, 'date: "2019-05-06"', 'date: "2019-02-29"')),
    ("situations", "(a) an investigation opened on 30 February (2004-02-30)", sub("situations/uganda.yaml", 'investigation_opened: "2004-07-29"',
                                                                                 'investigation_opened: "2004-02-30"')),
    ("situations", "(a) a deferral requested on 31 November (2021-11-31)", ed("situations/philippines.yaml", lambda s: s.setdefault(
        "deferrals", []).append({"state": "PHL", "requested": "2021-11-31", "outcome": "pending", "sources": [dict(ICC)]}))),
    ("states", "(a) a State's since in month 13 (1955-13-14)", setp("states/JOR.yaml", "since", {"date": "1955-13-14", "sources": [dict(UN)]})),
    ("states", "(a) a participation act on 30 February (2002-02-30)", ed("states/JOR.yaml", lambda s: s["participation"].append(
        {"instrument": "rome-statute", "action": "declaration_124", "date": "2002-02-30", "sources": [dict(UNTC)]}))),
    ("events", "(a) a source dated 31 September (2010-09-31)", source(date="2010-09-31")),
    ("meta", "(a) a kind's checked_through in month 13 (2026-13-01)", sub("meta.yaml", 'persons:\n    checked_through: "2026-05-31"',
                                                                          'persons:\n    checked_through: "2026-13-01"')),
    ("decisions", "(a) a decision dated day 00 (2010-08-00)", sub(D_CHAD, 'date: "2010-08-27"', 'date: "2010-08-00"')),
    ("statements", "(a) a title with a bell control character (\\x07)", ed(ST, lambda s: s.update(title=s["title"] + "\x07"))),
    ("measures", "(a) a summary with a zero-width space", ed(MS, lambda m: m.update(summary=m["summary"].replace("States", "Sta\u200btes", 1)))),
    ("persons", "(a) a name with a soft hyphen (Ko\\u00adny)", sub(P_KONY, "name: Joseph Kony", "name: Joseph Ko\u00adny")),
    ("statements", "(a) a statement whose id's date is not its date (js-2020-06-23 dated 2020-06-24)",
     sub(ST, 'date: "2020-06-23"', 'date: "2020-06-24"')),
    ("statements", "(a) a statement whose id's date is not its date, day-dated id with a month-only date (2020-07)",
     sub(ST, 'date: "2020-06-23"', 'date: "2020-07"')),
    ("positions", "(a) a position whose id's year is not its date's (icc-appeals-jordan-2019 dated 2018)", sub(PO, 'date: "2019-05-06"', 'date: "2018-05-06"')),
    ("lookups", "(a) a publisher's reason left as a placeholder (TBD)", publisher("reuters.com", reason="TBD")),
    ("lookups", "(a) a publisher's reason left as a dash (-)", publisher("reuters.com", reason="-")),
    ("lookups", "(a) a name variant's reason left as a placeholder (todo)", variants({"joseph-kony": [{"name": "Yosef Koni", "reason": "todo"}]})),
    ("lookups", "(a) a publisher graded outside the scale (D)", publisher("reuters.com", grade="D")),
    ("lookups", "(a) a publisher graded in lower case (b)", publisher("reuters.com", grade="b")),
    ("lookups", "(a) a publisher entry without its reason", drop(PUB, lambda t: next(p for p in t["publishers"] if p["domain"] == "reuters.com").pop("reason"))),
    ("lookups", "(a) a State name's reason left as a placeholder (TBA)", sub("lookups/state_names.yaml",
                                                                          'reason: "Short forms news uses that the ISO tables do not list."', "reason: TBA")),
    # --- (b) a lawyer
    ("responses", "(b) a Council response to a finding the Court referred to the Assembly only", both(
        setp(D_JOR, "referred_to", "ASP"), new_response("2018-01-10-unsc-darfur-briefing", decision="2017-12-11-jordan", date="2018-01-10",
                                                        situation="darfur-sudan", states=["JOR"]))),
    ("responses", "(b) a Council response about a situation it did not refer (Uganda), no finding", new_response(
        "2013-02-13-unsc-uganda-briefing", situation="uganda", states=["UGA"], date="2013-02-13")),
    ("responses", "(b) a Council act (unsc_action) on a situation opened proprio motu (the Philippines), no finding", new_response(
        "2022-02-13-unsc-philippines-action", situation="philippines", date="2022-02-13", kind="unsc_action", acted=True)),
    ("responses", "(b) an Assembly response of a Council kind (unsc_action)", response(kind="unsc_action")),
    ("responses", "(b) a Council response of an Assembly kind (asp_resolution)", response(body="UNSC", kind="asp_resolution", decision="2010-08-27-chad")),
    ("responses", "(b) an Assembly response to a finding the Court referred to the Council only", both(
        setp(D_CHAD, "referred_to", "UNSC"), response(decision="2010-08-27-chad"))),
    ("decisions", "(b) a filing number of another case in the same situation (Harun's ICC-02/05-01/07 on a Bashir finding)",
     setp(D_CHAD, "record_number", "ICC-02/05-01/07-57")),
    ("decisions", "(b) a filing number whose situation part is another situation's (ICC-01/05-01/09-109 on a Darfur finding)",
     setp(D_CHAD, "record_number", "ICC-01/05-01/09-109")),
    ("events", "(a) a trip's file named for another day than its id and date", lambda d: [
        (d / E_CHAD).rename(d / f"events/2010-07-22-{BASHIR}-chad.yaml"), f"events/2010-07-22-{BASHIR}-chad.yaml"][-1:]),
    ("decisions", "(b) a case number of another case in the same situation (ICC-02/05-03/09, Banda's)",
     setp(D_CHAD, "record_number", "ICC-02/05-03/09")),
    ("situations", "(b) an Art. 18 deferral in a situation the Council referred (Darfur)", deferral()),
    ("situations", "(b) an Art. 18 deferral in a situation the Council referred, ruled on (application rejected)", deferral(
        outcome="application_rejected", outcome_date="2005-09-01")),
    ("situations", "(b) an Art. 18 deferral in a situation referred by the State asking it (Uganda)", ed("situations/uganda.yaml", lambda s: s.setdefault(
        "deferrals", []).append({"state": "UGA", "requested": "2004-08-20", "outcome": "pending", "sources": [dict(ICC)]}))),
    ("decisions", "(b) a finding about a trip made after the decision", both(
        event(f"2010-09-20-{BASHIR}-chad", "2010-09-20", "TCD"),
        ed(D_CHAD, lambda x: x["events"].append(f"2010-09-20-{BASHIR}-chad")))),
    ("events", "(b) a trip to the person's own State (Bashir in Sudan) recorded as a visit with no arrest", event(
        f"2010-05-01-{BASHIR}-sudan", "2010-05-01", "SDN")),
    ("events", "(b) a trip to the person's own State recorded as a transit", event(f"2010-05-01-{BASHIR}-sudan", "2010-05-01", "SDN", trip="transit")),
    ("persons", "(b) one office overlapping itself (the same office twice, the periods overlapping)", both(
        office(P_BASHIR, start="1996-01-01", end="1999-01-01"), office(P_BASHIR, start="1998-01-01", end="2000-01-01"))),
    ("persons", "(b) an office whose end is before its start", office(P_BASHIR, start="1999-01-01", end="1998-01-01")),
    ("events", "(b) a trip whose end is before its start", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21"\nend_date: "2010-07-19"')),
    ("measures", "(b) a measure dated before its author State existed (SSD, 2010)", with_ssd(add_measure(
        id="ssd-2010-01-01-sanctions-against-court-x", state="SSD", kind="sanctions_against_court", title="x", date="2010-01-01", summary="x"))),
    ("warrants", "(b) a warrant issued after a death recorded on another warrant of the person", both(
        status(W1, {"status": "deceased", "date": "2024-01-01", "note": "fixture death"}),
        new(f"warrants/{BASHIR}-3.yaml", dump_yaml({
            "id": f"{BASHIR}-3", "person": BASHIR, "situation": "darfur-sudan", "kind": "arrest_warrant", "case_number": "ICC-02/05-01/09",
            "issued": "2024-06-01", "crimes": ["war_crimes"], "status_history": [
                {"status": "issued", "date": "2024-06-01", "sources": [dict(ICC)]}], "sources": [dict(ICC)]})))),
    ("positions", "(b) a holding of the Court dated before the Court existed (2001)", both(
        sub(PO, 'date: "2019-05-06"', 'date: "2001-05-06"'), drop(PO, lambda p: p.pop("record_number")))),
    # --- (c) a journalist
    ("events", "(c) a source on an X-graded domain in second place only", source(**X_GRADED)),
    ("events", "(c) a source on a C-graded domain as the trip's only source", src_on(E_CHAD, "", dict(C_GRADED), replace=True)),
    ("events", "(c) a source title with a zero-width space", source(title="Bashir\u200b visits Chad")),
    ("events", "(c) a source title with a line separator (U+2028)", source(title="Bashir visits\u2028Chad")),
    ("events", "(c) an address with its scheme in capitals (HTTPS://)", url("HTTPS://www.reuters.com/world/x-2010-07-21/")),
    ("events", "(c) an address with an empty fragment (#)", url("https://www.reuters.com/world/x-2010-07-21/#")),
    ("events", "(c) an address with an empty query (?)", url("https://www.reuters.com/world/x-2010-07-21/?")),
    ("events", "(c) an address with a doubled slash in its path (//world)", url("https://www.reuters.com//world/x-2010-07-21/")),
    ("persons", "(c) two aliases differing only in case (Omar al-Bashir, Omar Al-bashir; round three's alias twice case, revisited)", ed(P_BASHIR, lambda p: p["aliases"].append("Omar Al-bashir"))),
    ("persons", "(c) two aliases differing only by a hyphen for a space (Omar Hassan Al-Bashir, Omar Hassan Al Bashir)",
     ed(P_BASHIR, lambda p: p["aliases"].extend(["Omar Hassan Al-Bashir", "Omar Hassan Al Bashir"]))),
    ("statements", "(c) a signatory listed twice under two codes of one State (ROU and ROM)", ed(ST, lambda s: s["signatories"].append("ROM"))),
    ("events", "(c) a source's publisher given as a person's byline (By John Smith)", source(publisher="By John Smith")),
    # --- (d) a hostile user
    ("persons", "(d) sources copied from an office with a YAML anchor and alias", raw(P_BASHIR, lambda b: b.replace(
        b"  sources:\n  - url: http://www.mediamaxnetwork", b"  sources: &s\n  - url: http://www.mediamaxnetwork").replace(
        b"sources:\n- url: https://www.icc-cpi.int/Pages/item.aspx?name=pr1094\n  publisher: International Criminal Court\n  kind: primary\n",
        b"sources: *s\n"))),
    ("events", "(d) a merge key pulling another mapping's fields", raw(E_CHAD, lambda b: b.replace(b"state: TCD", b"<<: {state: TCD}"))),
    ("events", "(d) a NUL written as a YAML escape in a quoted note (\"\\0\")", raw(E_CHAD, lambda b: b.replace(b"followup:", b'note: "a\\0b"\nfollowup:'))),
    ("events", "(d) a date tagged !!timestamp", sub(E_CHAD, 'date: "2010-07-21"', "date: !!timestamp 2010-07-21")),
    ("lookups", "(d) a publisher's domain with a scheme (https://reuters.com)", add_publisher(domain="https://fixture-news.example.org")),
    ("lookups", "(d) a publisher's domain with a trailing dot (example.org.)", add_publisher(domain="fixture-news.example.org.")),
    ("lookups", "(d) a publisher's domain as a wildcard (*.example.org)", add_publisher(domain="*.fixture-news.example.org")),
    ("lookups", "(d) a publisher's domain with a port (example.org:8080)", add_publisher(domain="fixture-news.example.org:8080")),
    ("lookups", "(d) a publisher's domain in capitals beside none (FIXTURE.ORG)", add_publisher(domain="FIXTURE-NEWS.EXAMPLE.ORG")),
    ("lookups", "(d) a place mapped to a user-assigned code (XKX)", raw("lookups/places.yaml", lambda b: b.replace(b"  Aba: NGA\n", b"  Aba: NGA\n  Pristina: XKX\n", 1))),
    ("lookups", "(d) a place key with a trailing space ('Abuja ')", raw("lookups/places.yaml", lambda b: b.replace(b"  Aba: NGA\n", b"  'Abuja ': NGA\n  Aba: NGA\n", 1))),
    ("lookups", "(d) a State name key with a leading space (' AFG')", raw("lookups/state_names.yaml", lambda b: b.replace(b"\n  AFG:\n", b"\n  ' AFG':\n", 1))),
    ("lookups", "(d) a demonym key with a no-break space after it", raw("lookups/demonyms.yaml", lambda b: b.replace(b"\n  ALB:\n", "\n  'ALB\u00a0':\n".encode(), 1))),
    ("meta", "(d) coverage for a kind the record does not have (planets)", sub("meta.yaml", "  instruments:\n", "  planets:\n    checked_through: \"2026-05-31\"\n"
                                                                            "    checked_against: x\n    incomplete: []\n  instruments:\n")),
    ("files and folders", "(d) a person's record filed in the events folder", lambda d: [
        (d / P_KONY).rename(d / "events/joseph-kony.yaml"), "events/joseph-kony.yaml"][-1:]),
]
_ = D_JOR


def run(out: Path, only: set[str] | None = None) -> None:
    """Round thirteen's kinds through the shared runner."""
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
