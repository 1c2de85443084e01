"""Round ten of the bad records: the probe (not a test; run by hand, its table is ROUND10.md).

As rounds seven to nine: each kind writes one bad (or, for a control, proper) change into a copy of the small
fixture record with round four's clean measure, response, position and request added, runs ``check_dataset``
(what ``iccwatch data check`` and ``data build`` run) and records whether the change was refused naming the
changed file, refused naming another record, warned, passed silently, or crashed, and how long the check took
(a check over ``SLOW_SECONDS`` is marked slow; one that does not end in ``HANG_SECONDS`` is stopped and marked
hung). Round ten writes as four contributors would: (a) a hurried volunteer pasting from a news article, (b) a
lawyer who knows the Statute but not the schema, (c) a script that bulk-edits the YAML, (d) a malicious
contributor; across every kind of record, with the State's new ``since: {date, sources}``.

    PYTHONPATH=src python tests/dataset/round10_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round10_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import (  # noqa: E402
    BASHIR,
    D_CHAD,
    E_CHAD,
    E_JOR,
    EXTRA,
    ICC,
    KONY_W,
    P_KONY,
    PO,
    REUTERS,
    ST,
    add_measure,
    both,
    ed,
    event,
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

from iccwatch.dataset.yaml_io import dump_yaml  # noqa: E402

VARIANTS = "lookups/name_variants.yaml"
UN = {"url": "https://www.un.org/en/about-us/member-states", "publisher": "United Nations", "kind": "primary"}
SSD_FILE = ("iso3: SSD\niso2: SS\nnumeric: '728'\nname: South Sudan\nname_fr: Soudan du Sud\nun_status: member\nsince:\n"
            "  date: \"2011-07-09\"\n  sources:\n  - url: https://www.un.org/en/about-us/member-states\n    publisher: United Nations\n"
            "    kind: primary\nsources:\n- url: https://www.un.org/en/about-us/member-states\n  title: Member States\n"
            "  publisher: United Nations\n  kind: primary\n")


def with_ssd(*changes: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
    """South Sudan (since 2011-07-09) added to the record, with the change(s) that lean on it."""
    def change(d: Path) -> list[str]:
        both(sub("assertions.yaml", "states: {min: 82, max: 82}", "states: {min: 83, max: 83}"), new("states/SSD.yaml", SSD_FILE))(d)
        return both(*changes)(d)  # only the files of the change itself are "the changed file"
    return change


def publisher(domain: str, **fields: Any) -> Callable[[Path], list[str]]:
    return ed("lookups/publishers.yaml", lambda t: next(p for p in t["publishers"] if p["domain"] == domain).update(fields))


def add_publisher(**entry: Any) -> Callable[[Path], list[str]]:
    return ed("lookups/publishers.yaml", lambda t: t["publishers"].append(entry))


def deferral(**fields: Any) -> Callable[[Path], list[str]]:
    d = {"state": "PHL", "requested": "2021-11-10", "outcome": "pending", **fields, "sources": [dict(ICC)]}
    return ed("situations/philippines.yaml", lambda s: s.setdefault("deferrals", []).append(d))


def lookup_file(name: str, body: dict[str, Any]) -> Callable[[Path], list[str]]:
    return new(f"lookups/{name}.yaml", dump_yaml({"about": "fixture", "sources": [{"url": "https://www.geonames.org/", "publisher": "GeoNames",
                                                                                    "kind": "secondary"}], **body}))


def variants(persons: dict[str, Any], spellings: list[Any] | None = None) -> Callable[[Path], list[str]]:
    return new(VARIANTS, dump_yaml({"about": "fixture", "sources": [{"url": "https://libguides.princeton.edu/syriac/romanization",
                                                                     "publisher": "Princeton University Library", "kind": "secondary"}],
                                    "spellings": spellings or [], "persons": persons}))


def fifo(rel: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        os.mkfifo(d / rel)
        return [rel]
    return change


def big_places(n_bytes: int) -> Callable[[Path], list[str]]:
    """places.yaml grown to about ``n_bytes`` with distinct made-up names (a file that is large, not deep)."""
    def change(d: Path) -> list[str]:
        p = d / "lookups/places.yaml"
        text = p.read_text(encoding="utf-8")
        extra, size = [], len(text)
        while size < n_bytes:
            extra.append(f"  Placename{len(extra):07d}: JOR\n")
            size += len(extra[-1])
        p.write_text(text + "".join(extra), encoding="utf-8")
        return ["lookups/places.yaml"]
    return change


def many_files(n: int) -> Callable[[Path], list[str]]:
    """``n`` copies of one trip, each a valid record of its own day (a flood of files, each small)."""
    def change(d: Path) -> list[str]:
        for i in range(n):
            day = (dt.date(2011, 1, 1) + dt.timedelta(days=i)).isoformat()
            eid = f"{day}-{BASHIR}-chad-{i}"
            (d / f"events/{eid}.yaml").write_text(dump_yaml({"id": eid, "date": day, "person": BASHIR, "state": "TCD", "action": "no_arrest",
                                                             "sources": [dict(REUTERS)]}), encoding="utf-8")
        return [f"events/{f.name}" for f in (d / "events").iterdir()]
    return change


def quadratic_keys(n: int) -> Callable[[Path], list[str]]:
    """A flow mapping of ``n`` keys on one line (a parser's slow path), under the size limit."""
    return sub(E_CHAD, "followup: Visit", "x_: {" + ", ".join(f"k{i}: {i}" for i in range(n)) + "}\nfollowup: Visit")


ALIAS_BOMB = ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
              "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
              "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\ni: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n")


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "South Sudan with its since, and a trip there after it", with_ssd(event(f"2012-01-10-{BASHIR}-south-sudan", "2012-01-10", "SSD"))),
    ("controls", "a publisher of class court graded A", publisher("icc-cpi.int", grade="A")),
    # --- (a) a hurried volunteer pasting from a news article
    ("events", "(a) a trip's end_date pasted as the report's date, a day before the trip", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21"\nend_date: "2010-07-20"')),
    ("sources", "(a) an address copied with a text fragment (#:~:text=)", url_on_event("https://www.reuters.com/world/x-2010-07-21/#:~:text=Bashir%20arrived")),
    ("sources", "(a) an address copied with tracking parameters (utm_source)", url_on_event("https://www.reuters.com/world/x-2010-07-21/?utm_source=twitter&utm_medium=social")),
    ("sources", "(a) a source whose publisher names another outlet than its domain (Reuters on bbc.com)",
     src_on(E_CHAD, "", {"url": "https://www.bbc.com/news/world-africa-10712345", "publisher": "Reuters", "kind": "secondary", "date": "2010-07-21"})),
    ("sources", "(a) a source dated before the trip it reports as made (not planned)", src_on(E_CHAD, "", {**REUTERS, "date": "2010-06-01"})),
    ("persons", "(a) an alias pasted in capitals from a headline", ed(P_KONY, lambda p: p["aliases"].append("JOSEPH KONY"))),
    ("persons", "(a) an alias with the article's smart quotes around it", ed(P_KONY, lambda p: p["aliases"].append("\u201cJoseph Kony\u201d"))),
    ("sources", "(a) a pinpoint that is the whole pasted paragraph (over 1,000 characters)", src_on(E_CHAD, "", {**REUTERS, "pinpoint": "Bashir arrived. " * 80})),
    ("events", "(a) a note with a pasted 'Read more' link", sub(E_CHAD, "action: no_arrest", "action: no_arrest\nnote: He flew in. Read more: https://www.reuters.com/x")),
    ("statements", "(a) a signatory list pasted with a State twice (not adjacent)", ed(ST, lambda s: s["signatories"].append(s["signatories"][5]))),
    # --- (b) a lawyer who knows the Statute but not the schema
    ("warrants", "(b) a status by a State dated before the State existed (SSD arrests in 2006)",
     with_ssd(status(KONY_W, {"status": "arrested", "date": "2006-01-01", "by_state": "SSD"}))),
    ("states", "(b) an Art. 98 agreement with a State before it existed (counterparty SSD, 2005)",
     with_ssd(part("JOR", {"action": "art_98_2_agreement", "date": "2005-01-01", "counterparty": "SSD"}))),
    ("situations", "(b) a deferral requested by a State before it existed", with_ssd(ed("situations/darfur-sudan.yaml", lambda s: (
        s["states"].append("SSD"), s.setdefault("deferrals", []).append({"state": "SSD", "requested": "2009-01-01", "outcome": "pending",
                                                                        "sources": [dict(ICC)]}), None)[-1]))),
    ("statements", "(b) a statement drafted by a State before it existed", with_ssd(setp(ST, "drafters", ["SSD"]), setp(ST, "date", "2010-06-23"))),
    ("situations", "(b) a deferral whose ruling precedes the request", deferral(outcome="application_rejected", outcome_date="2021-11-01")),
    ("situations", "(b) a deferral notified before it was requested", deferral(notified="2021-11-01")),
    ("situations", "(b) a deferral requested after the record's cut-off", deferral(requested="2026-09-01")),
    ("situations", "(b) a deferral requested twice by one State, one pending", both(deferral(outcome="application_rejected", outcome_date="2023-01-26"), deferral())),
    ("situations", "(b) a preliminary examination opened after the investigation", ed("situations/uganda.yaml", lambda s: s.update(
        preliminary_examination={"opened": "2005-01-01", "sources": [dict(ICC)]}))),
    ("situations", "(b) an authorisation before the preliminary examination opened", ed("situations/philippines.yaml", lambda s: (
        s.update(preliminary_examination={"opened": "2021-12-01", "sources": [dict(ICC)]}) if "authorisation" in s else (_ for _ in ()).throw(LookupError("no authorisation"))))),
    ("positions", "(b) a position on persons under no warrant in its situation (Kony in Ukraine)",
     ed(PO, lambda p: p.update(persons=["joseph-kony"], situations=["ukraine"]))),
    ("positions", "(b) a position on a person whose warrants had all ended before it", both(
        status(KONY_W, {"status": "warrant_withdrawn", "date": "2010-01-01"}), ed(PO, lambda p: p.update(persons=["joseph-kony"])))),
    ("decisions", "(b) a finding against a State in a situation not its own, no Council referral", both(
        setp(D_CHAD, "situation", "philippines"))),
    ("measures", "(b) sanctions against the Court by a State before it existed", with_ssd(add_measure(
        id="ssd-2010-01-01-sanctions-against-court-x", state="SSD", kind="sanctions_against_court", title="x", date="2010-01-01", summary="x"))),
    ("measures", "(b) sanctions ending after the record's cut-off", add_measure(
        id="rus-2020-06-11-sanctions-against-court-x", state="RUS", kind="sanctions_against_court", title="x", date="2020-06-11", end_date="2026-09-01", summary="x")),
    ("warrants", "(b) a summons to appear marked at large", status("warrants/abdallah-banda-abakaer-nourain-2.yaml", {"status": "at_large", "date": "2011-01-01", "inferred": "fixture"})),
    ("states", "(b) since dated after the record's cut-off", setp("states/JOR.yaml", "since", {"date": "2026-09-01", "sources": [dict(UN)]})),
    ("states", "(b) since before the United Nations (1900)", setp("states/JOR.yaml", "since", {"date": "1900-01-01", "sources": [dict(UN)]})),
    ("states", "(b) since with no sources", setp("states/JOR.yaml", "since", {"date": "1946-05-25", "sources": []})),
    ("states", "(b) since as a bare date (the old shape)", setp("states/JOR.yaml", "since", "1946-05-25")),
    ("states", "(b) since sourced by an unclassified domain", setp("states/JOR.yaml", "since", {"date": "1946-05-25", "sources": [
        {"url": "https://www.example-unknown-site.org/jordan", "publisher": "x", "kind": "secondary"}]})),
    ("persons", "(b) nationality of a State before it existed, with an office there before", with_ssd(ed(P_KONY, lambda p: p["offices"].append(
        {"title": "Minister", "state": "SSD", "kind": "minister", "start": "2009-01-01", "sources": [dict(REUTERS)]})))),
    # --- (c) a script that bulk-edits the YAML
    ("YAML", "(c) a key with a trailing space, quoted (\"state \")", sub(E_CHAD, "state: TCD", '"state ": TCD')),
    ("YAML", "(c) a key with a zero-width space", sub(E_CHAD, "state: TCD", "state\u200b: TCD")),
    ("YAML", "(c) the empty key in a record", sub(E_CHAD, "followup: Visit", '"": x\nfollowup: Visit')),
    ("YAML", "(c) old Mac line ends (CR only)", raw(E_CHAD, lambda b: b.replace(b"\n", b"\r"))),
    ("YAML", "(c) id written with the file's extension", both(sub(E_CHAD, f"id: 2010-07-21-{BASHIR}-chad", f"id: 2010-07-21-{BASHIR}-chad.yaml"))),
    ("YAML", "(c) a date unquoted (2010-07-21)", sub(E_CHAD, 'date: "2010-07-21"', "date: 2010-07-21")),
    ("YAML", "(c) a list item indented as a mapping key (- - x)", sub(E_CHAD, "state: TCD", "state:\n- - TCD")),
    ("YAML", "(c) every source's kind rewritten to primary (a bulk sed)", raw(KONY_W, lambda b: b.replace(b"kind: secondary", b"kind: primary"))),
    ("lookups", "(c) places.yaml: a key written twice with different States", raw("lookups/places.yaml", lambda b: b.replace(b"  Aba: NGA\n", b"  Aba: NGA\n  Aba: GHA\n", 1))),
    ("lookups", "(c) places.yaml: a State's own name mapped to another State", raw("lookups/places.yaml", lambda b: b.replace(b"  Aba: NGA\n", b"  Aba: NGA\n  Chad: JOR\n", 1))),
    ("lookups", "(c) airports.yaml: an airport mapped to an unknown State", lookup_file("airports", {"airports": {"Nowhere Airport": "ZZZ"}})),
    ("lookups", "(c) airports.yaml: an airport name blank", lookup_file("airports", {"airports": {" ": "JOR"}})),
    ("lookups", "(c) complete_lists.yaml as a list", new("lookups/complete_lists.yaml", "- x\n")),
    ("meta", "(c) a coverage incomplete entry blank", sub("meta.yaml", "    incomplete: []", "    incomplete:\n    - ''")),
    ("meta", "(c) a coverage complete text blank", sub("meta.yaml", "    complete: every situation under investigation", "    complete: ' '\n    x_: every situation under investigation")),
    ("assertions", "(c) parties_on a date before the Statute entered into force, with parties", sub("assertions.yaml", '"2025-01-01": 78', '"2025-01-01": 78\n  "2001-01-01": 5')),
    # --- (d) a malicious contributor
    ("publishers", "(d) a publisher of class court graded X (grade and class contradict)", publisher("icc-cpi.int", grade="X")),
    ("publishers", "(d) a publisher of class un graded C", add_publisher(domain="un-news-mirror.org", name="UN news mirror", **{"class": "un"}, grade="C", reason="fixture entry")),
    ("publishers", "(d) a domain with a Cyrillic letter (IDN homograph of reuters.com)", add_publisher(domain="r\u0435uters.com", name="Reuters", **{"class": "news_agency"}, grade="B", reason="fixture entry")),
    ("publishers", "(d) a domain in capitals beside the same in lower case", add_publisher(domain="REUTERS.COM", name="Reuters", **{"class": "news_agency"}, grade="A", reason="fixture entry")),
    ("publishers", "(d) a court's domain re-listed under another name (name of the Court on a look-alike)", add_publisher(
        domain="icc-cpi.org", name="International Criminal Court", **{"class": "court"}, grade="A", reason="fixture entry")),
    ("sources", "(d) copy_of that is not an address", src_on(E_CHAD, "", {**REUTERS, "copy_of": "the Court's press release"})),
    ("sources", "(d) copy_of the same address as the url", src_on(E_CHAD, "", {**REUTERS, "copy_of": REUTERS["url"]})),
    ("sources", "(d) copy_of an unclassified domain", src_on(E_CHAD, "", {**REUTERS, "copy_of": "https://www.example-unknown-site.org/pr"})),
    ("sources", "(d) a source with a url on a grade-A court domain but publisher 'Reuters' (mislabelled)", src_on(E_CHAD, "", {**ICC, "publisher": "Reuters"})),
    ("states", "(d) iso3 with a Cyrillic А, file renamed to match", lambda d: [
        (d / "states/ALB.yaml").write_text((d / "states/ALB.yaml").read_text(encoding="utf-8").replace("iso3: ALB", "iso3: \u0410LB"), encoding="utf-8"),
        (d / "states/ALB.yaml").rename(d / "states/\u0410LB.yaml"), "states/\u0410LB.yaml"][-1:]),
    ("files and folders", "(d) a file name holding a terminal escape (ESC[31m)", lambda d: [
        (d / E_CHAD).rename(d / "events/\x1b[31mx.yaml"), "events/\x1b[31mx.yaml"][-1:]),
    ("files and folders", "(d) a file name holding a line break", lambda d: [(d / E_CHAD).rename(d / "events/a\nb.yaml"), "events/a\nb.yaml"][-1:]),
    ("files and folders", "(d) a named pipe (FIFO) as a record file", fifo("events/2099-01-01-x-jordan.yaml")),
    ("files and folders", "(d) a named pipe as meta.yaml", lambda d: [(d / "meta.yaml").unlink(), fifo("meta.yaml")(d)][-1]),
    ("files and folders", "(d) an enormous file (3 MB of places)", big_places(3_000_000)),
    ("files and folders", "(d) a large file just under the limit (950 KB of places)", big_places(950_000)),
    ("files and folders", "(d) 3,000 small record files", many_files(3000)),
    ("YAML", "(d) a billion-laughs bomb in a record", raw(E_CHAD, lambda b: b + ALIAS_BOMB.encode())),
    ("YAML", "(d) a billion-laughs bomb in assertions.yaml", raw("assertions.yaml", lambda b: b + ALIAS_BOMB.encode())),
    ("YAML", "(d) a flow mapping of 50,000 keys on one line", quadratic_keys(50_000)),
    ("YAML", "(d) a scalar of 900,000 characters", sub(E_CHAD, "followup: Visit", "followup: " + "V" * 900_000)),
    ("YAML", "(d) a key of 100,000 characters", sub(E_CHAD, "followup: Visit", "k" * 100_000 + ": x\nfollowup: Visit")),
    ("YAML", "(d) an anchor defined and never used", sub(E_CHAD, "state: TCD", "state: &s TCD")),
    ("YAML", "(d) a tag on a key (!!str)", sub(E_CHAD, "state: TCD", "!!str state: TCD")),
    ("YAML", "(d) a custom local tag (!include)", sub(E_CHAD, "followup: Visit", "followup: !include /etc/passwd")),
    ("persons", "(d) a name in a right-to-left script that hides a Latin name", setp(P_KONY, "aliases", ["\u062c\u0648\u0632\u064a\u0641 \u0643\u0648\u0646\u064a Omar Hassan Ahmad Al-Bashir"])),
    ("events", "(d) a trip id that is another record's id in another kind (a decision's)", both(
        sub(E_JOR, f"id: 2017-03-29-{BASHIR}-jordan", "id: 2017-12-11-jordan"))),
    # --- second batch
    ("events", "(a) an occasion with an HTML entity pasted (&amp;)", sub(E_CHAD, "action: no_arrest", "action: no_arrest\noccasion: CEN-SAD summit &amp; talks")),
    ("warrants", "(a) a status date written with en dashes (2006\u201301\u201301)", status(KONY_W, {"status": "arrested", "date": "2006\u201301\u201301", "by_state": "UGA"})),
    ("events", "(a) a date with the weekday (Wed 21 July 2010)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "Wed 21 July 2010"')),
    ("situations", "(b) a deferral ruled on (resumption authorised) with no date of the ruling", deferral(outcome="resumption_authorised")),
    ("states", "(b) since sourced only by a news report", setp("states/JOR.yaml", "since", {"date": "1946-05-25", "sources": [dict(REUTERS)]})),
    ("publishers", "(d) may_be_primary on a news agency graded A (its reports become primary)", both(
        publisher("reuters.com", grade="A", may_be_primary=True), src_on(E_CHAD, "", {**REUTERS, "kind": "primary"}))),
    ("publishers", "(d) a publisher entry for a whole public suffix (co.uk graded A)", add_publisher(
        domain="co.uk", name="UK sites", **{"class": "newspaper_or_broadcaster"}, grade="B", reason="fixture entry")),
    ("lookups", "(d) name_variants: another person's name as a variant (hijacks matching)", variants({"joseph-kony": [{"name": "Vladimir Putin", "reason": "fixture"}]})),
    ("lookups", "(d) name_variants: a one-word variant (a first name alone)", variants({"joseph-kony": [{"name": "Joseph", "reason": "fixture"}]})),
    ("lookups", "(d) name_variants: a spelling group joining two different names (Omar = Joseph)", variants({}, [{"spellings": ["Omar", "Joseph"], "reason": "fixture"}])),
    ("events", "(d) a trip with 6,000 sources (under the size limit)", ed(E_CHAD, lambda e: e["sources"].extend(
        {**REUTERS, "url": f"https://www.reuters.com/world/x-{i}/"} for i in range(6000)))),
    ("persons", "(d) a person with 8,000 aliases", ed(P_KONY, lambda p: p["aliases"].extend(f"Kony Alias {i}" for i in range(8000)))),
    ("controls", "an address with an ordinary query and an anchor", url_on_event("https://www.icc-cpi.int/Pages/item.aspx?name=pr1094#para3")),
    ("controls", "a copy on the Court's site named as the outlet, with copy_of", src_on(E_CHAD, "", {**ICC, "kind": "secondary", "publisher": "Reuters", "copy_of": "a Reuters report"})),
    # --- third batch: the new since, as other facts' sources are checked
    ("states", "(b) since with a primary source and a primary_gap beside it", setp("states/JOR.yaml", "since", {
        "date": "1946-05-25", "primary_gap": "not read", "sources": [dict(UN)]})),
    ("states", "(b) since cited as primary on a grade-B news site", setp("states/JOR.yaml", "since", {
        "date": "1946-05-25", "sources": [{**REUTERS, "kind": "primary"}]})),
    ("states", "(b) since sourced by a report dated after the record's cut-off", setp("states/JOR.yaml", "since", {
        "date": "1946-05-25", "sources": [dict(UN), {**REUTERS, "date": "2026-09-01"}]})),
]


def run(out: Path, only: set[str] | None = None) -> None:
    """Round ten's kinds through the shared runner."""
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
