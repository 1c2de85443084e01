"""The CLI tried as a user would (session 14): bad input is a clear error that changes nothing, and what is
printed fits the terminal and reads as words. Each test failed before its fix."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.facts import Facts

runner = CliRunner()


def test_a_card_line_wraps_within_the_width_under_its_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows too wide for a table print as "label: value" cards; the label and a long value used to be
    printed apart, so the first line ran past the width by the label's length."""
    from iccwatch.cli import output

    buf = io.StringIO()
    monkeypatch.setattr(output, "console", Console(file=buf, width=60, color_system=None, highlight=False))
    value = " ".join(f"word{i}" for i in range(60))
    output.emit_cards([{"investigation_opened": value, "id": "x"}], ["id", "investigation_opened"])
    lines = buf.getvalue().splitlines()
    assert all(cell_len(line) <= 60 for line in lines), lines
    label = "investigation opened: "
    body = [line for line in lines if not line.startswith("id:")]
    assert body[0].startswith(label) and len(body) > 1
    assert all(line.startswith(" " * len(label)) and line[len(label)] != " " for line in body[1:])
    assert " ".join(line.strip() for line in body)[len(label):] == value  # nothing lost or added


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_every_state_is_found_by_its_name_without_accents_or_with_a_typographic_apostrophe(facts: Facts) -> None:
    written = [s for s in facts.records.states.values() if _plain(s.name) != s.name or "'" in s.name]
    assert written  # the record has such names; the rule is checked on each of them
    for st in written:
        for typed in (_plain(st.name), st.name.replace("'", "\u2019"), _plain(st.name).upper()):
            assert facts.state(typed).iso3 == st.iso3, typed


def test_json_and_csv_together_are_refused_naming_both(cli) -> None:  # noqa: ANN001
    for args in (("states", "--csv", "--json"), ("events", "--json", "--csv"), ("assess", "events", "--csv", "--json")):
        code, out, err = cli(*args)
        assert code == 2 and out == ""
        assert "--json" in err and "--csv" in err and "not both" in err


def test_export_format_follows_the_output_extension(cli, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "states.json"
    code, _, err = cli("export", "states", "-o", str(out))
    assert code == 0, err
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(rows, list) and rows and "iso3" in rows[0]
    code, out_text, err = cli("export", "STATES", "-f", "JSON")  # any case, as typed
    assert code == 0 and json.loads(out_text)[0].keys() == rows[0].keys(), err


@pytest.mark.parametrize(("command", "name", "fmt"), [
    (("export", "states"), "x.xlsx", None),
    (("export", "states"), "x.json", "csv"),
    (("export", "states"), "x.csv", "xml"),
    (("report", "state", "HUN"), "r.docx", None),
    (("report", "gaps"), "r.html", "pdf"),
])
def test_an_output_name_or_format_that_names_no_format_or_another_is_refused(cli, tmp_path: Path, command: tuple[str, ...],  # noqa: ANN001
                                                                           name: str, fmt: str | None) -> None:
    out = tmp_path / name
    code, stdout, err = cli(*command, "-o", str(out), *(["-f", fmt] if fmt else []))
    assert code == 2 and not out.exists() and not list(tmp_path.iterdir())
    assert ("--format" in err) and (f"--output {out}" in err or f"--output: {out}" in err or "--format:" in err)
    assert "Traceback" not in err + stdout


def test_an_output_path_under_a_file_is_refused_naming_the_file(cli, tmp_path: Path) -> None:  # noqa: ANN001
    blocker = tmp_path / "a-file"
    blocker.write_text("kept\n", encoding="utf-8")
    code, _, err = cli("export", "states", "-o", str(blocker / "x.csv"))
    assert code == 2 and f"{blocker} is a file, not a folder" in err
    assert blocker.read_text(encoding="utf-8") == "kept\n"


@pytest.mark.parametrize("args", [
    ("state", ""), ("person", "  "), ("persons", ""), ("statements", ""), ("search", "", " "),
    ("events", "--state", ""), ("decisions", "--person", " "), ("assess", "events", "--state", ""),
    ("ask", "arrest", "--state", "ZAF", "--person", ""), ("index", "explain", " "),
])
def test_an_empty_name_or_code_is_a_usage_error_not_everything(cli, args: tuple[str, ...]) -> None:  # noqa: ANN001
    code, out, err = cli(*args)
    assert code == 2 and out == ""
    assert "the value is empty" in err


def test_status_is_taken_as_printed(cli) -> None:  # noqa: ANN001
    code, out, _ = cli("states", "--status", "former_party", "--on", "2024-01-01", "--json")
    assert code == 0
    expected = [r["iso3"] for r in json.loads(out)]
    assert expected
    for typed in ("former party", "Former-Party", " FORMER PARTY "):
        code, out, err = cli("states", "--status", typed, "--on", "2024-01-01", "--json")
        assert code == 0, err
        assert [r["iso3"] for r in json.loads(out)] == expected


def test_state_headline_says_the_status_once_in_words(cli, facts: Facts) -> None:  # noqa: ANN001
    from iccwatch.law import party_status

    on = "2024-01-01"
    import datetime as dt

    seen = set()
    for iso3 in sorted(facts.records.states):
        status = party_status(facts, iso3, dt.date.fromisoformat(on)).status
        if status in seen:
            continue
        seen.add(status)
        code, out, _ = cli("state", iso3, "--on", on)
        head = out.splitlines()[0]
        assert code == 0 and "_" not in head, head
        assert "(party)" not in head and "(non party)" not in head and "(non-party)" not in head, head
        if status not in ("party", "non_party"):
            assert f"({status.replace('_', ' ')})" in head, head
    assert {"party", "non_party"} <= seen and len(seen) > 2


def test_help_paragraphs_are_not_broken_at_the_source_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command's help paragraph is one line (Rich wraps it at the terminal's width)."""
    from iccwatch.cli import COMMANDS, load_command

    def walk(command):  # noqa: ANN001, ANN202
        yield command
        for sub in getattr(command, "commands", {}).values():
            yield from walk(sub)

    for name in COMMANDS:
        for command in walk(load_command(name)):
            for paragraph in (command.help or "").split("\n\n"):
                assert "\n" not in paragraph.strip(), (command.name, paragraph)


def test_search_titles_leave_out_what_the_record_leaves_empty(cli) -> None:  # noqa: ANN001
    """A decision without a State was titled "date ·  · ruling"; it names the persons instead."""
    code, out, err = cli("search", "decision", "--kind", "decisions", "--limit", "200", "--json")
    assert code == 0, err
    items = json.loads(out)["items"]
    assert items
    for h in items:
        parts = h["title"].split(" · ")
        assert all(p.strip() for p in parts) and len(parts) >= 2, h["title"]


@pytest.mark.parametrize("typed", ["yesterday", "2025-1-5", "20250105", "2025/01/05", "2025-01-05T10:00", ""])
def test_a_date_that_is_no_date_is_refused_saying_what_is_accepted(cli, typed: str) -> None:  # noqa: ANN001
    """The query-date message used to offer YYYY-MM and YYYY, which a question then refused."""
    for args in (("state", "HUN", "--on", typed), ("events", "--until", typed)):
        code, out, err = cli(*args)
        assert code == 2 and out == ""
        assert "give YYYY-MM-DD" in err and "YYYY-MM /" not in err and "where the day is unknown" not in err


def test_spaces_around_a_date_are_not_part_of_it(cli) -> None:  # noqa: ANN001
    code, out, err = cli("state", "HUN", "--on", " 2025-01-01 ", "--json")
    assert code == 0, err
    assert json.loads(out)["on"] == "2025-01-01"


def _rich_text(items: list, width: int) -> str:  # noqa: ANN001
    from iccwatch.cli.output import print_rich

    out = io.StringIO()
    print_rich(items, Console(file=out, width=width, highlight=False, emoji=False, force_terminal=False))
    return out.getvalue()


def test_a_hanging_item_is_laid_out_as_rich_lays_it_out_and_its_later_lines_hang() -> None:
    """Sources, citations and search snippets wrap under their text, not at column 0; laid out without
    Rich they are what Rich prints."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from iccwatch.cli.output import hang
    from iccwatch.cli.plain_text import render

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="ab c-é→:", min_size=0, max_size=300), st.integers(min_value=40, max_value=140),
           st.sampled_from(["  [12] ", "  - ", "    note: ", ""]))
    def check(text: str, width: int, prefix: str) -> None:
        item = hang(prefix + text, after=": " if "note" in prefix else " ")
        expected = _rich_text([item], width)
        laid_out = render([item], width)
        assert laid_out is None or laid_out == expected
        indent = item[1][0]
        lines = expected.splitlines()
        assert all(cell_len(line) <= width for line in lines)
        assert all(line.startswith(" " * indent) for line in lines[1:]), (indent, lines)

    check()


def test_sources_wrap_under_their_publisher(cli) -> None:  # noqa: ANN001
    code, out, _ = cli("ask", "arrest", "--state", "ZAF", "--person", "Putin", "--on", "2023-08-22")
    assert code == 0
    lines = out.splitlines()
    start = lines.index("sources:")
    end = lines.index("cite as (one line):")  # the citation follows the list (tests/web/test_cliweb9_s22.py)
    assert start < end
    for line in lines[start + 1:end]:
        assert line.startswith("  [") or line.startswith("    "), line  # an entry, its URL, or its wrapped text


def test_index_explain_prints_each_fact_s_sources_indented_under_it(cli) -> None:  # noqa: ANN001
    """index explain indents its sources under each fact; the hanging items must be indented with them."""
    code, out, err = cli("index", "explain", "HUN", "--samples", "5")
    assert code == 0, err
    lines = out.splitlines()
    assert "    sources:" in lines
    after = lines[lines.index("    sources:") + 1]
    assert after.startswith("      - ") and cell_len(after) <= 80


def test_the_forum_is_written_in_words(cli) -> None:  # noqa: ANN001
    """A failure referred to two bodies read "ASP+UNSC"; it reads "ASP and UNSC" (the JSON keeps the code)."""
    code, out, _ = cli("ask", "obligations", "--state", "HUN", "--on", "2025-04-03")
    assert code == 0 and "+" not in out and "ASP and UNSC" in " ".join(out.split())
    code, out, _ = cli("ask", "obligations", "--state", "HUN", "--on", "2025-04-03", "--json")
    assert "ASP+UNSC" in {s["forum"] for s in json.loads(out)["situations"]}


def test_the_persons_list_is_narrowed_by_the_start_of_a_name_word(facts: Facts) -> None:
    from iccwatch.dataset.names import normalise_name
    from iccwatch.service.persons import persons_list

    for p in list(facts.records.persons.values())[:25]:
        surname = normalise_name(p.name).split()[-1]
        if len(surname) < 5:
            continue
        rows = persons_list(facts, surname[:4])
        assert p.id in {r["id"] for r in rows}, (p.name, surname[:4])
        # every row found by the partial word has a name or alias word starting with it
        for r in rows:
            person = facts.records.persons[r["id"]]
            words = {w for n in (person.name, *person.aliases) for w in normalise_name(n).split()}
            assert any(w.startswith(surname[:4]) for w in words) or facts.find_persons(surname[:4]), r
    assert persons_list(facts, "zzzzq") == []


def test_obligations_table_prints_a_situations_own_doubts_once_with_their_situations(db_url: str) -> None:
    # An Art. 18(2) deferral is a doubt of the situation's row: the table says it, naming the situation.
    from typer.testing import CliRunner


    out = CliRunner().invoke(app, ["ask", "obligations", "--state", "AFG", "--on", "2021-06-01", "--db", db_url]).output
    assert "doubt (Afghanistan):" in " ".join(out.split())
    assert "deferred to the investigations of Afghanistan" in " ".join(out.split())
    # After every recorded deferral ended (Afghanistan 2022-10-31, the Philippines 2023-01-26, Venezuela 2023-06-27).
    after = CliRunner().invoke(app, ["ask", "obligations", "--state", "AFG", "--on", "2023-07-01", "--db", db_url]).output
    assert "deferred" not in after
