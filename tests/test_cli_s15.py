"""The CLI tried as a lawyer, a journalist or a diplomat would (session 15): what is printed reads as text in
a terminal, and a mistyped store or name is a clear error that changes nothing. Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iccwatch.cli import app

runner = CliRunner()


def test_index_audit_prints_text_not_markdown_and_markdown_on_request(cli) -> None:  # noqa: ANN001
    """`index audit` printed the Markdown of docs/index-method.md as it is (pipes, hashes and backticks),
    wrapped at the terminal's width so that its tables broke; it now prints the tables drawn and the
    headings as text, and `--markdown` gives the Markdown itself, one table row a line. (Slow: 20 draws.)"""
    code, out, err = cli("index", "audit", "--samples", "20")
    assert code == 0, err
    assert "|---|" not in out and "### " not in out and "`" not in out
    assert "States Parties" in out and "Cronbach" in out and "acceptance_of_jurisdiction" in out
    code, md, err = cli("index", "audit", "--samples", "20", "--markdown")
    assert code == 0, err
    assert "### States Parties" in md and "| indicator | applies to | with data | coverage | scored |" in md
    rows = [line for line in md.splitlines() if line.startswith("| `")]
    assert rows and all(line.endswith("|") for line in rows)  # a table row is never cut in two
    code, _, err = cli("index", "audit", "--samples", "20", "--markdown", "--json")
    assert code == 2 and "--markdown" in err


@pytest.mark.parametrize("args", [["states"], ["state", "HUN"], ["ask", "arrest", "--state", "MNG", "--person", "Putin"],
                                  ["persons", "--json"], ["index", "--samples", "0"], ["serve", "--port", "8796"]])
def test_a_mistyped_db_path_is_refused_not_built(tmp_path: Path, args: list[str]) -> None:
    """`--db` naming a file that does not exist built a new store there, silently answering from it; a
    command that reads now refuses, naming the path and how to build one, and creates nothing."""
    db = tmp_path / "iccwach.sqlite"
    result = runner.invoke(app, [*args, "--db", str(db)])
    out = result.stdout + (result.stderr or "")
    assert result.exit_code == 2, out
    assert "--db" in result.stderr and str(db) in result.stderr and "iccwatch data build" in result.stderr
    assert "Traceback" not in out and not db.exists() and list(tmp_path.iterdir()) == []


def test_a_mistyped_store_in_the_environment_is_refused_naming_the_variable(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "nosuch" / "store.sqlite"
    monkeypatch.setenv("ICCWATCH_DB", str(db))
    result = runner.invoke(app, ["states"])
    assert result.exit_code == 2 and "ICCWATCH_DB" in result.stderr and str(db) in result.stderr
    assert result.stderr.startswith("error: ICCWATCH_DB") and not db.parent.exists()


@pytest.mark.parametrize(("typed", "meant"), [("Hungry", "Hungary (HUN)"), ("Mongolai", "Mongolia (MNG)"),
                                               ("south afrika", "South Africa (ZAF)")])
def test_a_misspelled_state_is_answered_with_the_state_meant(cli, typed: str, meant: str) -> None:  # noqa: ANN001
    """A misspelled person got "did you mean"; a misspelled State got only "give an ISO code"."""
    code, _, err = cli("state", typed)
    assert code == 2 and f"did you mean {meant}?" in err, err


def test_a_state_name_nothing_like_any_suggests_none(cli) -> None:  # noqa: ANN001
    code, _, err = cli("state", "Atlantis")
    assert code == 2 and "unknown state 'Atlantis'" in err and "did you mean" not in err


def test_a_warrant_without_a_recorded_case_number_says_so(cli) -> None:  # noqa: ANN001
    """`person` printed an empty case-number cell (and left the line out of a narrow card), which reads as
    "the warrant has no case"; it now says the record holds none. --json keeps the field absent."""
    code, out, err = cli("person", "benjamin-netanyahu")
    assert code == 0, err
    assert "not recorded" in out
    code, out, err = cli("person", "ismail-haniyeh")
    assert code == 0 and "none (an application)" in out, out
    code, out, _ = cli("person", "benjamin-netanyahu", "--json")
    assert all("case_number" not in w for w in json.loads(out)["warrants"])


@pytest.mark.parametrize(("partial", "last_day"), [("2015-06", "2015-06-30"), ("2024-02", "2024-02-29"), ("2015", "2015-12-31")])
@pytest.mark.parametrize("command", ["events", "decisions"])
def test_until_a_month_or_a_year_lists_what_had_happened_by_its_end(cli, command: str, partial: str, last_day: str) -> None:  # noqa: ANN001
    """`events --until 2024-12` was refused with the hint of a question ("a question is asked on one day");
    a list up to a month or a year is the list up to its last day."""
    code, by_period, err = cli(command, "--until", partial, "--json")
    assert code == 0, err
    _, by_day, _ = cli(command, "--until", last_day, "--json")
    assert json.loads(by_period) == json.loads(by_day)
    _, everything, _ = cli(command, "--json")
    assert 0 < len(json.loads(by_period)) < len(json.loads(everything))


@pytest.mark.parametrize("bad", ["2024-13", "2024-02-30", "Dec 2024", "2024-12-"])
def test_until_still_refuses_what_is_not_a_date(cli, bad: str) -> None:  # noqa: ANN001
    code, _, err = cli("events", "--until", bad)
    assert code == 2 and "--until" in err and repr(bad) in err, err


def test_a_misspelled_name_in_a_list_or_a_search_gets_did_you_mean(cli) -> None:  # noqa: ANN001
    """`persons Putn` printed "persons: none recorded" (read as: no one is under a warrant) and `search putn`
    gave no hint; both now say no name matches and suggest the closest, as `person Putn` does."""
    code, out, _ = cli("persons", "Putn")
    assert code == 0 and "none recorded" not in out
    assert "No person's name or alias in the record matches 'Putn'. Did you mean 'Vladimir Vladimirovich Putin'?" in " ".join(out.split())
    code, out, _ = cli("search", "putn")
    assert code == 0 and "Did you mean 'Vladimir Vladimirovich Putin'?" in " ".join(out.split())
    code, out, _ = cli("persons", "Putn", "--json")
    assert code == 0 and json.loads(out) == []  # the machine-readable answer is still the empty list


def test_the_travel_map_comes_as_csv_one_row_a_state(cli, db_url: str) -> None:  # noqa: ANN001
    """`ask travel --csv` was "No such option"; a journalist mapping where a person may travel needs every
    State in a spreadsheet, each row with the person and the day asked."""
    import csv
    import io

    code, out, err = cli("ask", "travel", "--person", "putin", "--on", "2024-09-03", "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    _, js, _ = cli("ask", "travel", "--person", "putin", "--on", "2024-09-03", "--json")
    states = json.loads(js)["states"]
    assert [r["iso3"] for r in rows] == [s["iso3"] for s in states] and len(rows) > 150
    mng = next(r for r in rows if r["iso3"] == "MNG")
    assert mng["category"] == next(s["category"] for s in states if s["iso3"] == "MNG")
    assert {r["on"] for r in rows} == {"2024-09-03"} and {r["person"] for r in rows} == {"vladimir-vladimirovich-putin"}
    code, _, err = cli("ask", "travel", "--person", "putin", "--csv", "--json")
    assert code == 2 and "not both" in err


def _commands() -> list[list[str]]:
    from iccwatch.cli import COMMANDS, load_command

    out = []
    for name in COMMANDS:
        command = load_command(name)
        out.append([name])
        out += [[name, sub] for sub in getattr(command, "commands", {})]
    return out


def test_no_flag_is_shown_as_taking_a_value() -> None:
    """Every command's --help showed "--json <bool>" (Typer's type column), which reads as "--json true", an
    error; a flag now shows no type, and an option taking a value keeps its."""
    checked = 0
    for path in _commands():
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "120"})
        assert result.exit_code == 0, (path, result.output)
        assert "<bool>" not in result.output, path
        checked += 1
    assert checked > 20
    assert "<str>" in runner.invoke(app, ["events", "--help"], env={"COLUMNS": "120"}).output


def test_a_persons_nationality_is_named(cli) -> None:  # noqa: ANN001
    """`person` printed "nationality: RUS"; the dashboard names the State, and so does the CLI now (with its code)."""
    code, out, err = cli("person", "putin")
    assert code == 0, err
    assert "nationality: Russia" in out and "(RUS)" in out.splitlines()[0], out.splitlines()[0]


def test_a_persons_status_in_the_list_reads_all_their_warrants(db_url: str) -> None:
    """The persons list gave the status of the warrant the record happened to list last: Abdallah Banda
    read 'appeared voluntarily' (his summons, 2010) though at large under the arrest warrant of 2014, and
    Omar Al-Bashir 'issued' (his second warrant) though at large under the first. A person with one
    warrant keeps that warrant's status."""
    from iccwatch.facts import Facts
    from iccwatch.service.persons import persons_list, status_on
    from iccwatch.store.read import read_records

    facts = Facts(read_records(db_url))
    rows = {r["id"]: r["status"] for r in persons_list(facts)}
    assert rows["abdallah-banda-abakaer-nourain"] == "at_large"
    assert rows["omar-hassan-ahmad-al-bashir"] == "at_large"
    by_person: dict[str, list] = {}
    for w in facts.records.warrants.values():
        by_person.setdefault(w.person, []).append(w)
    single = [(pid, ws[0]) for pid, ws in by_person.items() if len(ws) == 1]
    assert len(single) > 40 and all(rows[pid] == status_on(facts, w, None) for pid, w in single)
    # before the arrest warrant of 2014, his summons' status stands
    import datetime as dt

    early = {r["id"]: r["status"] for r in persons_list(facts, None, dt.date(2012, 1, 1))}
    assert early["abdallah-banda-abakaer-nourain"] == "appeared_voluntarily"
