"""The law engine's questions as the CLI asks and prints them, without Typer: ``iccwatch ask arrest``,
``obligations`` and ``travel`` run these, from :mod:`iccwatch.cli.ask_commands` (Typer) or from the
fast path (:mod:`iccwatch.cli.fast`). The record is read as the store's plain objects (no pydantic:
``facts_for(..., plain=True)``), and an arrest answer for people is laid out without Rich wherever Rich
would print it without styles (:mod:`iccwatch.cli.plain_text`); Rich prints tables, and to a terminal.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iccwatch.cli.base import MONTH_HINT, day, facts_for, fail, read_input_text, user_errors
from iccwatch.cli.output import (
    console,
    emit_json,
    emit_table,
    err_console,
    hang,
    print_items,
    source_items,
    source_marks,
    source_numbers,
)
from iccwatch.law.determination import forum_in_full, forum_key, position_labels

if TYPE_CHECKING:
    from iccwatch.cli.plain_text import Tree
    from iccwatch.facts import Facts


def _on(on: str | None) -> dt.date:
    """The question's day, or a clear error naming what was typed: a year or a month is not a day (the
    question is asked on one day), and a text that is no date at all is said to be one."""
    if on is not None:
        text = on.strip()
        if re.fullmatch(r"\d{4}", text):
            raise fail(f"--on: {on!r} is a year: {MONTH_HINT}")
        m = re.fullmatch(r"\d{4}-(\d{2})", text)
        if m and not 1 <= int(m.group(1)) <= 12:
            raise fail(f"--on: {on!r} is not a date: the month must be 01 to 12; give YYYY-MM-DD")
        if not m and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise fail(f"--on: {on!r} is not a date: give YYYY-MM-DD (e.g. 2024-09-03)")
        on = text  # spaces around a date pasted from elsewhere are not part of it
    return day(on)


def _facts(db: str | None, assume: list[str] | None, assume_file: Path | None) -> Facts:
    from iccwatch.facts import Assumption

    lines = list(assume or [])
    if assume_file:
        read = 0
        for n, line in enumerate(read_input_text(assume_file, "--assume-file").splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if line:
                try:
                    Assumption.parse(line)
                except ValueError as exc:
                    raise fail(f"{assume_file}:{n}: {exc}") from None
                lines.append(line)
                read += 1
        if not read:  # the wrong file given, or one not yet written: answering without the what-if would say nothing of it
            raise fail(f"--assume-file: {assume_file} holds no assumption (only blank lines or # comments): give one a line "
                       "in the --assume forms, or leave the option out")
    facts = facts_for(db, plain=True)
    assumed = []
    for a in lines:
        try:
            assumed.append(Assumption.parse(a))
        except ValueError as exc:  # name the option, as every other bad value does
            message = str(exc)
            raise fail(message if message.startswith("--assume") else f"--assume: {message}") from None
    for made in assumed:  # a declaration or an arrangement 'for SITUATION' must name a situation of the record
        if made.kind == "act" and made.situation and made.situation not in facts.records.situations:
            raise fail(f"assumption {made}: unknown situation {made.situation!r}; one of: "
                       f"{', '.join(sorted(facts.records.situations))}")
    return facts.with_assumptions(assumed) if assumed else facts


def forum_words(forum: str | None) -> str:
    """Where a failure could be referred, in words: ``ASP+UNSC`` is "ASP and UNSC"."""
    return str(forum or "none").replace("+", " and ")


def referral_words(forum: str | None) -> str:
    """How a finding's referral reads after it: ", not referred" for ``none`` (the Chamber referred it to
    no body), ", referred to ASP and UNSC" otherwise, nothing where the record does not say."""
    if not forum:
        return ""
    return ", not referred" if forum == "none" else f", referred to {forum.replace('+', ' and ')}"


def _tree(step: dict[str, Any], numbers: dict[str, int]) -> Tree:
    """A reasoning step as a tree of console-markup labels (its facts, each with the numbers of the sources
    that state it in the list printed below, then the steps under it)."""
    facts: list[Tree] = []
    for f in step["facts"]:
        mark = " [yellow](disputed)[/]" if f["disputed"] else ""
        cited = source_marks(f.get("sources") or [], numbers)
        facts.append((f"[dim]fact: {f['what']}{' (' + f['date'] + ')' if f['date'] else ''}{mark}{cited}[/]", ()))
    return (f"{step['conclusion']} [dim]\\[{'; '.join(step['citations'])}][/]", [*facts, *(_tree(c, numbers) for c in step["children"])])


def _determination_items(d: dict[str, Any]) -> list[tuple[str, Any]]:
    """What ``iccwatch ask arrest`` prints for people, as items of :func:`iccwatch.cli.output.print_items`."""
    q = d["question"]
    colour = {"obliged": "green", "not_obliged": "cyan", "contested": "yellow", "unknown": "magenta"}[d["answer"]]
    items: list[tuple[str, Any]] = [
        ("markup", f"Must [bold]{q['state_name']}[/] arrest [bold]{q['person_name']}[/] on {q['on']}? [bold {colour}]{d['answer'].replace('_', ' ')}[/]")]
    # a what-if says so before its answer's reasons, each assumption in words with the form typed beside it
    for a, words in zip(d["assumptions"], d.get("assumptions_in_words") or d["assumptions"], strict=True):
        typed = f" [dim](written {a})[/]" if words != a else ""  # a parsed assumption holds no "[" (no markup)
        items.append(("markup", f"[cyan]assumed (not a sourced fact):[/] {words}{typed}"))
    if d["basis"]:
        items.append(("markup", f"basis: {', '.join(d['basis'])}"))
    key = forum_in_full(d["forum"])  # "ASP" in full, as the dashboard and the reports spell it
    items.append(("markup", f"forum: {forum_words(d['forum'])}" + (f" ({key})" if key else "")))
    numbers = source_numbers(d["sources"])
    items.append(("tree", ("reasoning", [_tree(d["reasoning"], numbers)])))
    for p, who in zip(d["contested"], position_labels(d["contested"], d["answer"]), strict=True):
        items.append(("markup", f"[yellow]{who}[/] ({p['held_by']}{', ' + p['date'] if p['date'] else ''}): {p['position']} → answer if followed: {str(p['answer_if_followed']).replace('_', ' ')}"))
    for p in d.get("later_held", []):
        items.append(("markup", f"[dim]later held ({p['held_by']}, {p['date']}): {p['position']}[/]"))
    for m in d["missing_facts"]:
        items.append(("markup", f"[magenta]missing:[/] {m}"))
    for x in d["depends_on"]:
        items.append(("markup", f"[yellow]depends on:[/] {x['fact']}: {str(x['answer_if_recorded']).replace('_', ' ')} as recorded, {str(x['answer_if_not']).replace('_', ' ')} if not"))
    for x in d["doubts"]:
        items.append(("markup", f"[dim]note:[/] {x}" if x.startswith("the record was checked through") else f"[yellow]doubt:[/] {x}"))
    for c in d["court_decisions"]:
        if c.get("finding") == "no_finding" and c.get("referred_to") not in (None, "none"):  # informed, not referred
            # imported only here: an answer without such a decision loads no model
            from iccwatch.assess.gaps import informed_words

            ruled = informed_words(c["referred_to"])
        else:
            # imported only here, as above: the decisions table's words ("failure to comply found"), not the record's
            # code ("non compliance"; session 39)
            from iccwatch.model.terms import FINDING_WORDS

            ruled = (FINDING_WORDS.get(c.get("finding") or "") or (c.get("finding") or "a ruling (" + c.get("decision", "") + ")")
                     .replace("_", " ")) + referral_words(c.get("referred_to"))
        from iccwatch.model.court_number import number_words as record_number_words

        items.append(("markup", f"[bold]the Court decided[/] {c['date']}{' [dim](after the date asked about)[/]' if c.get('later') else ''}: {ruled}"
                      f"{' ' + record_number_words(c['record_number']) if c.get('record_number') else ''}"))
    items.append(("markup", "[dim]citations:[/]"))
    by_url: dict[str, list[str]] = {}
    for c in d["citations"]:  # citations of one document (articles of the Statute) share one line
        names = by_url.setdefault(c["url"] or "", [])
        if c["citation"] not in names:
            names.append(c["citation"])
    for url, names in by_url.items():
        items.append(hang(f"  - {'; '.join(names)}"))
        if url:
            items.append(("url", f"    {url}"))
    items.extend(source_items(d["sources"], numbered=True))
    if d.get("citation"):  # the dashboard's "Cite this answer" in the same words, the command in place of its address;
        # one line, never wrapped (as each URL is), so that it is copied whole with the URLs in it
        items.append(("markup", "[dim]cite as (one line):[/]"))
        items.append(("url", d["citation"]["text"]))
    return items


def _print_determination(d: dict[str, Any]) -> None:
    print_items(_determination_items(d))


def arrest(state: str, person: str, on: str | None = None, json: bool = False, assume: list[str] | None = None,
           assume_file: Path | None = None, db: str | None = None, presence: str = "territory") -> None:
    """Must the State (--state) arrest and surrender the person (--person) if the person is on its territory on the date (--on)?
    ``presence``: in its airspace (``airspace``) or on a transit stop (``transit``) instead."""
    from iccwatch import service

    with user_errors(state=state, person=person):
        facts = _facts(db, assume, assume_file)
        data = service.ask_arrest(facts, state, person, _on(on), presence)
        baseline = service.ask_arrest(facts_for(db, plain=True), state, person, _on(on), presence) if data["assumptions"] else None
    data = {**data, "citation": _citation(facts, data, db, baseline)}
    emit_json(data) if json else _print_determination(data)


def _citation(facts: Facts, d: dict[str, Any], db: str | None, baseline: dict[str, Any] | None) -> dict[str, Any]:
    """How to cite the answer: as the dashboard and the API cite it, with the command that asks it again where
    they give the answer's address."""
    from iccwatch.service.citation import answer_citation, cli_command, version_of
    from iccwatch.settings import Settings

    return answer_citation(d, cli_command(d["question"], d["assumptions"]), version_of(facts, Settings.from_env(db=db).data_dir),
                           dt.date.today(), baseline)


def obligations(state: str, on: str | None = None, json: bool = False, assume: list[str] | None = None,
                assume_file: Path | None = None, db: str | None = None) -> None:
    """Every cooperation duty a State owes on a date, by situation, with the basis of each."""
    from rich.markup import escape

    from iccwatch import service
    from iccwatch.law.obligations import DUTIES

    with user_errors(state=state):
        data = service.ask_obligations(_facts(db, assume, assume_file), state, _on(on))
    if json:
        emit_json(data)
        return
    q = data["question"]
    console.print(f"Duties of [bold]{q['state_name']}[/] on {q['on']}")
    console.print(data["summary"], highlight=False)
    if not data["situations"]:
        for x in data["doubts"]:
            console.print(f"[yellow]doubt:[/] {x}", highlight=False)
        return
    from iccwatch.cli.output import source_numbers, step_sources

    # the sources each duty rests on (the State's relation to the Statute, a referral, a declaration: its reasoning's
    # facts), as numbers of the list printed at the end (session 34: the text gave none)
    rests_on = {id(s): [x for r in s.get("reasoning") or [] for x in step_sources(r)] for s in data["situations"]}
    cited = [x for xs in rests_on.values() for x in xs]
    numbers = source_numbers(cited)

    def marks(s: dict[str, Any]) -> str:
        found = sorted({numbers[x["url"]] for x in rests_on[id(s)] if x.get("url") in numbers})
        return f"[{', '.join(map(str, found))}]" if found else ""

    rows = [{**s, "forum": forum_words(s.get("forum")), "persons": ", ".join(p["name"] + ("" if p["answer"] == "obliged" else f" ({p['answer'].replace('_', ' ')})")
                                       for p in s["persons_to_arrest"]), "sources": marks(s)} for s in data["situations"]]
    emit_table(rows, ["name", "status", "bases", "basis", "forum", "persons", "sources"], title="by situation")
    if key := forum_key(s.get("forum") for s in data["situations"]):
        console.print(f"forum: {key}.", markup=False, highlight=False)
    by_arrangement = [s["name"] for s in data["situations"] if [d["duty"] for d in s["duties"]] == ["arrangement"]]
    console.print(("In each" + (f" (but {', '.join(by_arrangement)}: only what its ad hoc arrangement covers [RS art 87(5)(a)])"
                                if by_arrangement else "") + ": ") + "; ".join(f"{what} [{cite}]" for _, what, cite in DUTIES))
    # A Security Council request under Art. 16 standing on the date: the duty to arrest the persons it covers suspended.
    for s in data["situations"]:
        for r in s.get("art16") or []:
            console.print(f"Art. 16 ({s['name']}): the duty to arrest and surrender is {r['suspended']} "
                          f"[{', '.join(r['citations'])}]", markup=False, highlight=False)
        # the other duties it reaches (transit, assistance) and, once, that the standing duties stand
        for d in s["duties"]:
            if d.get("art16_effect") == "suspended" and d["duty"] != "arrest_and_surrender":
                console.print(f"Art. 16 ({s['name']}): the duty to {d['what']} is {d['suspended']} [{d['citation']}]",
                              markup=False, highlight=False)
            elif d.get("art16_effect") == "stands":
                console.print(f"Art. 16 ({s['name']}): the duty to {d['what']} stands: {d['art16_note']} [{d['citation']}]",
                              markup=False, highlight=False)
    for x in data["doubts"]:
        console.print(f"[yellow]doubt:[/] {x}")
    # A situation's own doubts (an Art. 18(2) deferral, the forum of a former party's failure), each once with the
    # situations it concerns.
    doubt_places: dict[str, list[str]] = {}
    for s in data["situations"]:
        for x in s["doubts"]:
            doubt_places.setdefault(x, []).append(s["name"])
    for x, places in doubt_places.items():
        console.print(f"[yellow]doubt ({'; '.join(places)}):[/] {x}", highlight=False)
    # each person's own doubts (a death reported, a custody resting on medium confidence), beside the person's name
    person_names = {p["person"]: p["name"] for s in data["situations"] for p in s["persons_to_arrest"]}
    for pids, every, x in service.persons_own_doubts(data):
        who = "every person listed" if every else "; ".join(person_names[pid] for pid in pids)
        console.print(f"[yellow]doubt ({escape(who)}):[/] {escape(x)}", highlight=False)
    print_items(source_items(cited, numbered=True))


def travel(person: str, on: str | None = None, json: bool = False, assume: list[str] | None = None,
           assume_file: Path | None = None, db: str | None = None, csv: bool = False) -> None:
    """For a person on a date, every State classified by what it must do if the person arrives."""
    from iccwatch import service

    with user_errors(person=person):
        data = service.ask_travel(_facts(db, assume, assume_file), person, _on(on))
    if json:
        emit_json(data)
        return
    if csv:  # every State, each row naming the person and the day asked (a file read alone says what it answers)
        from iccwatch.cli.output import emit_csv

        q = data["question"]
        emit_csv([{"person": q["person"], "person_name": q["person_name"], "on": q["on"],
                   **{k: v for k, v in r.items() if k != "numeric"}} for r in data["states"]])
        return
    q = data["question"]
    console.print(f"Travel map for [bold]{q['person_name']}[/] on {q['on']}: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in data["counts"].items() if v))
    from iccwatch.law.travel import CATEGORY_MEANING

    for k, v in data["counts"].items():  # the categories' names are the law's shorthand: each one shown, in words
        if v and k in CATEGORY_MEANING:
            console.print(f"  {k.replace('_', ' ')}: {CATEGORY_MEANING[k]}", markup=False, highlight=False)
    console.print(data["warrant"]["conclusion"], highlight=False)
    for w in data["warrant"]["warrants"]:
        console.print(f"  - {w}", highlight=False)
    for x in data["warrant"]["doubts"]:
        console.print(f"[yellow]doubt:[/] {x}", highlight=False)
    for m in data["warrant"]["missing_facts"]:
        console.print(f"[magenta]missing:[/] {m}", highlight=False)
    emit_table([{**r, "forum": forum_words(r.get("forum"))} for r in data["states"] if r["category"] != "not_bound"], ["iso3", "name", "category", "forum", "immunity_contested"], title="States with a duty or a contest")
    if key := forum_key(r.get("forum") for r in data["states"] if r["category"] != "not_bound"):
        console.print(f"forum: {key}.", markup=False, highlight=False)


def question(text: str, json: bool = False, assume: list[str] | None = None, assume_file: Path | None = None,
             db: str | None = None, today: str | None = None) -> None:
    """A question in words: read as a State, a person and a day (``service.question``) as asked on ``today`` (default:
    today), said on standard error as it was read, then answered as ``arrest``, ``obligations`` or ``travel`` answers it."""
    from iccwatch.service.question import read_question

    asked_on = day(today, "--today")
    with user_errors():
        facts = facts_for(db, plain=True)
        q = read_question(facts, text, today=asked_on)
    if not json:  # session 40: a list's or a record's sources printed with their publisher and grade (--json is unchanged)
        from iccwatch.dataset.grading import grade_sources_in

        q = grade_sources_in(q, facts.publishers)
    if q["kind"] == "each":  # round 51: two States or two persons named together, each asked apart
        each_answers(q, json, assume, assume_file, db)
        return
    answer_read(q, json, assume, assume_file, db)


#: What a read of kind ``each`` asks apart, by its ``each_of`` (round 52: pairs of a State and a person).
_EACH_OF = {"states": "States", "persons": "persons", "pairs": "pairs of a State and a person"}


def each_answers(q: dict[str, Any], json: bool = False, assume: list[str] | None = None, assume_file: Path | None = None,
                 db: str | None = None) -> None:
    """Two or more States or persons named together ('Must Mongolia or Tajikistan arrest Putin?'; round 51): said on
    standard error, then each question asked apart answered as one alone is; --json: one JSON object, the reads and
    each answer (the determination, the duties or the travel map; a record's or a list's answer is in its read)."""
    from iccwatch import service

    reads = q["each"]
    err_console.print(f"Named together: {q['named_together']}; each of the {len(reads)} {_EACH_OF[q['each_of']]} asked apart",
                      markup=False, highlight=False)
    if json:
        answers: list[Any] = []
        with user_errors():
            facts = _facts(db, assume, assume_file)
            for r in reads:
                if r["kind"] == "arrest" and not r.get("asks"):
                    answers.append(service.ask_arrest(facts, r["state"], r["person"], _on(r["on"]), r.get("presence", "territory")))
                elif r["kind"] == "obligations" and not r.get("asks"):
                    answers.append(service.ask_obligations(facts, r["state"], _on(r["on"])))
                elif r["kind"] == "travel" and not r.get("asks"):
                    answers.append(service.ask_travel(facts, r["person"], _on(r["on"])))
                else:
                    answers.append(None)  # a record's or a list's answer, the custody or a forum's responses: in the read
        emit_json({**q, "answers": answers})
        return
    for k, r in enumerate(reads, 1):
        err_console.print(f"-- {k} of {len(reads)}, asked apart: {r['asked_apart'].strip()}", markup=False, highlight=False)
        if r["kind"] == "each":
            each_answers(r, json, assume, assume_file, db)
        else:
            answer_read(r, json, assume, assume_file, db)


def answer_read(q: dict[str, Any], json: bool = False, assume: list[str] | None = None, assume_file: Path | None = None,
                db: str | None = None) -> None:
    """A question read (``read_question``) answered: said on standard error as it was read, then answered as
    ``arrest``, ``obligations`` or ``travel`` answers it (a list's or a record's answer from the read itself)."""
    from iccwatch.service.question import read_as_words

    if q["kind"] == "states":  # a count or a list of States (session 33): answered in the read itself
        states_list_answer(q, json)
        return
    if q["kind"] == "record":  # round 44: the record's answer (a statement, sanctions, referrals) in the read itself
        record_answer(q, json)
        return
    err_console.print(f"Read as: {read_as_words(q)}", markup=False, highlight=False)
    if q.get("assume"):  # session 45: a withdrawal the question supposes, answered with it (as --assume states it)
        assume = [*(assume or []), *q["assume"]]
    if q.get("places_not_read"):  # session 32: a place named and not read is said, never dropped silently
        err_console.print("Not read as a place (the record holds no State or city by that name): "
                          + ", ".join(f"'{p}'" for p in q["places_not_read"]), markup=False, highlight=False)
    if q.get("asks") == "responses":
        responses_answer(q, json)
    elif q["kind"] == "arrest":
        arrest(q["state"], q["person"], q["on"], json, assume, assume_file, db, q.get("presence", "territory"))
    elif q["kind"] == "obligations":
        obligations(q["state"], q["on"], json, assume, assume_file, db)
    elif q.get("region"):
        region_answers(q, json, assume, assume_file, db)
    elif q.get("asks") == "custody":
        custody_answer(q, json, assume, assume_file, db)
    else:
        travel(q["person"], q["on"], json, assume, assume_file, db)


def states_list_answer(q: dict[str, Any], json: bool = False) -> None:
    """A count or a list of States ('How many States are parties today?', 'Which States failed to arrest al-Bashir?';
    session 33): said as read on standard error, then the count and the list, each State with its status or its
    findings and its sources, and the record's coverage notice; --json: the same JSON as /api/v1/question's read."""
    from iccwatch.service.state_lists import LIST_WORDS

    whom = f" {q['person_name']}" if q.get("person_name") else ""
    span = (f" (the findings made from {q['period'].replace('/', ' to ')})" if q.get("findings_within") else
            f" (it changes from {q['period'].replace('/', ' to ')})" if q.get("list_changes") else
            f" (the same on every day of {q['period'].replace('/', ' to ')})" if q.get("period") else
            "" if q["date_given"] else " (no day named: today)")
    err_console.print(f"Read as: which States {LIST_WORDS[q['list_of']]}{whom}, on {q['on']}?{span}", markup=False,
                      highlight=False)
    if json:
        emit_json({k: q.get(k) for k in ("kind", "asks", "list_of", "statuses", "person", "on", "period", "count",
                                         "count_of", "states_listed", "list_changes", "count_first", "count_last", "in_words",
                                         "coverage_notice")}
                  # session 49 (law64): a negation's visits whose host had the duty and did not arrest
                  | ({"not_arrested_visits": q["not_arrested_visits"]} if "not_arrested_visits" in q else {}))
        return
    console.print(q["in_words"], markup=False, highlight=False)
    from iccwatch.cli.output import indented

    items: list[tuple[str, Any]] = []
    for r in q["states_listed"]:  # each State, then its sources as every command prints them (session 40)
        if q["list_of"] == "non_compliance":
            items.append(("text", f"{r['iso3']} {r['name']}:"))
            for f in r["findings"]:
                items.append(hang(f"  {f['date']} {f['decision']} (referred to {f['referred_to'] or 'no body'}"
                                  + (f"; upholding {f['appeal_of']}" if f.get("appeal_of") else "") + ")"))
                items += indented(source_items(f["sources"]), "  ")
        else:
            items.append(hang(f"{r['iso3']} {r['name']}: {r['status']}" + (f" since {r['since']}" if r.get("since") else "")
                              + (f" until {r['until']}" if r.get("until") else "") + ("" if r["certain"] else " (doubtful)")))
            items += indented(source_items(r["sources"]), "  ")
    print_items(items)
    if q.get("coverage_notice"):
        err_console.print(q["coverage_notice"], markup=False, highlight=False)


#: What a record answer was read as, said on standard error (round 44).
RECORD_ASKED = {"statement": "Did {who} sign the joint statement of {day}, by the record?",
                "statement_list": "Which States signed the joint statement of {day}, by the record?",
                "measures": "Did {who} take sanctions against the Court or its officials, by the record, {span}?",
                "measures_list": "Which States took sanctions against the Court or its officials, by the record, {span}?",
                "referrals": "How many findings of non-compliance were referred to {forum}, by the record, by {on}?",
                # round 50
                "referrals_state": "When did the Court find {who} in non-compliance, and to whom did it refer it, by the "
                                   "record, by {on}?",
                # round 45
                "wanted_list": "Who had a warrant of arrest of the Court outstanding on {on}, by the record?",
                "trips_list": "Which States did {person} visit {span}, by the record?",
                # session 49 (law64): a person's visits to one State
                "visits": "How many times did {person} visit {who} {span}, by the record?",
                # session 46 (law59): the visits compared by the host's relation on the day
                "trips_list_host_party": "Which States did {person} visit {span} that were States Parties on the day of "
                                         "the visit, by the record?",
                "trips_list_host_not_party": "Which States did {person} visit {span} that were not States Parties on the "
                                             "day of the visit, by the record?",
                # session 47 (law61): the visits compared by a Council referral, the law's answer on each visit's day
                "trips_list_host_referral": "Which States did {person} visit {span} that were bound by a Security Council "
                                            "referral to arrest the person on the day of the visit, by the law's answer?",
                "assessment": "What did {who} do when {person} was there, against its duty that day, by the record's "
                              "assessment, by {on}?",
                # round 46
                "index": "What is {who}'s score and rank in the due-diligence index for {year}, and how certain is it?",
                "index_lowest_list": "Which States rank in the lowest band of the due-diligence index for {year}?",
                "withdrawal": "When did {who}'s withdrawal from the Rome Statute take effect, by the record?",
                # round 51
                "joined": "When did {who} ratify or sign the Rome Statute, or it enter into force for {who}, by the record?",
                "surrendered_list": "Who was surrendered to the Court {span}, by the record?",
                # round 52
                "changes": "What has changed for {who} {span}, by the record?",
                "changes_list": "What has changed for {person} {span}, by the record?",
                "measures_in_force": "Which sanctions of {who} against the Court or its officials were in force on {on}, "
                                     "by the record?",
                "measures_in_force_list": "Which sanctions against the Court or its officials were in force on {on}, by "
                                          "the record?",
                "wanted_situation_list": "Who had a warrant of arrest of the Court outstanding on {on} in the situation "
                                         "{situation}, by the record?",
                # round 47
                "positions": "What has {who} said {scope}, by the record, by {on}?",
                "positions_list": "Which States said they {scope}, by their latest position in the record, by {on}?",
                "gaps": "What followed {who}'s failures {scope}, by the record, by {on}?",
                "gaps_list": "What followed the failures {scope}, by the record, by {on}?",
                # session 38: which States gave a person a guarantee of safe passage, an overflight assurance, ...
                "positions_form_list": "Which States {scope}, by their positions in the record, by {on}?",
                "consultations": "When did {who} seek consultations with the Court under Art. 97{scope}, by the record, "
                                 "by {on}?",
                "consultations_list": "Which States sought consultations with the Court under Art. 97{scope}, by the "
                                      "record, by {on}?"}


#: A form asked of one State's positions, in words (round 49: 'Did Chad claim ...?' said '(an immunity)').
_FORM_ASKED = {"immunity_claim": "a claim of immunity", "safe_passage": "a guarantee of safe passage",
               "overflight_assurance": "an overflight assurance"}


def _scope(q: dict[str, Any]) -> str:
    """What a question of positions or of the enforcement gap asked, in words (round 47): the issue and the person, the
    stance of a list; the person, the stage and the forum of a gap."""
    person = q.get("person_name") or ""
    if q["asks"] == "positions":
        form = {"immunity_claim": "claimed an immunity", "safe_passage": "gave a guarantee of safe passage",
                "overflight_assurance": "gave an overflight assurance"}.get(q.get("form") or "")
        if not q.get("state"):
            if form:  # session 38: the form asked (a claim of immunity, safe passage, an overflight assurance)
                return f"{form} as to {person}"
            return ("would not" if q.get("stance") == "not_obliged" else "would") + f" arrest {person}"
        issues = {"personal-immunity": "on immunity", "residual-duty-after-withdrawal": "on its duty after withdrawing"}
        return ((" and ".join(issues.get(i, i) for i in q.get("issues") or []) or "on the law") + (f" as to {person}" if person else "")
                + (f", in the form asked ({_FORM_ASKED[q['form']]})" if form else ""))
    stage = {"no_finding": ", never followed by a finding", "no_referral": ", found and not referred",
             "no_response_recorded": ", referred with no response recorded"}.get(q.get("stage") or "", "")
    forum = f" ({q['forum']})" if q.get("forum") else ""
    return "to arrest " + (person or "or surrender") + stage + forum + (", the days to the finding" if q.get("days") else "")


def record_answer(q: dict[str, Any], json: bool = False) -> None:
    """A question the record answers itself (round 44: 'Did Brazil sign the joint statement of 7 February 2025?', 'Which
    States sanctioned ICC officials?', 'How many findings were referred to the Assembly?'): said as read on standard
    error, then the answer in words, the record's entries it rests on with their sources, and its doubts; --json: the
    same JSON as /api/v1/question's read."""
    asks = (q["asks"] + ("_in_force" if q.get("in_force_on") else "")  # round 46: sanctions in force on the day
            + ("_situation" if q.get("situation") else "")  # the wanted of one situation
            + ("_form" if q["asks"] == "positions" and q.get("form") and not q.get("state") else "")  # session 38
            + ("_state" if q["asks"] == "referrals" and q.get("state") else ""))  # round 50: one State's findings
    # session 48 (law62): a person's trips are one list whatever State the question also names ('the Libya referral'
    # read Libya: 'trips_host_referral' was no key, a traceback)
    key = asks + ("_list" if q["asks"] not in ("referrals", "assessment", "withdrawal")
                  and (not q.get("state") or q["asks"] == "trips") else "")
    if q["asks"] == "trips" and q.get("host_referral"):  # session 47 (law61): compared by a Council referral
        key += "_host_referral"
    elif q["asks"] == "trips" and q.get("host_party") is not None:  # session 46: the host's relation compared
        key += "_host_party" if q["host_party"] else "_host_not_party"
    period = (q.get("period") or "").split("/")
    span = f"from {period[0]} to {period[-1]}" if len(period) == 2 else f"by {q['on']}"
    day = q["records"][0]["date"] if q["asks"] == "statement" else q["on"]
    who = f"{q['state_name']} ({q['state']})" if q.get("state") else ""
    from iccwatch.service.record_answers import FORUM_NAMES

    forum = FORUM_NAMES.get(q.get("forum") or "", "")
    err_console.print("Read as: " + RECORD_ASKED[key].format(who=who, day=day, on=q["on"], forum=forum,
                                                              person=q.get("person_name") or "", span=span,
                                                              year=q.get("year") or "", situation=q.get("situation_name") or "",
                                                              scope=_scope(q) if q["asks"] in ("positions", "gaps") else
                                                              (f" about {q['person_name']}" if q["asks"] == "consultations"
                                                               and q.get("person_name") else "")),
                      markup=False, highlight=False)
    if json:
        emit_json({k: q.get(k) for k in ("kind", "asks", "state", "person", "forum", "on", "period", "answer", "count",
                                         "states_listed", "records", "reversed", "doubts", "in_words", "records_heading",
                                         # round 46: the index's fields, the situation asked of
                                         *(k for k in ("year", "method_version", "score", "rank", "tied", "band",
                                                       "rank_interval", "group", "situation", "answers", "in_force_on",
                                                       # round 47: positions and the enforcement gap
                                                       "changed", "court_holdings", "issues", "undecided", "stance", "stage",
                                                       "days",
                                                       # session 38: a position's form, the index's States ranked above
                                                       "form", "ranked_above",
                                                       # session 47 (law61): the comparison by a Council referral
                                                       "host_referral", "referral", "left_out",
                                                       # session 49 (law64): a count of visits' trips not counted
                                                       "not_counted")
                                           if k in q))})
        return
    console.print(q["in_words"], markup=False, highlight=False)
    if q["asks"] == "statement" and q.get("states_listed"):
        console.print(", ".join(f"{r['name']} ({r['iso3']})" for r in q["states_listed"]), markup=False, highlight=False)
    if q["records"] and q.get("records_heading"):  # round 46: the list's heading, as the page and the API say it
        console.print(q["records_heading"], markup=False, highlight=False, soft_wrap=True)
    from iccwatch.cli.output import indented

    for r in q["records"]:  # each entry by its day and title, its sources below it (session 40: as every command prints them)
        console.print(f"{r.get('date') or ''} {r.get('title') or r['id']} [{r['id']}]".lstrip(), markup=False, highlight=False)
        print_items(indented(source_items(r["sources"]), "  "))
        if reply := r.get("reply"):  # round 49: the Court's reply to a consultation, with the sources that state it
            console.print(f"  the Court replied{' on ' + reply['date'] if reply.get('date') else ''}: {reply['said']}",
                          markup=False, highlight=False, soft_wrap=True)
            print_items(indented(source_items(reply["sources"]), "  "))
    for x in q.get("doubts") or []:
        console.print(f"[yellow]doubt:[/] {x}", highlight=False)


def responses_answer(q: dict[str, Any], json: bool = False) -> None:
    """A question asking what the Assembly or the Council did about a State ('What sanctions did the Assembly impose on
    Mongolia?'): each finding of non-compliance against the State, and the forum's responses the record ties to it, or
    that the record holds none (with its note of what was searched), not the State's own duties (session 32)."""
    if json:
        emit_json({"state": q["state"], "forum": q["forum"], "findings": q["responses"]})
        return
    if not q["responses"]:
        console.print(f"The record holds no finding of non-compliance against {q['state_name']}, so no response of the "
                      f"{q['forum']} to one.", markup=False, highlight=False)
    for f in q["responses"]:
        console.print(f"Finding {f['finding']} ({f['date']}), referred to {f['referred_to']}:", markup=False, highlight=False)
        for r in f["responses"]:
            console.print(f"  {r['date']}: {r['body']} {r['kind']} ({r['id']}): {r['summary']}", markup=False, highlight=False)
        if not f["responses"]:
            console.print(f"  The record holds no response of the {q['forum']} to it"
                          + (f" ({f['responses_gap']})" if f.get("responses_gap") else "") + ".", markup=False, highlight=False)


def custody_answer(q: dict[str, Any], json: bool = False, assume: list[str] | None = None, assume_file: Path | None = None,
                   db: str | None = None) -> None:
    """A question asking who arrested or surrendered a person, or where he is held ('Who surrendered Duterte?'): the
    record's arrests and surrenders of the person (the State, the day, the event, its sources), or that it holds none,
    and his warrant's status on the day asked; not the travel map (round 37)."""
    from iccwatch import service

    with user_errors():
        facts = _facts(db, assume, assume_file)
        data = service.ask_travel(facts, q["person"], _on(q["on"]))
    if json:
        emit_json({"question": data["question"], "custody": q["custody"], "warrant": data["warrant"]})
        return
    # round 45: the person's status on the day first ('Is Duterte in custody?', 'Where is Kony?'), then the record's
    # arrests and surrenders it rests on
    console.print(data["warrant"]["conclusion"], markup=False, highlight=False)
    if not q["custody"]:
        by = f"by {q['custody_state_name']} ({q['custody_state']})" if q.get("custody_state") else "by any State"
        console.print(f"The record holds no arrest or surrender of {q['person_name']} {by}.", markup=False,
                      highlight=False)
    from iccwatch.cli.output import source_numbers
    from iccwatch.service.question import custody_said

    for c in q["custody"]:  # session 40: the event's sources as every command prints them, the handover's by number
        sources = _event_sources(facts, c["event"], c["sources"])
        numbers = source_numbers(sources)
        handed = sorted({numbers[u] for u in c.get("surrendered_sources") or [] if u in numbers})
        handover = f"; the handover's day stated by [{', '.join(map(str, handed))}]" if handed else ""
        print_items([("text", f"{custody_said(c, q['person_name'])} (event {c['event']}{handover}):")]
                    + source_items(sources, numbered=True))


def _event_sources(facts: Facts, event: str, urls: list[str]) -> list[dict[str, Any]]:
    """The sources of the event whose addresses ``urls`` are, as the record holds them, graded (publisher, grade); an
    address the event does not cite (an assumption's) as its address alone."""
    from iccwatch.dataset.grading import graded_source

    e = facts.records.events.get(event)
    held = {str(s.url): graded_source(s, facts.publishers) for s in (e.sources if e is not None else [])}
    return list(held.values()) + [{"url": u} for u in urls if u not in held]


def region_answers(q: dict[str, Any], json: bool = False, assume: list[str] | None = None, assume_file: Path | None = None,
                   db: str | None = None) -> None:
    """A question about a region and a person ('Must EU states arrest Netanyahu?'): each State of the region the record
    holds, one row each, with its answer as the travel map gives it (every State's answer is the arrest question's)."""
    from iccwatch import service

    region = q["region"]
    with user_errors():
        data = service.ask_travel(_facts(db, assume, assume_file), q["person"], _on(q["on"]))
    members = set(region["states"])
    rows = [r for r in data["states"] if r["iso3"] in members]
    if json:
        emit_json({"question": data["question"], "region": region, "warrant": data["warrant"], "states": rows})
        return
    console.print(f"{region['name']} ({len(rows)} States the record holds; {region['source']}, as of {region['as_of']}): "
                  f"must each arrest {q['person_name']} on {q['on']}?", markup=False, highlight=False)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["answer"]] = counts.get(r["answer"], 0) + 1
    console.print(", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(counts.items())), highlight=False)
    console.print(data["warrant"]["conclusion"], highlight=False)
    emit_table([{**r, "forum": forum_words(r.get("forum"))} for r in rows],
               ["iso3", "name", "answer", "category", "forum", "immunity_contested"], title=f"States of {region['name']}")
