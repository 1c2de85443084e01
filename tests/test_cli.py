"""The CLI: the issue's commands, their JSON shapes, errors, and help on every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from tests.record_assertions import parties_on
from typer.testing import CliRunner

from iccwatch.cli import app

runner = CliRunner()


@pytest.fixture
def cli(db_url: str):  # noqa: ANN201
    def run(*args: str) -> tuple[int, str]:
        result = runner.invoke(app, [*args, "--db", db_url] if args[0] not in ("data",) else list(args))
        return result.exit_code, result.stdout + (result.stderr or "")

    return run


def test_state_json_shape(cli) -> None:  # noqa: ANN001
    code, out = cli("state", "HUN", "--on", "2026-07-01", "--json")
    assert code == 0, out
    data = json.loads(out)
    for key in ("iso3", "name", "on", "party", "status", "sources", "doubts", "reasoning", "citations"):
        assert key in data
    assert data["iso3"] == "HUN" and data["on"] == "2026-07-01"
    assert data["party"] is False and data["certain"] is False
    assert all(s["url"].startswith("http") for s in data["sources"])


def test_states_count(cli) -> None:  # noqa: ANN001
    for day, expected in parties_on().items():  # the counts data/assertions.yaml states
        code, out = cli("states", "--party", "--on", day.isoformat(), "--count")
        assert code == 0 and out.strip() == str(expected)


def test_person_by_alias(cli) -> None:  # noqa: ANN001
    code, out = cli("person", "Omar Hassan Ahmad Al Bashir", "--json")
    assert code == 0, out
    data = json.loads(out)
    assert data["id"] == "omar-hassan-ahmad-al-bashir"
    assert {d["state"] for d in data["decisions"]} >= {"MWI", "TCD", "JOR", "ZAF", "MNG"} - {"MNG"}


def test_filters(cli) -> None:  # noqa: ANN001
    code, out = cli("decisions", "--state", "JOR", "--json")
    assert code == 0
    assert [d["date"] for d in json.loads(out)] == ["2017-12-11", "2019-05-06"]
    code, out = cli("events", "--person", "Putin", "--year", "2024", "--json")
    rows = json.loads(out)
    # Every row matches both filters, and the 2024 trips the record has long held are among them.
    assert all(e["person"] == "vladimir-vladimirovich-putin" and e["date"].startswith("2024") for e in rows)
    assert {e["state"] for e in rows} >= {"CHN", "PRK", "AZE", "MNG", "VNM", "UZB"}
    code, out = cli("statements", "--state", "SVN", "--json")
    assert len(json.loads(out)) >= 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("state", "XYZ"), "unknown state"),
        (("state", "HUN", "--on", "2025-13-01"), "not a real calendar date"),
        (("person", "Nobody Atall"), "no person"),
        (("export", "everything"), "unknown export kind"),
        (("state", "HUN", "--assume", "HUN leaves 2026"), "unknown action"),
        (("state", "HUN", "--assume", "Hungary leaves"), "cannot read assumption"),
    ],
)
def test_bad_input_gets_a_clear_error(cli, args: tuple[str, ...], message: str) -> None:  # noqa: ANN001
    code, out = cli(*args)
    assert code != 0
    assert message in out
    assert "Traceback" not in out


def test_export_csv_header(cli) -> None:  # noqa: ANN001
    code, out = cli("export", "states-parties", "--format", "csv")
    assert code == 0
    assert out.splitlines()[0].startswith("iso3,state,signed,ratified_or_acceded,entry_into_force,withdrawal_notified,withdrawal_effective")


def _commands(group, prefix=()):  # noqa: ANN001, ANN202
    import typer.main

    click_group = typer.main.get_command(group)
    stack = [(prefix, click_group)]
    while stack:
        path, cmd = stack.pop()
        yield path, cmd
        if hasattr(cmd, "list_commands"):
            for name in cmd.list_commands(None):
                stack.append(((*path, name), cmd.get_command(None, name)))


def test_every_command_has_help() -> None:
    for path, cmd in _commands(app):
        assert (cmd.help or "").strip(), f"command {' '.join(path) or 'iccwatch'} has no help"
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0


def test_installed_console_script_runs(db_url: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "iccwatch", "state", "UKR", "--on", "2025-01-01", "--json", "--db", db_url],
        capture_output=True, text=True, check=True,
    )
    assert json.loads(out.stdout)["party"] is True


def test_ask_arrest_json_shape(cli) -> None:  # noqa: ANN001
    code, out = cli("ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03", "--json")
    assert code == 0, out
    d = json.loads(out)
    for key in ("answer", "basis", "forum", "reasoning", "contested", "assumptions", "missing_facts"):
        assert key in d
    assert d["answer"] == "obliged" and d["forum"] == "ASP" and "RS art 89(1)" in d["basis"]
    assert any(not p["court"] for p in d["contested"])


def test_ask_with_assumption_file(cli, tmp_path) -> None:  # noqa: ANN001
    f = tmp_path / "assume.txt"
    f.write_text("# what if Hungary revoked its notice\nHUN withdrawal_revoked 2026-05-29\n")
    code, out = cli("ask", "arrest", "--state", "HUN", "--person", "Netanyahu", "--on", "2026-07-01", "--assume-file", str(f), "--json")
    assert code == 0, out
    d = json.loads(out)
    assert d["assumptions"] == ["HUN withdrawal_revoked 2026-05-29"]
    assert "RS art 86" in d["basis"]
    f.write_text("HUN leaves\n")
    code, out = cli("ask", "arrest", "--state", "HUN", "--person", "Netanyahu", "--assume-file", str(f))
    assert code != 0 and "assume.txt:1" in out


def test_ask_travel_and_obligations(cli) -> None:  # noqa: ANN001
    code, out = cli("ask", "travel", "--person", "Benjamin Netanyahu", "--on", "2025-04-03", "--json")
    assert code == 0
    d = json.loads(out)
    # Every State is classified, and those bound by the Statute are exactly the parties on that date.
    code, parties = cli("states", "--party", "--on", "2025-04-03", "--count", "--json")
    code, every = cli("states", "--json")
    assert d["counts"]["bound_by_statute"] == json.loads(parties)["count"]
    assert len(d["states"]) == len(json.loads(every))
    code, out = cli("ask", "obligations", "--state", "HUN", "--on", "2025-04-03", "--json")
    assert code == 0
    assert "palestine" in {s["situation"] for s in json.loads(out)["situations"]}


def test_top_level_help_lists_every_command_with_its_own_first_line() -> None:
    """The lazy entry point lists commands without importing them: its one-line helps must not drift."""
    from iccwatch.cli import COMMANDS, load_command

    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name, (_, _, line) in COMMANDS.items():
        assert name in result.stdout
        own = (load_command(name).help or "").strip().splitlines()[0]
        assert own == line, name


def test_help_does_not_import_the_record_or_the_law() -> None:
    code = ("import sys; from iccwatch.cli import app; from typer.testing import CliRunner; "
            "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in sys.modules if m.startswith(('iccwatch.facts', 'iccwatch.law', 'iccwatch.store', 'sqlalchemy', 'pydantic'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_version() -> None:
    from iccwatch import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"iccwatch {__version__}"


def test_misspelled_person_and_command_get_a_suggestion(cli) -> None:  # noqa: ANN001
    code, out = cli("ask", "arrest", "--state", "MNG", "--person", "Vladimir Putn", "--on", "2024-09-03")
    assert code != 0 and "Did you mean 'Vladimir Vladimirovich Putin'?" in out
    result = runner.invoke(app, ["stats"])
    assert result.exit_code != 0 and "Did you mean 'states'?" in result.output


def test_on_means_as_at_and_until_limits_lists(cli) -> None:  # noqa: ANN001
    code, out = cli("decisions", "--state", "JOR", "--until", "2018-01-01", "--json")
    assert code == 0 and [d["date"] for d in json.loads(out)] == ["2017-12-11"]
    code, out = cli("decisions", "--on", "2018-01-01")
    assert code != 0  # --on is "as at" only; lists of what happened take --until
    code, out = cli("ask", "arrest", "--state", "MNG", "--person", "Putin", "--on", "2024-09")
    assert code != 0 and "is a month" in out and "YYYY-MM-DD" in out
    # a list up to a month is the list up to its last day (session 15: it was refused as a question is)
    code, out = cli("decisions", "--until", "2024-09", "--json")
    assert code == 0 and out == cli("decisions", "--until", "2024-09-30", "--json")[1]


def test_sources_printed_once_each_and_urls_never_wrapped(db_url: str) -> None:
    env = {**__import__("os").environ, "COLUMNS": "60", "ICCWATCH_DB": db_url}
    out = subprocess.run([sys.executable, "-m", "iccwatch", "ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03"],
                         capture_output=True, text=True, check=True, env=env).stdout
    urls = [line.strip() for line in out.splitlines() if line.strip().startswith("http")]
    assert urls and len(urls) == len(set(urls))
    for line in out.splitlines():  # a URL is alone on its line and whole: the next line never continues it
        assert "://" not in line or line.strip().startswith("http") or "<http" not in line
    long = [u for u in urls if len(u) > 60]
    assert long, "the test needs a URL longer than the terminal"


def test_export_kinds_in_help_match_the_service() -> None:
    from iccwatch import service
    from iccwatch.cli.query_commands import EXPORT_KINDS

    assert tuple(EXPORT_KINDS) == tuple(service.EXPORT_KINDS)


def test_serve_reports_a_busy_port_before_any_banner(db_url: str) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "iccwatch", "serve", "--port", str(port), "--db", db_url],
                             capture_output=True, text=True, timeout=60)
    assert out.returncode != 0
    assert "--port" in out.stderr and "dashboard on" not in out.stdout


# ---- the fast path: plain questions read without Typer (iccwatch.cli.fast)

def test_fast_path_declares_the_options_of_the_typer_commands() -> None:
    """The hand-read options must be exactly the Typer commands' (names, flags, repeatable, required)."""
    from iccwatch.cli import load_command
    from iccwatch.cli.fast import SPECS

    group = load_command("ask")
    # every command of options alone is read by the fast path ('ask question' takes its text as an argument)
    options_only = {n for n in group.list_commands(None)
                    if not any(p.param_type_name == "argument" for p in group.get_command(None, n).params)}
    assert options_only == set(SPECS)
    for name, (valued, flags, repeatable, required) in SPECS.items():
        options = [p for p in group.get_command(None, name).params if p.name != "help"]
        names = {o: p for p in options for o in p.opts}
        assert set(names) == valued | flags, name
        assert {o for o, p in names.items() if p.is_flag} == flags, name
        assert {o for o, p in names.items() if p.multiple} == repeatable, name
        assert {o for o, p in names.items() if p.required} == required, name
        assert all(len(p.opts) == 1 and not p.secondary_opts for p in options), name


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", "arrest", "--help"],
        ["ask", "arrest", "--state", "MNG"],  # a required option missing
        ["ask", "arrest", "--state", "MNG", "--state", "HUN", "--person", "Putin"],  # given twice
        ["ask", "arrest", "--state", "--person", "Putin"],  # a value that looks like an option
        ["ask", "arrest", "--state", "MNG", "--person"],  # no value
        ["ask", "arrest", "--state", "MNG", "--person", "Putin", "extra"],
        ["ask", "arrest", "--state", "MNG", "--person", "Putin", "--json=yes"],
        ["ask", "arrest", "--state", "MNG", "--person", "Putin", "--unknown", "x"],
        ["ask", "obligations", "--state", "MNG", "--person", "Putin"],  # not an option of this command
        ["ask", "--help"],
        ["ask"],
        ["state", "MNG"],
        ["--help"],
        [],
    ],
)
def test_fast_path_leaves_anything_unusual_to_typer(argv: list[str]) -> None:
    from iccwatch.cli.fast import parse

    assert parse(argv) is None


def test_fast_path_reads_options_as_click_does() -> None:
    from pathlib import Path

    from iccwatch.cli.fast import parse

    assert parse(["ask", "arrest", "--person=Vladimir Putin", "--json", "--state", "MNG", "--assume", "a b", "--assume=c",
                  "--assume-file", "f.txt", "--db", "x.sqlite"]) == (
        "arrest", {"state": "MNG", "person": "Vladimir Putin", "json": True, "assume": ["a b", "c"],
                   "assume_file": Path("f.txt"), "db": "x.sqlite"})
    assert parse(["ask", "travel", "--person", "Putin", "--on", "2024-09-03"]) == (
        "travel", {"person": "Putin", "on": "2024-09-03", "json": False, "csv": False, "assume": None})


@pytest.mark.parametrize(
    "args",
    [
        ("ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03"),
        ("ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03", "--json"),
        ("ask", "arrest", "--state", "HUN", "--person", "Netanyahu", "--on", "2026-07-01", "--assume", "HUN withdrawal_revoked 2026-05-29"),
        ("ask", "arrest", "--state", "MNG", "--person", "Vladimir Putn", "--on", "2024-09-03"),
        ("ask", "arrest", "--state", "XYZ", "--person", "Putin", "--on", "2024-09-03"),
        ("ask", "arrest", "--state", "MNG", "--person", "Putin", "--on", "2024-09"),
        ("ask", "arrest", "--state", "HUN", "--person", "Putin", "--assume", "Hungary leaves"),
        ("ask", "obligations", "--state", "HUN", "--on", "2025-04-03"),
        ("ask", "travel", "--person", "Benjamin Netanyahu", "--on", "2025-04-03"),
    ],
)
def test_fast_path_answers_as_typer_does(db_url: str, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    """Same output, same errors, same exit code, whether the fast path or Typer reads the command line."""
    from iccwatch.cli.fast import run_fast

    argv = [*args, "--db", db_url]
    typer_run = runner.invoke(app, argv)
    capsys.readouterr()
    code = 0
    try:
        assert run_fast(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    assert (code, out.out, out.err) == (typer_run.exit_code, typer_run.stdout, typer_run.stderr)


def test_a_plain_question_imports_neither_typer_nor_rich_for_json(db_url: str) -> None:
    code = ("import sys; from iccwatch.cli import main; "
            f"main(['ask', 'arrest', '--state', 'MNG', '--person', 'Putin', '--on', '2024-09-03', '--json', '--db', {db_url!r}]); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'click', 'rich', 'sqlalchemy'}), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["answer"] == "obliged"
    assert out.stderr.strip() == "[]"


def test_text_is_printed_as_written_even_with_emoji_codes(capsys: pytest.CaptureFixture[str]) -> None:
    from iccwatch.cli.output import print_sources

    print_sources([{"url": "https://example.org/a:x:b", "title": "Statement :smile: of 1 May", "grade": "B"}])
    out = capsys.readouterr().out
    assert "https://example.org/a:x:b" in out and ":smile:" in out


# ---- the answer for people, laid out without Rich where Rich would print no styles


def _rich_text(items: list, width: int) -> str:  # noqa: ANN001
    import io

    from rich.console import Console

    from iccwatch.cli.output import print_rich

    out = io.StringIO()
    print_rich(items, Console(file=out, width=width, highlight=False, emoji=False, force_terminal=False))
    return out.getvalue()


def test_answers_laid_out_without_rich_are_rich_s_own(db_url: str) -> None:
    """Every person's arrest answer, in States with different duties, at several widths: the text laid
    out without Rich is byte for byte what Rich prints (or the printer falls back to Rich)."""
    import datetime as dt

    from iccwatch import service
    from iccwatch.cli.ask_run import _determination_items
    from iccwatch.cli.plain_text import render
    from iccwatch.facts import Facts
    from iccwatch.store.read import read_records

    facts = Facts(read_records(db_url, plain=True))
    persons = sorted({w.person for w in facts.records.warrants.values()})
    compared = 0
    for n, person in enumerate(persons):
        for state in ("MNG", "HUN", "USA", "TJK", "ZAF")[n % 3:n % 3 + 3]:
            items = _determination_items(service.ask_arrest(facts, state, person, dt.date(2025, 4, 3)))
            for width in (80, 57, 131):
                text = render(items, width)
                if text is not None:
                    assert text == _rich_text(items, width), (person, state, width)
                    compared += 1
    assert compared >= len(persons) * 3 * 3 * 0.9  # nearly every answer is laid out without Rich


def test_wrapping_is_rich_s_on_any_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from iccwatch.cli.plain_text import render

    words = st.text(alphabet="ab c-é→[]\\/\n:", min_size=0, max_size=300)

    @settings(max_examples=300, deadline=None)
    @given(words, st.integers(min_value=40, max_value=140), st.sampled_from(["markup", "text", "url"]))
    def check(text: str, width: int, kind: str) -> None:
        items = [(kind, text), ("tree", ("root " + text, [(text, [(text, [])]), ("x " * 30, [])]))]
        try:
            expected = _rich_text(items, width)
        except Exception:  # noqa: BLE001 (markup Rich refuses: the plain printer must not print it either)
            assert render(items, width) is None
            return
        laid_out = render(items, width)
        assert laid_out is None or laid_out == expected

    check()


def test_only_one_cell_characters_are_laid_out_without_rich() -> None:
    from rich.cells import cell_len

    from iccwatch.cli.plain_text import _ONE_CELL

    allowed = [chr(i) for i in range(0x3000) if _ONE_CELL.fullmatch(chr(i)) and chr(i) != "\n"]
    assert len(allowed) > 1000 and all(cell_len(c) == 1 for c in allowed)
    assert not _ONE_CELL.fullmatch("\u0301") and not _ONE_CELL.fullmatch("\u4e2d") and not _ONE_CELL.fullmatch("\t")


def test_rich_lays_out_what_would_be_styled(monkeypatch: pytest.MonkeyPatch) -> None:
    from iccwatch.cli.plain_text import plain_width

    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    monkeypatch.setenv("COLUMNS", "97")
    assert plain_width() == 97
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert plain_width() is None
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert plain_width() == 97
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    assert plain_width() is None
    monkeypatch.delenv("TTY_COMPATIBLE")
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    assert plain_width() is None


def test_a_question_for_people_does_not_import_rich_outside_a_terminal(db_url: str) -> None:
    code = ("import sys; from iccwatch.cli import main; "
            f"main(['ask', 'arrest', '--state', 'MNG', '--person', 'Putin', '--on', '2024-09-03', '--db', {db_url!r}]); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'click', 'rich', 'sqlalchemy', 'pydantic'}), file=sys.stderr)")
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.startswith("Must Mongolia arrest") and "reasoning\n└── " in out.stdout
    assert out.stderr.strip() == "[]"


def _emitted_table(monkeypatch: pytest.MonkeyPatch, rows: list[dict[str, str]], columns: list[str], width: int,
                   title: str) -> str:
    """What ``output.emit_table`` prints for ``rows`` on a terminal ``width`` columns wide."""
    import io

    from rich.console import Console

    from iccwatch.cli import output

    buf = io.StringIO()
    monkeypatch.setattr(output, "console", Console(file=buf, width=width, highlight=False, emoji=False))
    output.emit_table(rows, columns, title=title)
    return buf.getvalue()


@pytest.mark.parametrize("width", [60, 80, 200])
def test_tables_that_cannot_fit_become_one_block_per_row(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A table is printed as a table when each column can keep a readable width on the terminal, and
    otherwise as one block of "column: value" lines per row; either way every value is printed whole
    (a filing number is never cut to "ICC-02/05…")."""
    rows = [{"date": "2010-05-25", "state_name": "Sudan", "finding": "non_compliance",
             "record_number": "ICC-02/05-01/07-57", "note": "referred to the Security Council under Art. 87(7)"},
            {"date": "2011-12-12", "state_name": "Malawi", "finding": "non_compliance",
             "record_number": "ICC-02/05-01/09-139", "note": ""}]
    text = _emitted_table(monkeypatch, rows, ["date", "state_name", "finding", "record_number", "note"], width, "decisions")
    # date 10, state 10, finding 12, filing number 19 (whole), note 12, and 16 for padding and rules
    as_table = "┃" in text
    assert as_table == (width >= 79)
    assert "ICC-02/05-01/09-139" in text and "ICC-02/05-01/07-57" in text
    if not as_table:
        assert "record number: ICC-02/05-01/09-139" in text and "note: " not in text.split("Malawi")[1]
        for line in text.splitlines():
            assert len(line) <= width or line.startswith("note:")
        for r in rows:
            for v in r.values():  # a stored code in words ("non_compliance" as "non-compliance")
                assert v.replace("non_", "non-").replace("_", " ") in text


def test_the_month_hint_is_one_text() -> None:
    from iccwatch.cli.base import MONTH_HINT
    from iccwatch.service.inputs import MONTH_HINT as SERVICE_HINT

    assert MONTH_HINT == SERVICE_HINT


def test_an_unknown_status_is_refused_naming_the_option(cli) -> None:  # noqa: ANN001
    code, out = cli("states", "--status", "partyy")
    assert code == 2 and "--status" in out and "former_party" in out and "Traceback" not in out


def test_every_status_given_is_one_the_status_filter_takes(db_url: str) -> None:
    """The list --status takes is every status the law gives (so a real status is never refused)."""
    import datetime as dt

    from iccwatch.service.loading import open_facts
    from iccwatch.service.states import STATUSES, states_list
    from iccwatch.settings import Settings

    facts = open_facts(Settings.from_env(db=db_url))
    seen = {r["status"] for y in range(1998, 2031, 2) for r in states_list(facts, dt.date(y, 7, 1))}
    assert seen <= set(STATUSES) and {"party", "former_party", "signatory", "non_party"} <= seen


def test_a_year_out_of_range_is_refused(cli) -> None:  # noqa: ANN001
    code, out = cli("decisions", "--year", "99999")
    assert code == 2 and "--year" in out


@pytest.mark.parametrize("kind", ["garbage", "foreign"])
def test_a_store_that_is_not_ours_is_a_clear_error_and_left_unchanged(tmp_path, kind: str) -> None:  # noqa: ANN001
    import sqlite3

    db = tmp_path / "x.sqlite"
    if kind == "garbage":
        db.write_bytes(b"not a database at all")
    else:  # another program's database: a build would replace the whole file
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE notes (x)")
        con.execute("INSERT INTO notes VALUES ('kept')")
        con.commit()
        con.close()
    before = db.read_bytes()
    doc = tmp_path / "note.txt"
    doc.write_text("Yoav Gallant arrived in Rome on Monday.")
    for args in (["state", "HUN"], ["states", "--json"], ["ask", "arrest", "--state", "MNG", "--person", "Putin"], ["data", "build"],
                 ["assess", "gaps"], ["monitor", "ingest", str(doc), "--date", "2025-01-01"], ["monitor", "evaluate"]):
        result = runner.invoke(app, [*args, "--db", str(db)])
        out = result.stdout + (result.stderr or "")
        assert result.exit_code == 2 and "--db" in out and str(db) in out and "Traceback" not in out, (args, out)
    assert db.read_bytes() == before and doc.read_text() == "Yoav Gallant arrived in Rome on Monday."


def test_an_unreachable_database_is_a_clear_error_without_its_password() -> None:
    result = runner.invoke(app, ["states", "--db", "postgresql+psycopg://someone:s3cret@127.0.0.1:1/iccwatch"])
    out = result.stdout + (result.stderr or "")
    assert result.exit_code == 2 and "--db" in out and "s3cret" not in out and "Traceback" not in out
    result = runner.invoke(app, ["states", "--db", "nosuchdriver://x/y"])
    assert result.exit_code == 2 and "--db" in (result.stdout + (result.stderr or ""))


@pytest.mark.parametrize(("command", "key"), [("situations", "id"), ("decisions", "id"), ("events", "id"),
                                              ("statements", "id"), ("persons", "id"), ("states", "iso3")])
def test_json_and_csv_give_the_same_rows_and_sources(cli, command: str, key: str) -> None:  # noqa: ANN001
    import csv
    import io
    import re

    code, out_json = cli(command, "--json")
    assert code == 0, out_json
    code, out_csv = cli(command, "--csv")
    assert code == 0, out_csv
    rows = json.loads(out_json)
    table = list(csv.DictReader(io.StringIO(out_csv)))
    assert [str(r[key]) for r in rows] == [r[key] for r in table]
    for r, t in zip(rows, table, strict=True):
        for field, value in r.items():  # dates stay ISO 8601 in both
            if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
                assert t[field] == value
        if r.get("sources"):
            assert t["source_urls"].split(" ") == [s["url"] for s in r["sources"]]
            assert all("grade" in s and "primary" in s and s.get("publisher") for s in r["sources"])
            assert len(t["sources_cited"].split(" | ")) == len(r["sources"])


@pytest.mark.parametrize("args", [["export", "states"], ["report", "gaps"], ["report", "state", "HUN"]])
def test_an_output_that_cannot_be_written_is_a_clear_error(cli, tmp_path, args: list[str]) -> None:  # noqa: ANN001
    code, out = cli(*args, "-o", str(tmp_path))  # a folder
    assert code == 2 and "--output" in out and "folder" in out and "Traceback" not in out
    blocker = tmp_path / "a-file"
    blocker.write_text("kept")
    code, out = cli(*args, "-o", str(blocker / "inside.html"))  # a path through a file
    assert code == 2 and "--output" in out and "cannot write" in out and "Traceback" not in out
    assert blocker.read_text() == "kept" and [p.name for p in tmp_path.iterdir()] == ["a-file"]


def test_export_to_a_file_matches_standard_output(cli, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "events.json"
    code, out = cli("export", "events", "-f", "json", "-o", str(target))
    assert code == 0, out
    _, printed = cli("export", "events", "-f", "json")
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(printed)
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]  # no temporary file left


@pytest.mark.parametrize("args", [["index", "--year", "1900"], ["index", "explain", "HUN", "--year", "3000"],
                                  ["report", "state", "HUN", "--year", "1990"]])
def test_an_index_year_out_of_range_is_refused(cli, args: list[str]) -> None:  # noqa: ANN001
    code, out = cli(*args)
    assert code == 2 and "--year" in out


@pytest.mark.parametrize("name", ["[/]x", "[red]Nobody[/red]", "[bold]"])
def test_what_a_person_types_is_printed_as_typed_never_as_markup(cli, name: str) -> None:  # noqa: ANN001
    code, out = cli("person", name)
    assert code == 2 and f"'{name}'" in out and "Traceback" not in out and "MarkupError" not in out


def test_a_very_long_value_is_not_echoed_back_whole(cli) -> None:  # noqa: ANN001
    code, out = cli("state", "Q" * 20_000)
    assert code == 2 and "unknown state" in out and "(20000 characters)" in out and len(out) < 500


def test_a_store_built_from_another_record_says_so(tmp_path, small_dir) -> None:  # noqa: ANN001
    """Answers from a store built from another folder's record are given, with a note naming that folder."""
    from iccwatch.store import build_store

    db = tmp_path / "small.sqlite"
    build_store(small_dir, f"sqlite:///{db}")
    result = CliRunner().invoke(app, ["states", "--count", "--db", str(db)])
    assert result.exit_code == 0 and result.stdout.strip().isdigit()
    assert "built from the record in" in result.stderr and str(small_dir.resolve()) in result.stderr


@pytest.mark.parametrize("args", [
    ("ask", "travel", "--person", "Putin", "--assume", "warrant Putin issued 2024-13-01"),
    ("state", "HUN", "--assume", "HUN withdrawal_notified 2025-02-30"),
    ("ask", "arrest", "--state", "MNG", "--person", "Putin", "--assume", "MNG ratification 2024-13"),
])
def test_a_bad_assumption_names_the_option(cli, args: tuple[str, ...]) -> None:  # noqa: ANN001
    code, out = cli(*args)
    assert code == 2 and "--assume" in out and "Traceback" not in out


def test_data_coverage_names_the_option_of_a_bad_date() -> None:
    result = CliRunner().invoke(app, ["data", "coverage", "--on", "2024-09"])
    assert result.exit_code == 2 and "--on: '2024-09' is a month" in result.stderr


@pytest.mark.parametrize(("args", "option"), [(["--port", "99999"], "--port"), (["--host", "no.such.host.invalid", "--port", "8799"], "--host")])
def test_serve_refuses_an_address_it_cannot_listen_on(args: list[str], option: str) -> None:
    result = CliRunner().invoke(app, ["serve", *args])
    out = result.stdout + (result.stderr or "")
    assert result.exit_code == 2 and option in out and "Traceback" not in out and "another program" not in out


def test_serve_refuses_an_unreadable_store_before_listening(tmp_path) -> None:  # noqa: ANN001
    db = tmp_path / "broken.sqlite"
    db.write_bytes(b"not a database")
    result = CliRunner().invoke(app, ["serve", "--port", "8797", "--db", str(db)])
    assert result.exit_code == 2 and "--db" in result.stderr and db.read_bytes() == b"not a database"


def test_assess_events_csv_keeps_the_sources_of_its_json(cli) -> None:  # noqa: ANN001
    import csv
    import io

    _, out_json = cli("assess", "events", "--state", "MNG", "--json")
    _, out_csv = cli("assess", "events", "--state", "MNG", "--csv")
    rows, table = json.loads(out_json), list(csv.DictReader(io.StringIO(out_csv)))
    assert [r["event"] for r in rows] == [t["event"] for t in table] and rows
    for r, t in zip(rows, table, strict=True):
        assert t["source_urls"].split(" ") == [s["url"] for s in r["sources"]]
        assert len(t["sources_cited"].split(" | ")) == len(r["sources"])


@pytest.mark.parametrize("db", ["postgresql+psycopg://someone:s3cret@127.0.0.1:1/iccwatch", "/proc/no-such-dir/x.sqlite"])
def test_data_build_where_it_cannot_write_is_a_clear_error(db: str) -> None:
    result = CliRunner().invoke(app, ["data", "build", "--db", db])
    out = result.stdout + (result.stderr or "")
    assert result.exit_code == 2 and "--db: cannot build" in out and "s3cret" not in out and "Traceback" not in out


def test_a_person_with_no_trip_recorded_says_what_was_searched(cli) -> None:  # noqa: ANN001
    code, out = cli("person", "Valery Gerasimov", "--json")
    assert code == 0, out
    data = json.loads(out)
    assert data["events"] == [] and "searched" in data["travel_gap"]
    code, out = cli("person", "Valery Gerasimov")
    from iccwatch.service.persons import searched_words

    assert code == 0 and "no trip recorded. " + searched_words(" ".join(data["travel_gap"].split()))[:40] in " ".join(out.split())
    code, out = cli("person", "Vladimir Putin", "--json")  # trips recorded: no gap is asked for or shown
    assert json.loads(out)["events"] and json.loads(out)["travel_gap"] is None


@pytest.mark.parametrize("width", [80, 200])
def test_a_tables_rows_are_parted_by_a_rule_where_a_cell_wraps(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 21: at 80 columns a long name wrapped over three lines ran straight into the next row's name
    ("Abdel Raheem / Muhammad / Hussein / Abdelbari Ayyad ..."), which read as one name. Where a cell must wrap,
    a rule now parts the rows; where every row fits on its line, none is drawn (the table stays compact)."""
    rows = [{"name": "Abdel Raheem Muhammad Hussein", "nationality": "SDN", "situations": "Darfur, Sudan",
             "status": "at large", "held_by": "Sudan, not surrendered to the Court"},
            {"name": "Abdelbari Ayyad Ramadan Al Shaqaqi", "nationality": "LBY", "situations": "Libya",
             "status": "at large", "held_by": ""}]
    lines = _emitted_table(monkeypatch, rows, ["name", "nationality", "situations", "status", "held_by"], width,
                           "persons").splitlines()
    body = lines[[i for i, line in enumerate(lines) if line.startswith("┡")][0] + 1:]
    wrapped = len(body) > len(rows) + 1  # more lines than rows (and the bottom rule): a cell wrapped
    assert wrapped == (width == 80)
    assert any(line.startswith("├") for line in body) == wrapped


def test_a_held_persons_warrant_status_says_who_holds_them(cli, facts) -> None:  # noqa: ANN001
    """`person` printed a warrant's status "at large" in the table and, under it, "held by <State> since ...":
    the two read as a contradiction. The status of a warrant whose subject a State (or a group) holds now says
    who holds them and since when, for every such person the record holds."""
    from iccwatch import service

    held = [(p.id, w) for p in facts.records.persons.values()
            for w in service.person_view(facts, p.id, None)["warrants"] if w.get("held")]
    assert held, "the record holds at least one person held by a State and not surrendered"
    for pid, w in held:
        code, out = cli("person", pid)
        assert code == 0
        flat = " ".join(out.split())
        h = w["held"]
        # session 39: a warrant "at large" (not executed) reads in one phrase, "held by <State> since <day>, not
        # surrendered to the Court", as the person page says it; any other status before it
        status = str(w.get("status") or "not recorded").replace("_", " ")
        before = "" if w.get("status") == "at_large" else f"{status}; "
        maybe = "" if h["certain"] else "may have been "
        assert f"status: {before}{maybe}held by {h.get('group') or h['held_by_name']} since {h['since']}, not surrendered to the Court" in flat
