"""The real-news evaluation set: its shape, the front-matter reader it relies on, and a floor under the
figures measured on it (the figures themselves are reported by `iccwatch monitor evaluate` and
benchmarks/bench_monitor.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iccwatch.facts import Facts
from iccwatch.model import parse_partial_date
from iccwatch.monitor.documents import DocumentError, read_path
from iccwatch.monitor.evaluate import evaluate_realnews, load_realnews
from iccwatch.monitor.extract import TYPES
from iccwatch.monitor.gazetteer import spec_from_records

REALNEWS = Path(__file__).parent / "realnews"


@pytest.fixture(scope="module")
def spec(facts: Facts):  # noqa: ANN201
    return spec_from_records(facts.records)


def test_front_matter_keeps_date_and_origin(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text('---\nurl: "https://example.org/a"\ndate: "2024-09-02"\ntitle: "T"\npublisher: "P"\n---\nBody text here.\n')
    (doc,) = read_path(p)
    assert (doc.url, doc.date, doc.title, doc.publisher) == ("https://example.org/a", "2024-09-02", "T", "P")
    assert doc.text == "Body text here."


@pytest.mark.parametrize("header, field", [("colour: red", "colour"), ('date: "3 Sept 2024"', "date")])
def test_bad_front_matter_names_file_and_field(tmp_path: Path, header: str, field: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_text(f"---\n{header}\n---\nBody.\n")
    with pytest.raises(DocumentError) as exc:
        read_path(p)
    assert "bad.txt" in str(exc.value) and field in str(exc.value)


def test_unclosed_front_matter_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "open.txt"
    p.write_text('---\ndate: "2024-09-02"\nBody.\n')
    with pytest.raises(DocumentError, match="never closed"):
        read_path(p)


def test_the_set_has_two_halves_of_real_labelled_articles(spec) -> None:  # noqa: ANN001
    halves = {h: load_realnews(REALNEWS / h) for h in ("dev", "test")}
    assert len(halves["dev"]) + len(halves["test"]) >= 60
    seen_urls: set[str] = set()
    for docs in halves.values():
        for doc, labels, name in docs:
            assert doc.url and doc.url.startswith("http") and doc.url not in seen_urls, name
            seen_urls.add(doc.url)
            parse_partial_date(doc.date)
            for e in [*labels["expected"], *(labels.get("optional") or [])]:
                assert e["type"] in TYPES, name
                assert e.get("person") is None or e["person"] in spec.persons, (name, e)
                assert e.get("state") is None or e["state"] in spec.state_names, (name, e)


def test_split_follows_the_fixed_rule() -> None:
    """Sorted by (date, url), the 1st, 3rd, … documents are in dev/, the 2nd, 4th, … in test/."""
    rows = sorted((doc.date, doc.url, half) for half in ("dev", "test") for doc, _, _ in load_realnews(REALNEWS / half))
    assert [half for _, _, half in rows] == ["dev" if i % 2 == 0 else "test" for i in range(len(rows))]


def test_test_half_floor(spec, facts: Facts) -> None:  # noqa: ANN001
    """A floor under the figures on the half nobody tunes on (the figures are in docs/monitor.md)."""
    r = evaluate_realnews(REALNEWS / "test", spec, facts)
    assert r["overall"]["precision"] >= 0.3 and r["overall"]["recall"] >= 0.35
