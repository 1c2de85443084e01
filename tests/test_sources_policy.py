"""The source policy: publishers as data, grades, and the checker rules built on them.

Each rule has a bad fixture under tests/fixtures/bad/ (run, with the others, by test_dataset_check);
here are the rules' finer points and the grading used wherever a source is shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from iccwatch.dataset import RecordSet, check_dataset
from iccwatch.dataset.grading import PublisherIndex, PublisherTable, graded_sources, host_of
from iccwatch.dataset.sources_report import sources_report
from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.model import Source

BAD = Path(__file__).parent / "fixtures" / "bad"
POLICY_CASES = ["unknown-domain", "unreliable-domain", "primary-not-allowed", "copy-without-copy-of",
                "weak-sources-only", "late-source", "snapshot-after-its-date", "note-names-unknown-field",
                "from-recollection", "sprayed-sources", "status-out-of-order", "summons-coded-as-warrant"]


@pytest.fixture(scope="module")
def index(data_dir: Path) -> PublisherIndex:
    return PublisherIndex.from_lookups({"publishers": read_yaml(data_dir / "lookups" / "publishers.yaml")})


def _apply(case: str, data_copy: Path) -> list:
    for item in (BAD / case).iterdir():
        if item.is_dir():
            shutil.copytree(item, data_copy / item.name, dirs_exist_ok=True)
    _, problems = check_dataset(data_copy)
    return problems


@pytest.mark.parametrize("case", POLICY_CASES)
def test_policy_fixture_names_file_record_and_field(case: str, data_copy: Path) -> None:
    expected = read_yaml(BAD / case / "expected.yaml")
    problems = _apply(case, data_copy)
    hits = [p for p in problems if (p.file, p.record, p.field) == (expected["file"], expected["record"], expected["field"])
            and expected["message"] in p.message]
    assert hits, "\n".join(map(str, problems))
    assert all(p.severity == expected.get("severity", "error") for p in hits)


def test_every_cited_domain_is_classified(records: RecordSet, index: PublisherIndex) -> None:
    report = sources_report(records)
    assert report["unknown_domains"] == {}
    assert len(index) > 100


def test_subdomain_resolves_to_its_parent_entry(index: PublisherIndex) -> None:
    assert host_of("https://WWW.icc-cpi.int./x") == "icc-cpi.int"
    court = index.lookup("https://www.icc-cpi.int/court-record/icc-02/05-01/09-1")
    assert court is not None and court.publisher_class == "court" and court.allows_primary
    # A listed subdomain wins over its parent; an unlisted one falls back to the parent.
    asp = index.lookup("https://asp.icc-cpi.int/states-parties/x")
    assert asp is not None and asp.domain == "asp.icc-cpi.int"
    wiki = index.lookup("https://fr.m.wikipedia.org/wiki/Cour")
    assert wiki is not None and wiki.domain == "wikipedia.org" and not wiki.allows_primary
    assert index.lookup("https://icc-cpi.int.evil.example/") is None


def test_publisher_table_refuses_duplicates_and_bad_grades() -> None:
    base = {"about": "t", "sources": [{"url": "https://example.org", "kind": "secondary"}]}
    row = {"domain": "example.org", "name": "Ex", "class": "other", "grade": "B", "reason": "why not"}
    with pytest.raises(ValueError, match="listed twice"):
        PublisherTable.model_validate({**base, "publishers": [row, row]})
    with pytest.raises(ValueError):
        PublisherTable.model_validate({**base, "publishers": [{**row, "grade": "Z"}]})
    with pytest.raises(ValueError, match="www"):
        PublisherTable.model_validate({**base, "publishers": [{**row, "domain": "www.example.org"}]})


def test_bad_publisher_table_is_reported_with_its_file(data_copy: Path) -> None:
    path = data_copy / "lookups" / "publishers.yaml"
    path.write_text(path.read_text().replace("grade: A", "grade: AAA", 1))
    _, problems = check_dataset(data_copy)
    assert any(p.file == "data/lookups/publishers.yaml" and "grade" in (p.field or "") for p in problems)


def test_graded_sources_put_primary_first_and_deduplicate(index: PublisherIndex) -> None:
    news = Source(url="https://www.reuters.com/world/x", kind="secondary")
    court = Source(url="https://www.icc-cpi.int/news/x", kind="primary", pinpoint="para. 4")
    out = graded_sources([news, court, news], index)
    assert [d["url"] for d in out] == [court.url, news.url]
    assert out[0]["primary"] is True and out[0]["grade"] == "A" and out[0]["publisher_class"] == "court"
    assert out[0]["pinpoint"] == "para. 4" and out[1]["pinpoint"] is None
    assert out[1]["publisher"] == "Reuters" and out[1]["grade"] == "B"


def test_service_shows_every_source_graded_primary_first(records: RecordSet) -> None:
    import datetime as dt

    from iccwatch import service
    from iccwatch.facts import Facts

    facts = Facts(records)
    rel = service.state_relation(facts, "HUN", dt.date(2025, 7, 1))
    assert rel["sources"]
    for s in rel["sources"]:
        assert {"publisher", "publisher_class", "grade", "primary", "pinpoint"} <= set(s)
    flags = [s["primary"] for s in rel["sources"]]
    assert flags == sorted(flags, reverse=True)  # primary first
    for e in service.events_list(facts):
        assert all("grade" in s for s in e["sources"])


def test_cli_shows_publisher_and_grade_beside_each_source(data_dir: Path) -> None:
    """`data sources` on the real record (a full check) runs and reports the key facts with a primary source
    that was read."""
    from typer.testing import CliRunner

    from iccwatch.cli import app

    out = CliRunner().invoke(app, ["data", "sources", "--data", str(data_dir)])
    assert out.exit_code == 0, out.output
    assert "key facts with a primary source that was read" in out.output


def _testland(data_copy: Path, ratification_kind: str) -> None:
    (data_copy / "states" / "XXA.yaml").write_text(f"""iso3: XXA
iso2: XA
numeric: "900"
name: Testland
name_fr: Testlande
un_status: non_member
sources:
- {{url: "https://www.un.org/en/about-us/member-states", kind: primary}}
participation:
- action: ratification
  date: "2010-03-23"
  sources: [{{url: "https://www.icc-cpi.int/news/testland-ratifies", kind: {ratification_kind}, pinpoint: "para. 1"}}]
- action: entry_into_force
  date: "2010-06-01"
  derived_from: ratification
  sources:
  - {{url: "https://www.icc-cpi.int/sites/default/files/RS-Eng.pdf", kind: primary, pinpoint: "art. 126(2)"}}
""", encoding="utf-8")


@pytest.mark.parametrize(("ratification_kind", "counted"), [("primary", True), ("secondary", False)])
def test_derived_date_counts_as_primary_only_with_its_act(data_copy: Path, ratification_kind: str, counted: bool) -> None:
    """A date derived by art. 126 stands on the Statute and on the deposit: without a read primary for
    the deposit, the derived date has none either, and the report says why."""
    _testland(data_copy, ratification_kind)
    records, problems = check_dataset(data_copy)
    assert records is not None
    assert not [p for p in problems if p.record == "XXA" and p.severity == "error"], problems
    report = sources_report(records)
    missing = [row for row in report["key_facts_without_primary"] if row["record"] == "XXA"]
    eif = [row for row in missing if "entry_into_force" in row["fact"]]
    assert bool(eif) is not counted
    if eif:
        assert "derived by the Statute from the ratification of 2010-03-23" in eif[0]["primary_gap"]
    assert report["key_facts"]["by_kind"]["rome_statute_act"]["derived"] >= 1


EVENT = "2008-05-24-jean-pierre-bemba-gombo-belgium"


@pytest.mark.parametrize(("source", "reported"), [
    # a copy of a document on a C-grade host: not a report of the event
    ('{url: "https://www.global-regulation.com/translation/x.html", kind: secondary, copy_of: "the Court\'s release"}', False),
    # an NGO graded B: a report
    ('{url: "http://www.iccnow.org/?mod=newsdetail&news=2748", kind: secondary}', True),
    # a news copy of an agency report on a B host, cited as a copy of a Court document: not counted as a report
    ('{url: "https://www.news24.com/x", kind: secondary, copy_of: "the Court\'s release"}', False),
])
def test_event_counts_only_with_an_independent_report(data_copy: Path, source: str, reported: bool) -> None:
    """Issue 16: every event rests on at least one news agency, newspaper or broadcaster, or NGO report
    graded A or B; an event on copies or C-grade sites alone is listed, and counted as weak."""
    path = data_copy / "events" / f"{EVENT}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("sources:")] + f"sources:\n- {source}\n", encoding="utf-8")
    records, _ = check_dataset(data_copy)
    assert records is not None
    ev = sources_report(records)["events_independent_report"]
    listed = [row for row in ev["without"] if row["record"] == EVENT]
    assert bool(listed) is not reported
    assert ev["total"] == len(records.events)
    assert ev["with_report"] + len(ev["without"]) == ev["total"]
    if listed:
        assert listed[0]["file"].endswith(f"{EVENT}.yaml") and listed[0]["publishers"]


def test_a_host_read_again_is_the_same_and_a_bad_url_fails_every_time() -> None:
    """host_of keeps its answers (the checker asks for each citation's host); a URL it cannot read raises
    each time it is asked, as it did the first time (no answer is kept for it)."""
    for _ in range(2):
        assert host_of("https://News.Example.org:8080/a?b=c") == "news.example.org"
        with pytest.raises(ValueError):
            host_of("http://[::1/broken")
