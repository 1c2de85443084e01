"""Round nineteen of the bad records: the probe (not a test; run by hand, its table is ROUND19.md).

As rounds seven to eighteen, through the shared harness (``probe_harness.py``): each kind writes one bad (or, for a
control, proper) change into a copy of the small fixture record with round four's extra records, runs
``check_dataset`` (what ``iccwatch data check`` and ``data build`` run) and records whether the change was refused
naming the changed file, refused naming another record, warned, passed silently, or crashed. Round nineteen is weighted
to facts each valid alone and impossible together (a trip while the Court holds the person, a finding dated before the
trip it finds on, a warrant before its situation's investigation, a statement "by States Parties" signed by a State that
was none that day, an amendment in force on a day its own rule does not give), to sources (a date after the record's
day, a primary tag on a graded-down publisher) and to the lookups.

    PYTHONPATH=src python tests/dataset/round19_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round19_probe.py table BEFORE.json AFTER.json
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
    D_JOR_AP,
    E_BEL,
    E_CHAD,
    E_JOR,
    EXTRA,
    ICC,
    KONY_W,
    NTAGANDA_W,
    P_BASHIR,
    P_KONY,
    RS,
    ST,
    UNTC,
    W1,
    both,
    ed,
    event,
    main,
    new,
    raw,
    run_kinds,
    setp,
    src_on,
    sub,
)

BEMBA = "jean-pierre-bemba-gombo"
NTAGANDA = "bosco-ntaganda"
KONY = "joseph-kony"
DARFUR = "situations/darfur-sudan.yaml"
UGANDA = "situations/uganda.yaml"


def decision(did: str, date: str, **more: Any) -> Callable[[Path], list[str]]:
    """A new decision about Al-Bashir in Darfur (Pre-Trial Chamber II), sourced by the Court's case page."""
    from iccwatch.dataset.yaml_io import dump_yaml

    rec = {"id": did, "date": date, "chamber": "Pre-Trial Chamber II", "situation": "darfur-sudan", **more,
           "sources": [dict(ICC)]}
    return new(f"decisions/{did}.yaml", dump_yaml(rec))


def swap_signatory(old: str, new_code: str) -> Callable[[Path], list[str]]:
    def fn(s: dict[str, Any]) -> None:
        s["signatories"] = sorted(new_code if c == old else c for c in s["signatories"])
    return ed(ST, fn)


def kampala(iso3: str, *acts: dict[str, Any]) -> Callable[[Path], list[str]]:
    def fn(s: dict[str, Any]) -> None:
        for a in acts:
            s["participation"].append({"instrument": "kampala-aggression", **a, "sources": [dict(UNTC)]})
    return ed(f"states/{iso3}.yaml", fn)


def warrant_of(rel: str, fn: Callable[[dict[str, Any]], None]) -> Callable[[Path], list[str]]:
    return ed(rel, fn)


def _issued(day: str) -> Callable[[dict[str, Any]], None]:
    def fn(w: dict[str, Any]) -> None:
        w["issued"] = day
        for s in w["status_history"]:
            if s["status"] in ("issued", "at_large") and s.get("date", "9") > day:
                s["date"] = day
    return fn


def lookup(rel: str, fn: Callable[[Any], Any]) -> Callable[[Path], list[str]]:
    return ed(f"lookups/{rel}", fn)


def _publisher(domain: str, **fields: Any) -> Callable[[Any], None]:
    def fn(t: dict[str, Any]) -> None:
        for p in t["publishers"]:
            if p["domain"] == domain:
                p.update(fields)
                return
        raise LookupError(domain)
    return fn


REUTERS = {"url": "https://www.reuters.com/world/x-2010-07-21/", "publisher": "Reuters", "kind": "secondary"}

KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "a trip of Bemba to Chad after his release by the Court (2019)",
     event(f"2019-05-01-{BEMBA}-chad", "2019-05-01", "TCD", person=BEMBA)),
    # ---- a person where he cannot be: in the Court's custody, after death, before his warrant
    ("cross-record", "(b) a trip (no arrest) of Bemba to Chad in 2010, while the Court held him (surrendered 2008, released 2018)",
     event(f"2010-05-01-{BEMBA}-chad", "2010-05-01", "TCD", person=BEMBA)),
    ("cross-record", "(b) an arrest of Bemba by Chad in 2010, while the Court held him",
     event(f"2010-05-01-{BEMBA}-chad", "2010-05-01", "TCD", action="arrest", person=BEMBA)),
    ("cross-record", "(b) a planned trip of Ntaganda to Uganda in 2015, while the Court held him (surrendered 2013)",
     event(f"2015-05-01-{NTAGANDA}-uganda", "2015-05-01", "UGA", action="visit_planned", person=NTAGANDA)),
    ("cross-record", "(b) a transit of Ntaganda through Jordan in 2016, while the Court held him",
     event(f"2016-05-01-{NTAGANDA}-jordan", "2016-05-01", "JOR", person=NTAGANDA, trip="transit")),
    ("cross-record", "(b) a trip of Bemba that begins before his surrender to the Court and ends months after it (2008-06-30 to 2008-12-01)",
     event(f"2008-06-30-{BEMBA}-chad", "2008-06-30", "TCD", person=BEMBA, end_date="2008-12-01")),
    # ---- findings and their trips
    ("cross-record", "(b) a finding dated before the trip it finds on (decision 2010-08-27 naming a trip of 2010-09-01)",
     both(event(f"2010-09-01-{BASHIR}-chad", "2010-09-01", "TCD"),
          ed(D_CHAD, lambda x: x["events"].append(f"2010-09-01-{BASHIR}-chad")))),
    ("cross-record", "(b) a finding on a trip that ends after the finding (trip 2010-07-21 to 2010-09-15, finding 2010-08-27)",
     setp(E_CHAD, "end_date", "2010-09-15")),
    ("cross-record", "(b) a finding about Chad naming a trip to Jordan",
     ed(D_CHAD, lambda x: x["events"].append(f"2017-03-29-{BASHIR}-jordan"))),
    ("cross-record", "(b) a finding about Al-Bashir naming Bemba's arrest in Belgium",
     ed(D_CHAD, lambda x: x["events"].append(f"2008-05-24-{BEMBA}-belgium"))),
    ("cross-record", "(b) a finding on arrest and surrender about a person whose only warrant was issued after it (2008, warrant 2009)",
     decision("2008-11-01-chad", "2008-11-01", state="TCD", persons=[BASHIR], request_type="arrest_surrender",
              finding="non_compliance", referred_to="ASP")),
    ("cross-record", "(b) a decision in Darfur dated before the investigation opened (2005-04-01; opened 2005-06-06)",
     decision("2005-04-01-darfur", "2005-04-01", kind="other", outcome="the Prosecutor's request was granted (probe)")),
    ("cross-record", "(b) a decision dated before the Court's judges took office (Pre-Trial Chamber II, 2002-09-01)",
     decision("2002-09-01-darfur", "2002-09-01", kind="other", outcome="the Prosecutor's request was granted (probe)")),
    ("cross-record", "(b) a postponement allowed until a day before the decision (effective_until before date)",
     decision("2011-05-01-chad", "2011-05-01", state="TCD", persons=[BASHIR], request_type="arrest_surrender",
              finding="postponement_allowed", referred_to="none", effective_until="2011-01-01")),
    ("cross-record", "(b) a finding against a State on a trip made before the Statute was in force for it (Tunisia 2010, in force 2011-09-01)",
     both(event(f"2010-01-10-{BASHIR}-tunisia", "2010-01-10", "TUN"),
          decision("2012-01-10-tunisia", "2012-01-10", state="TUN", persons=[BASHIR], request_type="arrest_surrender",
                   finding="non_compliance", referred_to="ASP", later_rulings_gap="none found (probe)",
                   events=[f"2010-01-10-{BASHIR}-tunisia"]))),
    ("cross-record", "(b) a response of the Council to a finding the Chamber referred to no one (the appeal judgment)",
     new("responses/2019-06-01-unsc-jordan.yaml", """id: 2019-06-01-unsc-jordan
decision: 2019-05-06-jordan
states:
- JOR
body: UNSC
date: "2019-06-01"
kind: unsc_discussion
summary: The Council discussed the ruling on Jordan (probe).
sources:
- url: https://www.icc-cpi.int/darfur/albashir
  publisher: International Criminal Court
  kind: primary
""")),
    ("cross-record", "(b) a response of the Assembly to a finding referred only to the Council",
     both(setp(D_JOR, "referred_to", "UNSC"),
          new("responses/2018-03-01-asp-jordan.yaml", """id: 2018-03-01-asp-jordan
decision: 2017-12-11-jordan
states:
- JOR
body: ASP
date: "2018-03-01"
kind: formal
summary: The Assembly took up the finding on Jordan (probe).
sources:
- url: https://asp.icc-cpi.int/fr/node/1675
  publisher: Assembly of States Parties
  kind: primary
"""))),
    ("cross-record", "(b) a response naming a State the finding it answers is not about (finding on Jordan, response states: TCD)",
     new("responses/2018-03-01-asp-jordan.yaml", """id: 2018-03-01-asp-jordan
decision: 2017-12-11-jordan
states:
- TCD
body: ASP
date: "2018-03-01"
kind: formal
summary: The Assembly took up the finding (probe).
sources:
- url: https://asp.icc-cpi.int/fr/node/1675
  publisher: Assembly of States Parties
  kind: primary
""")),
    # ---- warrants against their situations
    ("cross-record", "(b) a warrant issued before its situation's investigation opened (Kony 2004-07-01; Uganda opened 2004-07-29)",
     warrant_of(KONY_W, _issued("2004-07-01"))),
    ("cross-record", "(b) a warrant issued before its situation was referred (Al-Bashir 2005-03-01; Darfur referred 2005-03-31)",
     warrant_of(W1, _issued("2005-03-01"))),
    ("cross-record", "(b) a warrant unsealed before it was issued (Ntaganda unsealed 2006-08-01, issued 2006-08-22)",
     setp(NTAGANDA_W, "unsealed", "2006-08-01")),
    ("cross-record", "(b) a warrant whose case number is another situation's (Al-Bashir under ICC-02/04)",
     setp(W1, "case_number", "ICC-02/04-01/09")),
    ("cross-record", "(b) a decision whose record number is another situation's (Chad finding under ICC-02/04-01/09)",
     setp(D_CHAD, "record_number", "ICC-02/04-01/09")),
    ("cross-record", "(b) a surrender by Belgium dated before Belgium's custody began (custody 2008-05-24, surrender 2008-05-20)",
     ed(BEMBA_W, lambda w: next(s for s in w["status_history"] if s["status"] == "surrendered").update(date="2008-05-20"))),
    ("cross-record", "(b) an arrest event in Belgium a day after the warrant records the surrender to the Court",
     event(f"2008-07-04-{BEMBA}-belgium", "2008-07-04", "BEL", action="arrest", person=BEMBA)),
    # ---- statements signed by States that were no parties that day
    ("cross-record", "(b) a statement 'by 67 States Parties' signed by Burundi (withdrawal effective 2017-10-27) in 2020",
     swap_signatory("VEN", "BDI")),
    ("cross-record", "(b) a statement 'by 67 States Parties' signed by Russia (signature withdrawn 2016, never a party)",
     swap_signatory("VEN", "RUS")),
    ("controls", "a statement by States (not 'States Parties') signed by Russia",
     both(swap_signatory("VEN", "RUS"), setp(ST, "title", "Joint statement by 67 States reaffirming support for the ICC after US executive order on sanctions"))),
    ("cross-record", "(b) a statement by States Parties signed by a State whose ratification is recorded but not yet in force (JPN 2007-07-17 in force 2007-10-01; statement 2007-08-01)",
     new("statements/js-2007-08-01.yaml", """id: js-2007-08-01
title: Joint statement by 2 States Parties on cooperation with the Court
date: "2007-08-01"
announced_signatories: 2
signatories:
- DEU
- JPN
complete: true
sources:
- url: https://www.icc-cpi.int/darfur/albashir
  publisher: International Criminal Court
  kind: primary
""")),
    # ---- participation: amendments and the Statute's rules
    ("states", "(b) the Kampala amendments in force for Austria two months after its ratification (Art. 121(5): one year)",
     kampala("AUT", {"action": "entry_into_force", "date": "2014-09-17"})),
    ("states", "(b) the Kampala amendments ratified by a State not party to the Statute (Russia)",
     kampala("RUS", {"action": "ratification", "date": "2015-01-01"})),
    ("states", "(b) the Kampala amendments ratified by a State before its own ratification of the Statute took effect (Burundi 2004-01-01)",
     kampala("BDI", {"action": "ratification", "date": "2004-01-01"})),
    ("states", "(b) the Kampala amendments ratified after the State's withdrawal from the Statute took effect (Burundi 2018)",
     kampala("BDI", {"action": "ratification", "date": "2018-06-01"})),
    ("states", "(b) a withdrawal from the Kampala amendments with no ratification of them (Jordan)",
     kampala("JOR", {"action": "withdrawal_notified", "date": "2018-06-01"})),
    ("states", "(b) the Rome Statute's entry into force for Burundi moved one day (2004-12-02; deposit 2004-09-21 gives 2004-12-01)",
     sub("states/BDI.yaml", 'date: "2004-12-01"', 'date: "2004-12-02"')),
    # ---- situations, referrals and the forums a finding goes to
    ("cross-record", "(b) a finding in a situation a State referred (Uganda) sent to the Council as well (Art. 87(7): only the Council's own referrals)",
     decision("2012-01-10-uganda", "2012-01-10", state="UGA", persons=[KONY], request_type="arrest_surrender", situation="uganda",
              finding="non_compliance", referred_to="ASP+UNSC", later_rulings_gap="none found (probe)")),
    ("cross-record", "(b) the Council's referral resolution adopted after the investigation it opened began (1593 moved to 2005-07-01)",
     setp("instruments/unsc-res-1593-2005.yaml", "adopted", "2005-07-01")),
    ("cross-record", "(b) a Council referral dated otherwise than the resolution that made it (Darfur referred 2005-04-15, 1593 adopted 2005-03-31)",
     setp(DARFUR, "referral_date", "2005-04-15")),
    ("cross-record", "(b) a State referral by a State not party on the day (Uganda 2004 referred by Uganda and Japan, in force for Japan 2007)",
     setp(UGANDA, "referring_states", ["JPN", "UGA"])),
    ("cross-record", "(b) a decision naming a person under no warrant in its situation (Bemba in a Darfur ruling)",
     decision("2012-01-10-darfur", "2012-01-10", kind="other", outcome="the request was granted (probe)", persons=[BEMBA])),
    ("cross-record", "(b) a response of the Council (body UNSC) whose kind is the Assembly's (formal)",
     new("responses/2018-03-02-unsc-jordan.yaml", """id: 2018-03-02-unsc-jordan
decision: 2017-12-11-jordan
states:
- JOR
body: UNSC
date: "2018-03-02"
kind: formal
summary: The Council took up the finding on Jordan (probe).
sources:
- url: https://www.icc-cpi.int/darfur/albashir
  publisher: International Criminal Court
  kind: primary
""")),
    ("cross-record", "(b) a referral of a situation (measure) by a State not party to the Statute (Russia refers Ukraine, 2022)",
     new("measures/rus-2022-03-02-situation-referral-ukraine.yaml", """id: rus-2022-03-02-situation-referral-ukraine
state: RUS
kind: situation_referral
title: Referral of the situation in Ukraine (probe)
date: "2022-03-02"
targets: ukraine
summary: A referral of the situation in Ukraine (probe).
sources:
- url: https://www.icc-cpi.int/ukraine
  title: Situation in Ukraine (ICC-01/22)
  publisher: International Criminal Court
  kind: primary
""")),
    # ---- one person in two places, findings on trips that were no failure
    ("cross-record", "(b) two stays of one person in two States at once (Chad 2010-07-21 to 07-25, Jordan 2010-07-22 to 07-24)",
     both(setp(E_CHAD, "end_date", "2010-07-25"),
          event(f"2010-07-22-{BASHIR}-jordan", "2010-07-22", "JOR", end_date="2010-07-24"))),
    ("cross-record", "(b) two trips of one person beginning on one day in two States (Chad 2010-07-21, Jordan 2010-07-21 to 07-23)",
     event(f"2010-07-21-{BASHIR}-jordan", "2010-07-21", "JOR", end_date="2010-07-23")),
    ("cross-record", "(b) a finding of non-compliance on a trip only planned (visit_planned)",
     both(event(f"2010-08-20-{BASHIR}-chad", "2010-08-20", "TCD", action="visit_planned"),
          ed(D_CHAD, lambda x: x["events"].append(f"2010-08-20-{BASHIR}-chad")))),
    ("cross-record", "(b) a finding of non-compliance on a trip where the State arrested the person (action: arrest)",
     both(event(f"2010-07-25-{BASHIR}-chad", "2010-07-25", "TCD", action="arrest"),
          ed(D_CHAD, lambda x: x["events"].append(f"2010-07-25-{BASHIR}-chad")))),
    ("cross-record", "(b) a release by the Court of a person never surrendered (Kony released 2010)",
     ed(KONY_W, lambda w: w["status_history"].append({"status": "released", "date": "2010-01-01", "sources": [dict(ICC)]}))),
    # ---- sources
    ("sources", "(a) a source dated after the day the record was checked (2026-12-31, after meta's checked_through)",
     src_on(E_CHAD, "", {**REUTERS, "date": "2026-12-31"})),
    ("sources", "(a) a source dated 2099 (after today)", src_on(E_CHAD, "", {**REUTERS, "date": "2099-01-01"})),
    ("sources", "(a) a source dated before the Court existed on the Court's own site (1990-01-01)",
     src_on(E_CHAD, "", {**ICC, "date": "1990-01-01"})),
    ("sources", "(b) kind: primary on a publisher graded C (1news.az)",
     src_on(E_CHAD, "", {"url": "https://1news.az/news/x", "publisher": "1news.az", "kind": "primary"})),
    ("sources", "(b) kind: primary on a document-copy site graded X (5dok.net)",
     src_on(E_CHAD, "", {"url": "https://5dok.net/doc/x", "publisher": "5dok.net", "kind": "primary"})),
    ("sources", "(c) a pinpoint beyond any document (p. 250000)", src_on(E_CHAD, "", {**ICC, "pinpoint": "p. 250000"})),
    ("sources", "(c) a pinpoint paragraph beyond any ruling (para. 98765432)", src_on(E_CHAD, "", {**ICC, "pinpoint": "para. 98765432"})),
    ("sources", "(c) a pinpoint offset past its own quotation (characters 500-400)", src_on(E_CHAD, "", {**ICC, "pinpoint": "characters 500-400"})),
    ("sources", "(b) a source whose publisher names another than its domain's (icc-cpi.int as Reuters)",
     src_on(E_CHAD, "", {"url": "https://www.icc-cpi.int/news/x", "publisher": "Reuters", "kind": "secondary"})),
    # ---- lookups
    ("lookups", "(b) a State's alternative name that is another State's code (Chad: 'JOR')",
     lookup("state_names.yaml", lambda t: t["names"]["TCD"].append("JOR") if isinstance(t["names"]["TCD"], list) else t["names"]["TCD"].setdefault("alt", []).append("JOR"))),
    ("lookups", "(b) a State's alternative name that is its own code in lower case ('tcd')",
     lookup("state_names.yaml", lambda t: t["names"]["TCD"].append("tcd") if isinstance(t["names"]["TCD"], list) else t["names"]["TCD"].setdefault("alt", []).append("tcd"))),
    ("lookups", "(b) a demonym given to two States (Chadian to Jordan too)",
     lookup("demonyms.yaml", lambda t: t["demonyms"]["JOR"].append("Chadian"))),
    ("lookups", "(b) a demonym that is a State's name (Jordan as Chad's demonym)",
     lookup("demonyms.yaml", lambda t: t["demonyms"]["TCD"].append("Jordan"))),
    ("lookups", "(b) a place that is a State's name (a city 'Chad' in Jordan)",
     lookup("places.yaml", lambda t: t["places"].__setitem__("Chad", "JOR") if isinstance(t["places"], dict) else t["places"].append({"name": "Chad", "state": "JOR"}))),
    ("lookups", "(b) a publisher's reason missing (grade X with no reason)",
     lookup("publishers.yaml", lambda t: next(p for p in t["publishers"] if p["domain"] == "24ukraine.com").pop("reason") and None)),
    ("lookups", "(b) a publisher's reason blank", lookup("publishers.yaml", _publisher("24ukraine.com", reason=" "))),
    ("lookups", "(b) a map point in the sea at 0,0 (null island)", lookup("map_points.yaml", lambda t: t["points"]["TUV"].update(lon=0.0, lat=0.0))),
    ("lookups", "(b) a map point outside the globe (lat 123)", lookup("map_points.yaml", lambda t: t["points"][next(iter(t["points"]))].update(lat=123.0) if isinstance(t["points"], dict) else None)),
    # ---- YAML and text, by hand
    ("YAML", "(d) a NEL (U+0085) as a line end inside a value", raw(P_KONY, lambda b: b.replace(b"name: Joseph Kony", b"name: Joseph\xc2\x85Kony", 1))),
    ("YAML", "(d) a line separator (U+2028) inside a name", raw(P_KONY, lambda b: b.replace(b"name: Joseph Kony", "name: Joseph\u2028Kony".encode(), 1))),
    ("text", "(d) a name in NFD beside the same alias in NFC (Bashír twice)",
     ed(P_BASHIR, lambda p: p["aliases"].extend(["Omar al-Bash\u00edr", "Omar al-Bashi\u0301r"]))),
    ("text", "(d) a record's id with a trailing space inside quotes", raw(P_KONY, lambda b: b.replace(b"id: joseph-kony", b"id: 'joseph-kony '", 1))),
]

_ = (D_JOR_AP, E_BEL, E_JOR, RS)


def run(out: Path, only: set[str] | None) -> None:
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
