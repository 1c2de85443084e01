"""Round four of the bad records: the probe (not a test; run by hand, its table is ROUND4.md).

Each kind writes one bad (or, for a control, proper) change into a copy of the small fixture record
(``tests/fixtures/record``, with one clean measure, response, position and request added), runs
``check_dataset`` (what ``iccwatch data check`` and ``data build`` run) and records whether the change
was refused naming the changed file, refused naming another record, passed silently, or crashed.

    PYTHONPATH=src python tests/dataset/round4_probe.py OUT.json

A change whose text to replace is not found raises (a void probe is an error of the probe, not a pass).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from iccwatch.dataset.yaml_io import dump_yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import (  # noqa: E402,F401  (re-exported: rounds five to nine import them from here)
    BASHIR,
    BEMBA_W,
    D_CHAD,
    D_JOR,
    D_JOR_AP,
    DELETE,
    E_BEL,
    E_CHAD,
    E_JOR,
    EXTRA,
    ICC,
    KONY_W,
    MS,
    NTAGANDA_W,
    P_BASHIR,
    P_KONY,
    PO,
    PUTIN_W,
    REUTERS,
    RQ,
    RS,
    SMALL,
    ST,
    W1,
    W2,
    both,
    copy_as,
    ed,
    event,
    new,
    part,
    raw,
    run_kinds,
    setp,
    src_on,
    status,
    sub,
)
from probe_harness import classify as _classify  # noqa: E402

LONG = "x" * 5000


def _second_office(p: dict[str, Any]) -> None:
    """A second office, like the first, taken up on 2010-01-01 and not ended."""
    p["offices"].append({k: v for k, v in p["offices"][0].items() if k != "end"} | {"start": "2010-01-01", "title": "Chairman of the National Congress Party", "kind": "other"})

# (file kind, what was tried, change)
KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    # controls: real records copied in unchanged (and a real case each new rule must leave alone)
    ("controls", "clean record with measure, response, position, request", lambda d: []),
    ("controls", "clean copy of a State file", sub("states/JOR.yaml", "name: Jordan", "name: Jordan")),
    ("controls", "declaration 12(3) by a later party for the period before it joined", part(
        "CIV", {"action": "declaration_12_3_confirmed", "date": "2012-01-10", "covers_from": "2010-11-28"})),
    ("controls", "month-only date on an event", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07"')),
    ("controls", "withdrawal effective on a later date the note names", part(
        "PHL", {"action": "withdrawal_effective", "date": "2019-04-01", "note": "the notification named a later date, 1 April 2019"},
        drop=lambda a: a["action"] == "withdrawal_effective")),
    ("controls", "ad hoc arrangement by a State not party", part(
        "RUS", {"action": "ad_hoc_arrangement", "date": "2010-01-01", "covers_from": "2009-01-01"})),
    ("controls", "Art 124 declaration on the day of ratification", part("TCD", {"action": "declaration_124", "date": "2006-11-01"})),
    ("controls", "finding against a non-party the Council resolution obliges", new("decisions/2010-05-25-sudan.yaml", dump_yaml({
        "id": "2010-05-25-sudan", "date": "2010-05-25", "chamber": "Pre-Trial Chamber I", "state": "SDN", "persons": [BASHIR],
        "situation": "darfur-sudan", "request_type": "arrest_surrender", "finding": "non_compliance", "referred_to": "UNSC",
        "later_rulings_gap": "fixture", "record_number": "ICC-02/05-01/09", "sources": [dict(ICC)]}))),
    ("controls", "Latin name with a Greek word beside it", setp(P_KONY, "aliases", ["Joseph Kony (\u0399\u03c9\u03c3\u03ae\u03c6)"])),
    # warrants (status histories against other records)
    ("warrants", "status arrested before issued", status(KONY_W, {"status": "arrested", "date": "2005-01-01", "by_state": "UGA"})),
    ("warrants", "surrendered before arrested", status(KONY_W, {"status": "surrendered", "date": "2006-01-01", "by_state": "UGA"},
                                                     {"status": "arrested", "date": "2006-02-01", "by_state": "UGA"})),
    ("warrants", "surrendered by one state arrested by another same day", status(
        KONY_W, {"status": "arrested", "date": "2006-01-01", "by_state": "UGA"},
        {"status": "surrendered", "date": "2006-01-01", "by_state": "COD"})),
    ("warrants", "convicted and acquitted same warrant same day", status(
        KONY_W, {"status": "arrested", "date": "2006-01-01", "by_state": "UGA"}, {"status": "surrendered", "date": "2006-02-01", "by_state": "UGA"},
        {"status": "convicted", "date": "2010-01-01"}, {"status": "acquitted", "date": "2010-01-01"})),
    ("warrants", "deceased on one warrant, convicted later on other", both(
        status(W1, {"status": "deceased", "date": "2012-01-01"}),
        status(W2, {"status": "arrested", "date": "2013-01-01", "by_state": "SDN"}))),
    ("warrants", "deceased on two warrants different dates", both(
        status(W1, {"status": "deceased", "date": "2012-01-01"}), status(W2, {"status": "deceased", "date": "2013-01-01"}))),
    ("warrants", "warrant issued after death on other warrant", both(
        status(W1, {"status": "deceased", "date": "2010-01-01"}))),
    ("warrants", "aggression warrant before Kampala activation", setp(PUTIN_W, "crimes", ["war_crimes", "aggression"]) if False else
     both(setp(W1, "crimes", ["war_crimes", "aggression"]))),
    ("warrants", "at large dated before issued", sub(KONY_W, 'status: at_large\n  date: "2005-07-08"', 'status: at_large\n  date: "2005-07-01"')),
    ("warrants", "withdrawn then issued again", status(KONY_W, {"status": "warrant_withdrawn", "date": "2006-01-01"},
                                                     {"status": "issued", "date": "2007-01-01"})),
    ("warrants", "released without by_state never arrested but appeared", status(
        KONY_W, {"status": "released", "date": "2007-01-01"})),
    ("warrants", "two warrants same person same case same crimes same day", copy_as(
        KONY_W, "warrants/joseph-kony-2.yaml", lambda w: w.update(id="joseph-kony-2"))),
    ("warrants", "status date partial before issued day", status(KONY_W, {"status": "arrested", "date": "2005-06", "by_state": "UGA"})),
    ("warrants", "arrested by a State that was not yet a State", status(KONY_W, {"status": "arrested", "date": "2006-01-01", "by_state": "SSD"})),
    ("warrants", "surrendered by state after it withdrew", status(
        KONY_W, {"status": "arrested", "date": "2018-01-01", "by_state": "BDI"}, {"status": "surrendered", "date": "2018-02-01", "by_state": "BDI"})),
    ("warrants", "situation proprio motu with person of other state no jurisdiction", setp(KONY_W, "situation", "philippines")),
    ("warrants", "case number of other person's case", setp(KONY_W, "case_number", "ICC-02/04-01/05")),
    ("warrants", "unsealed equals issued", setp(KONY_W, "unsealed", "2005-07-08")),
    ("warrants", "convicted on summons never appeared", status(
        "warrants/abdallah-banda-abakaer-nourain-2.yaml", {"status": "convicted", "date": "2012-01-01"})),
    ("warrants", "note 19000 chars", setp(KONY_W, "note", "A" * 19000)),
    ("warrants", "id with cyrillic letter", sub(KONY_W, "id: joseph-kony-1", "id: j\u043eseph-kony-1")),
    ("warrants", "issued in the year 2002 before 1 July", setp(KONY_W, "issued", "2002-06")),
    # persons
    ("persons", "office held after death", both(status(W1, {"status": "deceased", "date": "2015-01-01"}))),
    ("persons", "office starts after death", both(status(W1, {"status": "deceased", "date": "1980-01-01"}))),
    ("persons", "office taken up after death", both(status(W1, {"status": "deceased", "date": "2009-06-01"}),
                                                    ed(P_BASHIR, _second_office))),
    ("persons", "name 5000 chars", setp(P_KONY, "name", "Joseph " + "K" * 5000)),
    ("persons", "alias 3000 chars", setp(P_KONY, "aliases", ["Joseph " + "R" * 3000])),
    ("persons", "nationality greek nu lookalike", setp(P_KONY, "nationality", ["UG\u0391"])),
    ("persons", "nationality twice", setp(P_KONY, "nationality", ["UGA", "UGA"])),
    ("persons", "office state lower", setp(P_KONY, "offices.0.state", "uga")),
    ("persons", "head of state office of a non-existent code", setp(P_BASHIR, "offices.0.state", "XXK")),
    ("persons", "office start 0000-01-01", setp(P_BASHIR, "offices.0.start", "0000-01-01")),
    ("persons", "office start 2019-02-29", setp(P_BASHIR, "offices.0.end", "2019-02-29")),
    ("persons", "office start before 1800", setp(P_BASHIR, "offices.0.start", "1789-06-30")),
    ("persons", "office sources fragment only url", src_on(P_BASHIR, "offices.0", {"url": "#section", "kind": "secondary"})),
    ("persons", "id with fullwidth hyphen", sub(P_KONY, "id: joseph-kony", "id: joseph\uff0dkony")),
    ("persons", "name with trailing nbsp escape", setp(P_KONY, "name", "Joseph Kony\u00a0")),
    ("persons", "name all caps unicode lookalike", setp(P_KONY, "name", "J\u043eseph Kony")),
    # events
    ("events", "host own State after warrant executed", both(
        status(KONY_W, {"status": "arrested", "date": "2006-01-01", "by_state": "UGA"}, {"status": "surrendered", "date": "2006-02-01", "by_state": "UGA"}),
        event("2007-01-01-joseph-kony-uganda", "2007-01-01", "UGA", person="joseph-kony"))),
    ("events", "arrest event by other State than status by_state", event(
        "2008-05-24-jean-pierre-bemba-gombo-france", "2008-05-24", "FRA", action="arrest", person="jean-pierre-bemba-gombo")),
    ("events", "surrender event with no surrender in any warrant", event(
        "2012-01-01-omar-hassan-ahmad-al-bashir-chad", "2012-01-01", "TCD", action="surrender")),
    ("events", "id names other person", sub(E_CHAD, "person: omar-hassan-ahmad-al-bashir", "person: joseph-kony")),
    ("events", "trip before person's first warrant", event(f"2008-01-01-{BASHIR}-chad", "2008-01-01", "TCD")),
    ("events", "event after person's death", both(status(W1, {"status": "deceased", "date": "2010-01-01"}))),
    ("events", "end_date before date same month", setp(E_CHAD, "end_date", "2010-07-20")),
    ("events", "end_date 2010-07-32", setp(E_CHAD, "end_date", "2010-07-32")),
    ("events", "host party reported false for a party", setp(E_JOR, "host_party_reported", False)),
    ("events", "visit to a state that did not exist then", event(f"2010-01-01-{BASHIR}-south-sudan", "2010-01-01", "SSD")),
    ("events", "occasion 5000 chars", setp(E_CHAD, "occasion", LONG)),
    ("events", "followup with tab", setp(E_CHAD, "followup", "Visit\t21-23 Jul 2010")),
    ("events", "file name with id of other date", lambda d: [shutil.move(d / E_CHAD, d / "events/2010-07-22-x.yaml") and "events/2010-07-22-x.yaml"][0:1]),
    ("events", "arrest on planned trip", setp(E_CHAD, "trip", "planned")),
    ("events", "event state ZZZ", setp(E_CHAD, "state", "ZZZ")),
    # decisions
    ("decisions", "finding against a State not party and not obliged", both(
        event(f"2015-06-14-{BASHIR}-russia", "2015-06-14", "RUS"),
        new("decisions/2015-09-01-russia.yaml", dump_yaml({
            "id": "2015-09-01-russia", "date": "2015-09-01", "chamber": "Pre-Trial Chamber II", "state": "RUS", "persons": [BASHIR],
            "situation": "darfur-sudan", "request_type": "arrest_surrender", "finding": "non_compliance", "referred_to": "none",
            "events": [f"2015-06-14-{BASHIR}-russia"], "later_rulings_gap": "fixture", "sources": [dict(ICC)]})))),
    ("decisions", "appeal of a decision about another State", setp(D_JOR_AP, "appeal_of", "2010-08-27-chad")),
    ("decisions", "follows a later decision", setp(D_CHAD, "follows", "2019-05-06-jordan")),
    ("decisions", "reversed on appeal without appeal_of", both(setp(D_CHAD, "finding", "reversed_on_appeal"))),
    ("decisions", "finding no persons", setp(D_JOR, "persons", [])),
    ("decisions", "appeal decided by a pre-trial chamber", setp(D_JOR_AP, "chamber", "Pre-Trial Chamber II")),
    ("decisions", "appeal before the appealed decision", setp(D_JOR_AP, "date", "2017-12-10")),
    ("decisions", "decision date 2019-02-30", setp(D_JOR_AP, "date", "2019-02-30")),
    ("decisions", "events of another person", setp(D_JOR, "events", [E_BEL.split("/")[1][:-5]])),
    ("decisions", "chamber 3000 chars", setp(D_JOR, "chamber", "Pre-Trial Chamber " + "I" * 3000)),
    ("decisions", "record number with trailing text", setp(D_JOR, "record_number", "ICC-02/05-01/09-309 and more")),
    ("decisions", "finding about a State after its withdrawal took effect", both(
        event(f"2018-02-01-{BASHIR}-burundi", "2018-02-01", "BDI"),
        new("decisions/2018-06-01-burundi.yaml", dump_yaml({
            "id": "2018-06-01-burundi", "date": "2018-06-01", "chamber": "Pre-Trial Chamber II", "state": "BDI", "persons": [BASHIR],
            "situation": "darfur-sudan", "request_type": "arrest_surrender", "finding": "non_compliance", "referred_to": "ASP",
            "events": [f"2018-02-01-{BASHIR}-burundi"], "later_rulings_gap": "fixture", "sources": [dict(ICC)]})))),
    ("decisions", "referred to UNSC in a State-referral situation", both(
        event("2024-01-01-vladimir-vladimirovich-putin-philippines", "2024-01-01", "PHL", person="vladimir-vladimirovich-putin"),
        new("decisions/2024-06-01-philippines.yaml", dump_yaml({
            "id": "2024-06-01-philippines", "date": "2024-06-01", "chamber": "Pre-Trial Chamber II", "state": "MNG",
            "persons": ["vladimir-vladimirovich-putin"], "situation": "ukraine", "request_type": "arrest_surrender",
            "finding": "non_compliance", "referred_to": "UNSC", "later_rulings_gap": "fixture", "sources": [dict(ICC)]})))),
    ("decisions", "finding against a State for a visit before it joined", both(
        event("2006-05-01-joseph-kony-chad", "2006-05-01", "TCD", person="joseph-kony"),
        new("decisions/2006-06-01-chad.yaml", dump_yaml({
            "id": "2006-06-01-chad", "date": "2006-06-01", "chamber": "Pre-Trial Chamber II", "state": "TCD", "persons": ["joseph-kony"],
            "situation": "uganda", "request_type": "arrest_surrender", "finding": "non_compliance", "referred_to": "ASP",
            "events": ["2006-05-01-joseph-kony-chad"], "later_rulings_gap": "fixture", "sources": [dict(ICC)]})))),
    ("decisions", "conviction ruling with no conviction in the warrant", new("decisions/2016-03-21-car-i-bemba-conviction.yaml", dump_yaml({
        "id": "2016-03-21-car-i-bemba-conviction", "date": "2016-03-21", "chamber": "Trial Chamber III", "kind": "conviction",
        "persons": ["joseph-kony"], "situation": "uganda", "outcome": "convicted", "sources": [dict(ICC)]}))),
    ("decisions", "sentence before any conviction", new("decisions/2007-01-01-uganda-sentence.yaml", dump_yaml({
        "id": "2007-01-01-uganda-sentence", "date": "2007-01-01", "chamber": "Trial Chamber II", "kind": "sentence",
        "persons": ["joseph-kony"], "situation": "uganda", "outcome": "sentenced", "sources": [dict(ICC)]}))),
    ("controls", "conviction ruling on the day the warrant records it", new("decisions/2016-03-21-car-i-bemba-conviction.yaml", dump_yaml({
        "id": "2016-03-21-car-i-bemba-conviction", "date": "2016-03-21", "chamber": "Trial Chamber III", "kind": "conviction",
        "persons": ["jean-pierre-bemba-gombo"], "situation": "car-i", "outcome": "convicted", "sources": [dict(ICC)]}))),
    ("decisions", "conviction ruling on another day than the warrant's conviction", new("decisions/2016-03-22-car-i-bemba-conviction.yaml", dump_yaml({
        "id": "2016-03-22-car-i-bemba-conviction", "date": "2016-03-22", "chamber": "Trial Chamber III", "kind": "conviction",
        "persons": ["jean-pierre-bemba-gombo"], "situation": "car-i", "outcome": "convicted", "sources": [dict(ICC)]}))),
    ("decisions", "acquittal ruling where the warrant records only convictions", new("decisions/2019-07-08-drc-ntaganda-acquittal.yaml", dump_yaml({
        "id": "2019-07-08-drc-ntaganda-acquittal", "date": "2019-07-08", "chamber": "Trial Chamber VI", "kind": "acquittal",
        "persons": ["bosco-ntaganda"], "situation": "drc", "outcome": "acquitted", "sources": [dict(ICC)]}))),
    ("decisions", "two decisions with one filing number", copy_as(D_JOR_AP, "decisions/2019-06-01-jordan.yaml", lambda x: x.update(
        id="2019-06-01-jordan", date="2019-06-01"))),
    ("positions", "court holding dated otherwise than the ruling it cites", both(
        setp(D_JOR_AP, "record_number", "ICC-02/05-01/09-397 (OA2)"), setp(PO, "date", "2019-05-07"))),
    ("controls", "position dated as the ruling it cites", setp(D_JOR_AP, "record_number", "ICC-02/05-01/09-397 (OA2)")),
    ("controls", "situation in a party and a State never party", ed("situations/car-i.yaml", lambda x: x["states"].append("RUS"))),
    ("situations", "Council referral naming referring States", setp("situations/darfur-sudan.yaml", "referring_states", ["JOR"])),
    ("states", "Art 12(3) declaration for a situation in another State", part(
        "RUS", {"action": "declaration_12_3", "date": "2016-01-01", "covers_from": "2014-01-01", "situation": "ukraine"})),
    ("measures", "sanctions against the Court by a State Party", new("measures/alb-2021-01-01-sanctions-against-court-x.yaml", dump_yaml({
        "id": "alb-2021-01-01-sanctions-against-court-x", "state": "ALB", "kind": "sanctions_against_court", "title": "x",
        "date": "2021-01-01", "summary": "x", "sources": [dict(REUTERS)]}))),
    ("states", "APIC ratification by a State not party to the Statute", part(
        "RUS", {"instrument": "apic", "action": "ratification", "date": "2010-05-01"}, {"instrument": "apic", "action": "entry_into_force", "date": "2010-05-31"})),
    ("sources", "the Court's own page cited as secondary", src_on(E_CHAD, "", {**ICC, "kind": "secondary"})),
    ("events", "trip spanning an arrest by another State", event(
        "2008-05-23-jean-pierre-bemba-gombo-portugal", "2008-05-23", "PRT", person="jean-pierre-bemba-gombo", end_date="2008-06-30")),
    ("decisions", "finding of non-compliance on a cancelled trip", both(
        event(f"2017-11-01-{BASHIR}-jordan", "2017-11-01", "JOR", action="visit_cancelled", cancelled_by="visitor_stayed_away"),
        setp(D_JOR, "events", [f"2017-11-01-{BASHIR}-jordan"]))),
    ("positions", "holding of the Court before the Court existed", setp(PO, "date", "2001-05-06")),
    ("warrants", "summons to appear ending in a surrender", status(
        "warrants/abdallah-banda-abakaer-nourain-2.yaml", {"status": "surrendered", "date": "2011-01-01", "by_state": "SDN"})),
    ("meta.yaml", "events checked through a date before the Court", sub("meta.yaml", 'events:\n    checked_through: "2025-12-31"',
                                                                       'events:\n    checked_through: "1990-12-31"')),
    ("events", "arrest and release where the warrant records a surrender that day", both(
        setp(E_BEL, "action", "arrest_and_release"))),
    ("responses", "Assembly response before the Assembly first met", copy_as(
        RS, "responses/2002-07-15-asp-president-letter-chad.yaml", lambda x: x.update(id="2002-07-15-asp-president-letter-chad", date="2002-07-15"))),
    ("events", "two visits to two States on one day", event(f"2017-03-29-{BASHIR}-chad", "2017-03-29", "TCD")),
    ("events", "no-arrest visit on the day of surrender by another State", event(
        "2008-07-03-jean-pierre-bemba-gombo-france", "2008-07-03", "FRA", person="jean-pierre-bemba-gombo")),
    ("statements", "statement before the Statute entered into force calling signatories States Parties", setp(ST, "date", "2001-06-23")),
    ("decisions", "finding of non-compliance on an overflight", both(setp(E_JOR, "trip", "overflight"))),
    # states and participation
    ("states", "Art 12(3) declaration by a party for its party period", part(
        "JOR", {"action": "declaration_12_3", "date": "2010-01-01", "covers_from": "2009-01-01"})),
    ("states", "Art 12(3) declaration covers from before 2002-07-01", part(
        "UKR", {"action": "declaration_12_3", "date": "2016-01-01", "covers_from": "2001-01-01"})),
    ("states", "withdrawal effective two years after notification, no note", part(
        "BDI", {"action": "withdrawal_effective", "date": "2018-10-27"}, drop=lambda a: a["action"] == "withdrawal_effective")),
    ("states", "withdrawal effective without notification", part(
        "JOR", {"action": "withdrawal_effective", "date": "2020-01-01"})),
    ("states", "entry into force exactly day 60", part(
        "TCD", {"action": "entry_into_force", "date": "2006-12-31"}, drop=lambda a: a["action"] == "entry_into_force")),
    ("states", "entry into force on deposit day", part(
        "TCD", {"action": "entry_into_force", "date": "2006-11-01"}, drop=lambda a: a["action"] == "entry_into_force")),
    ("states", "two entry into force for one ratification", part("TCD", {"action": "entry_into_force", "date": "2007-02-01"})),
    ("states", "accession by a signatory", part(
        "TCD", {"action": "accession", "date": "2006-11-01"}, drop=lambda a: a["action"] == "ratification")),
    ("states", "ratification without signature", part("MNG", drop=lambda a: a["action"] == "signature")),
    ("states", "art 98 agreement before statute adoption", part("JOR", {"action": "art_98_2_agreement", "date": "1997-01-01", "counterparty": "FRA"})),
    ("states", "declaration 124 long after becoming party", part("FRA", {"action": "declaration_124", "date": "2010-01-01"})),
    ("states", "declaration 124 by a non party", part("RUS", {"action": "declaration_124", "date": "2010-01-01"})),
    ("states", "signature withdrawn by a party", part("JOR", {"action": "signature_withdrawn", "date": "2010-01-01"})),
    ("states", "signature withdrawn without signature", part("PSE", {"action": "signature_withdrawn", "date": "2010-01-01"})),
    ("states", "withdrawal revoked without notification", part("JOR", {"action": "withdrawal_revoked", "date": "2010-01-01"})),
    ("states", "withdrawal announced after it took effect", part("BDI", {"action": "withdrawal_announced", "date": "2018-01-01"})),
    ("states", "12(3) declaration confirmed without declaration", part("JOR", {"action": "declaration_12_3_confirmed", "date": "2010-01-01"})),
    ("states", "ad hoc arrangement for a State party", part("JOR", {"action": "ad_hoc_arrangement", "date": "2010-01-01", "covers_from": "2009-01-01"})),
    ("states", "kampala ratification before rome ratification", part(
        "TCD", {"instrument": "kampala-aggression", "action": "ratification", "date": "2011-01-01"})),
    ("states", "apic entry into force before apic deposit", part(
        "TCD", {"instrument": "apic", "action": "ratification", "date": "2010-05-01"},
        {"instrument": "apic", "action": "entry_into_force", "date": "2010-04-01"})),
    ("states", "iso3 with cyrillic A", sub("states/ALB.yaml", "iso3: ALB", "iso3: \u0410LB")),
    ("states", "iso2 with lookalike", sub("states/ALB.yaml", "iso2: AL", "iso2: A\u029f")),
    ("states", "name 3000 chars", setp("states/ALB.yaml", "name", "Albania" + "a" * 3000)),
    ("states", "participation date 0000-01-01", part("JOR", {"action": "art_98_2_agreement", "date": "0000-01-01", "counterparty": "FRA"})),
    ("states", "succession by a State that existed before", part("JOR", {"action": "succession", "date": "2010-01-01"})),
    ("states", "legislation enacted after withdrawal effective", ed("states/BDI.yaml", lambda s: s.setdefault(
        "implementing_legislation", []).append({"status": "enacted", "as_of": "2019-01-01", "law": "law x", "sources": [dict(REUTERS)]}))),
    ("states", "legislation as_of 2024-02-30", ed("states/BDI.yaml", lambda s: s.setdefault(
        "implementing_legislation", []).append({"status": "draft", "as_of": "2024-02-30", "law": "bill x", "sources": [dict(REUTERS)]}))),
    ("states", "un status observer for a member", setp("states/JOR.yaml", "un_status", "observer")),
    # situations
    ("situations", "referral by a State that withdrew", setp("situations/uganda.yaml", "referring_states", ["BDI"]) if False else
     both(setp("situations/car-i.yaml", "referring_states", ["PHL"]), setp("situations/car-i.yaml", "referral_date", "2020-01-01"),
          setp("situations/car-i.yaml", "investigation_opened", "2020-06-01"))),
    ("situations", "situation states a non-existent code", setp("situations/drc.yaml", "states", ["XKX"])),
    ("situations", "proprio motu investigation of a non-party with no declaration", setp("situations/philippines.yaml", "states", ["RUS"])),
    ("situations", "icc number of another situation", setp("situations/uganda.yaml", "icc_number", "ICC-01/04")),
    ("situations", "name 3000 chars", setp("situations/uganda.yaml", "name", "Uganda" + "a" * 3000)),
    ("situations", "investigation in a State that accepted jurisdiction only later", both(
        setp("situations/car-i.yaml", "states", ["UKR"]), setp("situations/car-i.yaml", "trigger", "proprio_motu"),
        setp("situations/car-i.yaml", "referring_states", DELETE), setp("situations/car-i.yaml", "referral_date", DELETE))),
    # statements
    ("statements", "signed by a State that did not exist then", ed(ST, lambda s: (s["signatories"].append("SSD"), s.update(announced_signatories=68)))),
    ("statements", "signatory lookalike code", ed(ST, lambda s: s["signatories"].__setitem__(0, "\u0410ND"))),
    ("statements", "drafter listed twice", setp(ST, "drafters", ["FRA", "FRA"])),
    ("statements", "open_to that excludes a drafter", setp(ST, "open_to", ["FRA"])),
    ("statements", "title 3000 chars", setp(ST, "title", "Joint statement " + "x" * 3000)),
    ("statements", "date 2020-06-31", setp(ST, "date", "2020-06-31")),
    # measures
    ("measures", "situation referral not among referring states", copy_as(MS, "measures/jor-2022-03-02-situation-referral-ukraine.yaml",
     lambda m: m.update(id="jor-2022-03-02-situation-referral-ukraine", state="JOR"))),
    ("measures", "situation referral on another day than the situation's referral", copy_as(
        MS, "measures/alb-2022-04-01-situation-referral-ukraine.yaml", lambda m: m.update(id="alb-2022-04-01-situation-referral-ukraine", date="2022-04-01"))),
    ("measures", "situation referral dated before the situation's first referral", copy_as(
        MS, "measures/alb-2022-02-01-situation-referral-ukraine.yaml", lambda m: m.update(id="alb-2022-02-01-situation-referral-ukraine", date="2022-02-01"))),
    ("measures", "situation referral of a Council-referred situation", copy_as(
        MS, "measures/alb-2022-03-02-situation-referral-darfur.yaml", lambda m: m.update(id="alb-2022-03-02-situation-referral-darfur", targets="darfur-sudan"))),
    ("measures", "situation referral targets unknown situation text", setp(MS, "targets", "narnia")),
    ("measures", "sanctions lifted before sanctions", both(
        new("measures/alb-2010-01-01-sanctions-against-court-x.yaml", dump_yaml({
            "id": "alb-2010-01-01-sanctions-against-court-x", "state": "ALB", "kind": "sanctions_against_court", "title": "x",
            "date": "2010-01-01", "summary": "x", "sources": [dict(REUTERS)]})),
        new("measures/alb-2009-01-01-sanctions-lifted-x.yaml", dump_yaml({
            "id": "alb-2009-01-01-sanctions-lifted-x", "state": "ALB", "kind": "sanctions_lifted", "title": "x",
            "date": "2009-01-01", "summary": "x", "sources": [dict(REUTERS)]})))),
    ("measures", "referral by a non-party on the date", copy_as(MS, "measures/rus-2022-03-02-situation-referral-ukraine.yaml",
     lambda m: m.update(id="rus-2022-03-02-situation-referral-ukraine", state="RUS"))),
    ("measures", "title 3000 chars", setp(MS, "title", "x" * 3000)),
    ("measures", "date 2022-02-29", setp(MS, "date", "2022-02-29")),
    # responses
    ("responses", "UNSC response with an ASP document symbol", both(
        setp(RS, "body", "UNSC"), setp(RS, "kind", "unsc_discussion"), setp(RS, "situation", "darfur-sudan"),
        setp(RS, "document", "ICC-ASP/11/Res.5"), setp(RS, "acted", False))),
    ("responses", "ASP response with a Council document symbol", both(setp(RS, "document", "S/PV.7000"))),
    ("responses", "response about a situation the Council did not refer", both(
        setp(RS, "body", "UNSC"), setp(RS, "kind", "unsc_discussion"), setp(RS, "situation", "uganda"), setp(RS, "acted", False))),
    ("responses", "response states a lookalike code", setp(RS, "states", ["TC\u0110"])),
    ("responses", "response to a finding about other State names only others", copy_as(
        RS, "responses/2018-02-01-asp-president-letter-chad.yaml",
        lambda x: x.update(id="2018-02-01-asp-president-letter-chad", date="2018-02-01", decision="2017-12-11-jordan"))),
    ("responses", "summary 19000 chars", setp(RS, "summary", "x" * 19000)),
    # positions
    ("positions", "court holding not by a chamber", setp(PO, "held_by", "Government of Jordan")),
    ("positions", "court holding by the Office of the Prosecutor", setp(PO, "held_by", "ICC Office of the Prosecutor")),
    ("positions", "court holding record number of other situation", setp(PO, "record_number", "ICC-01/22-90")),
    ("positions", "position date before the decision it reports", setp(PO, "date", "2019-05-05")),
    ("positions", "court holding without record number and without date", both(setp(PO, "record_number", DELETE), setp(PO, "date", DELETE))),
    ("positions", "scope unsc referral on a non-court position", both(setp(PO, "court", False))),
    # requests
    ("requests", "court request after the person's death", both(status(W1, {"status": "deceased", "date": "2009-03-05"}))),
    ("requests", "court request after the warrant was withdrawn", both(
        status(W1, {"status": "warrant_withdrawn", "date": "2009-03-05"}), status(W2, {"status": "warrant_withdrawn", "date": "2010-07-13"}))),
    ("requests", "same_conduct on the Court's request", setp(RQ, "same_conduct", True)),
    ("requests", "extradition obligation on the Court's request", setp(RQ, "extradition_obligation", True)),
    ("requests", "requesting state lookalike", setp(RQ, "requesting", "J\u041eR")),
    ("requests", "request to a State that did not exist then", setp(RQ, "requested_state", "SSD")),
    ("requests", "request id names other date", setp(RQ, "date", "2009-03-07")),
    # sources
    ("sources", "source dated after the record's checked_through", src_on(E_CHAD, "", {**REUTERS, "date": "2026-07-01"})),
    ("sources", "source dated after kind's checked_through", src_on(E_CHAD, "", {**REUTERS, "date": "2026-01-15"})),
    ("sources", "primary source on a news domain reuters", src_on(E_CHAD, "", {**REUTERS, "kind": "primary"})),
    ("sources", "url with encoded space and fragment", src_on(E_CHAD, "", {**REUTERS, "url": "https://www.reuters.com/a%20b#frag"})),
    ("sources", "same url cited twice with different titles", src_on(E_CHAD, "", {**ICC, "url": E_CHAD and
        "https://www.icc-cpi.int/news/pre-trial-chamber-i-informs-security-council-and-assembly-states-parties-about-omar-al-bashirs",
        "title": "other", "publisher": "International Criminal Court"})),
    ("sources", "pinpoint on a secondary source", src_on(E_CHAD, "", {**REUTERS, "pinpoint": "para. 3"})),
    ("sources", "url with unicode lookalike host", src_on(E_CHAD, "", {**REUTERS, "url": "https://www.reuters.c\u043em/x"})),
    ("sources", "url with trailing whitespace inside", src_on(E_CHAD, "", {**REUTERS, "url": "https://www.reuters.com/x\u00a0"})),
    ("sources", "url with tab", src_on(E_CHAD, "", {**REUTERS, "url": "https://www.reuters.com/x\ty"})),
    ("sources", "url 5000 chars", src_on(E_CHAD, "", {**REUTERS, "url": "https://www.reuters.com/" + "a" * 5000})),
    ("sources", "source date 2024-02-30", src_on(E_CHAD, "", {**REUTERS, "date": "2024-02-30"})),
    ("sources", "source date 0000-01-01", src_on(E_CHAD, "", {**REUTERS, "date": "0000-01-01"})),
    ("sources", "source date before 1800", src_on(E_CHAD, "", {**REUTERS, "date": "1799-12-31"})),
    ("sources", "title 5000 chars", src_on(E_CHAD, "", {**REUTERS, "title": LONG})),
    ("sources", "copy_of empty", src_on(E_CHAD, "", {**REUTERS, "copy_of": ""})),
    ("sources", "primary source with copy_of", src_on(E_CHAD, "", {**ICC, "copy_of": "the Court's decision"})),
    ("sources", "url query with javascript", src_on(E_CHAD, "", {**REUTERS, "url": "https://www.reuters.com/?next=javascript:alert(1)"})),
    ("sources", "url with credentials-like path", src_on(E_CHAD, "", {**REUTERS, "url": "https://www.reuters.com/@evil.com/x"})),
    ("sources", "url http with port 443", src_on(E_CHAD, "", {**REUTERS, "url": "http://www.reuters.com:443/x"})),
    ("sources", "url host only with trailing dot", src_on(E_CHAD, "", {**REUTERS, "url": "https://reuters.com./x"})),
    ("sources", "source publisher 3000 chars", src_on(E_CHAD, "", {**REUTERS, "publisher": "R" * 3000})),
    ("sources", "source note with NUL escape", src_on(E_CHAD, "", {**REUTERS, "note": "a\x00b"})),
    ("sources", "source pinpoint para 3-3", src_on(E_CHAD, "", {**ICC, "pinpoint": "paras. 3-3"})),
    ("sources", "source date partial after fact far later", src_on(E_CHAD, "", {**REUTERS, "date": "2024"})),
    # meta and assertions
    ("meta.yaml", "kind checked through after the record's", sub("meta.yaml", 'events:\n    checked_through: "2025-12-31"',
                                                                 'events:\n    checked_through: "2026-09-30"')),
    ("meta.yaml", "checked_through 2026-02-30", sub("meta.yaml", 'checked_through: "2026-05-31"\nlicence', 'checked_through: "2026-02-30"\nlicence')),
    ("meta.yaml", "coverage kind lookalike key", sub("meta.yaml", "  events:\n", "  ev\u0435nts:\n")),
    ("assertions.yaml", "parties_on before the statute", sub("assertions.yaml", 'parties_on:\n', 'parties_on:\n  "1999-01-01": 0\n')),
    ("assertions.yaml", "parties_on 2025-02-30", sub("assertions.yaml", '"2025-01-01": 78', '"2025-02-30": 78')),
    ("assertions.yaml", "counts min greater than state codes", sub("assertions.yaml", "states: {min: 82, max: 82}", "states: {min: 82, max: 82000}")),
    # lookups
    ("lookups", "publisher domain with unicode lookalike", sub("lookups/publishers.yaml", "- domain: 24.kg", "- domain: 24.k\u0261")),
    ("lookups", "publisher name 3000 chars", sub("lookups/publishers.yaml", "name: 24.kg", "name: " + "k" * 3000)),
    # YAML and encodings
    ("YAML and encodings", "BOM and CRLF and tabs in a value", raw(E_CHAD, lambda b: b"\xef\xbb\xbf" + b.replace(b"\n", b"\r\n").replace(b"Visit 21", b"Visit\t21"))),
    ("YAML and encodings", "NUL at end of file", raw(E_CHAD, lambda b: b + b"\x00")),
    ("YAML and encodings", "escaped NUL in double quotes", sub(E_CHAD, "followup: Visit", 'followup: "Visit\\0"\nx_: Visit')),
    ("YAML and encodings", "escaped bidi override", sub(E_CHAD, "followup: Visit 21-23 Jul 2010; PTC I informed UNSC and ASP on 2010-08-27",
                                                       'followup: "Visit \\u202e21-23 Jul 2010"')),
    ("YAML and encodings", "anchor and alias on a source", sub(E_CHAD, "sources:\n- url:", "sources:\n- &s\n  url:")),
    ("YAML and encodings", "merge key in a source", raw(E_CHAD, lambda b: b + b"note: x\n<<: {occasion: y}\n")),
    ("YAML and encodings", "second document after ---", raw(E_CHAD, lambda b: b + b"---\nid: other\n")),
    ("YAML and encodings", "python object tag", raw(E_CHAD, lambda b: b + b"note: !!python/object:builtins.object {}\n")),
    ("YAML and encodings", "str tag on a date", sub(E_CHAD, 'date: "2010-07-21"', 'date: !!str 2010-07-21')),
    ("YAML and encodings", "int tag on a string", sub("states/JOR.yaml", "numeric: '400'", "numeric: !!int '400'")),
    ("YAML and encodings", "timestamp unquoted date", sub(E_CHAD, 'date: "2010-07-21"', 'date: 2010-07-21')),
    ("YAML and encodings", "key on is boolean key 1.1", raw(E_CHAD, lambda b: b + b"on: x\n")),
    ("YAML and encodings", "null key tilde", raw(E_CHAD, lambda b: b + b"~: x\n")),
    ("YAML and encodings", "quoted merge key as text", raw(E_CHAD, lambda b: b + b"'<<': x\n")),
    ("YAML and encodings", "value with line separator escape", sub(E_CHAD, "action: no_arrest", 'action: "no_arrest\\u2028"')),
    ("YAML and encodings", "zero width space in id", sub(E_CHAD, "id: 2010-07-21-omar-hassan-ahmad-al-bashir-chad", "id: \"2010-07-21\u200b-omar-hassan-ahmad-al-bashir-chad\"")),
    ("YAML and encodings", "surrogate escape", sub(E_CHAD, "followup: Visit", 'followup: "\\ud800 Visit"\nx_: Visit')),
    ("YAML and encodings", "flow sequence with trailing comma", sub(E_CHAD, "state: TCD", "state: [TCD,]")),
    ("YAML and encodings", "block scalar with indentation indicator", sub(E_CHAD, "followup: Visit", "followup: |2-\n   Visit\nx_: Visit")),
    ("YAML and encodings", "tab after key colon", sub(E_CHAD, "state: TCD", "state:\tTCD")),
    ("YAML and encodings", "very long key-less comment line", raw(E_CHAD, lambda b: b + b"# " + b"x" * 500000 + b"\n")),
    # files and folders
    ("files and folders", "file name lookalike of its id", lambda d: [(shutil.move(d / P_KONY, d / "persons/j\u043eseph-kony.yaml"), "persons/j\u043eseph-kony.yaml")[1]]),
    ("files and folders", "duplicate id across folders warrant and person", copy_as(KONY_W, "warrants/joseph-kony.yaml", lambda w: w.update(id="joseph-kony"))),
    ("files and folders", "symlink to a record of the same kind", lambda d: [(d / "persons/kony2.yaml").symlink_to(d / P_KONY) or "persons/kony2.yaml"]),
    ("files and folders", "empty hidden folder in a kind folder", lambda d: [(d / "persons/.cache").mkdir() or "persons/.cache"]),
    ("files and folders", "file named .yaml", new("persons/.yaml", "id: x\n")),
    ("files and folders", "record file with yaml uppercase stem", lambda d: [(shutil.move(d / P_KONY, d / "persons/JOSEPH-KONY.yaml"), "persons/JOSEPH-KONY.yaml")[1]]),
]


Classify = Callable[[list[Any], list[str], set[str]], tuple[str, list[str]]]


def run(out: Path, only: set[str] | None = None, kinds: list[tuple[str, str, Callable[[Path], list[str]]]] | None = None,
        classify: Classify | None = None) -> None:
    """Each kind of ``kinds`` (round four's by default) through the shared runner (probe_harness.run_kinds);
    ``classify`` reads its problems, the changed files and the problems of the unchanged record (default: round
    four's ``_classify``, errors only)."""
    run_kinds(kinds or KINDS, EXTRA, out, only, classify or (lambda problems, changed, _base: _classify(problems, changed)))


if __name__ == "__main__":
    run(Path(sys.argv[1]), set(sys.argv[2:]) or None)
