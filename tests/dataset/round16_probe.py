"""Round sixteen of the bad records: the probe (not a test; run by hand, its table is ROUND16.md).

As rounds seven to fifteen, through the shared harness (``probe_harness.py``): each kind writes one bad (or, for a
control, proper) change into a copy of the small fixture record with round four's clean measure, response, position
and request added, runs ``check_dataset`` (what ``iccwatch data check`` and ``data build`` run) and records whether
the change was refused naming the changed file, refused naming another record, warned, passed silently, or crashed.
Round sixteen writes only kinds the earlier rounds' tables (ROUND3-15.md) and the fixtures' names (617) do not hold,
first where no round had written at all: a Security Council resolution's request under Art. 16 (its period, whom it
names, what it renews), the search logs (``searched``) and their routes' table (``search_routes.yaml``), the text
address of an instrument and the address a copy is ``copy_of``; then fields that belong to another act (a court on a
ratification), consents recorded twice under two names, a Kampala amendment's entry into force, links that loop
(a ruling that follows itself), YAML directives and encodings no round wrote.

The review path, the CLI and the API are probed by ``round16_paths.py``.

    PYTHONPATH=src python tests/dataset/round16_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round16_probe.py table BEFORE.json AFTER.json
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
    D_JOR_AP,
    E_CHAD,
    EXTRA,
    ICC,
    MS,
    NTAGANDA_W,
    P_BASHIR,
    PO,
    RS,
    W1,
    add_measure,
    copy_as,
    ed,
    main,
    new,
    raw,
    run_kinds,
    setp,
    sub,
)

R1422 = "instruments/unsc-res-1422-2002.yaml"
R1593 = "instruments/unsc-res-1593-2005.yaml"
ROUTES = "lookups/search_routes.yaml"
PHL = "situations/philippines.yaml"
P_NTAGANDA = "persons/bosco-ntaganda.yaml"
META = "meta.yaml"
MAP = "lookups/map_points.yaml"
PUBS = "lookups/publishers.yaml"
NAMES = "lookups/state_names.yaml"
UNDOCS = {"url": "https://undocs.org/S/RES/1422(2002)", "title": "S/RES/1422 (2002)",
          "publisher": "United Nations Official Document System", "kind": "primary"}


def _art16(**over: Any) -> Callable[[Path], list[str]]:
    """Resolution 1422 (2002) given its request under Art. 16 (para. 1: twelve months from 1 July 2002), changed."""
    def fn(i: dict[str, Any]) -> None:
        i["art16_request"] = {"paragraph": 1, "start": "2002-07-01", "end": "2003-06-30",
                              "covers": "cases involving current or former officials or personnel from a contributing State not a "
                                        "Party to the Statute over acts or omissions relating to a United Nations established or "
                                        "authorized operation", **over}
    return ed(R1422, fn)


def _res_1487(**over: Any) -> Callable[[Path], list[str]]:
    """A copy of 1422 as resolution 1487 (2003), renewing it for twelve months from 1 July 2003, changed."""
    def fn(i: dict[str, Any]) -> None:
        i.update(id="unsc-res-1487-2003", title="Security Council resolution 1487 (2003) renewing the Art. 16 request",
                 citation="UNSC res 1487 (2003)", symbol="S/RES/1487 (2003)", adopted="2003-06-12",
                 text_url="https://undocs.org/S/RES/1487(2003)")
        i["sources"] = [{**UNDOCS, "url": "https://undocs.org/S/RES/1487(2003)", "title": "S/RES/1487 (2003)"}]
        i["art16_request"] = {"paragraph": 1, "start": "2003-07-01", "end": "2004-06-30", "covers": "the same cases",
                              "renews": "unsc-res-1422-2002", **over}
    return copy_as(R1422, "instruments/unsc-res-1487-2003.yaml", fn)


def _both(*changes: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        return [f for c in changes for f in c(d)]
    return change


def _searched(rel: str, path: str, *entries: dict[str, Any], gap: str | None = "The Court's release was not found.") -> Callable[[Path], list[str]]:
    """The fact at ``path`` given a primary_gap (unless None) and the search log ``entries``."""
    def fn(obj: Any) -> None:
        cur = obj
        for k in [k for k in path.split(".") if k]:
            cur = cur[int(k)] if k.isdigit() else cur[k]
        if gap is not None:
            cur["primary_gap"] = gap
        cur["searched"] = list(entries)
    return ed(rel, fn)


def _s(on: str, route: str = "court-releases", detail: str = "The Court's releases by the person's name.") -> dict[str, Any]:
    return {"on": on, "route": route, "detail": detail}


def _routes(fn: Callable[[dict[str, Any]], None]) -> Callable[[Path], list[str]]:
    return ed(ROUTES, fn)


def _act(iso3: str, **act: Any) -> Callable[[Path], list[str]]:
    def fn(s: dict[str, Any]) -> None:
        s["participation"].append({"instrument": "rome-statute", **act, "sources": [dict(ICC)]})
    return ed(f"states/{iso3}.yaml", fn)


def _legislation(iso3: str, **item: Any) -> Callable[[Path], list[str]]:
    def fn(s: dict[str, Any]) -> None:
        s.setdefault("implementing_legislation", []).append({**item, "sources": [dict(ICC)]})
    return ed(f"states/{iso3}.yaml", fn)


def _crimes_only_law(d: Path) -> list[str]:
    return add_measure(id="alb-2001-01-01-criminal-code", state="ALB", kind="implementing_legislation", title="Criminal Code amendments",
                       date="2001-01-01", scope="crimes_only", summary="Defines the Statute's crimes in the Criminal Code.")(d)


def _custody(rel: str, *spells: dict[str, Any]) -> Callable[[Path], list[str]]:
    def fn(w: dict[str, Any]) -> None:
        w.setdefault("custody", []).extend({**s, "sources": [dict(ICC)]} for s in spells)
    return ed(rel, fn)


def _decision_pair(d: Path) -> list[str]:
    a = ed(D_JOR_AP, lambda o: o.update(follows="2017-12-11-jordan"))(d)
    b = ed(D_JOR, lambda o: o.update(follows="2019-05-06-jordan"))(d)
    return a + b


def _with_summons(w: dict[str, Any]) -> None:
    w.update(id="bosco-ntaganda-3", kind="summons_to_appear", issued="2012-07-13", unsealed="2012-08-01")
    w.pop("custody", None)
    w["status_history"] = [{"status": "issued", "date": "2012-07-13", "sources": [dict(ICC)]}]


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "resolution 1422 (2002) with its Art. 16 request (twelve months from 1 July 2002)", _art16()),
    ("controls", "a search log in date order on a status with a primary_gap", _searched(W1, "status_history.1", _s("2026-12-01"), _s("2026-12-02", "court-case-pages"))),
    # --- instruments: the Council's request under Art. 16 (no round wrote one) ----------------------------------------
    ("instruments", "(b) an Art. 16 request whose period ends before it starts", _art16(end="2002-06-30")),
    ("instruments", "(b) an Art. 16 request for 24 months (Art. 16 says 12, renewable)", _art16(end="2004-06-30")),
    ("instruments", "(b) an Art. 16 request naming a person not in the record", _art16(persons=["no-such-person"])),
    ("instruments", "(b) an Art. 16 request naming a situation not in the record", _art16(situations=["atlantis"])),
    ("instruments", "(b) an Art. 16 request renewing a resolution not in the record", _art16(renews="unsc-res-9999-2002")),
    ("instruments", "(b) an Art. 16 request renewing itself", _art16(renews="unsc-res-1422-2002")),
    ("instruments", "(b) an Art. 16 request renewing a resolution that makes none (1593)", _art16(renews="unsc-res-1593-2005")),
    ("instruments", "(b) an Art. 16 renewal whose period begins inside the renewed one", _both(_art16(), _res_1487(start="2003-01-01", end="2003-12-31"))),
    ("instruments", "(b) an Art. 16 renewal adopted before the resolution it renews", _both(_art16(), _res_1487(), setp(R1422, "adopted", "2003-07-12"))),
    ("instruments", "(b) an Art. 16 request whose period ended before the resolution was adopted (adopted 2004)", _both(_art16(), setp(R1422, "adopted", "2004-01-12"))),
    ("instruments", "(a) an Art. 16 request whose scope (covers) is blank", _art16(covers="  ")),
    ("instruments", "(a) an Art. 16 request in operative paragraph 0", _art16(paragraph=0)),
    ("instruments", "(b) an Art. 16 request naming a person twice", _art16(persons=[BASHIR, BASHIR])),
    ("instruments", "(b) an Art. 16 request on an Assembly resolution", _both(_art16(), setp(R1422, "kind", "asp_resolution"))),
    ("instruments", "(c) a resolution's text address with tracking parameters (utm_source)", setp(R1593, "text_url", "https://undocs.org/S/RES/1593(2005)?utm_source=newsletter")),
    ("instruments", "(c) a resolution's text address on a domain no publisher lists", setp(R1593, "text_url", "https://un-docs-mirror.example/S/RES/1593(2005)")),
    ("instruments", "(d) a resolution's text address with a user and password", setp(R1593, "text_url", "https://user:pw@undocs.org/S/RES/1593(2005)")),
    ("instruments", "(d) a resolution's text address that is a javascript: address", setp(R1593, "text_url", "javascript:alert(1)")),
    # --- search logs and routes (no round wrote one) -----------------------------------------------------------------
    ("search logs", "(b) a search dated before the fact it searched for (2005, for a status of 2009)", _searched(W1, "status_history.1", _s("2005-01-01"))),
    ("search logs", "(b) a search dated before the Statute was adopted (1997)", _searched("states/JOR.yaml", "participation.0", _s("1997-01-01", "court-case-pages"), gap="The depositary's record was not read.")),
    ("search logs", "(a) searches logged out of date order", _searched(W1, "status_history.1", _s("2026-12-02"), _s("2026-12-01", "court-case-pages"))),
    ("search logs", "(a) the same search logged twice", _searched(W1, "status_history.1", _s("2026-12-01"), _s("2026-12-01"))),
    ("search logs", "(a) an empty search log (searched: [])", _searched(W1, "status_history.1")),
    ("search logs", "(a) a search dated by its month only (2026-12)", _searched(W1, "status_history.1", _s("2026-12"))),
    ("search logs", "(a) a search's detail left as a placeholder (TBD)", _searched(W1, "status_history.1", _s("2026-12-01", detail="TBD"))),
    ("search logs", "(a) a search's detail that is only an address", _searched(W1, "status_history.1", _s("2026-12-01", detail="https://www.icc-cpi.int/darfur/albashir"))),
    ("search logs", "(a) a search with a field the log does not know (by)", _searched(W1, "status_history.1", {**_s("2026-12-01"), "by": "editor"})),
    ("search logs", "(a) a search's route in capitals (Court-Releases)", _searched(W1, "status_history.1", _s("2026-12-01", "Court-Releases"))),
    ("search logs", "(a) a search's detail with a day no calendar has (2026-02-30)", _searched(W1, "status_history.1", _s("2026-12-01", detail="the Court's releases of 2026-02-30 read"))),
    ("search routes", "(a) a route with no description", _routes(lambda t: t["routes"]["other"].pop("description"))),
    ("search routes", "(a) a route id with capitals and a space (Court releases)", _routes(lambda t: t["routes"].update({"Court releases": {"description": "the Court's releases"}}))),
    ("search routes", "(a) the routes written as a list", _routes(lambda t: t.update(routes=[{"id": k, **v} for k, v in t["routes"].items()]))),
    ("search routes", "(a) a route's description left as a placeholder (TBD)", _routes(lambda t: t["routes"]["other"].update(description="TBD"))),
    ("search routes", "(a) a route's keywords as one string", _routes(lambda t: t["routes"]["other"].update(keywords="press release, news"))),
    ("search routes", "(a) a route's description blank", _routes(lambda t: t["routes"]["other"].update(description="   "))),
    # --- states -----------------------------------------------------------------------------------------------------
    ("states", "(b) the Kampala amendments in force for a State a month after its deposit (Art. 121(5): one year)", _act("AND", instrument="kampala-aggression", action="entry_into_force", date="2013-10-26")),
    ("states", "(b) a cooperation-law status naming a measure that is a referral, not a law", _legislation("ALB", status="enacted", as_of="2022-03-03", measure="alb-2022-03-02-situation-referral-ukraine")),
    ("states", "(b) a cooperation-law status 'enacted' naming a crimes-only law", _both(_crimes_only_law, _legislation("ALB", status="enacted", as_of="2001-01-02", measure="alb-2001-01-01-criminal-code"))),
    ("states", "(b) an Art. 12(3) declaration whose covered period ends before it begins", _act("PSE", action="declaration_12_3", date="2015-01-01", covers_from="2014-06-13", covers_to="2014-01-01")),
    ("states", "(b) a domestic court named on a ratification (court: on another act)", setp("states/JOR.yaml", "participation.1.court", "Constitutional Court")),
    ("states", "(b) a counterparty on a ratification", setp("states/JOR.yaml", "participation.1.counterparty", "USA")),
    ("states", "(b) a ratification_or_accession beside the State's ratification (one consent twice)", _act("JOR", action="ratification_or_accession", date="2002-04-11")),
    ("states", "(b) a signature_withdrawn dated before the State's signature", _act("JOR", action="signature_withdrawn", date="1998-07-18")),
    ("states", "(b) a withdrawal revoked before the withdrawal was notified (same State, one year earlier)", _both(_act("JOR", action="withdrawal_notified", date="2020-01-01"), _act("JOR", action="withdrawal_revoked", date="2019-01-01"))),
    # --- persons ----------------------------------------------------------------------------------------------------
    ("persons", "(b) a travel_gap on a person in the Court's custody and convicted", setp(P_NTAGANDA, "travel_gap", "searched news archives on 2026-01-01 for travel abroad; none found")),
    ("persons", "(a) an office's title left as a placeholder (TBD)", setp(P_BASHIR, "offices.0.title", "TBD")),
    # --- warrants ---------------------------------------------------------------------------------------------------
    ("warrants", "(b) a summons to appear with an unsealing date", copy_as(NTAGANDA_W, "warrants/bosco-ntaganda-3.yaml", _with_summons)),
    ("warrants", "(b) a warrant unsealed before it was issued", setp(W1, "unsealed", "2009-01-01")),
    ("warrants", "(b) a custody spell ended 'transferred' with no spell beginning that day", _custody(W1, {"held_by": "SDN", "since": "2019-04-11", "until": "2020-01-01", "ended": "transferred"})),
    ("warrants", "(b) a custody spell whose ended_by is before its since", _custody(W1, {"held_by": "SDN", "since": "2019-04-11", "until_unknown": "searched; not found", "ended_by": "2019-01-01", "ended": "released"})),
    ("warrants", "(b) a non-State group's custody recorded with the State's own proceedings", _custody(W1, {"held_by": "SDN", "holder": "non_state_group", "group": "Rapid Support Forces", "since": "2023-05-01", "own_proceedings": "tried by the group's court"})),
    # --- events -----------------------------------------------------------------------------------------------------
    ("events", "(b) a cancellation reason (cancelled_by) on a visit that took place", setp(E_CHAD, "cancelled_by", "host_refused_entry")),
    ("events", "(b) a planned trip whose action says the host did not arrest (no_arrest)", setp(E_CHAD, "trip", "planned")),
    ("events", "(a) an occasion left as a placeholder (TBD)", setp(E_CHAD, "occasion", "TBD")),
        # --- decisions --------------------------------------------------------------------------------------------------
    ("decisions", "(b) a decision that follows itself", setp(D_JOR, "follows", "2017-12-11-jordan")),
    ("decisions", "(b) a decision on appeal of itself", setp(D_JOR_AP, "appeal_of", "2019-05-06-jordan")),
    ("decisions", "(b) two decisions each following the other (a loop)", _decision_pair),
    ("decisions", "(b) a request_type on a conviction ruling", new("decisions/2019-07-08-drc-ntaganda-conviction.yaml", """id: 2019-07-08-drc-ntaganda-conviction
date: "2019-07-08"
chamber: Trial Chamber VI
kind: conviction
situation: drc
persons:
- bosco-ntaganda
request_type: arrest_surrender
outcome: convicted
record_number: ICC-01/04-02/06-2359
sources:
- url: https://www.icc-cpi.int/drc/ntaganda
  title: Ntaganda Case
  publisher: International Criminal Court
  kind: primary
""")),
    ("decisions", "(a) a decision's outcome left as a placeholder (TBD)", setp(D_CHAD, "outcome", "TBD")),
    # --- situations -------------------------------------------------------------------------------------------------
    ("situations", "(b) an Art. 15 authorisation by the Office of the Prosecutor", setp(PHL, "authorisation.chamber", "Office of the Prosecutor")),
    ("situations", "(b) an Art. 15 authorisation whose record number is another situation's (ICC-02/05)", setp(PHL, "authorisation.record_number", "ICC-02/05-34")),
    ("situations", "(a) an Art. 15 authorisation whose record number is not the Court's (12345)", setp(PHL, "authorisation.record_number", "12345")),
    # --- measures, responses, positions -----------------------------------------------------------------------------
    ("measures", "(b) a measure by another body (other_body) that names a State", add_measure(id="eu-2022-01-01-agreement", author_kind="other_body", author="European Union", state="BEL",
                                                                                            kind="enforcement_agreement", title="Agreement with the EU", date="2022-01-01", summary="An agreement.")),
    ("measures", "(b) a State's measure with an author's name beside its State", setp(MS, "author", "Government of Albania")),
    ("responses", "(a) a response's document left as a placeholder (TBD)", setp(RS, "document", "TBD")),
    ("positions", "(b) a holding of the Court (court: true) held by a government", setp(PO, "held_by", "Government of Jordan")),
    # --- meta -------------------------------------------------------------------------------------------------------
    ("meta", "(b) no coverage for a kind the record holds (events)", ed(META, lambda m: m["coverage"].pop("events"))),
    ("meta", "(a) the record's title left as a placeholder (TBD)", setp(META, "title", "TBD")),
    ("meta", "(a) a kind's complete text left as a placeholder (TBD)", setp(META, "coverage.states.complete", "TBD")),
    # --- lookups ----------------------------------------------------------------------------------------------------
    ("lookups", "(d) a map point's latitude of 200 degrees", setp(MAP, "points.TUV.lat", 200.0)),
    ("lookups", "(d) a map point's longitude of -500 degrees", setp(MAP, "points.TUV.lon", -500.0)),
    ("lookups", "(a) one domain listed twice in publishers.yaml with two grades", ed(PUBS, lambda t: t["publishers"].append({**t["publishers"][1], "grade": "C"}))),
    ("lookups", "(a) a State's names listed under its alpha-2 code (JO)", ed(NAMES, lambda t: _name_to(t, "JO"))),
    # --- sources ----------------------------------------------------------------------------------------------------
    ("sources", "(a) a source's title left as a placeholder (TBD)", setp(E_CHAD, "sources.0.title", "TBD")),
    ("sources", "(c) a copy_of address carrying tracking parameters (utm_source)", setp("situations/darfur-sudan.yaml", "sources.2.copy_of",
                                                                                      "https://www.securitycouncilreport.org/monthly-forecast/2025-08/status-update-since-our-july-forecast-6.php?utm_source=x")),
    ("sources", "(d) a copy_of address with a user and password", setp("situations/darfur-sudan.yaml", "sources.2.copy_of",
                                                                     "https://user:pw@www.securitycouncilreport.org/monthly-forecast/2025-08/")),
    ("sources", "(d) a copy_of that is a javascript: address", setp("situations/darfur-sudan.yaml", "sources.2.copy_of", "javascript:alert(1)")),
    ("sources", "(c) a source's pinpoint naming a page of a news article cited with a bare www address", setp(E_CHAD, "sources.0.pinpoint", "www.icc-cpi.int, p. 2")),
    # --- YAML and encodings -----------------------------------------------------------------------------------------
    ("YAML and encodings", "(d) a %YAML 1.1 directive before the record", raw(E_CHAD, lambda b: b"%YAML 1.1\n---\n" + b)),
    ("YAML and encodings", "(d) a %TAG directive naming Python's tags", raw(E_CHAD, lambda b: b"%TAG !p! tag:yaml.org,2002:python/\n---\n" + b)),
    ("YAML and encodings", "(d) a !!omap tag on the record", raw(E_CHAD, lambda b: b"--- !!omap\n" + b"".join(b"- " + line + b"\n" for line in b.splitlines() if not line.startswith((b" ", b"-"))))),
    ("YAML and encodings", "(d) a !!pairs tag on a list of sources", sub(E_CHAD, "sources:\n", "sources: !!pairs\n")),
    ("YAML and encodings", "(d) a file saved as UTF-32 (with its BOM)", raw(E_CHAD, lambda b: b.decode("utf-8").encode("utf-32"))),
    ("YAML and encodings", "(d) an overlong UTF-8 encoding of a slash (C0 AF) in a value", raw(E_CHAD, lambda b: b.replace(b"Visit 21-23", b"Visit 21\xc0\xafJul"))),
    ("YAML and encodings", "(d) a surrogate pair encoded as UTF-8 (CESU-8: ED A0 BD ED B8 80) in a value", raw(E_CHAD, lambda b: b.replace(b"Visit 21-23", b"Visit \xed\xa0\xbd\xed\xb8\x80"))),
    ("YAML and encodings", "(d) a !!str tag on a whole list (signatories)", sub("statements/js-2020-06-23.yaml", "signatories:\n", "signatories: !!str\n")),
    ("YAML and encodings", "(d) a --- !!map tag on the document root", raw(E_CHAD, lambda b: b"--- !!map\n" + b)),
    ("YAML and encodings", "(d) a key written twice, once as a quoted escape (\"\\x73tate\")", sub(E_CHAD, "state: TCD", "state: TCD\n\"\\x73tate\": JOR")),
]


def _name_to(t: dict[str, Any], code: str) -> None:
    """The names listed under JOR moved under ``code``."""
    names = t["names"]
    names[code] = names.pop("JOR")



# --- batch two: the lookup tables no round wrote into (the small record holds none of them: each kind copies the
# bundled table into the copy first, as the control does) ----------------------------------------------------------

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "lookups"


def _table(name: str, fn: Callable[[Any], Any] | None = None) -> Callable[[Path], list[str]]:
    """The bundled ``lookups/<name>.yaml`` laid into the copy, changed by ``fn`` (none for the control)."""
    def change(d: Path) -> list[str]:
        rel = f"lookups/{name}.yaml"
        (d / rel).write_bytes((BUNDLED / f"{name}.yaml").read_bytes())
        return ed(rel, fn)(d) if fn else [rel]
    return change


def _region(fn: Callable[[dict[str, Any]], None]) -> Callable[[Any], None]:
    return lambda t: fn(t["regions"][0])


def _de(fn: Callable[[dict[str, Any]], None]) -> Callable[[Any], None]:
    return lambda t: fn(t["languages"]["de"])


def _fr_family(pattern: str, family: str = "ARREST") -> Callable[[Any], None]:
    return lambda t: t["languages"]["fr"]["families"].setdefault(family, []).append({"pattern": pattern, "reason": "probe"})


LOOKUP_KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "the bundled regions, question words, question State names, months and monitor words laid in",
     lambda d: [f for n in ("regions", "question_words", "question_state_names", "question_months", "monitor_words") for f in _table(n)(d)]),
    ("lookups", "(a) regions: a region's as_of on a day no calendar has (2023-02-30)", _table("regions", _region(lambda r: r.update(as_of="2023-02-30")))),
    ("lookups", "(b) regions: a region's as_of after the record's cut-off (2027-01-01)", _table("regions", _region(lambda r: r.update(as_of="2027-01-01")))),
    ("lookups", "(a) regions: a member listed twice", _table("regions", _region(lambda r: r["members"].append(r["members"][0])))),
    ("lookups", "(b) regions: one name given to two regions", _table("regions", lambda t: t["regions"][1]["names"].append(t["regions"][0]["names"][0]))),
    ("lookups", "(a) regions: a region's source that names none of the table's sources", _table("regions", _region(lambda r: r.update(source="a list I remember")))),
    ("lookups", "(a) question_words: a portfolio word left empty", _table("question_words", lambda t: t["portfolios"]["defence"]["words"].append(""))),
    ("lookups", "(a) question_words: a portfolio word with space around it", _table("question_words", lambda t: t["portfolios"]["defence"]["words"].append(" defence"))),
    ("lookups", "(a) question_words: a portfolio's reason left as a placeholder (TBD)", _table("question_words", lambda t: t["portfolios"]["defence"].update(reason="TBD"))),
    ("lookups", "(b) question_state_names: one German name given to two States", _table("question_state_names", _de(lambda de: de["TCD"].append(de["JOR"][0])))),
    ("lookups", "(b) question_state_names: a name listed under not_read and read for a State", _table("question_state_names",
                                                                                                       lambda t: t["languages"]["de"]["TCD"].append(t["not_read"]["names"][0]))),
    ("lookups", "(a) question_state_names: a language keyed by a code that is no State (ZZZ)", _table("question_state_names", _de(lambda de: de.update(ZZZ=["Zedland"])))),
    ("lookups", "(a) question_state_names: a name listed twice for one State", _table("question_state_names", _de(lambda de: de["TCD"].append(de["TCD"][0])))),
    ("lookups", "(a) question_months: a month's word with a digit (m4rz)", _table("question_months", lambda t: t["languages"]["de"]["months"]["March"].append("m4rz"))),
    ("lookups", "(a) question_months: one word listed twice for one month", _table("question_months", lambda t: t["languages"]["de"]["months"]["May"].append("mai"))),
    ("lookups", "(b) question_months: an English month's name given as another month's word (june for July)", _table("question_months",
                                                                                                                     lambda t: t["languages"]["de"]["months"]["July"].append("june"))),
    ("lookups", "(d) monitor_words: a family pattern that matches the empty string (x*)", _table("monitor_words", _fr_family("x*"))),
    ("lookups", "(d) monitor_words: a family pattern that does not compile", _table("monitor_words", _fr_family("(unclosed"))),
    ("lookups", "(a) monitor_words: a family the lexicon does not have (ARRETS)", _table("monitor_words", _fr_family(r"\barrêts?\b", "ARRETS"))),
    ("lookups", "(d) monitor_words: a family pattern with catastrophic backtracking ((a+)+$)", _table("monitor_words", _fr_family("(a+)+$"))),
    ("lookups", "(d) monitor_words: a family pattern of 100,000 characters", _table("monitor_words", _fr_family("a" * 100_000))),
]
KINDS += LOOKUP_KINDS


def run(out: Path, only: set[str] | None) -> None:
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
