"""Round fifteen of the bad records: the probe (not a test; run by hand, its table is ROUND15.md).

As rounds seven to fourteen, through the shared harness (``probe_harness.py``): each kind writes one bad (or, for a
control, proper) change into a copy of the small fixture record with round four's clean measure, response, position
and request added, runs ``check_dataset`` (what ``iccwatch data check`` and ``data build`` run) and records whether
the change was refused naming the changed file, refused naming another record, warned, passed silently, or crashed.
Round fifteen writes as a careless or hurried editor and as a hostile one, kind by kind, only mistakes the earlier
rounds' tables (ROUND3-14.md) and the fixtures' names (557) do not hold: fields that only make sense on another
kind of record or act (a ``by_state`` on a death, ``same_conduct`` on the Court's request, an authorisation on a
referred situation), dates written in free text that exist in no calendar, numbers Python reads and YAML writes
loosely (a float count, a boolean count), duplicates in lists the earlier rounds did not list, the same page cited
twice under two spellings of its address, text fields holding only an address.

    PYTHONPATH=src python tests/dataset/round15_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round15_probe.py table BEFORE.json AFTER.json
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
    P_BASHIR,
    P_KONY,
    PO,
    REUTERS,
    RQ,
    RS,
    ST,
    W1,
    add_measure,
    copy_as,
    ed,
    event,
    main,
    new,
    raw,
    run_kinds,
    setp,
    sub,
)

D_JOR_AP = "decisions/2019-05-06-jordan.yaml"
BANDA_W1 = "warrants/abdallah-banda-abakaer-nourain-1.yaml"
PHL = "situations/philippines.yaml"
DARFUR = "situations/darfur-sudan.yaml"
UKR = "situations/ukraine.yaml"
CHAD_URL = "https://www.icc-cpi.int/news/pre-trial-chamber-i-informs-security-council-and-assembly-states-parties-about-omar-al-bashirs"


def _status(rel: str, **item: Any) -> Callable[[Path], list[str]]:
    def fn(w: dict[str, Any]) -> None:
        w["status_history"].append({**item, "sources": [dict(ICC)]})
    return ed(rel, fn)


def _challenge(rel: str, *items: dict[str, Any]) -> Callable[[Path], list[str]]:
    def fn(w: dict[str, Any]) -> None:
        w.setdefault("admissibility_challenges", []).extend({**it, "sources": [dict(ICC)]} for it in items)
    return ed(rel, fn)


def _legislation(iso3: str, *items: dict[str, Any]) -> Callable[[Path], list[str]]:
    def fn(s: dict[str, Any]) -> None:
        s.setdefault("implementing_legislation", []).extend({**it, "sources": [dict(ICC)]} for it in items)
    return ed(f"states/{iso3}.yaml", fn)


def _decision(did: str, **fields: Any) -> Callable[[Path], list[str]]:
    rec = {"id": did, **fields, "sources": [dict(ICC)]}
    return new(f"decisions/{did}.yaml", _dump(rec))


def _dump(obj: Any) -> str:
    from iccwatch.dataset.yaml_io import dump_yaml
    return dump_yaml(obj)


def _as_convicted_application(w: dict[str, Any]) -> None:
    w.update(id="joseph-kony-2", kind="application",
             status_history=[{"status": "requested", "date": "2005-05-06", "sources": [dict(ICC)]},
                             {"status": "convicted", "date": "2006-01-01", "sources": [dict(ICC)]}])
    for key in ("issued", "custody", "admissibility_challenges"):
        w.pop(key, None)


def _two_sources(rel: str, path: str, first: str, second: str) -> Callable[[Path], list[str]]:
    """The fact at ``path`` cited by two sources whose addresses are ``first`` and ``second``."""
    def fn(obj: Any) -> None:
        cur = obj
        for k in [k for k in path.split(".") if k]:
            cur = cur[int(k)] if k.isdigit() else cur[k]
        cur["sources"] = [{**dict(ICC), "url": first}, {**dict(ICC), "url": second}]
    return ed(rel, fn)


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "an admissibility challenge made after the warrant and determined later", _challenge(W1, {"by_state": "SDN", "made": "2010-01-01", "determined": "2010-06-01"})),
    # --- states -------------------------------------------------------------------------------------------
    ("states", "(a) a cooperation-law status 'none' that names a law", _legislation("JOR", {"status": "none", "as_of": "2010-01-01", "law": "Law No. 1 of 2010"})),
    ("states", "(a) a cooperation-law status 'enacted' naming neither a law nor a measure", _legislation("JOR", {"status": "enacted", "as_of": "2010-01-01"})),
    ("states", "(a) a cooperation-law status with law and measure both", _legislation("ALB", {"status": "enacted", "as_of": "2022-03-03", "law": "Law X", "measure": "alb-2022-03-02-situation-referral-ukraine"})),
    ("states", "(b) a withdrawal notified the same day as the ratification", ed("states/JOR.yaml", lambda s: s["participation"].append(
        {"instrument": "rome-statute", "action": "withdrawal_notified", "date": "2002-04-11", "sources": [dict(ICC)]}))),
    ("states", "(a) disputed: true on a participation act with no note saying why", ed("states/JOR.yaml", lambda s: _no_note(s["participation"][0], disputed=True))),
    ("states", "(a) confidence: low on a participation act with no note saying why", ed("states/JOR.yaml", lambda s: _no_note(s["participation"][0], confidence="low"))),
    # --- persons ------------------------------------------------------------------------------------------
    ("persons", "(a) travel_gap on a person with trips recorded", setp(P_BASHIR, "travel_gap", "searched news archives on 2026-01-01 for travel abroad; none found")),
    ("persons", "(a) travel_gap left blank (spaces)", setp(P_KONY, "travel_gap", "   ")),
    ("persons", "(a) the name pasted in capitals from a court caption", sub(P_BASHIR, "name: Omar Hassan Ahmad Al-Bashir", "name: OMAR HASSAN AHMAD AL-BASHIR")),
    ("persons", "(a) the name in the article's smart quotes", sub(P_BASHIR, "name: Omar Hassan Ahmad Al-Bashir", "name: \u201cOmar Hassan Ahmad Al-Bashir\u201d")),
    ("persons", "(a) a date that exists in no calendar in a note (2019-02-30)", setp(P_BASHIR, "note", "detained by the army on 2019-02-30")),
    ("persons", "(a) a date that exists in no calendar in travel_gap (2026-13-01)", setp(P_KONY, "travel_gap", "news archives searched on 2026-13-01; no trip found")),
    ("persons", "(a) an office's title that is only an address", setp(P_BASHIR, "offices.0.title", "https://en.wikipedia.org/wiki/Omar_al-Bashir")),
    # --- warrants -----------------------------------------------------------------------------------------
    ("warrants", "(b) an admissibility challenge made before the warrant was issued", _challenge(W1, {"by_state": "SDN", "made": "2005-01-01"})),
    ("warrants", "(b) two admissibility challenges by one State, both undetermined (overlapping)", _challenge(W1, {"by_state": "SDN", "made": "2010-01-01"}, {"by_state": "SDN", "made": "2011-01-01"})),
    ("warrants", "(b) an admissibility challenge by a State not in the record", _challenge(W1, {"by_state": "XXA", "made": "2010-01-01"})),
    ("warrants", "(b) an admissibility challenge made after the record's cut-off", _challenge(W1, {"by_state": "SDN", "made": "2026-11-01"})),
    ("warrants", "(b) a death recorded with a by_state", _status(KONY_W, status="deceased", date="2024-01-01", by_state="UGA")),
    ("warrants", "(b) an at_large entry with a by_state", _status(W1, status="at_large", date="2012-01-01", by_state="TCD", inferred="no arrest")),
    ("warrants", "(b) a conviction with a by_state", setp(BEMBA_W, "status_history.4.by_state", "BEL")),
    ("warrants", "(b) a convicted status on an application (not a warrant)", copy_as(KONY_W, "warrants/joseph-kony-2.yaml", _as_convicted_application)),
    ("warrants", "(a) a date that exists in no calendar in a status note (2010-02-30)", setp(W1, "status_history.1.note", "not surrendered; seen in Khartoum on 2010-02-30")),
    ("warrants", "(a) a primary_gap whose search date exists in no calendar", setp(W1, "status_history.1.primary_gap", "the Court's registry searched on 2026-02-30; not found")),
    # --- decisions ----------------------------------------------------------------------------------------
    ("decisions", "(b) a first finding of non-compliance by the Appeals Chamber, appealing nothing", setp(D_CHAD, "chamber", "Appeals Chamber")),
    ("decisions", "(b) a conviction ruling referred to the Assembly and the Council", _decision("2016-03-21-car-i-bemba-conviction", date="2016-03-21", chamber="Trial Chamber III", kind="conviction",
                                                                                           situation="car-i", persons=["jean-pierre-bemba-gombo"], outcome="convicted", referred_to="ASP+UNSC",
                                                                                           record_number="ICC-01/05-01/08-3343")),
    ("decisions", "(b) a later_rulings_gap on a conviction ruling", _decision("2016-03-21-car-i-bemba-conviction", date="2016-03-21", chamber="Trial Chamber III", kind="conviction",
                                                                          situation="car-i", persons=["jean-pierre-bemba-gombo"], outcome="convicted", later_rulings_gap="searched; none",
                                                                          record_number="ICC-01/05-01/08-3343")),
    ("decisions", "(b) a responses_gap on a finding referred to no one", ed(D_CHAD, lambda o: o.update(referred_to="none", responses_gap="searched the Assembly's documents on 2026-01-01; none"))),
    ("decisions", "(b) interim release of a person never in the Court's custody", _decision("2015-01-01-uganda-kony-interim-release", date="2015-01-01", chamber="Pre-Trial Chamber II",
                                                                                         kind="interim_release", situation="uganda", persons=["joseph-kony"], outcome="granted")),
    ("decisions", "(b) a ruling withdrawing a warrant the warrant's history does not show withdrawn", _decision("2015-01-01-uganda-kony-warrant-withdrawn", date="2015-01-01",
                                                                                                             chamber="Pre-Trial Chamber II", kind="warrant_withdrawn", situation="uganda",
                                                                                                             persons=["joseph-kony"], outcome="withdrawn")),
    ("decisions", "(b) proceedings terminated by a ruling the warrant's history does not show", _decision("2015-01-01-uganda-kony-proceedings-terminated", date="2015-01-01",
                                                                                                        chamber="Pre-Trial Chamber II", kind="proceedings_terminated", situation="uganda",
                                                                                                        persons=["joseph-kony"], outcome="terminated")),
    ("decisions", "(a) a transcript number with an unknown language (T-4-XYZ)", setp(D_CHAD, "record_number", "ICC-02/05-01/09-T-4-XYZ")),
    ("decisions", "(a) a date that exists in no calendar in later_rulings_gap", setp(D_CHAD, "later_rulings_gap", "searched the Court's record on 2026-02-30; none")),
    # --- events -------------------------------------------------------------------------------------------
    ("events", "(b) an arrest during an overflight", ed(E_CHAD, lambda o: o.update(trip="overflight", action="arrest"))),
    ("events", "(a) an occasion that is only an address", setp(E_CHAD, "occasion", "https://www.reuters.com/article/idUSTRE66K3QE20100721")),
    ("events", "(a) a followup that is only an address", setp(E_CHAD, "followup", "https://www.reuters.com/article/idUSTRE66K3QE20100721")),
    ("events", "(a) disputed: true with no note saying why", setp(E_CHAD, "disputed", True)),
    ("events", "(a) a date with an expanded year (+2010-07-21)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "+2010-07-21"')),
    ("events", "(a) a date that exists in no calendar in the followup (2010-07-32)", setp(E_CHAD, "followup", "Visit 21 Jul to 2010-07-32")),
    ("events", "(b) a no-arrest trip of a person under a summons only (before the arrest warrant)",
     event("2012-01-10-abdallah-banda-abakaer-nourain-chad", "2012-01-10", "TCD", person="abdallah-banda-abakaer-nourain")),
    # --- statements ---------------------------------------------------------------------------------------
    ("statements", "(a) a drafter listed twice", setp(ST, "drafters", ["CHE", "CHE"])),
    ("statements", "(a) open_to listing a State twice", ed(ST, lambda s: s.update(open_to=s["signatories"] + [s["signatories"][0]]))),
    ("statements", "(a) the announced count as a float (67.0)", sub(ST, "announced_signatories: 67", "announced_signatories: 67.0")),
    ("statements", "(a) the announced count as a boolean (true)", sub(ST, "announced_signatories: 67", "announced_signatories: true")),
    ("statements", "(d) the announced count 10**30", sub(ST, "announced_signatories: 67", "announced_signatories: 1000000000000000000000000000000")),
    ("statements", "(d) the announced count as NaN", sub(ST, "announced_signatories: 67", "announced_signatories: .nan")),
    # --- measures -----------------------------------------------------------------------------------------
    ("measures", "(b) an unknown author with a State named", setp(MS, "author_kind", "unknown")),
    ("measures", "(b) sanctions against the Court before the Court existed (1999)", add_measure(id="usa-1999-01-01-sanctions", state="USA", kind="sanctions_against_court", title="Sanctions",
                                                                                              date="1999-01-01", summary="Sanctions against the Court's officials.")),
    ("measures", "(a) a summary that is only an address", setp(MS, "summary", "https://www.icc-cpi.int/ukraine")),
    # --- responses ----------------------------------------------------------------------------------------
    ("responses", "(a) related_decisions repeating the response's decision", ed(RS, lambda o: o.update(decision="2010-08-27-chad", related_decisions=["2010-08-27-chad"]))),
    ("responses", "(a) a summary that is only an address", setp(RS, "summary", "https://asp.icc-cpi.int/fr/node/1675")),
    # --- positions ----------------------------------------------------------------------------------------
    ("positions", "(b) a holding on point only in Council referrals, about a State-referred situation", setp(PO, "situations", ["ukraine"])),
    ("positions", "(a) a person listed twice", setp(PO, "persons", [BASHIR, BASHIR])),
    # --- requests -----------------------------------------------------------------------------------------
    ("requests", "(b) same_conduct on the Court's own request", setp(RQ, "same_conduct", True)),
    ("requests", "(b) extradition_obligation on the Court's own request", setp(RQ, "extradition_obligation", True)),
    ("requests", "(b) the Court's arrest request to a State after the person's surrender to the Court", new("requests/2009-01-01-icc-jean-pierre-bemba-gombo-bel.yaml", _dump(
        {"id": "2009-01-01-icc-jean-pierre-bemba-gombo-bel", "date": "2009-01-01", "person": "jean-pierre-bemba-gombo", "requested_state": "BEL",
         "requesting": "ICC", "kind": "arrest_and_surrender", "sources": [dict(ICC)]}))),
    # --- situations ---------------------------------------------------------------------------------------
    ("situations", "(b) an Art. 15 authorisation on a situation the Council referred", setp(DARFUR, "authorisation", {"date": "2005-06-01", "chamber": "Pre-Trial Chamber I",
                                                                                                                    "sources": [dict(ICC)]})),
    ("situations", "(b) an Art. 15 authorisation with no sources", ed(PHL, lambda s: s["authorisation"].update(sources=[]))),
    ("situations", "(b) a referral date on a proprio motu situation", setp(PHL, "referral_date", "2021-09-15")),
    ("situations", "(b) a Council resolution on a State-referred situation", setp(UKR, "unsc_resolution", "unsc-res-1593-2005")),
    ("situations", "(b) referring States on a proprio motu situation", setp(PHL, "referring_states", ["PHL"])),
    # --- meta / lookups -----------------------------------------------------------------------------------
    ("meta", "(a) a kind's checked_against blank", sub("meta.yaml", "    checked_against: the Court's situation pages\n", "    checked_against: ''\n")),
    ("meta", "(a) the licence blank", sub("meta.yaml", "licence: CC-BY-4.0", "licence: ''\nx_unused: CC-BY-4.0", 1)),
    ("meta", "(a) a coverage incomplete item listed twice", ed("meta.yaml", lambda m: m["coverage"]["states"]["incomplete"].append(m["coverage"]["states"]["incomplete"][0]))),
    ("lookups", "(a) a publisher's reason blank", raw("lookups/publishers.yaml", lambda b: _blank_first_reason(b))),
    # --- sources ------------------------------------------------------------------------------------------
    ("sources", "(d) an address with a user and password (https://user:pw@host)", sub(E_CHAD, f"- url: {CHAD_URL}", f"- url: {CHAD_URL.replace('https://', 'https://editor:secret@')}")),
    ("sources", "(c) a bare home page cited as a trip's primary", sub(E_CHAD, f"- url: {CHAD_URL}", "- url: https://www.icc-cpi.int/")),
    ("sources", "(a) the same page twice on one fact, query parameters in another order", _two_sources(E_CHAD, "", "https://www.icc-cpi.int/Pages/item.aspx?name=pr1094&lan=en-GB",
                                                                                                          "https://www.icc-cpi.int/Pages/item.aspx?lan=en-GB&name=pr1094")),
    ("sources", "(a) the same page twice on one fact, with and without www.", _two_sources(E_CHAD, "", CHAD_URL, CHAD_URL.replace("https://www.", "https://"))),
    ("sources", "(a) the same page twice on one fact, percent-escapes in two cases (%2F, %2f)", _two_sources(E_CHAD, "", "https://www.icc-cpi.int/court-record/icc-02%2F05-01%2F09-139",
                                                                                                             "https://www.icc-cpi.int/court-record/icc-02%2f05-01%2f09-139")),
    ("sources", "(a) the same page twice on one fact, a letter percent-escaped (%61)", _two_sources(E_CHAD, "", CHAD_URL, CHAD_URL.replace("/news/", "/new%73/"))),
    ("sources", "(a) a publisher blank", sub(E_CHAD, "  publisher: International Criminal Court", "  publisher: ''")),
    ("sources", "(a) a source title with a line break inside quotes", sub(E_CHAD, "  publisher: International Criminal Court", "  title: \"Pre-Trial Chamber I\\ninforms\"\n  publisher: International Criminal Court")),
    ("sources", "(a) a source date with an impossible date in its note", sub(E_CHAD, "  publisher: International Criminal Court", "  note: read on 2026-02-30\n  publisher: International Criminal Court")),
    ("sources", "(d) an address with a userinfo of only '@' (https://@host)", sub(E_CHAD, f"- url: {CHAD_URL}", f"- url: {CHAD_URL.replace('https://', 'https://@')}")),
    ("sources", "(d) an address with a port of zero", sub(E_CHAD, f"- url: {CHAD_URL}", f"- url: {CHAD_URL.replace('icc-cpi.int/', 'icc-cpi.int:0/')}")),
    # --- a second batch: acts' fields, names that are other things --------------------------------------------
    ("states", "(b) an Art. 12(3) declaration with covers_to and no covers_from", ed("states/JOR.yaml", lambda s: s["participation"].append(
        {"instrument": "rome-statute", "action": "declaration_12_3", "date": "2001-01-01", "covers_to": "2000-12-31", "sources": [dict(ICC)]}))),
    ("states", "(b) an Art. 98(2) agreement with no counterparty", ed("states/JOR.yaml", lambda s: s["participation"].append(
        {"instrument": "rome-statute", "action": "art_98_2_agreement", "date": "2004-01-01", "sources": [dict(ICC)]}))),
    ("states", "(b) a domestic court's ruling naming no court", ed("states/JOR.yaml", lambda s: s["participation"].append(
        {"instrument": "rome-statute", "action": "domestic_court_ruling", "date": "2004-01-01", "sources": [dict(ICC)]}))),
    ("states", "(b) a situation named on a ratification", ed("states/JOR.yaml", lambda s: s["participation"][1].update(situation="darfur-sudan"))),
    ("states", "(a) an official name that is another State's name", ed("states/TCD.yaml", lambda s: s.update(official_name="Sudan"))),
    ("persons", "(a) an alias that is a State's name", ed(P_BASHIR, lambda p: p["aliases"].append("Sudan"))),
    ("persons", "(a) a person's name that is a State's name", sub(P_BASHIR, "name: Omar Hassan Ahmad Al-Bashir", "name: Chad")),
    ("measures", "(b) a situation targeted by sanctions (targets on a measure that is not a referral)", add_measure(
        id="alb-2024-01-01-sanctions-against-court", state="ALB", kind="sanctions_against_court", title="Sanctions", date="2024-01-01",
        targets="ukraine", summary="Sanctions against the Court's officials.")),
    # --- instruments --------------------------------------------------------------------------------------
    ("instruments", "(d) a cooperation paragraph of 10**30", sub("instruments/unsc-res-1593-2005.yaml", "cooperation_paragraph: 2", "cooperation_paragraph: 1000000000000000000000000000000")),
    ("instruments", "(d) a cooperation paragraph of 10**20 (over 64 bits, under the 30-digit limit)", sub("instruments/unsc-res-1593-2005.yaml", "cooperation_paragraph: 2",
                                                                                                        "cooperation_paragraph: 100000000000000000000")),
    ("instruments", "(a) a cooperation paragraph as a float (2.0)", sub("instruments/unsc-res-1593-2005.yaml", "cooperation_paragraph: 2", "cooperation_paragraph: 2.0")),
    ("instruments", "(a) obliges_others that is only an address", setp("instruments/unsc-res-1593-2005.yaml", "obliges_others", "https://undocs.org/S/RES/1593(2005)")),
]


def _no_note(act: dict[str, Any], **fields: Any) -> None:
    act.update(fields)
    act.pop("note", None)
    if fields.get("confidence") == "low":
        act.pop("primary_gap", None)


def _blank_first_reason(b: bytes) -> bytes:
    import re
    return re.sub(rb"\n  reason: [^\n]*(\n    [^\n]*)*", b"\n  reason: ''", b, count=1)


_ = (D_JOR, D_JOR_AP, BANDA_W1, REUTERS)


def run(out: Path, only: set[str] | None = None) -> None:
    """Round fifteen's kinds through the shared runner."""
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
