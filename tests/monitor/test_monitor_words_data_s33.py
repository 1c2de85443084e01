"""Session 33: the closing words of a wrapped line (``wrap_end``) and a warrant's issuing words (``warrant_issue``) are data in
data/lookups/monitor_words.yaml, checked by the loader's schema and read through the spec's lexicon: a word changed in a
temporary copy of the record changes what the monitor reads, and a malformed entry is an error naming the file and the key.

The sentences were written for this test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from iccwatch.dataset.loader import load_records
from iccwatch.monitor import lexicon
from iccwatch.monitor.gazetteer import spec_from_records
from iccwatch.monitor.mentions import _wrapped

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("record") / "data"
    shutil.copytree(DATA, root)
    return root


def _edited(copy: Path, edit: object) -> tuple[object, list[object]]:
    path = copy / "lookups" / "monitor_words.yaml"
    original = path.read_text(encoding="utf-8")
    table = yaml.safe_load(original)
    edit(table)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(table, allow_unicode=True, sort_keys=False), encoding="utf-8")
    try:
        return load_records(copy)
    finally:
        path.write_text(original, encoding="utf-8")


def test_a_closing_word_taken_out_of_the_data_no_longer_joins_the_line(spec, copy: Path) -> None:
    line, after = "Vladimir Putin, who is wanted by the", "International Criminal Court, landed"
    text = line + "\n" + after
    assert _wrapped(line, text, len(line) + 1, lexicon.wrap_end(spec.lexicon))  # 'the' leads on

    def drop_the(table: dict) -> None:
        table["wrap_end"]["words"]["en"].remove("the")

    records, problems = _edited(copy, drop_the)
    assert records is not None and not [p for p in problems if "monitor_words" in str(p)]
    edited = spec_from_records(records)
    assert not _wrapped(line, text, len(line) + 1, lexicon.wrap_end(edited.lexicon))
    # a line ending on a comma still goes on: the punctuation is the code's rule, not a word of the data
    assert _wrapped("Omar Al-Bashir arrived in N'Djamena,", "Omar Al-Bashir arrived in N'Djamena,\nChad", 37,
                    lexicon.wrap_end(edited.lexicon))


def test_a_warrant_issuing_verb_is_read_from_the_data(spec, copy: Path) -> None:
    before = "Under the warrant issued under seal on "
    other = "Under the warrant promulgated under seal on "
    assert lexicon.warrant_issued_before(spec.lexicon).search(before)
    assert not lexicon.warrant_issued_before(spec.lexicon).search(other)
    assert not lexicon.warrant_issued_before(spec.lexicon).search("Under the warrant issued under seal, on ")  # a clause ended

    def other_verb(table: dict) -> None:
        table["warrant_issue"]["verbs"]["en"] = "promulgated"

    records, _ = _edited(copy, other_verb)
    assert records is not None
    edited = lexicon.warrant_issued_before(spec_from_records(records).lexicon)
    assert edited.search(other) and not edited.search(before)


def test_a_malformed_entry_is_an_error_naming_the_file_and_the_key(copy: Path) -> None:
    def grouped(table: dict) -> None:
        table["warrant_issue"]["nouns"]["en"] = "(warrants?)"  # a capturing group would shift the family's groups

    _, problems = _edited(copy, grouped)
    found = [p for p in problems if "monitor_words" in p.file]
    assert found and any("warrant_issue" in f"{p.field} {p.message}" for p in found)

    def no_language(table: dict) -> None:
        table["wrap_end"]["words"]["xx"] = ["the"]  # no ISO 639-1 language

    _, problems = _edited(copy, no_language)
    assert any("monitor_words" in p.file and "wrap_end" in f"{p.field} {p.message}" and "xx" in p.message for p in problems)

    def missing(table: dict) -> None:
        del table["wrap_end"]

    _, problems = _edited(copy, missing)
    assert any("monitor_words" in p.file and "wrap_end" in f"{p.field} {p.message}" for p in problems)


def test_a_lexicon_without_the_words_is_an_error_not_a_silent_pattern() -> None:
    from iccwatch.errors import NotFoundError

    with pytest.raises(NotFoundError, match="wrap_end"):
        lexicon.wrap_end({})
    with pytest.raises(NotFoundError, match="warrant_issue"):
        lexicon.warrant_issued_before({"warrant_issue": {"nouns": ["warrants?"], "verbs": []}})
