"""Round forty-one of the bad input (tests/dataset/ROUND41.md): what a careless tool, a spreadsheet's export or a
contributor's slip leaves in a record (bytes, line ends, invisible characters, dates in other formats and calendars,
numbers for text, records against one another, files in the wrong form, tables whose words collide), and round 40's
leftovers (an address ending in a line break, one page under two addresses differing in the fragment alone). Each case
of the sweep must be refused naming the file, the record and (where the case gives one) the field; a legitimate one
must pass. Then the rules themselves, with controls, and fixtures through the check, the build and the API's load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.dataset import round41_sweep as sweep
from tests.dataset.test_bad_input import built_small_store, round_tests  # noqa: F401 (built_small_store: a fixture)

from iccwatch.dataset import check_dataset
from iccwatch.dataset.loader import line_end_problem

#: Cases warned about rather than refused, and cases the checker does not see, with why.
WARNED: dict[str, str] = {
    "states:ALB:sources: the same source again, its address with a fragment": "the first address's fragment is a route a "
    "script reads (ISO's '#iso:code:3166:AL' shows Albania's entry), not an anchor: the two may show other content, and "
    "stay round 18's warning",
}
LEFT: dict[str, str] = {
    "a demonym given to two States": "real demonyms are shared (Congolese: COD and COG; Dominican: DMA and DOM, in the "
    "bundled table), and the table has no place for the reason of a shared one; the monitor reads a shared demonym as "
    "naming no one State",
}


FIXTURES = ["line-ends-mixed", "line-ends-cr-alone", "address-ends-in-a-line-break", "same-page-fragment-only",
            "response-finding-about-another-state", "record-file-renamed-json"]
#: The round's base (the fixture ``base``), its cases and their test, and the build's and the API's tests on FIXTURES
#: (the part rounds 41 to 44 share: ``test_bad_input.round_tests``).
_T = round_tests(sweep, FIXTURES, "test_a_careless_tool_s_or_contributor_s_slip_is_refused", WARNED, LEFT)
globals().update(_T.tests)
CASES: list[sweep.Case] = _T.cases


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    assert {c.group for c in CASES} == {sweep.BYTES, sweep.DATES, sweep.TYPES, sweep.AGAINST, sweep.FILES, sweep.WORDS,
                                         sweep.LEFTOVERS, sweep.CONTROLS}
    assert sum(not c.valid for c in CASES) >= 120 and sum(c.valid for c in CASES) >= 20
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- line ends ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("a: 1\r\nb: 2\nc: 3\n", "mixed line endings: line 1 ends in CR LF and line 2 in LF alone"),
    ("a: 1\nb: 2\r\nc: 3\n", "mixed line endings: line 2 ends in CR LF and line 1 in LF alone"),
    ("a: 1\rb: 2\rc: 3\r", "line 1 ends in a carriage return alone"),
    ("a: 1\nb: 2\rc: 3\n", "line 2 ends in a carriage return alone"),
])
def test_line_ends_of_two_kinds_or_a_lone_carriage_return_are_named_by_line(text: str, words: str) -> None:
    assert (line_end_problem(text) or "").startswith(words)


@pytest.mark.parametrize("text", ["a: 1\nb: 2\n", "a: 1\r\nb: 2\r\n", "a: 1", "a: 1\r\nb: 2"])
def test_one_kind_of_line_end_passes(text: str) -> None:
    """LF alone, or CR LF on every line (git's ``autocrlf`` checkout on Windows), or a file of one line."""
    assert line_end_problem(text) is None


def _write_text(data: Path, rel: str, change: object) -> list[str]:
    path = data / rel
    path.write_bytes(change(path.read_bytes().decode("utf-8")).encode("utf-8"))  # type: ignore[operator]
    return [str(p) for p in check_dataset(data)[1] if p.severity == "error"]


EVENT = "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"


def test_a_record_written_with_crlf_on_every_line_passes_and_half_of_it_is_refused(data_copy: Path) -> None:
    assert _write_text(data_copy, EVENT, lambda t: t.replace("\n", "\r\n")) == []
    errors = _write_text(data_copy, EVENT, lambda t: t.replace("\r\n", "\n", 3))
    assert [e for e in errors if e.startswith(f"error: data/{EVENT} [2010-07-21-omar-hassan-ahmad-al-bashir-chad]: mixed line endings")]


# -- a one-line field ending in a line break ----------------------------------------------------------------------------

@pytest.mark.parametrize("key, bad", [("url", True), ("publisher", True), ("pinpoint", True), ("title", True), ("note", False)])
def test_a_one_line_field_ending_in_a_line_break_is_refused_and_a_note_may(data_copy: Path, key: str, bad: bool) -> None:
    """A block scalar keeps its last line break: in an address, a publisher, a pinpoint or a title it is a slip; a note
    may be written as a block (its break is its syntax)."""
    def change(text: str) -> str:
        if key == "url":
            return text.replace("- url: https://www.icc-cpi.int/news/pre-trial", "- url: |\n    https://www.icc-cpi.int/news/pre-trial", 1)
        if key == "publisher":
            return text.replace("  publisher: International Criminal Court\n", "  publisher: |\n    International Criminal Court\n", 1)
        return text.replace("  kind: primary\n", f"  kind: primary\n  {key}: |\n    Pre-Trial Chamber I\n", 1)
    errors = [e for e in _write_text(data_copy, EVENT, change) if "ends in a line break" in e]
    assert bool(errors) is bad, errors
    if bad:
        assert errors[0].startswith(f"error: data/{EVENT} [2010-07-21-omar-hassan-ahmad-al-bashir-chad] sources[0].{key}: ")


# -- one page under two addresses differing in the fragment alone --------------------------------------------------------

URL = "https://www.icc-cpi.int/news/pre-trial-chamber-i-informs-security-council-and-assembly-states-parties-about-omar-al-bashirs"


@pytest.mark.parametrize("extra, severity", [
    ("", "error"),  # nothing but the fragment apart: the same page cited twice
    ("  pinpoint: section 2\n", "warning"),  # another place of the page: round 18's warning
    ("  title: Another title\n", "warning"),
])
def test_the_same_page_with_another_fragment_is_an_error_only_when_nothing_else_differs(data_copy: Path, extra: str,
                                                                                        severity: str) -> None:
    path = data_copy / EVENT
    path.write_text(path.read_text(encoding="utf-8") + f"- url: {URL}#main\n  publisher: International Criminal Court\n"
                    f"  kind: primary\n{extra}", encoding="utf-8")
    found = [p for p in check_dataset(data_copy)[1] if p.field and p.field.startswith("sources[1]") and "sources[0]" in p.message]
    assert [p.severity for p in found] == [severity], [str(p) for p in found]


@pytest.mark.parametrize("first, second", [("#/news/1", ""), ("#!/section", "#!/other"), ("#iso:code:3166:AL", "#main")])
def test_a_fragment_that_is_a_route_keeps_the_warning(data_copy: Path, first: str, second: str) -> None:
    """A fragment a page's script reads (``#/x``, ``#!x``, ``#a:b``) may show other content: one page under two such
    addresses stays round 18's warning, even with nothing else apart."""
    path = data_copy / EVENT
    text = path.read_text(encoding="utf-8").replace(f"- url: {URL}\n", f"- url: {URL}{first}\n", 1)
    path.write_text(text + f"- url: {URL}{second}\n  publisher: International Criminal Court\n  kind: primary\n", encoding="utf-8")
    found = [p for p in check_dataset(data_copy)[1] if p.field and p.field.startswith("sources[1]") and "sources[0]" in p.message]
    assert [p.severity for p in found] == ["warning"], [str(p) for p in found]


# -- a response to a finding about another State -------------------------------------------------------------------------

RESPONSE = """id: asp-resp
body: ASP
date: '2018-01-10'
kind: informal
states:
{states}decision: 2017-12-11-jordan
summary: The President of the Assembly wrote about the finding.
sources:
- url: https://asp.icc-cpi.int/news/x
  publisher: Assembly of States Parties
  kind: primary
"""


@pytest.mark.parametrize("states, bad", [(["TCD"], True), (["TCD", "JOR"], False), (["JOR"], False)])
def test_a_response_to_a_finding_about_a_state_it_does_not_name_is_refused(data_copy: Path, states: list[str], bad: bool) -> None:
    (data_copy / "responses").mkdir()
    (data_copy / "responses" / "asp-resp.yaml").write_text(RESPONSE.format(states="".join(f"- {s}\n" for s in states)))
    errors = [str(p) for p in check_dataset(data_copy)[1] if p.severity == "error"]
    assert bool([e for e in errors if e.startswith("error: data/responses/asp-resp.yaml [asp-resp] decision: decision "
                                                   "2017-12-11-jordan is a finding about JOR")]) is bad, errors


# -- files in the wrong form ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, words", [
    ("2010-07-21-omar-hassan-ahmad-al-bashir-chad.json", "not a .yaml record file (.json)"),
    ("2010-07-21-omar-hassan-ahmad-al-bashir-chad.YAML", "not a .yaml record file (.YAML)"),
    ("2010-07-21-omar-hassan-ahmad-al-bashir-chad", "not a .yaml record file (no extension)"),
])
def test_a_record_s_file_under_another_extension_names_the_record_it_holds(data_copy: Path, name: str, words: str) -> None:
    (data_copy / EVENT).rename(data_copy / "events" / name)
    found = [str(p) for p in check_dataset(data_copy)[1] if p.file == f"data/events/{name}"]
    assert found and found[0].startswith(f"error: data/events/{name} [2010-07-21-omar-hassan-ahmad-al-bashir-chad]: {words}")


def test_a_directory_in_a_lookup_table_s_place_names_the_table(data_copy: Path) -> None:
    (data_copy / "lookups" / "places.yaml").unlink()
    (data_copy / "lookups" / "places.yaml").mkdir()
    found = [str(p) for p in check_dataset(data_copy)[1] if p.file == "data/lookups/places.yaml"]
    assert found == ["error: data/lookups/places.yaml [places]: a directory where the lookup table places is expected (one "
                     ".yaml file): remove it, and put the table's file back"]


# -- the build and the API's load ------------------------------------------------------------------------------------


@pytest.mark.parametrize("rel", ["lookups/places.yaml", "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"])
def test_the_api_s_load_with_a_directory_in_a_file_s_place_answers_from_the_store(data_copy: Path, tmp_path: Path, rel: str,
                                                                                  built_small_store: Path) -> None:  # noqa: F811
    """The store's freshness test read every ``*.yaml`` path's bytes, a directory's too (IsADirectoryError, a traceback
    from the API's load): now the record is seen changed, the rebuild is refused by the check, and the API answers from
    the store as built, which keeps its bytes."""
    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    db = tmp_path / "iccwatch.sqlite"
    shutil.copy(built_small_store, db)
    before = db.read_bytes()
    (data_copy / rel).unlink()
    (data_copy / rel).mkdir()
    client = TestClient(create_app(Settings.from_env(data_dir=data_copy, db=f"sqlite:///{db}")))
    assert client.get("/api/v1/states").status_code == 200
    assert db.read_bytes() == before
