"""Round seven of the bad records: the probe (not a test; run by hand, its table is ROUND7.md).

Each kind writes one bad (or, for a control, proper) change into a copy of the small fixture record with
round four's clean measure, response, position and request added (``round4_probe.EXTRA``), runs
``check_dataset`` (what ``iccwatch data check`` and ``data build`` run) and records whether the change was
refused naming the changed file, refused naming another record, passed silently, or crashed. The kinds are
those no earlier round tried (the fixtures' names and ROUND3-6.md were searched first); a kind marked
*(variant)* repeats an earlier kind in another field, file or form.

    PYTHONPATH=src python tests/dataset/round7_probe.py OUT.json [KIND ...]

A change whose text to replace is not found is reported as a void probe (an error of the probe, not a pass).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import UNTC, add_measure, url_on_event  # noqa: E402,F401  (rounds eight to ten import them from here)
from probe_harness import classify_with_warnings as _classify_with_warnings  # noqa: E402
from round4_probe import (  # noqa: E402  (the probe is run as a script beside round four's)
    BASHIR,
    D_CHAD,
    D_JOR,
    D_JOR_AP,
    E_BEL,
    E_CHAD,
    ICC,
    MS,
    NTAGANDA_W,
    P_KONY,
    REUTERS,
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
    src_on,
    status,
    sub,
)
from round4_probe import run as run_kinds  # noqa: E402


def event_date(text: str) -> Callable[[Path], list[str]]:
    return sub(E_CHAD, 'date: "2010-07-21"', f"date: {text}")


def add_request(**fields: Any) -> Callable[[Path], list[str]]:
    rec = {"id": fields.pop("id"), **fields, "sources": [dict(ICC)]}
    return new(f"requests/{rec['id']}.yaml", __import__("iccwatch.dataset.yaml_io", fromlist=["dump_yaml"]).dump_yaml(rec))


def first(state: dict[str, Any], action: str) -> dict[str, Any]:
    return next(a for a in state["participation"] if a["action"] == action)


def symlink(rel: str, target: Callable[[Path], Path]) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        (d / rel).symlink_to(target(d))
        return [rel]
    return change


def moved(src: str, dst: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        shutil.move(d / src, d / dst)
        return [dst]
    return change


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "the Court's request to a State for other assistance about a person",
     add_request(id=f"2009-03-07-icc-{BASHIR}-tcd", date="2009-03-07", person=BASHIR, requested_state="TCD", requesting="ICC", kind="other_assistance")),
    # YAML: numbers and scalars in forms not tried before
    ("YAML", "count with a plus sign (+67, an int in YAML 1.1)", sub(ST, "announced_signatories: 67", "announced_signatories: +67")),
    ("YAML", "count in exponent form (6.7e1)", sub(ST, "announced_signatories: 67", "announced_signatories: 6.7e1")),
    ("YAML", "count in binary (0b1000011)", sub(ST, "announced_signatories: 67", "announced_signatories: 0b1000011")),
    ("YAML", "count .nan", sub(ST, "announced_signatories: 67", "announced_signatories: .nan")),
    ("YAML", "boolean y (YAML 1.1's yes)", sub(E_CHAD, "host_party_reported: true", "host_party_reported: y")),
    ("YAML", "boolean tag on quoted text", sub(E_CHAD, "host_party_reported: true", 'host_party_reported: !!bool "true"')),
    ("YAML", "boolean tag on yes (!!bool yes)", sub(E_CHAD, "host_party_reported: true", "host_party_reported: !!bool yes")),
    ("YAML", "date as a literal block scalar", sub(E_CHAD, 'date: "2010-07-21"', "date: |\n  2010-07-21")),
    ("YAML", "id folded over two lines (plain continuation)", sub(E_CHAD, "id: 2010-07-21-omar-hassan-ahmad-al-bashir-chad",
                                                                  "id: 2010-07-21-omar-hassan-ahmad-al-bashir\n  -chad")),
    ("YAML", "same key once quoted once plain", raw(E_CHAD, lambda b: b + b'"state": JOR\n')),
    ("YAML", "key with a no-break space (unknown field lookalike)", raw(E_CHAD, lambda b: b + "note\u00a0: x\n".encode())),
    ("YAML", "Latin-1 byte only inside a comment", raw(E_CHAD, lambda b: b + b"# caf\xe9\n")),
    ("YAML", "explicit !!str tag on a key", raw(E_CHAD, lambda b: b.replace(b"followup:", b"!!str followup:"))),
    ("YAML", "document end marker then nothing", raw(E_CHAD, lambda b: b + b"...\n")),
    ("YAML", "empty flow mapping as a source", sub(E_CHAD, "sources:\n- url:", "sources:\n- {}\n- url:")),
    ("YAML", "key only, no value, on a required field", sub(E_CHAD, "state: TCD", "state:")),
    ("YAML", "anchor on the document's root mapping", raw(E_CHAD, lambda b: b"--- &root\n" + b)),
    ("YAML", "very long line in a note (400,000 characters, under 1 MB)", sub(E_CHAD, "followup: Visit", "note: " + "y" * 400000 + "\nfollowup: Visit")),
    # files and folders
    ("files and folders", "a .json file in a kind folder", new("persons/joseph-kony.json", '{"id": "joseph-kony"}\n')),
    ("files and folders", "a README.md in a kind folder", new("persons/README.md", "notes\n")),
    ("files and folders", "file name with a trailing dot", moved(P_KONY, "persons/joseph-kony.yaml.")),
    ("files and folders", "two files whose keys differ only in case", copy_as(P_KONY, "persons/Joseph-Kony.yaml")),
    ("files and folders", "symlink to a single file outside data/", symlink("persons/outside.yaml", lambda d: (d.parent / "outside.yaml", (d.parent / "outside.yaml").write_text("id: outside\n"))[0])),
    ("files and folders", "symlink loop (a link to itself)", symlink("persons/loop.yaml", lambda d: d / "persons/loop.yaml")),
    ("files and folders", "record in a kind folder's subfolder named like a kind", new("persons/warrants/joseph-kony-9.yaml", "id: joseph-kony-9\n")),
    ("files and folders", "file name in NFD (a decomposed accent)", moved(P_KONY, "persons/joseph-kony\u0301.yaml")),
    # references to a record of the wrong kind
    ("references", "decision's appeal_of names an event id", setp(D_JOR_AP, "appeal_of", "2017-03-29-omar-hassan-ahmad-al-bashir-jordan")),
    ("references", "event's person names a warrant id", setp(E_CHAD, "person", "omar-hassan-ahmad-al-bashir-1")),
    ("references", "warrant's situation names a person id", setp(W1, "situation", BASHIR)),
    ("references", "decision's follows names a position id", setp(D_JOR_AP, "follows", "icc-appeals-jordan-2019")),
    ("references", "participation under a Council resolution (not a treaty)", part("TCD", {"instrument": "unsc-res-1593-2005", "action": "ratification", "date": "2006-01-01"})),
    ("references", "declaration 12(3) under the APIC", part("UKR", {"instrument": "apic", "action": "declaration_12_3", "date": "2014-04-17", "covers_from": "2013-11-21"})),
    ("references", "Art 98(2) agreement under the Kampala amendments", part("TCD", {"instrument": "kampala-aggression", "action": "art_98_2_agreement", "date": "2019-01-01", "counterparty": "RUS"})),
    ("references", "Art 124 declaration under the APIC", part("TCD", {"instrument": "apic", "action": "declaration_124", "date": "2019-01-01"})),
    ("references", "derived_from naming an act of the wrong sort (entry into force from a withdrawal notice)",
     ed("states/BDI.yaml", lambda s: first(s, "entry_into_force").update(derived_from="withdrawal_notified"))),
    ("references", "derived_from on a signature", ed("states/TCD.yaml", lambda s: first(s, "signature").update(derived_from="ratification"))),
    # instruments
    ("instruments", "Council resolution's symbol names another resolution", sub("instruments/unsc-res-1593-2005.yaml", "symbol: S/RES/1593 (2005)", "symbol: S/RES/1594 (2005)")),
    ("instruments", "Council resolution adopted in another year than its symbol", sub("instruments/unsc-res-1593-2005.yaml", 'adopted: "2005-03-31"', 'adopted: "2006-03-31"')),
    ("instruments", "a treaty that obliges named States by name", ed("instruments/apic.yaml", lambda i: i.update(obliges_states=["SDN"]))),
    ("instruments", "a treaty that refers a situation", ed("instruments/apic.yaml", lambda i: i.update(situation="darfur-sudan"))),
    ("instruments", "a Council resolution with an entry into force", sub("instruments/unsc-res-1593-2005.yaml", 'adopted: "2005-03-31"', 'adopted: "2005-03-31"\nentry_into_force: "2005-04-01"')),
    ("instruments", "resolution obliges a State twice (variant)", sub("instruments/unsc-res-1593-2005.yaml", "obliges_states: [SDN]", "obliges_states: [SDN, SDN]")),
    # decisions
    ("decisions", "a finding of non-compliance on a conviction ruling", ed(D_JOR, lambda d: d.update(kind="conviction", outcome="convicted"))),
    ("decisions", "referred to a body with no finding of non-compliance", ed(D_JOR, lambda d: d.update(finding="no_finding"))),
    ("decisions", "follows a decision in another situation", ed(D_JOR_AP, lambda d: d.update(follows="2010-08-27-chad", situation="darfur-sudan"))),
    ("decisions", "person listed twice (variant)", ed(D_CHAD, lambda d: d["persons"].append(d["persons"][0]))),
    # events
    ("events", "trip by a person with only an application (no warrant issued)",
     both(ed("warrants/joseph-kony-1.yaml", lambda w: (w.update(kind="application"), w.pop("issued", None), w.update(status_history=[{"status": "requested", "date": w["status_history"][0]["date"], "sources": [dict(ICC)]}]), None)[-1]),
          new("events/2010-07-21-joseph-kony-tcd.yaml", 'id: 2010-07-21-joseph-kony-tcd\ndate: "2010-07-21"\nperson: joseph-kony\nstate: TCD\naction: no_arrest\nsources:\n- url: https://www.reuters.com/world/x-2020-01-01/\n  publisher: Reuters\n  kind: secondary\n'))),
    ("events", "overflight lasting days (end_date three days later)", ed(E_CHAD, lambda e: e.update(trip="overflight", end_date="2010-07-24"))),
    ("events", "planned trip dated years before the events' checked_through, never resolved", ed(E_CHAD, lambda e: e.update(action="visit_planned", trip="planned"))),
    ("events", "date as a range in one string", event_date('"2010-07-21/2010-07-23"')),
    ("events", "date as a quarter (2010-Q3)", event_date('"2010-Q3"')),
    ("events", "date with a question mark", event_date('"2010-07-21?"')),
    ("events", "date 'circa 2010'", event_date('"circa 2010"')),
    ("events", "date with day zero", event_date('"2010-07-00"')),
    ("events", "date in full-width digits", event_date('"２０１０-07-21"')),
    # warrants and requests
    ("requests", "Court request to arrest a person already in its custody",
     add_request(id="2014-01-10-icc-bosco-ntaganda-cod", date="2014-01-10", person="bosco-ntaganda", requested_state="COD", requesting="ICC", kind="arrest_and_surrender")),
    ("requests", "a State's request for other assistance (Art 90 is extradition only)",
     add_request(id=f"2009-03-07-tcd-{BASHIR}-jor", date="2009-03-07", person=BASHIR, requested_state="JOR", requesting="TCD", kind="other_assistance")),
    ("warrants", "case number in lower case (variant)", sub(W1, "case_number: ICC-02/05-01/09", "case_number: icc-02/05-01/09")),
    ("controls", "a warrant unsealed after its surrender (a sealed warrant executed, then made public)",
     ed(NTAGANDA_W, lambda w: w.update(unsealed="2013-04-01"))),
    # measures
    ("measures", "implementing legislation by an unknown author", add_measure(id="xx-2010-01-01-law", author_kind="unknown", kind="implementing_legislation",
                                                                             title="A law", date="2010-01-01", summary="A law.")),
    ("measures", "implementing legislation by another body (not a State)", add_measure(id="au-2010-01-01-law", author_kind="other_body", author="African Union",
                                                                                      kind="implementing_legislation", title="A law", date="2010-01-01", summary="A law.")),
    ("measures", "enforcement of sentences agreement by an unknown author", add_measure(id="xx-2010-01-01-enforcement", author_kind="unknown", kind="enforcement_of_sentences_agreement",
                                                                                       title="An agreement", date="2010-01-01", summary="An agreement.")),
    ("measures", "situation referral with an end date", ed(MS, lambda m: m.update(end_date="2023-01-01"))),
    ("measures", "situation referral by another body", ed(MS, lambda m: (m.pop("state"), m.update(author_kind="other_body", author="European Union"), None)[-1])),
    # statements
    ("statements", "a signatory outside open_to", ed(ST, lambda s: s.update(open_to=s["signatories"][1:]))),
    ("statements", "complete list longer than the announced count", ed(ST, lambda s: s.update(complete=True, announced_signatories=len(s["signatories"]) - 1))),
    ("statements", "complete list shorter than the announced count", ed(ST, lambda s: s.update(complete=True, announced_signatories=len(s["signatories"]) + 5))),
    ("statements", "more signatories listed than announced, list not marked complete", ed(ST, lambda s: s.update(announced_signatories=10, complete=False))),
    ("events", "an arrest and release with no arrest in any warrant", ed(E_CHAD, lambda e: e.update(action="arrest_and_release"))),
    ("decisions", "a finding of non-compliance about a trip on which the State arrested the person",
     both(ed("events/2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml", lambda e: e.update(action="arrest")),
          status(W1, {"status": "arrested", "date": "2017-03-29", "by_state": "JOR"}))),
    ("decisions", "a finding of non-compliance about a trip on which the State surrendered the person",
     both(ed("events/2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml", lambda e: e.update(action="surrender")),
          status(W1, {"status": "surrendered", "date": "2017-03-29", "by_state": "JOR"}))),
    ("responses", "a response taking up a finding made after it (related_decisions)", ed(RS, lambda x: x.update(decision="2010-08-27-chad", related_decisions=["2017-12-11-jordan"]))),
    ("measures", "a State's referral of a situation the Prosecutor opened proprio motu, before it opened",
     add_measure(id="phl-2016-01-01-situation-referral-philippines", state="PHL", kind="situation_referral", title="A referral",
                 date="2016-01-01", targets="philippines", summary="A referral.")),
    ("statements", "signatory listed twice (variant)", ed(ST, lambda s: s["signatories"].append(s["signatories"][0]))),
    # persons
    ("persons", "alias equal to another person's name", ed(P_KONY, lambda p: p["aliases"].append("Omar Hassan Ahmad Al-Bashir"))),
    ("persons", "id with a double hyphen (file renamed to match)", both(ed(P_KONY, lambda p: p.update(id="joseph--kony")), moved(P_KONY, "persons/joseph--kony.yaml"))),
    # sources: addresses
    ("sources", "host ends with a listed domain without a dot (evilicc-cpi.int)", url_on_event("https://evilicc-cpi.int/x")),
    ("sources", "listed domain as a subdomain of another (icc-cpi.int.example.com)", url_on_event("https://www.icc-cpi.int.example.com/x")),
    ("sources", "http with a single slash (http:/host)", url_on_event("http:/www.icc-cpi.int/x")),
    ("sources", "percent-encoded dot-dot path", url_on_event("https://www.icc-cpi.int/%2e%2e/%2e%2e/etc/passwd")),
    ("sources", "host with an empty label (www..icc-cpi.int)", url_on_event("https://www..icc-cpi.int/x")),
    ("sources", "the same page over http and https on one fact", src_on(E_CHAD, "", {"url": "http://www.icc-cpi.int/news/pre-trial-chamber-i-informs-security-council-and-assembly-states-parties-about-omar-al-bashirs",
                                                                                   "publisher": "International Criminal Court", "kind": "primary"})),
    ("sources", "the same page with and without a trailing slash on one fact", src_on(E_CHAD, "", {"url": "https://www.icc-cpi.int/news/pre-trial-chamber-i-informs-security-council-and-assembly-states-parties-about-omar-al-bashirs/",
                                                                                                 "publisher": "International Criminal Court", "kind": "primary"})),
    ("sources", "plain dot-dot segment in the path", url_on_event("https://www.icc-cpi.int/news/../../x")),
    ("controls", "an encoded slash inside a path segment (a filing number in an address)", url_on_event("https://www.icc-cpi.int/court-record/icc-02%2F05-01%2F09-397")),
    ("sources", "source date as a quarter", src_on(E_CHAD, "", {**REUTERS, "date": "2010-Q3"})),
    # lookups, meta, assertions
    ("lookups", "publisher domain with a trailing dot", sub("lookups/publishers.yaml", "- domain: 24.kg\n", "- domain: 24.kg.\n")),
    ("lookups", "map point listed twice (duplicate key)", raw("lookups/map_points.yaml", lambda b: b.replace(b"points:\n  TUV:\n", b"points:\n  TUV:\n    name: x\n    lon: 1.0\n    lat: 1.0\n  TUV:\n", 1))),
    ("lookups", "demonym shared by two States", sub("lookups/demonyms.yaml", "  ALB:\n  - Albanian", "  ALB:\n  - Albanian\n  - Afghan")),
    ("assertions.yaml", "parties_on more parties than States in the record", sub("assertions.yaml", '"2025-01-01": 78', '"2025-01-01": 780')),
    ("meta.yaml", "a kind's checked_through as a partial month", sub("meta.yaml", 'events:\n    checked_through: "2025-12-31"', 'events:\n    checked_through: "2025-12"')),
    ("meta.yaml", "checked_through quoted with surrounding text", sub("meta.yaml", 'checked_through: "2026-05-31"\nlicence', 'checked_through: "as of 2026-05-31"\nlicence')),
    # people in custody, deaths and offices
    ("persons", "office begun while the holder was in the Court's custody", ed("persons/bosco-ntaganda.yaml", lambda p: p.setdefault("offices", []).append(
        {"title": "Minister of Defence", "state": "COD", "kind": "minister", "start": "2015-01-01", "sources": [dict(REUTERS)]}))),
    ("events", "a no-arrest trip to a State that then holds the person under the Court's warrant (same day arrest by it)",
     ed(E_BEL, lambda e: e.update(action="no_arrest"))),
]


def run(out: Path, only: set[str] | None = None) -> None:
    """Round seven's kinds through round four's runner, new warnings counted."""
    run_kinds(out, only, KINDS, _classify_with_warnings)

if __name__ == "__main__":
    run(Path(sys.argv[1]), set(sys.argv[2:]) or None)
