"""Session 23 (law22): a Security Council request under Art. 16 standing on the date is shown where the State's duties
are, on the State page and in the State report (HTML, the PDF's source): the resolution by its paragraph and period,
the duties it suspends in the cases it covers (arrest and surrender, transit, other assistance) and those that stand
(Arts. 86, 88, 97). Without a request, neither says a word of Art. 16."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from html import unescape
from pathlib import Path

from iccwatch.facts import Assumption, Facts
from iccwatch.report.build import render_html, state_report_data

DAY = dt.date(2025, 6, 1)

#: A request made only in this test's copy of the record (the record holds none naming a situation).
REQUEST = """id: unsc-res-9016-2025
kind: unsc_resolution
title: A test resolution requesting a deferral under Art. 16 of the situation in Palestine
citation: UNSC res 9016 (2025)
adopted: "2025-01-01"
art16_request: {paragraph: 1, start: "2025-01-01", end: "2025-12-31", covers: "the situation in the State of Palestine", situations: [palestine]}
sources:
- url: https://example.org/test-resolution-9016
  title: a test resolution (not a record fact)
  publisher: test
  kind: primary
"""


def _words(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_state_report_shows_the_deferral_and_what_it_suspends(facts: Facts) -> None:
    f = facts.with_assumptions([Assumption.parse("art16 deferral palestine 2025-01-01")])
    html = render_html("state.html", state_report_data(f, "FRA", DAY, 2025, samples=0))
    words = _words(html)
    assert 'id="art16-palestine"' in html
    assert "Art. 16 (Palestine" in words or "Art. 16 (State of Palestine" in words
    assert (
        "Suspended for now in the cases it covers: arrest and surrender persons sought by the Court"
        in words
    )
    assert "authorise the transport through its territory" in words.split("Standing:")[0]
    assert "have procedures under national law" in words.split("Standing:")[1]
    plain = _words(render_html("state.html", state_report_data(facts, "FRA", DAY, 2025, samples=0)))
    assert "Art. 16 (" not in plain and "Suspended for now" not in plain


def test_the_state_page_shows_the_deferral_and_what_it_suspends(
    tmp_path: Path, data_dir: Path
) -> None:
    from fastapi.testclient import TestClient

    from iccwatch.app import create_app
    from iccwatch.settings import Settings
    from iccwatch.store import build_store

    data = tmp_path / "data"
    shutil.copytree(data_dir, data)
    (data / "instruments" / "unsc-res-9016-2025.yaml").write_text(REQUEST, encoding="utf-8")
    with open(
        data / "lookups" / "publishers.yaml", "a", encoding="utf-8"
    ) as out:  # the test source's domain, in the copy only
        out.write(
            "- domain: example.org\n  name: test\n  class: un\n  grade: A\n  reason: a test's own source\n"
        )
    db = tmp_path / "store.sqlite"
    build_store(data, f"sqlite:///{db}")
    with TestClient(create_app(Settings(data_dir=data, db_url=f"sqlite:///{db}"))) as client:
        page = client.get("/states/FRA", params={"on": "2025-06-01"})
        assert page.status_code == 200
        words = _words(page.text)
        assert 'id="art16-palestine"' in page.text and "UNSC res 9016 (2025) para 1" in words
        assert (
            "Suspended for now in the cases it covers" in words
            and "consult the Court without delay" in words.split("Standing:")[1]
        )
        after = _words(
            client.get("/states/FRA", params={"on": "2026-01-01"}).text
        )  # the twelve months ended
        assert "UNSC res 9016" not in after and "Suspended for now" not in after
