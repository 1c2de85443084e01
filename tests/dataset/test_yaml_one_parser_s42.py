"""(session 42) The field a YAML error is at is found with the parser that loads the file: a key written twice in a
lookup table that also holds a plain scalar libyaml reads and the pure Python parser refuses ('adoptees?' in a flow
list) was named by file alone (round 31's sweep failed once round 54's words held one)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from iccwatch.dataset import check_dataset

pytestmark = pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="the two parsers differ only where libyaml is installed")


def _duplicated(data_dir: Path, tmp_path: Path, extra: str) -> list:
    data = tmp_path / "data"
    shutil.copytree(data_dir, data)
    path = data / "lookups" / "question_words.yaml"
    path.write_text(path.read_text(encoding="utf-8") + extra + "regions:\n  names: []\n", encoding="utf-8")
    _, problems = check_dataset(data)
    return [p for p in problems if p.severity == "error" and "question_words" in p.file]


def test_a_key_written_twice_is_named_in_a_file_only_libyaml_reads(data_dir: Path, tmp_path: Path) -> None:
    extra = "ask_words_probe:\n  names: [plain, adoptees?, other]\n"
    with pytest.raises(yaml.YAMLError):  # the pure parser refuses the line, so the case says something
        list(yaml.parse(extra, Loader=yaml.SafeLoader))
    errors = _duplicated(data_dir, tmp_path, extra)
    assert len(errors) == 1, errors
    assert errors[0].record == "question_words" and errors[0].field == "regions", errors[0]
    assert "duplicate key 'regions'" in str(errors[0])


def test_the_control_without_the_plain_scalar_is_named_too(data_dir: Path, tmp_path: Path) -> None:
    errors = _duplicated(data_dir, tmp_path, "")
    assert len(errors) == 1 and errors[0].field == "regions", errors
