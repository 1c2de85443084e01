"""``iccwatch ask``: the law engine's questions, with reasoning, citations and contests (Typer's side;
the commands run :mod:`iccwatch.cli.ask_run`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from iccwatch.cli import ask_run
from iccwatch.cli.common import CsvOpt, DbOpt, JsonOpt, OnOpt, not_blank


class AskGroup(TyperGroup):
    """``ask``'s commands, where a question in words may follow ``ask`` itself: a first word that names no command and
    holds a space or ends with "?" (a quoted question), or several words before the first option (an unquoted one), is
    run as ``ask question`` with those words joined. Anything else (a mistyped command name: ``ask arest --state ..``)
    stays Typer's own "No such command" error."""

    def resolve_command(self, ctx: Any, args: list[str]) -> tuple[str | None, Any, list[str]]:
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            words = []
            for a in args:
                if a.startswith("-"):
                    break
                words.append(a)
            if len(words) > 1 or any(c.isspace() for c in words[0]) or words[0].endswith("?"):
                args = ["question", " ".join(words), *args[len(words):]]
        return super().resolve_command(ctx, args)


app = typer.Typer(
    help="Ask the law engine: arrest obligations, a State's duties, a person's travel map.\n\n"
         'A question in words may follow ask directly: iccwatch ask "Must Mongolia arrest Putin on 3 September 2024?" '
         "(the same as ask question).",
    no_args_is_help=True, cls=AskGroup)

#: A "[" before a lowercase letter is escaped ("\\["): the subcommands' help reads Rich markup, which took
#: "[in SITUATION]" for a style tag and dropped it from the help.
AssumeOpt = Annotated[
    list[str] | None,
    typer.Option("--assume", metavar="<assumption>", help=(
        "What-if: assume a fact (repeatable): 'ISO3 ACTION YYYY-MM-DD' (e.g. 'IND ratification 2024-03-01'; entry into force "
        "and withdrawal dates are derived under Arts. 126(2) and 127(1); an art_98_2_agreement adds 'with ISO3', a "
        "declaration_12_3 or ad_hoc_arrangement may add 'for SITUATION'), 'warrant PERSON issued DATE \\[in SITUATION]', "
        "'warrant PERSON withdrawn DATE', 'custody PERSON DATE', 'office PERSON KIND ISO3 FROM [TO]', "
        "'referral SITUATION unsc DATE \\[obliging ISO3,ISO3]' or 'referral SITUATION ISO3 DATE' (a State's referral); "
        "quote names with spaces. See docs/law.md.")),
]
AssumeFileOpt = Annotated[Path | None, typer.Option("--assume-file", help="A file of assumptions, one a line in the --assume forms (# comments).")]


@app.command("arrest")
def arrest(
    state: Annotated[str, typer.Option("--state", help="ISO alpha-3 code (or name) of the State, e.g. MNG.", callback=not_blank)],
    person: Annotated[str, typer.Option("--person", help="The person (name or alias), e.g. 'Vladimir Putin'.", callback=not_blank)],
    on: OnOpt = None,
    json: JsonOpt = False,
    assume: AssumeOpt = None,
    assume_file: AssumeFileOpt = None,
    db: DbOpt = None,
    presence: Annotated[str, typer.Option("--presence", help="Where the person is: territory (default), airspace (a flight over "
                                          "the State), transit (a stop on the way elsewhere) or state_craft (aboard another State's warship or State aircraft "
                                          "on the territory: Art. 98(1) raised).")] = "territory",
) -> None:
    """Must the State (--state) arrest and surrender the person (--person) if the person is on its territory on the date (--on)?

    The answer ends with how to cite it, on one line ("cite as"; "citation" in --json): the answer, the record's
    version and check date, the command that asks it again, and its sources with publisher and grade."""
    ask_run.arrest(state=state, person=person, on=on, json=json, assume=assume, assume_file=assume_file, db=db, presence=presence)


@app.command("obligations")
def obligations(
    state: Annotated[str, typer.Option("--state", help="ISO alpha-3 code (or name) of the State.", callback=not_blank)],
    on: OnOpt = None,
    json: JsonOpt = False,
    assume: AssumeOpt = None,
    assume_file: AssumeFileOpt = None,
    db: DbOpt = None,
) -> None:
    """Every cooperation duty a State owes on a date, by situation, with the basis of each."""
    ask_run.obligations(state=state, on=on, json=json, assume=assume, assume_file=assume_file, db=db)


@app.command("travel")
def travel(
    person: Annotated[str, typer.Option("--person", help="The person (name or alias).", callback=not_blank)],
    on: OnOpt = None,
    json: JsonOpt = False,
    csv: CsvOpt = False,
    assume: AssumeOpt = None,
    assume_file: AssumeFileOpt = None,
    db: DbOpt = None,
) -> None:
    """For a person on a date, every State classified by what it must do if the person arrives (--csv: every
    State, one row each, for a spreadsheet or a map)."""
    ask_run.travel(person=person, on=on, json=json, assume=assume, assume_file=assume_file, db=db, csv=csv)


@app.command("question")
def question(
    text: Annotated[str, typer.Argument(help="The question in words, e.g. 'Must Mongolia arrest Putin on 3 September 2024?'")],
    json: JsonOpt = False,
    assume: AssumeOpt = None,
    assume_file: AssumeFileOpt = None,
    db: DbOpt = None,
    today: Annotated[str | None, typer.Option("--today", help="The day the question is asked, YYYY-MM-DD (default: today): "
                                              "a question naming no day, and 'last year', are read from it.")] = None,
) -> None:
    """A question in words: the State, person and day it names are read from it (said on standard error), then answered as
    arrest (a State and a person), obligations (a State) or travel (a person). No day named means today (or --today). A range ('in 2023',
    'between 2023 and 2025', 'from March to May 2024', 'last summer', 'since 21 November 2024', 'after 17 March 2023',
    'before March 2023') is read as the day of the one recorded trip within it, or its first day where the answer is the
    same on every day of it, and is refused otherwise, naming the days it changes; "March '24" is March 2024. A time named
    by an act the record dates to one day ('on the day he was arrested', 'the day after the warrant was unsealed', 'after
    his surrender', 'on the day its withdrawal took effect') is that day, or the span it opens or closes; an act the
    record does not hold, holds several times or dates only to a month is refused, naming its days. States may be named
    in English, French, German, Spanish, Italian, Portuguese, Dutch or Polish ('Deutschland', 'Polska', "l'Italia"), and
    days with those languages' months ('le 3 septembre 2024', 'am 3. September 2024'). A region ('Europe', 'the EU')
    named with a person is answered State by State, and so is a trip across several States ('a tour of Mongolia and
    China', 'su gira por Argentina y Paraguay'). Two States or two persons named together ('Must Mongolia or
    Tajikistan arrest Putin?', 'Netanyahu and Gallant', 'the same duty as Italy', 'compared with Mongolia') are each
    asked apart and every answer given. A what-if typed in words about a legal fact ('What if Ukraine had not
    ratified?', 'If Russia joined the ICC, would ...?', 'Et si la Hongrie ne s'était pas retirée ...?') is refused:
    state it with --assume. A question asking who
    arrested or surrendered a person, or where he is held ('Who surrendered Duterte?'), is answered with the record's
    arrests and surrenders of the person (State, day, event, sources) by the day asked (a month or a year: by its last
    day), or that it holds none, and his warrant's status; a city it names is where he was taken, not a State asked
    about. A weekday named alone with a duty asked in the present ('Must Germany arrest Netanyahu on Monday?', 'dimanche') is
    the coming one; in the past, the latest. A count or a list of States ('How many States are parties today?', 'Which
    States have withdrawn?', 'Combien d'États ont quitté la CPI ?', 'Which States failed to arrest al-Bashir?') is
    answered with the count and the list on the day asked (the States Parties, former parties, States that ratified or
    acceded, or those the Court found failed to arrest and surrender the person), each State with its sources, and the
    record's coverage notice; over a period in which the list changes ('between 2018 and 2020'), the States on it on
    some day of the period, each change (State, day, joined or left) and the counts on its first and last day; 'How many
    non-compliance findings concern al-Bashir?' counts the Court's findings (one upheld on appeal once); a count
    the record cannot give (Kampala ratifications, signatures, convictions, persons other than the wanted) is refused, naming why.
    What the Assembly or the Council did about a State ('What did the Security Council do after the Court's finding
    against Libya?') is answered with the Court's findings against it and the forum's responses to each. The record's
    answers a user cites are given here, with the record's entries and their sources: whether a State signed a joint
    statement named by its day or month ('Did Brazil sign the joint statement of 7 February 2025?': signed, not_signed
    where the record's list is complete, not_listed with its doubt where it is partial) or who did; which States
    sanctioned the Court or its officials, or whether one did ('Did the United States sanction the ICC prosecutor?'; a
    State's other measures against the Court are listed apart, never called sanctions); how many of the Court's findings
    were referred to the Assembly or the Security Council (a referral reversed on appeal not counted). A statement the
    record does not hold on the day named, or a question naming none, is refused saying so; a month holding two is
    answered for each ('mixed' where they differ); 'Which sanctions ... were in force on 1 March 2025?' counts those
    dated by the day whose end the record dates after it. Who is wanted ('Who is
    wanted by the ICC?', 'How many people are at large?', 'Qui est recherché par la CPI ?') is the persons with a
    warrant of arrest outstanding on the day asked, counted by person, each with their status and sources; a person's
    trips ('Which States has Putin visited since his warrant?', 'since 2025') are the record's visits from the warrant's
    day or the day named, each with the host's relation to the Statute and what it did; how a State complied when a
    person visited ('How did Mongolia comply when Putin visited?') is the record's assessment of the event; a person's
    custody asked alone ('Is Duterte in custody?', 'Where is Kony?') is answered as 'Who surrendered ...?' is; 'in the
    Darfur situation' narrows the wanted to one situation. A State's score or rank in the index ('Why does Hungary rank
    where it does?', 'What is Chile's score and how certain is it?') is the index's own explain for the year named or
    the last whole year: score, rank, ties, the rank's interval over the draws, band, coverage and the method's version;
    'Which States rank lowest?' is each peer group's lowest band. 'When did Burundi's withdrawal take effect?' is the
    record's day of effect, or none with why; 'Which persons were surrendered in 2025?' the record's surrenders;
    'Which States have been found in non-compliance more than once?' counts each finding once. A record answer's list
    has a heading, the same words as the page and the API. A name in the German or Dutch genitive ('Putins Besuch',
    'Ungarns Pflicht', 'die Pflicht Ungarns') names the person or the State; a noun of a duty ('Aufgabe', 'plicht',
    'compito') asks of the law and is no first name. What a State has said on a person's immunity or on its duty after
    withdrawing ('What is France's position on Netanyahu's immunity?', 'What did the Philippines say about Article
    127?') is its recorded positions, the latest's meaning if followed and the Court's holdings on point as the contrary
    view; 'Which States have said they would not arrest Netanyahu?' lists each State by its latest position. The
    enforcement gap ('Which failures to arrest were never followed by a finding?', 'Which referrals to the Assembly have
    had no response?', 'How long did the Court take to find Mongolia in non-compliance?', 'What is the enforcement gap
    for Chad?') is the chain of `assess gaps`, asked of a past day with the findings made by then. 'Quels États doivent
    arrêter Poutine ?' is the travel map, as 'Which States must arrest Putin?' is. 'Which States asked the Court for
    consultations under Article 97?' lists the record's consultations, each dated where its sources date it, with the
    Court's reply where the record states it (a State that only spoke of consultations is named in a doubt); 'Which
    States pledged safe passage to Netanyahu?' ('gave him overflight assurances', 'claimed he has immunity') lists the
    positions of that form, and the 'would not arrest' list groups its States by them ('Which States pledged that
    al-Bashir would not be arrested?', 'What did France say about an overflight assurance for Netanyahu?', 'Did Chad
    claim that al-Bashir had immunity?' too); 'Why does Hungary rank where it
    does?' names the States ranked just above and the pillars where they lead."""
    ask_run.question(text=text, json=json, assume=assume, assume_file=assume_file, db=db, today=today)
