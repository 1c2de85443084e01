"""Accepting a candidate: a person's decision turns it into a YAML record in data/, with the document
as its source (pinpointed to the evidence).

Safe to run from several processes at once:

- every accept holds a file lock on ``data/`` (so two accepts for one State, or the same candidate
  twice, are serialised and the second sees the first's result);
- a candidate is written once: an accepted one is refused, and the record carries the candidate's id,
  so a record written before a crash (the YAML written, the queue not yet marked) is found and the
  candidate marked accepted at the next start (``reconcile``), never written twice;
- a candidate the monitor marked as a duplicate of a recorded fact is refused unless forced, with a reason;
- every ``--set`` is validated against the model (no key can name a path outside ``data/``), the stored
  candidate is checked again as a typed Candidate, and the record is validated in memory as its model
  (Event, Participation, Statement, Decision, Warrant) before it is written with the one YAML writer;
- the written record must pass ``iccwatch data check``, else the file is restored and nothing changes;
- when ``data/`` is in a git checkout, the accepted fact becomes a commit authored by the reviewer,
  with the candidate's id and its evidence in the message;
- a reject or an edit holds the same lock, so it never lands between an accept's write and its mark
  (which would leave a record in ``data/`` for a rejected candidate, or a record that is not the
  candidate as edited); a decided candidate can be neither rejected nor edited again.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import re
import subprocess
import tempfile
import time
import unicodedata
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar, get_args

import yaml
from pydantic import BaseModel, ValidationError

from iccwatch.dataset import RecordSet, check_dataset
from iccwatch.dataset.names import normalise_name
from iccwatch.dataset.still import read_still
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml, read_yaml
from iccwatch.errors import ConflictError, ErrorKind, InputError
from iccwatch.model import DateSpan, Decision, Event, Participation, Statement, Warrant
from iccwatch.model.decision import Forum
from iccwatch.model.event import EventAction
from iccwatch.monitor.documents import one_plain_line
from iccwatch.monitor.extract import Candidate
from iccwatch.monitor.queue import Queue, actor
from iccwatch.monitor.review_guard import UNREADABLE, check_stored
from iccwatch.store.locks import STORE_REFUSED, held


class ReviewError(InputError):
    """A candidate cannot become a record as it stands; the message says what is missing or wrong."""


class ReviewConflict(ReviewError, ConflictError):
    """A candidate already accepted or rejected: it is not decided again (409)."""

    kind: ClassVar[ErrorKind] = "conflict"


#: Candidate types that become records, and the kind of record.
RECORD_KIND = {"visit": "events", "arrest": "events", "surrender": "events", "withdrawal_announced": "states",
               "withdrawal_notified": "states", "joint_statement": "statements", "noncompliance_finding": "decisions",
               "warrant_issued": "warrants", "warrant_unsealed": "warrants"}
EVENT_ACTION = {"visit": "no_arrest", "arrest": "arrest", "surrender": "surrender"}
MODEL: dict[str, type[BaseModel]] = {"events": Event, "states": Participation, "statements": Statement, "decisions": Decision, "warrants": Warrant}

#: How long an accept waits for another one to finish (seconds).
LOCK_WAIT = 300.0
_MARK = re.compile(r"\bcandidate ([0-9a-f]{8,64})\b")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEY = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")
_UNSAFE_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _clean_text(text: str) -> str:
    """Text from a web page as the record holds text (the checker refuses anything else): one line, plain
    spaces (no tab, line break, no-break or other special space), letters in one piece (Unicode NFC)."""
    return " ".join(_UNSAFE_TEXT.sub(" ", unicodedata.normalize("NFC", text)).split())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(text)).strip("-")


# ------------------------------------------------------------------------------ --set FIELD=VALUE


def _iso3(field: str, v: str) -> str:
    v = v.strip().upper()
    if not _ISO3.match(v):
        raise ReviewError(f"--set {field}={v!r}: give an ISO 3166-1 alpha-3 code (three letters)")
    return v


def _slug_value(field: str, v: str) -> str:
    if not _SLUG.match(v) or len(v) > 200:  # round eighteen: a 5,000-letter id was kept and refused as a file name at accept
        raise ReviewError(f"--set {field}={v!r}: give an id of lower-case letters, digits and single hyphens (at most 200)")
    return v


def _date(field: str, v: str) -> str:
    try:
        if not v.isascii():
            raise InputError(f"{v!r} has characters other than ASCII digits and hyphens")
        DateSpan.parse(v)
    except ValueError as exc:
        raise ReviewError(f"--set {field}: {exc}") from None
    return v


def _text(field: str, v: str) -> str:
    if not v.strip() or len(v) > 500 or _UNSAFE_TEXT.search(v):
        raise ReviewError(f"--set {field}: give plain text of 1 to 500 characters (no control characters)")
    return v.strip()


def _count(field: str, v: str) -> int:
    if not (v.isascii() and v.isdigit()) or not 0 < int(v) <= 200:
        raise ReviewError(f"--set {field}={v!r}: give a whole number between 1 and 200")
    return int(v)


def _states(field: str, v: str) -> list[str]:
    if not v.strip() and field == "drafters":
        return []  # no drafters: a statement may name none
    items = v.split(",")
    if any(not x.strip() for x in items):  # round seventeen: 'TCD,,JOR' and an empty list were kept without a word
        raise ReviewError(f"--set {field}={v!r}: give one or more ISO 3166-1 alpha-3 codes separated by single commas")
    codes = [_iso3(field, x) for x in items]
    if twice := sorted({c for c in codes if codes.count(c) > 1}):  # round seventeen: kept, refused only at accept
        raise ReviewError(f"--set {field}={v!r}: {', '.join(twice)} given twice: give each State once")
    return codes


def _choice(*allowed: str) -> Callable[[str, str], str]:
    def check(field: str, v: str) -> str:
        if v not in allowed:
            raise ReviewError(f"--set {field}={v!r}: one of {', '.join(allowed)}")
        return v
    return check


#: The fields a reviewer may set, each with its check.
SETTABLE: dict[str, Callable[[str, str], Any]] = {
    "person": _slug_value, "state": _iso3, "date": _date, "end_date": _date, "situation": _slug_value,
    "chamber": _text, "title": _text, "forum": _choice(*get_args(Forum)),  # round sixteen: any text was kept until accept
    "action": _choice(*get_args(EventAction)),
    "request_type": _choice("arrest_surrender", "other_assistance"),
    "signatories": _states, "drafters": _states, "announced_count": _count,
}


def parse_sets(sets: list[str] | None) -> dict[str, Any]:
    """``FIELD=VALUE`` pairs, each validated; ReviewError names the first bad one."""
    out: dict[str, Any] = {}
    for s in sets or []:
        if "=" not in s:
            raise ReviewError(f"--set {s!r}: write FIELD=VALUE")
        k, v = (x.strip() for x in s.split("=", 1))
        if k in out:  # round sixteen: the last value was kept without a word
            raise ReviewError(f"--set {k} is given twice: give each field once")
        if k not in SETTABLE:
            raise ReviewError(f"--set {k}: not a field you can set; fields: {', '.join(sorted(SETTABLE))}")
        out[k] = SETTABLE[k](k, v)
    if "date" in out and "end_date" in out and DateSpan.parse(out["end_date"]).last < DateSpan.parse(out["date"]).first:
        # round seventeen: an end before the start was kept until the checker refused the written record
        raise ReviewError(f"--set end_date={out['end_date']} is before date={out['date']}: the end cannot precede the start")
    return out


# ------------------------------------------------------------------------------ the record


def source_of(document: dict[str, Any], source_url: str | None, candidate: dict[str, Any] | None = None) -> dict[str, Any]:
    url = source_url or document.get("url")
    if source_url is not None and not re.match(r"^https?://\S+$", source_url):  # round fourteen: it was "the document has no web address"
        raise ReviewError(f"--source-url {source_url[:80]!r} is not a web address (http:// or https://, no spaces): nothing was written")
    if source_url is not None:
        from iccwatch.dataset.address_checks import copied_address_problem

        if why := copied_address_problem(source_url):  # round twenty-three: named only as the written record's sources[0].url
            raise ReviewError(f"--source-url {source_url[:80]!r}: {why}: nothing was written")
    if not url or not re.match(r"^https?://\S+$", url):
        raise ReviewError("the document has no web address: give the source with --source-url URL (no fact without a source)")
    src: dict[str, Any] = {"url": url}
    for key in ("title", "publisher", "date"):
        if document.get(key):
            src[key] = _clean_text(str(document[key])) if key != "date" else document[key]
    src["kind"] = "secondary"
    note = "accepted from the monitor's review queue"
    if candidate:
        ev = candidate.get("evidence") or {}
        if not _clean_text(str(ev.get("sentence", ""))) and not source_url:
            raise ReviewError(f"candidate {candidate['id']}: evidence.sentence is empty, so nothing in the document is shown to state "
                              "the fact: nothing written (give the page that states it with --source-url URL, or reject it)")
        if "start" in ev and "end" in ev and ev["end"] > ev["start"]:
            src["pinpoint"] = f"characters {ev['start']}-{ev['end']} of the document"
        sentence = _clean_text(str(ev.get("sentence", "")))
        sentence = sentence if len(sentence) <= 400 else sentence[:399] + "…"
        note = f"accepted from the monitor's review queue (candidate {candidate['id']})" + (f"; evidence: “{sentence}”" if sentence else "")
    src["note"] = note
    return src


def record_for(c: dict[str, Any], document: dict[str, Any], records: Any, edits: dict[str, Any], source_url: str | None) -> tuple[str, str, dict[str, Any]]:
    """(kind, key, record) that accepting the candidate would write; raises ReviewError if it cannot.
    ``records`` is a RecordSet (or anything with ``.records``, e.g. Facts)."""
    r: RecordSet = getattr(records, "records", records)
    p = {**c, **edits}
    t = p["type"]
    if t not in RECORD_KIND:
        raise ReviewError(f"a {t.replace('_', ' ')} is a lead, not a record: keep it in the queue (it raises alerts), "
                          "and accept the visit or arrest when it happens")
    src = source_of(document, source_url, c if c.get("id") else None)
    kind = RECORD_KIND[t]
    if kind == "events":
        for f in ("person", "state", "date"):
            if not p.get(f):
                raise ReviewError(f"an event needs {f}: add it with --set {f}=...")
        state = r.states.get(p["state"])
        name = state.name if state else p["state"]
        key = f"{p['date']}-{p['person']}-{_slug(name)}"
        rec: dict[str, Any] = {"id": key, "date": p["date"]}
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


def validated(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    """The record checked as its model in memory; ReviewError names each bad field."""
    model: type[BaseModel] = MODEL[kind]
    try:
        model.model_validate(rec)
    except ValidationError as exc:
        errs = "; ".join(f"{'.'.join(map(str, e['loc'])) or kind}: {e['msg']}" for e in exc.errors())
        raise ReviewError(f"the {kind.rstrip('s')} record would be invalid: {errs}") from None
    return rec


def record_path(data_dir: Path, kind: str, key: str) -> Path:
    """The file a record is written to; refuses any key that could name a path outside ``data/<kind>/``."""
    if not _KEY.match(key) or len(key) > 200:
        raise ReviewError(f"{key!r} cannot be a record key (letters, digits and single hyphens only)")
    folder = (data_dir / kind).resolve()
    path = (folder / f"{key}.yaml").resolve()
    if path.parent != folder or data_dir.resolve() not in path.parents:
        raise ReviewError(f"{key!r} would be written outside {data_dir}")
    return path


def _shown(path: Path, data_dir: Path) -> str:
    try:
        return str(path.relative_to(data_dir.resolve().parent))
    except ValueError:
        return str(path)


def _now(path: Path) -> bytes | None:
    """The file's bytes as they are now, or None if there is no file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _put(path: Path, shown: str, original: bytes | None, data: bytes) -> None:
    """Write ``data`` to ``path`` whole, only if the file is still ``original`` (None: there is no file):
    a person saving the file by hand between the accept's read and its write is never overwritten. A new
    file is linked into place, which fails if one appeared meanwhile; an existing one is compared, then
    renamed over."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        tmp.chmod(path.stat().st_mode & 0o777 if original is not None else 0o644)
        if original is None:
            try:
                os.link(tmp, path)  # atomic and never over an existing file
            except FileExistsError:
                raise ReviewError(f"{shown} was created by someone else during the accept: nothing was written; "
                                  "look at the file, then accept again if the fact is not in it") from None
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                    raise
                if path.exists():  # a file system without hard links: the check, then the rename
                    raise ReviewError(f"{shown} was created by someone else during the accept: nothing was written") from None
                os.replace(tmp, path)
        else:
            if _now(path) != original:
                raise ReviewError(f"{shown} was changed by hand during the accept: nothing was written, the file is as "
                                  "saved; accept again once the file is saved")
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_record(data_dir: Path, kind: str, key: str, rec: dict[str, Any]) -> Path:
    """Write (or, for a State, add to) a record, then check the whole record; undo on any error. A file
    changed by hand meanwhile (the lock binds reviewers, not editors) is never overwritten nor undone: the
    accept is refused with a ReviewError naming the file, and the hand edit stays."""
    path = record_path(data_dir, kind, key)
    shown = _shown(path, data_dir)
    if kind == "states":
        original = _now(path) if path.is_file() else None
        if original is None:
            raise ReviewError(f"no State {key!r} in the record (no data/states/{key}.yaml)")
        try:
            state = load_yaml(original.decode("utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            why = " ".join(str(exc).split())[:300]
            raise ReviewError(f"{shown} cannot be read ({why}): was it saved whole? Fix the file; nothing was written") from None
        if not isinstance(state, dict) or not isinstance(state.get("participation"), list):
            raise ReviewError(f"{shown} has no participation list: fix the file; nothing was written")
        state["participation"].append(rec)
        new = state
        # round 24: a file saved by hand in its own layout (comments, other indentation) keeps it: the fact is added
        # to its text; only a file as the writer would give it is written again from its data
        written = _appended(original.decode("utf-8"), rec, new, shown).encode("utf-8")
    else:
        if path.exists():
            raise ReviewError(f"{path} already exists: the fact may already be in the record")
        original = None
        new = rec
        written = dump_yaml(new).encode("utf-8")  # before any file is touched: data that cannot be written leaves nothing
    try:
        _put(path, shown, original, written)
    except OSError as exc:
        raise ReviewError(f"cannot write {shown}: {exc.strerror or exc}: nothing was written") from None
    try:
        # (round 33, session 49) read as one state of the folder: a file git removes and writes anew meanwhile is the folder
        # changing (read again, then DataChanging, the accept undone), never "cannot read", an error the record has not
        _, problems = read_still(data_dir, lambda: check_dataset(data_dir),
                                 what="the accept was undone, nothing was written; accept it again once the folder is still")
        errors = [p for p in problems if p.severity == "error"]
    except BaseException:
        _restore(path, original, written)
        raise
    if (saved := _now(path)) != written:  # saved by hand while the record was checked: that version stays
        if _holds(saved, rec):  # round 24: saved from the accept's version, the fact kept: it is in the record
            if not errors:
                return path
            raise ReviewError(f"{shown} was saved by hand while the accept was being checked; the file as saved holds this "
                              "fact, but the record does not pass the check:\n" + "\n".join(str(p) for p in errors[:10])
                              + "\nfix the file: the next review marks the candidate accepted")
        raise ReviewError(f"{shown} was changed by hand while the accept was being checked: the file is left as saved, "
                          "without this fact, and the candidate stays undecided; accept it again once the file is saved")
    if errors:
        _restore(path, original, written)
        raise ReviewError("the record would not pass the check, nothing was written:\n" + "\n".join(str(p) for p in errors[:10]))
    return path


def _holds(saved: bytes | None, rec: dict[str, Any]) -> bool:
    """Whether a State's file as saved (by hand) holds ``rec`` in its participation list."""
    try:
        state = load_yaml((saved or b"").decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return False
    return isinstance(state, dict) and isinstance(state.get("participation"), list) and rec in state["participation"]


#: A line that is a YAML comment, or ends with one (a '#' after a space, outside quotes: the lines the writer makes
#: have none, so one in a State's file was typed by hand).
_COMMENT = re.compile(r"""^\s*#|^[^'"#]*\s#""")


def _appended(text: str, rec: dict[str, Any], new: dict[str, Any], shown: str) -> str:
    """A State's file with ``rec`` added to its participation list. A file as the writer gives it is written again
    from ``new``; one in a layout of its own (comments, another indentation, saved by hand) gets the entry's lines
    after its list's last item, the rest of its text as it was, and the result is read back: it must be ``new``. A
    file with comments where that cannot be done is refused (nothing written) rather than written without them."""
    dumped = dump_yaml(new)
    if dump_yaml(load_yaml(text)) == text:
        return dumped
    lines = text.splitlines(keepends=True)
    start = next((i for i, ln in enumerate(lines) if re.match(r"participation:\s*(#.*)?$", ln)), None)
    if start is not None:
        end, indent = start + 1, None
        for i in range(start + 1, len(lines)):
            ln = lines[i]
            if not ln.strip() or ln.lstrip().startswith("#"):
                continue
            if indent is None and ln.lstrip().startswith("- "):
                indent = len(ln) - len(ln.lstrip())
            if not ln[0].isspace() and not ln.startswith("- "):
                break  # the next key of the file
            end = i + 1
        pad = " " * (indent or 0)
        entry = "".join(pad + ln if ln.strip() else ln for ln in dump_yaml([rec]).splitlines(keepends=True))
        head = "".join(lines[:end])
        if head and not head.endswith("\n"):
            head += "\n"
        out = head + entry + "".join(lines[end:])
        try:
            if load_yaml(out) == new:
                return out
        except yaml.YAMLError:
            pass
    if any(_COMMENT.match(ln) for ln in lines):
        raise ReviewError(f"{shown} holds comments typed by hand, and the fact cannot be added to it without losing them: "
                          "nothing was written; add the fact by hand, or move the comments into a note field and accept again")
    return dumped


def _restore(path: Path, original: bytes | None, written: bytes) -> None:
    """Put back what was there before the accept, only if the file is still what the accept wrote (a
    version saved by hand meanwhile is never undone)."""
    if _now(path) != written:
        return
    if original is None:
        path.unlink(missing_ok=True)
    else:
        tmp = path.with_name(f".{path.name}.restore")
        tmp.write_bytes(original)
        tmp.replace(path)


# ------------------------------------------------------------------------------ accept, safely


def data_lock(data_dir: Path, timeout: float = LOCK_WAIT) -> AbstractContextManager[None]:
    """The lock every accept, reject and edit holds on ``data/`` (a hidden file the loader ignores and git does not
    track), taken as every lock is (``store.locks.held``): a stuck holder is a clear LockBusy after the wait, never a
    traceback after five minutes."""
    return held(data_dir / ".review.lock", timeout, "another review of this record")


#: A writer's temporary beside a record file: ``.NAME.yaml.<random>.tmp`` (``atomic.replacing``, ``_put``) or
#: ``.NAME.yaml.restore`` (``_restore``).
_LEFTOVER = re.compile(r"^\.[^/]+\.yaml\.(?:[A-Za-z0-9_]{8}\.tmp|restore)$")
#: How old a temporary must be to be taken for a dead writer's (seconds): a write takes well under a second.
LEFTOVER_AGE = 60.0


def clear_leftovers(data_dir: Path, now: float | None = None) -> list[str]:
    """Remove the temporaries a writer killed between making and renaming them left beside the record's files (round
    23, session 40; round 22 left them, hidden, for ever). Call with the data lock held: no review is writing then, and
    only a temporary older than ``LEFTOVER_AGE`` is removed, so another writer's live one never is. Returns the paths
    removed (relative to data/'s parent), to be said."""
    now = time.time() if now is None else now
    removed = []
    for path in sorted(data_dir.glob("*/.*.yaml.*")):
        if not _LEFTOVER.match(path.name):
            continue
        try:
            if not path.is_file() or now - path.stat().st_mtime < LEFTOVER_AGE:
                continue
            path.unlink()
        except OSError:
            continue  # a read-only folder: left, as before
        removed.append(str(path.relative_to(data_dir.parent)))
    return removed


def written_candidates(data_dir: Path) -> dict[str, Path]:
    """Candidate ids named in the record's sources, with the file that names each."""
    found: dict[str, Path] = {}
    for path in sorted(data_dir.glob("*/*.yaml")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "candidate " in text:
            for cid in _MARK.findall(text):
                found.setdefault(cid, path)
    return found


def reconcile(queue: Queue, data_dir: Path, reviewer: str | None = None) -> list[str]:
    """Mark accepted every undecided candidate whose record is already written (a crash after the write,
    before the queue was marked). Call with the data lock held. Returns the candidates marked."""
    if not queue.any_undecided():
        return []
    written = written_candidates(data_dir)
    # round 27 (session 44): the queue read by the ids the record names, not whole (50,000 candidates read and parsed
    # before each accept and reject)
    undecided = queue.undecided_among(written)
    marked = []
    for cid, path in written.items():
        if cid in undecided:
            rel = str(path.relative_to(data_dir.parent))
            if queue.decide(cid, "accepted", note="reconciled: the record was written before the queue was marked",
                            record_file=rel, reviewer=reviewer):
                marked.append(cid)
    return marked


def _peek_yaml(path: Path, data_dir: Path) -> Any:
    try:
        return read_yaml(path)
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        why = " ".join(str(exc).split())[:300]
        raise ReviewError(f"{_shown(path, data_dir)} cannot be read ({why}): fix the file; nothing was written") from None


class _Peek:
    """What ``record_for`` needs from the record (a State's name, the warrants of a person), read from the
    few files that hold it; the whole record is checked once, after the write."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir

    @property
    def states(self) -> dict[str, SimpleNamespace]:
        out = {}
        for path in (self.data_dir / "states").glob("*.yaml"):
            if _ISO3.match(path.stem):
                out[path.stem] = _Lazy(path)
        return out  # type: ignore[return-value]

    @property
    def warrants(self) -> dict[str, SimpleNamespace]:
        out = {}
        for path in (self.data_dir / "warrants").glob("*.yaml"):
            raw = _peek_yaml(path, self.data_dir)
            out[path.stem] = SimpleNamespace(person=raw.get("person") if isinstance(raw, dict) else None)
        return out


class _Lazy:
    def __init__(self, path: Path):
        self.path = path

    @property
    def name(self) -> str:
        raw = _peek_yaml(self.path, self.path.parent.parent)
        return str(raw.get("name") or self.path.stem) if isinstance(raw, dict) else self.path.stem


@dataclass
class Accepted:
    candidate: str
    path: Path
    commit: str | None
    git_note: str | None
    reconciled: list[str]
    cleared: list[str] = dataclasses.field(default_factory=list)


def _put_back(path: Path, before: bytes | None) -> bool:
    """Put the record file an accept wrote back as it was (``before``: ``_now`` of it before the write); whether it
    still holds what the accept wrote (it could not be put back)."""
    written = _now(path)
    if written is not None:
        _restore(path, before, written)
    return _now(path) != before


def accept(queue: Queue, data_dir: Path, cid: str, edits: dict[str, Any] | None = None, source_url: str | None = None,
           force: bool = False, reason: str | None = None, reviewer: str | None = None) -> Accepted:
    """Accept one candidate (see the module docstring); ReviewError says why it cannot be."""
    data_dir = _folder(data_dir)
    _given(cid, reviewer, reason)
    _a_record(data_dir)
    reviewer = reviewer or actor()
    edits = edits or {}
    with data_lock(data_dir):
        cleared = clear_leftovers(data_dir)
        reconciled = reconcile(queue, data_dir, reviewer)
        row = queue.get(cid)
        cid = row["id"]
        _undecided(row, "nothing written")
        if row["status"] == "duplicate" and not force:
            raise ReviewError(f"candidate {cid} duplicates {row['duplicate_of']}, already in the record or the queue: "
                              "nothing written (accept it anyway with --force --reason '...')")
        if force and not (reason and reason.strip()):
            raise ReviewError("--force needs --reason: say why the fact is not a duplicate")
        if isinstance(row["payload"], dict) and UNREADABLE in row["payload"]:  # round twenty: a traceback
            raise ReviewError(f"the stored candidate {cid} is malformed: payload: {row['payload'][UNREADABLE]}; nothing written")
        try:
            candidate = Candidate.model_validate(row["payload"])
        except ValidationError as exc:
            raise ReviewError(f"the stored candidate {cid} is malformed: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from None
        payload = candidate.model_dump(mode="json")
        check_stored(row, payload, ReviewError)  # round twenty: its id, its type and its evidence against the row and document
        kind, key, rec = record_for(payload, row["document"] or {}, _Peek(data_dir), edits, source_url)
        validated(kind, rec)
        target = record_path(data_dir, kind, key)
        before = _now(target)
        path = write_record(data_dir, kind, key, rec)
        rel = str(path.relative_to(data_dir.parent))
        detail = {"reason": reason, "forced": True} if force else None
        try:
            decided = queue.decide(cid, "accepted", note=reason, record_file=rel, reviewer=reviewer, detail=detail,
                                   read=row["payload"])
        except STORE_REFUSED as exc:  # round 23 (and 25: held by another program): the record was written, the queue cannot be: put it back
            kept = _put_back(path, before)
            raise exc.left(f"{rel} still holds the fact (it could not be put back): the next review marks the candidate "
                           "accepted" if kept else f"nothing was changed ({rel} was put back as it was)") from None
        if not decided:  # round 27: decided or edited meanwhile through another data folder (its lock is its own)
            kept = _put_back(path, before)
            raise ReviewConflict(f"candidate {cid} was decided or edited by someone else meanwhile (another copy of the record?): "
                                 + (f"{rel} still holds the fact written (it could not be put back); check it by hand"
                                    if kept else f"nothing was written ({rel} was put back as it was); show it again and decide"))
        commit, git_note = git_commit(data_dir, path, reviewer, commit_message(candidate, row, kind, key, rel, reason))
        return Accepted(cid, path, commit, git_note, reconciled, cleared)


#: The longest reviewer name and reason taken (a reason is kept in the audit log and the commit, as a record's note).
_REVIEWER_MAX, _REASON_MAX = 200, 20_000


def _given(cid: str, reviewer: str | None = None, reason: str | None = None) -> None:
    """Round eighteen: an empty or blank candidate id matched every candidate (a queue of one was decided by
    ``review accept ''``), and a reviewer or reason with a line break or a terminal escape was kept in the audit log
    and the git author; each is refused here, before anything is read or written."""
    if not cid.strip():
        raise ReviewError("give a candidate id (or its first characters): an empty id names no candidate; nothing was changed")
    for option, text, most in (("--reviewer", reviewer, _REVIEWER_MAX), ("--reason", reason, _REASON_MAX)):
        if text is None:
            continue
        if not one_plain_line(text, most):
            raise ReviewError(f"{option}: give plain text of 1 to {most:,} characters on one line (no control character, "
                              "tab, line break or direction mark); nothing was changed")


def _folder(data_dir: Path) -> Path:
    """Round nineteen: ``--data`` naming a file ended in a traceback (FileExistsError) when the lock was made in it."""
    data_dir = data_dir.resolve()
    if data_dir.exists() and not data_dir.is_dir():
        raise ReviewError(f"--data {data_dir}: not a folder (give the record's data/ folder); nothing was changed")
    return data_dir


def _a_record(data_dir: Path) -> None:
    """Round twenty: ``--data`` naming an empty folder, a folder that did not exist or one holding a stray file was read
    as a record: the accept made the folder, its lock and its kind's folder, wrote the fact, and was refused only by the
    check (its meta.yaml missing), leaving the folders behind. A record's folder holds its meta.yaml."""
    if not (data_dir / "meta.yaml").is_file():
        raise ReviewError(f"--data {data_dir}: no record there (no meta.yaml; give the record's data/ folder); nothing was changed")


def _undecided(row: dict[str, Any], doing: str) -> None:
    if row["status"] not in ("pending", "duplicate"):
        where = f" (written to {row['record_file']})" if row.get("record_file") else ""
        raise ReviewConflict(f"candidate {row['id']} is already {row['status']}{where}: {doing}")


def reject(queue: Queue, data_dir: Path, cid: str, reason: str | None = None, reviewer: str | None = None) -> str:
    """Reject one undecided candidate (under the data lock, like ``accept``); returns its id.
    ReviewError, changing nothing, if it is already accepted or rejected."""
    data_dir = _folder(data_dir)
    _given(cid, reviewer, reason)
    with data_lock(data_dir):
        reconcile(queue, data_dir, reviewer)
        row = queue.get(cid)
        _undecided(row, "not rejected")
        if not queue.decide(row["id"], "rejected", note=reason, reviewer=reviewer):  # pragma: no cover - the lock prevents it
            raise ReviewError(f"candidate {row['id']} was decided by someone else meanwhile: not rejected")
        return str(row["id"])


def _in_order(cid: str, payload: dict[str, Any], edits: dict[str, Any]) -> None:
    """Round twenty-two: an edit of one of date and end_date was not read against the other the candidate keeps (only
    two given in one edit were), so an end before the start was stored until the accept's check refused the record."""
    date, end = payload.get("date"), payload.get("end_date")
    if not ({"date", "end_date"} & set(edits)) or not isinstance(date, str) or not isinstance(end, str):
        return
    try:
        ordered = DateSpan.parse(end).last >= DateSpan.parse(date).first
    except ValueError:
        return  # a stored value that is no date: the model's check below names it
    if not ordered:
        which = "end_date" if "end_date" in edits else "date"
        raise ReviewError(f"candidate {cid} not edited: --set {which}: end_date {end} would be before date {date} "
                          "(the end cannot precede the start)")


#: The fields an edit sets to the id of a record (or a list of them) -> the record's folder in data/.
_REFERENCES = {"person": "persons", "situation": "situations", "state": "states", "signatories": "states", "drafters": "states"}


def _recorded(cid: str, data_dir: Path, edits: dict[str, Any]) -> None:
    """Round twenty-three: an edit naming a person, a situation or a State the record does not hold (an id or a code
    mistyped by hand) was stored, and refused only when the accept's check read the written record. Refused here,
    naming the field and the one id it may have meant (``near_id``)."""
    from iccwatch.model.near import near_id

    for field, folder in _REFERENCES.items():
        if field not in edits:
            continue
        values = edits[field] if isinstance(edits[field], list) else [edits[field]]
        held = {p.stem for p in (data_dir / folder).glob("*.yaml")}
        for v in values:
            if v not in held:
                near = near_id(v, held)
                raise ReviewError(f"candidate {cid} not edited: --set {field}={v!r}: no data/{folder}/{v}.yaml in the record"
                                  + (f"; did you mean {near!r}?" if near else ""))


def edit(queue: Queue, data_dir: Path, cid: str, edits: dict[str, Any]) -> str:
    """Correct an undecided candidate's fields (under the data lock); returns its id. ReviewError,
    changing nothing, if it is already decided or the edited candidate is not valid (naming the field)."""
    data_dir = _folder(data_dir)
    _given(cid)
    with data_lock(data_dir):
        row = queue.get(cid)
        _undecided(row, "not edited")
        payload = {**row["payload"], **edits}
        _in_order(row["id"], payload, edits)
        _recorded(row["id"], data_dir, edits)
        try:
            Candidate.model_validate(payload)
        except ValidationError as exc:
            errs = "; ".join(f"--set {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise ReviewError(f"candidate {row['id']} not edited: {errs}") from None
        if not queue.set_payload(row["id"], payload):  # pragma: no cover - the lock prevents it
            raise ReviewError(f"candidate {row['id']} was decided by someone else meanwhile: not edited")
        return str(row["id"])


# ------------------------------------------------------------------------------ git


def commit_message(c: Candidate, row: dict[str, Any], kind: str, key: str, rel: str, reason: str | None) -> str:
    doc = row.get("document") or {}
    lines = [f"Accept candidate {c.id}: {c.type.replace('_', ' ')} → {kind}/{key}", "",
             f"Candidate: {c.id} ({c.method}, confidence {c.confidence})",
             f"Evidence (characters {c.evidence.start}-{c.evidence.end}): “{' '.join(c.evidence.sentence.split())}”",
             f"Document: {doc.get('title') or ''} {doc.get('url') or doc.get('path') or ''}".rstrip(),
             f"Record: {rel}"]
    if reason:
        lines.append(f"Forced: {reason}")
    return "\n".join(lines) + "\n"


def _git(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60, check=False)


def git_commit(data_dir: Path, path: Path, reviewer: str, message: str) -> tuple[str | None, str | None]:
    """Commit the one record file, authored by the reviewer. (commit id, None), or (None, why not) when
    ``data/`` is not in a git checkout or git fails; the accept stands either way."""
    try:
        top = _git(["rev-parse", "--show-toplevel"], data_dir)
    except (OSError, subprocess.SubprocessError):
        return None, "git is not available: the accept is not committed"
    if top.returncode != 0:
        return None, None  # not a checkout: nothing to commit
    email = _git(["config", "user.email"], data_dir).stdout.strip() or f"{re.sub(r'[^A-Za-z0-9._-]', '', reviewer) or 'reviewer'}@localhost"
    env = {**os.environ, "GIT_AUTHOR_NAME": reviewer, "GIT_AUTHOR_EMAIL": email}
    if not _git(["config", "user.name"], data_dir).stdout.strip():
        env |= {"GIT_COMMITTER_NAME": reviewer, "GIT_COMMITTER_EMAIL": email}
    added = _git(["add", "--", str(path)], data_dir, env)
    done = added if added.returncode else _git(["commit", "--quiet", "-m", message, "--", str(path)], data_dir, env)
    if done.returncode != 0:
        return None, f"git commit failed: {(done.stderr or done.stdout).strip()[:300]}"
    return _git(["rev-parse", "HEAD"], data_dir).stdout.strip(), None
