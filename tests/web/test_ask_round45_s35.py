"""(Session 35, round 45) The ask page's new answers in words: who is wanted on the day, a person's trips since the
warrant, how a State complied when a person visited (the record's assessment of the event), a person's custody asked
alone: said on the page with the record's entries and their sources, at a phone's width and a laptop's. Expected values
are read from the record itself."""

from __future__ import annotations

import html
from urllib.parse import quote


def _page(client, q: str) -> str:  # noqa: ANN001
    r = client.get("/ask?question=" + quote(q), follow_redirects=False)
    assert r.status_code == 200, (r.status_code, r.headers.get("location"))
    return html.unescape(r.text)


def test_who_is_wanted_is_said_on_the_ask_page_with_each_person(client, app) -> None:  # noqa: ANN001
    from iccwatch.service.persons import persons_list

    page = _page(client, "Who is wanted by the ICC?")
    assert "The record's answer" in page and "had a warrant of arrest of the Court outstanding" in page
    import datetime as dt

    rows = persons_list(app.state.facts, on=dt.date.today(), outstanding=True)
    assert rows and all(r["name"] in page for r in rows)
    assert "under seal" in page  # the doubt: the record holds public warrants only


def test_trips_and_an_assessment_are_said_on_the_ask_page(client, app) -> None:  # noqa: ANN001
    page = _page(client, "Which States has Putin visited since his warrant?")
    assert "trips to" in page and "Mongolia" in page and "host: party" in page
    e = app.state.facts.records.events["2024-09-02-vladimir-vladimirovich-putin-mongolia"]
    page = _page(client, "How did Mongolia comply when Putin visited?")
    assert "failed" in page and all(str(x.url) in page for x in e.sources)


def test_custody_asked_alone_goes_to_the_custody_answer(client) -> None:  # noqa: ANN001
    r = client.get("/ask?question=" + quote("Is Duterte in custody?"), follow_redirects=False)
    assert r.status_code == 303 and "custody" in r.headers["location"]
