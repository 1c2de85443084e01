"""What an accept checks in the stored candidate before it writes (round twenty, ``tests/dataset/ROUND20.md``).

The review queue is a table a person can edit by hand (a SQL shell, a restored backup, a script). Round twenty found
three shapes the accept took without a word:

* a payload whose ``id`` is not its row's: the record's source note names the payload's id, so the next accept's
  reconciliation marked **another** pending candidate accepted (its fact never written);
* a payload whose ``type`` is not its row's: the queue lists a visit, the accept writes what the payload says (a warrant);
  a type that is no candidate type was called "a lead, not a record";
* evidence the document does not hold: a span outside the document (``characters 5000-5066`` of a text of 66, or from
  ``-5``), or a sentence found nowhere in the document's text or title: the record's pinpoint and quoted evidence
  would point at nothing.

Each is refused (``ReviewError``, naming the candidate and the field) before anything is written.
"""

from __future__ import annotations

from typing import Any

from iccwatch.errors import InputError
from iccwatch.monitor.extract import TYPES

#: The key a payload the store could not read as a JSON object is kept under (``monitor.queue``): the row is listed,
#: never accepted.
UNREADABLE = "unreadable_payload"


def _flat(text: str) -> str:
    return " ".join(text.split())


def stored_problem(row: dict[str, Any], payload: dict[str, Any]) -> str | None:
    """Why the stored candidate (its row, and its payload read as a Candidate) cannot be accepted as it stands, or None."""
    cid = row["id"]
    if payload.get("id") != cid:
        return (f"candidate {cid}: its stored payload's id is {str(payload.get('id'))[:80]!r}, not the candidate's own: the "
                "record would name another candidate (and a later accept would mark that one accepted); nothing written: "
                "re-ingest the document, or reject the candidate")
    if payload.get("type") not in TYPES:  # it was read as "a teleport is a lead", which it is not
        return (f"candidate {cid}: its stored type {str(payload.get('type'))[:40]!r} is no candidate type (one of "
                f"{', '.join(TYPES)}): nothing written; reject it")
    if payload.get("type") != row.get("type"):
        return (f"candidate {cid}: its stored payload's type is {str(payload.get('type'))[:40]!r} but the queue lists it as "
                f"{str(row.get('type'))[:40]!r}: nothing written (the queue and the record would disagree on what was accepted)")
    ev = payload.get("evidence") or {}
    doc = row.get("document") or {}
    text, title = str(doc.get("text") or ""), str(doc.get("title") or "")
    start, end, sentence = ev.get("start"), ev.get("end"), _flat(str(ev.get("sentence") or ""))
    if not isinstance(start, int) or not isinstance(end, int):
        return None  # the model's check (Evidence) names it
    if not text:
        return None  # a document stored without its text (older queues): nothing to compare
    if start < 0 or end < start or end > max(len(text), len(title)):
        return (f"candidate {cid}: evidence.start-end {start}-{end} is not a span of the document ({len(text)} characters): the "
                "record's pinpoint would point at nothing; nothing written (edit the candidate or reject it)")
    if sentence and sentence not in _flat(text) and sentence not in _flat(title):
        return (f"candidate {cid}: evidence.sentence “{sentence[:80]}” is not in the document's text or title: the record would "
                "quote what its source does not say; nothing written (reject the candidate, or re-ingest the document)")
    return None


def check_stored(row: dict[str, Any], payload: dict[str, Any], error: type[InputError]) -> None:
    if (why := stored_problem(row, payload)) is not None:
        raise error(why)
