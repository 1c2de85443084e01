"""``iccwatch assess`` and ``iccwatch index``: the compliance of events, the enforcement gap, the index."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from iccwatch.cli.common import CsvOpt, DbOpt, JsonOpt, facts_for, fail, not_blank, user_errors
from iccwatch.cli.output import console, emit_csv, emit_json, emit_table, none_recorded, print_items

assess_app = typer.Typer(help="Assess the compliance of every event and the enforcement gap after failures.", no_args_is_help=True)
index_app = typer.Typer(help="The due-diligence index: States Parties and other States ranked apart, with score, rank, ties, bands, rank interval, pillars, coverage (docs/index-method.md).")

YearOpt = Annotated[int, typer.Option("--year", min=2002, max=2100, help="The year the index measures (2002-2100, as the API).")]
WeightsOpt = Annotated[Path | None, typer.Option("--weights", help="A weights YAML file (default: the published weights).", exists=True, dir_okay=False)]
SamplesOpt = Annotated[int, typer.Option("--samples", help="Monte-Carlo draws for the rank intervals.", min=0, max=100000)]
SeedOpt = Annotated[int, typer.Option("--seed", help="Seed of the sensitivity analysis (results are reproducible).")]
WindowOpt = Annotated[int | None, typer.Option("--window", help="Years the indicators look back over, ending with --year (default: the weights file's, 5).", min=1, max=30)]


@assess_app.command("events")
def events(
    state: Annotated[str | None, typer.Option("--state", help="Only this State (ISO alpha-3 code or name).", callback=not_blank)] = None,
    person: Annotated[str | None, typer.Option("--person", help="Only this person.", callback=not_blank)] = None,
    host_party: Annotated[bool | None, typer.Option(
        "--host-party/--host-not-party",
        help="Only events whose host was a State Party on the event's day (its withdrawal pending or not), or only those "
             "whose host was not; a host whose relation changed within a month or a year the event is dated to is in neither.")] = None,
    json: JsonOpt = False,
    csv: CsvOpt = False,
    db: DbOpt = None,
) -> None:
    """The duty on each event's date against what the host State did: complied, failed, not_obliged, contested, unknown."""
    from iccwatch import service

    with user_errors():
        facts = facts_for(db)
        rows = service.assessed_events(facts, state, person, host_party)
    if json:
        emit_json(rows)
    elif csv:
        def flat(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [{k: v for k, v in r.items() if k not in ("determination", "court_findings")} | {
                "court_findings": "; ".join(f"{c['decision']} {c['finding']} -> {c['referred_to']}" for c in r["court_findings"])} for r in rows]

        # without a row, the header of the same question without its filters
        emit_csv(flat(rows), None if rows else service.csv_fields(flat(service.assessed_events(facts))))
    elif not rows:  # name the filters: "none recorded" reads as "no event at all"
        noun = "event" + ("" if host_party is None else " in a State Party" if host_party else " in a State that was not a party")
        console.print(none_recorded(noun, facts, state, person), markup=False, highlight=False)
    else:
        emit_table(rows, ["date", "person_name", "state_name", "host_status", "action", "duty", "outcome"], title="events assessed")


@assess_app.command("gaps")
def gaps(json: JsonOpt = False, csv: CsvOpt = False, db: DbOpt = None) -> None:
    """Failures followed (or not) by a finding, a referral, and a response; how long each step took."""
    from iccwatch import service

    with user_errors():
        data = service.enforcement_gaps(facts_for(db))
    if json:
        emit_json(data)
    elif csv:
        emit_csv(data["failures"])
    else:
        # session 39: both dates, each said for what it is (the page's sentence; the line still opens "as at <day>")
        console.print(data["dates"].removeprefix("Figures "))
        console.print(" · ".join(f"{k.replace('_', ' ')}: {int(v) if isinstance(v, float) and v.is_integer() else v}"
                                   for k, v in data["summary"].items()))
        from iccwatch.law.determination import forum_key, forum_words

        emit_table([{**f, "referred_to": forum_words(f.get("referred_to"))}
                    for f in data["failures"]],  # the dashboard's and the report's words ("ASP and UNSC"), the bodies in full below
                   ["date", "state_name", "person_name", "what_followed", "finding_date", "days_to_finding", "referred_to"], title="failures and what followed")
        if key := forum_key(f.get("referred_to") for f in data["failures"]):
            console.print(f"referred to: {key}.", markup=False, highlight=False)
        responded = [{"finding": c["finding"], "state_name": c["state_name"], **r} for c in data["failures"] for r in c["responses"]]
        responded += [{"finding": f["decision"], "state_name": f["state_name"], **r} for f in data["other_findings"] for r in f["responses"]]
        if responded:
            emit_table(responded, ["finding", "state_name", "body", "date", "kind", "document", "acted"], title="responses to findings")
        situation_rows = [{"situation_name": s["situation_name"], **r} for s in data["situation_responses"] for r in s["responses"]]
        if situation_rows:
            emit_table(situation_rows, ["situation_name", "body", "date", "kind", "document", "acted"], title="the forum on each referred situation")
        if data["general_responses"]:
            emit_table(data["general_responses"], ["body", "date", "kind", "document", "summary"], title="the Assembly on cooperation in general")
        console.print(f"[dim]{data['note']}[/]")


def _interval(r: dict[str, Any]) -> str:
    return f"{r['rank_interval'][0]}-{r['rank_interval'][1]}" if r["rank_interval"] else ""


@index_app.callback(invoke_without_command=True)
def index(
    ctx: typer.Context,
    year: YearOpt = 2025,
    weights: WeightsOpt = None,
    samples: SamplesOpt = 1000,
    seed: SeedOpt = 42,
    window: WindowOpt = None,
    json: JsonOpt = False,
    csv: CsvOpt = False,
    db: DbOpt = None,
    region: Annotated[str | None, typer.Option("--region", help="Only the States of a region (data/lookups/regions.yaml: "
                                               "'Eastern Europe', 'Africa', 'European Union'), each at its rank in its whole "
                                               "group, with the region's median score per group.")] = None,
) -> None:
    """Rank States Parties among themselves, and non-parties and former parties in a table of their own, with
    rank intervals, bands and ties from the sensitivity analysis."""
    if ctx.invoked_subcommand:
        return
    from iccwatch import service

    with user_errors():
        facts = facts_for(db)
        data = service.index_ranking(facts, year, weights, samples, seed, window)
        if region is not None:  # session 39: a State beside its region
            from iccwatch.service.index_regions import ranking_of_region

            data = ranking_of_region(facts, data, region)
    if json:
        emit_json(data)
    elif csv:
        emit_csv([{**{k: v for k, v in r.items() if k not in ("pillars", "rank_interval")},
                   "rank_low": r["rank_interval"][0] if r["rank_interval"] else "", "rank_high": r["rank_interval"][1] if r["rank_interval"] else "",
                   **{f"pillar_{p}": s for p, s in r["pillars"].items()}} for r in data["states"]])
    else:
        console.print(f"[dim]window {data['window']['description']}; method v{data['method_version']}, {data['samples']} draws. "
                      "'=' marks a shared rank; States in one band cannot be told apart by the sensitivity draws.[/]", highlight=False)
        from iccwatch.assess.indicators import INDICATORS

        names = {i.id: i.label for i in INDICATORS}  # an indicator as the explanation names it
        for gid, g in data["groups"].items():
            rows = [{**r, "rank": f"{'=' if r['tied'] else ''}{r['rank'] if r['rank'] is not None else ''}", "interval": _interval(r)}
                    for r in data["states"] if r["group"] == gid]
            tie = g["largest_tie"]
            emit_table(rows, ["rank", "band", "interval", "iso3", "name", "status", "score", "coverage"],
                       title=f"{g['label']} {year}: {g['ranked']} ranked, {g['distinct_ranks']} distinct ranks, {g['bands']} bands; "
                             f"largest tie {tie['size']} at rank {tie['rank']}")
            for e in (data.get("region") or {}).get("groups") or []:
                if e["group"] == gid:
                    console.print(f"{data['region']['name']}: {e['states']} of its States in this group, {e['scored']} scored; "
                                  f"their median score {e['median']}. Each State keeps its rank in the whole group (the region's "
                                  f"list: {data['region']['source']}, as of {data['region']['as_of']}).", markup=False, highlight=False)
            skipped = [names.get(i["indicator"], i["indicator"]) for i in g["indicators"] if not i["scored"] and i["applicable"]]
            if skipped:
                console.print(f"[dim]not scored for {g['label']} (the record covers too few of them): {', '.join(skipped)}[/]", highlight=False)


@index_app.command("explain")
def explain(
    state: Annotated[str, typer.Argument(help="ISO alpha-3 code (or name) of the State, e.g. HUN.", callback=not_blank)],
    year: YearOpt = 2025,
    weights: WeightsOpt = None,
    samples: SamplesOpt = 1000,
    seed: SeedOpt = 42,
    window: WindowOpt = None,
    json: JsonOpt = False,
    db: DbOpt = None,
) -> None:
    """A State's score decomposed into its indicators, each with its value, weight and the facts and sources behind it."""
    from iccwatch import service

    with user_errors():
        data = service.index_explain(facts_for(db), state, year, weights, samples, seed, window)
    if json:
        emit_json(data)
        return
    print_items(explain_items(data, year))


def explain_items(data: dict[str, Any], year: int) -> list[tuple[str, object]]:
    """A State's index explanation for people: the score, the pillars in words, then each indicator with
    its value, whether it counts, its note, and each fact behind it with that fact's sources (publisher,
    grade, primary first; addresses whole)."""
    from rich.markup import escape

    from iccwatch.cli.output import hang, indented, source_items

    rank = "not ranked" if data["rank"] is None else f"{'=' if data['tied'] else ''}{data['rank']} of {data['states_ranked']}"
    interval = data.get("rank_interval")
    items: list[tuple[str, object]] = [
        ("markup", f"[bold]{escape(data['name'])}[/] {year}, ranked among {escape(str(data['group_words']))} "
                   f"(window {escape(data['window']['description'])}): score {data['score']}, rank {rank}"
                   + (f" (interval {interval[0]}-{interval[1]}, band {data['band']})" if interval else "")
                   + f"; coverage {data['coverage']} of the indicators scored, {data['coverage_all']} of all that apply"),
        ("text", "pillars (0-100): " + ", ".join(f"{data.get('pillar_labels', {}).get(p, p.replace('_', ' '))} "
                                                   f"{'none' if v is None else v}" for p, v in data["pillars"].items())),
    ]
    if (data.get("above") or {}).get("states"):  # what separates it from the States ranked just above (session 38)
        items.append(hang(f"why not higher: {data['above']['words']}", after=": "))
    for i in data["indicators"]:
        value = f"value {i['raw']}" if i["raw"] is not None else i.get("status_text") or str(i["status"]).replace("_", " ")
        score = f", score {i['normalised']} of 1" if i["normalised"] is not None else ""
        items.append(("text", ""))
        items.append(("markup", f"[bold]{escape(i['label'])}[/] ({escape(i.get('pillar_label') or i['pillar'])}): {escape(str(value))}"
                                f"{score}, weight {i['weight_in_pillar']} in its pillar, counted: {i.get('counted_text') or ('yes' if i['scored'] else 'no')}"))
        items.append(hang(f"  what it measures: {i['definition']}", after=": "))
        if i.get("note"):
            items.append(hang(f"  note: {i['note']}", after=": "))
        for e in i.get("evidence") or []:
            items.append(("text", f"  - {e['date'] + ': ' if e.get('date') else ''}{e['what']}" + ("" if e.get("sources") else " (no source given)")))
            items += indented(source_items(e.get("sources") or []), "    ")
    return items


@index_app.command("compare")
def compare(
    first: Annotated[str, typer.Argument(help="One State: ISO alpha-3 code or name, e.g. HUN.", callback=not_blank)],
    second: Annotated[str, typer.Argument(help="The other State, e.g. ITA.", callback=not_blank)],
    year: YearOpt = 2025,
    weights: WeightsOpt = None,
    samples: SamplesOpt = 1000,
    seed: SeedOpt = 42,
    window: WindowOpt = None,
    json: JsonOpt = False,
    csv: CsvOpt = False,
    db: DbOpt = None,
) -> None:
    """Two States side by side: score, rank (ties said), rank interval, band, how often each outscores the other in
    the sensitivity draws, each pillar and indicator with the points it gives each score, and the facts behind them."""
    from iccwatch import service
    from iccwatch.errors import FieldError, exit_code
    from iccwatch.facts import UnknownState

    with user_errors():
        try:
            data = service.index_compare(facts_for(db), [first, second], year, weights, samples, seed, window)
        except (FieldError, UnknownState) as exc:
            if getattr(exc, "field", None) != "states":
                raise
            # the API's field: the command has two arguments and no --states (session 38), so the words alone
            from iccwatch.cli.base import _unquote

            raise fail(_unquote(str(exc)) if isinstance(exc, UnknownState) else str(exc), exit_code(exc)) from None
    if json:
        emit_json(data)
    elif csv:
        emit_csv(service.compare_csv_rows(data))
    else:
        print_items(compare_items(data))


def compare_items(data: dict[str, Any]) -> list[tuple[str, object]]:
    """The comparison for people: the words, then each pillar and each indicator with both values and points, and
    the facts behind each State's value."""
    from rich.markup import escape

    from iccwatch.cli.output import indented, source_items

    a, b = (s["iso3"] for s in data["states"])
    items: list[tuple[str, object]] = [("text", data["in_words"]), ("text", ""),
                                       ("text", f"pillars (score 0-100; points of the overall score) {a} | {b}:")]
    for p in data["pillars"]:
        items.append(("text", f"  {p['label']} (weight {p['weight']}): {_num(p['scores'][a])} ({_num(p['points'][a])} pts) | "
                              f"{_num(p['scores'][b])} ({_num(p['points'][b])} pts); difference {_num(p['difference'])}"))
    for i in data["indicators"]:
        va, vb = (i["values"][s] for s in (a, b))
        items.append(("text", ""))
        items.append(("markup", f"[bold]{escape(i['label'])}[/] ({escape(i['pillar_label'])}, {i['direction']}): "
                                f"{a} {escape(_value(va))} | {b} {escape(_value(vb))}"
                                + (f"; difference {_num(i['difference'])} points" if i["difference"] is not None else "; counted for neither")))
        if i.get("definition"):  # what the value measures (session 38)
            items.append(("text", f"  what it measures: {i['definition']}"))
        for s, v in ((a, va), (b, vb)):
            for e in v["evidence"]:
                items.append(("text", f"  {s}: {e['date'] + ': ' if e.get('date') else ''}{e['what']}" + ("" if e.get("sources") else " (no source given)")))
                items += indented(source_items(e.get("sources") or []), "    ")
    return items


def _num(v: Any) -> str:
    return "none" if v is None else f"{v:g}" if isinstance(v, float) else str(v)


def _value(v: dict[str, Any]) -> str:
    shown = f"value {v['raw']}" if v["raw"] is not None else v["status_text"]
    return shown + (f" ({_num(v['points'])} pts)" if v["points"] is not None else f" (counted: {v['counted_text']})")


@index_app.command("audit")
def audit(
    year: YearOpt = 2025,
    weights: WeightsOpt = None,
    samples: SamplesOpt = 1000,
    seed: SeedOpt = 42,
    window: WindowOpt = None,
    json: JsonOpt = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the Markdown of docs/index-method.md's last "
                                                               "section instead of text.")] = False,
    db: DbOpt = None,
) -> None:
    """The JRC checks: coverage, ties, correlations, Cronbach's alpha per pillar, principal components, and the
    sensitivity of ranks to weights, normalisation and window (docs/index-method.md)."""
    from iccwatch import service

    if json and markdown:
        raise fail("--markdown and --json: give one")
    with user_errors():
        data = service.index_audit(facts_for(db), year, weights, samples, seed, window)
    if json:
        emit_json(data)
        return
    from iccwatch.assess.audit import audit_markdown

    text = audit_markdown(data)
    if markdown:  # as it is, never wrapped: a table row cut in two is no longer a row
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from rich.markdown import Markdown

    console.print(Markdown(text), highlight=False)
