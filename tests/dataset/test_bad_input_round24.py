"""Round twenty-four of the bad input (tests/dataset/ROUND24.md): a text field that is only a date (an event's occasion)
is refused, as one that is only a web address was; a decision whose appeal_of and follows name the same decision is
refused; a lookup table's language code that names no ISO 639-1 language (``xx``, ``deu``) is refused where only the
shape (two lower-case letters) was read; the real-news set's files (``iccwatch monitor evaluate``) refuse, naming the file
and the field, a label the scorer cannot read (an unknown fact type, a State or person the record does not hold, a date
that is not ISO 8601, an alert that is not true or false, a misspelt key, a list that is not one), a batch naming a
document in neither half or in the other half, a text whose front matter gives no url or date (it was dated by the
file's time), labels with no text beside them, and YAML that does not parse (it crashed with the parser's traceback)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

ROOT = Path(__file__).resolve().parents[2]
BASHIR = "omar-hassan-ahmad-al-bashir"
E_CHAD = f"events/2010-07-21-{BASHIR}-chad.yaml"


def _set(data: Path, rel: str, **fields: object) -> None:
    r = load_yaml((data / rel).read_text(encoding="utf-8"))
    r.update(fields)
    (data / rel).write_text(dump_yaml(r), encoding="utf-8")


def _errors(data: Path, file: str) -> list[str]:
    return [f"{p.field}: {p.message}" for p in check_dataset(data)[1] if p.severity == "error" and p.file == f"data/{file}"]


# ------------------------------------------------------------------------------------------------------------ record


def test_an_occasion_that_is_only_a_date_is_refused(data_copy: Path) -> None:
    _set(data_copy, E_CHAD, occasion="2010-07-21")
    assert any(e.startswith("occasion: '2010-07-21' is only a date") for e in _errors(data_copy, E_CHAD)), _errors(data_copy, E_CHAD)


@pytest.mark.parametrize("occasion", ["summit of 2010-07-21", "CEN-SAD summit", "2010 summit"])
def test_control_an_occasion_in_words_with_a_date_passes(data_copy: Path, occasion: str) -> None:
    _set(data_copy, E_CHAD, occasion=occasion)
    assert not [e for e in _errors(data_copy, E_CHAD) if e.startswith("occasion")]


def test_a_decision_appealing_and_following_the_same_decision_is_refused(data_copy: Path) -> None:
    rel = "decisions/2019-05-06-jordan.yaml"
    assert load_yaml((data_copy / rel).read_text(encoding="utf-8")).get("appeal_of") == "2017-12-11-jordan"
    assert not [e for e in _errors(data_copy, rel) if e.startswith("follows")]  # control: appeal_of alone
    _set(data_copy, rel, follows="2017-12-11-jordan")
    assert any(e.startswith("follows: appeal_of and follows both name '2017-12-11-jordan'") for e in _errors(data_copy, rel))


def _lookup(data: Path, name: str, change: Any) -> str:
    table = load_yaml((ROOT / "data" / "lookups" / f"{name}.yaml").read_text(encoding="utf-8"))
    change(table)
    (data / "lookups" / f"{name}.yaml").write_text(dump_yaml(table), encoding="utf-8")
    return f"lookups/{name}.yaml"


def _rename(languages: dict[str, Any], old: str, new: str) -> None:
    languages[new] = languages.pop(old)


@pytest.mark.parametrize(("name", "change", "code"), [
    ("monitor_words", lambda t: _rename(t["languages"], "fr", "xx"), "xx"),
    ("monitor_words", lambda t: t["gatherings"]["nouns"][0]["words"].__setitem__("xx", "sommet"), "xx"),
    ("monitor_words", lambda t: t["function_words"]["words"].__setitem__("xx", ["le"]), "xx"),
    ("question_months", lambda t: _rename(t["languages"], "nl", "xx"), "xx"),
    ("question_state_names", lambda t: _rename(t["languages"], "de", "deu"), "deu"),
    ("place_names", lambda t: _rename(t["languages"], "pt", "pt-BR"), "pt-BR"),
])
def test_a_language_code_of_no_language_is_refused(data_copy: Path, name: str, change: Any, code: str) -> None:
    rel = _lookup(data_copy, name, change)
    errors = _errors(data_copy, rel)
    assert any("ISO 639-1" in e and code in e for e in errors), errors


@pytest.mark.parametrize("name", ["monitor_words", "question_months", "question_state_names", "place_names"])
def test_control_the_bundled_language_tables_pass(data_copy: Path, name: str) -> None:
    rel = _lookup(data_copy, name, lambda t: None)
    assert not [e for e in _errors(data_copy, rel) if "ISO 639-1" in e]


# ------------------------------------------------------------------------------------------------ the real-news set

FM = '---\nurl: "https://www.reuters.com/world/x-2010-07-22/"\npublisher: "Reuters"\ndate: "2010-07-22"\n---\n'
TEXT = "Omar Al-Bashir arrived in N'Djamena, Chad, on Wednesday for a summit of regional leaders.\n"
DOC = "reuters-bashir-in-chad"
LABEL = {"expected": [{"type": "visit", "person": BASHIR, "state": "TCD", "date": "2010-07-21", "alert": True}], "note": "x"}


@pytest.fixture(scope="module")
def spec() -> Any:
    from iccwatch.dataset.loader import load_records
    from iccwatch.monitor.gazetteer import spec_from_records

    return spec_from_records(load_records(ROOT / "tests" / "fixtures" / "record")[0])


def _set_of(root: Path, label: Any = None, text: str = FM + TEXT, batch: str | None = None) -> Path:
    for half in ("dev", "test"):
        (root / half).mkdir(parents=True, exist_ok=True)
    (root / "dev" / f"{DOC}.txt").write_text(text, encoding="utf-8")
    (root / "dev" / f"{DOC}.yaml").write_text(label if isinstance(label, str) else dump_yaml(LABEL if label is None else label),
                                              encoding="utf-8")
    (root / "batch-1.yaml").write_text(batch if batch is not None else json.dumps({"documents": {DOC: "dev"}}), encoding="utf-8")
    return root


def _item(**over: Any) -> dict[str, Any]:
    return {**LABEL, "expected": [{**LABEL["expected"][0], **over}]}


def test_control_a_clean_labelled_document_is_read(tmp_path: Path, spec: Any) -> None:
    from iccwatch.monitor.evaluate import later_batches, load_realnews

    root = _set_of(tmp_path / "rn", _item(date=["2010-07-21", "2010-07"]))
    assert [name for _, _, name in load_realnews(root / "dev", None, spec)] == [DOC]
    assert later_batches(root) == {DOC: "dev"}


@pytest.mark.parametrize(("label", "field"), [
    (_item(type="visited"), "expected[0].type"),
    (_item(type="Visit"), "expected[0].type"),
    (_item(state="XXA"), "expected[0].state"),
    (_item(state="Chad"), "expected[0].state"),
    (_item(person="omar-hassan-ahmad-al-bashr"), "expected[0].person"),
    (_item(date="21/07/2010"), "expected[0].date"),
    (_item(date=["2010-07-21", "2010-02-30"]), "expected[0].date"),
    (_item(alert="no"), "expected[0].alert"),
    (_item(persn=BASHIR), "expected[0].persn"),
    ({**LABEL, "optionals": []}, "optionals"),
    ({**LABEL, "expected": LABEL["expected"][0]}, "expected"),
    ({**LABEL, "optional": ["visit"]}, "optional[0]"),
])
def test_a_label_the_scorer_cannot_read_is_refused_naming_file_and_field(tmp_path: Path, spec: Any, label: Any, field: str) -> None:
    from iccwatch.monitor.evaluate import load_realnews

    root = _set_of(tmp_path / "rn", label)
    with pytest.raises(ValueError, match=rf"{DOC}\.yaml: ") as exc:
        load_realnews(root / "dev", None, spec)
    assert f": {field}: " in str(exc.value) or f"; {field}: " in str(exc.value), str(exc.value)


@pytest.mark.parametrize(("text", "what"), [
    (FM.replace('date: "2010-07-22"\n', "") + TEXT, "no date"),
    (TEXT, "no url or date"),
    (FM.replace('url: "https://www.reuters.com/world/x-2010-07-22/"\n', "") + TEXT, "no url"),
])
def test_a_document_with_no_url_or_date_is_refused(tmp_path: Path, spec: Any, text: str, what: str) -> None:
    from iccwatch.monitor.evaluate import load_realnews

    root = _set_of(tmp_path / "rn", text=text)
    with pytest.raises(ValueError, match=rf"{DOC}\.txt: front matter has {what}"):
        load_realnews(root / "dev", None, spec)


def test_labels_with_no_text_beside_them_are_refused(tmp_path: Path, spec: Any) -> None:
    from iccwatch.monitor.evaluate import load_realnews

    root = _set_of(tmp_path / "rn")
    (root / "dev" / "lost.yaml").write_text(dump_yaml(LABEL), encoding="utf-8")
    with pytest.raises(ValueError, match=r"lost\.yaml: labels with no text beside it"):
        load_realnews(root / "dev", None, spec)


@pytest.mark.parametrize("raw", ["expected:\n\t- {type: visit}\n", "expected: [{type: visit}\n"])
def test_a_labels_file_that_is_not_yaml_is_refused_naming_it(tmp_path: Path, spec: Any, raw: str) -> None:
    from iccwatch.monitor.evaluate import load_realnews

    root = _set_of(tmp_path / "rn", raw)
    with pytest.raises(ValueError, match=rf"{DOC}\.yaml: not valid YAML"):
        load_realnews(root / "dev", None, spec)


@pytest.mark.parametrize(("batch", "says"), [
    (json.dumps({"documents": {DOC: "dev", "no-such-document": "test"}}), "documents.no-such-document: listed in test, but no test/no-such-document.txt"),
    (json.dumps({"documents": {DOC: "test"}}), f"documents.{DOC}: listed in test, but it is in dev/"),
    (json.dumps({"documents": {f"{DOC}.txt": "dev"}}), f"documents.{DOC}.txt: listed in dev"),
    (f"documents:\n  {DOC}: dev\n  {DOC}: test\n", "not valid YAML: duplicate key"),
    ("documents: {x: dev\n", "not valid YAML"),
])
def test_a_batch_naming_a_document_not_in_its_half_is_refused(tmp_path: Path, batch: str, says: str) -> None:
    from iccwatch.monitor.evaluate import later_batches

    root = _set_of(tmp_path / "rn", batch=batch)
    with pytest.raises(ValueError, match="batch-1.yaml: ") as exc:
        later_batches(root)
    assert says in str(exc.value)


def test_the_real_news_sets_dev_half_and_batches_are_read(spec: Any) -> None:
    """Control: the set's own dev half and batch files pass the new checks (the test half is read by test_realnews.py)."""
    from iccwatch.dataset.loader import load_records
    from iccwatch.monitor.evaluate import later_batches, load_realnews
    from iccwatch.monitor.gazetteer import spec_from_records

    full = spec_from_records(load_records(ROOT / "data")[0])
    realnews = ROOT / "tests" / "monitor" / "realnews"
    assert len(load_realnews(realnews / "dev", None, full)) > 100
    assert len(later_batches(realnews)) > 100
