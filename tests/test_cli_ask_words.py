"""``iccwatch ask "Must X arrest Y?"``: a question in words typed straight after ``ask`` (quoted, or as several words) is
answered as ``ask question`` answers it; a mistyped command name stays an error naming the commands."""

from __future__ import annotations

import json

import pytest
from tests.test_cli import runner

from iccwatch.cli import app as cli_app

QUESTION = "Must Mongolia arrest Putin on 3 September 2024?"


@pytest.mark.parametrize("words", [[QUESTION], QUESTION.split()])
def test_a_question_after_ask_is_answered_as_ask_question(db_url: str, words: list[str]) -> None:
    direct = runner.invoke(cli_app, ["ask", *words, "--json", "--db", db_url])
    assert direct.exit_code == 0, direct.output
    named = runner.invoke(cli_app, ["ask", "question", QUESTION, "--json", "--db", db_url])
    assert json.loads(direct.stdout) == json.loads(named.stdout)
    assert "Read as: Must Mongolia (MNG) arrest" in direct.stderr


def test_a_mistyped_command_is_still_an_error_not_a_question(db_url: str) -> None:
    r = runner.invoke(cli_app, ["ask", "arest", "--state", "MNG", "--db", db_url])
    assert r.exit_code != 0
    assert "No such command" in r.output and "arest" in r.output


def test_ask_help_says_a_question_may_follow_ask() -> None:
    r = runner.invoke(cli_app, ["ask", "--help"])
    assert r.exit_code == 0 and 'iccwatch ask "' in r.output


def test_a_record_answer_lists_each_entry_by_title_with_its_sources_one_a_line(db_url: str) -> None:
    r = runner.invoke(cli_app, ["ask", "How many findings were referred to the Assembly?", "--db", db_url])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    # session 40: each source as the dashboard shows it (kind, publisher, grade, read), its URL alone on the next line
    graded = [i for i, x in enumerate(lines) if x.startswith("    ") and x.strip().startswith(("- primary, ", "- secondary, "))]
    assert graded, r.stdout
    assert next(x for x in lines[graded[0] + 1:] if not x.startswith("        ")).strip().startswith("http")
    first = r.stdout.split(" referred to ", 1)[0].replace("\n", " ")
    n = int(first.split()[0])
    assert first.startswith(f"{n} finding of" if n == 1 else f"{n} findings of"), first


@pytest.mark.parametrize("question", ["How many findings were referred to the Assembly?", "Who is wanted by the ICC?",
                                      "When did Burundi's withdrawal take effect?", "Why does Hungary rank where it does?"])
def test_a_record_answers_list_has_the_heading_the_page_and_the_api_give_it(db_url: str, question: str) -> None:
    """Round 46: the list of a record answer's entries is headed in the terminal, the same words as the ask page and the
    API's ``records_heading``; --json gives the heading too."""
    r = runner.invoke(cli_app, ["ask", question, "--db", db_url])
    assert r.exit_code == 0, r.output
    as_json = runner.invoke(cli_app, ["ask", question, "--json", "--db", db_url])
    heading = json.loads(as_json.stdout)["records_heading"]
    lines = r.stdout.splitlines()
    at = next(i for i, x in enumerate(lines) if x == heading)  # on a line of its own
    assert lines[at + 1] and not lines[at + 1].startswith("    ")  # followed by the first entry, not by a source
