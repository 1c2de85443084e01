"""Round twelve of the bad records: the probe (not a test; run by hand, its table is ROUND12.md).

As rounds seven to eleven: each kind writes one bad (or, for a control, proper) change into a copy of the small
fixture record with round four's clean measure, response, position and request added, runs ``check_dataset``
(what ``iccwatch data check`` and ``data build`` run) and records whether the change was refused naming the
changed file, refused naming another record, warned, passed silently, or crashed, and how long the check took.
Round twelve writes as four contributors err: (a) a hurried volunteer (formats, case, pasted addresses), (b) a
lawyer (withdrawals, custody and surrender, deaths, the order of requests, rulings and responses), (c) a journalist
(archive captures, session and tracking parameters, pinpoints, counts in words), (d) a hostile user (ids as
aliases, hosts that are addresses or ports, homographs, markup); across every kind of record. Kinds are new: the
earlier rounds' tables (ROUND3-11.md) and the fixtures' names were read first; a few ideas the brief listed turned
out to be caught already (tracking parameters, credentials in an address) and are kept as rows saying so.

    PYTHONPATH=src python tests/dataset/round12_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round12_probe.py table BEFORE.json AFTER.json
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
    UNTC,
    W1,
    both,
    custody,
    ed,
    main,
    new,
    run_kinds,
    status,
    sub,
)
from round11_probe import BEMBA_BEL, DEAD_BASHIR  # noqa: E402

from iccwatch.dataset.yaml_io import dump_yaml  # noqa: E402

P_BASHIR = f"persons/{BASHIR}.yaml"
HUN = "states/HUN.yaml"
NTAGANDA_W = "warrants/bosco-ntaganda-1.yaml"
ORIGINAL = "https://www.reuters.com/article/2010/07/21/chad-bashir-idUS1"
WAYBACK = "https://web.archive.org/web/{ts}/" + ORIGINAL


def src(url: str, **more: Any) -> Callable[[Path], list[str]]:
    """A second source on the trip to Chad (Reuters, secondary), with this address."""
    return ed(E_CHAD, lambda e: e["sources"].append({**REUTERS, "url": url, **more}))


def capture(ts: str, **more: Any) -> Callable[[Path], list[str]]:
    """A Wayback Machine capture of a Reuters report on the trip to Chad, taken at ``ts``."""
    return src(WAYBACK.format(ts=ts), copy_of=ORIGINAL, **more)


def alias(rel: str, text: str) -> Callable[[Path], list[str]]:
    return ed(rel, lambda p: p.setdefault("aliases", []).append(text))


def title(rel: str, text: str) -> Callable[[Path], list[str]]:
    return ed(rel, lambda x: x.update(title=text))


def trip(eid: str, date: str, state: str, **more: Any) -> Callable[[Path], list[str]]:
    rec = {"id": eid, "date": date, "person": BASHIR, "state": state, "action": "no_arrest", **more, "sources": [dict(REUTERS)],
           "primary_gap": "fixture trip: no primary source searched"}
    return new(f"events/{eid}.yaml", dump_yaml(rec))


def pinpoint(text: str) -> Callable[[Path], list[str]]:
    return ed(E_CHAD, lambda e: e["sources"][0].update(pinpoint=text))


def hun(fn: Callable[[list[dict[str, Any]]], None]) -> Callable[[Path], list[str]]:
    return ed(HUN, lambda s: fn(s["participation"]))


def _revoke_before_effect(acts: list[dict[str, Any]]) -> None:
    i = next(i for i, a in enumerate(acts) if a["action"] == "withdrawal_effective")
    acts.insert(i, {"instrument": "rome-statute", "action": "withdrawal_revoked", "date": "2026-01-15",
                    "sources": [dict(UNTC)]})


def _bemba_surrendered_by(iso3: str) -> Callable[[Path], list[str]]:
    def fn(w: dict[str, Any]) -> None:
        next(s for s in w["status_history"] if s["status"] == "surrendered")["by_state"] = iso3
        w.setdefault("custody", []).append({**BEMBA_BEL, "sources": [dict(ICC)]})
    return ed(BEMBA_W, fn)


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "an archive capture taken after the source's own date", capture("20100725093000", date="2010-07-21")),
    ("controls", "an archive capture with a day-only timestamp, the source's day", capture("20100721", date="2010-07-21")),
    ("controls", "a count in words that agrees with the list (sixty-seven)", title(
        ST, "Joint statement by sixty-seven States Parties reaffirming support for the ICC after US executive order on sanctions")),
    ("controls", "an address with an ordinary query (?id=1234&lang=en)", src("https://www.reuters.com/article?id=1234&lang=en")),
    ("controls", "a surrender by the State that held the person (Bemba, Belgium)", _bemba_surrendered_by("BEL")),
    ("controls", "a trip before the person's recorded death", both(status(W1, *DEAD_BASHIR), trip("2023-05-01-x-bdi", "2023-05-01", "BDI"))),
    ("controls", "a pinpoint page range in order (pp. 5-12)", pinpoint("pp. 5-12")),
    ("controls", "an alias that is a name, not an id (Joseph Rao Kony)", alias(P_KONY, "Kony, Joseph")),
    # --- (a) a hurried volunteer
    ("events", "(a) a date with slashes (2010/07/21)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010/07/21"')),
    ("events", "(a) a date with a time (2010-07-21T10:00)", sub(E_CHAD, 'date: "2010-07-21"', 'date: "2010-07-21T10:00"')),
    ("decisions", "(a) a date without zero padding (2010-8-27)", sub(D_CHAD, 'date: "2010-08-27"', 'date: "2010-8-27"')),
    ("warrants", "(a) a status in capitals (AT_LARGE)", sub(KONY_W, "- status: at_large", "- status: AT_LARGE")),
    ("events", "(a) a State code in lower case (tcd)", sub(E_CHAD, "state: TCD", "state: tcd")),
    ("statements", "(a) a signatory in lower case (bel)", sub(ST, "- BEL\n", "- bel\n")),
    ("events", "(a) an action with a hyphen (no-arrest)", sub(E_CHAD, "action: no_arrest", "action: no-arrest")),
    ("events", "(a) a source kind capitalised (Primary)", sub(E_CHAD, "kind: primary", "kind: Primary")),
    ("events", "(a) an address without its scheme (www.reuters.com/...)", src("www.reuters.com/article/2010/07/21/chad-bashir-idUS1")),
    ("events", "(a) an address pasted twice (https://a...https://a...)", src(
        "https://www.reuters.com/article/x-idUS1https://www.reuters.com/article/x-idUS1")),
    ("events", "(a) an address with a space inside", src("https://www.reuters.com/article/chad bashir-idUS1")),
    ("measures", "(a) the State as its name (Albania)", sub(MS, "state: ALB", "state: Albania")),
    ("positions", "(a) an answer capitalised (Obliged)", sub(PO, "answer_if_followed: obliged", "answer_if_followed: Obliged")),
    ("persons", "(a) an alias with a trailing comma (Joseph Kony,)", alias(P_KONY, "Joseph Kony,")),
    ("events", "(a) the publisher given as the domain (reuters.com)", src("https://www.reuters.com/world/y-idUS2", publisher="reuters.com")),
    ("meta", "(a) checked_through with a time", sub("meta.yaml", 'checked_through: "2026-05-31"', 'checked_through: "2026-05-31T23:59"')),
    ("requests", "(a) the requesting body in lower case (icc)", sub(RQ, "requesting: ICC", "requesting: icc")),
    # --- (b) a lawyer
    ("states", "(b) a withdrawal taking effect after it was revoked (Hungary)", hun(_revoke_before_effect)),
    ("states", "(b) a withdrawal taking effect with no notification (Hungary)", hun(
        lambda acts: acts.__setitem__(slice(None), [a for a in acts if a["action"] != "withdrawal_notified"]))),
    ("states", "(b) a withdrawal taking effect before the year runs out (Burundi, six months)", sub(
        "states/BDI.yaml", 'action: withdrawal_effective\n  date: "2017-10-27"', 'action: withdrawal_effective\n  date: "2017-04-27"')),
    ("warrants", "(b) a surrender by a State that did not hold the person (Bemba: held by Belgium, surrendered by the Netherlands)",
     _bemba_surrendered_by("NLD")),
    ("warrants", "(b) two States holding the person at once (overlapping custody spells)", custody(
        W1, {"held_by": "TCD", "since": "2011-01-01", "until": "2011-03-01", "ended": "released"},
        {"held_by": "JOR", "since": "2011-02-01", "until": "2011-04-01", "ended": "released"})),
    ("events", "(b) a trip abroad while held by another State (a spell in Sudan)", both(
        custody(W1, {"held_by": "SDN", "since": "2019-04-11", "until": "2021-01-01", "ended": "released"}),
        trip("2020-02-01-x-bdi", "2020-02-01", "BDI"))),
    ("events", "(b) a trip dated after the person's recorded death", both(status(W1, *DEAD_BASHIR), trip("2024-05-01-x-bdi", "2024-05-01", "BDI"))),
    ("events", "(b) a trip ending after the person's recorded death", both(
        status(W1, *DEAD_BASHIR), trip("2023-12-30-x-bdi", "2023-12-30", "BDI", end_date="2024-01-03"))),
    ("requests", "(b) a request to arrest dated before any warrant for the person", sub(RQ, 'date: "2009-03-06"', 'date: "2008-03-06"')),
    ("responses", "(b) a response dated before the finding it answers", both(
        ed(RS, lambda x: x.update(decision="2010-08-27-chad")), sub(RS, 'date: "2013-02-13"', 'date: "2010-08-01"'))),
    ("warrants", "(b) an admissibility challenge determined before it was made", ed(NTAGANDA_W, lambda w: w.update(
        admissibility_challenges=[{"by_state": "COD", "made": "2012-05-01", "determined": "2012-04-01", "sources": [dict(ICC)]}]))),
    ("situations", "(b) an Art. 18 deferral decided before it was requested", ed("situations/philippines.yaml", lambda s: s.setdefault(
        "deferrals", []).append({"state": "PHL", "requested": "2021-11-10", "outcome": "application_rejected", "outcome_date": "2021-10-01",
                                 "sources": [dict(ICC)]}))),
    ("decisions", "(b) a finding about a trip by another person", ed(D_CHAD, lambda x: x.update(
        events=["2008-05-24-jean-pierre-bemba-gombo-belgium"]))),
    ("persons", "(b) an office starting after the person's death", both(status(W1, *DEAD_BASHIR), ed(P_BASHIR, lambda p: p["offices"].append(
        {"title": "President", "kind": "head_of_state", "state": "SDN", "start": "2024-06-01", "sources": [dict(REUTERS)]})))),
    ("statements", "(b) a drafter that is not among the signatories (Mongolia)", ed(
        ST, lambda s: s.update(drafters=["MNG"]))),
    # --- (c) a journalist
    ("events", "(c) an archive capture taken before the source's own date", capture("20100701120000", date="2010-07-21")),
    ("events", "(c) an archive capture whose timestamp is no date (month 13)", capture("20101399120000", date="2010-07-21")),
    ("events", "(c) an archive capture dated before the event it is said to report", capture("20090101000000")),
    ("events", "(c) tracking parameters (utm_source) in an address", src("https://www.reuters.com/article/x-idUS1?utm_source=twitter")),
    ("events", "(c) a Facebook click id (fbclid) in an address", src("https://www.reuters.com/article/x-idUS1?fbclid=IwAR0abc")),
    ("events", "(c) a session id in the path (;jsessionid=...)", src("https://www.reuters.com/article/x-idUS1;jsessionid=0A1B2C3D4E5F")),
    ("events", "(c) a session id in the query (PHPSESSID=...)", src("https://www.reuters.com/article/x-idUS1?PHPSESSID=9f8e7d6c5b4a")),
    ("events", "(c) a session id in the query (sessionid=...)", src("https://www.reuters.com/article/x-idUS1?sessionid=abc123def456")),
    ("events", "(c) a search engine's redirect (google.com/url?q=...)", src(
        "https://www.google.com/url?q=https://www.reuters.com/article/x-idUS1&sa=D")),
    ("events", "(c) a machine-translation proxy (translate.goog)", src("https://www-reuters-com.translate.goog/article/x-idUS1?_x_tr_sl=en")),
    ("events", "(c) a page range in a pinpoint backwards (pp. 12-5)", pinpoint("pp. 12-5")),
    ("events", "(c) a paragraph range backwards (paras 40-38)", pinpoint("paras 40-38")),
    ("statements", "(c) a count in words disagreeing with the list (sixty-eight, 67 announced)", title(
        ST, "Joint statement by sixty-eight States Parties reaffirming support for the ICC after US executive order on sanctions")),
    ("statements", "(c) a count in words with a capital and no hyphen (Seventy States)", title(
        ST, "Seventy States Parties reaffirm support for the ICC after US executive order on sanctions")),
    ("events", "(c) a source dated with a time (2010-07-21 10:00)", src("https://www.reuters.com/world/z-idUS3", date="2010-07-21 10:00")),
    ("events", "(c) a source title that is the site's name only (Reuters)", src("https://www.reuters.com/world/w-idUS4", title="Reuters")),
    # --- (d) a hostile user
    ("persons", "(d) an alias that is another person's id", alias(P_KONY, BASHIR)),
    ("persons", "(d) an alias that is the person's own id", alias(P_KONY, "joseph-kony")),
    ("persons", "(d) an alias that is a State's name (Uganda)", alias(P_KONY, "Uganda")),
    ("persons", "(d) an alias of digits only (1)", alias(P_KONY, "1")),
    ("events", "(d) credentials in an address (user:pass@host)", src("https://editor:secret@www.reuters.com/article/x-idUS1")),
    ("events", "(d) a host that is an IP address", src("https://93.184.216.34/article/x-idUS1")),
    ("events", "(d) a host that is a private or loopback address (127.0.0.1)", src("http://127.0.0.1:8000/article/x-idUS1")),
    ("events", "(d) an address on a non-default port (:8443)", src("https://www.reuters.com:8443/article/x-idUS1")),
    ("events", "(d) a host in punycode mixing scripts (xn--)", src("https://www.xn--icc-cpi-5of.int/news/x")),
    ("events", "(d) a host with a Cyrillic letter (icc-cрi.int)", src("https://www.icc-c\u0440i.int/news/x")),
    ("events", "(d) a path climbing above the root (%2e%2e/)", src("https://www.reuters.com/%2e%2e/%2e%2e/etc/passwd")),
    ("events", "(d) a javascript: address", src("javascript:alert(1)")),
    ("events", "(d) a data: address", src("data:text/html,<script>alert(1)</script>")),
    ("events", "(d) an iframe in a note", ed(E_CHAD, lambda e: e.update(note='<iframe src="https://evil.example"></iframe>'))),
    ("statements", "(d) a signatory with a user-assigned code (XKX)", sub(ST, "- BEL\n", "- XKX\n")),
    ("responses", "(d) a response naming one State twice", ed(RS, lambda x: x["states"].append("TCD"))),
]


def run(out: Path, only: set[str] | None = None) -> None:
    """Round twelve's kinds through round ten's runner."""
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
