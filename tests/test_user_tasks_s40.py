"""Users' tasks of session 40 (docs/web.md, "Users' tasks (session 40)"): what five users met on the dashboard, in the
CLI and the API, each fixed as a general rule. Expected values are read from the service or the record, never typed."""

from __future__ import annotations

import csv
import io
import re
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from iccwatch import service
from iccwatch.facts import Facts


def doubt_words(d: dict[str, Any]) -> str:
    from iccwatch.service.citation import (
        doubt_words as words,  # in the test, so that each test fails alone without it
    )

    return words(d)


def _flat(text: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _arrest_pairs(facts: Facts) -> list[tuple[str, str, str]]:
    """(State, person, day) of each recorded trip with a State and a full day: questions the record can answer."""
    return [(e.state, e.person, str(e.date)) for e in sorted(facts.records.events.values(), key=lambda e: e.id)
            if e.state and len(str(e.date)) == 10]


# ------------------------------------------------------------------ 1. a journalist asks in words, of "next month"


def _next_month_question(facts: Facts) -> tuple[str, dict[str, Any]]:
    """A question in words of "next month" that is read as its first day (the answer the same on every day of it)."""
    from iccwatch.service.question import QuestionError, read_question

    for state, person, _ in _arrest_pairs(facts):
        words = f"Must {facts.records.states[state].name} arrest {facts.records.persons[person].name} if he visits next month?"
        try:
            read = read_question(facts, words)
        except QuestionError:
            continue
        if read["kind"] == "arrest" and read.get("period_whole") and not read.get("day_from_event"):
            return words, read
    pytest.skip("no trip's State and person read from words of next month")


def test_the_ask_page_says_how_words_of_next_month_were_read(client, facts: Facts) -> None:  # noqa: ANN001
    """"Must <State> arrest <person> if he visits next month?" on the dashboard answered for the month's first day with
    nothing saying that "next month" was read as that day, nor why one day answers for the month; the words asked were
    gone from the page. The CLI said it ("Read as: … (its first day: the answer is the same on every day named)"). The
    page now keeps the words and says the same line above the answer."""
    from iccwatch.service.question import read_as_words

    words, read = _next_month_question(facts)
    r = client.get("/ask", params={"question": words}, follow_redirects=False)
    assert r.status_code == 303
    target = r.headers["location"]
    assert parse_qs(urlsplit(target).query)["question"] == [words]
    page = client.get(target)
    assert page.status_code == 200
    line = re.search(r'<p class="notice" id="read-as">(.*?)</p>', page.text)
    assert line, "the page does not say how the words were read"
    said = unescape(line.group(1))
    assert words in said and read_as_words(read) in said
    assert "its first day" in said and read["on"] in said
    # the permalink and the citation stay the question answered, without the words
    assert "question=" not in unescape(re.search(r'id="permalink">([^<]+)<', page.text).group(1))


def test_the_cli_reads_the_words_in_the_pages_line(cli, facts: Facts) -> None:  # noqa: ANN001
    """The CLI and the page say one line (``service.question.read_as_words``)."""
    from iccwatch.service.question import read_as_words

    words, read = _next_month_question(facts)
    code, _, err = cli("ask", "question", words)
    assert code == 0, err
    assert f"Read as: {read_as_words(read)}" in " ".join(err.split())


def test_an_answer_whose_fields_were_changed_says_nothing_of_the_words(client, facts: Facts) -> None:  # noqa: ANN001
    """An address with the words and another day (the journalist changed the date field) answers that day; the words
    no longer ask it, so the page says nothing of how they were read."""
    words, read = _next_month_question(facts)
    other = f"{int(read['on'][:4]) + 1}{read['on'][4:]}"
    page = client.get("/ask", params={"state": read["state"], "person": read["person"], "on": other, "question": words})
    assert page.status_code == 200 and 'id="read-as"' not in page.text


# ------------------------------------------------------------------ 1b. the citation carries the doubt


def _answer_with(client, facts: Facts, test) -> dict[str, Any]:  # noqa: ANN001
    seen = set()
    for state, person, day in _arrest_pairs(facts):
        if (state, person) in seen:
            continue
        seen.add((state, person))
        d = client.get("/api/v1/arrest", params={"state": state, "person": person, "on": day}).json()
        if test(d):
            return d
        if len(seen) > 60:
            break
    pytest.skip("no answer of that kind among the recorded trips")


def test_the_citation_says_the_contested_positions(client, facts: Facts) -> None:  # noqa: ANN001
    """A journalist copying "Cite this answer" copied "answer: obliged" and nothing of the positions the answer lists
    as holding otherwise. The citation (dashboard, API, CLI: one function) now says how many of the positions recorded
    on the question would, if followed, answer otherwise, and how many leave it open ("Doubt: …" after the address, and
    the citation's own ``doubt``; ``answer`` stays the answer)."""
    d = _answer_with(client, facts, lambda d: any(p.get("answer_if_followed") not in (d["answer"], "unknown")
                                                  for p in d.get("contested") or []))
    contested = d["contested"]
    contrary = {}
    for p in contested:
        if p["answer_if_followed"] not in (d["answer"], "unknown"):
            contrary[p["answer_if_followed"]] = contrary.get(p["answer_if_followed"], 0) + 1
    text = d["citation"]["text"]
    assert f"of {len(contested)} position{'s' if len(contested) > 1 else ''} recorded on the question" in text
    for answer, n in contrary.items():
        assert f"{n} would answer {answer.replace('_', ' ')} if followed" in text
    assert d["citation"]["doubt"] == doubt_words(d) and f" Doubt: {doubt_words(d)}." in text
    # the dashboard's "Cite this answer" is the API's
    q = d["question"]
    page = client.get("/ask", params={"state": q["state"], "person": q["person"], "on": q["on"]})
    assert doubt_words(d) in unescape(page.text)


def test_the_citation_leads_with_what_is_disputed(client, facts: Facts) -> None:  # noqa: ANN001
    """An answer that states a disputed fact says it in its citation, led by what is disputed: asked of a State whose
    act under the Statute the record marks disputed, after that act, for the persons of the recorded trips."""
    import datetime as dt

    persons = sorted({e.person for e in facts.records.events.values()})
    d = None
    for iso3, st in sorted(facts.records.states.items()):
        acts = [a for a in st.participation if a.disputed and len(str(a.date)) == 10 and a.instrument == "rome-statute"]
        for a in acts[:1]:
            day = (dt.date.fromisoformat(str(a.date)) + dt.timedelta(days=30)).isoformat()
            for person in persons[:40]:
                got = client.get("/api/v1/arrest", params={"state": iso3, "person": person, "on": day}).json()
                if any(str(x).startswith("Disputed:") for x in got.get("doubts") or []):
                    d = got
                    break
            if d:
                break
        if d:
            break
    if d is None:
        pytest.skip("no answer stating a disputed fact")
    lead = next(str(x) for x in d["doubts"] if str(x).startswith("Disputed:")).split(" (", 1)[0]
    assert lead in d["citation"]["text"]
    assert "doubt" in d["citation"]["doubt"] and d["citation"]["answer"] == d["answer"].replace("_", " ")


def test_an_answer_without_doubt_is_cited_as_before() -> None:
    """No doubt but the record's check day (the citation's version says it) and no position answering otherwise: the
    answer alone."""
    d = {"answer": "obliged", "doubts": ["the record was checked through 2026-11-30; facts after that date may be missing"],
         "contested": [{"answer_if_followed": "obliged"}]}
    assert doubt_words(d) == ""


# ------------------------------------------------------------------ 2. a diplomat lists the States that joined statements


def test_the_signatories_export_says_each_statements_stance_title_and_sources(cli, client, facts: Facts) -> None:  # noqa: ANN001
    """`export statement-signatories` gave statement, date, State and whether the list was complete: a diplomat listing
    the States that joined statements *in support* of the Court could not tell a statement against it, nor cite one.
    Each row now has the statement's stance, title, whether the State drafted or led it, and the statement's sources."""
    rows = service.export_rows(facts, "statement-signatories", flat=True)
    assert rows
    statements = facts.records.statements
    for r in rows:
        s = statements[r["statement"]]
        assert r["stance"] == s.stance and r["title"] == s.title
        assert r["drafter"] == (r["iso3"] in s.drafters)
        assert set(r["source_urls"].split()) == {str(x.url) for x in s.sources}
    api = list(csv.DictReader(io.StringIO(client.get("/api/v1/export/statement-signatories", params={"format": "csv"}).text)))
    assert [(r["statement"], r["iso3"], r["stance"]) for r in api] == [(r["statement"], r["iso3"], r["stance"]) for r in rows]
    code, out, err = cli("export", "statement-signatories")
    assert code == 0, err
    header = next(csv.reader(io.StringIO(out)))
    assert {"stance", "title", "drafter", "source_urls", "sources_cited"} <= set(header)


def test_the_signatories_header_is_the_same_without_rows() -> None:
    assert service.export_fields("statement-signatories")[4:7] == ["stance", "title", "drafter"]


# ------------------------------------------------------------------ 3. a researcher reproduces the comparison's points


YEAR = 2025


def _pair_of_coverages(facts: Facts) -> tuple[str, str]:
    """Two States Parties scored with a different number of indicators with data in one pillar: the case where an
    indicator's points differ though its values are equal."""
    result = service.index_ranking(facts, YEAR, None, 0, 42)
    rows = [r for r in result["states"] if r.get("group") == "states_parties" and r.get("score") is not None]
    by_cov: dict[str, str] = {}
    for r in rows:
        by_cov.setdefault(str(r.get("coverage")), r["iso3"])
        if len(by_cov) >= 2:
            break
    if len(by_cov) < 2:
        pytest.skip("every State Party has the same coverage")
    a, b = list(by_cov.values())[:2]
    return a, b


def test_the_comparisons_csv_lets_a_reader_compute_each_points_figure(cli, facts: Facts) -> None:  # noqa: ANN001
    """The comparison's CSV gave each indicator's value and points, not its weight nor its normalised value, so the
    points could not be computed from the file. It now has ``weight`` and ``normalised_<ISO>``; each State's points are
    normalised × weight / (its pillar's weights with points) × pillar weight / (its pillars' weights with points) × 100."""
    a, b = _pair_of_coverages(facts)
    code, out, err = cli("index", "compare", a, b, "--csv", "--samples", "0")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    pillars = {r["component"]: r for r in rows if r["kind"] == "pillar"}
    for iso in (a, b):
        weights = {k: float(r["weight"]) for k, r in pillars.items() if r[f"points_{iso}"] != ""}
        total = 0.0
        for r in rows:
            if r["kind"] != "indicator" or r[f"points_{iso}"] == "":
                continue
            within = sum(float(x["weight"]) for x in rows
                         if x["kind"] == "indicator" and x["pillar"] == r["pillar"] and x[f"points_{iso}"] != "")
            points = float(r[f"normalised_{iso}"]) * float(r["weight"]) / within * weights[r["pillar"]] / sum(weights.values()) * 100
            assert abs(points - float(r[f"points_{iso}"])) < 0.01, (iso, r["component"])
            total += points
        score = next(r for r in rows if r["component"] == "score")[f"value_{iso}"]
        assert abs(total - float(score)) < 0.1


def _spec() -> dict[str, Any]:
    state = {"group_words": "States Parties", "rank": 1, "states_ranked": 3, "tied": False, "sharing_rank": 1,
             "rank_interval": None, "band": 1, "bands": 1}
    ind = {"label": "", "pillar": "", "difference": 0}
    return {"states": [{**state, "name": "A", "iso3": "AAA", "score": 90.0}, {**state, "name": "B", "iso3": "BBB", "score": 80.0}],
            "same_group": True, "outscores": None, "score_difference": 10.0, "samples": 0,
            "pillars": [{"pillar": "p1", "label": "first", "difference": 0.0}, {"pillar": "p2", "label": "second", "difference": 10.0}],
            "indicators": [{**ind, "label": "I1", "pillar": "p1", "difference": 20.0}, {**ind, "label": "I2", "pillar": "p1", "difference": -20.0},
                           {**ind, "label": "I3", "pillar": "p2", "difference": 10.0}]}


def test_the_comparisons_words_give_the_pillars_first() -> None:
    """The comparison's sentence listed the four largest indicator differences ("Findings of non-compliance +24.5" for
    two States with no finding each, whose pillar gave both the same points). It now gives each pillar that makes the
    gap, with its indicators, and says apart that a pillar giving both the same points has indicators whose points
    differ only by which of them apply or have data."""
    from iccwatch.service.assessment import compare_words

    words = compare_words(_spec())
    assert "by pillar (points of the score, A minus B): second +10 (I3 +10)." in words
    assert "The first pillar gives both the same points; its indicators' points differ (I1 +20; I2 -20)" in words
    assert "by component" not in words


# ------------------------------------------------------------------ 4. court staff read the monitor's evidence


def test_the_monitor_page_gives_the_evidence_a_reading_width(store_copy: Path) -> None:
    """At 1366 px the monitor's twelve columns left the evidence sentence one or two words a line, and the full
    timestamp of each candidate took a sixth of the width. The evidence cell is now a prose cell (a reading width on a
    wide screen, stacked on a phone), the table shows the day each was read and sorts by the time read, latest first;
    the downloads keep the time."""
    from fastapi.testclient import TestClient
    from sqlalchemy import insert
    from tests.conftest import DATA

    from iccwatch.app import create_app
    from iccwatch.monitor.queue import Queue
    from iccwatch.settings import Settings

    def row(i: str, at: str) -> dict[str, Any]:
        return {"id": i * 16, "document_id": i * 32, "type": "visit", "method": "test", "model_version": "test",
                "payload": {"person": None, "state": None, "evidence": {"sentence": f"sentence {i}"}},
                "confidence": 0.5, "status": "pending", "created_at": at}

    url = f"sqlite:///{store_copy}"  # a real queue (round 27, session 44: the page reads its page from the store)
    q = Queue(url)
    with q.write() as conn:
        for i, at in (("a", "2026-01-01T08:00:00+00:00"), ("b", "2026-01-01T09:00:00+00:00"), ("c", "2025-12-31T23:00:00+00:00")):
            conn.execute(insert(q.documents).values(id=i * 32, title=f"t{i}", url="", text="a document", ingested_at=at))
            conn.execute(insert(q.candidates).values(**row(i, at)))
    q.close()
    app = create_app(Settings(data_dir=DATA, db_url=url))
    with TestClient(app) as c:
        page = c.get("/monitor")
        assert page.status_code == 200
        assert re.search(r'<td data-label="Evidence" class="prose">sentence a</td>', page.text)
        cells = re.findall(r'<td data-label="Ingested" class="d">([^<]*)</td>', page.text)
        assert cells == ["2026-01-01", "2026-01-01", "2025-12-31"]
        assert [m for m in re.findall(r"sentence (\w)", page.text)] == ["b", "a", "c"]  # latest first within the day
        table = list(csv.DictReader(io.StringIO(c.get("/monitor", params={"format": "csv"}).text)))
        assert [r["created_at"] for r in table] == ["2026-01-01T09:00:00+00:00", "2026-01-01T08:00:00+00:00",
                                                   "2025-12-31T23:00:00+00:00"]
        # an address of the old default sort still answers
        assert c.get("/monitor", params={"sort": "created_at"}).status_code == 200


def test_the_comparison_page_downloads_the_clis_csv(cli, client, facts: Facts) -> None:  # noqa: ANN001
    """The comparison page offered JSON only, and `?format=csv` was ignored (the page shown): a researcher on the
    dashboard had no file to compute from. The page now links its CSV, the CLI's `index compare --csv` (the same
    default draws), and a format it does not offer is refused naming the field."""
    a, b = _pair_of_coverages(facts)
    page = client.get("/index/compare", params={"states": f"{a},{b}", "year": YEAR})
    assert page.status_code == 200 and "format=csv" in page.text
    r = client.get("/index/compare", params={"states": f"{a},{b}", "year": YEAR, "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    code, out, err = cli("index", "compare", a, b, "--year", str(YEAR), "--csv")
    assert code == 0, err
    assert list(csv.reader(io.StringIO(r.text))) == list(csv.reader(io.StringIO(out)))
    bad = client.get("/index/compare", params={"states": f"{a},{b}", "format": "pdf"})
    assert bad.status_code == 422 and "format" in _flat(bad.text)
