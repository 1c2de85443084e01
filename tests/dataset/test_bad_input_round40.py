"""Round forty of the bad input (tests/dataset/ROUND40.md): a State's end and its successors, a page pinpoint against
its source's pages, one source cited twice under two spellings of its address, two spaces in a one-line field, and the
placeholder words as data. Each case of the sweep must be refused naming the file, the record and (where the case gives
one) the field; a legitimate one must pass. Then the rules themselves, with controls, and five fixtures through the
check, the build and the API's load."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from tests.dataset import round40_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases
from tests.dataset.test_bad_input import (  # noqa: F401 (built_small_store: a fixture)
    assert_api_load_names_it_and_keeps_the_store,
    assert_build_refuses_and_keeps_the_store,
    built_small_store,
)

from iccwatch.dataset import RecordError, check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: Cases warned about rather than refused, and cases the checker does not see: none.
WARNED: dict[str, str] = {}
LEFT: dict[str, str] = {}

SSD = "states/SSD.yaml"
EVENT = "events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round40") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_state_s_end_a_page_a_source_twice_or_a_paste_is_refused(base: Path, c: sweep.Case) -> None:
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    assert {c.group for c in CASES} == {sweep.ENDS, sweep.END_RECORD, sweep.PAGES, sweep.SAME, sweep.PASTES, sweep.TABLE,
                                         sweep.AGAIN}
    assert len({c.files[0].split("/")[0] for c in CASES if c.group == sweep.PAGES}) == 12
    assert sum(not c.valid for c in CASES) >= 120 and sum(c.valid for c in CASES) >= 20
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


def _errors_after(base: Path, changes: dict[str, object]) -> list[str]:
    """The errors (as printed) after each file's ``change(obj)`` (a new object where it returns one); put back after."""
    saved = {rel: (base / rel).read_bytes() if (base / rel).exists() else None for rel in changes}
    try:
        for rel, change in changes.items():
            obj = load_yaml((base / rel).read_text(encoding="utf-8"))
            obj = change(obj) or obj  # type: ignore[operator]
            (base / rel).write_text(dump_yaml(obj), encoding="utf-8")
        return [str(p) for p in check_dataset(base)[1] if p.severity == "error"]
    finally:
        for rel, data in saved.items():
            if data is None:
                (base / rel).unlink()
            else:
                (base / rel).write_bytes(data)


def _ended(day: str, successors: list[str] | None = None) -> object:
    def change(o: dict) -> None:  # type: ignore[type-arg]
        since = o.pop("since")
        o["ended"] = {"date": day, "sources": copy.deepcopy(since["sources"]), **({"successors": successors} if successors else {})}
    return change


# -- a State's end -----------------------------------------------------------------------------------------------------

def test_a_state_s_own_act_after_its_end_is_refused_and_on_its_last_day_passes(base: Path) -> None:
    def status(o: dict) -> None:  # type: ignore[type-arg]
        o.setdefault("implementing_legislation", []).append(
            {"status": "none", "as_of": "2015-03-10", "sources": copy.deepcopy(o["since"]["sources"])})
        _ended("2015-03-09")(o)  # type: ignore[operator]
    errors = _errors_after(base, {SSD: status})
    assert any("[SSD] implementing_legislation[0].as_of: SSD ended on 2015-03-09 (its ended), but this is dated 2015-03-10, "
               "after it ceased to exist" in e for e in errors), errors

    def same_day(o: dict) -> None:  # type: ignore[type-arg]
        o.setdefault("implementing_legislation", []).append(
            {"status": "none", "as_of": "2015-03-10", "sources": copy.deepcopy(o["since"]["sources"])})
        _ended("2015-03-10")(o)  # type: ignore[operator]
    assert not [e for e in _errors_after(base, {SSD: same_day}) if "SSD.yaml" in e]


def test_a_state_named_on_another_record_after_its_end_is_refused(base: Path) -> None:
    """A custody spell held by the State after its end (read against its since by the custody checks, here against its
    end); the State's record itself is not at fault."""
    wa = "warrants/bosco-ntaganda-1.yaml"

    def held(o: dict) -> None:  # type: ignore[type-arg]
        src = copy.deepcopy(o["status_history"][1]["sources"])
        o.setdefault("custody", []).append({"held_by": "SSD", "since": "2013-03-18", "until": "2013-03-20", "sources": src})
    errors = _errors_after(base, {wa: held, SSD: _ended("2013-01-01")})
    assert any("[bosco-ntaganda-1] custody[0].held_by: SSD ended on 2013-01-01" in e for e in errors), errors


@pytest.mark.parametrize(("successors", "words"), [
    (["YUG"], "[SSD] ended.successors[0]: the successor YUG is not a State of the record"),
    (["SSD"], "[SSD] ended.successors[0]: SSD is named as its own successor"),
])
def test_a_successor_must_be_another_state_of_the_record(base: Path, successors: list[str], words: str) -> None:
    errors = _errors_after(base, {SSD: _ended("2026-05-01", successors)})
    assert any(words in e for e in errors), errors


def test_an_end_before_the_state_came_into_being_is_refused_and_a_known_successor_passes(base: Path) -> None:
    def early(o: dict) -> None:  # type: ignore[type-arg]
        o["ended"] = {"date": "2011-07-01", "sources": copy.deepcopy(o["since"]["sources"])}
    assert any("[SSD] ended.date: ended on 2011-07-01, before it came into being on 2011-07-09" in e
               for e in _errors_after(base, {SSD: early}))

    def known(o: dict) -> None:  # type: ignore[type-arg]
        o["ended"] = {"date": "2026-05-01", "successors": ["SDN"], "sources": copy.deepcopy(o["since"]["sources"])}
    assert not [e for e in _errors_after(base, {SSD: known}) if "SSD" in e]


# -- a page pinpoint against its source's pages ------------------------------------------------------------------------

def _first_source(**values: object) -> object:
    def change(o: dict) -> None:  # type: ignore[type-arg]
        o["sources"][0] = {**o["sources"][0], **values}
    return change


@pytest.mark.parametrize(("pages", "pinpoint", "words"), [
    (0, "p. 12", "names a page, but the source has no pages (pages: 0)"),
    (0, "Seite 4", "names a page, but the source has no pages (pages: 0)"),
    (100, "pp. 112-13", "names page 113, but the document has 100 pages"),
    (12, "pages 3, 7 and 19", "names page 19, but the document has 12 pages"),
])
def test_a_page_beyond_the_source_s_pages_is_refused(base: Path, pages: int, pinpoint: str, words: str) -> None:
    errors = _errors_after(base, {EVENT: _first_source(pages=pages, pinpoint=pinpoint)})
    assert any("sources[0].pinpoint: pinpoint" in e and words in e for e in errors), errors


@pytest.mark.parametrize(("pages", "pinpoint"), [(0, "para. 12"), (120, "pp. 112-13"), (20, "p. 20"), (0, "art. 126(2)")])
def test_a_page_within_the_count_or_no_page_passes(base: Path, pages: int, pinpoint: str) -> None:
    assert not [e for e in _errors_after(base, {EVENT: _first_source(pages=pages, pinpoint=pinpoint)}) if "pinpoint" in e or "pages" in e]


# -- one source cited twice under two spellings of its address -------------------------------------------------------

def test_a_source_cited_again_under_another_spelling_of_its_address_is_refused(base: Path) -> None:
    def again(o: dict) -> None:  # type: ignore[type-arg]
        o["sources"].insert(1, {**o["sources"][0], "url": o["sources"][0]["url"].replace("https://", "http://", 1)})
    errors = _errors_after(base, {EVENT: again})
    assert any("sources[1]: the same source is cited twice on this fact (also sources[0]), under two forms of its address" in e
               for e in errors), errors


def test_the_same_page_cited_again_for_another_place_stays_a_warning(base: Path) -> None:
    def again(o: dict) -> None:  # type: ignore[type-arg]
        o["sources"].insert(1, {**o["sources"][0], "url": o["sources"][0]["url"].replace("https://", "http://", 1),
                                "pinpoint": "the second paragraph"})
    assert not [e for e in _errors_after(base, {EVENT: again}) if "twice" in e]


# -- two spaces in a row -----------------------------------------------------------------------------------------------

def test_two_spaces_in_a_one_line_field_are_refused_and_in_a_note_pass(base: Path) -> None:
    errors = _errors_after(base, {EVENT: _first_source(title="Bemba  arrested")})
    assert any("sources[0].title: 'Bemba  arrested': two spaces in a row" in e for e in errors), errors
    assert not [e for e in _errors_after(base, {EVENT: _first_source(note="read in the stored copy.  The page gives the day")})
                if "two spaces" in e]


# -- the placeholder words are data ------------------------------------------------------------------------------------

def test_the_placeholder_words_are_read_from_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker's words are the bundled table's: a table without ``nan`` lets ``nan`` through, and one without a
    pattern is refused naming the table, not read."""
    from iccwatch import settings
    from iccwatch.dataset import text_checks

    table = load_yaml((Path(__file__).resolve().parents[2] / "data" / text_checks.PLACEHOLDER_TABLE).read_text(encoding="utf-8"))
    assert text_checks.placeholder_problem("publisher", "nan")
    (tmp_path / "lookups").mkdir()
    (tmp_path / "lookups" / "placeholder_words.yaml").write_text(
        dump_yaml({**table, "words": [w for w in table["words"] if w["pattern"] != "nan"]}), encoding="utf-8")
    monkeypatch.setattr(settings, "default_data_dir", lambda: tmp_path)
    text_checks.placeholder_pattern.cache_clear()
    try:
        assert text_checks.placeholder_problem("publisher", "nan") is None
        assert text_checks.placeholder_problem("publisher", "N/A")
        (tmp_path / "lookups" / "placeholder_words.yaml").write_text(
            dump_yaml({**table, "words": [{"reason": "no pattern"}]}), encoding="utf-8")
        text_checks.placeholder_pattern.cache_clear()
        with pytest.raises(RecordError, match=r"data/lookups/placeholder_words.yaml \[placeholder_words\] words: each entry"):
            text_checks.placeholder_pattern()
    finally:
        text_checks.placeholder_pattern.cache_clear()


def test_the_checker_s_code_holds_no_placeholder_word() -> None:
    """No text of the checker's code (docstrings aside) writes a pattern of the table: the words are the table's alone."""
    import ast
    import inspect

    from iccwatch.dataset import lookup_name_checks, text_checks

    for module in (text_checks, lookup_name_checks):
        tree = ast.parse(inspect.getsource(module))
        docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
        texts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]
        assert not [t for t in texts if re.search(r"\b(?:tbd|fixme|nan|nil|undefined)\b|lorem ipsum", t, re.I)], module.__name__


# -- the build and the API's load ------------------------------------------------------------------------------------

FIXTURES = ["state-fact-after-its-end", "state-successor-not-in-the-record", "page-pinpoint-on-a-source-without-pages",
            "title-with-two-spaces", "placeholder-word-without-its-reason"]


@pytest.mark.parametrize("case", FIXTURES)
def test_the_build_refuses_it_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path, built_small_store: Path) -> None:  # noqa: F811
    assert_build_refuses_and_keeps_the_store(case, data_copy, tmp_path, built_small_store, check_first=True)


@pytest.mark.parametrize("case", FIXTURES)
def test_the_api_s_load_names_it_and_changes_nothing(case: str, data_copy: Path, tmp_path: Path,
                                                     built_small_store: Path) -> None:  # noqa: F811
    """With the store built, the API answers from it and it keeps its bytes; with no store yet, the load is refused with
    the check's error naming the file, record and field, and no store is left."""
    assert_api_load_names_it_and_keeps_the_store(case, data_copy, tmp_path, built_small_store)
