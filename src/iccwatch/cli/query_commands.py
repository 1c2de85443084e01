"""Read commands: state, states, person, persons, situations, decisions, events, statements, export."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from iccwatch.cli.common import (
    CsvOpt,
    DbOpt,
    JsonOpt,
    OnOpt,
    UntilOpt,
    day,
    facts_for,
    fail,
    not_blank,
    until,
    user_errors,
)
from iccwatch.cli.output import (
    console,
    emit_csv,
    emit_json,
    emit_table,
    err_console,
    none_recorded,
    print_hanging,
    print_sources,
    source_marks,
    source_numbers,
    step_sources,
)

if TYPE_CHECKING:
    from iccwatch.facts import Facts

#: Record kinds ``export`` takes (kept here so that --help does not import the service layer;
#: tests/test_cli.py checks it against iccwatch.service.EXPORT_KINDS).
EXPORT_KINDS = ("states-parties", "states", "participation", "situations", "persons", "warrants", "decisions", "events", "statements",
                "statement-signatories", "instruments", "positions", "measures", "requests", "responses")

#: The longest search the command takes: the API's and the dashboard's limit on ``q``.
MAX_SEARCH_CHARS = 200

AssumeOpt = Annotated[
    list[str] | None,
    typer.Option("--assume", help="What-if: assume a fact, 'ISO3 ACTION YYYY-MM-DD' (repeatable), e.g. 'HUN withdrawal_effective 2026-06-02'."),
]
StateOpt = Annotated[str | None, typer.Option("--state", help="Filter by State (ISO alpha-3 code or name).", callback=not_blank)]
#: A person's status: as at a day, or without --on the latest the record holds (through its checked-through date).
PersonOnOpt = Annotated[str | None, typer.Option("--on", help="Status as at this day, YYYY-MM-DD (default: the latest status "
                                                              "recorded, as at the date the record was checked through).")]
PersonOpt = Annotated[str | None, typer.Option("--person", help="Filter by person (name or alias).", callback=not_blank)]


def _year_in_range(value: int | None) -> int | None:
    """--year checked here, not by min/max: min/max put "[1998<=x<=2100]" in a column of its own, which left the
    help column too narrow in 80 columns (session 36); the help says the range in words."""
    if value is not None and not 1998 <= value <= 2100:
        raise typer.BadParameter(f"{value} is not in the range 1998<=x<=2100.")
    return value


YearOpt = Annotated[int | None, typer.Option("--year", callback=_year_in_range, metavar="<year>",
                                             help="Filter by year (1998-2100, as the API).")]
HostPartyOpt = Annotated[bool | None, typer.Option(
    "--host-party/--host-not-party",
    help="Only events whose host was a State Party on the event's day (its withdrawal pending or not), or only those "
         "whose host was not; a host whose relation changed within a month or a year the event is dated to is in neither.")]
DecisionKindOpt = Annotated[str | None, typer.Option(
    "--kind", callback=not_blank,
    help="Only this kind of decision: non_compliance (the findings under Art. 87(7) and the decisions around them), "
         "leave_to_appeal, reconsideration, warrant_challenge, jurisdiction_challenge, admissibility_challenge, "
         "fitness_to_stand_trial, interim_release, confirmation_of_charges, conviction, acquittal, sentence, "
         "appeal_judgment, proceedings_terminated, warrant_withdrawn, other.")]


def _host_noun(noun: str, host_party: bool | None) -> str:
    """An empty list's noun with its host filter named ("event in a State Party"), so it is not read as none at all."""
    return noun + ("" if host_party is None else " in a State Party" if host_party else " in a State that was not a party")


def _words(code: str) -> str:
    """A stored code as words: ``party_withdrawal_pending`` -> "party withdrawal pending"."""
    from iccwatch.cli.output import _cell

    return _cell(code)


def _facts(db: str | None, assume: list[str] | None = None) -> Facts:
    from iccwatch.facts import Assumption

    facts = facts_for(db)
    if assume:
        assumed = []
        for a in assume:
            try:
                assumed.append(Assumption.parse(a))
            except ValueError as exc:  # name the option, as every other bad value does
                raise fail(f"--assume: {exc}") from None
        facts = facts.with_assumptions(assumed)
    return facts


def _print_notice(facts: Any, on: Any, kinds: tuple[str, ...]) -> None:
    """Under a table: once, that the day asked (``--on``) or the end of the list (``--until``) is after the date
    through which a kind the answer uses was checked (data/meta.yaml; docs/coverage.md). Nothing when it is not."""
    from iccwatch.dataset.coverage import coverage_notice

    if notice := coverage_notice(facts.records, on, kinds):
        console.print(notice, markup=False, highlight=False)


def _lead_sources(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The sources a list in the terminal cites for a record: its primary sources, or its first where it has none
    (a record's sources are stored primary first); the rest are counted beside them and given whole by --json and --csv."""
    sources = [s for s in row.get("sources") or [] if s.get("url")]
    return [s for s in sources if s.get("primary") or s.get("kind") == "primary"] or sources[:1]


def _cited(rows: list[dict[str, Any]], numbers: dict[str, int] | None = None) -> list[dict[str, Any]]:
    """Each row with a ``sources`` cell: the numbers of its lead sources in the list :func:`_print_cited` prints
    (or in ``numbers``, a list that holds them), and how many others it has (session 36: a list in the terminal had
    no source to cite)."""
    from iccwatch.cli.output import source_numbers

    if numbers is None:
        numbers = source_numbers(s for r in rows for s in _lead_sources(r))
    out = []
    for r in rows:
        lead = _lead_sources(r)
        marks = sorted({numbers[s["url"]] for s in lead if s["url"] in numbers})
        more = len({s["url"] for s in r.get("sources") or [] if s.get("url")} - {s["url"] for s in lead})
        cell = f"[{', '.join(map(str, marks))}]" if marks else ""
        out.append({**r, "sources": cell + (f" +{more}" if more else "")})
    return out


def _print_cited(rows: list[dict[str, Any]]) -> None:
    """The numbered sources of :func:`_cited`: publisher, grade, title, the URL whole on its own line."""
    from iccwatch.cli.output import print_items, source_items

    print_items(source_items((s for r in rows for s in _lead_sources(r)), numbered=True,
                             heading="sources (each row's primary, or its first; +n: n more with --json)"))


def _print_list(rows: list[dict[str, Any]], columns: list[str], json: bool, csv: bool, title: str,
                everything: Callable[[], list[dict[str, Any]]] | None = None, empty: str | None = None, cite: bool = False) -> None:
    """Rows as JSON, CSV or a table. ``everything`` gives the same list without its filters: a CSV answer has its
    header whatever the filter keeps, even none. ``empty`` is what an empty table
    says instead (``_none_recorded``, naming the filters). ``cite`` adds a column of source numbers to the table
    (the command prints the list with :func:`_print_cited`)."""
    if not rows and empty and not json and not csv:
        console.print(empty, markup=False, highlight=False)
    elif json:
        emit_json(rows)
    elif csv:
        from iccwatch.service import csv_fields

        # a list of dated records always has the column that marks a date that may be after the day asked, so that a
        # reader's script reads the same columns from every export of it
        dated = next((c for c in ("date", "investigation_opened") if c in columns), None)
        # the columns of the list without its filters, whatever rows a filter keeps: two exports of one list have the same
        # columns in the same order (each row's own keys, met in turn, gave another order for another filter)
        emit_csv(rows, csv_fields(everything()) if everything else None, {"date_doubt": dated} if dated else None)
    else:
        if cite:
            rows, columns = _cited(rows), [*columns, "sources"]
        emit_table([_date_marked(r, columns) for r in rows], columns, title=title)


def _date_marked(row: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    """A row whose date, known only to a year or a month, may be after the day a list runs to, with the
    service's mark beside that date in the table ("2025 (date: 2025 only; may be after the day asked)");
    JSON and CSV carry the mark as ``date_doubt``."""
    doubt = row.get("date_doubt")
    column = next((c for c in ("date", "investigation_opened") if c in columns), None)
    if row.get("status_note") and "status" in columns:  # a situation's status recorded after the day asked
        row = {**row, "status": f"{row['status']} ({row['status_note']})"}
    if not doubt or column is None:
        return row
    return {**row, column: f"{row.get(column) or ''} ({doubt})".strip()}


def register(app: typer.Typer) -> None:
    @app.command("state")
    def state(
        code: Annotated[str, typer.Argument(help="ISO 3166-1 alpha-3 code (or name) of the State, e.g. HUN.", callback=not_blank)],
        on: OnOpt = None,
        json: JsonOpt = False,
        assume: AssumeOpt = None,
        timeline: Annotated[bool, typer.Option("--timeline", help="Also list every dated act of the State.")] = False,
        db: DbOpt = None,
    ) -> None:
        """A State's relation to the Rome Statute on a date, with the dates, reasoning and sources."""
        from iccwatch import service

        with user_errors():
            facts = _facts(db, assume)
            data = service.state_relation(facts, code, day(on))
            if timeline:
                data["timeline"] = service.state_timeline(facts, code)
        if json:
            emit_json(data)
            return
        # the status in words, where it says more than "party" or "not a party" ("former party", "signatory")
        detail = "" if data["status"] in ("party", "non_party") else f" ({_words(data['status'])})"
        console.print(f"[bold]{data['name']}[/] ({data['iso3']}) on {data['on']}: [bold]{'party' if data['party'] else 'not a party'}[/]{detail}")
        console.print(data["conclusion"])
        if data.get("came_into_being_text"):
            console.print(data["came_into_being_text"], markup=False, highlight=False)
        from rich.markup import escape

        numbers = source_numbers(data["sources"])
        for step in data["reasoning"]["children"]:  # each step with the numbers of the listed sources of its facts
            cited = source_marks(step_sources(step), numbers)
            print_hanging("  • ", f"{escape(step['conclusion'])}  [dim]\\[{escape('; '.join(step['citations']))}]{cited}[/]")
        for d in data["doubts"]:
            print_hanging("[yellow]doubt:[/] ", escape(d))
        for a in data["assumptions"]:
            print_hanging("[cyan]assumed:[/] ", escape(a))
        print_sources(data["sources"], numbered=True)
        if timeline:
            retracted = ["retraction"] if any(t.get("retraction") for t in data["timeline"]) else []
            # each instrument by its short citation (as the PDF report's table), its full title in a key below the
            # table: the record's identifier ("rome-statute") names nothing for a reader
            instruments = facts.records.instruments
            rows = [{**t, "instrument": instruments[t["instrument"]].citation if t["instrument"] in instruments else t["instrument"]}
                    for t in data["timeline"]]
            emit_table(rows, ["date", "action", *retracted, "instrument", "confidence", "disputed"], title="timeline")
            used = [instruments[i] for i in dict.fromkeys(t["instrument"] for t in data["timeline"]) if i in instruments]
            if key := [f"{i.citation}: {i.title}" for i in used if i.citation != i.title]:
                print_hanging("instruments: ", escape("; ".join(key)))

    @app.command("states")
    def states(
        on: OnOpt = None,
        party: Annotated[bool | None, typer.Option("--party/--non-party", help="Only parties, or only non-parties.")] = None,
        status: Annotated[str | None, typer.Option("--status", help="Only this status: party, party_withdrawal_pending, former_party, ratified_not_in_force, "
                                                                        "signature_withdrawn, signatory, non_party (as printed: "
                                                                        "'former party' is former_party).")] = None,
        count: Annotated[bool, typer.Option("--count", help="Print only the number of States.")] = False,
        json: JsonOpt = False,
        csv: CsvOpt = False,
        assume: AssumeOpt = None,
        db: DbOpt = None,
    ) -> None:
        """List States and their relation to the Statute on a date."""
        from iccwatch import service
        from iccwatch.service.inputs import as_code

        with user_errors():
            facts = _facts(db, assume)
            rows = service.states_list(facts, day(on), party=party, status=as_code(status) if status is not None else None)
        if count:
            emit_json({"on": day(on).isoformat(), "count": len(rows)}) if json else console.print(str(len(rows)))
            return
        which = (f"with the status {_words(as_code(status))}" if status is not None
                 else "as a party" if party else "as not a party" if party is False else "")
        _print_list(rows, ["iso3", "name", "status", "since", "until", "certain"], json, csv, f"States on {day(on).isoformat()}",
                    lambda: service.states_list(facts, day(on)), f"No State recorded {which + ' ' if which else ''}on {day(on).isoformat()}.")
        if not json and not csv and any(not r["certain"] for r in rows):  # "certain: no" on every row read as 196 doubts
            after = day(on) > facts.checked_through
            console.print("certain: 'no' where a doubt holds"
                          + (f"; on every row, that {day(on).isoformat()} is after the record's check date "
                             f"({facts.checked_through.isoformat()}): facts after it may be missing" if after else "")
                          + "; `iccwatch state CODE` gives each doubt.", markup=False, highlight=False)

    @app.command("person")
    def person(
        name: Annotated[str, typer.Argument(help="Name, alias or transliteration, e.g. 'Al-Bashir' or 'Putin'.", callback=not_blank)],
        on: PersonOnOpt = None,
        json: JsonOpt = False,
        db: DbOpt = None,
    ) -> None:
        """A person's warrants or summonses, their status on a date, who held them, travels and the decisions about them.

        "Held by" names a State (or a group on a State's territory) that held the person on the date and had not
        surrendered him to the Court: its duty at issue is surrender."""
        from iccwatch import service

        with user_errors():
            facts = _facts(db)
            data = service.person_view(facts, name, day(on) if on is not None else None)
        if json:
            emit_json(data)
            return
        from rich.markup import escape

        states = facts.records.states  # a State by its name, as the dashboard and the tables print it
        nationality = ", ".join(f"{states[c].name} ({c})" if c in states else c for c in data["nationality"])
        console.print(f"[bold]{escape(data['name'])}[/]  nationality: {escape(nationality) or 'unknown'}")
        if data["aliases"]:
            console.print(f"also: {', '.join(data['aliases'])}")
        warrants = [{**w, "status": "not yet issued"} if not w.get("status") and w.get("issued") and w["issued"][:10] > data["on"] else w
                    for w in data["warrants"]]  # an empty status before the issue date reads as a gap in the record
        # a status the record cannot tell on the day (a month- or year-only date; the law's reading): "unknown", why below
        warrants = [{**w, "status": "unknown"} if w.get("status_unknown") else w for w in warrants]
        # a status no source states (the service's status_inferred) is shown as inferred, with the reason below the table
        warrants = [{**w, "status": f"{w['status'].replace('_', ' ')} (inferred)"} if w.get("status_inferred") else w for w in warrants]
        # a warrant "at large" beside a line "held by <State> since ..." below the table read as a contradiction (the
        # Court's word means not in its custody): the status says who holds the person, as the dashboard's history does
        # (session 39) a warrant "at large" whose person a State held reads as the person page says it, in one phrase:
        # "held by Sudan since 2019-04-11, not surrendered to the Court", without "at large;" before it
        warrants = [{**w, "status": ("" if w.get("status") == "at_large" else f"{str(w.get('status') or 'not recorded').replace('_', ' ')}; ")
                                    + f"{'' if w['held']['certain'] else 'may have been '}"
                                    f"held by {w['held'].get('group') or w['held']['held_by_name']} since {w['held']['since']}, not surrendered to the Court"}
                    if w.get("held") else w for w in warrants]
        # an empty cell would read as "none": say what the record does not hold (the dashboard's words)
        warrants = [{**w, "case_number": w.get("case_number") or "not recorded",
                     "issued": (f"{w['issued']}, under seal until {w['unsealed']}" if w.get("issued") and w.get("unsealed") else w.get("issued"))
                     or ("none (an application)" if w.get("kind") == "application" else "not recorded")}
                    for w in warrants]
        emit_table(warrants, ["kind", "situation_name", "case_number", "issued", "status", "outstanding"], title=f"warrants (status on {data['on']})")
        if data.get("outstanding"):  # how long (session 37): from the earliest warrant outstanding on the day
            import datetime

            from iccwatch.service.persons import days_counted_note, outstanding_sentence

            # session 38: a warrant of arrest or a summons to appear, said; counted to the one day of the persons list
            # and the dashboard (``days_counted_to``), which is said
            o = data["outstanding"]
            counted_to = datetime.date.fromisoformat(o.get("days_counted_to") or data["on"])
            note = "" if on is not None or "days_outstanding" not in o else days_counted_note(facts)
            console.print(outstanding_sentence(o, counted_to) + (f" ({note})" if note else ""),
                          markup=False, highlight=False)
        said: set[str] = set()  # one custody held under two warrants is said once below the table
        for w in warrants:
            if w.get("status_unknown"):
                console.print(f"{w['situation_name']}{' ' + w['case_number'] if w.get('case_number') not in (None, '', 'not recorded') else ''}: status",
                              w["status_unknown"], markup=False, highlight=False)
            if w.get("outstanding_note"):
                console.print(f"{w['situation_name']}: outstanding although recorded as deceased:", w["outstanding_note"],
                              markup=False, highlight=False)
            if w.get("held"):  # a State (or a group on its territory) held the person, not the Court
                h = w["held"]
                who = (f"{h['group']}, a group that is not the authorities of {h['held_by_name']}, on its territory"
                       if h["holder"] == "non_state_group" else h["held_by_name"])
                duty = ("the duty at issue for that State is surrender (Rome Statute arts. 59(7), 89(1))" if h["holder"] == "state"
                        else "that State can surrender the person only once it gains custody")
                line = (f"{w['situation_name']}: {'' if h['certain'] else 'may have been '}held by {who} since {h['since']}, "
                        f"not surrendered to the Court; {duty}")
                if line not in said:
                    said.add(line)
                    console.print(line, markup=False, highlight=False)
            if w.get("standing"):  # the judgments or the ending, apart from custody (an acquittal, then a release)
                from iccwatch.service.persons import standing_words

                console.print(f"{w['situation_name']}{' ' + w['case_number'] if w.get('case_number') not in (None, '', 'not recorded') else ''}: "
                              f"standing in the case: {standing_words(w['standing'])}", markup=False, highlight=False)
            if w.get("status_inferred"):
                console.print(f"{w['situation_name']}{' ' + w['case_number'] if w.get('case_number') not in (None, '', 'not recorded') else ''}: status inferred, not stated by its sources:",
                              w["status_inferred"], markup=False, highlight=False)
        # each warrant's status history, each entry marked with the numbers of its sources, listed at the end (the
        # dashboard's history and the JSON's status_history; session 34: the CLI gave the status on the day only)
        from iccwatch.cli.output import print_items, source_items, source_marks, source_numbers

        cited = ([x for w in data["warrants"] for h in w["status_history"] for x in h.get("sources") or []]
                 + [x for w in data["warrants"] for c in w.get("custody") or [] for x in c.get("sources") or []]
                 + [x for w in data["warrants"] for x in w.get("sources") or []]
                 # each trip's and decision's lead sources, numbered in the same list (session 36)
                 + [x for r in [*data["events"], *data["decisions"]] for x in _lead_sources(r)])
        numbers = source_numbers(cited)
        spells_by_warrant = {w["id"]: w.get("custody") or [] for w in data["warrants"]}

        def state_name(code: str) -> str:
            return states[code].name if code in states else code

        for w, shown in zip(data["warrants"], warrants, strict=True):
            spells = [*(w.get("custody") or []), *(w.get("custody_other_warrants") or [])]
            if not w["status_history"] and not spells:
                continue
            case = f", {w['case_number']}" if w.get("case_number") else ""
            console.print(f"history of the {str(w.get('kind') or 'warrant').replace('_', ' ')} ({w['situation_name']}{case}, "
                          f"issued {shown['issued']}){source_marks(w.get('sources') or [], numbers)}:", highlight=False)
            # (day, order, lines): the statuses and the custody spells by day; each line in console markup (the marks
            # are escaped by source_marks, the record's words by escape)
            lines: list[tuple[str, int, list[str]]] = []
            day_key = ""
            for h in w["status_history"]:
                day_key = str(h.get("date") or day_key)  # an undated entry stays where the record puts it
                by = f" by {escape(state_name(h['by_state']))}" if h.get("by_state") else ""
                lines.append((day_key, len(lines), [f"  {h.get('date') or 'undated'}: {h['status'].replace('_', ' ')}{by}"
                                                    f"{source_marks(h.get('sources') or [], numbers)}"]
                              + ([f"    {escape(h['basis'])}"] if h.get("basis") else [])))
            for c in spells:  # held by a State or a group on its territory, not the Court (the dashboard's history)
                group = f" (a group on its territory: {escape(c['group'])})" if c.get("group") else ""
                until = f", until {c['until']}" if c.get("until") else ""
                # a spell recorded under another warrant holds under this one too; its sources are that record's
                own = next((o for o in spells_by_warrant.get(c.get("recorded_on") or "", []) if o.get("since") == c.get("since")), c)
                recorded = f" (recorded under the warrant of {c['recorded_on_issued']})" if c.get("recorded_on") else ""
                lines.append((str(c.get("since") or ""), len(lines), [
                    f"  {c.get('since') or 'undated'}: held by {escape(state_name(c['held_by']))}{group}, not the Court{until}{recorded}"
                    f"{source_marks(own.get('sources') or [], numbers)}"]))
            for _, _, told in sorted(lines, key=lambda t: (t[0], t[1])):
                for line in told:
                    console.print(line, highlight=False)
        if data["events"]:
            emit_table(_cited(data["events"], numbers), ["date", "state_name", "action", "sources"], title="travels and arrests")
        elif data.get("travel_gap"):  # no trip recorded: say what was searched, so the empty list is not read as unknown
            from iccwatch.service.persons import searched_words

            console.print("no trip recorded.", searched_words(data["travel_gap"]), markup=False, highlight=False)
        if data["decisions"]:
            emit_table(_cited(data["decisions"], numbers), ["date", "state_name", "ruling", "referred_to", "record_number", "sources"],
                       title="decisions")
        if data.get("coverage_notice"):
            console.print(data["coverage_notice"], markup=False, highlight=False)
        print_items(source_items(cited, numbered=True))

    @app.command("persons")
    def persons(
        query: Annotated[str | None, typer.Argument(help="Optional name to search for.", callback=not_blank)] = None,
        on: PersonOnOpt = None,
        status: Annotated[str | None, typer.Option("--status", callback=not_blank, help=(
            "Only persons with this status on the day: requested, issued, at_large, arrested, surrendered, "
            "appeared_voluntarily, released, deceased, warrant_withdrawn, proceedings_terminated, case_inadmissible, "
            "convicted, acquitted, or unknown (the record cannot tell the day). at_large is the Court's word (the "
            "warrant not executed) and keeps both of: at_large_not_held (held by no one) and held_not_surrendered "
            "(held by a State or a group, not surrendered to the Court)."))] = None,
        outstanding: Annotated[bool, typer.Option("--outstanding", help=(
            "Only persons against whom a warrant of arrest was outstanding on the day, as the law reads the record "
            "(the warrant_outstanding column: yes)."))] = False,
        json: JsonOpt = False,
        csv: CsvOpt = False,
        db: DbOpt = None,
    ) -> None:
        """List persons subject to warrants, summonses or applications, with their status (on a date).

        warrant_outstanding says whether a warrant of arrest was outstanding against each that day, as the law reads
        the record (yes, no, or unknown where the record cannot tell); days_outstanding counts the days from outstanding_since,
        the issue of the earliest warrant outstanding (where none was, of the earliest summons to appear not answered by an
        appearance: outstanding_kind says which, warrant or summons), to days_counted_to: the day asked (--on), else the
        earlier of the days the warrants and the persons' entries were checked through; where the issue day is not
        recorded, outstanding_unknown says why (in the table, in the outstanding since column)."""
        from iccwatch import service

        with user_errors():
            facts = _facts(db)
            rows = service.persons_list(facts, query, day(on) if on is not None else None, status, True if outstanding else None)
        if query and not rows and not json and not csv and not status and not outstanding:  # "none recorded" read as "no one is under a warrant"
            from iccwatch.service.persons import did_you_mean

            console.print(f"No person's name or alias in the record matches {query!r}{did_you_mean(facts, query) or '.'}",
                          markup=False, highlight=False)
            return
        noun = " ".join(["person"] + ([f"with the status {status}"] if status else []) + (["under a warrant outstanding"] if outstanding else []))
        table = not json and not csv
        if table:  # session 37: a count of days says from which day, or why there is none (JSON and CSV keep their keys)
            # session 38: a summons to appear said as one (it does not order arrest)
            rows = [{**r, "outstanding_since": (r.get("outstanding_since") or r.get("outstanding_unknown") or "")
                     + (" (summons to appear)" if r.get("outstanding_kind") == "summons" else "")} for r in rows]
        if table:  # session 39: the status and the custody in one phrase ("at large" beside "held by Sudan" read as a
            # contradiction); JSON and CSV keep the record's word in status, with status_words beside it
            rows = [{**r, "status": r["status_words"]} for r in rows]
        _print_list(rows, ["name", "nationality", "situations", "status", "standing", "held_by", "warrant_outstanding",
                           *(["outstanding_since"] if table else []), "days_outstanding"], json, csv, "persons",
                    lambda: service.persons_list(facts, None, day(on) if on is not None else None), none_recorded(noun, facts, on=on))
        if table and any(r.get("days_outstanding") is not None for r in rows):
            from iccwatch.service.persons import days_counted_words

            # session 38: one day for the CLI, the API and the dashboard (``days_counted_to``), said
            console.print(f"days outstanding: from the issue of the earliest warrant of arrest outstanding (where none was, "
                          f"of the earliest summons to appear not answered by an appearance), "
                          f"{days_counted_words(facts, day(on) if on is not None else None)}"
                          + ("" if on is not None else "; --on for another day"), markup=False, highlight=False)
        if not json and not csv and on is not None:
            from iccwatch.service.persons import PERSON_KINDS

            _print_notice(facts, day(on), PERSON_KINDS)

    @app.command("situations")
    def situations(until_: UntilOpt = None, json: JsonOpt = False, csv: CsvOpt = False, db: DbOpt = None) -> None:
        """List situations and how each was triggered (Art. 13)."""
        from iccwatch import service

        with user_errors():
            facts = _facts(db)
            rows = service.situations_list(facts, until(until_))
        _print_list(rows, ["id", "name", "trigger", "investigation_opened", "status", "deferral_requests"], json, csv, "situations",
                    lambda: service.situations_list(facts), none_recorded("situation", facts, until_=until_))
        if rows and not json and not csv:  # "proprio motu" in words, as the dashboard's situations page gives it
            from iccwatch.model.situation import TRIGGER_KEY

            console.print(TRIGGER_KEY, markup=False, highlight=False)
        if not json and not csv:
            _print_notice(facts, until(until_), ("situations",))

    @app.command("decisions")
    def decisions(state: StateOpt = None, person: PersonOpt = None, year: YearOpt = None, until_: UntilOpt = None, kind: DecisionKindOpt = None,
                  json: JsonOpt = False, csv: CsvOpt = False, db: DbOpt = None) -> None:
        """The Court's decisions: findings on States' failures to cooperate (Art. 87(7)) and rulings in the cases, each with what it ruled.

        Findings include earlier 'informing' decisions and appeals; rulings include challenges, confirmation, judgments, sentences, terminations."""
        from iccwatch import service

        with user_errors():
            facts = _facts(db)
            rows = service.decisions_list(facts, state, person, year, until(until_), kind)
        if not json and not csv:  # the bodies in words, as `assess gaps`, the dashboard and the reports give them
            from iccwatch.law.determination import forum_key, forum_words

            key = forum_key(r.get("referred_to") for r in rows)
            # a case or situation number names the proceedings, not the document: the table says so beside it
            rows = [{**r, "referred_to": forum_words(r.get("referred_to")),
                     **({"record_number": f"{r['record_number']} ({r['record_number_kind']} number only)"}
                        if r.get("record_number_kind") not in (None, "filing") else {})} for r in rows]
        _print_list(rows, ["date", "state_name", "person_names", "ruling", "referred_to", "record_number"], json, csv, "decisions",
                    lambda: service.decisions_list(facts),
                    none_recorded(f"decision of the kind {kind}" if kind else "decision", facts, state, person, year, until_),
                    cite=True)
        if rows and not json and not csv and key:
            console.print(f"referred to: {key}.", markup=False, highlight=False)
        if rows and not json and not csv:
            _print_cited(rows)
        if not json and not csv:
            _print_notice(facts, until(until_), ("decisions",))

    @app.command("events")
    def events(state: StateOpt = None, person: PersonOpt = None, year: YearOpt = None, until_: UntilOpt = None,
               host_party: HostPartyOpt = None, json: JsonOpt = False, csv: CsvOpt = False, db: DbOpt = None) -> None:
        """Visits of warrant subjects to States, and what the host State did."""
        from iccwatch import service

        with user_errors():
            facts = _facts(db)
            rows = service.events_list(facts, state, person, year, until(until_), host_party)
        _print_list(rows, ["date", "person_name", "state_name", "trip", "action", "host_status"], json, csv, "events",
                    lambda: service.events_list(facts),
                    none_recorded(_host_noun("event", host_party), facts, state, person, year, until_), cite=True)
        if rows and not json and not csv:
            _print_cited(rows)
        if not json and not csv:
            _print_notice(facts, until(until_), ("events",))

    @app.command("statements")
    def statements(
        statement: Annotated[str | None, typer.Argument(help="A statement's id (first column of the list): its signatories by name, "
                                                             "each with its relation to the Statute that day.", callback=not_blank)] = None,
        state: StateOpt = None, year: YearOpt = None, until_: UntilOpt = None, json: JsonOpt = False, csv: CsvOpt = False, db: DbOpt = None,
    ) -> None:
        """Joint statements about the Court (in support or against), with signatories and whether the list is complete."""
        from iccwatch import service

        with user_errors():
            facts = _facts(db)
            if statement is not None:
                if state is not None or year is not None or until_ is not None:
                    raise ValueError("give a statement's id or the filters --state/--year/--until, not both")
                view = service.statement_view(facts, statement)
            else:
                rows = service.statements_list(facts, state, year, until(until_))
        if statement is not None:
            if json:
                emit_json(view)
                return
            if not csv:
                announced = view.get("announced_signatories")
                from rich.markup import escape

                stance = " [bold]against the Court[/]" if view.get("stance") == "against" else ""
                console.print(f"{escape(view['title'])} ({view.get('date') or 'undated'}){stance}: {view['signatory_count']} signatories named"
                           + (f" of {announced} announced" if announced is not None else "")
                           + ("; the list is complete." if view["complete"] else "; the sources name only some."))
            _print_list(view["signatory_states"], ["state_name", "status"], False, csv, "signatories")
            if not csv:
                print_sources(view.get("sources") or [])
            return
        _print_list(rows, ["id", "date", "title", "stance", "signatory_count", "announced_signatories", "complete"], json, csv, "statements",
                    lambda: service.statements_list(facts), none_recorded("statement", facts, state, year=year, until_=until_))
        if not json and not csv:
            _print_notice(facts, until(until_), ("statements",))

    @app.command("search")
    def search(
        words: Annotated[list[str], typer.Argument(help="Words to find, e.g. bashir kenya (every word must match; the start of a word is enough).", callback=not_blank)],
        kind: Annotated[list[str] | None, typer.Option("--kind", help="Only this kind of record (repeatable): states, persons, situations, "
                                                                       "decisions, events, statements, measures.")] = None,
        limit: Annotated[int, typer.Option("--limit", min=1, max=200, help="At most this many results, the best first (1-200).")] = 50,
        json: JsonOpt = False,
        db: DbOpt = None,
    ) -> None:
        """Search the record's names, titles and notes (every word, as a prefix), as the dashboard's search box."""
        from iccwatch import service
        from iccwatch.settings import Settings

        query = " ".join(words)
        if len(query) > MAX_SEARCH_CHARS:  # round fourteen: 100,000 characters were searched for and "nothing matched"
            raise fail(f"words: {len(query):,} characters, over the limit of {MAX_SEARCH_CHARS} (the API's and the dashboard's)")
        from iccwatch.service.search import query_problem

        if (problem := query_problem(query)) is not None:  # round twenty-two: said as the API's q, not the words given here
            raise fail(f"words: {problem}")
        with user_errors():
            facts = _facts(db)
            answer = service.search_answer(facts, Settings.from_env(db=db).db_url, query, tuple(kind) if kind else None, limit)
        if json:
            emit_json(answer)
            return
        hits, total = answer["items"], answer["total"]
        if not hits:
            meant = [m["name"] + (f" ({m['id']})" if m["kind"] == "states" else "") for m in answer["did_you_mean"]]
            console.print(f"Nothing in the record matches {query!r}: check the spelling, or try fewer words or the start of a word"
                          + (f". Did you mean {' or '.join(repr(m) for m in meant)}?" if meant else "."), markup=False)
            return
        from iccwatch.cli.output import print_items

        shown = f"the best {len(hits)} of {total} results" if total > len(hits) else f"{total} result{'s' if total != 1 else ''}"
        items: list[tuple[str, object]] = [("text", f"{shown} for {query!r}" + (" (--limit for more)" if total > len(hits) else ""))]
        from iccwatch.cli.output import hang

        for h in hits:
            items.append(hang(f"- {h['kind']}: {h['title']}"))
            if h.get("snippet"):
                items.append(hang(f"    {h['snippet']}", after=": "))
        print_items(items)

    @app.command("export")
    def export(
        kind: Annotated[str, typer.Argument(help=f"One of: {', '.join(EXPORT_KINDS)}.")],
        format: Annotated[str | None, typer.Option("--format", "-f", help="csv or json (default: the --output file's extension, "
                                                                           ".csv or .json; else csv).")] = None,
        output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
        db: DbOpt = None,
    ) -> None:
        """Export one kind of record as CSV or JSON.

        CSV: one row each, a list in one cell (joined with '; '), the kind's columns whatever the rows hold: the
        record's key first, its sources last (source_urls: the URLs, separated by spaces; sources_cited: each
        source's publisher, grade, primary or secondary and URL, joined with ' | ')."""
        from iccwatch.cli.base import check_output, output_format, write_output

        check_output(output)  # a path that cannot be written is said first, whatever its name
        format = output_format(format, output, {".csv": "csv", ".json": "json"}, "csv")
        kind = kind.strip().lower()
        from iccwatch import service

        with user_errors():
            facts = _facts(db)
            rows = service.export_rows(facts, kind, flat=format == "csv")
        if output:
            import json as jsonlib

            text = service.rows_to_csv(rows, service.export_fields(kind)) if format == "csv" else jsonlib.dumps(rows, ensure_ascii=False, indent=2) + "\n"
            write_output(output, text)  # whole or not at all
            from iccwatch.service.citation import version_of
            from iccwatch.settings import Settings

            # session 42: the record's version and check date, which a row cited from the file does not carry
            console.print(f"wrote {len(rows)} rows to {output} (record: {version_of(facts, Settings.from_env(db=db).data_dir)})")
        else:
            emit_csv(rows, service.export_fields(kind)) if format == "csv" else emit_json(rows)


def _stopping_renderer(lifespan: Callable[[Any], Any], stop: Callable[[], None]) -> Callable[[Any], Any]:
    """The app's lifespan, then ``stop()`` (the render child) when the server shuts down: uvicorn ends a
    SIGTERM by raising the signal again once it has shut down, so code after ``uvicorn.run`` would not run."""
    import contextlib

    @contextlib.asynccontextmanager
    async def both(app: Any) -> AsyncIterator[Any]:
        try:
            async with lifespan(app) as state:
                yield state
        finally:
            stop()

    return both


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


#: glibc's malloc arenas a server keeps (mallopt's M_ARENA_MAX). By default every thread of uvicorn's pool may get
#: its own arena, up to 8 a core, and each keeps the memory its thread freed: the wide soak's server held 40 MB
#: free in them after its 1,500-request warm-up and 14 MB more after 2,000 more requests; with two arenas, 30 MB
#: after the same warm-up (benchmarks/bench_soak_wide.py --trace-dir; docs/web.md "Memory").
MALLOC_ARENAS = 2


def few_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Limit glibc's malloc to ``arenas`` arenas, unless MALLOC_ARENA_MAX is set (the user's choice stands).
    Must run before the server's threads first allocate (glibc fixes the limit when it first needs it).
    True if the limit was set; False on another C library, where nothing is changed."""
    import ctypes
    import os
    import sys

    if os.environ.get("MALLOC_ARENA_MAX") or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others: no such library or no mallopt
        return False
    m_arena_max = -8  # glibc's malloc.h
    return bool(mallopt(m_arena_max, arenas))


def register_serve(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on (1-65535).")] = 8000,
        db: DbOpt = None,
    ) -> None:
        """Serve the dashboard and the REST API (http://127.0.0.1:8000, API docs at /docs)."""
        import socket

        few_malloc_arenas()  # before any thread allocates
        import signal

        # the CLI's clean stop on SIGTERM (cli.main) is not the server's: uvicorn shuts down gracefully, then raises the
        # signal again with the handler it found, which must end the process as before (exit by the signal)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

        with socket.socket() as probe:  # a busy port is reported before anything is loaded or printed
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
            except OSError as exc:
                import errno

                if exc.errno == errno.EADDRINUSE:
                    raise fail(f"cannot listen on {host}:{port} ({exc.strerror or exc}): another program is using it; "
                               f"choose another port with --port, e.g. iccwatch serve --port {port % 65535 + 1}") from None
                if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
                    raise fail(f"--host: cannot listen on {host!r} ({exc.strerror or exc}): give an address of this "
                               "machine, e.g. 127.0.0.1") from None
                raise fail(f"--port: cannot listen on {host}:{port} ({exc.strerror or exc})") from None
        import uvicorn

        from iccwatch.app import create_app
        from iccwatch.settings import Settings

        if not _loopback(host):
            err_console.print(f"[bold yellow]warning:[/] listening on {host}, beyond this machine: anyone who can reach it can read the "
                              "record and the review queue. Put it behind a proxy with TLS and access control, or use --host 127.0.0.1.")
        try:
            settings = Settings.from_env(db=db)
        except ValueError as exc:
            raise fail(str(exc)) from None
        from iccwatch.web.unreadable import Protocol, head_wait

        with user_errors():  # an unreadable or foreign store is refused naming --db, a bad ICCWATCH_HEAD_WAIT naming it
            protocol = Protocol.waiting(head_wait())
            app_ = create_app(settings)
        from iccwatch.web.pages import warm_index_in_background

        warm_index_in_background(app_.state.facts)  # the first State page no longer waits for the index
        try:  # the reports' charts and PDFs drawn in a child process replaced every N drawings
            from iccwatch.report import render
        except ImportError:  # pragma: no cover - the report extra is not installed
            render = None  # type: ignore[assignment]
        if render is not None:
            render.configure(settings.render_jobs)
            app_.router.lifespan_context = _stopping_renderer(app_.router.lifespan_context, render.shutdown)
        console.print(f"iccwatch dashboard on http://{host}:{port}  (API: /api/v1, docs: /docs)")
        try:
            # a request's head too large (or no HTTP) answered in the API's or the site's shape, not h11's plain text; a
            # head that takes longer than ICCWATCH_HEAD_WAIT answered 408 and closed (round 30, session 47)
            uvicorn.run(app_, host=host, port=port, log_level="warning", http=protocol)
        finally:  # however uvicorn returns: the render child stops with the server
            if render is not None:
                render.shutdown()
