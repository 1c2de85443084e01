"""Round twenty-nine of the bad input (tests/dataset/ROUND29.md): contradictions between records. Each case of the sweep
is a well-formed record that contradicts another; it must be refused naming the file, the record and the field (and, for
a generated case, the other record), or, for the few the checker leaves to a reviewer, warned about; a legitimate one
must not crash. Then the rules the sweep found missing, each on a record of its own."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from tests.dataset import round29_sweep as sweep

from iccwatch.dataset import check_dataset

#: The cases the checker warns about rather than refuses, with why (the record may be right and then says why).
WARNED = {
    "hand:an alias that is another person's name": "round 13's rule: the person's note may say why the name is both",
    "hand:a source dated after the record's checked_through": "a source may be read before checked_through is moved",
    "hand:a source dated before the warrant it states": "an earlier source is often right (an announcement, the application)",
}
#: Warned cases refused since a later round, with why (the stronger answer is taken; the weaker no longer happens).
REFUSED_SINCE = {
    "hand:a source dated before the warrant it states": "round 34 (ROUND34.md): the source the case redates is the Court's "
    "primary source with no note, and a primary source of the Court's act dated before it without a note saying what it "
    "states is refused (`linked_date_checks._primary_before_court_act`); a secondary or noted one is still only warned",
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round29") / "data")


def _cases() -> list[sweep.Case]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return sweep.cases(sweep.base_copy(Path(tmp) / "data"))


CASES = _cases()


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_contradiction_is_refused_naming_file_record_and_field(base: Path, c: sweep.Case) -> None:
    result, shown = sweep.outcome(c, base)
    assert result != "crash", shown
    if c.valid:
        return
    if c.id in REFUSED_SINCE:
        assert result == "refused, named", (result, c.why, shown)
        return
    assert result == ("warned" if c.id in WARNED else "refused, named"), (result, c.why, shown)


def test_the_sweep_reads_every_link_from_the_models() -> None:
    """Control on the generator: every reference field of the models is a link (a new one is swept without a new line),
    and each kind of generated mutation is made."""
    from iccwatch.dataset.records import KINDS

    found = {(link.kind, link.path.split(".")[0]) for link in sweep.links()}
    for kind in KINDS:
        model = KINDS[kind][0]
        for name in ("person", "persons", "situation", "situations", "state", "events", "decision", "appeal_of", "signatories"):
            if name in model.model_fields:
                assert (kind, name) in found, (kind, name)
    assert ("states", "participation") in found and ("warrants", "status_history") in found
    groups = {c.group for c in CASES}
    assert groups == {"dated before what it names", "an id of another case", "named before the State existed",
                      "after the person's death", "hand"}, groups
    assert sum(c.valid for c in CASES) < len(CASES) // 10


def test_the_sweeps_base_passes() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        errors = [str(p) for p in check_dataset(sweep.base_copy(Path(tmp) / "data"))[1] if p.severity == "error"]
    assert not errors, errors


# ------------------------------------------------------------------------- the fixes, each on a record of its own

W1 = "warrants/omar-hassan-ahmad-al-bashir-1.yaml"
W2 = "warrants/omar-hassan-ahmad-al-bashir-2.yaml"
E_JOR = "events/2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml"
ICC = "- url: https://www.icc-cpi.int/darfur/albashir\n    publisher: International Criminal Court\n    kind: primary\n"


def _status(path: Path, status: str, date: str, by: str | None = None) -> None:
    """Append a status to a warrant's history (the history is the file's last list before ``sources:``, or ``custody``)."""
    text = path.read_text(encoding="utf-8")
    entry = f"- status: {status}\n  date: \"{date}\"\n" + (f"  by_state: {by}\n" if by else "") + "  sources:\n  " + ICC
    at = text.index("\nstatus_history:\n") + len("\nstatus_history:\n")
    path.write_text(text[:at] + entry + text[at:], encoding="utf-8")


def _errors(data: Path, file: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.record, p.field, p.message) for p in check_dataset(data)[1] if p.severity == "error" and p.file == f"data/{file}"]


def test_a_trip_after_every_warrant_of_the_person_ended_is_refused(data_copy: Path) -> None:
    for w in (W1, W2):
        _status(data_copy / w, "proceedings_terminated", "2012-01-01")
    found = [(rec, field) for rec, field, msg in _errors(data_copy, E_JOR) if "after every warrant" in msg]
    assert found == [("2017-03-29-omar-hassan-ahmad-al-bashir-jordan", "date")], _errors(data_copy, E_JOR)


def test_a_trip_after_one_of_two_warrants_ended_passes(data_copy: Path) -> None:
    """Control: the other warrant is still to be executed."""
    _status(data_copy / W1, "proceedings_terminated", "2012-01-01")
    assert not [m for _, _, m in _errors(data_copy, E_JOR) if "after every warrant" in m]


def test_an_arrest_after_the_surrender_on_another_warrant_is_refused(data_copy: Path) -> None:
    _status(data_copy / W1, "surrendered", "2019-06-01")
    _status(data_copy / W2, "arrested", "2020-01-01", by="SDN")
    found = [(rec, field) for rec, field, msg in _errors(data_copy, W2) if "records the surrender to the Court" in msg]
    assert len(found) == 1 and found[0][0] == "omar-hassan-ahmad-al-bashir-2" and re.fullmatch(r"status_history\[\d+\]\.date",
                                                                                               found[0][1] or ""), found


def test_an_arrest_after_a_surrender_and_a_release_passes(data_copy: Path) -> None:
    """Control: a release between the surrender and the arrest ends the Court's custody."""
    _status(data_copy / W1, "surrendered", "2019-06-01")
    _status(data_copy / W1, "released", "2019-09-01")
    _status(data_copy / W2, "arrested", "2020-01-01", by="SDN")
    assert not [m for _, _, m in _errors(data_copy, W2) if "records the surrender to the Court" in m]


def test_a_warrant_served_in_the_courts_custody_passes(data_copy: Path) -> None:
    """Control: an ``arrested`` status with no ``by_state`` after the surrender on another warrant (the Court serving a
    second warrant on a detainee) is no State's arrest."""
    _status(data_copy / W1, "surrendered", "2019-06-01")
    _status(data_copy / W2, "arrested", "2020-01-01")
    assert not [m for _, _, m in _errors(data_copy, W2) if "records the surrender to the Court" in m]


def test_a_situation_naming_a_state_before_it_existed_is_refused(data_copy: Path) -> None:
    from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

    path = data_copy / "states" / "UGA.yaml"
    state = load_yaml(path.read_text(encoding="utf-8"))
    state["since"] = {"date": "2004-02-01", "sources": [sweep.DEPOSITARY]}  # after the referral of 2004-01-29
    path.write_text(dump_yaml(state), encoding="utf-8")
    mine = [(rec, field) for rec, field, msg in _errors(data_copy, "situations/uganda.yaml") if "before it existed" in msg]
    assert ("uganda", "states[0]") in mine and ("uganda", "referring_states[0]") in mine, mine


def test_a_position_dated_before_its_situation_began_is_refused(data_copy: Path) -> None:
    from tests.dataset.probe_harness import EXTRA, PO

    (data_copy / PO).parent.mkdir(exist_ok=True)
    (data_copy / PO).write_text(EXTRA[PO].replace("court: true\nrecord_number: ICC-02/05-01/09-397\n", "")
                                .replace("date: \"2019-05-06\"", "date: \"2004-05-06\"") + "situations:\n- darfur-sudan\n",
                                encoding="utf-8")
    found = [(rec, field) for rec, field, msg in _errors(data_copy, PO) if "before the situation darfur-sudan began" in msg]
    assert found == [("icc-appeals-jordan-2019", "situations[0]")], _errors(data_copy, PO)


def _warnings(data: Path, file: str, words: str) -> list[tuple[str | None, str | None]]:
    return [(p.record, p.field) for p in check_dataset(data)[1] if p.severity == "warning" and p.file == f"data/{file}"
            and words in p.message]


def test_a_source_dated_after_checked_through_is_warned(data_copy: Path) -> None:
    from iccwatch.dataset.loader import load_records

    records = load_records(data_copy)[0]
    assert records is not None
    through = records.meta.checked_through_of("events")
    later = (dt.date.fromisoformat(through) + dt.timedelta(days=40)).isoformat()  # after it, and not in the future
    path = data_copy / E_JOR
    text = path.read_text(encoding="utf-8")
    assert "\nsources:\n- url: " in text
    path.write_text(re.sub(r"\nsources:\n- url: (\S+)\n", f"\nsources:\n- url: \\1\n  date: \"{later}\"\n", text, count=1),
                    encoding="utf-8")
    assert _warnings(data_copy, E_JOR, "after the record's checked_through") == [("2017-03-29-omar-hassan-ahmad-al-bashir-jordan",
                                                                                   "sources[0].date")]
    assert not [p for p in check_dataset(data_copy)[1] if p.severity == "error" and p.file == f"data/{E_JOR}"]


def test_a_source_years_before_the_warrant_is_warned_unless_its_note_says_why(data_copy: Path) -> None:
    path = data_copy / W1
    text = path.read_text(encoding="utf-8")
    old = "- url: https://www.icc-cpi.int/Pages/item.aspx?name=pr1094\n  publisher: International Criminal Court\n"
    assert old in text
    path.write_text(text.replace(old, old + "  date: \"2005-01-01\"\n"), encoding="utf-8")
    found = _warnings(data_copy, W1, "more than a year before the issued")
    assert found == [("omar-hassan-ahmad-al-bashir-1", "sources[1].date")], found
    path.write_text(text.replace(old, old + "  date: \"2005-01-01\"\n  note: the referral the warrant followed\n"), encoding="utf-8")
    assert not _warnings(data_copy, W1, "more than a year before the issued")
