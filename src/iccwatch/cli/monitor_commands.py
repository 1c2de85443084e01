"""``iccwatch monitor``: ingest documents into candidate facts, review them, see alerts."""

from __future__ import annotations

import datetime as dt
import json as jsonlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from iccwatch.cli.common import DataOpt, DbOpt, JsonOpt, facts_for, fail
from iccwatch.cli.output import console, emit_json, emit_table, rich_console
from iccwatch.errors import InputError, TypedError, exit_code
from iccwatch.model import DateSpan
from iccwatch.settings import Settings

if TYPE_CHECKING:
    from iccwatch.monitor.queue import Queue

T = TypeVar("T")

app = typer.Typer(help="The monitor: news and statements → candidate facts with evidence → review → records.", no_args_is_help=True)
review_app = typer.Typer(help="Review candidate facts: list, show, edit, accept (writes a record to data/), reject.", no_args_is_help=True)
app.add_typer(review_app, name="review")


def _queue(db: str | None) -> Queue:
    """The review queue in the store; a store that cannot be read, or another program's SQLite file, is a
    clear error naming --db, and nothing is written to it."""
    from iccwatch.cli.common import user_errors
    from iccwatch.errors import FieldError
    from iccwatch.monitor.queue import Queue
    from iccwatch.service.loading import _is_store_error, _reason, refuse_foreign_file, safe_url

    settings = Settings.from_env(db=db)
    url = settings.db_url
    with user_errors():
        _refuse_no_store(settings)
        refuse_foreign_file(url)
        try:
            return Queue(url)
        except Exception as exc:
            if _is_store_error(exc):
                raise FieldError("db", f"cannot read the store at {safe_url(url)}: {_reason(exc)}") from None
            raise


def _refuse_no_store(settings: Settings) -> None:
    """A store named by ``--db`` or ``ICCWATCH_DB`` that is not there, or an empty file (a crash or a full disk cut it to
    0 bytes): refused, naming it, before the queue's tables are made in it (round 25, session 42: ``review list`` made a
    new store at a mistyped path, and said the queue was empty on a store emptied by a crash). The store at its
    default place is made by its first use, as before."""
    from iccwatch.errors import FieldError
    from iccwatch.service.loading import _refuse_missing
    from iccwatch.store.read import plain_sqlite_file

    path = plain_sqlite_file(settings.db_url)
    if not settings.db_named_by or path is None:
        return
    if not path.exists():
        _refuse_missing(settings)
    if path.is_file() and path.stat().st_size == 0:
        message = (f"{path} is empty (0 bytes): it holds no iccwatch store and no review queue (a crash or a full disk may "
                   f"have cut it short); nothing was changed: build the store with `iccwatch data build --db {path}`")
        if settings.db_named_by == "--db":
            raise FieldError("db", message)
        raise InputError(f"{settings.db_named_by}: {message}")


#: The candidates ``monitor review list`` shows in its table unless ``--limit`` says otherwise (round 26, session 43).
TABLE_PAGE = 100

#: The review statuses ``monitor review list --status`` takes (``all``: every one).
REVIEW_STATUSES = ("pending", "accepted", "rejected", "duplicate", "all")


def _future(date: object) -> bool:
    """True when a document's publication date (partial or whole) begins after today."""
    if not date:
        return False
    try:
        first = DateSpan.parse(str(date)).first
    except ValueError:
        return False
    return first > dt.date.today()


def _reviewed(db: str | None, act: Callable[[Any], T]) -> T:
    """What ``act`` gives, done on the review queue in the store (closed after, whatever happens): a candidate not in the
    queue (KeyError) and a review the queue refuses (ReviewError: a decided candidate, an empty id, a bad reviewer) are
    clear errors, the latter with its exit code, as is a lock another process holds too long or that cannot be used
    (store.locks: LockBusy, LockUnusable). One way for ``review edit``, ``accept`` and ``reject``."""
    q = _queue(db)
    try:
        return act(q)
    except KeyError as exc:
        raise fail(_unquoted(exc)) from None
    except TypedError as exc:  # ReviewError, LockBusy, LockUnusable, a bad ICCWATCH_LOCK_WAIT
        raise fail(str(exc), exit_code(exc)) from None
    finally:
        q.close()


def _unquoted(exc: Exception) -> str:
    """A KeyError's message without the quotes Python puts around it (and no more)."""
    from iccwatch.cli.base import _unquote

    return _unquote(str(exc))


def _parse_sets(sets: list[str] | None) -> dict[str, Any]:
    """Each FIELD=VALUE checked against the model (see monitor.review.SETTABLE); a clear error, never a traceback."""
    from iccwatch.monitor.review import ReviewError, parse_sets

    try:
        return parse_sets(sets)
    except ReviewError as exc:
        raise fail(str(exc), exit_code(exc)) from None


@app.command("ingest")
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .pdf, RSS/Atom .xml), folders, or feed/page URLs.")],
    publisher: Annotated[str | None, typer.Option("--publisher", help="Publisher of local files.")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Publication date of local files (YYYY-MM-DD; default: file time).")] = None,
    dask: Annotated[bool, typer.Option("--dask", help="Run on a local Dask cluster (2 worker processes).")] = False,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Run on an existing Dask scheduler at this address.")] = None,
    json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Read documents, extract candidate facts with their evidence, de-duplicate them, queue them for review, raise alerts."""
    from iccwatch.dataset.address_checks import copied_address_problem
    from iccwatch.monitor.documents import (
        SUFFIXES,
        DocumentError,
        function_words_of,
        one_plain_line,
        read_path,
        read_url,
        with_language,
    )
    from iccwatch.monitor.ingest import ingest as run
    from iccwatch.monitor.pipeline import dask_client

    if date is not None:
        try:
            if not date.isascii():
                raise ValueError(f"{date!r} has characters other than ASCII digits and hyphens")
            first = DateSpan.parse(date).first
            if first > dt.date.today():
                raise ValueError(f"{date!r} is after today ({dt.date.today().isoformat()}): a document cannot be published in the future")
        except ValueError as exc:
            raise fail(f"--date: {exc}") from None
    if publisher is not None and not one_plain_line(publisher, 200):
        # round nineteen: a publisher of 10,000 characters, or holding a line break or a terminal escape, was stored
        raise fail("--publisher: give plain text of 1 to 200 characters on one line (no control character, line break or "
                   "direction mark); nothing was read")
    # Each document is read on its own: a bad one is reported and the others go on.
    docs, bad = [], []
    for s in sources:
        if s.startswith(("http://", "https://")):
            targets: list[str | Path] = [s]
        else:
            p = Path(s)
            targets = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES) if p.is_dir() else [p]
            if p.is_dir() and not targets:  # round nineteen: "no document could be read" named nothing
                bad.append(f"{p}: a folder holding no readable file (.txt, .md, .html, .pdf or an RSS/Atom .xml)")
        for t in targets:
            try:
                if isinstance(t, Path) and t.is_file() and t.stat().st_size > MAX_DOCUMENT_BYTES:
                    raise DocumentError(f"{t}: {t.stat().st_size:,} bytes, over the limit of {MAX_DOCUMENT_BYTES:,}")
                # (session 41) the language is detected below, with the store's words, once the store is open: its problems
                # come after the documents' (a folder with nothing to read is named before a store that cannot be opened)
                got = read_url(t, detect=False) if isinstance(t, str) else read_path(t, publisher=publisher, date=date, detect=False)
            except DocumentError as exc:
                bad.append(str(exc))
                continue
            except Exception as exc:  # a malformed or encrypted PDF raises the reader's own errors
                bad.append(f"{t}: cannot read: {type(exc).__name__}: {str(exc)[:200] or 'no detail'}")
                continue
            if not got:  # round twenty-one: an empty feed file, or one listing no item, was "no document could be read", naming nothing
                bad.append(f"{t}: a feed with no item to read (an empty file, or a channel listing none)")
            for d in got:
                # a source is a web address; round twenty-two: one with a space inside was queued as written
                if d.url and (not str(d.url).lower().startswith(("http://", "https://")) or any(c.isspace() for c in str(d.url))):
                    bad.append(f"{d.path or t}: url {str(d.url)[:80]!r} is not a web address (http:// or https://, no spaces): not ingested")
                elif d.url and isinstance(t, Path) and SUFFIXES.get(t.suffix.lower()) == "text" and (why := copied_address_problem(str(d.url))):
                    # round twenty-three: a url written by hand in a text's front matter, copied with tracking parameters or
                    # pasted punctuation, was queued (refused only at accept); a feed's or a page's own links are the publisher's
                    bad.append(f"{d.path or t}: url {str(d.url)[:80]!r}: {why}: not ingested")
                elif _future(d.date):  # a date after today is a typo or a fake: nothing is dated from it
                    bad.append(f"{d.path or d.url or t}: publication date {d.date} is after today ({dt.date.today().isoformat()}): "
                               "not ingested (correct the date in its front matter or feed)")
                elif len(d.text) > MAX_DOCUMENT_CHARS:
                    bad.append(f"{d.path or d.url or t}: {len(d.text):,} characters of text, over the limit of {MAX_DOCUMENT_CHARS:,}")
                else:
                    docs.append(d)
    if not docs:
        _report_bad(bad)
        raise fail("no document could be read", 1)
    facts = facts_for(db)
    # (session 41) each document's language detected with the store's function words (its lookups, checked by its loader),
    # not with a second reading of data/lookups/monitor_words.yaml, which may be another data folder's than the store's
    words = function_words_of(facts.records.lookups.get("monitor_words"))
    docs = [with_language(d, words) for d in docs]
    queue = _queue(db)
    client = dask_client(scheduler) if (dask or scheduler) else None
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=rich_console(console),
                      disable=json) as progress:
            task = progress.add_task("extracting", total=len(docs))
            try:
                report = run(docs, facts, queue, client, progress=lambda n: progress.advance(task, n))
            except TypedError as exc:  # round nineteen: a store without the monitor's words ended in a traceback
                raise fail(str(exc), exit_code(exc)) from None
    finally:
        if client is not None:
            client.close()
        queue.close()
    if json:
        emit_json({**report.as_dict(), "refused": bad})
    else:
        console.print(f"{report.documents} new document(s) ({report.skipped} already ingested): {report.candidates} candidate(s), "
                      f"{report.duplicates} already known, {report.alerts} alert(s). Next: iccwatch monitor review list")
    if bad:
        _report_bad(bad)
        raise typer.Exit(1)


#: Limits on one ingested document: the file, and the text read from it.
MAX_DOCUMENT_BYTES = 50_000_000
MAX_DOCUMENT_CHARS = 1_000_000


def _report_bad(bad: list[str]) -> None:
    from iccwatch.cli.output import err_console

    if bad:
        err_console.print(f"[bold red]{len(bad)} document(s) not ingested:[/]")
        for b in bad:
            err_console.print(f"  {b}", markup=False, highlight=False)


@review_app.command("list")
def review_list(
    status: Annotated[str | None, typer.Option("--status", help="pending, accepted, rejected, duplicate or all (default: pending).")] = "pending",
    type_: Annotated[str | None, typer.Option("--type", help="Only this candidate type.")] = None,
    json: JsonOpt = False,
    db: DbOpt = None,
    limit: Annotated[int | None, typer.Option("--limit", help=f"Show at most this many (default: {TABLE_PAGE} in the table, all "
                                                              "with --json; 0: all).")] = None,
    offset: Annotated[int, typer.Option("--offset", help="Skip this many first (the next page: --offset 100).")] = 0,
) -> None:
    """Candidates waiting for review (or with another status), oldest first, a page at a time in the table."""
    if limit is not None and limit < 0:
        raise fail(f"--limit: {limit} is below 0; give how many to show (0: all)")
    if offset < 0:
        raise fail(f"--offset: {offset} is below 0; give how many to skip")
    if status not in REVIEW_STATUSES:
        raise fail(f"--status: {status!r} is not a review status; one of: {', '.join(REVIEW_STATUSES)}")
    from iccwatch.monitor.extract import TYPES

    if type_ is not None and type_ not in TYPES:  # round twenty: an unknown type listed nothing, as if none were queued
        raise fail(f"--type: {type_[:80]!r} is not a candidate type; one of: {', '.join(TYPES)}")
    # round 26 (session 43): a queue of 50,000 was read whole and printed as one table; the table shows a page and says
    # how many there are, the JSON gives all unless --limit is given
    chosen = None if status == "all" else status
    size = (None if json else TABLE_PAGE) if limit is None else (limit or None)
    q = _queue(db)
    rows = q.entries(chosen, type_, limit=size, offset=offset)
    matching = q.count(chosen, type_) if size is not None or offset else len(rows)
    total = q.count() if not rows and not json else 0
    q.close()
    if not rows and not json and matching:  # past the last page
        console.print(f"No candidate past the first {offset:,}: {matching:,} match (--offset 0 shows the first).", markup=False, highlight=False)
        return
    if not rows and not json:  # say what was filtered on, not an empty table
        filters = ([] if status == "all" else [f"status {status}"]) + ([f"type {type_}"] if type_ else [])
        console.print(f"No candidate recorded{' with ' + ' and '.join(filters) if filters else ''} in the review queue"
                      + (f" (it holds {total} candidate{'s' if total != 1 else ''} in all: --status all lists them)." if total and filters
                         else " (it is empty: `iccwatch monitor ingest` adds candidates)." if not total else "."),
                      markup=False, highlight=False)
        return
    flat = [{"id": r["id"][:10], "type": r["type"], "person": r["payload"].get("person"), "state": r["payload"].get("state"),
             "date": r["payload"].get("date"), "confidence": r["confidence"], "status": r["status"], "document": r["title"]} for r in rows]
    if json:
        emit_json([{**r, "payload": r["payload"]} for r in rows])
    else:
        shown = (f": {offset + 1:,}-{offset + len(rows):,} of {matching:,}" if len(rows) < matching else "")
        emit_table(flat, ["id", "type", "person", "state", "date", "confidence", "status", "document"], title=f"candidates ({status}){shown}")
        if offset + len(rows) < matching:
            console.print(f"{matching - offset - len(rows):,} more: --offset {offset + len(rows)} for the next page, --limit 0 for all.",
                          markup=False, highlight=False)


@review_app.command("show")
def review_show(cid: Annotated[str, typer.Argument(help="Candidate id (or its first characters).")], json: JsonOpt = False, db: DbOpt = None) -> None:
    """A candidate with its evidence (the sentence and where it is in the document) and its source."""
    q = _queue(db)
    try:
        row = q.get(cid)
    except KeyError as exc:
        raise fail(_unquoted(exc)) from None
    finally:
        q.close()
    if json:
        emit_json(row)
        return
    from iccwatch.monitor.review_guard import UNREADABLE

    p = row["payload"]
    console.print(f"[bold]{row['type']}[/] {row['id']}  status {row['status']}{' (duplicate of ' + row['duplicate_of'] + ')' if row['duplicate_of'] else ''}")
    if UNREADABLE in p:  # round twenty: a payload edited by hand into no object ended in a traceback
        console.print(f"  payload: {p[UNREADABLE]} (it cannot be accepted or edited: reject it, or re-ingest the document)",
                      markup=False, highlight=False)
        return
    for k in ("person", "person_name", "state", "date", "end_date", "forum", "signatories", "drafters", "announced_count", "partial", "ambiguous", "citations"):
        if p.get(k) not in (None, [], ""):
            console.print(f"  {k}: {p[k]}")
    ev = p.get("evidence") if isinstance(p.get("evidence"), dict) else {}
    console.print(f"  evidence (chars {ev.get('start')}-{ev.get('end')}): “{ev.get('sentence')}”")
    console.print(f"  confidence {row['confidence']} · {row['method']} · {row['model_version']}")
    d = row["document"] or {}
    console.print(f"  document: {d.get('title')} · {d.get('publisher') or ''} · {d.get('date') or ''} · {d.get('url') or d.get('path')}")


@review_app.command("edit")
def review_edit(cid: Annotated[str, typer.Argument(help="Candidate id.")],
                set_: Annotated[list[str], typer.Option("--set", help="FIELD=VALUE (repeatable), e.g. --set date=2024-09-02.")],
                data: DataOpt = None,
                db: DbOpt = None) -> None:
    """Correct a candidate's fields before accepting it (a decided candidate cannot be edited)."""
    from iccwatch.monitor.review import edit

    settings = Settings.from_env(data_dir=data, db=db)
    edits = _parse_sets(set_)
    done = _reviewed(db, lambda q: edit(q, settings.data_dir, cid, edits))
    console.print(f"edited {done}")


@review_app.command("accept")
def review_accept(
    cid: Annotated[str, typer.Argument(help="Candidate id.")],
    set_: Annotated[list[str] | None, typer.Option("--set", help="FIELD=VALUE for the record (e.g. action=no_arrest, situation=ukraine).")] = None,
    source_url: Annotated[str | None, typer.Option("--source-url", help="Web address of the source, where the document has none.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Accept a candidate marked as a duplicate (needs --reason).")] = False,
    reason: Annotated[str | None, typer.Option("--reason", help="Why a forced accept is not a duplicate (kept in the audit log and the commit).")] = None,
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="Who accepts (default: the login name); the git commit's author.")] = None,
    data: DataOpt = None,
    db: DbOpt = None,
) -> None:
    """Write the candidate as a record in data/ with the document as its source; the record must pass `iccwatch data check`.

    Accepts are serialised by a lock on data/ and a candidate is written once. When data/ is in a git
    checkout, the record becomes a commit authored by the reviewer, with the candidate and its evidence
    in the message."""
    from iccwatch.monitor.review import accept

    settings = Settings.from_env(data_dir=data, db=db)
    edits = _parse_sets(set_)
    done = _reviewed(db, lambda q: accept(q, settings.data_dir, cid, edits, source_url, force=force, reason=reason,
                                          reviewer=reviewer))
    for left in done.cleared:
        console.print(f"removed {left}: a temporary file left by an interrupted write")
    for other in done.reconciled:
        console.print(f"reconciled {other}: its record was already written; marked accepted")
    console.print(f"accepted {done.candidate}: wrote {done.path} (run `iccwatch data build` to update the store)")
    if done.commit:
        console.print(f"committed {done.commit[:12]} to git")
    elif done.git_note:
        console.print(f"[yellow]warning[/]: {done.git_note}")


@review_app.command("reject")
def review_reject(cid: Annotated[str, typer.Argument(help="Candidate id.")],
                  reason: Annotated[str | None, typer.Option("--reason", help="Why (kept in the audit log).")] = None,
                  reviewer: Annotated[str | None, typer.Option("--reviewer", help="Who rejects (default: the login name).")] = None,
                  data: DataOpt = None,
                  db: DbOpt = None) -> None:
    """Reject a candidate; it stays in the queue with the reason (an accepted or rejected one is refused)."""
    from iccwatch.monitor.review import reject

    settings = Settings.from_env(data_dir=data, db=db)
    done = _reviewed(db, lambda q: reject(q, settings.data_dir, cid, reason, reviewer))
    console.print(f"rejected {done}")


@app.command("alerts")
def alerts(since: Annotated[str | None, typer.Option("--since", help="Only alerts raised on or after this day, YYYY-MM-DD "
                                                                    "(or from the first day of a month or a year, YYYY-MM or YYYY).")] = None,
           until_: Annotated[str | None, typer.Option("--until", help="Only alerts raised on or before this day, YYYY-MM-DD "
                                                                     "(or to the last day of a month or a year, YYYY-MM or YYYY).")] = None,
           json: JsonOpt = False, db: DbOpt = None) -> None:
    """Candidate visits of persons under warrant to States the law engine says must arrest them, each with the day it
    was raised (`raised_on`, UTC); --since and --until keep those raised in a period (e.g. --since 2026-11-01)."""
    from iccwatch.cli.common import user_errors
    from iccwatch.monitor.queue import alerts_between

    with user_errors():
        alerts_between([], since, until_)  # a bad date is refused before the store is opened
    q = _queue(db)
    rows = alerts_between(q.list_alerts(), since, until_)
    q.close()
    if json:
        emit_json(rows)
        return
    emit_table([{**r, "basis": ", ".join(r["determination"]["basis"])} for r in rows],
               ["raised_on", "severity", "person", "state", "on_date", "answer", "basis", "created_at"], title="alerts")


@app.command("evaluate")
def evaluate(
    folder: Annotated[Path, typer.Argument(help="A labelled set: the real-news set (tests/monitor/realnews, with dev/ and test/), "
                                                "one of its halves, or a folder of written YAML cases.")] = Path("tests/monitor/realnews"),
    json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """Precision and recall of the extractor per fact type (and alert precision on real news) on a labelled set.

    On the real-news set each half is also reported for its first batch alone (the documents split before
    the later batches listed in batch-*.yaml), so figures stay comparable with earlier measurements."""
    from iccwatch.monitor.evaluate import evaluate as run
    from iccwatch.monitor.evaluate import evaluate_realnews, later_batches
    from iccwatch.monitor.gazetteer import spec_from_records

    if not folder.is_dir():
        raise fail(f"{folder}: no such folder")
    facts = facts_for(db)
    spec = spec_from_records(facts.records)
    halves = [folder / h for h in ("dev", "test") if (folder / h).is_dir()]
    if halves or any(folder.glob("*.txt")):
        try:
            results = {h.name: evaluate_realnews(h, spec, facts) for h in (halves or [folder])}
            later = later_batches(folder)
            for h in halves:
                first = {p.stem for p in h.glob("*.txt")} - set(later)
                if later and first:
                    results[f"{h.name} (first batch)"] = evaluate_realnews(h, spec, facts, first)
        except ValueError as exc:
            raise fail(str(exc)) from None
        if json:
            emit_json(results)
            return
        for name, result in results.items():
            emit_table([{"type": t, **v} for t, v in result["per_type"].items() if v["tp"] + v["fp"] + v["fn"]],
                       ["type", "tp", "fp", "fn", "precision", "recall"], title=f"{name}: {result['documents']} documents, per fact type")
            a = result.get("alerts") or {}
            tr = result.get("traps") or {}
            console.print(f"{name} overall: {jsonlib.dumps(result['overall'])}; alerts raised {a.get('raised')}, correct {a.get('correct')}, "
                          f"precision {a.get('precision')}; trip candidates in trap documents (a trip declined, cancelled or "
                          f"hypothetical, {tr.get('documents')} documents): {tr.get('candidates')}, raising {tr.get('alerts')} alerts")
        return
    try:
        result = run(folder, spec)
    except ValueError as exc:
        raise fail(str(exc)) from None
    if json:
        emit_json(result)
        return
    emit_table([{"type": t, **v} for t, v in result["per_type"].items()], ["type", "tp", "fp", "fn", "precision", "recall"], title="per fact type")
    console.print(jsonlib.dumps(result["overall"]))
