"""Interfaces of session 40 (docs/web.md, "Interfaces, session 40"): what the users' tasks of session 40 left, each fixed
as a general change. Expected values are read from the service, the record or the method, never typed."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape
from typing import Any

import pytest


def _flat(text: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())


# ------------------------------------------------------------------ 1. alerts by date


def _alert(i: int, at: str, state: str = "AAA", person: str = "someone") -> dict[str, Any]:
    return {"id": i, "candidate_id": f"{i:032d}", "created_at": at, "severity": "high", "state": state, "person": person,
            "on_date": "2027-01-01", "answer": "obliged", "determination": {"basis": ["a basis"]}}


ALERTS = [_alert(1, "2026-09-30T23:59:59+00:00"), _alert(2, "2026-10-01T00:00:00+00:00"),
          _alert(3, "2026-10-31T12:00:00+00:00"), _alert(4, "2026-11-01T08:00:00+00:00")]


def test_alerts_are_kept_by_the_day_they_were_raised() -> None:
    """`monitor alerts` could not ask "the alerts of the last month". Each alert now says the day it was raised and a
    period keeps those raised in it, both days included; a month is read from its first day to its last."""
    from iccwatch.monitor.queue import alerts_between

    assert [a["raised_on"] for a in alerts_between(ALERTS)] == [a["created_at"][:10] for a in ALERTS]
    assert [a["id"] for a in alerts_between(ALERTS, "2026-10-01", "2026-10-31")] == [2, 3]
    assert [a["id"] for a in alerts_between(ALERTS, "2026-10", "2026-10")] == [2, 3]
    assert [a["id"] for a in alerts_between(ALERTS, since="2026-10-31")] == [3, 4]
    assert [a["id"] for a in alerts_between(ALERTS, until="2026-09-30")] == [1]


@pytest.mark.parametrize(("since", "until", "field"), [("last month", None, "since"), (None, "2026-02-30", "until"),
                                                        ("2026-11-01", "2026-10-01", "since"), ("", None, "since")])
def test_a_bad_alert_date_names_its_field(since: str | None, until: str | None, field: str) -> None:
    from iccwatch.errors import FieldError
    from iccwatch.monitor.queue import alerts_between

    with pytest.raises(FieldError) as err:
        alerts_between(ALERTS, since, until)
    assert err.value.field == field


def _store_alerts(url: str) -> None:
    """The four alerts, each with its candidate and their one document, in a real store's queue."""
    from sqlalchemy import insert

    from iccwatch.monitor.queue import Queue

    q = Queue(url)
    with q.write() as conn:
        conn.execute(insert(q.documents).values(id="d" * 32, text="a document", ingested_at=ALERTS[0]["created_at"]))
        for a in ALERTS:
            conn.execute(insert(q.candidates).values(id=a["candidate_id"], document_id="d" * 32, type="visit", payload={},
                                                     confidence=0.5, method="test", model_version="test", status="pending",
                                                     created_at=a["created_at"]))
            conn.execute(insert(q.alerts).values(**{k: v for k, v in a.items() if k != "id"}))
    q.close()


@pytest.fixture
def monitor_client(store_copy):  # noqa: ANN001, ANN201
    """The app over a copy of the record's store whose queue holds ALERTS (round 27, session 44: a real queue, no
    stand-in: the page now reads its page and count from the store)."""
    from fastapi.testclient import TestClient
    from tests.conftest import DATA

    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    url = f"sqlite:///{store_copy}"
    _store_alerts(url)
    app = create_app(Settings(data_dir=DATA, db_url=url))
    with TestClient(app) as c:
        yield c


def test_the_api_and_the_page_filter_alerts_by_date(monitor_client) -> None:  # noqa: ANN001
    c = monitor_client
    got = c.get("/api/v1/monitor/alerts", params={"since": "2026-10-01", "until": "2026-10-31"})
    assert got.status_code == 200, got.text
    assert [(a["id"], a["raised_on"]) for a in got.json()] == [(2, "2026-10-01"), (3, "2026-10-31")]
    bad = c.get("/api/v1/monitor/alerts", params={"since": "yesterday"})
    assert bad.status_code == 422 and "since" in bad.text
    page = c.get("/monitor", params={"since": "2026-10-01", "until": "2026-10-31"})
    assert page.status_code == 200
    text = _flat(page.text)
    assert "2 alert(s) raised from 2026-10-01 to 2026-10-31" in text
    assert "raised 2026-10-01:" in text and "raised 2026-10-31:" in text and "raised 2026-11-01" not in text
    assert 'name="since" value="2026-10-01"' in page.text
    refused = c.get("/monitor", params={"until": "2026-13"})
    assert refused.status_code == 422 and "until" in _flat(refused.text)
    assert "4 alert(s)" in _flat(c.get("/monitor", params={"since": "", "until": ""}).text)  # an empty field: no bound


def test_the_cli_filters_alerts_by_date(store_copy) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from iccwatch.cli import app

    url = f"sqlite:///{store_copy}"
    _store_alerts(url)
    runner = CliRunner()
    got = runner.invoke(app, ["monitor", "alerts", "--since", "2026-10-01", "--until", "2026-10-31", "--json", "--db", url])
    assert got.exit_code == 0, got.output
    assert [(a["candidate_id"], a["raised_on"]) for a in json.loads(got.stdout)] == [(ALERTS[1]["candidate_id"], "2026-10-01"),
                                                                                  (ALERTS[2]["candidate_id"], "2026-10-31")]
    table = runner.invoke(app, ["monitor", "alerts", "--since", "2026-11", "--db", url])
    assert table.exit_code == 0 and "2026-11-01" in table.stdout and "2026-10-31" not in table.stdout
    bad = runner.invoke(app, ["monitor", "alerts", "--until", "soon", "--db", url])
    assert bad.exit_code == 2 and "--until" in (bad.stderr or bad.output)


# ------------------------------------------------------------------ 2. what a band means, said without contradiction


def _pair(band_a: int, band_b: int, share: tuple[float, float]) -> dict[str, Any]:
    from iccwatch.assess.index import BAND_CONFIDENCE

    def side(iso3: str, name: str, score: float, rank: int, band: int) -> dict[str, Any]:
        return {"iso3": iso3, "name": name, "score": score, "rank": rank, "band": band, "bands": 9, "group_words": "States",
                "tied": False, "sharing_rank": 1, "states_ranked": 20, "rank_interval": [rank, rank]}

    return {"states": [side("AAA", "Aland", 60.0, 3, band_a), side("BBB", "Bland", 40.0, 9, band_b)], "same_group": True,
            "outscores": {"AAA": share[0], "BBB": share[1]}, "told_apart": max(share) >= BAND_CONFIDENCE, "samples": 1000,
            "indicators": [], "pillars": [], "score_difference": 20.0}


def test_two_states_of_one_band_ordered_by_the_draws_are_said_without_contradiction() -> None:
    """"the draws order them …; they share band 7" read as a contradiction: a band opens only where a State falls below
    the band's *first* State in 95% of the draws (docs/index-method.md), so two States further down one band can be
    ordered. The sentence now says they are in one band all the same, and why."""
    from iccwatch.service.assessment import compare_words

    words = compare_words(_pair(7, 7, (1.0, 0.0)))
    assert "the draws order them" in words and "share band" not in words
    assert "both are in band 7 all the same" in words and "the band's first State" in words
    # not ordered, one band: no explanation needed; ordered, two bands: none either
    assert "all the same" not in compare_words(_pair(7, 7, (0.6, 0.4)))
    assert "all the same" not in compare_words(_pair(6, 7, (0.99, 0.01)))
    # not ordered, yet in two bands (the band opened against its first State): said too
    assert "bands 6 and 7 all the same" in compare_words(_pair(6, 7, (0.6, 0.4)))


def test_the_pages_and_the_report_say_what_a_band_is(client, facts) -> None:  # noqa: ANN001
    """The index page, the State page and the reports said "a band holds the States the sensitivity draws cannot tell
    apart", false where the draws order two States of one band. They now say the method's rule, one sentence."""
    from iccwatch.assess.index import BAND_MEANING, compute_index

    state = next(r["iso3"] for r in compute_index(facts, 2025)["states"] if r["band"] is not None)
    pages = {url: c_text(client, url) for url in ("/index?year=2025", f"/states/{state}?year=2025",
                                                  "/index/report.html?year=2025", f"/states/{state}/report.html?year=2025")}
    for where, text in pages.items():
        assert "cannot tell apart" not in text, where
        assert BAND_MEANING in text, where


def c_text(client, url: str) -> str:  # noqa: ANN001
    got = client.get(url)
    assert got.status_code == 200, url
    return _flat(got.text)


# ------------------------------------------------------------------ 3. the State report's searches logged, in an appendix


def test_the_state_reports_searches_logged_close_it_as_an_appendix(facts) -> None:  # noqa: ANN001
    """Five of Mongolia's 17 PDF pages were the editors' search logs, between the body and its sources. The State report
    now ends with them, after the sources, headed as an appendix, and says in its body, once, where they are."""
    from iccwatch.report import build

    def logged(code: str) -> bool:
        data = build.state_report_data(facts, code, dt.date.today(), 2025, samples=50)
        return any(g["log"] for g in data["primary_gaps"]), data

    found = None
    for code in sorted(facts.records.states):
        has, data = logged(code)
        if has:
            found = data
            break
    if found is None:
        pytest.skip("no State's report has a logged search")
    html = build.render_html("state.html", found)
    heading = f'<h2 id="searches-logged" class="appendix">{build.SEARCH_LOG_APPENDIX}</h2>'
    assert html.count(heading) == 1
    assert html.index("<h2>Sources</h2>") < html.index(heading)  # the last section, after the sources
    body = html[:html.index("<h2>Sources</h2>")]
    assert f"in the appendix at the end of this report, “{build.SEARCH_LOG_APPENDIX}”" in body
    assert 'class="search-log"' not in body  # no log in the body


# ------------------------------------------------------------------ 4. a served report links by path, not by its host


def test_a_served_report_never_prints_the_host_it_was_served_from(client, facts) -> None:  # noqa: ANN001
    """A served State report printed `http://localhost:8022/index/compare?…` and `…/index/method`: the host it happened to
    be served from, dead once the PDF is taken elsewhere. Its dashboard links are now paths (relative in the HTML,
    printed as paths in the PDF)."""
    import pypdfium2

    from iccwatch.assess.index import compute_index

    host = str(client.base_url).rstrip("/")  # the test client's own address
    result = compute_index(facts, 2025)
    state = next(r["iso3"] for r in sorted(result["states"], key=lambda r: -(r["rank"] or 0)) if r["rank"] and r["rank"] > 1)
    for url in (f"/states/{state}/report.html?year=2025", "/index/report.html?year=2025"):
        html = client.get(url).text
        assert host not in html, url
        assert 'href="/index/method"' in html, url
    assert f'href="/index/compare?states={state},' in client.get(f"/states/{state}/report.html?year=2025").text
    pdf = client.get(f"/states/{state}/report.pdf?year=2025")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    doc = pypdfium2.PdfDocument(pdf.content)
    text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    assert "/index/method" in text and host.split("//")[1] not in text
    assert host.encode() not in pdf.content
