"""Round eight of the bad records: the probe (not a test; run by hand, its table is ROUND8.md).

As round seven's probe: each kind writes one bad (or, for a control, proper) change into a copy of the small
fixture record with round four's clean measure, response, position and request added, runs ``check_dataset``
(what ``iccwatch data check`` and ``data build`` run) and records whether the change was refused naming the
changed file, refused naming another record, warned, passed silently, or crashed. Round eight favours
cross-record and editorial faults (a fact dated by a report written long after it, a note leaning on unnamed
"reports", one address cited with two dates or titles, duplicates under two ids, a status contradicting a
decision), a few YAML and file forms no round tried, and the monitor's accept step (``ACCEPT`` below: each
candidate is given to ``review.record_for``/``validated``/``write_record`` on a copy of the record; the result
says whether it was refused with a message naming the field and whether the record's files are unchanged).

    PYTHONPATH=src python tests/dataset/round8_probe.py OUT.json [KIND ...]
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_harness import main  # noqa: E402  (the shared command line and table)
from round4_probe import (  # noqa: E402
    BASHIR,
    D_CHAD,
    D_JOR,
    E_CHAD,
    EXTRA,
    KONY_W,
    MS,
    P_KONY,
    PO,
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
    new,
    raw,
    setp,
    src_on,
    status,
    sub,
)
from round4_probe import run as run_kinds  # noqa: E402
from round7_probe import _classify_with_warnings, url_on_event  # noqa: E402

KONY_PR = "https://www.icc-cpi.int/news/warrant-arrest-unsealed-against-five-lra-commanders"
KONY_PR_TITLE = "Warrant of Arrest unsealed against five LRA Commanders"


def reuters(date: str, **more: Any) -> dict[str, Any]:
    return {**REUTERS, "date": date, **more}


def moved(src: str, dst: str) -> Callable[[Path], list[str]]:
    def change(d: Path) -> list[str]:
        shutil.move(d / src, d / dst)
        return [dst]
    return change


def symlink_dir(rel: str) -> Callable[[Path], list[str]]:
    """Put a kind folder's records outside data/ and link the folder to them."""
    def change(d: Path) -> list[str]:
        outside = d.parent / "elsewhere"
        shutil.move(d / rel, outside)
        (d / rel).symlink_to(outside, target_is_directory=True)
        return [rel]
    return change


def with_note(rel: str, note: str) -> Callable[[Path], list[str]]:
    return setp(rel, "note", note)


KINDS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("controls", "clean record (round four's four extra records)", lambda d: []),
    ("controls", "a trip's only source a news report two weeks after it",
     src_on(E_CHAD, "", reuters("2010-08-04"), replace=True)),
    ("controls", "a note that says 'according to reports' and cites the reports (a secondary source)",
     both(with_note(E_CHAD, "According to reports he stayed three days."), src_on(E_CHAD, "", reuters("2010-07-23")))),
    ("controls", "the same address cited with the same date and title on two records",
     src_on(E_CHAD, "", {"url": KONY_PR, "title": KONY_PR_TITLE, "publisher": "International Criminal Court", "date": "2005-10-13", "kind": "primary"})),
    ("controls", "CRLF line ends", raw(E_CHAD, lambda b: b.replace(b"\n", b"\r\n"))),
    # --- editorial: dated by a late report, unnamed reports, primary_gap beside a read primary
    ("events", "a trip whose only source is a news report eight months later",
     src_on(E_CHAD, "", reuters("2011-03-15"), replace=True)),
    ("events", "a trip whose only source is a report dated before the trip (said it happened)",
     src_on(E_CHAD, "", reuters("2010-06-01"), replace=True)),
    ("decisions", "a decision whose every source is dated years after it (no primary)",
     src_on(D_CHAD, "", reuters("2014-01-01"), replace=True)),
    ("events", "note leans on 'according to reports' with only the Court's page cited",
     with_note(E_CHAD, "According to reports he stayed three days and met the President.")),
    ("events", "followup says 'it is said' with only the Court's page cited",
     sub(E_CHAD, "followup: Visit", "followup: It is said he left early. Visit")),
    ("measures", "summary says 'reportedly' with only the Court's page cited",
     sub(MS, "summary: One of", "summary: Reportedly one of")),
    ("warrants", "status note leans on 'media reports' with only the Court cited",
     ed(W1, lambda w: w["status_history"][0].update(note="Media reports say the warrant was served."))),
    ("events", "primary_gap on a trip that cites a read primary",
     setp(E_CHAD, "primary_gap", "no Court document about the visit was found")),
    ("warrants", "primary_gap on a status entry that cites a read primary",
     ed(KONY_W, lambda w: w["status_history"][0].update(primary_gap="no primary found"))),
    ("sources", "a primary tag on a newspaper inside a status entry (nested list)",
     ed(KONY_W, lambda w: w["status_history"][1]["sources"][0].update(kind="primary"))),
    # --- one address, two descriptions across the record
    ("sources", "the same address with another date on another record",
     src_on(E_CHAD, "", {"url": KONY_PR, "title": KONY_PR_TITLE, "publisher": "International Criminal Court", "date": "2006-01-01", "kind": "primary"})),
    ("sources", "the same address with another title on another record",
     src_on(E_CHAD, "", {"url": KONY_PR, "title": "Kony visits Chad", "publisher": "International Criminal Court", "date": "2005-10-13", "kind": "primary"})),
    ("sources", "the same address with another publisher on another record",
     src_on(E_CHAD, "", {"url": KONY_PR, "title": KONY_PR_TITLE, "publisher": "Reuters", "date": "2005-10-13", "kind": "secondary"})),
    ("sources", "the same address primary on one record, secondary on another",
     src_on(E_CHAD, "", {"url": KONY_PR, "title": KONY_PR_TITLE, "publisher": "International Criminal Court", "date": "2005-10-13", "kind": "secondary"})),
    ("sources", "the same address with another date within one record (two facts)",
     ed(KONY_W, lambda w: w["sources"][2].update(date="2005-10-14"))),
    # --- statuses and decisions that contradict each other
    ("warrants", "both warrants withdrawn, then a later finding of non-compliance treats them as live",
     both(status(W1, {"status": "warrant_withdrawn", "date": "2015-01-01"}), status(W2, {"status": "warrant_withdrawn", "date": "2015-01-01"}))),
    ("warrants", "proceedings terminated on both warrants, then a later trip found a breach",
     both(status(W1, {"status": "proceedings_terminated", "date": "2016-01-01"}), status(W2, {"status": "proceedings_terminated", "date": "2016-01-01"}))),
    ("controls", "one of two warrants withdrawn before a finding (the other still live)",
     status(W1, {"status": "warrant_withdrawn", "date": "2015-01-01"})),
    ("decisions", "a decision's situation is not the situation of the person's warrants",
     setp(D_CHAD, "situation", "uganda")),
    ("decisions", "a decision lists a person with no warrant in its situation",
     setp(D_CHAD, "persons", [BASHIR, "joseph-kony"])),
    ("decisions", "a decision lists a trip of a person it does not name",
     setp(D_CHAD, "events", ["2010-07-21-omar-hassan-ahmad-al-bashir-chad", "2008-05-24-jean-pierre-bemba-gombo-belgium"])),
    ("decisions", "a decision follows a decision made after it",
     setp(D_CHAD, "follows", "2017-12-11-jordan")),
    ("decisions", "a decision's record_number names another situation's case (variant: uganda's)",
     setp(D_JOR, "record_number", "ICC-02/04-01/05")),
    ("events", "a trip to a State while another State held him under the warrant (arrested, not surrendered)",
     both(status(KONY_W, {"status": "arrested", "date": "2006-01-01", "by_state": "UGA"}),
          new("events/2006-03-01-joseph-kony-democratic-republic-of-the-congo.yaml", "id: 2006-03-01-joseph-kony-democratic-republic-of-the-congo\ndate: \"2006-03-01\"\nperson: joseph-kony\n"
              "state: COD\naction: no_arrest\nsources:\n- url: https://www.reuters.com/world/x-2006/\n  publisher: Reuters\n  kind: secondary\n"))),
    ("requests", "the Court's arrest request after the person's death",
     both(status(W1, {"status": "deceased", "date": "2020-01-01"}),
          new(f"requests/2021-01-01-icc-{BASHIR}-jor.yaml", f"id: 2021-01-01-icc-{BASHIR}-jor\ndate: \"2021-01-01\"\nperson: {BASHIR}\n"
              "requested_state: JOR\nrequesting: ICC\nkind: arrest_and_surrender\nsources:\n- url: https://www.icc-cpi.int/darfur/albashir\n"
              "  title: Al Bashir Case\n  publisher: International Criminal Court\n  kind: primary\n"))),
    ("positions", "a position on personal immunity dated before the Statute (before the question arose)",
     setp(PO, "date", "1995-05-06")),
    ("positions", "a Court position dated before the Court existed",
     setp(PO, "date", "2001-05-06")),
    ("responses", "a response about a finding against another State (states do not include the decision's)",
     both(setp(RS, "decision", "2017-12-11-jordan"), setp(RS, "date", "2018-01-10"))),
    ("responses", "a response dated the day before the finding it takes up",
     both(setp(RS, "decision", "2017-12-11-jordan"), setp(RS, "date", "2017-12-10"), setp(RS, "states", ["JOR"]))),
    ("statements", "title's count disagrees with the announced count and the list",
     sub(ST, "title: Joint statement by 67 States", "title: Joint statement by 66 States")),
    ("statements", "note's count disagrees with the list",
     sub(ST, "the 67 States named", "the 68 States named")),
    ("statements", "a 'States Parties' statement signed by a non-party",
     sub(ST, "- ZAF\n", "- RUS\n")),
    ("measures", "a measure dated before its author State joined the UN or existed (South Sudan-like: author unknown then)",
     both(setp(MS, "state", "PSE"), setp(MS, "date", "1990-01-01"), setp(MS, "kind", "implementing_legislation"))),
    # --- duplicates under two ids
    ("decisions", "the same decision twice under two ids (filing number dropped on the copy)",
     copy_as(D_CHAD, "decisions/2010-08-27-chad-bis.yaml", lambda o: (o.update(id="2010-08-27-chad-bis"), o.pop("record_number")))),
    ("events", "the same trip twice, the copy a day later inside the stay",
     both(setp(E_CHAD, "end_date", "2010-07-23"),
          copy_as(E_CHAD, f"events/2010-07-22-{BASHIR}-chad.yaml", lambda o: o.update(id=f"2010-07-22-{BASHIR}-chad", date="2010-07-22", end_date="2010-07-23")))),
    ("statements", "the same statement twice under two ids",
     copy_as(ST, "statements/js-2020-06-23-b.yaml", lambda o: o.update(id="js-2020-06-23-b"))),
    ("measures", "the same measure twice under two ids",
     copy_as(MS, "measures/alb-2022-03-02-situation-referral-ukraine-2.yaml", lambda o: o.update(id="alb-2022-03-02-situation-referral-ukraine-2"))),
    ("requests", "the same request twice under two ids (a day apart)",
     copy_as(RQ, f"requests/2009-03-07-icc-{BASHIR}-jor.yaml", lambda o: o.update(id=f"2009-03-07-icc-{BASHIR}-jor", date="2009-03-07"))),
    ("positions", "the same position twice under two ids",
     copy_as(PO, "positions/icc-appeals-jordan-2019-b.yaml", lambda o: o.update(id="icc-appeals-jordan-2019-b"))),
    # --- YAML forms not tried
    ("YAML", "count under a !!float tag", sub(ST, "announced_signatories: 67", "announced_signatories: !!float 67")),
    ("YAML", "count with a leading zero (067, octal in YAML 1.1)", sub(ST, "announced_signatories: 67", "announced_signatories: 067")),
    ("YAML", "count as negative zero", sub(ST, "announced_signatories: 67", "announced_signatories: -0")),
    ("YAML", "signatories under a !!set tag", sub(ST, "signatories:\n- AND", "signatories: !!set\n  ? AND\n  ? ARG\nx_:\n- AND")),
    ("YAML", "an alias used as a key", raw(E_CHAD, lambda b: b.replace(b"state: TCD", b"state: &k TCD") + b"*k : x\n")),
    ("YAML", "old Mac line ends (CR only)", raw(E_CHAD, lambda b: b.replace(b"\n", b"\r"))),
    ("YAML", "a file that is only a document start marker", new("persons/nobody.yaml", "---\n")),
    ("YAML", "a file of blank lines only", new("persons/nobody.yaml", "\n\n   \n")),
    ("YAML", "a top-level quoted scalar", new("persons/nobody.yaml", '"joseph-kony"\n')),
    ("YAML", "a top-level empty flow mapping", new("persons/nobody.yaml", "{}\n")),
    ("YAML", "a NUL written as an escape in a quoted value", sub(E_CHAD, "followup: Visit", 'followup: "Visit\\0 x"\nx_: Visit')),
    ("YAML", "a next-line (NEL) escape in a quoted value", sub(E_CHAD, "followup: Visit", 'followup: "Visit\\N x"\nx_: Visit')),
    ("YAML", "a comment glued to a value (TCD#x)", sub(E_CHAD, "state: TCD", "state: TCD#x")),
    ("YAML", "a date under a !!timestamp tag with a time", sub(E_CHAD, 'date: "2010-07-21"', "date: !!timestamp 2010-07-21T10:00:00Z")),
    ("YAML", "a single-quoted date with a doubled quote", sub(E_CHAD, 'date: "2010-07-21"', "date: '2010-07-21'''")),
    ("YAML", "an explicit key form (? state / : TCD)", sub(E_CHAD, "state: TCD", "? state\n: TCD")),
    # --- files and folders
    ("files and folders", "a record file with the extension in capitals (.YAML)", moved(P_KONY, "persons/joseph-kony.YAML")),
    ("files and folders", "a record file with a double extension (.yaml.yaml)", moved(P_KONY, "persons/joseph-kony.yaml.yaml")),
    ("files and folders", "a record file name with a leading space", moved(P_KONY, "persons/ joseph-kony.yaml")),
    ("files and folders", "a kind folder that is a link to a folder outside data/", symlink_dir("statements")),
    ("files and folders", "a kind folder named in capitals (Persons)", moved("persons", "Persons")),
    ("files and folders", "meta.yaml replaced by a folder", lambda d: [(os.remove(d / "meta.yaml"), (d / "meta.yaml").mkdir(), "meta.yaml")[2]]),
    ("files and folders", "a lookup file with a .yml extension beside the .yaml", new("lookups/places.yml", "x: 1\n")),
    # --- single fields in forms not tried
    ("sources", "a backslash in the host part of an address", url_on_event("https://www.icc-cpi.int\\@evil.example/x")),
    ("sources", "a data: address", url_on_event("data:text/html,hello")),
    ("sources", "an address with an escaped line break", url_on_event('"https://www.icc-cpi.int/x\\ny"')),
    ("controls", "an address with the host in capitals", url_on_event("https://WWW.ICC-CPI.INT/news/x")),
    ("sources", "an address with a fragment only (#) for a page", url_on_event("https://www.reuters.com/#")),
    ("states", "two States with the same numeric code", sub("states/JOR.yaml", "numeric: '400'", "numeric: '148'")),
    ("states", "a State whose alpha-2 code is another State's", sub("states/JOR.yaml", "iso2: JO", "iso2: TD")),
    ("situations", "a situation's status dated before its investigation opened",
     setp("situations/uganda.yaml", "status_as_of", "2003-01-01")),
    ("persons", "an alias that is the person's name with other case only",
     setp(P_KONY, "aliases", ["JOSEPH KONY"])),
]


# --- the monitor's accept step -------------------------------------------------------------------------

DOC = {"url": "https://www.reuters.com/world/africa/x-2024-01-01/", "title": "A report", "publisher": "Reuters", "date": "2024-01-02"}


def cand(**fields: Any) -> dict[str, Any]:
    ev = fields.pop("evidence", {"sentence": "He arrived on Monday.", "start": 0, "end": 21})
    return {"id": "c0ffee00", "document": "d", "type": "visit", "confidence": 0.9, "evidence": ev, "method": "rules", **fields}


#: (what was tried, candidate, edits, document, the field a refusal must name)
ACCEPT: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any], str]] = [
    ("control: a proper trip", cand(person=BASHIR, state="JOR", date="2024-01-01"), {}, DOC, ""),
    ("trip by an unknown person", cand(person="no-such-person", state="JOR", date="2024-01-01"), {}, DOC, "person"),
    ("State code in lower case in the candidate", cand(person=BASHIR, state="jor", date="2024-01-01"), {}, DOC, "state"),
    ("a date in the future", cand(person=BASHIR, state="JOR", date="2031-01-01"), {}, DOC, "date"),
    ("an impossible date (2025-02-29)", cand(person=BASHIR, state="JOR", date="2025-02-29"), {}, DOC, "date"),
    ("an empty evidence sentence", cand(person=BASHIR, state="JOR", date="2024-01-01", evidence={"sentence": "", "start": 0, "end": 0}), {}, DOC, "evidence"),
    ("a document without a date or title (nothing to date the source)", cand(person=BASHIR, state="JOR", date="2024-01-01"), {},
     {"url": DOC["url"]}, ""),
    ("a document date in words", cand(person=BASHIR, state="JOR", date="2024-01-01"), {}, {**DOC, "date": "yesterday"}, "date"),
    ("a document address with a space", cand(person=BASHIR, state="JOR", date="2024-01-01"), {}, {**DOC, "url": "https://www.reuters.com/a b"}, "url"),
    ("a document with a javascript: address", cand(person=BASHIR, state="JOR", date="2024-01-01"), {}, {**DOC, "url": "javascript:alert(1)"}, "url"),
    ("a person id with a path", cand(person="../persons/x", state="JOR", date="2024-01-01"), {}, DOC, "person"),
    ("a trip ending before it began", cand(person=BASHIR, state="JOR", date="2024-01-05", end_date="2024-01-01"), {}, DOC, "end_date"),
    ("a statement with a lower-case signatory", cand(type="joint_statement", date="2024-01-01", signatories=["jor", "TCD"]), {}, DOC, "signatories"),
    ("a statement announcing fewer than it lists", cand(type="joint_statement", date="2024-01-01", signatories=["JOR", "TCD", "ALB"], announced_count=2), {}, DOC, "announced"),
    ("a decision in an unknown situation", cand(type="noncompliance_finding", state="JOR", date="2024-01-01", person=BASHIR), {"chamber": "Pre-Trial Chamber II", "situation": "nowhere"}, DOC, "situation"),
    ("a withdrawal by a State not in the record", cand(type="withdrawal_notified", state="ZZZ", date="2024-01-01"), {}, DOC, "ZZZ"),
]


def _digest(d: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(d.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(d)).encode())
            h.update(p.read_bytes())
            h.update(str(p.stat().st_mtime_ns).encode())
    return h.hexdigest()


def run_accept() -> list[dict[str, Any]]:
    from iccwatch.dataset import check_dataset
    from iccwatch.monitor import review
    from iccwatch.monitor.extract import Candidate

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "data"
        shutil.copytree(SMALL, d)
        for rel, text in EXTRA.items():
            (d / rel).parent.mkdir(parents=True, exist_ok=True)
            (d / rel).write_text(text, encoding="utf-8")
        records, _ = check_dataset(d)
        for what, c, edits, doc, field in ACCEPT:
            before = _digest(d)
            try:
                payload = Candidate.model_validate(c).model_dump(mode="json")
                kind, key, rec = review.record_for(payload, doc, records, edits, None)
                review.validated(kind, rec)
                path = review.write_record(d, kind, key, rec)
                result, msg = "accepted", str(path.relative_to(d))
                path.unlink() if kind != "states" else None
            except review.ReviewError as exc:
                msg = str(exc)
                result = "refused, named" if field and field in msg else "refused"
            except Exception as exc:  # noqa: BLE001 - a crash is what the probe looks for
                if type(exc).__name__ == "ValidationError":
                    msg = str(exc).splitlines()[0] + " " + str(exc).splitlines()[1]
                    result = "refused (candidate invalid), named" if field and field in msg else "refused (candidate invalid)"
                else:
                    result, msg = "crashed", traceback.format_exc()[-400:]
            unchanged = _digest(d) == before if result != "accepted" else None
            out.append({"kind": "accept", "what": what, "result": result + ("" if unchanged in (None, True) else ", CHANGED the record"),
                        "problems": [msg[:300]]})
            print(f"{out[-1]['result']:36} accept | {what} | {msg[:160]}", flush=True)
    return out


def run(out: Path, only: set[str] | None = None) -> None:
    run_kinds(out, only, KINDS, _classify_with_warnings)
    if not only or "accept" in only:
        results = json.loads(out.read_text()) + run_accept()
        out.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main(run)
