"""Round twenty-one of the bad records: the probe (not a test; run by hand, its table is ROUND21.md).

As rounds seven to twenty, through the shared harness (``probe_harness.py``): each kind writes one bad (or, for a
control, proper) change into a copy of the small record (with round four's extra records: a measure, a response, a
position, a request), runs ``check_dataset`` (what ``iccwatch data check`` and ``data build`` run) and records whether
the change was refused naming the changed file, refused naming another record, warned, passed silently, or crashed.
Round twenty-one is weighted (as the brief asked) to the newer kinds of record (search logs, statements with their
counts, measures, decisions with rulings, positions, responses), a source cited twice on one fact in two ways, a
pinpoint that names nothing, dates that contradict another record, a record in the wrong folder or renamed, encodings
(a non-breaking space or a byte-order mark inside an id, UTF-16 big-endian, CR-only line ends) and very large files.

    PYTHONPATH=src python tests/dataset/round21_probe.py OUT.json [KIND ...]
    PYTHONPATH=src python tests/dataset/round21_probe.py table BEFORE.json AFTER.json
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import (  # noqa: E402
    BEMBA_W,
    D_CHAD,
    D_JOR,
    D_JOR_AP,
    DELETE,
    E_CHAD,
    EXTRA,
    ICC,
    MS,
    PO,
    REUTERS,
    RS,
    ST,
    W1,
    both,
    ed,
    main,
    raw,
    run_kinds,
    setp,
    src_on,
    sub,
)

SEARCH = {"on": "2026-12-02", "route": "court-releases", "detail": "The Court's release by its title; not found."}
GAP = "The Court's release was not found in the stored material."


def gap(rel: str, *searches: dict[str, Any], primary_gap: Any = GAP) -> Callable[[Path], list[str]]:
    """The record's own fact given a primary_gap and a search log."""
    def fn(r: dict[str, Any]) -> None:
        r["primary_gap"] = primary_gap
        r["searched"] = list(searches)
    return ed(rel, fn)


def gap_raw(rel: str, searched: Any, primary_gap: Any = GAP) -> Callable[[Path], list[str]]:
    def fn(r: dict[str, Any]) -> None:
        r["primary_gap"] = primary_gap
        r["searched"] = searched
    return ed(rel, fn)


def status_date(rel: str, status: str, date: str) -> Callable[[Path], list[str]]:
    def fn(w: dict[str, Any]) -> None:
        for s in w["status_history"]:
            if s["status"] == status:
                s["date"] = date
                return
        raise LookupError(status)
    return ed(rel, fn)


def put(rel: str, *drop: str, **values: Any) -> Callable[[Path], list[str]]:
    """Set several fields of a record at once (and drop those named in ``drop``)."""
    def fn(r: dict[str, Any]) -> None:
        for k in drop:
            del r[k]
        r.update(values)
    return ed(rel, fn)


def moved(rel: str, to: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        (d / to).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).rename(d / to)
        return [to]
    return change


def recode(rel: str, encoding: str) -> Callable[[Path], list[str]]:
    return raw(rel, lambda b: b.decode("utf-8").encode(encoding))


NBSP = "\u00a0"
ST_ID = "js-2020-06-23"

KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "a measure with a primary_gap and a search log in order", gap(MS, SEARCH, {**SEARCH, "on": "2026-12-03"})),
    # ---- search logs
    ("search logs", "(a) a search whose detail is only spaces", gap(MS, {**SEARCH, "detail": "   "})),
    ("search logs", "(a) a search dated with a time of day (on: 2026-12-02T10:00:00)", gap(MS, {**SEARCH, "on": "2026-12-02T10:00:00"})),
    ("search logs", "(a) a search log written as a mapping, not a list", gap_raw(MS, dict(SEARCH))),
    ("search logs", "(a) a search with a field the format has not (by: a name)", gap(MS, {**SEARCH, "by": "a contributor"})),
    ("search logs", "(a) a search whose route is in capitals (Court-Releases)", gap(MS, {**SEARCH, "route": "Court-Releases"})),
    ("search logs", "(a) a search whose route is an address, not a route's id", gap(MS, {**SEARCH, "route": "https://www.icc-cpi.int/news"})),
    ("search logs", "(a) a primary_gap of only spaces", gap(MS, SEARCH, primary_gap="   ")),
    ("search logs", "(a) a primary_gap that is an empty string", gap(MS, SEARCH, primary_gap="")),
    ("search logs", "(a) a search with no route", gap(MS, {"on": "2026-12-02", "detail": "the Court's site"})),
    ("search logs", "(b) a search log on a decision that cites the Court's release and has no primary_gap",
     ed(D_CHAD, lambda r: r.__setitem__("searched", [dict(SEARCH)]))),
    # ---- a source cited twice on one fact, in two ways
    ("sources", "(b) one address twice on one fact under two publishers' names (Reuters, Thomson Reuters)",
     both(src_on(E_CHAD, "", dict(REUTERS)), src_on(E_CHAD, "", {**REUTERS, "publisher": "Thomson Reuters"}))),
    ("sources", "(b) one address twice on one fact with two dates (2010-07-22 and 2010-07-23)",
     both(src_on(E_CHAD, "", {**REUTERS, "date": "2010-07-22"}), src_on(E_CHAD, "", {**REUTERS, "date": "2010-07-23"}))),
    ("sources", "(b) one address twice on one fact with two pinpoints (para. 3 and para. 9)",
     both(src_on(D_CHAD, "", {**ICC, "pinpoint": "para. 3"}), src_on(D_CHAD, "", {**ICC, "pinpoint": "para. 9"}))),
    # ---- a pinpoint that names nothing
    ("sources", "(c) a pinpoint that is a spelled-out label with no number (paragraph)", src_on(D_CHAD, "", {**ICC, "pinpoint": "paragraph"})),
    ("sources", "(c) a pinpoint that is a section sign alone (§)", src_on(D_CHAD, "", {**ICC, "pinpoint": "§"})),
    ("sources", "(c) a pinpoint that is a dash alone (-)", src_on(D_CHAD, "", {**ICC, "pinpoint": "-"})),
    ("sources", "(c) a pinpoint of characters with no end (characters 10-)", src_on(D_CHAD, "", {**ICC, "pinpoint": "characters 10-"})),
    ("sources", "(c) a pinpoint of pages zero to zero (pp. 0-0)", src_on(D_CHAD, "", {**ICC, "pinpoint": "pp. 0-0"})),
    ("sources", "(c) a pinpoint that is a question mark (?)", src_on(D_CHAD, "", {**ICC, "pinpoint": "?"})),
    ("sources", "(a) a source dated with a time of day (2010-07-22T10:00)", src_on(E_CHAD, "", {**REUTERS, "date": "2010-07-22T10:00"})),
    ("sources", "(a) a source whose title is only spaces", src_on(E_CHAD, "", {**REUTERS, "title": "   "})),
    ("sources", "(a) a source whose publisher is an empty string", src_on(E_CHAD, "", {**REUTERS, "publisher": ""})),
    # ---- dates that contradict another record
    ("cross-record", "(b) a surrender before the arrest it follows (Bemba surrendered 2008-05-20, arrested 2008-05-24)",
     status_date(BEMBA_W, "surrendered", "2008-05-20")),
    ("cross-record", "(b) a response of the Assembly dated before the decision it responds to (decision 2010-08-27, response 2010-08-01)",
     put(RS, decision="2010-08-27-chad", date="2010-08-01")),
    ("cross-record", "(b) a decision whose events name a trip made after the decision (Jordan 2017-03-29 on a 2010 decision)",
     ed(D_CHAD, lambda r: r["events"].append("2017-03-29-omar-hassan-ahmad-al-bashir-jordan"))),
    ("cross-record", "(b) a measure ending before it was taken (end_date 2022-03-01, date 2022-03-02)",
     setp(MS, "end_date", "2022-03-01")),
    ("cross-record", "(b) a statement dated after the record's cut-off (2099-01-01)", setp(ST, "date", "2099-01-01")),
    ("cross-record", "(b) a response naming as a related decision the decision it responds to",
     put(RS, decision="2010-08-27-chad", related_decisions=["2010-08-27-chad"])),
    ("cross-record", "(b) a postponement's effective_until before the decision (2017-01-01 on 2017-12-11)",
     ed(D_JOR, lambda r: r.__setitem__("effective_until", "2017-01-01"))),
    ("cross-record", "(b) a warrant's issued status dated after the warrant's issued field (2009-03-05, issued 2009-03-04)",
     status_date(W1, "issued", "2009-03-05")),
    ("cross-record", "(b) a position dated before the ruling whose record number it gives (2019-05-05 for ICC-02/05-01/09-397)",
     setp(PO, "date", "2019-05-05")),
    # ---- statements with signatories and counts
    ("statements", "(a) announced_signatories written as a string (\"67\")", setp(ST, "announced_signatories", "67")),
    ("statements", "(a) announced_signatories of zero with 67 listed", setp(ST, "announced_signatories", 0)),
    ("statements", "(a) a signatory that is null (an empty list item)", ed(ST, lambda r: r["signatories"].append(None))),
    ("statements", "(a) a stance the format has not (neutral)", setp(ST, "stance", "neutral")),
    ("statements", "(a) complete written as a word (yes)", setp(ST, "complete", "yes")),
    ("statements", "(b) a complete list of 67 with 68 announced", setp(ST, "announced_signatories", 68)),
    # ---- measures
    ("measures", "(a) a measure by another body that names no author", put(MS, "state", author_kind="other_body")),
    ("measures", "(b) a scope (cooperation) on a referral, which is no legislation", setp(MS, "scope", "cooperation")),
    ("measures", "(a) a referral whose target is a situation's id in capitals (UKRAINE)", setp(MS, "targets", "UKRAINE")),
    ("measures", "(a) a measure whose kind the format has not (sanction)", setp(MS, "kind", "sanction")),
    # ---- decisions with rulings
    ("decisions", "(b) a conviction ruling that also carries a finding of non-compliance", put(D_CHAD, kind="conviction", finding="non_compliance")),
    ("decisions", "(a) a ruling's outcome that is an empty string", ed(D_JOR_AP, lambda r: r.__setitem__("outcome", ""))),
    ("decisions", "(b) an appeal (appeal_of) of a decision about another State (Chad's, ruled on Jordan's appeal)",
     setp(D_JOR_AP, "appeal_of", "2010-08-27-chad")),
    # ---- positions
    ("positions", "(a) an answer_if_followed the format has not (maybe)", setp(PO, "answer_if_followed", "maybe")),
    ("positions", "(b) a position whose persons name a State's code (SDN)", setp(PO, "persons", ["SDN"])),
    ("positions", "(b) a position whose situations name a situation the record does not hold (atlantis)", setp(PO, "situations", ["atlantis"])),
    ("positions", "(a) court written as a word (yes)", setp(PO, "court", "yes")),
    # ---- responses
    ("responses", "(b) a response to a decision the record does not hold", setp(RS, "decision", "2010-08-27-atlantis")),
    ("responses", "(a) acted written as a word (yes)", setp(RS, "acted", "yes")),
    ("responses", "(a) one State twice in a response's states (TCD, TCD)", setp(RS, "states", ["TCD", "TCD"])),
    ("responses", "(a) a body in lower case (asp)", setp(RS, "body", "asp")),
    ("responses", "(b) a response whose state is not the State of the decision it responds to (JOR on Chad's)",
     put(RS, decision="2010-08-27-chad", states=["JOR"])),
    # ---- a record in the wrong folder, a file renamed
    ("files and folders", "(d) a statement moved to measures/", moved(ST, f"measures/{ST_ID}.yaml")),
    ("files and folders", "(d) a measure moved to statements/", moved(MS, "statements/alb-2022-03-02-situation-referral-ukraine.yaml")),
    ("files and folders", "(d) a response moved to positions/", moved(RS, "positions/2013-02-13-asp-president-letter-chad.yaml")),
    ("files and folders", "(d) a position moved to responses/", moved(PO, "responses/icc-appeals-jordan-2019.yaml")),
    ("files and folders", "(d) a decision's file renamed a day later than its id (2010-08-28-chad.yaml)", moved(D_CHAD, "decisions/2010-08-28-chad.yaml")),
    ("files and folders", "(d) a statement's file renamed, its id unchanged (js-2020-06-24.yaml)", moved(ST, "statements/js-2020-06-24.yaml")),
    # ---- encodings
    ("encodings", "(d) a non-breaking space inside a statement's id (js-2020-06\u00a023)", sub(ST, f"id: {ST_ID}", f"id: js-2020-06{NBSP}23")),
    ("encodings", "(d) a non-breaking space after a signatory's code (AUT + U+00A0)", sub(ST, "- AUT\n", f"- AUT{NBSP}\n")),
    ("encodings", "(d) a byte-order mark pasted inside a decision's id (2010-08-27-\ufeffchad)", sub(D_CHAD, "id: 2010-08-27-chad", "id: 2010-08-27-\ufeffchad")),
    ("encodings", "(d) a byte-order mark pasted before a decision's event id", sub(D_CHAD, "- 2010-07-21-omar", "- \ufeff2010-07-21-omar")),
    ("encodings", "(d) a statement saved as UTF-16 big-endian with its BOM", raw(ST, lambda b: "\ufeff".encode("utf-16-be") + b.decode("utf-8").encode("utf-16-be"))),
    ("encodings", "(d) a measure saved as UTF-16 little-endian without a BOM", recode(MS, "utf-16-le")),
    ("encodings", "(d) a decision with CR-only line ends (old Mac)", raw(D_CHAD, lambda b: b.replace(b"\n", b"\r"))),
    ("encodings", "(d) a statement in Windows-1252 (a curly apostrophe as 0x92)", raw(ST, lambda b: b.replace(b"title: Joint", b"title: States\x92 joint"))),
    ("encodings", "(d) a response whose summary holds a C1 control character (U+0085)", sub(RS, "The President", "The\u0085President")),
    # ---- very large files
    ("large", "(d) a measure whose summary is 5 MB", setp(MS, "summary", "x " * 2_500_000)),
    ("large", "(d) a statement listing 20,000 signatories (one State repeated)", ed(ST, lambda r: r["signatories"].extend(["AUT"] * 20_000))),
    ("large", "(d) a decision citing 2,000 sources", ed(D_CHAD, lambda r: r["sources"].extend(
        {**ICC, "url": f"https://www.icc-cpi.int/news/x-{i}"} for i in range(2000)))),
]

_ = DELETE


def run(out: Path, only: set[str] | None) -> None:
    run_kinds(KINDS, EXTRA, out, only)


if __name__ == "__main__":
    main(run)
