"""A question in words on every interface: the CLI answers it as the structured command would (saying how
it read it), the API reads it and points at the answer, and the dashboard's ask page sends it to the page
that answers it; what cannot be read is refused with the reason, on each."""

from __future__ import annotations

import html
import json
from urllib.parse import parse_qs, urlparse

from tests.test_cli import runner
from tests.web.conftest import http_get

from iccwatch.cli import app as cli_app

QUESTION = "Must Mongolia arrest Putin on 3 September 2024?"


def test_cli_answers_a_question_in_words_as_the_structured_command(db_url: str) -> None:
    worded = runner.invoke(cli_app, ["ask", "question", QUESTION, "--json", "--db", db_url])
    assert worded.exit_code == 0, worded.output
    structured = runner.invoke(cli_app, ["ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03",
                                         "--json", "--db", db_url])
    assert json.loads(worded.stdout) == json.loads(structured.stdout)
    assert "Read as: Must Mongolia (MNG) arrest" in worded.stderr
    bad = runner.invoke(cli_app, ["ask", "question", "Must Mongolia arrest Putin in March 2023?", "--db", db_url])
    assert bad.exit_code != 0 and "names no single day" in bad.output and "Traceback" not in bad.output


def test_api_reads_the_question_and_its_answer_url_answers_it(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/question", params={"q": QUESTION})
    assert r.status_code == 200, r.text
    read = r.json()
    assert (read["kind"], read["state"], read["on"]) == ("arrest", "MNG", "2024-09-03")
    answer = client.get(read["answer_url"])
    assert answer.status_code == 200 and answer.json()["question"]["state"] == "MNG"
    duties = client.get(client.get("/api/v1/question", params={"q": "What must Kenya do on 2010-08-27?"}).json()["answer_url"])
    assert duties.status_code == 200 and duties.json()["question"]["state"] == "KEN"
    # round 51: two States named together are each asked apart; named apart, still refused
    bad = client.get("/api/v1/question", params={"q": "Must Mongolia arrest Putin in Budapest on 2024-09-03?"})
    assert bad.status_code == 422 and bad.json()["field"] == "q" and "several States" in bad.json()["detail"]


def test_ask_page_sends_a_question_to_the_page_that_answers_it(server: str, client) -> None:  # noqa: ANN001
    r = client.get("/ask", params={"question": QUESTION}, follow_redirects=False)
    assert r.status_code == 303
    target = urlparse(r.headers["location"])
    # session 40: the words asked ride along (``question``), so that the answer can say how they were read
    assert target.path == "/ask" and parse_qs(target.query) == {"state": ["MNG"], "person": ["vladimir-vladimirovich-putin"],
                                                                "on": ["2024-09-03"], "question": [QUESTION]}
    # each lands on its answer, not on the top of the page: on a phone the ask form filled in is a whole
    # screen, and the answer below it was out of sight (session 17)
    assert target.fragment == "result" and 'id="result"' in client.get(r.headers["location"]).text
    travel = client.get("/ask", params={"question": "Putin on 2025-01-01"}, follow_redirects=False)
    assert travel.headers["location"] == "/persons/vladimir-vladimirovich-putin?on=2025-01-01#m"
    assert 'id="m"' in client.get(travel.headers["location"]).text
    duties = client.get("/ask", params={"question": "What must Kenya do on 2010-08-27?"}, follow_redirects=False)
    assert duties.headers["location"] == "/states/KEN?on=2010-08-27#duties"
    assert 'id="duties"' in client.get(duties.headers["location"]).text
    status, text = http_get(server, "/ask?question=" + "Must%20Mongolia%20arrest%20Putin%20in%20March%202023%3F")
    assert status == 422
    body = html.unescape(text)
    assert 'id="question-error"' in text and "names no single day" in body
    assert 'id="site-q" name="q" value=""' in text  # the site's search box is not filled with the question
    assert 'value="Must Mongolia arrest Putin in March 2023?"' in body  # what was typed stays in the field


def test_the_answer_marks_the_courts_decisions_made_after_the_date_asked_about(client) -> None:  # noqa: ANN001
    """The law as at the date: an answer lists every ruling on the State and person (a later finding may concern
    the very event asked about), and says of each one made after the date that it came later."""
    params = {"state": "MNG", "person": "vladimir-vladimirovich-putin", "on": "2024-09-03"}
    decisions = client.get("/api/v1/arrest", params=params).json()["court_decisions"]
    later = [c for c in decisions if c["later"]]
    assert later and all(c["date"] > params["on"] for c in later)
    assert all(not c["later"] for c in decisions if c["date"] <= params["on"])
    page = client.get("/ask", params=params).text
    assert page.count("(after the date asked about)") == len(later)


def test_a_region_is_answered_state_by_state_by_the_cli_and_the_api_and_refused_with_a_hint_on_the_ask_page(
        db_url: str, client) -> None:  # noqa: ANN001
    """'Must EU states arrest Netanyahu?': the CLI prints one row for each State of the region the record holds, with the
    answer the person's travel map gives it; the API reads the region and its States; the ask page, which answers one
    State, says so rather than drop the region (contrast: a region no list defines is refused everywhere)."""
    worded = runner.invoke(cli_app, ["ask", "question", "Would Netanyahu be arrested in Central Asia?", "--json", "--db", db_url])
    assert worded.exit_code == 0, worded.output
    rows = {r["iso3"]: r["answer"] for r in json.loads(worded.stdout)["states"]}
    travel = runner.invoke(cli_app, ["ask", "travel", "--person", "Benjamin Netanyahu", "--json", "--db", db_url])
    whole = {r["iso3"]: r["answer"] for r in json.loads(travel.stdout)["states"]}
    assert set(rows) == {"KAZ", "KGZ", "TJK", "TKM", "UZB"} and rows == {k: whole[k] for k in rows}
    read = client.get("/api/v1/question", params={"q": "Must EU states arrest Netanyahu?"}).json()
    assert read["region"]["name"] == "European Union" and "FRA" in read["region"]["states"] and read["state"] is None
    page = client.get("/ask", params={"question": "Must EU states arrest Netanyahu?"}, follow_redirects=False)
    assert page.status_code == 422 and "is a region of 27 States" in html.unescape(page.text)
    bad = client.get("/api/v1/question", params={"q": "Would Putin be arrested in Scandinavia?"})
    assert bad.status_code == 422 and "Scandinavia" in bad.json()["detail"]


def test_a_what_if_in_words_is_refused_on_each_interface_naming_its_own_way_to_assume(db_url: str, client) -> None:  # noqa: ANN001
    """'Suppose India ratified the Statute, must it arrest Putin?': each interface refuses it and names how it takes
    an assumption: the CLI its --assume option, the API its assume parameter, the ask page its Assumptions field,
    never a command-line option on the web page (round 16q)."""
    what_if = "Suppose India ratified the Statute, must it arrest Putin?"
    cli = runner.invoke(cli_app, ["ask", "question", what_if, "--db", db_url])
    assert cli.exit_code != 0 and "--assume" in cli.output
    api = client.get("/api/v1/question", params={"q": what_if})
    assert api.status_code == 422 and "assume parameter" in api.json()["detail"] and "--assume" not in api.json()["detail"]
    page = client.get("/ask", params={"question": what_if}, follow_redirects=False)
    body = html.unescape(page.text)
    assert page.status_code == 422 and "Assumptions field of this page" in body and "--assume" not in body


def test_api_reads_a_question_as_asked_on_the_day_given(client) -> None:  # noqa: ANN001
    """``today`` is the day the question is asked: a question naming no day is read as that day, so a reading can be
    repeated later; a day that is not one is refused naming ``today``."""
    r = client.get("/api/v1/question", params={"q": "Must Mongolia arrest Putin?", "today": "2024-09-03"})
    assert r.status_code == 200, r.text
    assert (r.json()["on"], r.json()["date_given"]) == ("2024-09-03", False)
    assert "on=2024-09-03" in r.json()["answer_url"]
    bad = client.get("/api/v1/question", params={"q": "Must Mongolia arrest Putin?", "today": "2024-13-03"})
    assert bad.status_code == 422 and bad.json()["field"] == "today", bad.text


def test_cli_reads_a_question_as_asked_on_the_day_given(db_url: str) -> None:
    """``--today``: the question naming no day is read as that day and answered as the structured command answers it; a
    day that is not one is refused naming the option."""
    worded = runner.invoke(cli_app, ["ask", "question", "Must Mongolia arrest Putin?", "--today", "2024-09-03", "--json",
                                     "--db", db_url])
    assert worded.exit_code == 0, worded.output
    assert "on 2024-09-03? (no day named: today)" in worded.stderr
    structured = runner.invoke(cli_app, ["ask", "arrest", "--state", "MNG", "--person", "Vladimir Putin", "--on", "2024-09-03",
                                         "--json", "--db", db_url])
    assert json.loads(worded.stdout) == json.loads(structured.stdout)
    bad = runner.invoke(cli_app, ["ask", "question", "Must Mongolia arrest Putin?", "--today", "2024-09-33", "--db", db_url])
    assert bad.exit_code != 0 and "--today" in bad.output and "Traceback" not in bad.output
