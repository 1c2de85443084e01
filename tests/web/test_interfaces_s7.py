"""The dashboard's answers read as the CLI's and the API's do: CSV tables with graded sources and a header
even when empty, search results in words, the index's evidence with its facts and sources."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re

from tests.web.conftest import http_get
from typer.testing import CliRunner

from iccwatch.cli import app

#: The dashboard's tables with a column of sources (the page, a filter that leaves rows).
SOURCED_TABLES = ["/decisions", "/events", "/situations", "/statements"]
#: A source as the exports write it: "publisher (grade X, primary|secondary) URL".
CITED = re.compile(r"^.+ \(grade [A-Z], (primary|secondary)\) https?://\S+$")


def _csv(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def _cli(db_url: str, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--db", db_url])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_web_csv_sources_are_graded_as_the_cli_export_gives_them(server: str, db_url: str) -> None:
    exported = {kind: {r["source_urls"]: r["sources_cited"] for r in _csv(_cli(db_url, "export", kind))[1] if r.get("source_urls")}
                for kind in ("decisions", "events", "situations", "statements")}
    for path in SOURCED_TABLES:
        status, text = http_get(server, path + "?format=csv")
        assert status == 200, path
        header, rows = _csv(text)
        assert "sources" not in header and {"source_urls", "sources_cited"} <= set(header), (path, header)
        cited = [r for r in rows if r["source_urls"]]
        assert cited, path
        for r in cited:
            urls = r["source_urls"].split()
            parts = r["sources_cited"].split(" | ")
            assert len(parts) == len(urls), (path, r["sources_cited"])
            for url, part in zip(urls, parts, strict=True):  # each source: publisher, grade, primary or not, its address
                assert CITED.match(part) and part.endswith(" " + url), (path, part)
            kinds = [" (grade" in p and ", primary)" in p for p in parts]
            assert kinds == sorted(kinds, reverse=True), (path, parts)  # primary first
        if path == "/decisions":  # the same record's sources as the CLI export writes them
            same = [r for r in cited if set(r["source_urls"].split()) in [set(u.split()) for u in exported["decisions"]]]
            assert same, path
            for r in same:
                match = next(v for u, v in exported["decisions"].items() if set(u.split()) == set(r["source_urls"].split()))
                assert set(r["sources_cited"].split(" | ")) == set(match.split(" | "))


def test_an_empty_web_csv_has_the_header_of_a_full_one(server: str) -> None:
    for path, empty in [("/decisions", "/decisions?year=1999"), ("/events", "/events?year=1999"),
                        ("/statements", "/statements?state=VAT")]:
        full_header, full_rows = _csv(http_get(server, path + ("&" if "?" in path else "?") + "format=csv")[1])
        status, text = http_get(server, empty + "&format=csv")
        assert status == 200, empty
        header, rows = _csv(text)
        assert full_rows and not rows, empty
        assert header == full_header, empty


def test_an_empty_cli_csv_has_the_header_of_a_full_one(db_url: str) -> None:
    for full, empty in [(["decisions"], ["decisions", "--year", "1999"]), (["events"], ["events", "--year", "1999"]),
                        (["statements"], ["statements", "--year", "1999"]), (["persons"], ["persons", "zzqxv"]),
                        (["assess", "events"], ["assess", "events", "--state", "VAT"])]:
        full_header, full_rows = _csv(_cli(db_url, *full, "--csv"))
        header, rows = _csv(_cli(db_url, *empty, "--csv"))
        assert full_rows and not rows, empty
        assert header == full_header, empty
    # an export kind the record holds no record of yet still names its columns, sources included
    for kind in ("requests", "responses"):
        header, _ = _csv(_cli(db_url, "export", kind))
        assert {"id", "source_urls", "sources_cited"} <= set(header), kind


def test_an_empty_cli_table_says_so(db_url: str) -> None:
    out = _cli(db_url, "decisions", "--year", "1999")
    # the empty list names its filter (session 15: "No decision recorded in 1999."), never an empty table
    assert "no decision recorded in 1999" in out.casefold() and "┏" not in out




def test_search_results_show_where_they_match_in_words(server: str, facts, db_url: str) -> None:  # noqa: ANN001
    """Each result's context is a field of the record in words ("note: … Malawi …") holding a word asked
    for; never the search index's run of identifiers, codes and dates."""
    from iccwatch.service import search_records

    ids = {k for kind in ("persons", "situations", "decisions", "events", "statements", "measures", "warrants")
           for k in facts.records.of_kind(kind) if "-" in k}

    def readable(text: str) -> bool:
        return not any(t.strip(".,;:()…") in ids for t in text.split())

    for q in ("malawi", "bashir", "aggression", "non compliance", "enforcement of sentences"):
        words = [w.casefold() for w in re.findall(r"\w+", q)]
        hits = search_records(facts, db_url, q, limit=50)
        assert hits, q
        shown = [h for h in hits if h["snippet"]]
        assert shown, q
        for h in shown:
            field, _, text = h["snippet"].partition(": ")
            assert text and re.fullmatch(r"[a-z][a-z ]*", field), h["snippet"]
            assert readable(text), h["snippet"]
            assert any(t.casefold().startswith(w) for w in words for t in re.findall(r"\w+", text)), (q, h["snippet"])
        status, page = http_get(server, "/search?q=" + q.replace(" ", "+"))
        assert status == 200
        contexts = re.findall(r'<span class="help">([^<]*)</span>', page)
        assert contexts and all(": " in c and readable(c) for c in contexts), (q, contexts[:3])


#: An internal key: an indicator's or a pillar's id, an occasion (``ukraine@2022``), a path in the record.
def _internal_keys() -> set[str]:
    from iccwatch.assess.indicators import INDICATORS, PILLARS

    return {i.id for i in INDICATORS if "_" in i.id} | {p for p in PILLARS if "_" in p}


INTERNAL = re.compile(r"\b[a-z0-9-]+@\d{4}\b|\bdata/[\w/*.-]+")


def test_index_explanation_names_each_fact_and_its_sources_in_words(facts, server: str, db_url: str) -> None:  # noqa: ANN001
    """`index explain` and the State's page give, under each indicator, its value and the facts behind it,
    each with its own sources (publisher, grade); labels in words, never the index's internal keys."""
    from iccwatch.service import index_explain, states_list

    keys = _internal_keys()
    parties = [r["iso3"] for r in states_list(facts, dt.date(2025, 12, 31), party=True)]
    # every State Party's notes and facts: no occasion key or file path
    sourced = None
    for iso3 in parties:
        data = index_explain(facts, iso3, 2025, samples=0)
        for i in data["indicators"]:
            for text in [i["note"], i["definition"], *(e["what"] for e in i["evidence"])]:
                assert not INTERNAL.search(text), (iso3, i["indicator"], text)
            assert i["pillar_label"] and "_" not in i["pillar_label"] and i["status_text"]
            if sourced is None and any(e["sources"] for e in i["evidence"]):
                sourced = (iso3, i, next(e for e in i["evidence"] if e["sources"]))
    assert sourced, "no indicator of any State Party rests on a sourced fact"
    iso3, indicator, fact = sourced

    status, page = http_get(server, f"/states/{iso3}")
    assert status == 200
    row = re.search(rf'<tr id="ind-{indicator["indicator"]}">(.*?)</tr>', page, re.S)
    assert row, indicator["indicator"]
    cell = html.unescape(row.group(1))
    text = " ".join(re.sub(r"<[^>]+>", " ", cell).split())
    assert indicator["label"] in text
    assert " ".join(fact["what"].split()) in text  # the fact, not only its date
    for s in fact["sources"]:
        assert s["url"] in cell and f"grade {s['grade']}" in text, s["url"]
    index_section = page[page.index('id="idx"'):]
    shown = re.sub(r"<[^>]+>", " ", index_section)
    assert not any(re.search(rf"\b{k}\b", shown) for k in keys), [k for k in keys if k in shown]

    out = _cli(db_url, "index", "explain", iso3, "--samples", "0")
    assert not any(re.search(rf"\b{k}\b", out) for k in keys), [k for k in keys if re.search(rf"\b{k}\b", out)]
    block = out[out.index(indicator["label"]):]
    nxt = [block.find(i["label"], 1) for i in index_explain(facts, iso3, 2025, samples=0)["indicators"] if block.find(i["label"], 1) > 0]
    block = block[:min(nxt)] if nxt else block
    flat = " ".join(block.split())
    assert fact["what"][:30] in flat  # the fact under its own indicator
    for s in fact["sources"]:
        assert s["url"] in block and f"grade {s['grade']}" in flat, s["url"]


def test_state_page_duties_show_the_sources_they_rest_on(server: str) -> None:
    """Each duty on a State Party's page has its sources (publisher and grade beside each)."""
    status, page = http_get(server, "/states/ZAF")
    assert status == 200
    section = page[page.index('id="duties"'):page.index("</section>", page.index('id="duties"'))]
    rows = re.findall(r"<tr><td>.*?</tr>", section, re.S)
    assert rows
    for row in rows:
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        assert len(cells) == 6 and "grade " in cells[5] and 'href="http' in cells[5], cells[0]


def test_cli_search_gives_the_dashboards_results(facts, db_url: str) -> None:  # noqa: ANN001
    from iccwatch.service import search_records

    hits = search_records(facts, db_url, "bashir kenya", limit=50)
    out = " ".join(_cli(db_url, "search", "bashir", "kenya").split())
    assert hits and all(" ".join(h["title"].split()) in out for h in hits)
    assert all(" ".join(h["snippet"].split())[:40] in out for h in hits if h["snippet"])
    assert "Nothing in the record matches" in _cli(db_url, "search", "zzqxv")
    bad = CliRunner().invoke(app, ["search", "malawi", "--kind", "planets", "--db", db_url])
    assert bad.exit_code != 0 and "--kind" in bad.output


def test_api_export_of_a_kind_without_records_still_has_its_header(server: str) -> None:
    for kind in ("requests", "responses", "decisions"):
        status, text = http_get(server, f"/api/v1/export/{kind}?format=csv")
        assert status == 200, kind
        header, _ = _csv(text)
        assert {"id", "source_urls", "sources_cited"} <= set(header), (kind, header)
