"""Round eleven of the bad records: the probe (not a test; run by hand, its table is ROUND11.md).

As rounds seven to ten: each kind writes one bad (or, for a control, proper) change into a copy of the small
fixture record with round four's clean measure, response, position and request added, runs ``check_dataset``
(what ``iccwatch data check`` and ``data build`` run) and records whether the change was refused naming the
changed file, refused naming another record, warned, passed silently, or crashed, and how long the check took.
Round eleven writes as four contributors err: (a) a hurried volunteer (typos in keys and codes, date formats,
duplicated items), (b) a lawyer (facts the law rules out: treaty acts, chambers, findings and requests, custody
spells), (c) a journalist (addresses, pinpoints, copies, dates of sources), (d) a hostile user (confusables,
traversal, tags, odd Unicode, names no file system can hold); across every kind of record, lookups, meta and
assertions. Kinds are new: the earlier rounds' tables (ROUND3-10.md) and the fixtures' names were read first.

    PYTHONPATH=src python tests/dataset/round11_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round11_probe.py table BEFORE.json AFTER.json
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
    P_KONY,
    PO,
    REUTERS,
    RQ,
    RS,
    ST,
    W1,
    both,
    custody,
    ed,
    main,
    new,
    part,
    raw,
    run_kinds,
    setp,
    src_on,
    status,
    sub,
    url_on_event,
)
from round10_probe import SSD_FILE, UN, with_ssd  # noqa: E402

from iccwatch.dataset.yaml_io import dump_yaml  # noqa: E402

NTAGANDA_W = "warrants/bosco-ntaganda-1.yaml"
BANDA_S = "warrants/abdallah-banda-abakaer-nourain-2.yaml"
D_JOR_AP = "decisions/2019-05-06-jordan.yaml"
HRW = {"url": "https://www.hrw.org/news/2010/07/22/chad-bashir-visit", "publisher": "Human Rights Watch", "kind": "secondary"}
ASSERT = "assertions.yaml"
_ = SSD_FILE


BEMBA_BEL = {"held_by": "BEL", "since": "2008-05-24", "until": "2008-07-03", "ended": "surrendered"}
DEAD_BASHIR = ({"status": "deceased", "date": "2024-01-01", "note": "fixture death"},)


def add_decision(**fields: Any) -> Callable[[Path], list[str]]:
    rec = {"id": fields.pop("id"), **fields, "sources": [dict(ICC)]}
    return new(f"decisions/{rec['id']}.yaml", dump_yaml(rec))


def rename(src: str, dst: str, old: str, new_: str) -> Callable[[Path], list[str]]:
    """Move a record's file and change its id alike."""
    def change(d: Path) -> list[str]:
        text = (d / src).read_text(encoding="utf-8")
        if old not in text:
            raise LookupError(f"{old!r} not in {src}")
        (d / src).unlink()
        (d / dst).write_text(text.replace(old, new_, 1), encoding="utf-8")
        return [dst]
    return change


def person_file(pid: str, name: str) -> Callable[[Path], list[str]]:
    return new(f"persons/{pid}.yaml", dump_yaml({"id": pid, "name": name, "sources": [dict(REUTERS)]}))


def alias(text: str) -> Callable[[Path], list[str]]:
    return ed(P_KONY, lambda p: p["aliases"].append(text))


def add_publisher(**entry: Any) -> Callable[[Path], list[str]]:
    return ed("lookups/publishers.yaml", lambda t: t["publishers"].append({"reason": "fixture entry", **entry}))


def symlink_in(rel: str, target: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        (d / rel).symlink_to(d / target)
        return [rel]
    return change


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "a custody spell ended by the surrender, on the surrender's day (Bemba, Belgium)", custody(
        BEMBA_W, {"held_by": "BEL", "since": "2008-05-24", "until": "2008-07-03", "ended": "surrendered"})),
    ("controls", "a pinpoint naming a page (p. 3)", src_on(E_CHAD, "", {**ICC, "pinpoint": "p. 3"})),
    ("controls", "an address whose path gives the day the source is dated", src_on(E_CHAD, "", {
        **REUTERS, "url": "https://www.reuters.com/article/2010/07/21/chad-bashir-idUS1", "date": "2010-07-21"})),
    ("controls", "an alias in another script (Arabic)", alias("\u062c\u0648\u0632\u064a\u0641 \u0643\u0648\u0646\u064a")),
    # --- (a) a hurried volunteer
    ("events", "(a) a key in camelCase (endDate)", sub(E_CHAD, "action: no_arrest", 'action: no_arrest\nendDate: "2010-07-23"')),
    ("warrants", "(a) a typo in a nested key (stauts in a status change)", sub(KONY_W, "- status: at_large", "- stauts: at_large")),
    ("events", "(a) a date day-first (21-07-2010)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "21-07-2010"')),
    ("events", "(a) a date with dots (2010.07.21)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010.07.21"')),
    ("events", "(a) a date with a two-digit year (10-07-21)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "10-07-21"')),
    ("events", "(a) the person written as a name (Omar Al-Bashir)", sub(E_CHAD, f"person: {BASHIR}", "person: Omar Al-Bashir")),
    ("events", "(a) the State code with two letters transposed (TDC)", sub(E_CHAD, "state: TCD", "state: TDC")),
    ("states", "(a) iso3 and iso2 swapped", both(sub("states/JOR.yaml", "iso3: JOR", "iso3: JO"), sub("states/JOR.yaml", "iso2: JO", "iso2: JOR"))),
    ("states", "(a) numeric code without its leading zero ('40')", sub("states/JOR.yaml", "numeric: '400'", "numeric: '40'")),
    ("decisions", "(a) a person listed twice, once with a trailing space", ed(D_CHAD, lambda x: x["persons"].append(BASHIR + " "))),
    ("decisions", "(a) the same trip listed twice in events", ed(D_CHAD, lambda x: x["events"].append(x["events"][0]))),
    ("situations", "(a) a situation's states list a State twice", ed("situations/uganda.yaml", lambda s: s["states"].append("UGA"))),
    ("instruments", "(a) a resolution obliging the same State twice", ed("instruments/unsc-res-1593-2005.yaml", lambda i: i["obliges_states"].append("SDN"))),
    ("warrants", "(a) at_large recorded twice on one day (a pasted status)", ed(KONY_W, lambda w: w["status_history"].append(dict(w["status_history"][1])))),
    ("positions", "(a) a position's situations list one twice", ed(PO, lambda p: p.update(situations=["darfur-sudan", "darfur-sudan"]))),
    ("statements", "(a) a signatory code with a trailing space", ed(ST, lambda s: s["signatories"].__setitem__(0, s["signatories"][0] + " "))),
    ("persons", "(a) an id with underscores (file renamed alike)", rename(P_KONY, "persons/joseph_kony.yaml", "id: joseph-kony", "id: joseph_kony")),
    ("warrants", "(a) a warrant kind in the plural (arrest_warrants)", sub(KONY_W, "kind: arrest_warrant", "kind: arrest_warrants")),
    ("warrants", "(a) a crime in the singular (war_crime)", sub(KONY_W, "- war_crimes", "- war_crime")),
    ("sources", "(a) a source kind with a trailing space, quoted ('primary ')", sub(E_CHAD, "  kind: primary", "  kind: 'primary '")),
    ("persons", "(a) a nationality written as alpha-2 (UG)", sub(P_KONY, "nationality:\n- UGA", "nationality:\n- UG")),
    ("events", "(a) an id ending in a hyphen (file renamed alike)", rename(E_CHAD, f"events/2010-07-21-{BASHIR}-chad-.yaml",
                                                                       f"id: 2010-07-21-{BASHIR}-chad", f"id: 2010-07-21-{BASHIR}-chad-")),
    ("events", "(a) an id with a doubled hyphen (file renamed alike)", rename(E_CHAD, f"events/2010-07-21-{BASHIR}--chad.yaml",
                                                                         f"id: 2010-07-21-{BASHIR}-chad", f"id: 2010-07-21-{BASHIR}--chad")),
    ("YAML", "(a) a list item pasted with an en dash (\u2013 url:)", sub(E_CHAD, "- url: https://www.icc-cpi.int/news/pre", "\u2013 url: https://www.icc-cpi.int/news/pre")),
    ("YAML", "(a) a date in smart quotes (\u201c2010-07-21\u201d)", sub(E_CHAD, 'date: "2010-07-21"', "date: \u201c2010-07-21\u201d")),
    ("YAML", "(a) a no-break space as indentation", sub(E_CHAD, "  publisher: International Criminal Court", "\u00a0 publisher: International Criminal Court")),
    ("YAML", "(a) the whole record indented by two spaces", raw(E_CHAD, lambda b: b"".join(b"  " + ln for ln in b.splitlines(keepends=True)))),
    ("YAML", "(a) trailing spaces after every value, CRLF line ends", raw(E_CHAD, lambda b: b.replace(b"\n", b"   \r\n"))),
    ("measures", "(a) a measure's state written in lower case in the id only (ALB-...)", rename(
        "measures/alb-2022-03-02-situation-referral-ukraine.yaml", "measures/ALB-2022-03-02-situation-referral-ukraine.yaml",
        "id: alb-2022", "id: ALB-2022")),
    ("responses", "(a) a response's body in lower case (asp)", sub(RS, "body: ASP", "body: asp")),
    # --- (b) a lawyer
    ("states", "(b) a ratification with no signature before it (JOR's signature dropped)", part("JOR", drop=lambda a: a["action"] == "signature")),
    ("states", "(b) an accession by a State that had signed (JOR)", sub("states/JOR.yaml", "  action: ratification\n", "  action: accession\n")),
    ("states", "(b) entry into force on 1 July 2002 for a deposit of 15 May 2002 (Art. 126(2) gives 1 August)", sub(
        "states/JOR.yaml", '  action: ratification\n  date: "2002-04-11"', '  action: ratification\n  date: "2002-05-15"')),
    ("states", "(b) a ratification after the signature was withdrawn, with no new signature", both(
        part("JOR", {"action": "signature_withdrawn", "date": "2001-06-01"}))),
    ("states", "(b) the Kampala amendments ratified by a State not party to the Statute", ed(
        "states/RUS.yaml", lambda s: s["participation"].append(
            {"instrument": "kampala-aggression", "action": "ratification", "date": "2015-05-01", "sources": [dict(UN)]}))),
    ("decisions", "(b) a decision's chamber is the Office of the Prosecutor", sub(D_JOR, "chamber: Pre-Trial Chamber II", "chamber: Office of the Prosecutor")),
    ("decisions", "(b) a decision's chamber numbered in Arabic figures (Pre-Trial Chamber 2)", sub(D_JOR, "chamber: Pre-Trial Chamber II", "chamber: Pre-Trial Chamber 2")),
    ("decisions", "(b) a decision's chamber a State's court (Supreme Court of Appeal)", sub(D_JOR, "chamber: Pre-Trial Chamber II", "chamber: Supreme Court of Appeal")),
    ("decisions", "(b) a finding before the Court's request it rules on (request moved after it)", both(
        rename(RQ, f"requests/2018-01-05-icc-{BASHIR}-jor.yaml", "id: 2009-03-06", "id: 2018-01-05"),
        sub(f"requests/2018-01-05-icc-{BASHIR}-jor.yaml", 'date: "2009-03-06"', 'date: "2018-01-05"'))),
    ("warrants", "(b) a custody spell beginning after the person's death", custody(
        W1, {"held_by": "SDN", "since": "2024-06-01"}, statuses=DEAD_BASHIR)),
    ("warrants", "(b) a custody spell ending after the person's death (released)", custody(
        W1, {"held_by": "SDN", "since": "2019-04-11", "until": "2024-06-01", "ended": "released"}, statuses=DEAD_BASHIR)),
    ("warrants", "(b) custody ended 'surrendered' with no surrender recorded", custody(
        KONY_W, {"held_by": "UGA", "since": "2009-01-01", "until": "2009-06-01", "ended": "surrendered"})),
    ("warrants", "(b) custody ended 'died' with no death recorded", custody(
        KONY_W, {"held_by": "UGA", "since": "2009-01-01", "until": "2009-06-01", "ended": "died"})),
    ("warrants", "(b) custody by a State before it existed (SSD, 2006)", with_ssd(custody(KONY_W, {"held_by": "SSD", "since": "2006-01-01"}))),
    ("warrants", "(b) custody beginning after the record's cut-off", custody(KONY_W, {"held_by": "UGA", "since": "2026-09-01"})),
    ("warrants", "(b) custody spell ending after the surrender to the Court (Bemba held by Belgium after it)", custody(
        BEMBA_W, {"held_by": "BEL", "since": "2008-05-24", "until": "2009-01-01", "ended": "released"})),
    ("warrants", "(b) surrendered after the case was held inadmissible", status(KONY_W, {"status": "case_inadmissible", "date": "2008-01-01"},
                                                                             {"status": "surrendered", "date": "2009-01-01", "by_state": "UGA"})),
    ("decisions", "(b) a conviction before the confirmation of charges", both(
        add_decision(id="2019-07-20-drc-ntaganda-confirmation", date="2019-07-20", chamber="Pre-Trial Chamber II", kind="confirmation_of_charges",
                     persons=["bosco-ntaganda"], situation="drc", outcome="confirmed", record_number="ICC-01/04-02/06-309"),
        add_decision(id="2019-07-08-drc-ntaganda-conviction", date="2019-07-08", chamber="Trial Chamber VI", kind="conviction",
                     persons=["bosco-ntaganda"], situation="drc", outcome="convicted", record_number="ICC-01/04-02/06-2359"))),
    ("decisions", "(b) a postponement allowed (Art. 95) with no admissibility challenge by the State", add_decision(
        id="2012-06-01-chad-postponement", date="2012-06-01", record_number="ICC-02/05-01/09-100", chamber="Pre-Trial Chamber I", kind="non_compliance", state="TCD", persons=[BASHIR],
        situation="darfur-sudan", request_type="arrest_surrender", finding="postponement_allowed", referred_to="none")),
    ("warrants", "(b) an admissibility challenge determined after the record's cut-off", ed(KONY_W, lambda w: w.update(admissibility_challenges=[
        {"by_state": "UGA", "made": "2008-01-01", "determined": "2026-09-01", "sources": [dict(ICC)]}]))),
    ("warrants", "(b) an admissibility challenge by a State before it existed (SSD, 2006)", with_ssd(ed(KONY_W, lambda w: w.update(admissibility_challenges=[
        {"by_state": "SSD", "made": "2006-01-01", "sources": [dict(ICC)]}])))),
    ("situations", "(b) jurisdiction_from before the Statute entered into force (1999)", setp("situations/uganda.yaml", "jurisdiction_from", "1999-01-01")),
    ("instruments", "(b) a Council resolution whose id gives another number than its symbol", both(
        rename("instruments/unsc-res-1593-2005.yaml", "instruments/unsc-res-1594-2005.yaml", "id: unsc-res-1593-2005", "id: unsc-res-1594-2005"),
        sub("situations/darfur-sudan.yaml", "unsc_resolution: unsc-res-1593-2005", "unsc_resolution: unsc-res-1594-2005"))),
    ("situations", "(b) two situations with one ICC number", sub("situations/philippines.yaml", "icc_number: ICC-01/21", "icc_number: ICC-01/22")),
    ("warrants", "(b) one warrant recorded twice under two ids", lambda d: [
        (d / "warrants/joseph-kony-2.yaml").write_text((d / KONY_W).read_text(encoding="utf-8").replace("id: joseph-kony-1", "id: joseph-kony-2"),
                                                       encoding="utf-8"), "warrants/joseph-kony-2.yaml"][-1:]),
    ("warrants", "(b) a warrant's id naming another person (joseph-kony-2 for Ntaganda's second)", rename(
        "warrants/bosco-ntaganda-2.yaml", "warrants/joseph-kony-2.yaml", "id: bosco-ntaganda-2", "id: joseph-kony-2")),
    ("persons", "(b) one person head of State of two States at once", ed(P_KONY, lambda p: p["offices"].extend([
        {"title": "President", "state": "UGA", "kind": "head_of_state", "start": "2010-01-01", "sources": [dict(REUTERS)]},
        {"title": "President", "state": "TCD", "kind": "head_of_state", "start": "2010-01-01", "sources": [dict(REUTERS)]}]))),
    ("warrants", "(b) arrested under a summons to appear", status(BANDA_S, {"status": "arrested", "date": "2011-01-01", "by_state": "SDN"})),
    ("decisions", "(b) a finding of non-compliance about a planned trip", both(
        new(f"events/2017-12-01-{BASHIR}-jordan-planned.yaml", dump_yaml({"id": f"2017-12-01-{BASHIR}-jordan-planned", "date": "2017-12-01",
                                                                           "person": BASHIR, "state": "JOR", "action": "visit_planned",
                                                                           "sources": [dict(REUTERS)]})),
        ed(D_JOR, lambda x: x["events"].append(f"2017-12-01-{BASHIR}-jordan-planned")))),
    ("decisions", "(b) an acquittal and a conviction of one person on one day", both(
        add_decision(id="2018-06-08-car-i-bemba-acquittal", date="2018-06-08", chamber="Appeals Chamber", kind="acquittal",
                     persons=["jean-pierre-bemba-gombo"], situation="car-i", outcome="acquitted"),
        add_decision(id="2018-06-08-car-i-bemba-conviction", date="2018-06-08", chamber="Appeals Chamber", kind="conviction",
                     persons=["jean-pierre-bemba-gombo"], situation="car-i", outcome="convicted"))),
    ("statements", "(b) a statement with no signatories", ed(ST, lambda s: (s.update(signatories=[]), s.pop("announced_signatories", None), s.pop("drafters", None), None)[-1])),
    ("responses", "(b) a response to a finding about another State than the response names", ed(RS, lambda x: x.update(
        decision="2010-08-27-chad", states=["JOR"]))),
    ("positions", "(b) a Chamber's holding marked court: false", sub(PO, "court: true", "court: false")),
    # --- (c) a journalist
    ("sources", "(c) an address without its scheme (www.reuters.com/...)", url_on_event("www.reuters.com/world/x-2010-07-21/")),
    ("sources", "(c) a primary on an NGO's report (hrw.org)", src_on(E_CHAD, "", {**HRW, "kind": "primary"})),
    ("sources", "(c) a pinpoint pointing at nothing (ibid.)", src_on(E_CHAD, "", {**ICC, "pinpoint": "ibid."})),
    ("sources", "(c) a pinpoint that is a bare label (p.)", src_on(E_CHAD, "", {**ICC, "pinpoint": "p."})),
    ("sources", "(c) a pinpoint 'see above'", src_on(E_CHAD, "", {**ICC, "pinpoint": "see above"})),
    ("sources", "(c) a pinpoint 'n/a'", src_on(E_CHAD, "", {**ICC, "pinpoint": "n/a"})),
    ("sources", "(c) a Wayback Machine copy cited as primary", src_on(E_CHAD, "", {
        "url": "https://web.archive.org/web/2010/https://www.icc-cpi.int/news/x", "publisher": "International Criminal Court", "kind": "primary"})),
    ("sources", "(c) an archive.today copy", src_on(E_CHAD, "", {"url": "https://archive.ph/AbCdE", "publisher": "Reuters", "kind": "secondary"})),
    ("sources", "(c) an AMP cache address of a report", src_on(E_CHAD, "", {
        "url": "https://www-reuters-com.cdn.ampproject.org/c/s/www.reuters.com/world/x/", "publisher": "Reuters", "kind": "secondary"})),
    ("sources", "(c) a search engine's redirect address (google.com/url?q=)", src_on(E_CHAD, "", {
        "url": "https://www.google.com/url?q=https://www.icc-cpi.int/news/x&sa=D", "publisher": "International Criminal Court", "kind": "secondary"})),
    ("sources", "(c) a link shortener (bit.ly)", src_on(E_CHAD, "", {"url": "https://bit.ly/3xYz", "publisher": "Reuters", "kind": "secondary"})),
    ("sources", "(c) a machine-translation proxy of the Court's page (translate.goog)", src_on(E_CHAD, "", {
        "url": "https://www-icc--cpi-int.translate.goog/news/x?_x_tr_sl=en", "publisher": "International Criminal Court", "kind": "secondary"})),
    ("sources", "(c) a look-alike host (icc-cpi.int.example.com) as primary", src_on(E_CHAD, "", {
        **ICC, "url": "https://icc-cpi.int.example.com/news/x"})),
    ("sources", "(c) the host in capitals (WWW.ICC-CPI.INT)", src_on(E_CHAD, "", {**ICC, "url": "https://WWW.ICC-CPI.INT/news/x"})),
    ("sources", "(c) a source dated otherwise than the day its address gives (/2010/07/21/ dated 2012-03-04)", src_on(E_CHAD, "", {
        **REUTERS, "url": "https://www.reuters.com/article/2010/07/21/chad-bashir-idUS1", "date": "2012-03-04"})),
    ("sources", "(c) a source date as a range (2010-2011)", src_on(E_CHAD, "", {**REUTERS, "date": "2010-2011"})),
    ("sources", "(c) a percent-encoded line break in the address (%0d%0a)", url_on_event("https://www.reuters.com/world/x%0d%0aSet-Cookie:x/")),
    ("sources", "(c) a host label over 63 characters", url_on_event("https://" + "a" * 70 + ".reuters.com/world/x/")),
    ("sources", "(c) a view-source: address", url_on_event("view-source:https://www.reuters.com/world/x/")),
    ("sources", "(c) copy_of on a news agency's own report (Reuters is no copy host)", src_on(E_CHAD, "", {**REUTERS, "copy_of": "the Court's press release"})),
    ("sources", "(c) the same report twice on one fact, one dated a year later", both(
        src_on(E_CHAD, "", {**REUTERS, "date": "2010-07-21"}), src_on(E_CHAD, "", {**REUTERS, "date": "2011-07-21"}))),
    # --- (d) a hostile user
    ("events", "(d) path traversal in a reference (person: ../../etc/passwd)", sub(E_CHAD, f"person: {BASHIR}", "person: ../../etc/passwd")),
    ("decisions", "(d) a slash in a listed id (events: ../events/x)", ed(D_CHAD, lambda x: x["events"].append("../events/x"))),
    ("persons", "(d) an id with a dotless i (confusable; file renamed alike)", rename(P_KONY, "persons/joseph-kon\u0131.yaml", "id: joseph-kony", "id: joseph-kon\u0131")),
    ("persons", "(d) an alias in mathematical bold letters", alias("\U0001d409\U0001d428\U0001d42c\U0001d41e\U0001d429\U0001d421 \U0001d40a\U0001d428\U0001d427\U0001d432")),
    ("persons", "(d) an alias in fullwidth letters", alias("\uff2a\uff4f\uff53\uff45\uff50\uff48 \uff2b\uff4f\uff4e\uff59")),
    ("persons", "(d) a name with 40 stacked combining marks (zalgo)", alias("Kony" + "\u0301\u0302\u0303\u0304" * 10)),
    ("persons", "(d) 40 combining marks stacked on a letter with no precomposed form (q)", alias("Kony q" + "\u0301\u0302\u0303\u0304" * 10)),
    ("persons", "(d) an emoji in an alias", alias("Joseph Kony \U0001f525")),
    ("persons", "(d) tag characters hidden in an alias (U+E0041)", alias("Joseph Kony\U000e0041\U000e0042")),
    ("persons", "(d) a variation selector in a name (U+FE0F)", alias("Joseph\ufe0f Kony")),
    ("persons", "(d) an alias that is a web address", alias("https://evil.example.com/kony")),
    ("persons", "(d) an alias holding a markdown link", alias("[Joseph Kony](https://evil.example.com)")),
    ("events", "(d) a note holding a markdown image (a tracking pixel)", sub(E_CHAD, "action: no_arrest", "action: no_arrest\nnote: Seen ![x](https://evil.example.com/p.png) there")),
    ("assertions", "(d) !!int on a quoted count", sub(ASSERT, "states: {min: 82, max: 82}", 'states: {min: !!int "82", max: 82}')),
    ("YAML", "(d) a verbatim tag naming Python (!<tag:yaml.org,2002:python/object/apply:os.system>)", sub(
        E_CHAD, "followup: Visit", "x_: !<tag:yaml.org,2002:python/object/apply:os.system> [echo]\nfollowup: Visit")),
    ("YAML", "(d) an alias used as a key", sub(E_CHAD, "state: TCD", "state: &s TCD\n*s : x")),
    ("YAML", "(d) a next-line character (U+0085) inside a name", alias("Joe\u0085Kony")),
    ("YAML", "(d) a block scalar keeping its trailing line breaks (|+) in a title", sub(
        "situations/uganda.yaml", "name: Uganda", "name: |+\n  Uganda\n\n")),
    ("YAML", "(d) a complex key (? state)", sub(E_CHAD, "state: TCD", "? state\n: TCD")),
    ("persons", "(d) a record id that is a Windows device name (con)", both(
        rename(P_KONY, "persons/con.yaml", "id: joseph-kony", "id: con"), sub(KONY_W, "person: joseph-kony", "person: con"))),
    ("persons", "(d) a record id of 200 characters", both(
        rename(P_KONY, f"persons/{'k' * 200}.yaml", "id: joseph-kony", f"id: {'k' * 200}"), sub(KONY_W, "person: joseph-kony", f"person: {'k' * 200}"))),
    ("files and folders", "(d) a symbolic link inside data/ to another record", symlink_in(f"events/2010-07-22-{BASHIR}-chad.yaml", E_CHAD)),
    ("events", "(d) a note of 19,000 characters (under the field limit)", sub(E_CHAD, "action: no_arrest", "action: no_arrest\nnote: " + "word " * 3800 + "end")),
    ("events", "(d) 200,000 blank lines after the record", raw(E_CHAD, lambda b: b + b"\n" * 200_000)),
    ("YAML", "(d) nesting 30 lists deep in a field (under the limit)", sub(E_CHAD, "followup: Visit", "x_: " + "[" * 30 + "]" * 30 + "\nfollowup: Visit")),
    ("publishers", "(d) a news agency reclassed as intergovernmental, graded A (its reports become primary)", both(
        ed("lookups/publishers.yaml", lambda t: next(p for p in t["publishers"] if p["domain"] == "reuters.com").update(
            {"class": "intergovernmental", "grade": "A"})), src_on(E_CHAD, "", {**REUTERS, "kind": "primary"}))),
    ("publishers", "(d) a domain with a path (icc-cpi.int/news)", add_publisher(domain="icc-cpi.int/news", name="x", **{"class": "court"}, grade="A")),
    ("publishers", "(d) a domain with a port (icc-cpi.int:443)", add_publisher(domain="icc-cpi.int:443", name="x", **{"class": "court"}, grade="A")),
    ("publishers", "(d) a publisher name blank", add_publisher(domain="example-fixture.org", name=" ", **{"class": "ngo"}, grade="B")),
    ("lookups", "(d) demonyms.yaml: a State's name given as another State's demonym", raw(
        "lookups/demonyms.yaml", lambda b: b.replace(b"\n  TCD:\n", b"\n  TCD:\n  - Jordan\n", 1))),
    ("meta", "(d) title holding a terminal escape", sub("meta.yaml", "title: iccwatch record of States' cooperation with the International Criminal Court",
                                                        'title: "\\e[31miccwatch record"')),
    ("meta", "(d) licence as a list", sub("meta.yaml", "licence: CC-BY-4.0", "licence:\n- CC-BY-4.0\nx_: x")),
    ("assertions", "(d) parties_on a count over the number of States (300)", sub(ASSERT, '"2025-01-01": 78', '"2025-01-01": 78\n  "2024-01-01": 300')),
    ("assertions", "(d) a parties_on date written twice with two counts", sub(ASSERT, '"2025-01-01": 78', '"2025-01-01": 78\n  "2025-01-01": 79')),
    ("measures", "(d) a measure whose summary is a script tag split by an entity-free trick (<scr<script>ipt>)", ed(
        "measures/alb-2022-03-02-situation-referral-ukraine.yaml", lambda m: m.update(summary="Referral <scr<script>ipt>alert(1)</script>"))),
    ("measures", "(a) a title left as a placeholder dash ('-')", ed(
        "measures/alb-2022-03-02-situation-referral-ukraine.yaml", lambda m: m.update(title="-"))),
    ("measures", "(a) a summary left as a placeholder (TBD)", ed(
        "measures/alb-2022-03-02-situation-referral-ukraine.yaml", lambda m: m.update(summary="TBD"))),
]


def run(out: Path, only: set[str] | None = None) -> None:
    """Round eleven's kinds through round ten's runner."""
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
