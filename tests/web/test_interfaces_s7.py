"""The dashboard's answers read as the CLI's and the API's do: CSV tables with graded sources and a header
even when empty, search results in words, the index's evidence with its facts and sources."""

from __future__ import annotations

import csv
import io
import re
import urllib.error
import urllib.request

from typer.testing import CliRunner

from iccwatch.cli import app

#: The dashboard's tables with a column of sources (the page, a filter that leaves rows).
SOURCED_TABLES = ["/decisions", "/events", "/situations", "/statements"]
#: A source as the exports write it: "publisher (grade X, primary|secondary) URL".
CITED = re.compile(r"^.+ \(grade [A-Z], (primary|secondary)\) https?://\S+$")


def _get(server: str, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(server + path, timeout=120) as r:  # noqa: S310 - the test's own server
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


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
        status, text = _get(server, path + "?format=csv")
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
        full_header, full_rows = _csv(_get(server, path + ("&" if "?" in path else "?") + "format=csv")[1])
        status, text = _get(server, empty + "&format=csv")
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
    assert "none recorded" in out and "┏" not in out




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
        status, page = _get(server, "/search?q=" + q.replace(" ", "+"))
        assert status == 200
        contexts = re.findall(r'<span class="help">([^<]*)</span>', page)
        assert contexts and all(": " in c and readable(c) for c in contexts), (q, contexts[:3])
