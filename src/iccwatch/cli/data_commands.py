"""``iccwatch data``: check the record and build the store."""

from __future__ import annotations

import time

import typer

from iccwatch.cli.common import DataOpt, DbOpt, JsonOpt, OnOpt, fail
from iccwatch.cli.output import console, emit_json, err_console
from iccwatch.dataset import RecordError, check_dataset
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.sources_report import sources_report
from iccwatch.dataset.still import read_still
from iccwatch.errors import TypedError, exit_code
from iccwatch.settings import Settings
from iccwatch.store import build_store

app = typer.Typer(help="Check the record in data/ and build the store from it.", no_args_is_help=True)


@app.command("check")
def check(data: DataOpt = None, json: JsonOpt = False) -> None:
    """Validate every file: schema, references, Art. 126/127 date arithmetic, sources, assertions.

    Lists every problem with its file, record and field; exits 1 if there is any error.
    """
    from iccwatch.cli.common import user_errors

    settings = Settings.from_env(data_dir=data)
    with user_errors():  # (round 33) a folder changing under the check (git rewriting it) is said, not half reported
        records, problems = read_still(settings.data_dir, lambda: check_dataset(settings.data_dir),
                                       what="nothing was checked")
    errors = [p for p in problems if p.severity == "error"]
    if json:
        emit_json({"data_dir": str(settings.data_dir), "errors": len(errors), "problems": [p.as_dict() for p in problems],
                   "counts": records.counts() if records else None})
    else:
        for p in problems:
            (err_console if p.severity == "error" else console).print(str(p), markup=False, highlight=False)
        if records:
            counts = ", ".join(f"{n} {k}" for k, n in records.counts().items())
            console.print(f"{settings.data_dir}: {counts}")
        console.print(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
    if errors:
        raise typer.Exit(1)


@app.command("build")
def build(data: DataOpt = None, db: DbOpt = None, json: JsonOpt = False) -> None:
    """Build the store from the record, atomically: a failed build leaves the previous store intact."""
    from iccwatch.cli.common import user_errors
    from iccwatch.service.loading import refuse_foreign_file

    settings = Settings.from_env(data_dir=data, db=db)
    started = time.perf_counter()
    with user_errors():
        refuse_foreign_file(settings.db_url)
    try:
        info = build_store(settings.data_dir, settings.db_url)
    except RecordError as exc:
        for p in exc.problems:
            err_console.print(str(p), markup=False, highlight=False)
        raise fail("the record has errors; the store was not changed", 1) from None
    except TypedError as exc:  # a lock another process holds (store.locks.LockBusy), a bad ICCWATCH_LOCK_WAIT
        raise fail(str(exc), exit_code(exc)) from None
    except Exception as exc:  # the database or the file cannot be written: say where, never a traceback
        from iccwatch.service.loading import _is_store_error, _reason, safe_url

        if isinstance(exc, OSError) or _is_store_error(exc):
            raise fail(f"--db: cannot build the store at {safe_url(settings.db_url)}: {_reason(exc)}; the store was not changed") from None
        raise
    took = time.perf_counter() - started
    if json:
        emit_json({"db": settings.db_url, "seconds": round(took, 3), **{k: info[k] for k in ("counts", "data_sha256", "built_at")}})
    else:
        counts = ", ".join(f"{n} {k}" for k, n in info["counts"].items())
        console.print(f"built {settings.db_url} in {took:.2f}s: {counts}")


@app.command("coverage")
def coverage(data: DataOpt = None, on: OnOpt = None, json: JsonOpt = False) -> None:
    """Kind by kind: how many records, the period they cover, the date each kind was checked through,
    the list it is checked against, and what the coverage policy (docs/coverage.md) says is incomplete.

    With --on, says which kinds were checked only through an earlier date.
    """
    import datetime as dt

    from iccwatch.cli.common import user_errors
    from iccwatch.dataset.coverage import coverage as kinds_coverage
    from iccwatch.dataset.coverage import coverage_notice
    from iccwatch.service import parse_day

    settings = Settings.from_env(data_dir=data)
    with user_errors():
        records, problems = read_still(settings.data_dir, lambda: check_dataset(settings.data_dir), what="nothing was read")
    if records is None or any(p.severity == "error" for p in problems):
        for p in problems:
            if p.severity == "error":
                err_console.print(str(p), markup=False, highlight=False)
        raise fail("the record has errors; run `iccwatch data check`", 1)
    try:
        day = parse_day(on) if on is not None else dt.date.today()
    except ValueError as exc:
        raise fail(f"--on: {exc}", 2) from None
    out = kinds_coverage(records, day)
    notice = coverage_notice(records, day)
    if notice:
        out["coverage_notice"] = notice
    if json:
        emit_json(out)
        return
    from iccwatch.cli.output import emit_table

    rows = [{**r, "period": f"{r['first_date'] or '?'} to {r['last_date'] or '?'}" if r["first_date"] or r["last_date"] else "none recorded",
             "gaps": len(r["incomplete"])} for r in out["kinds"]]
    emit_table(rows, ["kind", "records", "period", "checked_through", "gaps"], title="coverage by kind")
    for r in out["kinds"]:
        console.print(f"[bold]{r['kind']}[/] checked against: {r['checked_against'] or '-'}", highlight=False)
        for gap in r["incomplete"]:
            console.print(f"  incomplete: {gap}", markup=False, highlight=False)
    console.print(f"record checked through {out['checked_through']}; policy: {out['policy']}")
    if notice:
        console.print(f"[yellow]{notice}[/]")


@app.command("sources")
def sources(data: DataOpt = None, json: JsonOpt = False, limit: int = typer.Option(40, min=0, help="How many key facts without a primary source to list (0 or more; all with --json).")) -> None:
    """Report how the record is sourced: facts by grade, key facts with and without a primary source
    that was read, events with and without a news agency, newspaper or broadcaster, or NGO report
    (grade A or B), facts marked primary_gap, unknown or unreliable domains, most-cited publishers.
    Each primary_gap is shown as its statement (what primary is missing, up to its first appended search entry
    in a note not yet split) and "N searches logged, last on D"; --json gives every text and every search's
    day, route and detail.

    Key facts are Rome Statute acts (data/states), warrants and summonses with their dated status
    entries, decisions and events. Runs on a record that does not pass the check, so it can measure one.
    """
    from iccwatch.cli.common import user_errors

    settings = Settings.from_env(data_dir=data)
    with user_errors():  # (round 33) the folder read as one state of it, as `data check` reads it
        records, problems = read_still(settings.data_dir, lambda: load_records(settings.data_dir), what="nothing was reported")
    if records is None:
        for p in problems:
            err_console.print(str(p), markup=False, highlight=False)
        raise fail("the record could not be loaded", 1)
    report = sources_report(records)
    if json:
        emit_json(report)
        return
    from iccwatch.report.text import gap_line

    kf = report["key_facts"]
    share = f"{kf['share_with_read_primary']:.1%}" if kf["share_with_read_primary"] is not None else "n/a"
    console.print(f"{report['facts']} sourced facts and records, {report['citations']} citations")
    console.print("facts by best source grade: " + ", ".join(f"{g} {n}" for g, n in report["facts_by_best_grade"].items()))
    console.print(f"key facts with a primary source that was read: {kf['with_read_primary']} of {kf['total']} ({share})")
    doc = kf["documentary"]
    if doc["total"]:
        console.print(f"  of which acts, warrants, their statuses and decisions (events apart): {doc['with_read_primary']} of {doc['total']} ({doc['share_with_read_primary']:.1%})")
    for kind, row in kf["by_kind"].items():
        derived = f" ({row['derived']} dates derived by the Statute's rule from a recorded act)" if row.get("derived") else ""
        console.print(f"  {kind}: {row['with_primary']} of {row['total']} with a read primary{derived}; {row['primary_gap']} more marked primary_gap")
    missing = report["key_facts_without_primary"]
    console.print(f"key facts without a primary source ({len(missing)}):")
    for row in missing[:limit]:
        gap = f" — primary_gap: {gap_line(row['primary_gap'], row.get('searched') or [])}" if row["primary_gap"] else ""
        console.print(f"  {row['fact']}{gap}", markup=False, highlight=False)
    if len(missing) > limit:
        console.print(f"  ... and {len(missing) - limit} more (--json lists all)")
    ev = report["events_independent_report"]
    if ev["total"]:
        console.print(f"events resting on a news agency, newspaper or broadcaster, or NGO report (grade A or B): "
                      f"{ev['with_report']} of {ev['total']} ({ev['share_with_report']:.1%}); "
                      f"on C-grade, unreliable or copy sources alone: {ev['weak_only']}")
        for row in ev["without"][:limit]:
            console.print(f"  without: {row['fact']} (best grade {row['best_grade']}: {', '.join(row['publishers'])})",
                          markup=False, highlight=False)
        if len(ev["without"]) > limit:
            console.print(f"  ... and {len(ev['without']) - limit} more (--json lists all)")
    console.print(f"facts marked primary_gap: {len(report['primary_gaps'])}")
    for title, key in (("unknown domains", "unknown_domains"), ("unreliable (X) domains", "unreliable_domains"),
                       ("most-cited publishers", "most_cited_publishers")):
        rows = report[key]
        console.print(f"{title} ({len(rows)}): " + (", ".join(f"{d} {n}" for d, n in rows.items()) or "none"), markup=False, highlight=False)
