"""Round thirty of the bad input (tests/dataset/ROUND30.md): the sources a reviewer doubts. Each case of the sweep is a
record that looks well formed but whose citation cannot be trusted; it must be refused naming the file, the record and
the source's field, or, for the kinds of doubt the checker leaves to a reviewer, warned about (``WARNED``); the few the
checker does not see are listed with why (``LEFT``); a legitimate one must not crash. Then the rules the sweep found
missing, each on a record of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.dataset import round30_sweep as sweep

from iccwatch.dataset import check_dataset
from iccwatch.dataset.record_walks import KINDS_WITH_SOURCES
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: Cases the checker warns about rather than refuses (by the words of their label), with why. Each may also be refused
#: where another rule applies (a news page graded primary on the second record).
WARNED = {
    "a source dated after checked_through": "round 29: a source may be read before checked_through is moved",
    "a source dated four years before the fact": "round 29: an earlier source is often right (an announcement); its note says why",
    "cited with another publisher": "one page's publisher written two ways: a reviewer says which is right",
    "cited with another grade": "a page is primary only for the facts it states; a note may say why it is not here",
    "every source secondary, no primary_gap": "coverage_checks: a key fact without a primary says what was searched",
}
#: Cases the checker does not see, by the words of their label and the kinds they are not seen in, with why.
LEFT: dict[str, tuple[frozenset[str], str]] = {
    "a primary_gap beside a read primary": (
        frozenset(KINDS_WITH_SOURCES),
        "a gap may name another document than the primary cited (99 facts of the record do: 'No primary source read "
        "states this date' beside the depositary's notification); only a bare gap is warned about (round 8)"),
    "a source dated four years before the fact": (
        frozenset({"instruments", "situations"}),
        "an instrument's or a situation's record gathers sources of its drafting or its preliminary examination, "
        "years before the date the sweep reads"),
    "every source secondary, no primary_gap": (
        frozenset({"states", "persons", "situations", "statements", "positions", "requests", "responses"}),
        "only key facts (a warrant, a decision, a trip, a measure, a treaty act) must say why no primary is cited; "
        "the record holds 335 other facts resting on reports"),
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round30") / "data")


def _cases() -> list[sweep.Case]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return sweep.cases(sweep.base_copy(Path(tmp) / "data"))


CASES = _cases()


def expected(c: sweep.Case) -> set[str]:
    """The classes a case may end in."""
    kind = c.id.split(":")[0]
    allowed = {"refused, named"}
    for words, _why in WARNED.items():
        if words in c.id:
            allowed.add("warned")
    for words, (kinds, _why) in LEFT.items():
        if words in c.id and kind in kinds:
            allowed |= {"warned", "silent"}
    return allowed


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_doubtful_source_is_refused_naming_file_record_and_field(base: Path, c: sweep.Case) -> None:
    result, shown = sweep.outcome(c, base)
    assert result != "crash", shown
    if c.valid:
        return
    assert result in expected(c), (result, c.why, shown)


def test_the_sweep_covers_every_kind_with_sources_and_every_group() -> None:
    """Control on the generator: every kind of record that carries sources is swept, every class of publisher outside the
    primary ones is tried, and each group of cases is made."""
    from iccwatch.dataset.grading import PRIMARY_CLASSES, PublisherClass

    swept = {c.id.split(":")[0] for c in CASES}
    assert swept == set(KINDS_WITH_SOURCES), set(KINDS_WITH_SOURCES) - swept
    import typing

    classes = set(typing.get_args(PublisherClass)) - PRIMARY_CLASSES
    tried = {c.id.split(":")[3].split(" graded")[0] for c in CASES if c.group.startswith("primary from")}
    assert classes <= tried, classes - tried
    assert {c.group for c in CASES} == {"primary from a publisher the policy does not count as primary", "the page under another form",
                                        "no address, or a document number of the wrong form", "dates", "the fact's sources",
                                        "one address, two descriptions"}
    assert sum(c.valid for c in CASES) < len(CASES) // 20


def test_the_sweeps_base_passes() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        errors = [str(p) for p in check_dataset(sweep.base_copy(Path(tmp) / "data"))[1] if p.severity == "error"]
    assert not errors, errors


# ------------------------------------------------------------------------- the fixes, each on a record of its own

PERSON = "persons/omar-hassan-ahmad-al-bashir.yaml"
EVENT = "events/2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml"
WARRANT = "warrants/omar-hassan-ahmad-al-bashir-1.yaml"


def _edit(data: Path, rel: str, change: Any) -> None:
    obj = load_yaml((data / rel).read_text(encoding="utf-8"))
    change(obj)
    (data / rel).write_text(dump_yaml(obj), encoding="utf-8")


def _problems(data: Path, rel: str, words: str, severity: str = "error") -> list[tuple[str | None, str | None]]:
    return [(p.record, p.field) for p in check_dataset(data)[1] if p.file == f"data/{rel}" and p.severity == severity
            and words in p.message]


def _news_domain(data: Path) -> str:
    return sweep._news_domain(data)


def test_a_news_page_graded_primary_on_a_person_is_refused(data_copy: Path) -> None:
    """Persons were among the kinds where a primary from a non-primary publisher was only a warning; the record holds none."""
    news = _news_domain(data_copy)
    _edit(data_copy, PERSON, lambda o: o["sources"].insert(0, {"url": f"https://{news}/2019/a.html", "kind": "primary"}))
    assert _problems(data_copy, PERSON, "cannot be a primary source") == [("omar-hassan-ahmad-al-bashir", "sources[0].kind")]


def test_an_archive_capture_is_judged_as_the_page_it_wraps(data_copy: Path) -> None:
    listed = {r["domain"] for r in load_yaml((data_copy / "lookups/publishers.yaml").read_text(encoding="utf-8"))["publishers"]}
    assert "unlisted-outlet.example" not in listed
    page = "https://unlisted-outlet.example/2019/a.html"
    capture = {"url": f"https://web.archive.org/web/20200101000000/{page}", "kind": "secondary", "copy_of": page}
    _edit(data_copy, EVENT, lambda o: o["sources"].append(capture))
    assert _problems(data_copy, EVENT, "does not list") == [("2017-03-29-omar-hassan-ahmad-al-bashir-jordan", "sources[2].url")]


def test_an_archive_capture_of_a_listed_page_passes(data_copy: Path) -> None:
    """Control: a capture of the Court's page, cited as a copy, is judged as the Court's page (listed, graded A)."""
    page = "https://www.icc-cpi.int/darfur/albashir"
    capture = {"url": f"https://web.archive.org/web/20200101000000/{page}", "kind": "secondary", "copy_of": page}
    _edit(data_copy, EVENT, lambda o: o["sources"].append(capture))
    assert not _problems(data_copy, EVENT, "the capture copies")


def test_the_wrapped_page_of_a_capture() -> None:
    from iccwatch.dataset.grading import wrapped_page

    assert wrapped_page("https://web.archive.org/web/20200101000000/https://a.example/x?y=1") == "https://a.example/x?y=1"
    assert wrapped_page("http://web.archive.org/web/2020id_/http:/www.a.example/x") == "http://www.a.example/x"
    assert wrapped_page("https://web.archive.org/web/2020/a.example/x") == "http://a.example/x"
    assert wrapped_page("https://www.icc-cpi.int/web/2020/https://a.example/x") is None
    assert wrapped_page("https://web.archive.org/details/something") is None


@pytest.mark.parametrize("pinpoint", ["ICC-2/05-01/09-302", "ICC-02/O5-01/09-302, para. 3", "ICC-ASP/Res.5",
                                      "C.N.185.19.TREATIES-XVIII.10", "C.N.185.TREATIES-XVIII.10"])
def test_a_document_number_of_the_wrong_form_is_refused(data_copy: Path, pinpoint: str) -> None:
    _edit(data_copy, WARRANT, lambda o: o["sources"][0].update(pinpoint=pinpoint))
    assert _problems(data_copy, WARRANT, "is not of its form") == [("omar-hassan-ahmad-al-bashir-1", "sources[0].pinpoint")]


@pytest.mark.parametrize("pinpoint", ["ICC-02/05-01/09-302, para. 3", "ICC-02/05-01/09-T-4-ENG p. 3", "ICC-RoC46(3)-01/18-37",
                                      "ICC-ASP/23/Res.5", "(C.N.185.2019.TREATIES-XVIII.10)", "C.N.612.2008.TREATIES-6.",
                                      "ICC-CPI-2021024-PR1559, first paragraph", "ICC-01/22"])
def test_a_document_number_of_its_form_passes(pinpoint: str) -> None:
    """Control: the forms the three publishers print, and a press release number as the Court printed it."""
    from iccwatch.dataset.document_number_checks import number_problem

    assert number_problem(pinpoint) is None


def _courts(data: Path) -> dict[str, Any]:
    """The warrant's first source published by the Court (graded primary)."""
    return next(s for s in load_yaml((data / WARRANT).read_text(encoding="utf-8"))["sources"]
                if s.get("publisher") == "International Criminal Court" and s["kind"] == "primary")


def test_one_address_with_two_publishers_is_warned(data_copy: Path) -> None:
    src = _courts(data_copy)
    _edit(data_copy, EVENT, lambda o: o["sources"].append({**src, "publisher": "Reuters"}))
    found = _problems(data_copy, EVENT, "one page has one publisher", "warning")
    assert found == [("2017-03-29-omar-hassan-ahmad-al-bashir-jordan", "sources[2].publisher")], found


@pytest.mark.parametrize("name", ["ICC", "The International Criminal Court (ICC)", "icc-cpi.int", "Criminal Court, International"])
def test_one_publisher_written_two_ways_passes(data_copy: Path, name: str) -> None:
    """Control: initials, a gloss, the site's domain and another order name one body."""
    src = _courts(data_copy)
    _edit(data_copy, EVENT, lambda o: o["sources"].append({**src, "publisher": name}))
    assert not _problems(data_copy, EVENT, "one page has one publisher", "warning")


def test_one_address_graded_two_ways_is_warned_once_per_record(data_copy: Path) -> None:
    src = _courts(data_copy)

    def twice(o: dict[str, Any]) -> None:
        o["sources"] += [{**src, "kind": "secondary", "pinpoint": "p. 1"}, {**src, "kind": "secondary", "pinpoint": "p. 2"}]
    _edit(data_copy, EVENT, twice)
    found = _problems(data_copy, EVENT, "is cited as secondary here and primary", "warning")
    assert found == [("2017-03-29-omar-hassan-ahmad-al-bashir-jordan", "sources[2].kind")], found


def test_a_report_years_before_a_trip_is_warned_unless_its_note_says_why(data_copy: Path) -> None:
    _edit(data_copy, EVENT, lambda o: o["sources"][0].update(date="2013-03-29"))
    found = _problems(data_copy, EVENT, "more than a year before the date", "warning")
    assert found == [("2017-03-29-omar-hassan-ahmad-al-bashir-jordan", "sources[0].date")], found
    _edit(data_copy, EVENT, lambda o: o["sources"][0].update(note="the summit's announcement, years ahead"))
    assert not _problems(data_copy, EVENT, "more than a year before the date", "warning")


def test_a_report_years_before_a_treaty_act_or_a_status_is_warned(data_copy: Path) -> None:
    state = "states/" + sorted(p.name for p in (data_copy / "states").glob("*.yaml")
                               if load_yaml(p.read_text(encoding="utf-8")).get("participation"))[0]
    obj = load_yaml((data_copy / state).read_text(encoding="utf-8"))
    act = obj["participation"][0]
    early = f"{int(str(act['date'])[:4]) - 4}-01-01"
    _edit(data_copy, state, lambda o: o["participation"][0]["sources"][0].update(date=early))
    found = _problems(data_copy, state, "more than a year before the date", "warning")
    assert found == [(obj["iso3"], "participation[0].sources[0].date")], found
