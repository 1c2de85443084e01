"""``iccwatch assess`` and ``iccwatch index``: the compliance of events, the enforcement gap, the index."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iccwatch.cli.common import CsvOpt, DbOpt, JsonOpt, facts_for, user_errors
from iccwatch.cli.output import console, emit_csv, emit_json, emit_table
from iccwatch.dataset.grading import source_label

assess_app = typer.Typer(help="Assess the compliance of every event and the enforcement gap after failures.", no_args_is_help=True)
index_app = typer.Typer(help="The due-diligence index: score, rank, rank interval, pillars, coverage (docs/index-method.md).")

YearOpt = Annotated[int, typer.Option("--year", help="The year the index measures.")]
WeightsOpt = Annotated[Path | None, typer.Option("--weights", help="A weights YAML file (default: the published weights).")]
SamplesOpt = Annotated[int, typer.Option("--samples", help="Monte-Carlo draws for the rank intervals.", min=0, max=100000)]
SeedOpt = Annotated[int, typer.Option("--seed", help="Seed of the sensitivity analysis (results are reproducible).")]


@assess_app.command("events")
def events(
    state: Annotated[str | None, typer.Option("--state", help="Only this State (ISO alpha-3).")] = None,
    person: Annotated[str | None, typer.Option("--person", help="Only this person.")] = None,
    json: JsonOpt = False,
    csv: CsvOpt = False,
    db: DbOpt = None,
) -> None:
    """The duty on each event's date against what the host State did: complied, failed, not_obliged, contested, unknown."""
    from iccwatch import service

    with user_errors():
        rows = service.assessed_events(facts_for(db), state, person)
    if json:
        emit_json(rows)
    elif csv:
        emit_csv([{k: v for k, v in r.items() if k not in ("determination", "sources", "court_findings")} | {
            "court_findings": "; ".join(f"{c['decision']} {c['finding']} -> {c['referred_to']}" for c in r["court_findings"])} for r in rows])
    else:
        emit_table(rows, ["date", "person_name", "state_name", "action", "duty", "outcome"], title="events assessed")


@assess_app.command("gaps")
def gaps(json: JsonOpt = False, csv: CsvOpt = False, db: DbOpt = None) -> None:
    """Failures followed (or not) by a finding, a referral, and a response; how long each step took."""
    from iccwatch import service

    data = service.enforcement_gaps(facts_for(db))
    if json:
        emit_json(data)
    elif csv:
        emit_csv(data["failures"])
    else:
        console.print(" · ".join(f"{k.replace('_', ' ')}: {v}" for k, v in data["summary"].items()))
        emit_table(data["failures"], ["date", "state_name", "person_name", "court_action", "finding_date", "days_to_finding", "referred_to", "gap"], title="failures and what followed")
        console.print(f"[dim]{data['note']}[/]")


@index_app.callback(invoke_without_command=True)
def index(
    ctx: typer.Context,
    year: YearOpt = 2025,
    weights: WeightsOpt = None,
    samples: SamplesOpt = 1000,
    seed: SeedOpt = 42,
    json: JsonOpt = False,
    csv: CsvOpt = False,
    db: DbOpt = None,
) -> None:
    """Rank every State for a year, with rank intervals from the sensitivity analysis."""
    if ctx.invoked_subcommand:
        return
    from iccwatch import service

    with user_errors():
        data = service.index_ranking(facts_for(db), year, weights, samples, seed)
    if json:
        emit_json(data)
    elif csv:
        emit_csv([{**{k: v for k, v in r.items() if k not in ("pillars", "rank_interval")},
                   "rank_low": r["rank_interval"][0] if r["rank_interval"] else "", "rank_high": r["rank_interval"][1] if r["rank_interval"] else "",
                   **{f"pillar_{p}": s for p, s in r["pillars"].items()}} for r in data["states"]])
    else:
        rows = [{**r, "interval": f"{r['rank_interval'][0]}-{r['rank_interval'][1]}" if r["rank_interval"] else ""} for r in data["states"]]
        emit_table(rows, ["rank", "interval", "iso3", "name", "score", "coverage"], title=f"due-diligence index {year} (method v{data['method_version']}, {data['samples']} draws)")


@index_app.command("explain")
def explain(
    state: Annotated[str, typer.Argument(help="ISO alpha-3 code of the State.")],
    year: YearOpt = 2025,
    weights: WeightsOpt = None,
    samples: SamplesOpt = 1000,
    seed: SeedOpt = 42,
    json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """A State's score decomposed into its indicators, each with its value, weight and sources."""
    from iccwatch import service

    with user_errors():
        data = service.index_explain(facts_for(db), state, year, weights, samples, seed)
    if json:
        emit_json(data)
        return
    console.print(f"[bold]{data['name']}[/] {year}: score {data['score']}, rank {data['rank']} (interval {data['rank_interval']}), coverage {data['coverage']}")
    console.print("pillars: " + ", ".join(f"{p} {s}" for p, s in data["pillars"].items()))
    emit_table(data["indicators"], ["pillar", "label", "status", "raw", "normalised", "weight_in_pillar", "note"], title="indicators")
    for i in data["indicators"]:
        for e in i["evidence"]:
            console.print(f"[dim]{i['indicator']}: {e['what']} ({e['date']}) " + " ".join(f"{source_label(s)} {s['url']}" for s in e["sources"][:2]) + "[/]", highlight=False)


