"""Accepting a candidate: a person's decision turns it into a YAML record in data/, with the document
as its source. The write is transactional: if the record does not pass `iccwatch data check`, the file
is restored and nothing changes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from iccwatch.dataset import check_dataset
from iccwatch.dataset.names import normalise_name
from iccwatch.dataset.yaml_io import dump_yaml, read_yaml
from iccwatch.facts import Facts


class ReviewError(ValueError):
    """A candidate cannot become a record as it stands; the message says what is missing or wrong."""


#: Candidate types that become records, and the kind of record.
RECORD_KIND = {"visit": "events", "arrest": "events", "surrender": "events", "withdrawal_announced": "states",
               "withdrawal_notified": "states", "joint_statement": "statements", "noncompliance_finding": "decisions",
               "warrant_issued": "warrants", "warrant_unsealed": "warrants"}
EVENT_ACTION = {"visit": "no_arrest", "arrest": "arrest", "surrender": "surrender"}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(text)).strip("-")


def source_of(document: dict[str, Any], source_url: str | None) -> dict[str, Any]:
    url = source_url or document.get("url")
    if not url or not re.match(r"^https?://\S+$", url):
        raise ReviewError("the document has no web address: give the source with --source-url URL (no fact without a source)")
    src = {"url": url, "kind": "secondary"}
    for key in ("title", "publisher", "date"):
        if document.get(key):
            src[key] = document[key]
    src["note"] = "accepted from the monitor's review queue"
    return src


def record_for(c: dict[str, Any], document: dict[str, Any], facts: Facts, edits: dict[str, Any], source_url: str | None) -> tuple[str, str, dict[str, Any]]:
    """(kind, key, record) that accepting the candidate would write; raises ReviewError if it cannot."""
    p = {**c, **edits}
    t = p["type"]
    if t not in RECORD_KIND:
        raise ReviewError(f"a {t.replace('_', ' ')} is a lead, not a record: keep it in the queue (it raises alerts), "
                          "and accept the visit or arrest when it happens")
    src = source_of(document, source_url)
    kind = RECORD_KIND[t]
    r = facts.records
    if kind == "events":
        for f in ("person", "state", "date"):
            if not p.get(f):
                raise ReviewError(f"an event needs {f}: add it with --set {f}=...")
        state = r.states.get(p["state"])
        name = state.name if state else p["state"]
        key = f"{p['date']}-{p['person']}-{_slug(name)}"
        rec = {"id": key, "date": p["date"]}
        if p.get("end_date"):
            rec["end_date"] = p["end_date"]
        rec |= {"person": p["person"], "state": p["state"], "action": edits.get("action") or EVENT_ACTION[t]}
        rec["sources"] = [src]
        return kind, key, rec
    if kind == "states":
        if not p.get("state") or not p.get("date"):
            raise ReviewError("a withdrawal needs state and date: add them with --set")
        return kind, p["state"], {"action": "withdrawal_notified" if t == "withdrawal_notified" else "withdrawal_announced",
                                  "instrument": "rome-statute", "date": p["date"], "sources": [src]}
    if kind == "statements":
        if not p.get("date") or not p.get("signatories"):
            raise ReviewError("a joint statement needs date and signatories")
        key = f"js-{p['date']}"
        count = p.get("announced_count")
        rec = {"id": key, "date": p["date"], "title": edits.get("title") or document.get("title") or "Joint statement in support of the Court"}
        if p.get("drafters"):
            rec["drafters"] = sorted(p["drafters"])
        if count:
            rec["announced_signatories"] = int(count)
        rec |= {"signatories": sorted(set(p["signatories"])), "complete": bool(count and len(set(p["signatories"])) == int(count)), "sources": [src]}
        return kind, key, rec
    if kind == "decisions":
        needed = [f for f in ("state", "date", "chamber", "situation") if not p.get(f)]
        if needed:
            raise ReviewError(f"a decision needs {', '.join(needed)}: add with --set (e.g. --set chamber='Pre-Trial Chamber I' --set situation=palestine)")
        state = r.states.get(p["state"])
        key = f"{p['date']}-{_slug(state.name if state else p['state'])}"
        rec = {"id": key, "date": p["date"], "chamber": p["chamber"], "state": p["state"], "persons": [p["person"]] if p.get("person") else [],
               "situation": p["situation"], "request_type": edits.get("request_type", "arrest_surrender"), "finding": "non_compliance",
               "referred_to": p.get("forum") or "none", "sources": [src]}
        return kind, key, rec
    # warrants
    needed = [f for f in ("person", "situation") if not p.get(f)]
    if needed:
        raise ReviewError(f"a warrant needs {', '.join(needed)}: add with --set")
    n = 1 + sum(1 for w in r.warrants.values() if w.person == p["person"])
    key = f"{p['person']}-{n}"
    rec = {"id": key, "person": p["person"], "situation": p["situation"], "kind": "arrest_warrant"}
    if t == "warrant_issued" and p.get("date"):
        rec["issued"] = p["date"]
    if t == "warrant_unsealed" and p.get("date"):
        rec["unsealed"] = p["date"]
    rec |= {"status_history": [{"status": "issued", **({"date": p["date"]} if t == "warrant_issued" and p.get("date") else {}), "sources": [src]}],
            "sources": [src]}
    return kind, key, rec


def write_record(data_dir: Path, kind: str, key: str, rec: dict[str, Any]) -> Path:
    """Write (or, for a State, add to) a record, then check the whole record; undo on any error."""
    if kind == "states":
        path = data_dir / "states" / f"{key}.yaml"
        original = path.read_text(encoding="utf-8")
        state = read_yaml(path)
        state["participation"].append(rec)
        new_text = dump_yaml(state)
    else:
        path = data_dir / kind / f"{key}.yaml"
        if path.exists():
            raise ReviewError(f"{path} already exists: the fact may already be in the record")
        original = None
        new_text = dump_yaml(rec)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(new_text, encoding="utf-8")
    tmp.replace(path)
    _, problems = check_dataset(data_dir)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        if original is None:
            path.unlink()
        else:
            path.write_text(original, encoding="utf-8")
        raise ReviewError("the record would not pass the check, nothing was written:\n" + "\n".join(str(p) for p in errors[:10]))
    return path
