"""Round seventeen of the bad records: the probe (not a test; run by hand, its table is ROUND17.md).

As rounds seven to sixteen, through the shared harness (``probe_harness.py``): each kind writes one bad (or, for a
control, proper) change into a copy of the small fixture record with round four's clean measure, response, position
and request added, runs ``check_dataset`` (what ``iccwatch data check`` and ``data build`` run) and records whether
the change was refused naming the changed file, refused naming another record, warned, passed silently, or crashed.
Round seventeen thinks as an editor writing the YAML by hand or through the monitor's review: records valid alone that
contradict another (custody spells of two States at once, a surrender before the warrant, a finding against a State
not bound, a response before its finding, a statement signed by a State before it existed), sources (one address
twice, copies that loop, a primary on an outlet graded X), dates in ISO 8601's other forms (week, ordinal, time, zone,
interval), names and ids (case, accents, file names, aliases) and the cross-references between records.

The review's ``--set`` values are probed by ``round17_paths.py``.

    PYTHONPATH=src python tests/dataset/round17_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round17_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import (  # noqa: E402
    BASHIR,
    D_CHAD,
    D_JOR,
    E_JOR,
    EXTRA,
    ICC,
    KONY_W,
    MS,
    P_BASHIR,
    P_KONY,
    RQ,
    RS,
    ST,
    W1,
    W2,
    add_measure,
    both,
    copy_as,
    custody,
    ed,
    event,
    main,
    run_kinds,
    setp,
    src_on,
    status,
)

KONY = "joseph-kony"
R1593 = "instruments/unsc-res-1593-2005.yaml"
DARFUR = "situations/darfur-sudan.yaml"
UGANDA = "situations/uganda.yaml"
PUBS = "lookups/publishers.yaml"


def _new_state(iso3: str, iso2: str, numeric: str, name: str, since: str | None) -> Callable[[Path], list[str]]:
    """A State copied from Chad's file with its codes, names and (where given) the day it came into being; no acts."""
    def fn(s: dict[str, Any]) -> None:
        s.update(iso3=iso3, iso2=iso2, numeric=numeric, name=name, name_fr=name, official_name=name, official_name_fr=name)
        s["participation"] = []
        s.pop("implementing_legislation", None)
        if since:
            s["since"] = {"date": since, "sources": [{"url": "https://www.un.org/en/about-us/member-states", "title": "Member States",
                                                      "publisher": "United Nations", "kind": "primary"}]}
    return copy_as("states/TCD.yaml", f"states/{iso3}.yaml", fn)


def _src(rel: str, path: str, **s: Any) -> Callable[[Path], list[str]]:
    return src_on(rel, path, {"url": "https://www.reuters.com/world/x-2020-01-01/", "publisher": "Reuters", "kind": "secondary", **s})


def _two_sources(rel: str, path: str, a: dict[str, Any], b: dict[str, Any]) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        return both(src_on(rel, path, a), src_on(rel, path, b))(d)
    return change


def _finding(did: str, state: str, date: str, **more: Any) -> Callable[[Path], list[str]]:
    """A finding of non-compliance against ``state`` (copied from the Chad decision), changed."""
    def fn(o: dict[str, Any]) -> None:
        o.update(id=did, state=state, date=date, finding="non_compliance", referred_to="ASP+UNSC", **more)
        o.pop("events", None)
        o["later_rulings_gap"] = "none recorded (probe)"
    return copy_as(D_CHAD, f"decisions/{did}.yaml", fn)


def _response(**over: Any) -> Callable[[Path], list[str]]:
    return ed(RS, lambda r: r.update(over))


def _date(rel: str, field: str, value: Any) -> Callable[[Path], list[str]]:
    return setp(rel, field, value)


def _person_copy(pid: str, name: str, aliases: list[str] | None = None) -> Callable[[Path], list[str]]:
    def fn(p: dict[str, Any]) -> None:
        p.update(id=pid, name=name)
        p["aliases"] = aliases or []
        if not p["aliases"]:
            p.pop("aliases")
    return copy_as(P_KONY, f"persons/{pid}.yaml", fn)


def _rename(old: str, new_rel: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        (d / old).rename(d / new_rel)
        return [new_rel]
    return change


GRADED_X = {"url": "https://24ukraine.com/news/al-bashir-visit", "title": "Al-Bashir visits", "publisher": "24ukraine.com", "kind": "primary"}

KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "a trip whose id names the State by a name state_names.yaml gives it (…-ivory-coast for CIV)",
     event("2012-01-01-omar-hassan-ahmad-al-bashir-ivory-coast", "2012-01-01", "CIV")),
    ("controls", "a custody spell by Sudan, and one by Chad on the other warrant after it ended",
     both(custody(W1, {"held_by": "SDN", "since": "2019-04-11", "until": "2019-12-31", "ended": "released"}),
          custody(W2, {"held_by": "TCD", "since": "2020-01-01", "until": "2020-06-30", "ended": "released"}))),
    ("controls", "a custody spell by Sudan (2019-04-11, no end) on the first warrant", custody(W1, {"held_by": "SDN", "since": "2019-04-11",
                                                                                                  "until_unknown": "not stated"})),
    # --- records valid alone that contradict another ------------------------------------------------------------
    ("cross-record", "(b) two custody spells of two States at once on one warrant (SDN and TCD, both 2019-2020)",
     custody(W1, {"held_by": "SDN", "since": "2019-04-11", "until": "2020-12-31", "ended": "released"},
             {"held_by": "TCD", "since": "2020-01-01", "until": "2020-06-30", "ended": "released"})),
    ("cross-record", "(b) custody spells of two States at once on the person's two warrants (SDN on one, TCD on the other)",
     both(custody(W1, {"held_by": "SDN", "since": "2019-04-11", "until": "2020-12-31", "ended": "released"}),
          custody(W2, {"held_by": "TCD", "since": "2020-01-01", "until": "2020-06-30", "ended": "released"}))),
    ("cross-record", "(b) one State's custody spells overlapping on one warrant (SDN twice, 2019-2021 and 2020-2022)",
     custody(W1, {"held_by": "SDN", "since": "2019-04-11", "until": "2021-01-01", "ended": "released"},
             {"held_by": "SDN", "since": "2020-01-01", "until": "2022-01-01", "ended": "released"})),
    ("cross-record", "(b) a surrender to the Court dated before the warrant was issued", status(KONY_W, {"status": "surrendered", "date": "2004-01-01"})),
    ("cross-record", "(b) a surrender after the person's recorded death",
     status(KONY_W, {"status": "deceased", "date": "2010-01-01"}, {"status": "surrendered", "date": "2012-01-01"})),
    ("cross-record", "(b) a finding of non-compliance against a State neither party nor bound by the Council then (Ukraine, 2015, Darfur)",
     _finding("2015-06-01-ukraine", "UKR", "2015-06-01")),
    ("cross-record", "(b) a finding of non-compliance against a State before it was bound (Jordan, 2001, before ratification)",
     _finding("2001-06-01-jordan", "JOR", "2001-06-01")),
    ("cross-record", "(b) a response to a finding the record does not hold", _response(decision="2013-01-01-no-such-finding")),
    ("cross-record", "(b) a response dated before the finding it responds to", _response(decision="2010-08-27-chad", date="2010-08-01")),
    ("cross-record", "(b) a response to a finding about another State (Jordan's finding, Chad named)", _response(decision="2019-05-06-jordan")),
    ("cross-record", "(b) a joint statement signed by a State before it came into being (South Sudan, 2010)",
     both(_new_state("SSD", "SS", "728", "South Sudan", "2011-07-09"), ed(ST, lambda s: s.update(date="2010-06-23", announced_signatories=None, complete=False)),
          ed(ST, lambda s: s["signatories"].append("SSD")))),
    ("cross-record", "(b) a joint statement drafted by a State that did not sign it", ed(ST, lambda s: s.update(drafters=["USA"]))),
    ("cross-record", "(b) a host-State agreement by a State that is not the Court's seat (France; Art. 3(2): the Netherlands)",
     add_measure(id="fra-2007-06-07-host-state-agreement", state="FRA", kind="host_state_agreement", title="Headquarters agreement",
                 date="2007-06-07", summary="The headquarters agreement between the Court and the host State.")),
    ("cross-record", "(b) a trip of the person recorded on a day the Court held him (Ntaganda in the DRC, 2015)",
     event("2015-01-01-bosco-ntaganda-cod", "2015-01-01", "COD", person="bosco-ntaganda")),
    ("cross-record", "(b) a ruling naming a trip to another State (Chad's ruling names the Jordan trip)",
     ed(D_CHAD, lambda o: o["events"].append("2017-03-29-omar-hassan-ahmad-al-bashir-jordan"))),
    ("cross-record", "(b) a ruling naming a person of another situation (Kony in a Darfur ruling)", ed(D_CHAD, lambda o: o["persons"].append(KONY))),
    ("cross-record", "(b) a request for arrest dated before the warrant it asks to execute (2009-03-01, warrant 2009-03-04)", setp(RQ, "date", "2009-03-01")),
    ("cross-record", "(b) a ruling on appeal (appeal_of) of a ruling dated after it", ed(D_JOR, lambda o: o.update(appeal_of="2019-05-06-jordan"))),
    ("cross-record", "(b) a Council-referred situation whose referral date is not the resolution's adoption (2005-04-30 vs 2005-03-31)",
     setp(DARFUR, "referral_date", "2005-04-30")),
    ("cross-record", "(b) an investigation opened before the situation was referred (Darfur opened 2005-01-01, referred 2005-03-31)",
     setp(DARFUR, "investigation_opened", "2005-01-01")),
    ("cross-record", "(b) two situations with one Court number (ICC-02/04 for Darfur too)", setp(DARFUR, "icc_number", "ICC-02/04")),
    ("cross-record", "(b) two resolutions with one symbol (a copy of 1593 under another id)",
     copy_as(R1593, "instruments/unsc-res-1594-2005.yaml", lambda i: i.update(id="unsc-res-1594-2005"))),
    ("cross-record", "(b) a warrant whose case number is another situation's (ICC-02/04 on a Darfur warrant)", setp(W2, "case_number", "ICC-02/04-01/05")),
    ("cross-record", "(b) a measure ending before it began", add_measure(id="alb-2020-01-01-sanctions-against-court", state="ALB",
                                                                     kind="sanctions_against_court", title="Sanctions", date="2020-01-01",
                                                                     end_date="2019-01-01", summary="Sanctions.")),
    ("cross-record", "(b) a person's nationality a State the record does not hold (ZZZ)", setp(P_KONY, "nationality", ["ZZZ"])),
    ("cross-record", "(b) a trip to the Court's seat with no arrest by a party bound then (the Netherlands, 2010)",
     event("2010-09-01-omar-hassan-ahmad-al-bashir-netherlands", "2010-09-01", "NLD")),
    # --- sources ------------------------------------------------------------------------------------------------------
    ("sources", "(b) the same address twice on one fact, once primary, once secondary",
     _two_sources(E_JOR, "", {**ICC, "url": "https://www.icc-cpi.int/news/x-2017"}, {**ICC, "url": "https://www.icc-cpi.int/news/x-2017", "kind": "secondary"})),
    ("sources", "(b) the same address twice on one fact with one kind (an exact repeat)",
     _two_sources(E_JOR, "", {**ICC, "url": "https://www.icc-cpi.int/news/x-2017"}, {**ICC, "url": "https://www.icc-cpi.int/news/x-2017"})),
    ("sources", "(b) a copy_of naming its own address", _src(E_JOR, "", url="https://www.reuters.com/world/y/", copy_of="https://www.reuters.com/world/y/")),
    ("sources", "(b) two copies on one fact each a copy_of the other (a loop)",
     _two_sources(E_JOR, "", {"url": "https://www.reuters.com/world/a/", "publisher": "Reuters", "kind": "secondary", "copy_of": "https://www.reuters.com/world/b/"},
                  {"url": "https://www.reuters.com/world/b/", "publisher": "Reuters", "kind": "secondary", "copy_of": "https://www.reuters.com/world/a/"})),
    ("sources", "(b) a copy_of naming another address cited on the same fact as the copy (the original cited beside it)",
     _two_sources(E_JOR, "", {"url": "https://www.reuters.com/world/a/", "publisher": "Reuters", "kind": "secondary"},
                  {"url": "https://www.reuters.com/world/b/", "publisher": "Reuters", "kind": "secondary", "copy_of": "https://www.reuters.com/world/a/"})),
    ("sources", "(b) a primary source on an outlet graded X", src_on(E_JOR, "", dict(GRADED_X))),
    ("sources", "(b) a source dated after the record's cut-off (2030-01-01)", _src(E_JOR, "", date="2030-01-01")),
    ("sources", "(b) a source dated before the trip it reports took place (a 2016 page for a 2017 trip)", _src(E_JOR, "", date="2016-01-01", title="x")),
    ("sources", "(a) a source's date as a week (2024-W10)", _src(E_JOR, "", date="2024-W10")),
    ("sources", "(b) a source dated before the Statute's adoption on a ruling of 2017 (1990-01-01)", _src(D_JOR, "", date="1990-01-01")),
    ("sources", "(a) a source with an access date (accessed: a field the format does not have)", _src(E_JOR, "", accessed="2026-01-01")),
    ("sources", "(a) a source's kind in capitals (Primary)", src_on(E_JOR, "", {**ICC, "url": "https://www.icc-cpi.int/news/z", "kind": "Primary"})),
    # --- dates --------------------------------------------------------------------------------------------------------
    ("dates", "(a) a trip's date as an ISO week (2024-W10)", setp(E_JOR, "date", "2024-W10")),
    ("dates", "(a) a trip's date as an ISO week day (2024-W10-1)", setp(E_JOR, "date", "2024-W10-1")),
    ("dates", "(a) a trip's date as an ordinal date (2024-100)", setp(E_JOR, "date", "2024-100")),
    ("dates", "(a) a trip's date with a time (2017-03-29T10:00:00)", setp(E_JOR, "date", "2017-03-29T10:00:00")),
    ("dates", "(a) a trip's date with a zone (2017-03-29+03:00)", setp(E_JOR, "date", "2017-03-29+03:00")),
    ("dates", "(a) a trip's date with Z (2017-03-29Z)", setp(E_JOR, "date", "2017-03-29Z")),
    ("dates", "(a) a warrant issued in year 0000", setp(KONY_W, "issued", "0000-01-01")),
    ("dates", "(a) a trip on 2024-02-30", setp(E_JOR, "date", "2024-02-30")),
    ("dates", "(a) a month range as a date (2017-03/2017-04)", setp(E_JOR, "date", "2017-03/2017-04")),
    ("dates", "(a) an interval of days as a date (2017-03-29/2017-03-30)", setp(E_JOR, "date", "2017-03-29/2017-03-30")),
    ("dates", "(a) a date in ISO's basic form (20170329)", setp(E_JOR, "date", "20170329")),
    ("dates", "(a) a date without zero padding (2017-3-29)", setp(E_JOR, "date", "2017-3-29")),
    ("dates", "(a) a date with a five-digit year (+02017-03-29)", setp(E_JOR, "date", "+02017-03-29")),
    ("dates", "(a) a date with a quarter (2017-Q1)", setp(E_JOR, "date", "2017-Q1")),
    ("dates", "(a) a date with a full-width digit (２017-03-29)", setp(E_JOR, "date", "\uff12017-03-29")),
    ("dates", "(a) a date with Arabic-Indic digits (٢٠١٧-03-29)", setp(E_JOR, "date", "\u0662\u0660\u0661\u0667-03-29")),
    ("dates", "(a) a custody spell's since as an ISO week (2019-W15)", custody(W1, {"held_by": "SDN", "since": "2019-W15", "until_unknown": "not stated"})),
    ("dates", "(a) a statement's date with a time (2020-06-23 12:00)", setp(ST, "date", "2020-06-23 12:00")),
    # --- names and ids ------------------------------------------------------------------------------------------------
    ("ids", "(a) a person's id with capitals (Joseph-Kony)", setp(P_KONY, "id", "Joseph-Kony")),
    ("ids", "(a) a person's id with a space (joseph kony)", setp(P_KONY, "id", "joseph kony")),
    ("ids", "(b) a trip's id differing from its file name", setp(E_JOR, "id", "2017-03-29-omar-hassan-ahmad-al-bashir-amman")),
    ("ids", "(b) a trip's file name in capitals (…-JORDAN.yaml, its id in lower case)",
     _rename(E_JOR, "events/2017-03-29-omar-hassan-ahmad-al-bashir-JORDAN.yaml")),
    ("ids", "(b) a State's file in lower case (states/jor.yaml)", _rename("states/JOR.yaml", "states/jor.yaml")),
    ("ids", "(b) a State's iso3 differing from its file name (JOR.yaml holding iso3 JOD)", setp("states/JOR.yaml", "iso3", "JOD")),
    ("ids", "(b) two persons whose names differ only in case (JOSEPH KONY beside Joseph Kony)", _person_copy("joseph-kony-2", "JOSEPH KONY")),
    ("ids", "(b) two persons whose names differ only in accents (Jösèph Kóny beside Joseph Kony)", _person_copy("josoph-kony", "Jösèph Kóny")),
    ("ids", "(b) an alias equal to another person's name (Kony aliased 'Omar Hassan Ahmad Al-Bashir')",
     ed(P_KONY, lambda p: p["aliases"].append("Omar Hassan Ahmad Al-Bashir"))),
    ("ids", "(b) an alias equal to another person's alias, in other case (Kony aliased 'omar al bashir')",
     ed(P_KONY, lambda p: p["aliases"].append("omar al bashir"))),
    ("ids", "(b) a new trip (no ruling names it) whose id names another State (…-jordan for Chad, 2011)",
     event(f"2011-01-01-{BASHIR}-jordan", "2011-01-01", "TCD")),
    ("ids", "(b) a new trip (no ruling names it) whose id names another person (…-joseph-kony-… for Al-Bashir, 2011)",
     event("2011-01-02-joseph-kony-chad", "2011-01-02", "TCD")),
    ("ids", "(a) an alias equal to the person's own name", ed(P_KONY, lambda p: p["aliases"].append("Joseph Kony"))),
    ("ids", "(a) a person's name with a title (President Omar Al-Bashir)", setp(P_BASHIR, "name", "President Omar Hassan Ahmad Al-Bashir")),
    ("ids", "(b) a measure's id naming another State than its own (alb-… for Andorra)", setp(MS, "state", "AND")),
    ("ids", "(b) a decision's id dated otherwise than the decision (2010-08-27-chad dated 2010-09-27)", setp(D_CHAD, "date", "2010-09-27")),
    ("ids", "(b) a trip's id naming another State than its own (…-jordan for Chad)", setp(E_JOR, "state", "TCD")),
    ("ids", "(b) a trip's id naming another person than its own (…-al-bashir-… for Kony)", setp(E_JOR, "person", KONY)),
    ("ids", "(b) a response's id dated otherwise than the response", setp(RS, "date", "2014-02-13")),
    # --- the record's own tables --------------------------------------------------------------------------------------
    ("lookups", "(a) a publisher's grade in lower case (b)", ed(PUBS, lambda t: t["publishers"][0].update(grade="b"))),
    ("lookups", "(a) a publisher's grade not in the scale (D)", ed(PUBS, lambda t: t["publishers"][0].update(grade="D"))),
    ("lookups", "(a) a publisher's domain in capitals (1NEWS.AZ)", ed(PUBS, lambda t: t["publishers"][0].update(domain="1NEWS.AZ"))),
    ("lookups", "(a) a publisher's domain with a scheme (https://1news.az)", ed(PUBS, lambda t: t["publishers"][0].update(domain="https://1news.az"))),
    ("lookups", "(a) a publisher's domain with www. beside the same domain without", ed(PUBS, lambda t: t["publishers"].append({**t["publishers"][0], "domain": "www.1news.az"}))),
]

P_PUTIN = "persons/vladimir-vladimirovich-putin.yaml"
NTAGANDA_W2 = "warrants/bosco-ntaganda-2.yaml"


def _office(rel: str, **office: Any) -> Callable[[Path], list[str]]:
    return ed(rel, lambda p: p.setdefault("offices", []).append({**office, "sources": [dict(ICC)]}))


SECOND: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("persons", "(b) two heads of State of one State at once (Kony head of State of Russia, 2003-2005, beside Putin)",
     _office(P_KONY, title="President of the Russian Federation", state="RUS", kind="head_of_state", start="2003-01-01", end="2005-01-01")),
    ("persons", "(b) one person head of State of two States at once (Putin of Russia and of Jordan, 2003)",
     _office(P_PUTIN, title="King of Jordan", state="JOR", kind="head_of_state", start="2003-01-01", end="2003-12-31")),
    ("persons", "(b) one office recorded twice with overlapping dates", ed(P_PUTIN, lambda p: p["offices"].append({**p["offices"][0], "start": "2001-01-01"}))),
    ("persons", "(a) an office ending before it starts", _office(P_KONY, title="Commander", state="UGA", kind="armed_group_leader", start="2005-01-01", end="2004-01-01")),
    ("persons", "(b) an office of a State the record does not hold (ZZZ)", _office(P_KONY, title="Commander", state="ZZZ", kind="armed_group_leader", start="2005-01-01")),
    ("persons", "(a) a person's nationality listed twice", setp(P_KONY, "nationality", ["UGA", "UGA"])),
    ("requests", "(b) a request to arrest a person already in the Court's custody (Ntaganda, 2014)",
     ed(RQ, lambda q: q.update(id="2014-01-01-icc-bosco-ntaganda-jor", date="2014-01-01", person="bosco-ntaganda"))),
    ("requests", "(b) a request to a State the record does not hold (ZZZ)", setp(RQ, "requested_state", "ZZZ")),
    ("requests", "(b) a request dated after the record's cut-off (2027-01-01)", setp(RQ, "date", "2027-01-01")),
    ("requests", "(b) a request for a person the record does not hold", setp(RQ, "person", "no-such-person")),
    ("warrants", "(b) an arrest by a State while another State's custody spell holds the person",
     both(custody(W1, {"held_by": "SDN", "since": "2019-04-11", "until": "2020-12-31", "ended": "released"}),
          status(W1, {"status": "arrested", "date": "2020-01-01", "by_state": "TCD"}))),
    ("warrants", "(b) a status dated after the record's cut-off (2027-01-01)", status(KONY_W, {"status": "surrendered", "date": "2027-01-01"})),
    ("warrants", "(b) a conviction before any surrender or appearance (Kony convicted 2010, at large)", status(KONY_W, {"status": "convicted", "date": "2010-01-01"})),
    ("warrants", "(b) a warrant issued twice in its history (a second issued status, 2010)", status(KONY_W, {"status": "issued", "date": "2010-01-01"})),
    ("warrants", "(b) a custody spell by a non-State group naming no group", custody(W1, {"held_by": "SDN", "holder": "non_state_group", "since": "2019-04-11",
                                                                                          "until_unknown": "not stated"})),
    ("warrants", "(b) a custody spell by the Court's host State after the person's surrender to the Court (Ntaganda, the Netherlands, 2014)",
     custody(NTAGANDA_W2, {"held_by": "NLD", "since": "2014-01-01", "until": "2014-06-01", "ended": "released"})),
    ("events", "(b) an arrest on a trip by the State while another State held the person (TCD, 2020; SDN's spell 2019-2020)",
     both(custody(W1, {"held_by": "SDN", "since": "2019-04-11", "until": "2020-12-31", "ended": "released"}),
          event(f"2020-06-01-{BASHIR}-chad", "2020-06-01", "TCD", action="arrest"))),
    ("events", "(b) a trip ending after the record's cut-off (end_date 2027-01-01)", setp(E_JOR, "end_date", "2027-01-01")),
    ("events", "(b) two records of one trip (same person, State and day, two ids)",
     copy_as(E_JOR, f"events/2017-03-29-{BASHIR}-jordan-amman.yaml", lambda e: e.update(id=f"2017-03-29-{BASHIR}-jordan-amman"))),
    ("events", "(b) a trip of the person to two States on one day (Jordan and Chad, 2017-03-29)", event(f"2017-03-29-{BASHIR}-chad", "2017-03-29", "TCD")),
    ("statements", "(b) a statement dated after the record's cut-off (2027-01-01)", setp(ST, "date", "2027-01-01")),
    ("statements", "(b) a statement open_to a State the record does not hold (ZZZ)", setp(ST, "open_to", ["ZZZ"])),
    ("instruments", "(b) a resolution obliging a State the record does not hold (ZZZ)", setp(R1593, "obliges_states", ["SDN", "ZZZ"])),
    ("instruments", "(b) a resolution adopted after the record's cut-off (2027-01-01)", setp(R1593, "adopted", "2027-01-01")),
    ("situations", "(b) a situation naming a State twice", setp(DARFUR, "states", ["SDN", "SDN"])),
    ("situations", "(b) a State's referral naming a referring State the record does not hold (ZZZ)", setp(UGANDA, "referring_states", ["ZZZ"])),
    ("responses", "(b) a response naming a State twice", setp(RS, "states", ["TCD", "TCD"])),
    ("positions", "(b) a position dated after the record's cut-off (2027-01-01)", setp("positions/icc-appeals-jordan-2019.yaml", "date", "2027-01-01")),
]
KINDS += SECOND


def run(out: Path, only: set[str] | None) -> None:
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
