"""Round forty-two of the bad input (tests/dataset/ROUND42.md): a record's id against its file's name (case, look-alike
letters, compatibility forms), YAML's own features a careless import leaves (a BOM inside the file, tabs, anchors and merge keys, Python tags, huge integers and floats for dates), addresses that are not a public
page's, dates before the Statute where the field cannot be, periods ending before they start, lists holding one entry
twice; and round 41's leftover of a place given to two States under two cases of its name. Each case of the sweep must
be refused naming the file, the record and (where the case gives one) the field; a control must pass. Then the rules
themselves, with controls, and fixtures through the check, the build and the API's load."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from tests.dataset import round42_sweep as sweep
from tests.dataset.test_bad_input import built_small_store, round_tests  # noqa: F401 (built_small_store: a fixture)

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import load_yaml

FIXTURES = ["bom-inside-the-file", "anchor-without-alias", "number-too-long-names-its-field",
            "place-under-two-cases"]
#: The round's base (the fixture ``base``), its cases and their test, and the build's and the API's tests on FIXTURES
#: (the part rounds 41 to 44 share: ``test_bad_input.round_tests``).
_T = round_tests(sweep, FIXTURES, "test_a_careless_import_s_or_contributor_s_slip_is_refused")
globals().update(_T.tests)
CASES: list[sweep.Case] = _T.cases


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    assert {c.group for c in CASES} == {sweep.IDS, sweep.YAML, sweep.ADDRESSES, sweep.TIME, sweep.LISTS, sweep.CONTROLS}
    assert sum(not c.valid for c in CASES) >= 120 and sum(c.valid for c in CASES) >= 10
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- an anchor with no alias --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, bad", [
    ("a: &x 1\n", True),
    ("a:\n- &first\n  url: x\n", True),
    ("a: [&x 1, 2]\n", True),
    ("a: Q&A\n", False),  # an ampersand inside a text is no anchor
    ("a: R & D\n", False),
    ("a: 'x &y'\n", False),
    ("a: https://x.org/?a=1&b=2\n", False),
])
def test_an_anchor_is_refused_and_an_ampersand_in_text_is_not(text: str, bad: bool) -> None:
    if bad:
        with pytest.raises(yaml.YAMLError, match=r"anchors \(&"):
            load_yaml(text)
    else:
        load_yaml(text)


EVENT = "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"


def _errors(data: Path, rel: str, old: str, new: str) -> list[str]:
    path = data / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return [str(p) for p in check_dataset(data)[1] if p.severity == "error"]


@pytest.mark.parametrize("old, new, field", [
    ('date: "2010-07-21"', 'date: &day "2010-07-21"', "date"),
    ("  kind: primary\n", "  kind: primary\n  pages: " + "9" * 31 + "\n", "sources[0].pages"),
    ("state: TCD\n", "state: &s TCD\n", "state"),
])
def test_an_anchor_or_a_number_too_long_names_its_field(data_copy: Path, old: str, new: str, field: str) -> None:
    errors = _errors(data_copy, EVENT, old, new)
    assert [e for e in errors if e.startswith(f"error: data/{EVENT} [2010-07-21-omar-hassan-ahmad-al-bashir-chad] {field}: malformed YAML")], errors


# -- a byte-order mark inside the file ------------------------------------------------------------------------------------

PERSON = "persons/omar-hassan-ahmad-al-bashir.yaml"


@pytest.mark.parametrize("where, bad", [("nationality:\n\ufeff- SDN\n", True), ("\ufeffid: omar", False)])
def test_a_byte_order_mark_inside_the_file_is_named_by_line_and_one_at_its_start_passes(data_copy: Path, where: str,
                                                                                        bad: bool) -> None:
    old = "nationality:\n- SDN\n" if bad else "id: omar"
    errors = _errors(data_copy, PERSON, old, where)
    assert bool([e for e in errors if "byte-order mark (U+FEFF) inside the file" in e]) is bad, errors
    if bad:
        assert [e for e in errors if e.startswith(f"error: data/{PERSON} [omar-hassan-ahmad-al-bashir]: line ")]


# -- a place given to two States under two cases of its name (round 41's leftover) ---------------------------------------

@pytest.mark.parametrize("extra, bad", [
    ("  abuja: TCD\n", True),
    ("  ABUJA: TCD\n", True),
    ("  abuja: NGA\n", False),  # one State: not this rule's
    ("  Abujan: TCD\n", False),
])
def test_a_place_under_two_cases_given_to_two_states_is_refused(data_copy: Path, extra: str, bad: bool) -> None:
    errors = _errors(data_copy, "lookups/places.yaml", "  Abuja: NGA\n", "  Abuja: NGA\n" + extra)
    found = [e for e in errors if "under another case" in e]
    assert bool(found) is bad, errors
    if bad:
        assert found[0].startswith(f"error: data/lookups/places.yaml [places] places.{extra.split(':')[0].strip()}: ")
