"""Round thirty-four of the bad input (tests/dataset/ROUND34.md): dates at the edges of ISO 8601 in records and in what the
monitor reads, sources whose address or dating contradicts what they are cited for, records that contradict one another
across files, the index's weights file. Each case of the sweep must be refused naming the file, the record and the
field (a legitimate one must not be refused); then the rules the sweep found missing, each with a control that must
pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.dataset import round34_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: Cases warned about rather than refused (by the words of their label), with why.
WARNED: dict[str, str] = {
    "the record does not hold": "a finding on a State that names no trip is warned about (`events`), not refused: a finding "
                                "on the State where the person lives names none, and the note may say why",
}
#: Cases the checker does not see, by the words of their label, with why: none.
LEFT: dict[str, str] = {}

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round34") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_an_edge_date_a_contradicting_source_or_record_or_bad_weights_are_refused_naming_file_record_and_field(
        base: Path, c: sweep.Case) -> None:
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    groups = {c.group for c in CASES}
    assert groups == {"dates at the edges", sweep.MONITOR, "sources that contradict what they are cited for",
                      "records that contradict each other", sweep.WEIGHTS}
    assert len({(c.files[0], c.fields[0]) for c in CASES if c.group == "dates at the edges"}) == 9  # round 32's nine dated spots
    assert len({c.id.split(":")[0] for c in CASES if c.group.startswith("sources")}) >= 10  # every kind with sources
    assert sum(c.valid for c in CASES) >= 4
    assert len(CASES) >= 100
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- the rules the sweep found missing: each fails on main's code, each with a control ----------------------------------


def _problems(base: Path, rel: str, change: Callable[[Any], None]) -> list[Any]:
    """The problems of the base with the file ``rel`` changed in place by ``change``, the base restored after."""
    path = base / rel
    text = path.read_text(encoding="utf-8")
    obj = load_yaml(text)
    change(obj)
    path.write_text(dump_yaml(obj), encoding="utf-8")
    try:
        return list(check_dataset(base)[1])
    finally:
        path.write_text(text, encoding="utf-8")


def _errors(problems: list[Any], rel: str, field: str, words: str = "") -> list[Any]:
    return [p for p in problems if p.file == f"data/{rel}" and p.severity == "error" and p.field == field and words in p.message]


def _domain(base: Path, cls: str) -> tuple[str, str]:
    """The first (domain, name) of class ``cls`` in the base's publishers table (by domain), a plain two-label domain."""
    rows = load_yaml((base / "lookups/publishers.yaml").read_text(encoding="utf-8"))["publishers"]
    row = next(r for r in sorted(rows, key=lambda r: r["domain"]) if r["class"] == cls and r["domain"].count(".") == 1)
    return row["domain"], row["name"]


W = "warrants/omar-hassan-ahmad-al-bashir-1.yaml"
NUMBERS = {"the Court's record": "ICC-02/05-01/09-302", "the Assembly of States Parties": "ICC-ASP/23/Res.5",
           "the UN depositary": "C.N.185.2019.TREATIES-XVIII.10"}


def _cite(domain: str, name: str, pinpoint: str, kind: str = "secondary") -> Callable[[Any], None]:
    def change(w: Any) -> None:
        w["sources"].append({"url": f"https://{domain}/2009/03/05/a-report.html", "publisher": name, "kind": kind,
                             "pinpoint": pinpoint})
    return change


@pytest.mark.parametrize("cls", ["newspaper_or_broadcaster", "news_agency"])
@pytest.mark.parametrize("family", list(NUMBERS))
def test_a_document_number_as_the_pinpoint_of_a_news_page_is_refused(base: Path, cls: str, family: str) -> None:
    domain, name = _domain(base, cls)
    n = len(load_yaml((base / W).read_text(encoding="utf-8"))["sources"])
    problems = _problems(base, W, _cite(domain, name, f"{NUMBERS[family]}, para. 12"))
    found = _errors(problems, W, f"sources[{n}].pinpoint", family)
    assert found and domain in found[0].message and found[0].record == "omar-hassan-ahmad-al-bashir-1", problems[:3]


@pytest.mark.parametrize(("label", "cls", "pinpoint"), [("the Court's own page", "court", "ICC-02/05-01/09-302"),
                                                        ("a copy of documents", "document_copy", "ICC-02/05-01/09-302"),
                                                        ("a news page, a paragraph", "newspaper_or_broadcaster", "para. 12"),
                                                        ("a news page, a press release number", "newspaper_or_broadcaster",
                                                         "ICC-CPI-20090304-PR394")])
def test_a_pinpoint_on_the_document_itself_or_a_place_in_a_report_passes(base: Path, label: str, cls: str, pinpoint: str) -> None:
    rows = load_yaml((base / "lookups/publishers.yaml").read_text(encoding="utf-8"))["publishers"]
    row = next(r for r in sorted(rows, key=lambda r: r["domain"]) if r["class"] == cls)
    n = len(load_yaml((base / W).read_text(encoding="utf-8"))["sources"])
    problems = _problems(base, W, _cite(row["domain"], row["name"], pinpoint))
    assert not [p for p in problems if p.file == f"data/{W}" and (p.field or "").startswith(f"sources[{n}].pinpoint")], problems[:3]


COURT_ACTS = [("warrants/omar-hassan-ahmad-al-bashir-1.yaml", "issued"), ("decisions/2010-08-27-chad.yaml", "date"),
              ("requests/2009-03-06-icc-omar-hassan-ahmad-al-bashir-jor.yaml", "date")]


def _days(day: str, n: int) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(str(day)[:10]) + dt.timedelta(days=n)).isoformat()


def _date_primary(field: str, n: int, note: str | None = None, kind: str = "primary") -> Callable[[Any], None]:
    def change(rec: Any) -> None:
        i = next(i for i, s in enumerate(rec["sources"]) if s["kind"] == "primary")
        rec["sources"][i].update(date=_days(rec[field], n), kind=kind)
        rec["sources"][i].pop("note", None)
        if note:
            rec["sources"][i]["note"] = note
    return change


def _primary_index(base: Path, rel: str) -> int:
    return next(i for i, s in enumerate(load_yaml((base / rel).read_text(encoding="utf-8"))["sources"]) if s["kind"] == "primary")


@pytest.mark.parametrize(("rel", "field"), COURT_ACTS)
@pytest.mark.parametrize("n", [-1, -30])
def test_a_primary_source_dated_before_the_courts_act_is_refused(base: Path, rel: str, field: str, n: int) -> None:
    i = _primary_index(base, rel)
    problems = _problems(base, rel, _date_primary(field, n))
    assert _errors(problems, rel, f"sources[{i}].date", "cannot precede the act"), [str(p) for p in problems if rel in p.file][:3]


@pytest.mark.parametrize(("rel", "field"), COURT_ACTS)
@pytest.mark.parametrize(("label", "n", "note", "kind"), [("on the act's day", 0, None, "primary"),
                                                          ("before, with a note saying what it is", -30,
                                                           "the Prosecutor's application, which the warrant grants", "primary"),
                                                          ("before, a report (secondary)", -1, None, "secondary")])
def test_a_primary_source_on_the_acts_day_or_an_earlier_one_with_its_note_passes(base: Path, rel: str, field: str, label: str,
                                                                                 n: int, note: str | None, kind: str) -> None:
    problems = _problems(base, rel, _date_primary(field, n, note, kind))
    assert not [p for p in problems if p.file == f"data/{rel}" and "cannot precede the act" in p.message]


@pytest.mark.parametrize(("part", "key"), [("window", "decay"), ("selection", "min_states")])
def test_an_unknown_key_of_the_weights_window_or_selection_is_named(tmp_path: Path, part: str, key: str) -> None:
    from iccwatch.assess.index import DEFAULT_WEIGHTS, WeightsError, load_weights

    w = load_yaml(DEFAULT_WEIGHTS.read_text(encoding="utf-8"))
    w[part][key] = 1
    path = tmp_path / "weights.yaml"
    path.write_text(dump_yaml(w), encoding="utf-8")
    with pytest.raises(WeightsError) as exc:
        load_weights(path)
    assert f"{part}.{key}" in str(exc.value) and str(path) in str(exc.value)


def test_the_published_weights_and_the_bundled_record_pass_the_new_rules() -> None:
    from iccwatch.assess.index import load_weights
    from iccwatch.dataset.document_number_checks import numbers_on_news_pages
    from iccwatch.dataset.linked_date_checks import _primary_before_court_act
    from iccwatch.dataset.loader import load_records

    assert load_weights()["window"]["years"] >= 1
    records, _ = load_records(REPO / "data")
    assert records is not None and records.decisions and records.warrants
    assert not list(numbers_on_news_pages(records))
    assert not list(_primary_before_court_act(records))
