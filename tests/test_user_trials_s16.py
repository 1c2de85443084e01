"""Leftovers of the user trials of session 15 (issue 9), each failing before its fix: an empty list on the dashboard's
State page names the State and says the page's date does not limit it, as the CLI's lists name their filters; the
review queue's list, empty, says so and names its filters; a CSV list of dated records always has the ``date_doubt``
column, so two exports of one list have the same columns."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import Candidate, Evidence
from iccwatch.monitor.queue import Queue


def _states_without(facts, kind: str) -> list[str]:
    """States the record holds no record of ``kind`` for (events by host, statements by signatory)."""
    if kind == "events":
        held = {e.state for e in facts.records.events.values()}
    else:
        held = {s for st in facts.records.statements.values() for s in st.signatories}
    return sorted(set(facts.records.states) - held)


def test_an_empty_list_on_a_state_page_names_the_state_and_its_date(client, facts) -> None:
    iso3 = next(s for s in _states_without(facts, "events") if s in _states_without(facts, "statements"))
    name = facts.records.states[iso3].name
    html = client.get(f"/states/{iso3}?on=2024-09-03").text
    assert f"No event recorded for {name} (at any date: this list is not limited to 2024-09-03)." in html
    assert f"No statement recorded for {name} as a signatory" in html
    assert "<p>No event recorded.</p>" not in html and "<p>None recorded.</p>" not in html



def test_an_empty_list_in_the_printed_state_report_names_the_state_and_its_date(facts) -> None:
    """The printed report said "No event recorded." and "None recorded." where the dashboard now names the State and
    says the report's date does not limit the list; they say it in the same words."""
    import datetime as dt
    from html import unescape

    from iccwatch.report.build import render_html, state_report_data

    iso3 = next(s for s in _states_without(facts, "events") if s in _states_without(facts, "statements"))
    name = facts.records.states[iso3].name
    html = unescape(render_html("state.html", state_report_data(facts, iso3, dt.date(2024, 9, 3), 2024, samples=20)))
    assert f"No event recorded for {name} (at any date: this list is not limited to 2024-09-03)." in html
    assert f"No statement recorded for {name} as a signatory (at any date: this list is not limited to 2024-09-03)." in html
    assert "<p>No event recorded.</p>" not in html and "<p>None recorded.</p>" not in html

def _review_list(db: Path, *args: str) -> str:
    r = CliRunner().invoke(app, ["monitor", "review", "list", *args, "--db", f"sqlite:///{db}"])
    assert r.exit_code == 0, r.stdout
    return r.stdout


def test_an_empty_review_list_says_so_and_names_its_filters(store_copy: Path) -> None:
    assert "No candidate recorded with status pending in the review queue (it is empty" in " ".join(_review_list(store_copy).split())
    q = Queue(f"sqlite:///{store_copy}")
    text = "Test document: the government announced it would leave the Court."
    doc = make_document(text, url="https://news.example.org/item-s16", title="Item", publisher="Test Wire", date="2020-03-01")
    q.add(doc, [(Candidate(id=f"{16:016x}", document=doc.id, type="withdrawal_announced", confidence=0.9, method="test",
                           evidence=Evidence(sentence=text, start=0, end=len(text)), state="NLD"), None)])
    # contrast: a candidate of another type; the filters are named, and the queue's size
    out = " ".join(_review_list(store_copy, "--type", "visit").split())
    assert "No candidate recorded with status pending and type visit in the review queue (it holds 1 candidate in all" in out
    assert "withdrawal announced" in _review_list(store_copy)  # and the candidate is listed without the filter


def _header(cli, *args: str) -> list[str]:
    code, out, err = cli(*args, "--csv")
    assert code == 0, err
    return next(csv.reader(io.StringIO(out)))


def test_a_csv_list_of_dated_records_always_has_the_date_doubt_column(cli, facts) -> None:
    month_only = next(e for e in facts.records.events.values() if len(e.date) == 7)
    # a list up to the month's first day marks the trip dated only to that month (it may be after that day)
    marked = _header(cli, "events", "--state", month_only.state, "--until", f"{month_only.date}-01")
    plain = _header(cli, "events", "--state", month_only.state)  # no day asked: no row is marked
    assert "date_doubt" in marked and "date_doubt" in plain
    assert set(marked) == set(plain)
    # an empty list has the same header too
    assert "date_doubt" in _header(cli, "events", "--state", month_only.state, "--until", "1990-01-01")
